//! Integration tokens (SPEC A2): a newsroom tool or a wire importer calls the admin API with a
//! token an admin made for it, scoped to a role, revocable. Only its hash is stored; the token
//! itself is shown once, when it is made.

use crate::{CoreError, Role};
use jiff::Timestamp;
use serde::Serialize;

/// Every token starts with this, so a leaked one is recognisable (secret scanners, logs).
pub const TOKEN_PREFIX: &str = "mh_";
/// Longest token name, in characters.
pub const MAX_TOKEN_NAME: usize = 80;
/// Characters of a token kept in the clear to tell tokens apart (`mh_` and six more).
pub const SHOWN_PREFIX: usize = 9;

/// A token as the newsroom lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    /// Which integration holds it ("Wire importer").
    pub name: String,
    /// What it may do: the role's permissions (never more than its maker's).
    pub role: Role,
    /// The token's first characters.
    pub prefix: String,
    /// The admin who made it; the integration writes on their behalf.
    pub created_by: i64,
    pub created_by_name: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

/// A token to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    pub name: String,
    pub role: Role,
    /// SHA-256 of the token, lowercase hex.
    pub token_hash: String,
    pub prefix: String,
    pub created_by: i64,
}

/// A token name as typed, trimmed: 1 to [`MAX_TOKEN_NAME`] characters, one line.
///
/// # Errors
/// `invalid-token-name` on the `name` field.
pub fn validate_token_name(name: &str) -> Result<String, CoreError> {
    let n = name.trim();
    if n.is_empty()
        || n.chars().count() > MAX_TOKEN_NAME
        || crate::article::has_hidden_characters(n)
    {
        return Err(CoreError::Invalid {
            field: "name",
            key: "invalid-token-name",
        });
    }
    Ok(n.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_short_line() {
        assert_eq!(
            validate_token_name("  Wire importer "),
            Ok("Wire importer".into())
        );
        for bad in ["", "   ", "a\nb", "x\u{202E}y", &"n".repeat(81)] {
            assert!(validate_token_name(bad).is_err(), "{bad:?}");
        }
    }
}
