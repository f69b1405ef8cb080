//! Ports of the newsroom's people (SPEC N1, N2, N8): accounts, sessions, one-time links, the
//! audit log, and the dashboard's view of articles in every status. Secrets cross these ports
//! only as hashes (session and link tokens, recovery codes) or as the stored TOTP secret.

use crate::Result;
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::admin::DeskItem;
use masthead_core::{
    AuditEntry, AuditFilter, Lang, NewAuditEntry, OneTimeLink, Role, Status, User,
};
use serde::Serialize;

/// A new staff account. `email` is normalized (`core::staff::normalize_email`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub ui_lang: Lang,
    /// The Argon2id hash in PHC string form; `None` for an account that sets its password by
    /// a one-time link.
    pub password_hash: Option<String>,
}

/// An account with what signing in checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: User,
    /// Argon2id PHC string; `None` for an account that never set a password.
    pub password_hash: Option<String>,
    /// Base32 TOTP secret: pending enrolment while `user.totp_enabled` is false.
    pub totp_secret: Option<String>,
}

/// Staff accounts. Every change that takes rights away (role, disabling, a new password) ends
/// the account's sessions in the same transaction.
#[async_trait]
pub trait UserRepo: Send + Sync {
    /// Creates an account. A taken e-mail is `Conflict::EmailTaken`.
    async fn create_user(&self, new: &NewUser, now: Timestamp) -> Result<User>;
    async fn user(&self, id: i64) -> Result<Option<User>>;
    async fn credentials(&self, id: i64) -> Result<Option<Credentials>>;
    async fn credentials_by_email(&self, email: &str) -> Result<Option<Credentials>>;
    /// Every account, by name.
    async fn users(&self) -> Result<Vec<User>>;
    /// Accounts with the admin role that are not disabled.
    async fn count_active_admins(&self) -> Result<u64>;
    /// Sets the role and ends every session of the account. An admin who stops being one loses
    /// the one-time links they issued. `Conflict::LastAdmin` (nothing changed) when it would
    /// leave no active admin: checked in the same statement, so two concurrent demotions
    /// cannot both pass.
    async fn set_role(&self, id: i64, role: Role) -> Result<()>;
    /// Disables (ending every session and the one-time links the account issued) or enables
    /// the account. `Conflict::LastAdmin` as for [`UserRepo::set_role`].
    async fn set_disabled(&self, id: i64, disabled: bool) -> Result<()>;
    async fn set_profile(&self, id: i64, name: &str, ui_lang: Lang) -> Result<()>;
    /// Sets the password hash and ends every session but `keep` (a session token hash) and the
    /// account's unused password-reset links.
    async fn set_password(&self, id: i64, password_hash: &str, keep: Option<&str>) -> Result<()>;
    /// Stores a secret pending enrolment; refused (`Ok(false)`, nothing changed) while a
    /// second factor is enrolled, so that a stale form cannot replace a working secret.
    async fn set_totp_secret(&self, id: i64, secret: Option<&str>) -> Result<bool>;
    /// With `Some(secret)`: turns the second factor on with these recovery-code hashes
    /// (replacing any), if the stored secret is still the one the code was checked against
    /// (`Ok(false)` and nothing changed otherwise: another tab began a new enrolment). With
    /// `None`: turns it off, removing the secret and the codes.
    async fn set_totp_enabled(
        &self,
        id: i64,
        confirmed_secret: Option<&str>,
        recovery: &[String],
    ) -> Result<bool>;
    /// Records `step` as the last TOTP time step used, if it is later than the one recorded;
    /// `false` means the code was already used (a replay) and nothing changed.
    async fn accept_totp_step(&self, id: i64, step: i64) -> Result<bool>;
    /// Removes the recovery code with this hash; `false` when there is none (used or wrong).
    async fn use_recovery_code(&self, id: i64, code_hash: &str) -> Result<bool>;
    async fn recovery_codes_left(&self, id: i64) -> Result<u64>;
}

/// How far a session has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionStage {
    /// Signed in.
    Full,
    /// Password given; the TOTP code is still to come.
    Totp,
}

impl SessionStage {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionStage::Full => "full",
            SessionStage::Totp => "totp",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// SHA-256 of the token, hex.
    pub token_hash: String,
    pub user_id: i64,
    pub stage: SessionStage,
    pub created_at: Timestamp,
    /// The absolute end of the session.
    pub expires_at: Timestamp,
    pub ip: String,
}

/// A stored session with its (current) account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub user: User,
    pub stage: SessionStage,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
}

/// Sessions, kept by the hash of their token so that any node can check them.
#[async_trait]
pub trait SessionRepo: Send + Sync {
    async fn create_session(&self, s: &NewSession) -> Result<()>;
    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>>;
    /// Records activity at `now` (the idle lifetime counts from the last one).
    async fn touch_session(&self, token_hash: &str, now: Timestamp) -> Result<()>;
    async fn end_session(&self, token_hash: &str) -> Result<()>;
    /// Ends every session of the account; returns how many.
    async fn end_user_sessions(&self, user_id: i64) -> Result<u64>;
    /// Deletes sessions past their absolute end or idle since before `idle_before`.
    async fn prune_sessions(&self, now: Timestamp, idle_before: Timestamp) -> Result<u64>;
    /// Records one failed sign-in at `at` under each of `keys` (`ip:…`, `account:…`), in the
    /// database so that every node counts it, and forgets failures before `forget_before`.
    async fn record_login_failure(
        &self,
        keys: &[String],
        at: Timestamp,
        forget_before: Timestamp,
    ) -> Result<()>;
    /// The times of `key`'s failed sign-ins at or after `since`, newest first, at most `limit`
    /// (millisecond precision).
    async fn login_failures(
        &self,
        key: &str,
        since: Timestamp,
        limit: u32,
    ) -> Result<Vec<Timestamp>>;
}

/// What redeeming a one-time link does, in the same transaction as marking it used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkUse {
    /// Create this account (first admin, invitation).
    CreateUser(NewUser),
    /// Set this account's password (a reset), ending its sessions.
    SetPassword { user_id: i64, password_hash: String },
}

/// What a redeemed link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redeemed {
    Created(User),
    PasswordSet,
}

/// One-time links: single use, with an expiry; only the token's hash is stored.
#[async_trait]
pub trait LinkRepo: Send + Sync {
    /// Stores a link. A new password-reset link ends the account's older unused ones.
    async fn create_link(&self, token_hash: &str, link: &OneTimeLink, now: Timestamp)
    -> Result<()>;
    /// The link, if it exists, is unused, has not expired at `now`, and its maker (when a
    /// person made it) is still an active admin.
    async fn link(&self, token_hash: &str, now: Timestamp) -> Result<Option<OneTimeLink>>;
    /// Marks the link used and does `then`, all or nothing. `Ok(None)` when the link is unknown,
    /// used or expired (nothing done). A first-admin link is refused once an admin exists.
    /// A taken e-mail is `Conflict::EmailTaken` and leaves the link unused.
    async fn redeem_link(
        &self,
        token_hash: &str,
        now: Timestamp,
        then: &LinkUse,
    ) -> Result<Option<Redeemed>>;
}

/// The audit log (SPEC N8): append-only.
#[async_trait]
pub trait AuditRepo: Send + Sync {
    async fn append_audit(&self, entry: &NewAuditEntry, at: Timestamp) -> Result<()>;
    /// Entries matching `filter`, newest first.
    async fn audit(&self, filter: &AuditFilter, limit: u32, offset: u64)
    -> Result<Vec<AuditEntry>>;
    async fn count_audit(&self, filter: &AuditFilter) -> Result<u64>;
}

/// The dashboard's reads (SPEC N7).
#[async_trait]
pub trait DeskReader: Send + Sync {
    /// How many articles are in each status, every edition together; statuses with none are
    /// left out.
    async fn status_counts(&self, owner: Option<i64>) -> Result<Vec<(Status, u64)>>;
    /// Articles in `status`, of `owner` when given: scheduled ones soonest first, the others
    /// most recently changed first.
    async fn desk(&self, status: Status, owner: Option<i64>, limit: u32) -> Result<Vec<DeskItem>>;
}

/// Integration tokens (SPEC A2). Only hashes are stored.
#[async_trait]
pub trait TokenRepo: Send + Sync {
    /// Stores a token made at `now`; returns it as listed.
    async fn create_token(
        &self,
        token: &masthead_core::token::NewApiToken,
        now: Timestamp,
    ) -> Result<masthead_core::token::ApiToken>;
    /// Every token, newest first, revoked ones included.
    async fn api_tokens(&self) -> Result<Vec<masthead_core::token::ApiToken>>;
    /// The token with this hash, revoked or not.
    async fn token_by_hash(&self, hash: &str) -> Result<Option<masthead_core::token::ApiToken>>;
    /// Revokes a token at `now`; `false` when there is no such token or it was revoked already.
    async fn revoke_token(&self, id: i64, now: Timestamp) -> Result<bool>;
    /// Notes that a token was used at `now`.
    async fn token_used(&self, id: i64, now: Timestamp) -> Result<()>;
}
