//! View counts: batched additions and the most-read ranking.

use crate::rows::{self, col};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{ArticleSummary, Lang};
use masthead_store::{Result, ViewRepo, hour_bucket};
use sqlx::QueryBuilder;

#[async_trait]
impl ViewRepo for DbStore {
    async fn add_views(&self, batch: &[(i64, i64, u64)]) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut tx = crate::write_tx(&self.pool).await?;
        for &(article_id, hour, n) in batch {
            let n = i64::try_from(n).unwrap_or(i64::MAX);
            let hit = sqlx::query("UPDATE articles SET views = views + $1 WHERE id = $2")
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
                "INSERT INTO article_view_hours (article_id, hour, views) VALUES ($1, $2, $3) \
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
        since: &[Timestamp],
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<Vec<ArticleSummary>>> {
        if since.is_empty() {
            return Ok(Vec::new());
        }
        // Rank inside each window first, then fetch the winners. The window's rows are found
        // through the hour index and only then joined to their articles (on SQLite, CROSS JOIN fixes
        // the order): walking the edition's articles instead costs a probe per article, thousands
        // of them, however few were read.
        let mut q = QueryBuilder::new(concat!(
            "SELECT r.w AS w, ",
            summary_columns!(),
            ", r.recent AS recent FROM ("
        ));
        for (n, from) in since.iter().enumerate() {
            if n > 0 {
                q.push(" UNION ALL ");
            }
            q.push("SELECT * FROM (SELECT ")
                .push_bind(n as i64)
                .push(
                    concat!(
                        " AS w, v.article_id AS id, CAST(SUM(v.views) AS BIGINT) AS recent, \
                         MAX(x.published_at) AS published FROM article_view_hours v",
                        indexed_by!("article_view_hours_hour"),
                        " ",
                        cross_join!(),
                        " articles x ON x.id = v.article_id WHERE v.hour >= "
                    ),
                )
                .push_bind(hour_bucket(*from))
                .push(" AND x.edition = ")
                .push_bind(edition.code())
                .push(" AND x.status = 'published' AND x.published_at <= ")
                .push_bind(now.as_second())
                .push(" GROUP BY v.article_id ORDER BY recent DESC, published DESC, v.article_id DESC LIMIT ")
                .push_bind(i64::from(limit))
                .push(") ranked");
        }
        q.push(concat!(
            ") r JOIN articles a ON a.id = r.id",
            summary_joins!(),
            " ORDER BY r.w, r.recent DESC, r.published DESC, a.id DESC"
        ));
        let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        let mut out = vec![Vec::new(); since.len()];
        for row in &rows {
            let w: i64 = col(row, "w")?;
            if let Some(list) = usize::try_from(w).ok().and_then(|w| out.get_mut(w)) {
                // Views in the window, not of all time: what the ranking is by.
                let mut s = rows::summary(row, 1)?;
                s.views = col(row, "recent")?;
                list.push(s);
            }
        }
        Ok(out)
    }

    async fn views_of(&self, article_id: i64) -> Result<i64> {
        let v: Option<i64> = sqlx::query_scalar("SELECT views FROM articles WHERE id = $1")
            .bind(article_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        Ok(v.unwrap_or(0))
    }
}
