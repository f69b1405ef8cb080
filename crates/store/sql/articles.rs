//! Reading articles: a page's article with its section, author and tags in one query; listings
//! with filters (several in one round trip); translations and related ones.

use crate::Db;
use crate::rows::{self, col, lang};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{
    Article, ArticleFilter, ArticleSummary, Author, Lang, Section, Tag, Translation,
};
use masthead_store::{ArticleReader, ArticleRecord, ListQuery, Result, StoreError};
use sqlx::{QueryBuilder, Row};

/// Appends the WHERE clause of a listing: published, due, and narrowed by `f`.
fn push_filter(q: &mut QueryBuilder<'_, Db>, f: &ArticleFilter, now: Timestamp) {
    q.push(" WHERE a.status = 'published' AND a.published_at <= ")
        .push_bind(now.as_second());
    if let Some(ed) = f.edition {
        q.push(" AND a.edition = ").push_bind(ed.code());
    }
    if let Some(id) = f.section_id {
        q.push(" AND a.section_id = ").push_bind(id);
    }
    if let Some(id) = f.author_id {
        // The first author, or one of the byline's others.
        q.push(" AND (a.author_id = ")
            .push_bind(id)
            .push(" OR a.id IN (SELECT article_id FROM article_authors WHERE author_id = ")
            .push_bind(id)
            .push("))");
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
    if let Some((t, id)) = f.before {
        q.push(" AND (a.published_at < ")
            .push_bind(t.as_second())
            .push(" OR (a.published_at = ")
            .push_bind(t.as_second())
            .push(" AND a.id < ")
            .push_bind(id)
            .push("))");
    }
}

/// `SELECT {n} AS q, a.id, … FROM articles a WHERE … ORDER BY … LIMIT … OFFSET …`: one
/// listing's page of ids, found through the indexes alone. `shared` orders related articles
/// (how many tags they share); it is 0 for other listings.
fn push_page(q: &mut QueryBuilder<'_, Db>, n: i64, lq: &ListQuery, now: Timestamp) {
    q.push("SELECT q, id, shared FROM (SELECT ").push_bind(n);
    match lq.filter.related_to {
        Some(id) => {
            q.push(
                " AS q, a.id, r.shared, a.published_at FROM (SELECT o.article_id AS id, COUNT(*) AS shared \
                 FROM article_tags m JOIN article_tags o ON o.tag_id = m.tag_id \
                 AND o.article_id <> m.article_id WHERE m.article_id = ",
            )
            .push_bind(id)
            .push(" GROUP BY o.article_id) r JOIN articles a ON a.id = r.id");
            push_filter(q, &lq.filter, now);
            q.push(" ORDER BY r.shared DESC, a.published_at DESC, a.id DESC");
        }
        None => {
            q.push(" AS q, a.id, CAST(0 AS BIGINT) AS shared, a.published_at FROM articles a");
            push_filter(q, &lq.filter, now);
            q.push(" ORDER BY a.published_at DESC, a.id DESC");
        }
    }
    q.push(" LIMIT ")
        .push_bind(i64::from(lq.limit))
        .push(" OFFSET ")
        .push_bind(i64::try_from(lq.offset).unwrap_or(i64::MAX))
        .push(") page");
}

/// The `[[id, slug, name], …]` JSON of an article's tags.
fn tags_from_json(raw: &str, edition: Lang) -> Result<Vec<Tag>> {
    let v: Vec<(i64, String, String)> = serde_json::from_str(raw)
        .map_err(|e| StoreError::Corrupt(format!("tags of an article: {e}")))?;
    Ok(v.into_iter()
        .map(|(id, slug, name)| Tag {
            id,
            edition,
            slug,
            name,
        })
        .collect())
}

/// The `[[id, edition, slug, title], …]` JSON of an article's translations.
fn translations_from_json(raw: &str) -> Result<Vec<Translation>> {
    let v: Vec<(i64, String, String, String)> = serde_json::from_str(raw)
        .map_err(|e| StoreError::Corrupt(format!("translations of an article: {e}")))?;
    v.into_iter()
        .map(|(id, edition, slug, title)| {
            Ok(Translation {
                id,
                edition: lang(&edition)?,
                slug,
                title,
            })
        })
        .collect()
}

#[async_trait]
impl ArticleReader for DbStore {
    async fn article_page(
        &self,
        edition: Lang,
        slug: &str,
        now: Timestamp,
    ) -> Result<Option<ArticleRecord>> {
        let sql = concat!(
            "SELECT ",
            article_columns!(),
            ", s.slug AS s_slug, s.name AS s_name, s.position AS s_position, \
             au.slug AS au_slug, au.name AS au_name, au.bio AS au_bio, \
             (SELECT ",
            json_rows!("t.id, t.slug, t.name"),
            " FROM \
               (SELECT t.id, t.slug, t.name FROM article_tags k JOIN tags t ON t.id = k.tag_id \
                WHERE k.article_id = a.id ORDER BY k.position) t) AS tags_json, \
             CASE WHEN a.translation_key IS NULL THEN '[]' ELSE \
             (SELECT ",
            json_rows!("o.id, o.edition, o.slug, o.title"),
            " FROM \
               (SELECT o.id, o.edition, o.slug, o.title FROM articles o",
            indexed_by!("articles_translation"),
            " \
                WHERE o.translation_key = a.translation_key AND o.id <> a.id \
                AND o.status = 'published' AND o.published_at <= $3 ORDER BY o.edition) o) \
             END AS translations_json, \
             (SELECT ",
            json_rows!("x.id, x.slug, x.name, x.bio"),
            " FROM \
               (SELECT x.id, x.slug, x.name, x.bio FROM article_authors k JOIN authors x \
                ON x.id = k.author_id WHERE k.article_id = a.id ORDER BY k.position) x) AS coauthors_json, \
             (SELECT ",
            json_rows!("c.id, c.kind, c.text, c.at"),
            " FROM \
               (SELECT c.id, c.kind, c.text, c.at FROM corrections c WHERE c.article_id = a.id \
                ORDER BY c.at, c.id) c) AS corrections_json \
             FROM articles a JOIN sections s ON s.id = a.section_id \
             LEFT JOIN authors au ON au.id = a.author_id \
             WHERE a.edition = $1 AND a.slug = $2 AND a.status = 'published' AND a.published_at <= $3"
        );
        let Some(row) = sqlx::query(sql)
            .bind(edition.code())
            .bind(slug)
            .bind(now.as_second())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let article = rows::article(&row)?;
        let section = Section {
            id: article.section_id,
            edition,
            slug: col(&row, "s_slug")?,
            name: col(&row, "s_name")?,
            position: col(&row, "s_position")?,
        };
        let author = match article.author_id {
            Some(id) => Some(Author {
                id,
                edition,
                slug: col(&row, "au_slug")?,
                name: col(&row, "au_name")?,
                bio: col(&row, "au_bio")?,
            }),
            None => None,
        };
        let tags = tags_from_json(&col::<String>(&row, "tags_json")?, edition)?;
        let translations = translations_from_json(&col::<String>(&row, "translations_json")?)?;
        let corrections =
            rows::corrections_from_json(article.id, &col::<String>(&row, "corrections_json")?)?;
        let coauthors: Vec<(i64, String, String, String)> =
            serde_json::from_str(&col::<String>(&row, "coauthors_json")?)
                .map_err(|e| StoreError::Corrupt(format!("byline of an article: {e}")))?;
        let coauthors = coauthors
            .into_iter()
            .map(|(id, slug, name, bio)| Author {
                id,
                edition,
                slug,
                name,
                bio,
            })
            .collect();
        Ok(Some(ArticleRecord {
            article,
            section,
            author,
            tags,
            translations,
            corrections,
            coauthors,
        }))
    }

    async fn article(&self, id: i64) -> Result<Option<Article>> {
        let sql = concat!(
            "SELECT ",
            article_columns!(),
            " FROM articles a WHERE a.id = $1"
        );
        let row = sqlx::query(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(rows::article).transpose()
    }

    async fn redirect_slug(&self, edition: Lang, old_slug: &str) -> Result<Option<String>> {
        sqlx::query_scalar(
            "SELECT a.slug FROM slug_redirects r JOIN articles a ON a.id = r.article_id WHERE r.edition = $1 AND r.old_slug = $2",
        )
        .bind(edition.code())
        .bind(old_slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)
    }

    async fn list(
        &self,
        filter: &ArticleFilter,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<ArticleSummary>> {
        let q = ListQuery {
            filter: filter.clone(),
            limit,
            offset,
        };
        Ok(self
            .list_many(std::slice::from_ref(&q), now)
            .await?
            .pop()
            .unwrap_or_default())
    }

    async fn list_many(
        &self,
        queries: &[ListQuery],
        now: Timestamp,
    ) -> Result<Vec<Vec<ArticleSummary>>> {
        if queries.is_empty() {
            return Ok(Vec::new());
        }
        // Page through ids alone (the indexes answer that without reading rows), then read the
        // pages' rows: a deep page costs no more than the first.
        let mut q = QueryBuilder::new(concat!("SELECT p.q AS q, ", summary_columns!(), " FROM ("));
        for (n, lq) in queries.iter().enumerate() {
            if n > 0 {
                q.push(" UNION ALL ");
            }
            push_page(&mut q, n as i64, lq, now);
        }
        q.push(concat!(
            ") p JOIN articles a ON a.id = p.id",
            summary_joins!(),
            " ORDER BY p.q, p.shared DESC, a.published_at DESC, a.id DESC"
        ));
        let found = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        let mut out: Vec<Vec<ArticleSummary>> = vec![Vec::new(); queries.len()];
        for row in &found {
            let n: i64 = col(row, "q")?;
            if let Some(list) = usize::try_from(n).ok().and_then(|n| out.get_mut(n)) {
                list.push(rows::summary(row, 1)?);
            }
        }
        Ok(out)
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

    async fn slug_taken(&self, edition: Lang, slug: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM articles WHERE edition = $1 AND slug = $2) + \
             (SELECT COUNT(*) FROM slug_redirects WHERE edition = $3 AND old_slug = $4)",
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
            "SELECT id FROM articles WHERE id = $1 AND status = 'published' AND published_at <= $2",
        )
        .bind(article_id)
        .bind(now.as_second())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        Ok(found.is_some())
    }

    async fn existing_source_keys(&self, edition: Lang, keys: &[String]) -> Result<Vec<String>> {
        let mut found = Vec::new();
        // Bounded batches keep each statement under SQLite's parameter limit.
        for chunk in keys.chunks(500) {
            let mut q = QueryBuilder::new("SELECT source_key FROM articles WHERE edition = ");
            q.push_bind(edition.code()).push(" AND source_key IN (");
            let mut sep = q.separated(", ");
            for k in chunk {
                sep.push_bind(k.as_str());
            }
            q.push(")");
            let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
            for r in &rows {
                found.push(col::<String>(r, "source_key")?);
            }
        }
        Ok(found)
    }

    async fn slugs_held(
        &self,
        edition: Lang,
        slugs: &[String],
    ) -> Result<Vec<(String, Option<String>)>> {
        let mut found = Vec::new();
        for chunk in slugs.chunks(500) {
            for head in [
                "SELECT slug AS held, source_key FROM articles WHERE edition = ",
                "SELECT r.old_slug AS held, a.source_key FROM slug_redirects r \
                 JOIN articles a ON a.id = r.article_id WHERE r.edition = ",
            ] {
                let column = if head.contains("r.old_slug") {
                    " AND r.old_slug IN ("
                } else {
                    " AND slug IN ("
                };
                let mut q = QueryBuilder::new(head);
                q.push_bind(edition.code()).push(column);
                let mut sep = q.separated(", ");
                for s in chunk {
                    sep.push_bind(s.as_str());
                }
                q.push(")");
                let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
                for r in &rows {
                    found.push((col(r, "held")?, col(r, "source_key")?));
                }
            }
        }
        Ok(found)
    }

    async fn import_fingerprints(
        &self,
        edition: Lang,
        keys: &[String],
    ) -> Result<Vec<(String, String)>> {
        let mut found = Vec::new();
        for chunk in keys.chunks(500) {
            let mut q = QueryBuilder::new(
                "SELECT source_key, fingerprint FROM import_ledger WHERE edition = ",
            );
            q.push_bind(edition.code()).push(" AND source_key IN (");
            let mut sep = q.separated(", ");
            for k in chunk {
                sep.push_bind(k.as_str());
            }
            q.push(")");
            let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
            for r in &rows {
                found.push((col(r, "source_key")?, col(r, "fingerprint")?));
            }
        }
        Ok(found)
    }
}
