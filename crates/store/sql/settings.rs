//! Site settings and ads.

use crate::{DbStore, backend};
use async_trait::async_trait;
use masthead_core::{Actor, Ad, ChangeKind, Lang};
use masthead_store::{AdRepo, Result, SettingsRepo};

#[async_trait]
impl SettingsRepo for DbStore {
    async fn settings(&self) -> Result<Vec<(String, String)>> {
        sqlx::query_as("SELECT key, value FROM settings ORDER BY key")
            .fetch_all(&self.pool)
            .await
            .map_err(backend)
    }

    async fn set_settings(&self, actor: &Actor, pairs: &[(String, String)]) -> Result<i64> {
        let mut tx = crate::write_tx(&self.pool).await?;
        for (key, value) in pairs {
            sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .bind(key)
                .bind(value)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
        }
        let seq = crate::changes::append(&mut tx, actor, &ChangeKind::Settings).await?;
        tx.commit().await.map_err(backend)?;
        Ok(seq)
    }
}

#[async_trait]
impl AdRepo for DbStore {
    async fn ads(&self, edition: Lang) -> Result<Vec<Ad>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            ad_columns!(),
            " FROM ads WHERE active = TRUE AND (edition IS NULL OR edition = $1) ORDER BY id"
        ))
        .bind(edition.code())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(crate::ads::ad_of).collect()
    }
}
