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
/// `postgres://user:***@host/db`, `…/db?password=secret` → `…/db?password=***`; URLs
/// without a password are unchanged.
pub fn redact(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let mut out = match (base.find("://"), base.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &base[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &base[..s + 3], &creds[..c], &base[at..]),
                None => base.to_owned(),
            }
        }
        _ => base.to_owned(),
    };
    // libpq also takes the password as a parameter: `?password=…` (any key naming one).
    if let Some(query) = query {
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((k, _)) if k.to_ascii_lowercase().contains("password") => format!("{k}=***"),
                _ => pair.to_owned(),
            })
            .collect();
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    out
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
    /// There is no database file to copy (a mistyped `--data-dir` or path).
    #[error("there is no database at {0}; check --data-dir or --database-url")]
    NoDatabase(String),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("writing the backup: {0}")]
    Store(#[from] StoreError),
}

/// Writes a consistent online copy of the SQLite database `url` names to the new file `dest`
/// (the site may keep serving).
///
/// # Errors
/// `UsePgDump` for a PostgreSQL URL, `Exists` when `dest` exists, `NoDatabase` when the SQLite
/// file is not there (nothing is created), `Open` when it cannot be opened, `Store` when the copy fails (directory missing, disk full).
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
    let path = url
        .trim()
        .strip_prefix("sqlite://")
        .or_else(|| url.trim().strip_prefix("sqlite:"))
        .unwrap_or(url.trim());
    let path = path.split('?').next().unwrap_or(path);
    // A mistyped data directory must not "succeed" with a copy of a new, empty database.
    if path.contains(":memory:") || !std::path::Path::new(path).is_file() {
        return Err(BackupError::NoDatabase(path.to_owned()));
    }
    let url = format!("sqlite://{path}");
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

    #[test]
    fn passwords_are_redacted_in_user_info_and_parameters() {
        assert_eq!(
            redact("postgres://app:s3cret@db:5432/news"),
            "postgres://app:***@db:5432/news"
        );
        assert_eq!(
            redact("postgres://app@db/news?sslmode=require&password=s3cret"),
            "postgres://app@db/news?sslmode=require&password=***"
        );
        assert_eq!(
            redact("postgres://a:b@db/n?PASSWORD=x&sslpassword=y"),
            "postgres://a:***@db/n?PASSWORD=***&sslpassword=***"
        );
        assert_eq!(redact("sqlite://./x.db"), "sqlite://./x.db");
    }

    #[tokio::test]
    async fn a_backup_of_no_database_creates_nothing() {
        let dir = std::env::temp_dir().join(format!("masthead-nobackup-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let typo = dir.join("typo").join("masthead.db");
        let dest = dir.join("copy.db");
        let e = backup(typo.to_str().unwrap_or_default(), &dest).await.err();
        assert!(matches!(e, Some(BackupError::NoDatabase(_))), "{e:?}");
        assert!(!typo.exists() && !dest.exists());
        let e = backup("postgres://u:p@h/db", &dest).await.err();
        assert!(matches!(e, Some(BackupError::UsePgDump)), "{e:?}");
    }

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
