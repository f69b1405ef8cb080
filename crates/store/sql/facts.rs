//! What a change-log row says about an article: its state before and after a write, read
//! inside the write's transaction.

use crate::Db;
use crate::backend;
use crate::rows::{col, lang, status, ts};
use jiff::Timestamp;
use masthead_core::workflow::is_visible;
use masthead_core::{ArticleChange, Lang, Status};
use masthead_store::Result;
use sqlx::Transaction;

/// The fields of an article that decide where it shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Facts {
    pub edition: Lang,
    pub revision: i64,
    pub status: Status,
    pub published_at: Option<i64>,
    pub section_id: i64,
    pub author_id: Option<i64>,
    pub tag_ids: Vec<i64>,
    /// The byline's further authors.
    pub coauthor_ids: Vec<i64>,
    pub flags: (bool, bool, bool),
    pub translation_key: Option<String>,
}

impl Facts {
    fn visible(&self, now: Timestamp) -> bool {
        let at = self.published_at.and_then(|s| ts(s).ok());
        is_visible(self.status, at, now)
    }
}

pub(crate) async fn read(tx: &mut Transaction<'_, Db>, id: i64) -> Result<Option<Facts>> {
    let Some(row) = sqlx::query(
        "SELECT edition, revision, status, published_at, section_id, author_id, is_breaking, \
         is_top, is_important, translation_key FROM articles WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
    .map_err(backend)?
    else {
        return Ok(None);
    };
    let tag_ids: Vec<i64> = sqlx::query_scalar(
        "SELECT tag_id FROM article_tags WHERE article_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await
    .map_err(backend)?;
    let coauthor_ids: Vec<i64> = sqlx::query_scalar(
        "SELECT author_id FROM article_authors WHERE article_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await
    .map_err(backend)?;
    Ok(Some(Facts {
        coauthor_ids,
        edition: lang(col(&row, "edition")?)?,
        revision: col(&row, "revision")?,
        status: status(col(&row, "status")?)?,
        published_at: col(&row, "published_at")?,
        section_id: col(&row, "section_id")?,
        author_id: col(&row, "author_id")?,
        tag_ids,
        flags: (
            col(&row, "is_breaking")?,
            col(&row, "is_top")?,
            col(&row, "is_important")?,
        ),
        translation_key: col(&row, "translation_key")?,
    }))
}

/// Ids of the other articles of the stories `before` and `after` belong to.
async fn translations(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    before: Option<&Facts>,
    after: &Facts,
) -> Result<Vec<i64>> {
    let mut keys: Vec<&str> = Vec::new();
    for k in [
        before.and_then(|b| b.translation_key.as_deref()),
        after.translation_key.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut ids = Vec::new();
    for key in keys {
        let found: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM articles WHERE translation_key = $1 AND id <> $2")
                .bind(key)
                .bind(id)
                .fetch_all(&mut **tx)
                .await
                .map_err(backend)?;
        ids.extend(found);
    }
    Ok(ids)
}

fn union<T: PartialEq + Copy>(
    a: impl IntoIterator<Item = T>,
    b: impl IntoIterator<Item = T>,
) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for x in a.into_iter().chain(b) {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// The change-log entry for a write that took article `id` from `before` (none: created) to
/// `after`.
pub(crate) async fn change(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    before: Option<&Facts>,
    after: &Facts,
    now: Timestamp,
) -> Result<ArticleChange> {
    let was_visible = before.is_some_and(|b| b.visible(now));
    let visible = after.visible(now);
    let translations = if was_visible || visible {
        translations(tx, id, before, after).await?
    } else {
        Vec::new()
    };
    let listing = match before {
        None => true,
        Some(b) => {
            b.published_at != after.published_at
                || b.section_id != after.section_id
                || b.author_id != after.author_id
                || b.coauthor_ids != after.coauthor_ids
                || b.tag_ids != after.tag_ids
                || b.flags != after.flags
                || was_visible != visible
        }
    };
    let breaking = (was_visible && before.is_some_and(|b| b.flags.0)) || (visible && after.flags.0);
    Ok(ArticleChange {
        id,
        edition: after.edition,
        visible,
        was_visible,
        listing,
        breaking,
        sections: union(before.map(|b| b.section_id), [after.section_id]),
        tags: union(
            before.map(|b| b.tag_ids.clone()).unwrap_or_default(),
            after.tag_ids.clone(),
        ),
        authors: union(
            before.into_iter().flat_map(|b| {
                b.author_id
                    .into_iter()
                    .chain(b.coauthor_ids.iter().copied())
            }),
            after
                .author_id
                .into_iter()
                .chain(after.coauthor_ids.iter().copied()),
        ),
        translations,
        published: union(before.and_then(|b| b.published_at), after.published_at)
            .into_iter()
            .filter_map(|s| ts(s).ok())
            .collect(),
    })
}
