//! Reading the whole site for `masthead export`: one snapshot transaction, read in pages by id,
//! each row handed to the sink as a record before the next page is read.

use crate::rows::{col, lang, status, ts};
use crate::{Db, DbRow, DbStore, backend};
use async_trait::async_trait;
use masthead_core::export::{
    AdRecord, ArticleRecord, CorrectionRecord, MediaRecord, PageRecord, Record, RedirectRecord,
    RevisionRecord, SettingsRecord, TranslatedFrom,
};
use masthead_core::{ArticleContent, Cover, Flags, NewAuthor, NewSection, NewTag, Seo, Source};
use masthead_store::{ExportSink, Restored, Result, SiteTransfer, StoreError};
use sqlx::Transaction;
use std::ops::ControlFlow;

/// Rows read per query: small rows (taxonomy, pages, redirects, media) …
const PAGE: i64 = 500;
/// … articles (a body may be 1 MiB) …
const ARTICLE_PAGE: i64 = 100;
/// … and history rows (each a whole text).
const REVISION_PAGE: i64 = 50;

/// Reads `sql` (which takes the last id read as `$1` and the page size as `$2`, and returns
/// rows ordered by an `id` column) page by page, handing each row to `f`. Stops early, with
/// `false`, when `f` breaks.
async fn paged<F>(tx: &mut Transaction<'_, Db>, sql: &'static str, mut f: F) -> Result<bool>
where
    F: FnMut(&DbRow) -> Result<ControlFlow<()>>,
{
    let mut after = 0i64;
    loop {
        let rows = sqlx::query(sql)
            .bind(after)
            .bind(PAGE)
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
        for row in &rows {
            after = col(row, "id")?;
            if f(row)?.is_break() {
                return Ok(false);
            }
        }
        if (rows.len() as i64) < PAGE {
            return Ok(true);
        }
    }
}

/// A JSON column of an article row, parsed (`Corrupt` naming it when it does not parse).
macro_rules! json {
    ($row:expr, $name:literal, $id:expr) => {
        serde_json::from_str(&col::<String>($row, $name)?)
            .map_err(|e| StoreError::Corrupt(format!(concat!($name, " of article {}: {}"), $id, e)))
    };
}

const ARTICLES: &str = concat!(
    "SELECT a.id, a.edition, a.slug, a.title, a.lead, a.body_md, s.slug AS section_slug, \
     au.slug AS author_slug, a.is_breaking, a.is_top, a.is_important, a.source_name, \
     a.source_url, a.cover_url, a.cover_alt, a.cover_caption, a.cover_credit, a.seo_title, \
     a.seo_description, a.status, a.published_at, a.created_at, a.updated_at, \
     a.translation_key, a.source_article_id, a.source_revision, a.source_key, a.revision, \
     a.content_revision, a.views, a.pending_revision_id, \
     (SELECT ",
    json_values!("t.slug"),
    " FROM (SELECT t.slug FROM article_tags k JOIN tags t ON t.id = k.tag_id \
      WHERE k.article_id = a.id ORDER BY k.position) t) AS tags, \
     (SELECT ",
    json_values!("x.slug"),
    " FROM (SELECT x.slug FROM article_authors k JOIN authors x ON x.id = k.author_id \
      WHERE k.article_id = a.id ORDER BY k.position) x) AS coauthors, \
     (SELECT ",
    json_values!("r.old_slug"),
    " FROM (SELECT r.old_slug FROM slug_redirects r WHERE r.article_id = a.id \
      ORDER BY r.old_slug) r) AS old_slugs, \
     (SELECT ",
    json_rows!("v.hour, v.views"),
    " FROM (SELECT v.hour, v.views FROM article_view_hours v WHERE v.article_id = a.id \
      ORDER BY v.hour) v) AS view_hours, \
     (SELECT ",
    json_rows!("c.kind, c.text, c.at"),
    " FROM (SELECT c.kind, c.text, c.at FROM corrections c WHERE c.article_id = a.id \
      ORDER BY c.at, c.id) c) AS corrections \
     FROM articles a JOIN sections s ON s.id = a.section_id \
     LEFT JOIN authors au ON au.id = a.author_id WHERE a.id > $1 ORDER BY a.id LIMIT $2"
);

/// An article row of [`ARTICLES`] as its record, and its pending edit's row id.
fn article(row: &DbRow) -> Result<(ArticleRecord, Option<i64>)> {
    let id: i64 = col(row, "id")?;
    let opt = |n: &str| col::<Option<String>>(row, n);
    let corrections: Vec<(String, String, i64)> = json!(row, "corrections", id)?;
    let corrections = corrections
        .into_iter()
        .map(|(kind, text, at)| {
            Ok(CorrectionRecord {
                kind: kind
                    .parse()
                    .map_err(|_| StoreError::Corrupt(format!("correction kind `{kind}`")))?,
                text,
                at: ts(at)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let translated_from = match (
        col::<Option<i64>>(row, "source_article_id")?,
        col::<Option<i64>>(row, "source_revision")?,
    ) {
        (Some(id), revision) => Some(TranslatedFrom {
            id,
            revision: revision.unwrap_or(0),
        }),
        (None, _) => None,
    };
    let record = ArticleRecord {
        id,
        edition: lang(col(row, "edition")?)?,
        slug: col(row, "slug")?,
        old_slugs: json!(row, "old_slugs", id)?,
        title: col(row, "title")?,
        lead: col(row, "lead")?,
        body: col(row, "body_md")?,
        body_html: String::new(),
        section: col(row, "section_slug")?,
        tags: json!(row, "tags", id)?,
        author: opt("author_slug")?,
        coauthors: json!(row, "coauthors", id)?,
        flags: Flags {
            breaking: col(row, "is_breaking")?,
            top: col(row, "is_top")?,
            important: col(row, "is_important")?,
        },
        source: match (opt("source_name")?, opt("source_url")?) {
            (Some(name), Some(url)) => Some(Source { name, url }),
            _ => None,
        },
        cover: match opt("cover_url")? {
            Some(url) => Some(Cover {
                url,
                alt: opt("cover_alt")?.unwrap_or_default(),
                caption: opt("cover_caption")?.unwrap_or_default(),
                credit: opt("cover_credit")?.unwrap_or_default(),
            }),
            None => None,
        },
        seo: Seo {
            title: col(row, "seo_title")?,
            description: col(row, "seo_description")?,
        },
        status: status(col(row, "status")?)?,
        published_at: col::<Option<i64>>(row, "published_at")?
            .map(ts)
            .transpose()?,
        created_at: ts(col(row, "created_at")?)?,
        updated_at: ts(col(row, "updated_at")?)?,
        translation_key: opt("translation_key")?,
        translated_from,
        source_key: opt("source_key")?,
        revision: col(row, "revision")?,
        content_revision: col(row, "content_revision")?,
        views: col(row, "views")?,
        view_hours: json!(row, "view_hours", id)?,
        corrections,
    };
    Ok((record, col(row, "pending_revision_id")?))
}

const REVISIONS: &str = "SELECT r.id, r.revision, r.kind, r.status, r.note, r.actor, \
     u.name AS user_name, r.at, r.content FROM article_revisions r \
     LEFT JOIN users u ON u.id = r.user_id \
     WHERE r.article_id = $3 AND r.id > $1 ORDER BY r.id LIMIT $2";

/// Hands article `id`'s history to `sink`, oldest first; `false` when the sink stopped.
async fn revisions(
    tx: &mut Transaction<'_, Db>,
    article: i64,
    pending: Option<i64>,
    sink: &mut ExportSink<'_>,
) -> Result<bool> {
    let mut after = 0i64;
    loop {
        let rows = sqlx::query(REVISIONS)
            .bind(after)
            .bind(REVISION_PAGE)
            .bind(article)
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
        for row in &rows {
            let id: i64 = col(row, "id")?;
            after = id;
            let kind: String = col(row, "kind")?;
            let content = col::<Option<String>>(row, "content")?
                .map(|raw| {
                    serde_json::from_str::<ArticleContent>(&raw)
                        .map_err(|e| StoreError::Corrupt(format!("content of revision {id}: {e}")))
                })
                .transpose()?;
            let record = RevisionRecord {
                article,
                revision: col(row, "revision")?,
                kind: kind
                    .parse()
                    .map_err(|_| StoreError::Corrupt(format!("revision kind `{kind}`")))?,
                status: status(col(row, "status")?)?,
                note: col(row, "note")?,
                by: col(row, "actor")?,
                by_name: col(row, "user_name")?,
                at: ts(col(row, "at")?)?,
                content,
                pending: pending == Some(id),
            };
            if sink(Record::Revision(Box::new(record))).is_break() {
                return Ok(false);
            }
        }
        if (rows.len() as i64) < REVISION_PAGE {
            return Ok(true);
        }
    }
}

/// Everything before the articles: settings, taxonomy, ads, media, pages, redirects.
async fn site_records(tx: &mut Transaction<'_, Db>, sink: &mut ExportSink<'_>) -> Result<bool> {
    let settings: Vec<(String, String)> =
        sqlx::query_as("SELECT key, value FROM settings ORDER BY key")
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
    let values = settings.into_iter().collect();
    if sink(Record::Settings(SettingsRecord { values })).is_break() {
        return Ok(false);
    }
    let go = paged(
        tx,
        "SELECT id, edition, slug, name, position FROM sections WHERE id > $1 ORDER BY id LIMIT $2",
        |r| {
            Ok(sink(Record::Section(NewSection {
                edition: lang(col(r, "edition")?)?,
                slug: col(r, "slug")?,
                name: col(r, "name")?,
                position: col(r, "position")?,
            })))
        },
    )
    .await?
        && paged(
            tx,
            "SELECT id, edition, slug, name FROM tags WHERE id > $1 ORDER BY id LIMIT $2",
            |r| {
                Ok(sink(Record::Tag(NewTag {
                    edition: lang(col(r, "edition")?)?,
                    slug: col(r, "slug")?,
                    name: col(r, "name")?,
                })))
            },
        )
        .await?
        && paged(
            tx,
            "SELECT id, edition, slug, name, bio FROM authors WHERE id > $1 ORDER BY id LIMIT $2",
            |r| {
                Ok(sink(Record::Author(NewAuthor {
                    edition: lang(col(r, "edition")?)?,
                    slug: col(r, "slug")?,
                    name: col(r, "name")?,
                    bio: col(r, "bio")?,
                })))
            },
        )
        .await?
        && paged(
            tx,
            "SELECT id, edition, slot, image_url, link_url, alt, width, height, html, active \
             FROM ads WHERE id > $1 ORDER BY id LIMIT $2",
            |r| {
                Ok(sink(Record::Ad(AdRecord {
                    edition: col::<Option<String>>(r, "edition")?
                        .as_deref()
                        .map(lang)
                        .transpose()?,
                    slot: col(r, "slot")?,
                    image_url: col(r, "image_url")?,
                    link_url: col(r, "link_url")?,
                    alt: col(r, "alt")?,
                    width: col(r, "width")?,
                    height: col(r, "height")?,
                    html: col(r, "html")?,
                    active: col(r, "active")?,
                })))
            },
        )
        .await?;
    if !go {
        return Ok(false);
    }
    let go = paged(
        tx,
        "SELECT id, stem, format, width, height, widths, bytes, alt, caption, credit, \
         original_name, uploaded_at, source_key FROM media WHERE id > $1 ORDER BY id LIMIT $2",
        |r| {
            let widths: String = col(r, "widths")?;
            let widths = widths
                .split(',')
                .map(str::parse::<u32>)
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| StoreError::Corrupt(format!("media widths `{widths}`: {e}")))?;
            Ok(sink(Record::Media(MediaRecord {
                stem: col(r, "stem")?,
                ext: col(r, "format")?,
                width: u32::try_from(col::<i64>(r, "width")?).unwrap_or(0),
                height: u32::try_from(col::<i64>(r, "height")?).unwrap_or(0),
                widths,
                bytes: col(r, "bytes")?,
                alt: col(r, "alt")?,
                caption: col(r, "caption")?,
                credit: col(r, "credit")?,
                original_name: col(r, "original_name")?,
                uploaded_at: ts(col(r, "uploaded_at")?)?,
                source_key: col(r, "source_key")?,
            })))
        },
    )
    .await?
        && paged(
            tx,
            "SELECT id, edition, slug, title, body_md, translation_key, in_footer, position, \
             source_key, created_at, updated_at FROM static_pages WHERE id > $1 \
             ORDER BY id LIMIT $2",
            |r| {
                Ok(sink(Record::Page(PageRecord {
                    id: col(r, "id")?,
                    edition: lang(col(r, "edition")?)?,
                    slug: col(r, "slug")?,
                    title: col(r, "title")?,
                    body: col(r, "body_md")?,
                    body_html: String::new(),
                    translation_key: col(r, "translation_key")?,
                    in_footer: col(r, "in_footer")?,
                    position: col(r, "position")?,
                    source_key: col(r, "source_key")?,
                    created_at: ts(col(r, "created_at")?)?,
                    updated_at: ts(col(r, "updated_at")?)?,
                })))
            },
        )
        .await?
        && paged(
            tx,
            "SELECT id, from_path, to_path, source_key, created_at FROM redirects \
             WHERE id > $1 ORDER BY id LIMIT $2",
            |r| {
                Ok(sink(Record::Redirect(RedirectRecord {
                    from_path: col(r, "from_path")?,
                    to_path: col(r, "to_path")?,
                    source_key: col(r, "source_key")?,
                    created_at: ts(col(r, "created_at")?)?,
                })))
            },
        )
        .await?;
    Ok(go)
}

#[async_trait]
impl SiteTransfer for DbStore {
    async fn export(&self, mut sink: ExportSink<'_>) -> Result<()> {
        let mut tx = self
            .pool
            .begin_with(begin_snapshot!())
            .await
            .map_err(backend)?;
        if !site_records(&mut tx, &mut sink).await? {
            return Ok(());
        }
        let mut after = 0i64;
        loop {
            let rows = sqlx::query(ARTICLES)
                .bind(after)
                .bind(ARTICLE_PAGE)
                .fetch_all(&mut *tx)
                .await
                .map_err(backend)?;
            let page: Vec<(ArticleRecord, Option<i64>)> =
                rows.iter().map(article).collect::<Result<_>>()?;
            let full = rows.len() as i64 == ARTICLE_PAGE;
            drop(rows);
            for (record, pending) in page {
                let id = record.id;
                after = id;
                if sink(Record::Article(Box::new(record))).is_break()
                    || !revisions(&mut tx, id, pending, &mut sink).await?
                {
                    return Ok(());
                }
            }
            if !full {
                break;
            }
        }
        tx.commit().await.map_err(backend)?;
        Ok(())
    }

    async fn restore(&self, actor: &masthead_core::Actor, records: &[Record]) -> Result<Restored> {
        crate::restore::restore(&self.pool, actor, records).await
    }
}
