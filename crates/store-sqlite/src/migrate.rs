//! Schema migrations: numbered SQL files applied in order, each in its own transaction, recorded
//! in `schema_migrations`. The PostgreSQL backend keeps the same numbers and names.

use crate::backend;
use masthead_store::StoreError;
use sqlx::SqlitePool;

pub use crate::schema::MIGRATIONS;

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
