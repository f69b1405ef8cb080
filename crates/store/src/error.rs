//! The one error type storage ports return. Backends map their driver errors onto it.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique constraint: the named thing (e.g. "slug") is already taken.
    #[error("conflict on {0}")]
    Conflict(String),
    /// A reference to something that does not exist (e.g. an unknown section slug in an import).
    #[error("invalid reference: {0}")]
    InvalidReference(String),
    #[error("invalid data: {0}")]
    Invalid(String),
    /// The database could not be reached or failed; details are for the log only.
    #[error("backend failure: {0}")]
    Backend(String),
}
