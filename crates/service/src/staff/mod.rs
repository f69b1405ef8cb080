//! The newsroom's door (SPEC N1, N2, N8): signing in with a password and an optional TOTP
//! second factor, sessions, one-time links, staff accounts, profiles and the audit log. The
//! web layer keeps cookies and forms; the rules are here.

mod accounts;
mod audit;
mod dashboard;
mod limit;
mod login;
pub mod password;
mod profile;
pub mod secret;
pub mod tokens;

pub use accounts::LinkForm;
pub use audit::AuditQuery;
pub use limit::LoginLimiter;
pub use login::{LoginStep, SESSION_ABSOLUTE_SECS, SESSION_IDLE_SECS, TOTP_ROLES_KEY};

use masthead_core::{Actor, Role, User};
use masthead_store::SessionStage;
use thiserror::Error;

/// A person with a live session, as a request carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub user: User,
    /// The session's token hash (the token itself stays in the cookie).
    pub token_hash: String,
    /// The token forms of this session must carry.
    pub csrf: String,
    pub stage: SessionStage,
    /// The person's role requires a second factor that is not enrolled yet: only the profile
    /// (to enrol) and signing out are open.
    pub must_enrol: bool,
    /// The client's address, for the audit log.
    pub ip: String,
    /// The integration token this request came with (the admin API), if not a session.
    pub via_token: Option<i64>,
}

impl SignedIn {
    /// The actor of this person's writes.
    pub fn actor(&self) -> Actor {
        Actor::Staff {
            user_id: self.user.id,
            role: self.user.role,
        }
    }

    /// Who the audit log names: the person (`user:5`), or the integration acting for them
    /// (`token:3`).
    pub fn audit_label(&self) -> String {
        match self.via_token {
            Some(id) => format!("token:{id}"),
            None => self.actor().label(),
        }
    }

    pub fn role(&self) -> Role {
        self.user.role
    }
}

/// Why the door stays shut. Each variant has a catalog key ([`AuthError::key`]).
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum AuthError {
    /// Wrong e-mail or password (the same answer for both, ASVS V6.3.8).
    #[error("wrong e-mail or password")]
    WrongCredentials,
    /// Too many failures: try again after this many seconds.
    #[error("too many attempts; retry after {0} s")]
    Limited(u64),
    /// The account is disabled (said only to someone who gave its password).
    #[error("the account is disabled")]
    Disabled,
    /// A one-time link that is unknown, used or expired.
    #[error("the link is invalid, used or expired")]
    LinkInvalid,
    /// A wrong, expired or replayed second-factor code.
    #[error("the code is wrong or was already used")]
    CodeInvalid,
    /// The change would leave the site without an active admin.
    #[error("the site must keep at least one active admin")]
    LastAdmin,
    /// The current password given to change a password or turn TOTP off is wrong.
    #[error("the current password is wrong")]
    WrongPassword,
    /// The OS gave no randomness or the hasher failed: nothing was changed.
    #[error("the server could not make a secret: {0}")]
    Crypto(String),
}

impl AuthError {
    /// The catalog key of this error's message.
    pub fn key(&self) -> &'static str {
        match self {
            AuthError::WrongCredentials => "login-failed",
            AuthError::Limited(_) => "login-limited",
            AuthError::Disabled => "account-disabled",
            AuthError::LinkInvalid => "link-invalid",
            AuthError::CodeInvalid => "totp-invalid",
            AuthError::LastAdmin => "last-admin",
            AuthError::WrongPassword => "current-password-wrong",
            AuthError::Crypto(_) => "internal",
        }
    }
}

impl From<getrandom::Error> for AuthError {
    fn from(e: getrandom::Error) -> Self {
        AuthError::Crypto(e.to_string())
    }
}
