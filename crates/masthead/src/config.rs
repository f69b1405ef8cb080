//! Configuration from flags and `MASTHEAD_*` environment variables. Secrets (a password in the
//! database URL) never appear in Debug output or logs.

use anyhow::Context;
use clap::Args;
use masthead_store_sqlite::SqliteStore;
use std::fmt;
use std::path::PathBuf;

#[derive(Args, Clone)]
pub struct StoreArgs {
    /// Where the database, search index and media live.
    #[arg(long, env = "MASTHEAD_DATA_DIR", default_value = "./masthead-data")]
    pub data_dir: PathBuf,
    /// Database URL; defaults to SQLite in the data directory.
    #[arg(long, env = "MASTHEAD_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl fmt::Debug for StoreArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoreArgs")
            .field("data_dir", &self.data_dir)
            .field("database_url", &self.database_url.as_deref().map(redact))
            .finish()
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
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

impl StoreArgs {
    pub fn url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("masthead.db").display()))
    }

    pub async fn open(&self) -> anyhow::Result<SqliteStore> {
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("creating the data directory {}", self.data_dir.display()))?;
        let url = self.url();
        if !url.starts_with("sqlite:") {
            anyhow::bail!(
                "unsupported database URL {} (this build supports sqlite://)",
                redact(&url)
            );
        }
        SqliteStore::open(&url)
            .await
            .with_context(|| format!("opening the database {}", redact(&url)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://app:s3cret@db:5432/news"),
            "postgres://app:***@db:5432/news"
        );
        assert_eq!(redact("sqlite://./x.db"), "sqlite://./x.db");
        let a = StoreArgs {
            data_dir: "d".into(),
            database_url: Some("postgres://u:pw@h/db".into()),
        };
        assert!(!format!("{a:?}").contains("pw"));
    }
}
