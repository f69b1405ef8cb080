//! Writing a content bundle (demo site, imports) in one transaction, with a change-log row for
//! every article and one for each edition's taxonomy, the settings and the ads it touched.

use crate::resolve::Taxonomy;
use crate::writer::{insert, save_content};
use crate::{Db, DbPool};
use crate::{backend, changes, facts};
use jiff::Timestamp;
use masthead_core::newsroom::RevisionKind;
use masthead_core::{Actor, ChangeKind, ContentBundle, Lang, NewArticle};
use masthead_store::{Imported, Result, StoreError, hour_bucket};
use sqlx::Transaction;
use std::collections::BTreeSet;

pub(crate) async fn import(pool: &DbPool, actor: &Actor, b: &ContentBundle) -> Result<Imported> {
    for a in &b.articles {
        a.validate()?;
    }
    let now = Timestamp::now();
    let now_s = now.as_second();
    let mut tx = crate::write_tx(pool).await?;
    let mut seq = 0;
    if !b.settings.is_empty() {
        for (k, v) in &b.settings {
            sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .bind(k)
                .bind(v)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
        }
        seq = changes::append(&mut tx, actor, &ChangeKind::Settings).await?;
    }
    let mut taxonomy_editions: BTreeSet<Lang> = BTreeSet::new();
    for s in &b.sections {
        let done = sqlx::query("INSERT INTO sections (edition, slug, name, position) VALUES ($1, $2, $3, $4) ON CONFLICT (edition, slug) DO NOTHING")
            .bind(s.edition.code())
            .bind(&s.slug)
            .bind(&s.name)
            .bind(s.position)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if done.rows_affected() > 0 {
            taxonomy_editions.insert(s.edition);
        }
    }
    for t in &b.tags {
        let done = sqlx::query("INSERT INTO tags (edition, slug, name) VALUES ($1, $2, $3) ON CONFLICT (edition, slug) DO NOTHING")
            .bind(t.edition.code())
            .bind(&t.slug)
            .bind(&t.name)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if done.rows_affected() > 0 {
            taxonomy_editions.insert(t.edition);
        }
    }
    for au in &b.authors {
        let done = sqlx::query("INSERT INTO authors (edition, slug, name, bio) VALUES ($1, $2, $3, $4) ON CONFLICT (edition, slug) DO NOTHING")
            .bind(au.edition.code())
            .bind(&au.slug)
            .bind(&au.name)
            .bind(&au.bio)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if done.rows_affected() > 0 {
            taxonomy_editions.insert(au.edition);
        }
    }
    // New sections show in every page's navigation; new tags and authors only on their own
    // pages, which did not exist before. Either way the edition's pages are refreshed once.
    for edition in taxonomy_editions {
        seq = changes::append(&mut tx, actor, &ChangeKind::Taxonomy { edition }).await?;
    }
    let mut taxonomy = Taxonomy::default();
    let mut ids = Vec::with_capacity(b.articles.len());
    let mut updated = Vec::new();
    for a in &b.articles {
        if let Some(id) = stored_source(&mut tx, a).await? {
            seq = replace(&mut tx, actor, id, a, now).await?;
            updated.push(id);
            continue;
        }
        let (id, after) = insert(&mut tx, &mut taxonomy, a, now_s).await?;
        if a.views > 0 {
            let at = a.published_at.map_or(now_s, |t| t.as_second().min(now_s));
            sqlx::query(
                "INSERT INTO article_view_hours (article_id, hour, views) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(hour_bucket(Timestamp::from_second(at).unwrap_or(now)))
            .bind(a.views)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        let change = facts::change(&mut tx, id, None, &after, now).await?;
        seq = changes::append(&mut tx, actor, &ChangeKind::Article(change)).await?;
        ids.push(id);
    }
    let mut page_editions: BTreeSet<Lang> = BTreeSet::new();
    for p in &b.pages {
        let existing: Option<i64> = match &p.source_key {
            Some(key) => sqlx::query_scalar(
                "SELECT id FROM static_pages WHERE edition = $1 AND source_key = $2",
            )
            .bind(p.edition.code())
            .bind(key)
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?,
            None => None,
        };
        let (_, editions) = crate::pages::write_page(&mut tx, existing, p, now).await?;
        page_editions.extend(editions);
    }
    for edition in page_editions {
        seq = changes::append(&mut tx, actor, &ChangeKind::Pages { edition }).await?;
    }
    if crate::pages::write_redirects(&mut tx, &b.redirects, true, now).await? > 0 {
        seq = changes::append(&mut tx, actor, &ChangeKind::Redirects).await?;
    }
    let mut ad_editions: BTreeSet<Option<Lang>> = BTreeSet::new();
    for ad in &b.ads {
        sqlx::query("INSERT INTO ads (edition, slot, image_url, link_url, alt, width, height, html) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(ad.edition.map(|e| e.code()))
            .bind(&ad.slot)
            .bind(&ad.image_url)
            .bind(&ad.link_url)
            .bind(&ad.alt)
            .bind(ad.width)
            .bind(ad.height)
            .bind(&ad.html)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        ad_editions.insert(ad.edition);
    }
    for edition in ad_editions {
        seq = changes::append(&mut tx, actor, &ChangeKind::Ads { edition }).await?;
    }
    for (edition, key, fingerprint) in &b.ledger {
        sqlx::query(
            "INSERT INTO import_ledger (edition, source_key, fingerprint, imported_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (edition, source_key) \
             DO UPDATE SET fingerprint = excluded.fingerprint, imported_at = excluded.imported_at",
        )
        .bind(edition.code())
        .bind(key)
        .bind(fingerprint)
        .bind(now_s)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
    }
    tx.commit().await.map_err(backend)?;
    Ok(Imported { ids, seq, updated })
}

/// The stored article with `a`'s source key in its edition, if any.
async fn stored_source(tx: &mut Transaction<'_, Db>, a: &NewArticle) -> Result<Option<i64>> {
    let Some(key) = &a.source_key else {
        return Ok(None);
    };
    sqlx::query_scalar("SELECT id FROM articles WHERE edition = $1 AND source_key = $2")
        .bind(a.edition.code())
        .bind(key)
        .fetch_optional(&mut **tx)
        .await
        .map_err(backend)
}

/// Replaces article `id` with what the source now says (content as a new revision, then its
/// status and publication time) and logs the change; returns its sequence.
async fn replace(
    tx: &mut Transaction<'_, Db>,
    actor: &Actor,
    id: i64,
    a: &NewArticle,
    now: Timestamp,
) -> Result<i64> {
    let before = facts::read(tx, id).await?.ok_or(StoreError::NotFound)?;
    save_content(tx, actor, id, &before, &a.content, RevisionKind::Saved, now).await?;
    let at = a.published_at.map(|t| t.as_second());
    sqlx::query(
        "UPDATE articles SET status = $1, published_at = COALESCE($2, published_at) \
         WHERE id = $3",
    )
    .bind(a.status.as_str())
    .bind(at)
    .bind(id)
    .execute(&mut **tx)
    .await
    .map_err(backend)?;
    let after = facts::read(tx, id).await?.ok_or(StoreError::NotFound)?;
    let change = facts::change(tx, id, Some(&before), &after, now).await?;
    changes::append(tx, actor, &ChangeKind::Article(change)).await
}
