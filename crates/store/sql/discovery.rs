//! Feeds', sitemaps' and the API's readers: months of articles, sitemap entries with their
//! translations, tags and authors in use.

use crate::DbRow;
use crate::rows::{col, lang, ts};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{Author, Lang, Tag};
use masthead_store::{DiscoveryReader, InUse, MonthCount, Result, SitemapArticle, StoreError};

/// Rows of a taxonomy item with its count `n` and newest `latest` publication.
fn in_use<T>(rows: &[DbRow], item: impl Fn(&DbRow) -> Result<T>) -> Result<Vec<InUse<T>>> {
    rows.iter()
        .map(|r| {
            let n: i64 = col(r, "n")?;
            Ok(InUse {
                item: item(r)?,
                articles: u64::try_from(n).unwrap_or(0),
                latest: ts(col(r, "latest")?)?,
            })
        })
        .collect()
}

#[async_trait]
impl DiscoveryReader for DbStore {
    async fn article_months(&self, edition: Lang, now: Timestamp) -> Result<Vec<MonthCount>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            utc_year!("published_at"),
            " AS y, ",
            utc_month!("published_at"),
            " AS m, COUNT(*) AS n, MAX(",
            greatest!("updated_at", "published_at"),
            ") AS lastmod FROM articles \
             WHERE edition = $1 AND status = 'published' AND published_at <= $2 \
             GROUP BY y, m ORDER BY y DESC, m DESC",
        ))
        .bind(edition.code())
        .bind(now.as_second())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let y: String = col(r, "y")?;
                let m: String = col(r, "m")?;
                let n: i64 = col(r, "n")?;
                let bad = |_| StoreError::Corrupt(format!("publication month {y}-{m}"));
                Ok(MonthCount {
                    year: y.parse().map_err(bad)?,
                    month: m.parse().map_err(bad)?,
                    articles: u64::try_from(n).unwrap_or(0),
                    lastmod: ts(col(r, "lastmod")?)?,
                })
            })
            .collect()
    }

    async fn sitemap_articles(
        &self,
        edition: Lang,
        from: Timestamp,
        until: Timestamp,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<SitemapArticle>> {
        let rows = sqlx::query(concat!(
            "SELECT a.id, a.slug, a.published_at, ",
            greatest!("a.updated_at", "a.published_at"),
            " AS updated_at, CASE WHEN a.translation_key IS NULL THEN '[]' ELSE (SELECT ",
            json_rows!("o.edition, o.slug"),
            " FROM (SELECT o.edition, o.slug FROM articles o",
            indexed_by!("articles_translation"),
            " WHERE o.translation_key = a.translation_key AND o.id <> a.id \
                AND o.status = 'published' AND o.published_at <= $3 ORDER BY o.edition) o) \
             END AS translations_json \
             FROM articles a WHERE a.edition = $1 AND a.status = 'published' \
             AND a.published_at >= $4 AND a.published_at < $5 AND a.published_at <= $3 \
             ORDER BY a.published_at, a.id LIMIT $6 OFFSET $2",
        ))
        .bind(edition.code())
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .bind(now.as_second())
        .bind(from.as_second())
        .bind(until.as_second())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let raw: String = col(r, "translations_json")?;
                let pairs: Vec<(String, String)> = serde_json::from_str(&raw)
                    .map_err(|e| StoreError::Corrupt(format!("translations: {e}")))?;
                Ok(SitemapArticle {
                    id: col(r, "id")?,
                    slug: col(r, "slug")?,
                    published_at: ts(col(r, "published_at")?)?,
                    updated_at: ts(col(r, "updated_at")?)?,
                    translations: pairs
                        .into_iter()
                        .map(|(e, s)| Ok((lang(&e)?, s)))
                        .collect::<Result<_>>()?,
                })
            })
            .collect()
    }

    async fn tags_in_use(&self, edition: Lang, now: Timestamp) -> Result<Vec<InUse<Tag>>> {
        let rows = sqlx::query(
            "SELECT t.id, t.edition, t.slug, t.name, COUNT(*) AS n, MAX(a.published_at) AS latest \
             FROM tags t JOIN article_tags x ON x.tag_id = t.id JOIN articles a ON a.id = x.article_id \
             WHERE t.edition = $1 AND a.status = 'published' AND a.published_at <= $2 \
             GROUP BY t.id ORDER BY t.name, t.id",
        )
        .bind(edition.code())
        .bind(now.as_second())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        in_use(&rows, crate::taxonomy::tag)
    }

    async fn authors_in_use(&self, edition: Lang, now: Timestamp) -> Result<Vec<InUse<Author>>> {
        let rows = sqlx::query(
            "SELECT u.id, u.edition, u.slug, u.name, u.bio, COUNT(*) AS n, \
             MAX(a.published_at) AS latest FROM authors u JOIN \
             (SELECT id AS article_id, author_id FROM articles WHERE author_id IS NOT NULL \
              UNION SELECT article_id, author_id FROM article_authors) b ON b.author_id = u.id \
             JOIN articles a ON a.id = b.article_id \
             WHERE u.edition = $1 AND a.status = 'published' AND a.published_at <= $2 \
             GROUP BY u.id ORDER BY u.name, u.id",
        )
        .bind(edition.code())
        .bind(now.as_second())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        in_use(&rows, crate::taxonomy::author)
    }
}
