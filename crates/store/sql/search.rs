//! Search ports: published articles as the index keeps them (with their tags and byline, read
//! in two more queries per batch), and the counts of readers' searches.

use crate::Db;
use crate::rows::{col, lang, ts};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::Lang;
use masthead_store::{IndexableArticle, Result, SearchLog, SearchSource};
use sqlx::QueryBuilder;
use std::collections::HashMap;

const COLUMNS: &str = "SELECT a.id, a.edition, a.slug, a.title, a.lead, a.body_md, a.section_id, \
     s.slug AS section_slug, s.name AS section_name, a.published_at \
     FROM articles a JOIN sections s ON s.id = a.section_id \
     WHERE a.status = 'published' AND a.published_at <= ";

impl DbStore {
    async fn indexable_rows(&self, mut q: QueryBuilder<'_, Db>) -> Result<Vec<IndexableArticle>> {
        let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = col(r, "id")?;
            out.push(IndexableArticle {
                id,
                edition: lang(&col::<String>(r, "edition")?)?,
                slug: col(r, "slug")?,
                title: col(r, "title")?,
                lead: col(r, "lead")?,
                body_md: col(r, "body_md")?,
                section_id: col(r, "section_id")?,
                section_slug: col(r, "section_slug")?,
                section_name: col(r, "section_name")?,
                tags: Vec::new(),
                authors: Vec::new(),
                published_at: ts(col::<Option<i64>>(r, "published_at")?.unwrap_or(0))?,
            });
        }
        if out.is_empty() {
            return Ok(out);
        }
        let ids: Vec<i64> = out.iter().map(|a| a.id).collect();
        let mut tags: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
        let mut q = QueryBuilder::new(
            "SELECT x.article_id, t.id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id \
             WHERE x.article_id IN (",
        );
        push_ids(&mut q, &ids);
        q.push(") ORDER BY x.article_id, x.position");
        for r in q.build().fetch_all(&self.pool).await.map_err(backend)? {
            tags.entry(col(&r, "article_id")?)
                .or_default()
                .push((col(&r, "id")?, col(&r, "name")?));
        }
        let mut authors: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
        // The first author (articles.author_id), then the byline's others in order.
        let mut q = QueryBuilder::new(
            "SELECT a.id AS article_id, u.id, u.name, -1 AS position FROM articles a \
             JOIN authors u ON u.id = a.author_id WHERE a.id IN (",
        );
        push_ids(&mut q, &ids);
        q.push(
            ") UNION ALL SELECT x.article_id, u.id, u.name, x.position FROM article_authors x \
             JOIN authors u ON u.id = x.author_id WHERE x.article_id IN (",
        );
        push_ids(&mut q, &ids);
        q.push(") ORDER BY 1, 4");
        for r in q.build().fetch_all(&self.pool).await.map_err(backend)? {
            let article: i64 = col(&r, "article_id")?;
            let author: i64 = col(&r, "id")?;
            let list = authors.entry(article).or_default();
            if !list.iter().any(|(id, _)| *id == author) {
                list.push((author, col(&r, "name")?));
            }
        }
        for a in &mut out {
            a.tags = tags.remove(&a.id).unwrap_or_default();
            a.authors = authors.remove(&a.id).unwrap_or_default();
        }
        Ok(out)
    }
}

fn push_ids(q: &mut QueryBuilder<'_, Db>, ids: &[i64]) {
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
}

#[async_trait]
impl SearchSource for DbStore {
    async fn indexable(&self, ids: &[i64], now: Timestamp) -> Result<Vec<IndexableArticle>> {
        let mut out = Vec::new();
        // Bounded batches keep each statement under SQLite's parameter limit.
        for chunk in ids.chunks(300) {
            let mut q = QueryBuilder::new(COLUMNS);
            q.push_bind(now.as_second()).push(" AND a.id IN (");
            push_ids(&mut q, chunk);
            q.push(") ORDER BY a.id");
            out.extend(self.indexable_rows(q).await?);
        }
        Ok(out)
    }

    async fn indexable_after(
        &self,
        after: i64,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<IndexableArticle>> {
        let mut q = QueryBuilder::new(COLUMNS);
        q.push_bind(now.as_second())
            .push(" AND a.id > ")
            .push_bind(after)
            .push(" ORDER BY a.id LIMIT ")
            .push_bind(i64::from(limit.min(300)));
        self.indexable_rows(q).await
    }
}

#[async_trait]
impl SearchLog for DbStore {
    async fn record_searches(&self, day: i64, batch: &[(Lang, String, u64)]) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut tx = crate::write_tx(&self.pool).await?;
        for (edition, query, n) in batch {
            sqlx::query(
                "INSERT INTO search_queries (edition, day, query, searches) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (edition, day, query) \
                 DO UPDATE SET searches = search_queries.searches + excluded.searches",
            )
            .bind(edition.code())
            .bind(day)
            .bind(query)
            .bind(i64::try_from(*n).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn popular_searches(
        &self,
        edition: Lang,
        since_day: i64,
        min_count: u64,
        limit: u32,
    ) -> Result<Vec<(String, u64)>> {
        let rows = sqlx::query(
            "SELECT query, CAST(SUM(searches) AS BIGINT) AS n FROM search_queries \
             WHERE edition = $1 AND day >= $2 GROUP BY query HAVING SUM(searches) >= $3 \
             ORDER BY n DESC, query LIMIT $4",
        )
        .bind(edition.code())
        .bind(since_day)
        .bind(i64::try_from(min_count).unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let n: i64 = col(r, "n")?;
                Ok((col(r, "query")?, u64::try_from(n).unwrap_or(0)))
            })
            .collect()
    }
}
