//! Configuration from flags and `MASTHEAD_*` environment variables. Secrets (a password in the
//! database URL) never appear in Debug output or logs.

use clap::Args;
use std::fmt;
use std::path::PathBuf;

#[derive(Args, Clone)]
pub struct StoreArgs {
    /// Where the database, search index and media live.
    #[arg(long, env = "MASTHEAD_DATA_DIR", default_value = "./masthead-data")]
    pub data_dir: PathBuf,
    /// Database URL (sqlite://PATH or postgres://…); defaults to SQLite in the data directory.
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
    /// The database URL: the one given, or SQLite in the data directory (created if missing).
    pub fn url(&self) -> std::io::Result<String> {
        if let Some(url) = &self.database_url {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir)?;
        Ok(format!(
            "sqlite://{}",
            self.data_dir.join("masthead.db").display()
        ))
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
