//! Errors of the domain layer. Each carries the catalog key (`key()`) its message is shown
//! under, so a reader or an editor sees it in their own language; `Display` is English for logs
//! and the command line.

use crate::Status;
use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CoreError {
    #[error("unknown edition `{0}`")]
    UnknownEdition(String),
    #[error("invalid slug `{0}`")]
    InvalidSlug(String),
    #[error("unknown article status `{0}`")]
    UnknownStatus(String),
    /// A field that breaks a rule; `key` names the rule in the catalogs (`invalid-title`, …).
    #[error("field `{field}` is invalid ({key})")]
    Invalid {
        field: &'static str,
        key: &'static str,
    },
    /// A workflow change the rules do not allow (SPEC N4).
    #[error("an article cannot go from {} to {}", from.as_str(), to.as_str())]
    Transition { from: Status, to: Status },
}

impl CoreError {
    /// The catalog key of the message that explains this error to a person.
    pub fn key(&self) -> &'static str {
        match self {
            CoreError::UnknownEdition(_) => "unknown-edition",
            CoreError::InvalidSlug(_) => "invalid-slug",
            CoreError::UnknownStatus(_) => "unknown-status",
            CoreError::Invalid { key, .. } => key,
            CoreError::Transition { .. } => "transition-refused",
        }
    }
}
