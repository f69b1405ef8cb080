//! Errors of the use cases. The web layer maps each variant (and each store error inside) to a
//! status and a catalog key explicitly; see `web::error`.

use masthead_core::{CoreError, Permission};
use masthead_store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Input that breaks a domain rule; the core error names its catalog key.
    #[error(transparent)]
    Invalid(#[from] CoreError),
    /// The door stays shut: a failed sign-in, an invalid link or code, a refused staff change.
    #[error(transparent)]
    Auth(#[from] crate::staff::AuthError),
    /// The actor does not hold the permission the use case declares.
    #[error("not allowed: {0:?}")]
    Forbidden(Permission),
    /// A form with fields that break rules: each field and the catalog key of its reason.
    /// Nothing was written.
    #[error("{} invalid field(s): {}", .0.len(), .0.iter().map(|f| f.field.as_str()).collect::<Vec<_>>().join(", "))]
    InvalidFields(masthead_core::settings::FieldErrors),
    /// A bulk import with bad records (and no permission to skip them): every bad line with
    /// its number and reason. Nothing was written.
    #[error("{} invalid line(s); first: line {}: {}", .0.len(), .0.first().map_or(0, |l| l.line), .0.first().map_or("", |l| l.reason.as_str()))]
    InvalidLines(Vec<LineError>),
    /// A migration from another platform with records it cannot take (and no `--skip-invalid`):
    /// each record named with its reason. Nothing was written.
    #[error("{} invalid record(s); first: {}: {}", .0.len(), .0.first().map_or("", |r| r.record.as_str()), .0.first().map_or("", |r| r.reason.as_str()))]
    InvalidRecords(Vec<masthead_peers::RecordError>),
    /// An export file that cannot be read at all (missing, not well-formed, unknown version).
    /// Nothing was written.
    #[error(transparent)]
    Export(#[from] masthead_peers::PeerError),
    /// An upload refused (its `key()` names why) or the media store failing.
    #[error(transparent)]
    Media(masthead_media::MediaError),
    /// The search index failed (its message is for the log).
    #[error(transparent)]
    Search(#[from] masthead_core::search::SearchError),
}

/// One rejected line of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number in the file.
    pub line: usize,
    /// What is wrong, in English (for the command line).
    pub reason: String,
}
