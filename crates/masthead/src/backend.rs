//! One backend handle, opened from the database URL's scheme: `sqlite://path`, `sqlite::memory:`
//! or a bare file path for the embedded SQLite; `postgres://` once its backend is built in.

use masthead_service::StoreError;
use masthead_store::DynStore;
use std::sync::Arc;
use thiserror::Error;

/// Why a backend could not be opened.
#[derive(Debug, Error)]
pub enum OpenError {
    /// The URL names a database Masthead does not know.
    #[error("unsupported database URL scheme `{0}` (use sqlite://PATH)")]
    UnknownScheme(String),
    /// A SQLite URL that names no file (`sqlite://`, an empty URL).
    #[error("the database URL names no file; use sqlite://PATH")]
    NoPath,
    /// A known backend that this build does not contain yet.
    #[error("the {0} backend is not built in yet; use sqlite://PATH")]
    NotBuiltIn(&'static str),
    #[error("opening the database: {0}")]
    Store(#[from] StoreError),
}

impl OpenError {
    /// The process exit code for this error: 2 for a URL the user must change, 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            OpenError::UnknownScheme(_) | OpenError::NotBuiltIn(_) | OpenError::NoPath => 2,
            OpenError::Store(_) => 1,
        }
    }
}

/// Opens (creating and migrating if needed) the backend `url` names.
///
/// # Errors
/// `UnknownScheme` or `NotBuiltIn` for a URL this build cannot serve; `Store` when the database
/// cannot be opened or migrated.
pub async fn open_backend(url: &str) -> Result<DynStore, OpenError> {
    let url = url.trim();
    let sqlite_path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"));
    if url.is_empty() || sqlite_path.is_some_and(|p| p.is_empty() || p == "//") {
        return Err(OpenError::NoPath);
    }
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("sqlite") => Ok(Arc::new(
            masthead_store_sqlite::SqliteStore::open(url).await?,
        )),
        Some("postgres" | "postgresql") => Err(OpenError::NotBuiltIn("PostgreSQL")),
        // A plain path (no scheme, or a Windows drive letter) is a SQLite file.
        None => Ok(Arc::new(
            masthead_store_sqlite::SqliteStore::open(&format!("sqlite://{url}")).await?,
        )),
        Some(s) if s.len() == 1 => Ok(Arc::new(
            masthead_store_sqlite::SqliteStore::open(&format!("sqlite://{url}")).await?,
        )),
        Some(other) => Err(OpenError::UnknownScheme(other.chars().take(20).collect())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn schemes_choose_the_backend() {
        let s = open_backend("sqlite::memory:")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.backend_name(), "sqlite");
        let e = open_backend("postgres://u@localhost/db").await.err();
        assert!(
            matches!(e, Some(OpenError::NotBuiltIn(_))),
            "postgres is not built in yet: {e:?}"
        );
        assert_eq!(e.map(|e| e.exit_code()), Some(2));
        for empty in ["", "sqlite://", "sqlite:"] {
            let e = open_backend(empty).await.err();
            assert!(matches!(e, Some(OpenError::NoPath)), "{empty:?}: {e:?}");
        }
        let e = open_backend("mysql://localhost/db").await.err();
        assert!(
            matches!(&e, Some(OpenError::UnknownScheme(s)) if s == "mysql"),
            "{e:?}"
        );
        assert_eq!(e.map(|e| e.exit_code()), Some(2));
    }
}
