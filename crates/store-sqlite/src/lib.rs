//! The embedded default backend: SQLite through sqlx, in WAL mode with a busy timeout. Writes
//! append their change-log row in the same transaction (`changes`); SQLite commits one writer
//! at a time, so sequence order is commit order.

mod migrate;
#[path = "../../store/sql/schema.rs"]
mod schema;
// The ports' implementation, shared with the other SQL backend (crates/store/sql/README.md).
#[macro_use]
mod dialect;
#[macro_use]
#[path = "../../store/sql/rows.rs"]
mod rows;
#[macro_use]
#[path = "../../store/sql/ads.rs"]
mod ads;
#[path = "../../store/sql/articles.rs"]
mod articles;
#[path = "../../store/sql/changes.rs"]
mod changes;
#[path = "../../store/sql/discovery.rs"]
mod discovery;
#[path = "../../store/sql/export.rs"]
mod export;
#[path = "../../store/sql/facts.rs"]
mod facts;
#[path = "../../store/sql/import.rs"]
mod import;
#[path = "../../store/sql/newsroom.rs"]
mod newsroom;
#[path = "../../store/sql/pages.rs"]
mod pages;
#[path = "../../store/sql/resolve.rs"]
mod resolve;
#[path = "../../store/sql/restore.rs"]
mod restore;
#[path = "../../store/sql/revisions.rs"]
mod revisions;
#[path = "../../store/sql/search.rs"]
mod search;
#[path = "../../store/sql/settings.rs"]
mod settings;
#[path = "../../store/sql/staff.rs"]
mod staff;
#[path = "../../store/sql/taxonomy.rs"]
mod taxonomy;
#[path = "../../store/sql/tokens.rs"]
mod tokens;
#[path = "../../store/sql/views.rs"]
mod views;
#[path = "../../store/sql/writer.rs"]
mod writer;

use async_trait::async_trait;
use masthead_store::{Conflict, ImportLock, Store, StoreError};
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;

/// Opens a write transaction with `BEGIN IMMEDIATE`: it takes the write lock at once, waiting
/// up to the busy timeout, so that two people saving at the same moment queue (and the second
/// is told of the first, a typed conflict) instead of one failing with `SQLITE_BUSY` when its
/// read upgrades to a write (<https://sqlite.org/lang_transaction.html>).
pub(crate) async fn write_tx(
    pool: &SqlitePool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
    pool.begin_with("BEGIN IMMEDIATE").await.map_err(backend)
}
use std::time::Duration;

pub use migrate::MIGRATIONS;

/// The driver types the shared implementation (`crates/store/sql`) is compiled against.
pub(crate) type Db = sqlx::Sqlite;
pub(crate) type DbRow = sqlx::sqlite::SqliteRow;
pub(crate) type DbPool = SqlitePool;
pub(crate) type DbConnection = sqlx::SqliteConnection;
pub(crate) type DbStore = SqliteStore;

/// After a change-log append, inside its transaction: nothing to tell on SQLite (other
/// processes on the file find new rows by polling).
pub(crate) async fn appended(
    _tx: &mut sqlx::Transaction<'_, Db>,
    _seq: i64,
) -> Result<(), StoreError> {
    Ok(())
}

/// A Masthead store on one SQLite database.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// The file whose lock is the import lock (beside the database); `None` in memory.
    import_lock_path: Option<std::path::PathBuf>,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `url` (`sqlite://path` or `sqlite::memory:`)
    /// and brings its schema up to date.
    ///
    /// # Errors
    /// `Rule`-free: a malformed URL is `StoreError::Backend`; a database that cannot be opened
    /// or migrated is `Backend` with the driver's error as its source.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let memory = url.contains(":memory:");
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::backend)?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // ANALYZE samples about 1,000 rows an index instead of reading every one
            // (<https://sqlite.org/pragma.html#pragma_analysis_limit>): statistics refreshed
            // after each batch of an import cost milliseconds, not a scan of the whole
            // database (0.22 s at 100,000 articles, paid again every batch).
            .pragma("analysis_limit", "1000");
        let opts = if memory {
            opts
        } else {
            // 4 MiB of page cache a connection (SQLite's default is 2 MiB): bulk writes
            // (imports) touch index pages all over a large database. 16 MiB was no faster
            // on a 100,000-post import once statistics were sampled, and held 70 MB more
            // across the pool's connections.
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .pragma("cache_size", "-4096")
                // The WAL is copied into the database every 10,000 pages (40 MiB) instead of
                // SQLite's 1,000: a page written again and again by a bulk write (an index's)
                // is copied once per checkpoint, not ten times (100,000 imported posts: about
                // 5% faster).
                .pragma("wal_autocheckpoint", "10000")
                // Statement journals and temporary tables in memory, not in temporary files
                // (<https://sqlite.org/tempfiles.html>): every multi-row INSERT inside a
                // transaction keeps one, and writing it to disk was a sixth of a bulk import's
                // database time (100,000 posts: about 1.5 s of 20). Pages stay at 4 KiB:
                // 8 KiB made that import another 5% faster but uncached article pages about
                // 13% slower.
                .pragma("temp_store", "memory")
        };
        // An in-memory database lives as long as its one connection.
        let pool_opts = if memory {
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
        } else {
            SqlitePoolOptions::new().max_connections(8)
        };
        let import_lock_path = (!memory).then(|| {
            let mut name = opts.get_filename().as_os_str().to_owned();
            name.push("-import-lock");
            std::path::PathBuf::from(name)
        });
        let pool = pool_opts.connect_with(opts).await.map_err(backend)?;
        migrate::run(&pool).await?;
        let store = SqliteStore {
            pool,
            import_lock_path,
        };
        store.refresh_statistics().await?;
        Ok(store)
    }

    /// Writes a consistent copy of the whole database to the new file `dest` while the site
    /// keeps serving (`VACUUM INTO`, <https://sqlite.org/lang_vacuum.html#vacuuminto>): readers
    /// and writers go on; the copy is the database as of one moment, compacted.
    ///
    /// # Errors
    /// `Rule`-free `Backend` when `dest` exists (SQLite refuses to overwrite), its directory
    /// is missing or not writable, or the disk is full.
    pub async fn backup(&self, dest: &std::path::Path) -> Result<(), StoreError> {
        let dest = dest
            .to_str()
            .ok_or_else(|| StoreError::Corrupt("backup path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO ?")
            .bind(dest)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    /// Never resolves: SQLite cannot tell this process of other processes' writes.
    pub(crate) async fn notices(&self) {
        std::future::pending::<()>().await;
    }

    /// A fresh private in-memory database, for tests.
    pub async fn memory() -> Result<Self, StoreError> {
        Self::open("sqlite::memory:").await
    }

    /// Keeps the query planner's statistics current at start: without them SQLite may walk a
    /// whole edition to find one flagged article. Takes them when there are none; otherwise
    /// SQLite decides (`PRAGMA optimize`).
    pub(crate) async fn refresh_statistics(&self) -> Result<(), StoreError> {
        let sql = if self.has_statistics().await? {
            "PRAGMA optimize"
        } else {
            "ANALYZE"
        };
        sqlx::query(sql)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    /// After a bulk write (an import's batch): `ANALYZE` when there are no statistics yet or
    /// the articles table has grown by half since they were taken, so the planner knows the
    /// new rows at once. A 100,000-post import in batches of 2,000 takes them about ten
    /// times, not fifty.
    pub(crate) async fn statistics_after_bulk_write(&self) -> Result<(), StoreError> {
        let stale = if self.has_statistics().await? {
            // `stat` starts with the rows the index had when ANALYZE ran
            // (<https://sqlite.org/fileformat2.html#stat1tab>); the highest id bounds the
            // rows there are now.
            let (taken, now): (Option<i64>, i64) = sqlx::query_as(
                "SELECT (SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 \
                         WHERE idx = 'articles_edition_published'), \
                        (SELECT COALESCE(MAX(id), 0) FROM articles)",
            )
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
            masthead_store::grown_by_half(taken.unwrap_or(0), now)
        } else {
            true
        };
        if stale {
            sqlx::query("ANALYZE")
                .execute(&self.pool)
                .await
                .map_err(backend)?;
        }
        Ok(())
    }

    async fn has_statistics(&self) -> Result<bool, StoreError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
                .fetch_one(&self.pool)
                .await
                .map_err(backend)?;
        Ok(n > 0)
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend_name(&self) -> &'static str {
        "sqlite"
    }

    fn pool_status(&self) -> Option<(u32, u32)> {
        let idle = u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX);
        Some((self.pool.size(), idle))
    }

    /// A lock (`flock`) on the file `{database}-import-lock`, which the kernel releases when
    /// the process ends; in memory the database lives in this process alone and the lock is
    /// always free.
    async fn import_lock(&self) -> Result<Option<ImportLock>, StoreError> {
        let Some(path) = &self.import_lock_path else {
            return Ok(Some(ImportLock::new(())));
        };
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(StoreError::backend)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(ImportLock::new(file))),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::backend(e)),
        }
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// Maps a driver error onto the port's error: unique and foreign-key violations become
/// conflicts and invalid references, unreadable rows become corrupt data, the rest keeps its
/// source.
pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            let what = db
                .message()
                .rsplit(": ")
                .next()
                .unwrap_or("unique")
                .to_owned();
            StoreError::Conflict(Conflict::Unique(what))
        }
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
            StoreError::InvalidReference(db.message().to_owned())
        }
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => {
            StoreError::Corrupt(e.to_string())
        }
        _ => StoreError::backend(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_store::DynStore;
    use std::sync::Arc;

    #[test]
    fn migrations_are_numbered_in_order() {
        // Strictly increasing from 1; a number may be missing while another branch writes it.
        let mut last = 0;
        for (version, name, _) in MIGRATIONS {
            assert!(*version > last, "{name}: {version} after {last}");
            last = *version;
        }
        assert_eq!(MIGRATIONS.first().map(|m| m.0), Some(1));
    }

    #[tokio::test]
    async fn conformance() {
        masthead_store::conformance::run(|| async {
            let store: DynStore = Arc::new(
                SqliteStore::memory()
                    .await
                    .unwrap_or_else(|e| panic!("{e}")),
            );
            store
        })
        .await;
    }

    /// An empty directory of its own under the system's temporary directory, named by
    /// `name` and this process, and the URL of a database file in it.
    fn fresh_file_database(name: &str) -> (std::path::PathBuf, String) {
        let dir = std::env::temp_dir().join(format!("masthead-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let url = format!("sqlite://{}", dir.join("db.sqlite").display());
        (dir, url)
    }

    #[tokio::test]
    async fn one_import_at_a_time() {
        let (dir, url) = fresh_file_database("lock");
        let a = SqliteStore::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let b = SqliteStore::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let first = a.import_lock().await.unwrap_or_else(|e| panic!("{e}"));
        assert!(first.is_some(), "a free lock is taken");
        let second = b.import_lock().await.unwrap_or_else(|e| panic!("{e}"));
        assert!(second.is_none(), "a held lock is refused");
        drop(first);
        let third = b.import_lock().await.unwrap_or_else(|e| panic!("{e}"));
        assert!(third.is_some(), "a dropped lock is free again");
        let memory = SqliteStore::memory()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let m1 = memory.import_lock().await.unwrap_or_else(|e| panic!("{e}"));
        assert!(m1.is_some());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn backup_is_a_consistent_copy_that_opens() {
        let (dir, url) = fresh_file_database("backup");
        let s = SqliteStore::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let actor = masthead_core::Actor::system("test");
        masthead_store::SettingsRepo::set_settings(&s, &actor, &[("k".into(), "v1".into())])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let copy = dir.join("copy.sqlite");
        s.backup(&copy).await.unwrap_or_else(|e| panic!("{e}"));
        // A second backup to the same file is refused, not a silent overwrite.
        assert!(s.backup(&copy).await.is_err());
        masthead_store::SettingsRepo::set_settings(&s, &actor, &[("k".into(), "v2".into())])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let c = SqliteStore::open(&format!("sqlite://{}", copy.display()))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let got = masthead_store::SettingsRepo::settings(&c)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got, [("k".to_string(), "v1".to_string())]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn file_database_is_created_and_reopened() {
        let (dir, url) = fresh_file_database("sqlite");
        let s = SqliteStore::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        masthead_store::SettingsRepo::set_settings(
            &s,
            &masthead_core::Actor::system("test"),
            &[("k".into(), "v".into())],
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        s.close().await;
        let s = SqliteStore::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let got = masthead_store::SettingsRepo::settings(&s)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got, [("k".to_string(), "v".to_string())]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
