//! Column lists and row mapping shared by the article queries. A column the backend cannot
//! read is corrupt data, never the caller's bad input.

use crate::Db;
use crate::DbRow;
use jiff::Timestamp;
use masthead_core::{Article, ArticleSummary, Cover, Flags, Lang, Source, Status};
use masthead_store::StoreError;
use sqlx::{Decode, Row, Type};

/// Columns of an article summary, as a macro so queries are built with `concat!`, never
/// `format!`. The query must read `articles a` joined by [`summary_joins!`]; [`summary`] reads
/// them by position, in this order.
macro_rules! summary_columns {
    () => {
        "a.id, a.edition, a.slug, a.title, a.lead, a.published_at, \
    s.slug AS section_slug, s.name AS section_name, k.slug AS kicker_slug, k.name AS kicker_name, \
    a.cover_url, a.cover_alt, a.is_breaking, a.is_top, a.is_important, a.views"
    };
}

/// The joins [`summary_columns!`] reads from.
macro_rules! summary_joins {
    () => {
        " JOIN sections s ON s.id = a.section_id LEFT JOIN tags k ON k.id = a.kicker_tag_id"
    };
}

macro_rules! article_columns {
    () => {
        "a.id, a.edition, a.revision, a.slug, a.title, a.lead, a.body_md, a.body_html, a.section_id, \
    a.author_id, a.status, a.published_at, a.updated_at, a.is_breaking, a.is_top, a.is_important, \
    a.source_name, a.source_url, a.cover_url, a.cover_alt, a.cover_caption, a.cover_credit, \
    a.translation_key, a.views, a.owner_id, a.seo_title, a.seo_description, a.content_revision, \
    a.pending_revision_id, a.source_article_id, a.source_revision"
    };
}

/// One column, or `Corrupt` naming it.
pub(crate) fn col<'r, T>(row: &'r DbRow, name: &str) -> Result<T, StoreError>
where
    T: Decode<'r, Db> + Type<Db>,
{
    row.try_get(name)
        .map_err(|e| StoreError::Corrupt(format!("column {name}: {e}")))
}

pub(crate) fn lang(raw: &str) -> Result<Lang, StoreError> {
    raw.parse()
        .map_err(|_| StoreError::Corrupt(format!("edition `{raw}` in the database")))
}

pub(crate) fn ts(secs: i64) -> Result<Timestamp, StoreError> {
    Timestamp::from_second(secs).map_err(|e| StoreError::Corrupt(format!("timestamp: {e}")))
}

pub(crate) fn status(raw: &str) -> Result<Status, StoreError> {
    raw.parse()
        .map_err(|_| StoreError::Corrupt(format!("status `{raw}` in the database")))
}

/// A column by position, or `Corrupt` naming it. Listings read many rows: positions spare a
/// search of the column names per value.
fn at<'r, T>(row: &'r DbRow, i: usize, name: &str) -> Result<T, StoreError>
where
    T: Decode<'r, Db> + Type<Db>,
{
    row.try_get(i)
        .map_err(|e| StoreError::Corrupt(format!("column {name}: {e}")))
}

/// A summary from a row whose [`summary_columns!`] start at column `first`.
pub(crate) fn summary(row: &DbRow, first: usize) -> Result<ArticleSummary, StoreError> {
    let c = |n: usize| first + n;
    Ok(ArticleSummary {
        id: at(row, c(0), "id")?,
        edition: lang(at(row, c(1), "edition")?)?,
        slug: at(row, c(2), "slug")?,
        title: at(row, c(3), "title")?,
        lead: at(row, c(4), "lead")?,
        published_at: ts(at::<Option<i64>>(row, c(5), "published_at")?.unwrap_or(0))?,
        section_slug: at(row, c(6), "section_slug")?,
        section_name: at(row, c(7), "section_name")?,
        kicker_slug: at(row, c(8), "kicker_slug")?,
        kicker_name: at(row, c(9), "kicker_name")?,
        cover_url: at(row, c(10), "cover_url")?,
        cover_alt: at(row, c(11), "cover_alt")?,
        flags: Flags {
            breaking: at(row, c(12), "is_breaking")?,
            top: at(row, c(13), "is_top")?,
            important: at(row, c(14), "is_important")?,
        },
        views: at(row, c(15), "views")?,
    })
}

fn flags(row: &DbRow) -> Result<Flags, StoreError> {
    Ok(Flags {
        breaking: col(row, "is_breaking")?,
        top: col(row, "is_top")?,
        important: col(row, "is_important")?,
    })
}

pub(crate) fn article(row: &DbRow) -> Result<Article, StoreError> {
    let get_opt = |name: &str| col::<Option<String>>(row, name);
    let source = match (get_opt("source_name")?, get_opt("source_url")?) {
        (Some(name), Some(url)) => Some(Source { name, url }),
        _ => None,
    };
    let cover = match get_opt("cover_url")? {
        Some(url) => Some(Cover {
            url,
            alt: get_opt("cover_alt")?.unwrap_or_default(),
            caption: get_opt("cover_caption")?.unwrap_or_default(),
            credit: get_opt("cover_credit")?.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(Article {
        id: col(row, "id")?,
        edition: lang(col(row, "edition")?)?,
        revision: col(row, "revision")?,
        slug: col(row, "slug")?,
        title: col(row, "title")?,
        lead: col(row, "lead")?,
        body_md: col(row, "body_md")?,
        body_html: col(row, "body_html")?,
        section_id: col(row, "section_id")?,
        author_id: col(row, "author_id")?,
        status: status(col(row, "status")?)?,
        published_at: col::<Option<i64>>(row, "published_at")?
            .map(ts)
            .transpose()?,
        updated_at: ts(col(row, "updated_at")?)?,
        flags: flags(row)?,
        source,
        cover,
        translation_key: get_opt("translation_key")?,
        views: col(row, "views")?,
        owner_id: col(row, "owner_id")?,
        seo: masthead_core::Seo {
            title: col(row, "seo_title")?,
            description: col(row, "seo_description")?,
        },
        content_revision: col(row, "content_revision")?,
        pending_revision_id: col(row, "pending_revision_id")?,
        source_article_id: col(row, "source_article_id")?,
        source_revision: col(row, "source_revision")?,
    })
}

/// An article's corrections from the JSON array `[[id, kind, text, at], …]` the page query
/// builds.
pub(crate) fn corrections_from_json(
    article_id: i64,
    raw: &str,
) -> Result<Vec<masthead_core::newsroom::Correction>, StoreError> {
    let v: Vec<(i64, String, String, i64)> = serde_json::from_str(raw)
        .map_err(|e| StoreError::Corrupt(format!("corrections of an article: {e}")))?;
    v.into_iter()
        .map(|(id, kind, text, at)| {
            Ok(masthead_core::newsroom::Correction {
                id,
                article_id,
                kind: kind
                    .parse()
                    .map_err(|_| StoreError::Corrupt(format!("correction kind `{kind}`")))?,
                text,
                at: ts(at)?,
            })
        })
        .collect()
}
