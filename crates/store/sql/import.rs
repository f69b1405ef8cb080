//! Writing a content bundle (demo site, imports) in one transaction, with a change-log row for
//! every article and one for each edition's taxonomy, the settings and the ads it touched.

use crate::DbPool;
use crate::resolve::Taxonomy;
use crate::writer::insert;
use crate::{backend, changes, facts};
use jiff::Timestamp;
use masthead_core::{Actor, ChangeKind, ContentBundle, Lang};
use masthead_store::{Imported, Result, hour_bucket};
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
    for a in &b.articles {
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
    tx.commit().await.map_err(backend)?;
    Ok(Imported { ids, seq })
}
