//! Reading published articles: by slug, listings with filters, translations and related ones.

use crate::rows;
use crate::{SqliteStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{
    Article, ArticleFilter, ArticleSummary, ContentBundle, Lang, Tag, Translation,
};
use masthead_store::{ArticleRepo, Result};
use sqlx::{QueryBuilder, Row, Sqlite};

/// Appends the WHERE clause of a listing: published, due, and narrowed by `f`.
fn push_filter(q: &mut QueryBuilder<'_, Sqlite>, f: &ArticleFilter, now: Timestamp) {
    q.push(" WHERE a.status = 'published' AND a.published_at <= ")
        .push_bind(now.as_second());
    if let Some(ed) = f.edition {
        q.push(" AND a.edition = ").push_bind(ed.code());
    }
    if let Some(id) = f.section_id {
        q.push(" AND a.section_id = ").push_bind(id);
    }
    if let Some(id) = f.author_id {
        q.push(" AND a.author_id = ").push_bind(id);
    }
    if let Some(id) = f.tag_id {
        q.push(
            " AND EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id AND x.tag_id = ",
        )
        .push_bind(id)
        .push(")");
    }
    if let Some(from) = f.from {
        q.push(" AND a.published_at >= ")
            .push_bind(from.as_second());
    }
    if let Some(until) = f.until {
        q.push(" AND a.published_at < ")
            .push_bind(until.as_second());
    }
    if f.important {
        q.push(" AND a.is_important = TRUE");
    }
    if f.breaking {
        q.push(" AND a.is_breaking = TRUE");
    }
    if f.top {
        q.push(" AND a.is_top = TRUE");
    }
    if let Some(id) = f.exclude_id {
        q.push(" AND a.id <> ").push_bind(id);
    }
}

#[async_trait]
impl ArticleRepo for SqliteStore {
    async fn import(&self, bundle: &ContentBundle) -> Result<Vec<i64>> {
        let ids = crate::import::import(&self.pool, bundle).await?;
        if ids.len() >= 100 {
            self.refresh_statistics(true).await?;
        }
        Ok(ids)
    }

    async fn published_by_slug(
        &self,
        edition: Lang,
        slug: &str,
        now: Timestamp,
    ) -> Result<Option<Article>> {
        let sql = concat!(
            "SELECT ",
            article_columns!(),
            " FROM articles WHERE edition = ? AND slug = ? AND status = 'published' AND published_at <= ?"
        );
        let row = sqlx::query(sql)
            .bind(edition.code())
            .bind(slug)
            .bind(now.as_second())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(rows::article).transpose()
    }

    async fn redirect_slug(&self, edition: Lang, old_slug: &str) -> Result<Option<String>> {
        sqlx::query_scalar(
            "SELECT a.slug FROM slug_redirects r JOIN articles a ON a.id = r.article_id WHERE r.edition = ? AND r.old_slug = ?",
        )
        .bind(edition.code())
        .bind(old_slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)
    }

    async fn tags_of(&self, article_id: i64) -> Result<Vec<Tag>> {
        let rows = sqlx::query(
            "SELECT t.id, t.edition, t.slug, t.name FROM article_tags k JOIN tags t ON t.id = k.tag_id WHERE k.article_id = ? ORDER BY k.position",
        )
        .bind(article_id)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(crate::taxonomy::tag).collect()
    }

    async fn list(
        &self,
        filter: &ArticleFilter,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<ArticleSummary>> {
        // Page through ids alone (the indexes answer that without reading rows), then read the
        // page's rows: a deep page costs no more than the first.
        let mut q = QueryBuilder::new(concat!(
            "SELECT ",
            summary_columns!(),
            " FROM (SELECT a.id FROM articles a"
        ));
        push_filter(&mut q, filter, now);
        q.push(" ORDER BY a.published_at DESC, a.id DESC LIMIT ")
            .push_bind(i64::from(limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .push(
                ") p JOIN articles a ON a.id = p.id JOIN sections s ON s.id = a.section_id \
                 ORDER BY a.published_at DESC, a.id DESC",
            );
        let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        rows.iter().map(rows::summary).collect()
    }

    async fn count(&self, filter: &ArticleFilter, now: Timestamp) -> Result<u64> {
        let mut q = QueryBuilder::new("SELECT COUNT(*) FROM articles a");
        push_filter(&mut q, filter, now);
        let n: i64 = q
            .build()
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?
            .try_get(0)
            .map_err(backend)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn translations(
        &self,
        key: &str,
        exclude_id: i64,
        now: Timestamp,
    ) -> Result<Vec<Translation>> {
        let rows = sqlx::query(
            "SELECT edition, slug, title FROM articles WHERE translation_key = ? AND id <> ? AND status = 'published' AND published_at <= ? ORDER BY edition",
        )
        .bind(key)
        .bind(exclude_id)
        .bind(now.as_second())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                Ok(Translation {
                    edition: rows::lang(r.try_get("edition").map_err(backend)?)?,
                    slug: r.try_get("slug").map_err(backend)?,
                    title: r.try_get("title").map_err(backend)?,
                })
            })
            .collect()
    }

    async fn related(
        &self,
        article_id: i64,
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>> {
        let sql = concat!(
            "SELECT ",
            summary_columns!(),
            " FROM (SELECT o.article_id AS id, COUNT(*) AS shared FROM article_tags m \
             JOIN article_tags o ON o.tag_id = m.tag_id AND o.article_id <> m.article_id \
             WHERE m.article_id = ? GROUP BY o.article_id) r \
             JOIN articles a ON a.id = r.id JOIN sections s ON s.id = a.section_id \
             WHERE a.status = 'published' AND a.published_at <= ? \
             ORDER BY r.shared DESC, a.published_at DESC, a.id DESC LIMIT ?"
        );
        let rows = sqlx::query(sql)
            .bind(article_id)
            .bind(now.as_second())
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(rows::summary).collect()
    }

    async fn slug_taken(&self, edition: Lang, slug: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM articles WHERE edition = ? AND slug = ?) + \
             (SELECT COUNT(*) FROM slug_redirects WHERE edition = ? AND old_slug = ?)",
        )
        .bind(edition.code())
        .bind(slug)
        .bind(edition.code())
        .bind(slug)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        Ok(n > 0)
    }

    async fn is_published(&self, article_id: i64, now: Timestamp) -> Result<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM articles WHERE id = ? AND status = 'published' AND published_at <= ?",
        )
        .bind(article_id)
        .bind(now.as_second())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        Ok(found.is_some())
    }
}
