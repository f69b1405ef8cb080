//! View counts: batched additions and the most-read ranking.

use crate::rows;
use crate::{SqliteStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{ArticleSummary, Lang};
use masthead_store::{Result, ViewRepo, hour_bucket};

#[async_trait]
impl ViewRepo for SqliteStore {
    async fn add_views(&self, batch: &[(i64, i64, u64)]) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await.map_err(backend)?;
        for &(article_id, hour, n) in batch {
            let n = i64::try_from(n).unwrap_or(i64::MAX);
            let hit = sqlx::query("UPDATE articles SET views = views + ? WHERE id = ?")
                .bind(n)
                .bind(article_id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
            // An article deleted since the view was counted has nothing left to count it on.
            if hit.rows_affected() == 0 {
                continue;
            }
            sqlx::query(
                "INSERT INTO article_view_hours (article_id, hour, views) VALUES (?, ?, ?) \
                 ON CONFLICT (article_id, hour) DO UPDATE SET views = article_view_hours.views + excluded.views",
            )
            .bind(article_id)
            .bind(hour)
            .bind(n)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn most_read(
        &self,
        edition: Lang,
        since: Timestamp,
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>> {
        let sql = concat!(
            "SELECT ",
            summary_columns!(),
            " FROM (SELECT article_id, SUM(views) AS recent FROM article_view_hours WHERE hour >= ? GROUP BY article_id) v \
             JOIN articles a ON a.id = v.article_id JOIN sections s ON s.id = a.section_id \
             WHERE a.edition = ? AND a.status = 'published' AND a.published_at <= ? \
             ORDER BY v.recent DESC, a.published_at DESC, a.id DESC LIMIT ?"
        );
        let rows = sqlx::query(sql)
            .bind(hour_bucket(since))
            .bind(edition.code())
            .bind(now.as_second())
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(rows::summary).collect()
    }

    async fn views_of(&self, article_id: i64) -> Result<i64> {
        let v: Option<i64> = sqlx::query_scalar("SELECT views FROM articles WHERE id = ?")
            .bind(article_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        Ok(v.unwrap_or(0))
    }
}
