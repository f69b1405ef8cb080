//! Revision rows: every save of an article kept whole (SPEC N4), written inside the save's
//! transaction, and the article's live content read back as the editor edits it.

use crate::DbRow;
use crate::backend;
use crate::facts::Facts;
use crate::rows::{col, status, ts};
use crate::{Db, DbConnection};
use jiff::Timestamp;
use masthead_core::newsroom::{Revision, RevisionInfo, RevisionKind};
use masthead_core::{Actor, ArticleContent, Cover, Flags, Seo, Source, Status};
use masthead_store::{Result, StoreError};
use sqlx::Transaction;

/// What one history row records.
pub(crate) struct Row<'a> {
    pub revision: i64,
    pub kind: RevisionKind,
    pub status: Status,
    pub note: &'a str,
    pub content: Option<&'a ArticleContent>,
}

/// The staff member behind an actor (`None` for the system).
pub(crate) fn user_of(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::Staff { user_id, .. } => Some(*user_id),
        Actor::System { .. } => None,
    }
}

/// Stores content as JSON without its rendered HTML (made again from the Markdown).
fn to_json(c: &ArticleContent) -> Result<String> {
    let mut c = c.clone();
    c.body_html.clear();
    serde_json::to_string(&c).map_err(|e| StoreError::Corrupt(format!("content: {e}")))
}

/// Appends a history row; returns its id.
pub(crate) async fn record(
    tx: &mut Transaction<'_, Db>,
    actor: &Actor,
    article_id: i64,
    row: Row<'_>,
    now: Timestamp,
) -> Result<i64> {
    let content = row.content.map(to_json).transpose()?;
    sqlx::query_scalar(
        "INSERT INTO article_revisions (article_id, revision, kind, status, at, actor, user_id, \
         content, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(article_id)
    .bind(row.revision)
    .bind(row.kind.as_str())
    .bind(row.status.as_str())
    .bind(now.as_second())
    .bind(actor.label())
    .bind(user_of(actor))
    .bind(content)
    .bind(row.note)
    .fetch_one(&mut **tx)
    .await
    .map_err(backend)
}

/// Keeps the content as it stands when an article (imported, demo) has no history with
/// content yet, so that its first save can be compared with what was there.
pub(crate) async fn ensure_base(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    before: &Facts,
) -> Result<()> {
    let has: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM article_revisions WHERE article_id = $1 AND content IS NOT NULL LIMIT 1",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
    .map_err(backend)?;
    if has.is_some() {
        return Ok(());
    }
    let Some(content) = content_of(tx, id).await? else {
        return Err(StoreError::NotFound);
    };
    let updated: i64 = sqlx::query_scalar("SELECT updated_at FROM articles WHERE id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await
        .map_err(backend)?;
    record(
        tx,
        &Actor::system("import"),
        id,
        Row {
            revision: before.revision,
            kind: RevisionKind::Base,
            status: before.status,
            note: "",
            content: Some(&content),
        },
        ts(updated)?,
    )
    .await?;
    Ok(())
}

/// The article's live content, taxonomy by slug; `None` for an unknown id.
pub(crate) async fn content_of(conn: &mut DbConnection, id: i64) -> Result<Option<ArticleContent>> {
    let Some(row) = sqlx::query(concat!(
        "SELECT a.slug, a.title, a.lead, a.body_md, a.body_html, s.slug AS section_slug, \
         au.slug AS author_slug, a.is_breaking, a.is_top, a.is_important, a.source_name, \
         a.source_url, a.cover_url, a.cover_alt, a.cover_caption, a.cover_credit, a.seo_title, \
         a.seo_description, \
         (SELECT ",
        json_values!("x.slug"),
        " FROM (SELECT x.slug FROM article_authors k \
          JOIN authors x ON x.id = k.author_id WHERE k.article_id = a.id ORDER BY k.position) x) \
          AS coauthors, \
         (SELECT ",
        json_values!("t.slug"),
        " FROM (SELECT t.slug FROM article_tags k \
          JOIN tags t ON t.id = k.tag_id WHERE k.article_id = a.id ORDER BY k.position) t) AS tags \
         FROM articles a JOIN sections s ON s.id = a.section_id \
         LEFT JOIN authors au ON au.id = a.author_id WHERE a.id = $1",
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .map_err(backend)?
    else {
        return Ok(None);
    };
    let opt = |n: &str| col::<Option<String>>(&row, n);
    let tags: Vec<String> = serde_json::from_str(&col::<String>(&row, "tags")?)
        .map_err(|e| StoreError::Corrupt(format!("tags of article {id}: {e}")))?;
    Ok(Some(ArticleContent {
        slug: col(&row, "slug")?,
        title: col(&row, "title")?,
        lead: col(&row, "lead")?,
        body_md: col(&row, "body_md")?,
        body_html: col(&row, "body_html")?,
        section_slug: col(&row, "section_slug")?,
        tag_slugs: tags,
        author_slug: opt("author_slug")?,
        coauthor_slugs: serde_json::from_str(&col::<String>(&row, "coauthors")?)
            .map_err(|e| StoreError::Corrupt(format!("byline of article {id}: {e}")))?,
        flags: Flags {
            breaking: col(&row, "is_breaking")?,
            top: col(&row, "is_top")?,
            important: col(&row, "is_important")?,
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
            title: col(&row, "seo_title")?,
            description: col(&row, "seo_description")?,
        },
    }))
}

/// The columns [`info`] reads, from `article_revisions r LEFT JOIN users u`.
pub(crate) const INFO_COLUMNS: &str = "r.id, r.article_id, r.revision, r.kind, r.status, r.at, \
     r.user_id, u.name AS user_name, r.note, r.content IS NOT NULL AS has_content";

pub(crate) fn info(row: &DbRow) -> Result<RevisionInfo> {
    let kind: String = col(row, "kind")?;
    Ok(RevisionInfo {
        id: col(row, "id")?,
        article_id: col(row, "article_id")?,
        revision: col(row, "revision")?,
        kind: kind
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("revision kind `{kind}`")))?,
        status: status(col(row, "status")?)?,
        at: ts(col(row, "at")?)?,
        user_id: col(row, "user_id")?,
        user_name: col(row, "user_name")?,
        note: col(row, "note")?,
        has_content: col(row, "has_content")?,
    })
}

/// A history row with its content, parsed.
pub(crate) fn revision(row: &DbRow) -> Result<Revision> {
    let info = info(row)?;
    let content = col::<Option<String>>(row, "content")?
        .map(|raw| {
            // Stored without HTML: the service renders it again when it needs it.
            serde_json::from_str::<ArticleContent>(&raw)
                .map_err(|e| StoreError::Corrupt(format!("content of revision {}: {e}", info.id)))
        })
        .transpose()?;
    Ok(Revision { info, content })
}
