//! The scale-out backend: PostgreSQL through sqlx, for several `masthead serve` nodes on one
//! database (SPEC O2).
//!
//! Writes are serialized through one transaction-level advisory lock ([`WRITE_LOCK`]), as
//! SQLite serializes them through its single writer: the change-log row each write appends in
//! its own transaction then takes its sequence in commit order, which is what followers on
//! every node rely on when they read the log "after the last sequence applied". Newsroom write
//! rates are a few per second; reads never take the lock. Each append also sends a
//! `NOTIFY` on [`CHANNEL`] (delivered at commit), which wakes the other nodes' followers; the
//! log stays the source of truth, and a node that missed notices while disconnected catches up
//! from the last sequence it applied.

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
use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::sync::Notify;

pub use migrate::MIGRATIONS;

/// The driver types the shared implementation (`crates/store/sql`) is compiled against.
pub(crate) type Db = sqlx::Postgres;
pub(crate) type DbRow = sqlx::postgres::PgRow;
pub(crate) type DbPool = PgPool;
pub(crate) type DbConnection = sqlx::PgConnection;
pub(crate) type DbStore = PgStore;

/// After a change-log append, inside its transaction: a `NOTIFY` on [`CHANNEL`] with the
/// sequence, delivered to the listening nodes when (and only if) the transaction commits.
pub(crate) async fn appended(
    tx: &mut sqlx::Transaction<'_, Db>,
    seq: i64,
) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANNEL)
        .bind(seq.to_string())
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    Ok(())
}

/// The advisory lock key every write transaction takes (`pg_advisory_xact_lock`): ASCII "MHWR".
pub const WRITE_LOCK: i64 = 0x4D48_5752;
/// The advisory lock key `migrate` takes while it applies migrations (`pg_advisory_lock`), so
/// that nodes started together migrate one after another: ASCII "MHMG".
pub const MIGRATE_LOCK: i64 = 0x4D48_4D47;
/// The first advisory lock key an import holds for its whole run (`pg_try_advisory_lock`,
/// the second key being the schema's hash), so that one import at a time writes into a site:
/// ASCII "MHIM".
pub const IMPORT_LOCK: i32 = 0x4D48_494D;
/// The `LISTEN`/`NOTIFY` channel that carries "the change log grew"; the payload is the new
/// sequence as decimal text.
pub const CHANNEL: &str = "masthead_changes";

/// Opens a write transaction that holds [`WRITE_LOCK`] until it commits or rolls back.
pub(crate) async fn write_tx(
    pool: &PgPool,
) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, StoreError> {
    let mut tx = pool.begin().await.map_err(backend)?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(WRITE_LOCK)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
    Ok(tx)
}

/// A Masthead store on one PostgreSQL database.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
    options: PgConnectOptions,
    notices: Arc<Notices>,
}

/// Wake-ups from other nodes' writes, fed by one listener task started on first use.
#[derive(Default)]
struct Notices {
    notify: Notify,
    started: OnceLock<()>,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`, any libpq URL sqlx
    /// reads) and brings the schema up to date ([`PgStore::connect`], then `migrate`).
    ///
    /// # Errors
    /// `Backend` when the URL is malformed, the server cannot be reached or refuses, or a
    /// migration fails. The driver's messages name the host and user, never the password.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Connects without migrating, checking the connection once.
    ///
    /// # Errors
    /// As [`PgStore::open`], less the migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(StoreError::backend)?;
        Self::connect_with(options).await
    }

    /// Connects with prepared options (tests use them to pick a schema through `search_path`).
    ///
    /// # Errors
    /// `Backend` when the server cannot be reached or refuses.
    pub async fn connect_with(options: PgConnectOptions) -> Result<Self, StoreError> {
        // Generic plans for the prepared statements each connection keeps: the pages' queries
        // are short index walks whose planning (about 1 ms each with custom plans, re-done on
        // every execution because `LIMIT $n` and `published_at <= $now` vary) cost more than
        // running them; bench/pages.sh measured uncached pages 1.5-2.2x faster this way.
        let options = options.options([("plan_cache_mode", "force_generic_plan")]);
        // One direct connection first: a pool that cannot connect only says it timed out,
        // while this says why (refused, unknown host, wrong user or database, TLS).
        let first = sqlx::ConnectOptions::connect(&options)
            .await
            .map_err(backend)?;
        sqlx::Connection::close(first).await.map_err(backend)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .min_connections(1)
            // A database that does not answer is a 503 within 3 s, not a page that hangs.
            .acquire_timeout(Duration::from_secs(3))
            .connect_with(options.clone())
            .await
            .map_err(backend)?;
        Ok(PgStore {
            pool,
            options,
            notices: Arc::default(),
        })
    }

    /// Applies the migrations this build knows that the database lacks; returns how many.
    ///
    /// # Errors
    /// `Backend` when a migration fails; it is rolled back whole and later ones are not tried.
    pub async fn migrate(&self) -> Result<usize, StoreError> {
        migrate::run(&self.pool).await
    }

    /// The migrations the database has applied, as `(version, name)` in order.
    ///
    /// # Errors
    /// `Backend` when the database cannot be read.
    pub async fn applied_migrations(&self) -> Result<Vec<(i64, String)>, StoreError> {
        migrate::applied(&self.pool).await
    }

    /// After a bulk write (an import's batch): `ANALYZE` when the articles table was never
    /// analysed or has grown by half since (`pg_class.reltuples`, -1 before the first
    /// ANALYZE since PostgreSQL 14); autovacuum keeps the statistics otherwise.
    pub(crate) async fn statistics_after_bulk_write(&self) -> Result<(), StoreError> {
        let (taken, now): (f32, i64) = sqlx::query_as(
            "SELECT c.reltuples, (SELECT COALESCE(MAX(id), 0) FROM articles) \
             FROM pg_class c WHERE c.oid = 'articles'::regclass",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        if taken < 0.0 || masthead_store::grown_by_half(taken as i64, now) {
            sqlx::query("ANALYZE")
                .execute(&self.pool)
                .await
                .map_err(backend)?;
        }
        Ok(())
    }

    /// Resolves on the next notice from another node (or a reconnection of the listener).
    pub(crate) async fn notices(&self) {
        self.listen();
        self.notices.notify.notified().await;
    }

    /// Starts the listener task once: it `LISTEN`s on [`CHANNEL`] and wakes waiters on each
    /// notice and after each reconnection (notices sent while it was away are lost, so the
    /// waiters must look at the log).
    fn listen(&self) {
        if self.notices.started.set(()).is_err() {
            return;
        }
        let options = self.options.clone();
        let notices = self.notices.clone();
        tokio::spawn(async move {
            // Logged when notices stop and when they resume, not at each retry.
            let mut down = false;
            loop {
                match PgListener::connect_with(&PgPool::connect_lazy_with(options.clone())).await {
                    Ok(mut listener) => {
                        if let Err(e) = listener.listen(CHANNEL).await {
                            if !down {
                                tracing::warn!(error = %e, "LISTEN failed; retrying");
                                down = true;
                            }
                        } else {
                            // The inner loop below only ends by losing the connection,
                            // which sets `down` again.
                            if down {
                                tracing::info!("change notices resumed");
                            }
                            notices.notify.notify_waiters();
                            loop {
                                match listener.try_recv().await {
                                    Ok(Some(_)) => notices.notify.notify_waiters(),
                                    // The connection was lost; the next call reconnects.
                                    Ok(None) => {
                                        tracing::info!("change notices reconnected");
                                        notices.notify.notify_waiters();
                                    }
                                    Err(e) => {
                                        tracing::warn!(error = %e, "change notices lost; reconnecting");
                                        down = true;
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    Err(e) if !down => {
                        tracing::warn!(error = %e, "cannot listen for changes; retrying");
                        down = true;
                    }
                    Err(_) => {}
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
    }
}

#[async_trait]
impl Store for PgStore {
    fn backend_name(&self) -> &'static str {
        "postgres"
    }

    fn pool_status(&self) -> Option<(u32, u32)> {
        let idle = u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX);
        Some((self.pool.size(), idle))
    }

    /// A session-level advisory lock on a connection of its own, taken out of the pool: the
    /// server releases it when that connection closes (the lock dropped, or the process
    /// gone).
    async fn import_lock(&self) -> Result<Option<ImportLock>, StoreError> {
        let mut conn = self.pool.acquire().await.map_err(backend)?.detach();
        // Keyed by the schema too: sites that share a server in schemas of their own import
        // side by side.
        let got: bool =
            sqlx::query_scalar("SELECT pg_try_advisory_lock($1, hashtext(current_schema()))")
                .bind(IMPORT_LOCK)
                .fetch_one(&mut conn)
                .await
                .map_err(backend)?;
        Ok(got.then(|| ImportLock::new(conn)))
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// Maps a driver error onto the port's error: unique and foreign-key violations become
/// conflicts and invalid references (named by their constraint), unreadable rows become
/// corrupt data, lost connections and pool timeouts become `Unavailable`, the rest keeps its
/// source.
pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(
            Conflict::Unique(db.constraint().unwrap_or("unique").to_owned()),
        ),
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
            StoreError::InvalidReference(db.message().to_owned())
        }
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => {
            StoreError::Corrupt(e.to_string())
        }
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Tls(_) => StoreError::Unavailable(Box::new(e)),
        // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 08xxx
        // connection exceptions (but 08P01, a protocol violation: our bug): the server is going
        // away or not there yet.
        sqlx::Error::Database(db)
            if db
                .code()
                .is_some_and(|c| c.starts_with("57P") || (c.starts_with("08") && c != "08P01")) =>
        {
            StoreError::Unavailable(Box::new(e))
        }
        _ => StoreError::backend(e),
    }
}

#[cfg(test)]
mod tests;
