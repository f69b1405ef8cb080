//! Writing a content bundle (demo site, imports) in one transaction.

use crate::backend;
use jiff::Timestamp;
use masthead_core::ContentBundle;
use masthead_store::{Result, StoreError, hour_bucket};
use sqlx::{Sqlite, SqlitePool, Transaction};

async fn id_of(
    tx: &mut Transaction<'_, Sqlite>,
    table: &'static str,
    edition: &str,
    slug: &str,
) -> Result<i64> {
    let sql = match table {
        "sections" => "SELECT id FROM sections WHERE edition = ? AND slug = ?",
        "tags" => "SELECT id FROM tags WHERE edition = ? AND slug = ?",
        _ => "SELECT id FROM authors WHERE edition = ? AND slug = ?",
    };
    let id: Option<i64> = sqlx::query_scalar(sql)
        .bind(edition)
        .bind(slug)
        .fetch_optional(&mut **tx)
        .await
        .map_err(backend)?;
    id.ok_or_else(|| StoreError::InvalidReference(format!("{table}: {edition}/{slug}")))
}

pub(crate) async fn import(pool: &SqlitePool, b: &ContentBundle) -> Result<Vec<i64>> {
    for a in &b.articles {
        a.validate()
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
    }
    let now = Timestamp::now().as_second();
    let mut tx = pool.begin().await.map_err(backend)?;
    for (k, v) in &b.settings {
        sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(k)
            .bind(v)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
    }
    for s in &b.sections {
        sqlx::query("INSERT INTO sections (edition, slug, name, position) VALUES (?, ?, ?, ?) ON CONFLICT (edition, slug) DO NOTHING")
            .bind(s.edition.code())
            .bind(&s.slug)
            .bind(&s.name)
            .bind(s.position)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
    }
    for t in &b.tags {
        sqlx::query("INSERT INTO tags (edition, slug, name) VALUES (?, ?, ?) ON CONFLICT (edition, slug) DO NOTHING")
            .bind(t.edition.code())
            .bind(&t.slug)
            .bind(&t.name)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
    }
    for au in &b.authors {
        sqlx::query("INSERT INTO authors (edition, slug, name, bio) VALUES (?, ?, ?, ?) ON CONFLICT (edition, slug) DO NOTHING")
            .bind(au.edition.code())
            .bind(&au.slug)
            .bind(&au.name)
            .bind(&au.bio)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
    }
    let mut ids = Vec::with_capacity(b.articles.len());
    for a in &b.articles {
        let ed = a.edition.code();
        let section_id = id_of(&mut tx, "sections", ed, &a.section_slug).await?;
        let author_id = match &a.author_slug {
            Some(slug) => Some(id_of(&mut tx, "authors", ed, slug).await?),
            None => None,
        };
        let published = a.published_at.map(|t| t.as_second());
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO articles (edition, slug, title, lead, body_md, body_html, section_id, author_id, status, \
             published_at, created_at, updated_at, is_breaking, is_top, is_important, source_name, source_url, \
             cover_url, cover_alt, cover_caption, cover_credit, translation_key, views) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(ed)
        .bind(&a.slug)
        .bind(&a.title)
        .bind(&a.lead)
        .bind(&a.body_md)
        .bind(&a.body_html)
        .bind(section_id)
        .bind(author_id)
        .bind(a.status.as_str())
        .bind(published)
        .bind(now)
        .bind(now)
        .bind(a.flags.breaking)
        .bind(a.flags.top)
        .bind(a.flags.important)
        .bind(a.source.as_ref().map(|s| s.name.as_str()))
        .bind(a.source.as_ref().map(|s| s.url.as_str()))
        .bind(a.cover.as_ref().map(|c| c.url.as_str()))
        .bind(a.cover.as_ref().map(|c| c.alt.as_str()))
        .bind(a.cover.as_ref().map(|c| c.caption.as_str()))
        .bind(a.cover.as_ref().map(|c| c.credit.as_str()))
        .bind(a.translation_key.as_deref())
        .bind(a.views)
        .fetch_one(&mut *tx)
        .await
        .map_err(backend)?;
        for (pos, slug) in a.tag_slugs.iter().enumerate() {
            let tag_id = id_of(&mut tx, "tags", ed, slug).await?;
            sqlx::query("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(tag_id)
                .bind(pos as i64)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
        }
        for old in &a.old_slugs {
            sqlx::query(
                "INSERT INTO slug_redirects (edition, old_slug, article_id) VALUES (?, ?, ?)",
            )
            .bind(ed)
            .bind(old)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        if a.views > 0 {
            let at = a.published_at.map_or(now, |t| t.as_second().min(now));
            sqlx::query(
                "INSERT INTO article_view_hours (article_id, hour, views) VALUES (?, ?, ?)",
            )
            .bind(id)
            .bind(hour_bucket(
                Timestamp::from_second(at).unwrap_or_else(|_| Timestamp::now()),
            ))
            .bind(a.views)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        ids.push(id);
    }
    for ad in &b.ads {
        sqlx::query("INSERT INTO ads (edition, slot, image_url, link_url, alt, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(ad.edition.map(|e| e.code()))
            .bind(&ad.slot)
            .bind(&ad.image_url)
            .bind(&ad.link_url)
            .bind(&ad.alt)
            .bind(ad.width)
            .bind(ad.height)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
    }
    tx.commit().await.map_err(backend)?;
    Ok(ids)
}
