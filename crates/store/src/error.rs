//! The one error type storage ports return. Backends map their driver errors onto it: unique
//! constraints become typed [`Conflict`]s, rows the backend cannot read become `Corrupt` (never
//! reported as the caller's bad input), and driver failures keep their source for the log.

use masthead_core::{CoreError, Lang};
use thiserror::Error;

/// A driver error, kept whole for the log.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Conflict(#[from] Conflict),
    /// A reference to something that does not exist (e.g. an unknown section slug).
    #[error("invalid reference: {0}")]
    InvalidReference(String),
    /// Input that breaks a domain rule, checked again where the write happens.
    #[error(transparent)]
    Rule(#[from] CoreError),
    /// Stored data the backend cannot make sense of (a corrupt row, an unknown edition code).
    #[error("corrupt data in the database: {0}")]
    Corrupt(String),
    /// The database could not be reached or failed.
    #[error("database failure: {0}")]
    Backend(#[source] BoxError),
    /// The database is not reachable now (the connection was lost, the server is restarting,
    /// no connection came free in time): nothing was written, and the same request may succeed
    /// in a moment. Web answers 503.
    #[error("the database is unavailable: {0}")]
    Unavailable(#[source] BoxError),
}

/// A write that collides with what is stored. Nothing was written.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// Another article of the edition has (or once had) this slug.
    #[error("the slug `{slug}` is already taken in the {edition} edition")]
    SlugTaken { edition: Lang, slug: String },
    /// The article was saved by someone else since the revision the writer started from.
    #[error("article {id} is at revision {current}, not {expected}")]
    StaleRevision {
        id: i64,
        expected: i64,
        current: i64,
    },
    /// An imported record with this source key is already stored.
    #[error("a record from `{key}` is already stored in the {edition} edition")]
    SourceKeyTaken { edition: Lang, key: String },
    /// The change would leave the site without an active admin.
    #[error("the site must keep at least one active admin")]
    LastAdmin,
    /// A staff account with this e-mail address exists.
    #[error("an account with this e-mail address exists")]
    EmailTaken,
    /// The story already has an article in this edition.
    #[error("the story already has an article in the {edition} edition (id {id})")]
    TranslationExists { edition: Lang, id: i64 },
    /// Another import into the site is running (see `Store::import_lock`).
    #[error("another import into this site is running; run this one when it has finished")]
    ImportRunning,
    /// Another unique constraint, by name.
    #[error("conflict on {0}")]
    Unique(String),
}

impl StoreError {
    /// A driver failure, with its source.
    pub fn backend(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        StoreError::Backend(Box::new(e))
    }
}
