//! Column lists and row mapping shared by the article queries.

use crate::backend;
use jiff::Timestamp;
use masthead_core::{Article, ArticleSummary, Cover, Flags, Lang, Source, Status};
use masthead_store::StoreError;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

/// The query must join `sections s` to `articles a`.
/// Columns of an article summary, as a macro so queries are built with `concat!`, never `format!`.
macro_rules! summary_columns {
    () => {
        "a.id, a.edition, a.slug, a.title, a.lead, a.published_at, \
    s.slug AS section_slug, s.name AS section_name, \
    (SELECT t.slug FROM article_tags k JOIN tags t ON t.id = k.tag_id WHERE k.article_id = a.id ORDER BY k.position LIMIT 1) AS kicker_slug, \
    (SELECT t.name FROM article_tags k JOIN tags t ON t.id = k.tag_id WHERE k.article_id = a.id ORDER BY k.position LIMIT 1) AS kicker_name, \
    a.cover_url, a.cover_alt, a.is_breaking, a.is_top, a.is_important, a.views"
    };
}

macro_rules! article_columns {
    () => {
        "id, edition, slug, title, lead, body_md, body_html, section_id, author_id, \
    status, published_at, updated_at, is_breaking, is_top, is_important, source_name, source_url, \
    cover_url, cover_alt, cover_caption, cover_credit, translation_key, views"
    };
}

pub(crate) fn lang(raw: &str) -> Result<Lang, StoreError> {
    raw.parse()
        .map_err(|_| StoreError::Invalid(format!("edition {raw} in database")))
}

pub(crate) fn ts(secs: i64) -> Result<Timestamp, StoreError> {
    Timestamp::from_second(secs).map_err(|e| StoreError::Invalid(e.to_string()))
}

pub(crate) fn summary(row: &SqliteRow) -> Result<ArticleSummary, StoreError> {
    Ok(ArticleSummary {
        id: row.try_get("id").map_err(backend)?,
        edition: lang(row.try_get("edition").map_err(backend)?)?,
        slug: row.try_get("slug").map_err(backend)?,
        title: row.try_get("title").map_err(backend)?,
        lead: row.try_get("lead").map_err(backend)?,
        published_at: ts(row
            .try_get::<Option<i64>, _>("published_at")
            .map_err(backend)?
            .unwrap_or(0))?,
        section_slug: row.try_get("section_slug").map_err(backend)?,
        section_name: row.try_get("section_name").map_err(backend)?,
        kicker_slug: row.try_get("kicker_slug").map_err(backend)?,
        kicker_name: row.try_get("kicker_name").map_err(backend)?,
        cover_url: row.try_get("cover_url").map_err(backend)?,
        cover_alt: row.try_get("cover_alt").map_err(backend)?,
        flags: flags(row)?,
        views: row.try_get("views").map_err(backend)?,
    })
}

fn flags(row: &SqliteRow) -> Result<Flags, StoreError> {
    Ok(Flags {
        breaking: row.try_get("is_breaking").map_err(backend)?,
        top: row.try_get("is_top").map_err(backend)?,
        important: row.try_get("is_important").map_err(backend)?,
    })
}

pub(crate) fn article(row: &SqliteRow) -> Result<Article, StoreError> {
    let get_opt = |col: &str| row.try_get::<Option<String>, _>(col).map_err(backend);
    let source = match (get_opt("source_name")?, get_opt("source_url")?) {
        (Some(name), Some(url)) => Some(Source { name, url }),
        _ => None,
    };
    let cover = get_opt("cover_url")?.map(|url| -> Result<Cover, StoreError> {
        Ok(Cover {
            url,
            alt: get_opt("cover_alt")?.unwrap_or_default(),
            caption: get_opt("cover_caption")?.unwrap_or_default(),
            credit: get_opt("cover_credit")?.unwrap_or_default(),
        })
    });
    let status: String = row.try_get("status").map_err(backend)?;
    Ok(Article {
        id: row.try_get("id").map_err(backend)?,
        edition: lang(row.try_get("edition").map_err(backend)?)?,
        slug: row.try_get("slug").map_err(backend)?,
        title: row.try_get("title").map_err(backend)?,
        lead: row.try_get("lead").map_err(backend)?,
        body_md: row.try_get("body_md").map_err(backend)?,
        body_html: row.try_get("body_html").map_err(backend)?,
        section_id: row.try_get("section_id").map_err(backend)?,
        author_id: row.try_get("author_id").map_err(backend)?,
        status: status
            .parse::<Status>()
            .map_err(|e| StoreError::Invalid(e.to_string()))?,
        published_at: row
            .try_get::<Option<i64>, _>("published_at")
            .map_err(backend)?
            .map(ts)
            .transpose()?,
        updated_at: ts(row.try_get("updated_at").map_err(backend)?)?,
        flags: flags(row)?,
        source,
        cover: cover.transpose()?,
        translation_key: get_opt("translation_key")?,
        views: row.try_get("views").map_err(backend)?,
    })
}
