//! Schema migrations: numbered SQL files applied in order, each in its own transaction, recorded
//! in `schema_migrations`. The PostgreSQL backend keeps the same numbers and names.

use crate::backend;
use masthead_store::StoreError;
use sqlx::SqlitePool;

/// `(version, name, sql)` of every migration, in order. Numbers only grow; a gap is a
/// migration being written on another branch.
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

pub(crate) async fn run(pool: &SqlitePool) -> Result<(), StoreError> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(pool)
    .await
    .map_err(backend)?;
    for (version, name, sql) in MIGRATIONS {
        let mut tx = crate::write_tx(pool).await?;
        let done: Option<i64> =
            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = ?")
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
        sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
            .bind(version)
            .bind(name)
            .bind(jiff::Timestamp::now().as_second())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        tracing::info!(version, name, "applied migration");
    }
    Ok(())
}
