//! Validation errors of the domain layer.

use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CoreError {
    #[error("unknown edition `{0}`")]
    UnknownEdition(String),
    #[error("invalid slug `{0}`")]
    InvalidSlug(String),
    #[error("unknown article status `{0}`")]
    UnknownStatus(String),
    #[error("field `{field}` is invalid: {reason}")]
    Invalid { field: &'static str, reason: String },
}
