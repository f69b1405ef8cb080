//! Site settings and ads.

use crate::rows::lang;
use crate::{SqliteStore, backend};
use async_trait::async_trait;
use masthead_core::{Ad, Lang};
use masthead_store::{AdRepo, Result, SettingsRepo};
use sqlx::Row;

#[async_trait]
impl SettingsRepo for SqliteStore {
    async fn settings(&self) -> Result<Vec<(String, String)>> {
        sqlx::query_as("SELECT key, value FROM settings ORDER BY key")
            .fetch_all(&self.pool)
            .await
            .map_err(backend)
    }

    async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(value)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl AdRepo for SqliteStore {
    async fn ads(&self, edition: Lang) -> Result<Vec<Ad>> {
        let rows = sqlx::query(
            "SELECT id, edition, slot, image_url, link_url, alt, width, height FROM ads \
             WHERE active = TRUE AND (edition IS NULL OR edition = ?) ORDER BY id",
        )
        .bind(edition.code())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let ed: Option<String> = r.try_get("edition").map_err(backend)?;
                Ok(Ad {
                    id: r.try_get("id").map_err(backend)?,
                    edition: ed.as_deref().map(lang).transpose()?,
                    slot: r.try_get("slot").map_err(backend)?,
                    image_url: r.try_get("image_url").map_err(backend)?,
                    link_url: r.try_get("link_url").map_err(backend)?,
                    alt: r.try_get("alt").map_err(backend)?,
                    width: r.try_get("width").map_err(backend)?,
                    height: r.try_get("height").map_err(backend)?,
                })
            })
            .collect()
    }
}
