//! One backend handle, opened from the database URL's scheme: `sqlite://path`, `sqlite::memory:`
//! or a bare file path for the embedded SQLite; `postgres://` (or `postgresql://`) for
//! PostgreSQL, which several nodes can share.

use masthead_service::StoreError;
use masthead_store::DynStore;
use std::sync::Arc;
use thiserror::Error;

/// Why a backend could not be opened.
#[derive(Debug, Error)]
pub enum OpenError {
    /// The URL names a database Masthead does not know.
    #[error("unsupported database URL scheme `{0}` (use sqlite://PATH or postgres://…)")]
    UnknownScheme(String),
    /// A SQLite URL that names no file (`sqlite://`, an empty URL).
    #[error("the database URL names no file; use sqlite://PATH")]
    NoPath,
    #[error("opening the database: {0}")]
    Store(#[from] StoreError),
    /// PostgreSQL could not be reached, refused us, or could not be migrated. `target` is the
    /// URL with its password replaced by `***`.
    #[error("opening the PostgreSQL database {target}: {source}")]
    Postgres {
        target: String,
        #[source]
        source: StoreError,
    },
}

impl OpenError {
    /// The process exit code for this error: 2 for a URL the user must change, 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            OpenError::UnknownScheme(_) | OpenError::NoPath => 2,
            OpenError::Store(_) | OpenError::Postgres { .. } => 1,
        }
    }
}

/// Opens (creating and migrating if needed) the backend `url` names.
///
/// # Errors
/// `UnknownScheme` or `NoPath` for a URL this build cannot serve; `Store` (SQLite) or
/// `Postgres` when the database cannot be opened or migrated.
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
        Some("postgres" | "postgresql") => {
            match masthead_store_postgres::PgStore::open(url).await {
                Ok(s) => Ok(Arc::new(s)),
                Err(source) => Err(OpenError::Postgres {
                    target: redact(url),
                    source,
                }),
            }
        }
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

/// A database URL fit to show: `postgres://user:secret@host/db` →
/// `postgres://user:***@host/db`; URLs without a password are unchanged.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Why `masthead backup` did not write its copy.
#[derive(Debug, Error)]
pub enum BackupError {
    /// PostgreSQL is backed up with its own tools.
    #[error(
        "on PostgreSQL, back up with pg_dump, e.g. `pg_dump --format=custom --file=FILE \"$MASTHEAD_DATABASE_URL\"` (restore with pg_restore); see the README"
    )]
    UsePgDump,
    #[error("the backup file {0} exists; choose a new name")]
    Exists(std::path::PathBuf),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("writing the backup: {0}")]
    Store(#[from] StoreError),
}

/// Writes a consistent online copy of the SQLite database `url` names to the new file `dest`
/// (the site may keep serving).
///
/// # Errors
/// `UsePgDump` for a PostgreSQL URL, `Exists` when `dest` exists, `Open` for a URL that names
/// no database, `Store` when the copy fails (directory missing, disk full).
pub async fn backup(url: &str, dest: &std::path::Path) -> Result<(), BackupError> {
    let scheme = url
        .trim()
        .split_once(':')
        .map(|(s, _)| s.to_ascii_lowercase());
    if matches!(scheme.as_deref(), Some("postgres" | "postgresql")) {
        return Err(BackupError::UsePgDump);
    }
    if dest.exists() {
        return Err(BackupError::Exists(dest.to_owned()));
    }
    let url = match scheme.as_deref() {
        Some("sqlite") => url.to_owned(),
        _ => format!("sqlite://{url}"),
    };
    let store = masthead_store_sqlite::SqliteStore::open(&url)
        .await
        .map_err(OpenError::Store)?;
    let done = store.backup(dest).await;
    masthead_store::Store::close(&store).await;
    Ok(done?)
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
        // Nothing listens on port 1: a clear error naming the server, without the password.
        let e = open_backend("postgres://u:pw-secret@127.0.0.1:1/db")
            .await
            .err();
        let text = e.as_ref().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            matches!(e, Some(OpenError::Postgres { .. })),
            "an unreachable server: {e:?}"
        );
        assert!(
            text.contains("127.0.0.1:1") && !text.contains("pw-secret"),
            "{text}"
        );
        assert_eq!(e.map(|e| e.exit_code()), Some(1));
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
