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

pub use masthead::backend::redact;

impl StoreArgs {
    /// The database URL: the one given, or SQLite in the data directory (created if missing).
    /// The database URL without creating anything (for commands that only read one).
    pub fn url_as_is(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("masthead.db").display()))
    }

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

/// Where `masthead serve` keeps uploaded media.
#[derive(Args, Clone)]
pub struct MediaArgs {
    /// Media in S3-compatible storage, shared by every node:
    /// s3://BUCKET[/PREFIX][?endpoint=URL&region=REGION&allow_http=true], credentials from
    /// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; default: the data directory's media/.
    #[arg(long, env = "MASTHEAD_MEDIA_URL")]
    pub media_url: Option<String>,
}

impl fmt::Debug for MediaArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaArgs")
            .field("media_url", &self.media_url.as_deref().map(redact))
            .finish()
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
