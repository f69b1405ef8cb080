//! The people of the newsroom (SPEC N1, N2, N8): staff accounts, the rules their e-mail
//! addresses, names and passwords follow, one-time links, and audit entries.

use crate::{CoreError, Lang, Role};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// A staff account as the newsroom sees it. Secrets (password hash, TOTP secret) never travel
/// in this type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    /// Lowercased, trimmed (see [`normalize_email`]).
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The language the admin speaks to this person in.
    pub ui_lang: Lang,
    /// A disabled account cannot sign in and has no sessions.
    pub disabled: bool,
    /// Whether a TOTP second factor is enrolled.
    pub totp_enabled: bool,
    pub created_at: Timestamp,
}

/// Shortest password accepted, in characters (OWASP ASVS 5.0 V6.2.1: at least 8; 12 here).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, in characters (ASVS V6.2.9 asks for at least 64; 128+ must be
/// accepted, so 1,024 leaves room for pasted passphrases while bounding hashing work).
pub const MAX_PASSWORD_CHARS: usize = 1024;
/// Longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest e-mail address (RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its brackets).
pub const MAX_EMAIL_CHARS: usize = 254;

/// The e-mail address in the form accounts are stored and looked up under: trimmed and
/// lowercased.
///
/// # Errors
/// `invalid-email` when it is not `local@domain` with a dot in the domain, has spaces or
/// control characters, or is longer than [`MAX_EMAIL_CHARS`].
pub fn normalize_email(raw: &str) -> Result<String, CoreError> {
    let e = raw.trim().to_lowercase();
    let bad = CoreError::Invalid {
        field: "email",
        key: "invalid-email",
    };
    if e.chars().count() > MAX_EMAIL_CHARS
        || e.chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_invisible_format(c))
    {
        return Err(bad);
    }
    let Some((local, domain)) = e.rsplit_once('@') else {
        return Err(bad);
    };
    if local.is_empty()
        || domain.len() < 3
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || domain.contains('@')
    {
        return Err(bad);
    }
    Ok(e)
}

/// Invisible characters that change how text around them reads: bidirectional overrides and
/// isolates, zero-width characters, fillers that draw nothing (Hangul fillers, braille blank),
/// variation selectors, tag characters, line and paragraph separators, the byte-order mark
/// (Unicode TR 36 §2, "visual spoofing"; UTS 39 default-ignorable code points).
pub fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
        | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E007F}')
}

/// A display name: trimmed, 1 to [`MAX_NAME_CHARS`] characters, no control characters and no
/// invisible formatting characters (a name must read as what it is).
///
/// # Errors
/// `invalid-name`.
pub fn normalize_name(raw: &str) -> Result<String, CoreError> {
    let n = raw.trim();
    let count = n.chars().count();
    if count == 0
        || count > MAX_NAME_CHARS
        || n.chars().any(|c| c.is_control() || is_invisible_format(c))
    {
        return Err(CoreError::Invalid {
            field: "name",
            key: "invalid-name",
        });
    }
    Ok(n.to_owned())
}

/// The length rule for passwords (ASVS V6.2.1, V6.2.9): no composition rules; whether a
/// password is too common is checked where the password list lives (`service`).
///
/// # Errors
/// `password-too-short` or `password-too-long`.
pub fn check_password_length(password: &str) -> Result<(), CoreError> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(CoreError::Invalid {
            field: "password",
            key: "password-too-short",
        });
    }
    if n > MAX_PASSWORD_CHARS {
        return Err(CoreError::Invalid {
            field: "password",
            key: "password-too-long",
        });
    }
    Ok(())
}

/// What a one-time link lets its holder do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkPurpose {
    /// Create the first admin (SPEC N2); valid only while there is no admin.
    FirstAdmin,
    /// Create an account with this role (an admin's invitation).
    Invite { role: Role },
    /// Set a new password for this account.
    Reset { user_id: i64 },
}

/// A one-time link as stored: only the hash of its token is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneTimeLink {
    pub purpose: LinkPurpose,
    pub expires_at: Timestamp,
    /// Who made it (`user:3`, `system:first-run`).
    pub created_by: String,
}

/// How long a one-time link lives (SPEC N2: 24 hours).
pub const LINK_LIFETIME_SECS: i64 = 24 * 3600;

/// An audited action (SPEC N8). The string form is stable: it is stored, filtered on and
/// exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    LoginSucceeded,
    LoginFailed,
    LoginLimited,
    Logout,
    UserCreated,
    UserInvited,
    UserDisabled,
    UserEnabled,
    RoleChanged,
    PasswordChanged,
    PasswordResetIssued,
    TotpEnabled,
    TotpDisabled,
    RecoveryCodeUsed,
    ProfileChanged,
    SettingsChanged,
    ArticleStatusChanged,
    /// A pending edit of a published article was made live.
    EditPublished,
    ArticleDeleted,
    CorrectionAdded,
    /// An integration token was made (SPEC A2).
    TokenCreated,
    TokenRevoked,
}

impl AuditAction {
    /// Every action, in the order the audit page's filter lists them.
    pub const ALL: [AuditAction; 22] = [
        AuditAction::LoginSucceeded,
        AuditAction::LoginFailed,
        AuditAction::LoginLimited,
        AuditAction::Logout,
        AuditAction::UserCreated,
        AuditAction::UserInvited,
        AuditAction::UserDisabled,
        AuditAction::UserEnabled,
        AuditAction::RoleChanged,
        AuditAction::PasswordChanged,
        AuditAction::PasswordResetIssued,
        AuditAction::TotpEnabled,
        AuditAction::TotpDisabled,
        AuditAction::RecoveryCodeUsed,
        AuditAction::ProfileChanged,
        AuditAction::SettingsChanged,
        AuditAction::ArticleStatusChanged,
        AuditAction::EditPublished,
        AuditAction::ArticleDeleted,
        AuditAction::CorrectionAdded,
        AuditAction::TokenCreated,
        AuditAction::TokenRevoked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::LoginSucceeded => "login_succeeded",
            AuditAction::LoginFailed => "login_failed",
            AuditAction::LoginLimited => "login_limited",
            AuditAction::Logout => "logout",
            AuditAction::UserCreated => "user_created",
            AuditAction::UserInvited => "user_invited",
            AuditAction::UserDisabled => "user_disabled",
            AuditAction::UserEnabled => "user_enabled",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::PasswordResetIssued => "password_reset_issued",
            AuditAction::TotpEnabled => "totp_enabled",
            AuditAction::TotpDisabled => "totp_disabled",
            AuditAction::RecoveryCodeUsed => "recovery_code_used",
            AuditAction::ProfileChanged => "profile_changed",
            AuditAction::SettingsChanged => "settings_changed",
            AuditAction::ArticleStatusChanged => "article_status_changed",
            AuditAction::EditPublished => "edit_published",
            AuditAction::ArticleDeleted => "article_deleted",
            AuditAction::CorrectionAdded => "correction_added",
            AuditAction::TokenCreated => "token_created",
            AuditAction::TokenRevoked => "token_revoked",
        }
    }
}

impl std::str::FromStr for AuditAction {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, CoreError> {
        AuditAction::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or(CoreError::Invalid {
                field: "action",
                key: "invalid-action",
            })
    }
}

/// One audit entry to append: who (`actor` label and, for staff, their id), what, to whom or
/// what, from which address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewAuditEntry {
    pub actor: String,
    pub actor_user_id: Option<i64>,
    pub action: AuditAction,
    /// What the action was done to: `user:5`, `article:12`, an e-mail address for a failed
    /// login, or empty.
    pub target: String,
    /// A short detail: the new role, the settings keys changed, the status moved to.
    pub detail: String,
    /// The client's address, as text.
    pub ip: String,
}

/// A stored audit entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Timestamp,
    #[serde(flatten)]
    pub entry: NewAuditEntry,
}

/// Which audit entries to list (every field narrows; `None` is no condition).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    pub actor_user_id: Option<i64>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalized_and_checked() {
        assert_eq!(
            normalize_email("  Anna@Example.ORG ").ok().as_deref(),
            Some("anna@example.org")
        );
        for bad in [
            "",
            "anna",
            "@example.org",
            "anna@",
            "anna@x",
            "a b@x.org",
            "a@.org",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn names_may_not_hide_what_they_say() {
        assert_eq!(
            normalize_name("  Anna Petrova ").ok().as_deref(),
            Some("Anna Petrova")
        );
        for bad in [
            "",
            "   ",
            "Anna\tPetrova",
            "Anna\u{202E}avortep",
            "Ad\u{200B}min",
            "\u{1B}[31m",
        ] {
            assert!(normalize_name(bad).is_err(), "{bad:?}");
        }
        assert!(normalize_name(&"ж".repeat(MAX_NAME_CHARS + 1)).is_err());
    }

    #[test]
    fn passwords_follow_length_rules_only() {
        assert!(check_password_length("short").is_err());
        assert!(check_password_length("twelve chars").is_ok());
        assert!(check_password_length(&"x".repeat(128)).is_ok());
        assert!(check_password_length(&"ж".repeat(MAX_PASSWORD_CHARS)).is_ok());
        assert!(check_password_length(&"x".repeat(MAX_PASSWORD_CHARS + 1)).is_err());
    }

    #[test]
    fn audit_actions_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(a.as_str().parse::<AuditAction>().ok(), Some(a));
        }
    }
}
