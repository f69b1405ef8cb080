//! Schema migrations: numbered SQL files applied in order, each in its own transaction, recorded
//! in `schema_migrations`, with the same numbers and names as the SQLite backend's (a test
//! compares them). Migrations are expand/contract: a migration only adds (tables, nullable or
//! defaulted columns, indexes), so nodes still on the previous build keep working while the
//! others are upgraded; dropping what the old build used waits for a later release.

use crate::{MIGRATE_LOCK, backend};
use masthead_store::StoreError;
use sqlx::PgPool;

/// `(version, name, sql)` of every migration, in order.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "init", include_str!("../migrations/0001_init.sql")),
    (
        2,
        "write_model",
        include_str!("../migrations/0002_write_model.sql"),
    ),
    (3, "staff", include_str!("../migrations/0003_staff.sql")),
    (
        4,
        "newsroom",
        include_str!("../migrations/0004_newsroom.sql"),
    ),
    (
        5,
        "settings_ads",
        include_str!("../migrations/0005_settings_ads.sql"),
    ),
    (6, "search", include_str!("../migrations/0006_search.sql")),
    (
        7,
        "api_tokens",
        include_str!("../migrations/0007_api_tokens.sql"),
    ),
    (
        8,
        "login_failures",
        include_str!("../migrations/0008_login_failures.sql"),
    ),
];

/// Applies what is missing under [`MIGRATE_LOCK`], so that nodes started at once take turns.
pub(crate) async fn run(pool: &PgPool) -> Result<usize, StoreError> {
    let mut conn = pool.acquire().await.map_err(backend)?;
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(MIGRATE_LOCK)
        .execute(&mut *conn)
        .await
        .map_err(backend)?;
    let result = apply(&mut conn).await;
    let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(MIGRATE_LOCK)
        .execute(&mut *conn)
        .await
        .map_err(backend);
    let n = result?;
    unlocked?;
    Ok(n)
}

async fn apply(conn: &mut sqlx::PgConnection) -> Result<usize, StoreError> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *conn)
    .await
    .map_err(backend)?;
    let mut applied = 0;
    for (version, name, sql) in MIGRATIONS {
        let mut tx = sqlx::Connection::begin(&mut *conn).await.map_err(backend)?;
        let done: Option<i64> =
            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
        if done.is_some() {
            continue;
        }
        sqlx::raw_sql(sql)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(version)
        .bind(name)
        .bind(jiff::Timestamp::now().as_second())
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        applied += 1;
        tracing::info!(version, name, "applied migration");
    }
    Ok(applied)
}

/// `(version, name)` of the applied migrations, in order; empty on a new database.
pub(crate) async fn applied(pool: &PgPool) -> Result<Vec<(i64, String)>, StoreError> {
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('schema_migrations') IS NOT NULL")
        .fetch_one(pool)
        .await
        .map_err(backend)?;
    if !exists {
        return Ok(Vec::new());
    }
    sqlx::query_as("SELECT version, name FROM schema_migrations ORDER BY version")
        .fetch_all(pool)
        .await
        .map_err(backend)
}
