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
        // Rank inside the window first (driven by the hour index), then fetch the few winners.
        let sql = concat!(
            "SELECT ",
            summary_columns!(),
            " FROM (SELECT v.article_id AS id, SUM(v.views) AS recent, MAX(w.published_at) AS published \
             FROM article_view_hours v JOIN articles w ON w.id = v.article_id \
             WHERE v.hour >= ? AND w.edition = ? AND w.status = 'published' AND w.published_at <= ? \
             GROUP BY v.article_id ORDER BY recent DESC, published DESC, v.article_id DESC LIMIT ?) r \
             JOIN articles a ON a.id = r.id JOIN sections s ON s.id = a.section_id \
             ORDER BY r.recent DESC, r.published DESC, a.id DESC"
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
