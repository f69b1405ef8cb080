//! Writing an export's records back (`masthead import jsonl` of a `masthead export` file): one
//! transaction per batch, articles and pages with the ids and times they had, each change
//! logged so that caches, search and other nodes follow.

use crate::facts;
use crate::resolve::Taxonomy;
use crate::writer::{slug_conflict, write_coauthors};
use crate::{Db, DbPool, backend, changes};
use jiff::Timestamp;
use masthead_core::export::{
    AdRecord, ArticleRecord, MediaRecord, PageRecord, Record, RevisionRecord,
};
use masthead_core::site_page::NewStaticPage;
use masthead_core::{Actor, ChangeKind, Lang};
use masthead_store::{Restored, Result, StoreError};
use sqlx::Transaction;
use std::collections::BTreeSet;

/// What a batch touched, for its change-log rows.
#[derive(Default)]
struct Touched {
    settings: bool,
    taxonomy: BTreeSet<Lang>,
    ads: BTreeSet<Option<Lang>>,
    pages: BTreeSet<Lang>,
    redirects: bool,
}

pub(crate) async fn restore(pool: &DbPool, actor: &Actor, records: &[Record]) -> Result<Restored> {
    let now = Timestamp::now();
    let mut tx = crate::write_tx(pool).await?;
    let mut out = Restored::default();
    let mut touched = Touched::default();
    for record in records {
        match record {
            Record::Header(_) | Record::End(_) => {}
            Record::Settings(s) => {
                for (key, value) in &s.values {
                    let stored: Option<String> =
                        sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                            .bind(key)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(backend)?;
                    if stored.as_ref() == Some(value) {
                        continue;
                    }
                    sqlx::query(
                        "INSERT INTO settings (key, value) VALUES ($1, $2) \
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    )
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                    touched.settings = true;
                    out.one("settings");
                }
            }
            Record::Section(s) => {
                if crate::import::insert_section(&mut tx, s).await? {
                    touched.taxonomy.insert(s.edition);
                    out.one("section");
                }
            }
            Record::Tag(t) => {
                if crate::import::insert_tag(&mut tx, t).await? {
                    touched.taxonomy.insert(t.edition);
                    out.one("tag");
                }
            }
            Record::Author(a) => {
                if crate::import::insert_author(&mut tx, a).await? {
                    touched.taxonomy.insert(a.edition);
                    out.one("author");
                }
            }
            Record::Ad(ad) => {
                if write_ad(&mut tx, ad).await? {
                    touched.ads.insert(ad.edition);
                    out.one("ad");
                }
            }
            Record::Media(m) => {
                if write_media(&mut tx, m).await? {
                    out.one("media");
                }
            }
            Record::Page(p) => {
                write_page(&mut tx, p).await?;
                touched.pages.insert(p.edition);
                out.one("page");
            }
            Record::Redirect(r) => {
                let done = sqlx::query(
                    "INSERT INTO redirects (from_path, to_path, source_key, created_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (from_path) DO UPDATE \
                     SET to_path = excluded.to_path, source_key = excluded.source_key \
                     WHERE redirects.to_path <> excluded.to_path",
                )
                .bind(&r.from_path)
                .bind(&r.to_path)
                .bind(&r.source_key)
                .bind(r.created_at.as_second())
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                if done.rows_affected() > 0 {
                    touched.redirects = true;
                    out.one("redirect");
                }
            }
            Record::Article(a) => {
                write_article(&mut tx, a).await?;
                let after = facts::read(&mut tx, a.id)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                let change = facts::change(&mut tx, a.id, None, &after, now).await?;
                out.seq = changes::append(&mut tx, actor, &ChangeKind::Article(change)).await?;
                out.articles.push(a.id);
                out.one("article");
            }
            Record::Revision(r) => {
                write_revision(&mut tx, r).await?;
                out.one("revision");
            }
        }
    }
    if !out.articles.is_empty() {
        let sync = sync_identity!("articles");
        if !sync.is_empty() {
            sqlx::query(sync).execute(&mut *tx).await.map_err(backend)?;
        }
    }
    let mut kinds: Vec<ChangeKind> = Vec::new();
    if touched.settings {
        kinds.push(ChangeKind::Settings);
    }
    kinds.extend(
        touched
            .taxonomy
            .into_iter()
            .map(|edition| ChangeKind::Taxonomy { edition }),
    );
    kinds.extend(
        touched
            .ads
            .into_iter()
            .map(|edition| ChangeKind::Ads { edition }),
    );
    kinds.extend(
        touched
            .pages
            .into_iter()
            .map(|edition| ChangeKind::Pages { edition }),
    );
    if touched.redirects {
        kinds.push(ChangeKind::Redirects);
    }
    for kind in &kinds {
        out.seq = changes::append(&mut tx, actor, kind).await?;
    }
    tx.commit().await.map_err(backend)?;
    Ok(out)
}

/// Inserts the ad unless the same ad is stored; whether it did.
async fn write_ad(tx: &mut Transaction<'_, Db>, ad: &AdRecord) -> Result<bool> {
    let same: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM ads WHERE COALESCE(edition, '') = $1 AND slot = $2 AND image_url = $3 \
         AND link_url = $4 AND alt = $5 AND width = $6 AND height = $7 \
         AND COALESCE(html, '') = $8 AND active = $9 LIMIT 1",
    )
    .bind(ad.edition.map_or("", |e| e.code()))
    .bind(&ad.slot)
    .bind(&ad.image_url)
    .bind(&ad.link_url)
    .bind(&ad.alt)
    .bind(ad.width)
    .bind(ad.height)
    .bind(ad.html.as_deref().unwrap_or(""))
    .bind(ad.active)
    .fetch_optional(&mut **tx)
    .await
    .map_err(backend)?;
    if same.is_some() {
        return Ok(false);
    }
    let new = masthead_core::NewAd {
        edition: ad.edition,
        slot: ad.slot.clone(),
        image_url: ad.image_url.clone(),
        link_url: ad.link_url.clone(),
        alt: ad.alt.clone(),
        width: ad.width,
        height: ad.height,
        html: ad.html.clone(),
    };
    crate::ads::insert_ad(tx, &new, ad.active).await?;
    Ok(true)
}

/// Registers the image unless its stem (or source) is stored; whether it did.
async fn write_media(tx: &mut Transaction<'_, Db>, m: &MediaRecord) -> Result<bool> {
    let widths = m
        .widths
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let done = sqlx::query(
        "INSERT INTO media (stem, format, width, height, widths, bytes, alt, caption, credit, \
         original_name, uploaded_at, source_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING",
    )
    .bind(&m.stem)
    .bind(&m.ext)
    .bind(i64::from(m.width))
    .bind(i64::from(m.height))
    .bind(widths)
    .bind(m.bytes)
    .bind(&m.alt)
    .bind(&m.caption)
    .bind(&m.credit)
    .bind(&m.original_name)
    .bind(m.uploaded_at.as_second())
    .bind(&m.source_key)
    .execute(&mut **tx)
    .await
    .map_err(backend)?;
    Ok(done.rows_affected() > 0)
}

/// Inserts a static page with its times, under its import key.
async fn write_page(tx: &mut Transaction<'_, Db>, p: &PageRecord) -> Result<()> {
    let page = NewStaticPage {
        edition: p.edition,
        slug: p.slug.clone(),
        title: p.title.clone(),
        body_md: p.body.clone(),
        body_html: p.body_html.clone(),
        translation_key: p.translation_key.clone(),
        in_footer: p.in_footer,
        position: p.position,
        source_key: Some(p.import_key()),
    };
    page.validate()?;
    sqlx::query(
        "INSERT INTO static_pages (edition, slug, title, body_md, body_html, translation_key, \
         in_footer, position, source_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(page.edition.code())
    .bind(&page.slug)
    .bind(&page.title)
    .bind(&page.body_md)
    .bind(&page.body_html)
    .bind(&page.translation_key)
    .bind(page.in_footer)
    .bind(page.position)
    .bind(&page.source_key)
    .bind(p.created_at.as_second())
    .bind(p.updated_at.as_second())
    .execute(&mut **tx)
    .await
    .map_err(slug_conflict(page.edition, &page.slug))?;
    Ok(())
}

/// Inserts an article with its id, times, counters, tags, byline, former slugs, views and
/// corrections.
async fn write_article(tx: &mut Transaction<'_, Db>, a: &ArticleRecord) -> Result<()> {
    let c = a.content();
    c.validate()?;
    let ed = a.edition;
    let mut taxonomy = Taxonomy::default();
    let (section_id, author_id, tag_ids) = taxonomy.resolve(tx, ed, &c).await?;
    let coauthors = taxonomy.coauthors(tx, ed, &c, author_id).await?;
    sqlx::query(
        "INSERT INTO articles (id, edition, slug, title, lead, body_md, body_html, section_id, \
         author_id, status, published_at, created_at, updated_at, is_breaking, is_top, \
         is_important, source_name, source_url, cover_url, cover_alt, cover_caption, \
         cover_credit, translation_key, views, revision, source_key, kicker_tag_id, seo_title, \
         seo_description, content_revision, source_article_id, source_revision) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
         $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, \
         (SELECT o.id FROM articles o WHERE o.id = $31), $32)",
    )
    .bind(a.id)
    .bind(ed.code())
    .bind(&c.slug)
    .bind(&c.title)
    .bind(&c.lead)
    .bind(&c.body_md)
    .bind(&c.body_html)
    .bind(section_id)
    .bind(author_id)
    .bind(a.status.as_str())
    .bind(a.published_at.map(|t| t.as_second()))
    .bind(a.created_at.as_second())
    .bind(a.updated_at.as_second())
    .bind(c.flags.breaking)
    .bind(c.flags.top)
    .bind(c.flags.important)
    .bind(c.source.as_ref().map(|s| s.name.as_str()))
    .bind(c.source.as_ref().map(|s| s.url.as_str()))
    .bind(c.cover.as_ref().map(|x| x.url.as_str()))
    .bind(c.cover.as_ref().map(|x| x.alt.as_str()))
    .bind(c.cover.as_ref().map(|x| x.caption.as_str()))
    .bind(c.cover.as_ref().map(|x| x.credit.as_str()))
    .bind(&a.translation_key)
    .bind(a.views)
    .bind(a.revision)
    .bind(a.import_key())
    .bind(tag_ids.first().copied())
    .bind(&c.seo.title)
    .bind(&c.seo.description)
    .bind(a.content_revision)
    .bind(a.translated_from.map(|t| t.id))
    .bind(a.translated_from.map(|t| t.revision))
    .execute(&mut **tx)
    .await
    .map_err(slug_conflict(ed, &c.slug))?;
    for (pos, tag) in tag_ids.iter().enumerate() {
        sqlx::query("INSERT INTO article_tags (article_id, tag_id, position) VALUES ($1, $2, $3)")
            .bind(a.id)
            .bind(tag)
            .bind(pos as i64)
            .execute(&mut **tx)
            .await
            .map_err(backend)?;
    }
    write_coauthors(tx, a.id, &coauthors).await?;
    for old in &a.old_slugs {
        sqlx::query(
            "INSERT INTO slug_redirects (edition, old_slug, article_id) VALUES ($1, $2, $3)",
        )
        .bind(ed.code())
        .bind(old)
        .bind(a.id)
        .execute(&mut **tx)
        .await
        .map_err(slug_conflict(ed, old))?;
    }
    for (hour, views) in &a.view_hours {
        sqlx::query(
            "INSERT INTO article_view_hours (article_id, hour, views) VALUES ($1, $2, $3) \
             ON CONFLICT (article_id, hour) DO UPDATE \
             SET views = article_view_hours.views + excluded.views",
        )
        .bind(a.id)
        .bind(hour)
        .bind(views)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    }
    for n in &a.corrections {
        sqlx::query("INSERT INTO corrections (article_id, kind, text, at) VALUES ($1, $2, $3, $4)")
            .bind(a.id)
            .bind(n.kind.as_str())
            .bind(&n.text)
            .bind(n.at.as_second())
            .execute(&mut **tx)
            .await
            .map_err(backend)?;
    }
    Ok(())
}

/// Appends a history row to its article (which must exist); a pending edit becomes the
/// article's pending revision.
async fn write_revision(tx: &mut Transaction<'_, Db>, r: &RevisionRecord) -> Result<()> {
    let content = r
        .content
        .as_ref()
        .map(|c| {
            let mut c = c.clone();
            c.body_html.clear();
            serde_json::to_string(&c)
        })
        .transpose()
        .map_err(|e| StoreError::Corrupt(format!("content: {e}")))?;
    let article: Option<i64> = sqlx::query_scalar("SELECT id FROM articles WHERE id = $1")
        .bind(r.article)
        .fetch_optional(&mut **tx)
        .await
        .map_err(backend)?;
    if article.is_none() {
        return Err(StoreError::InvalidReference(format!(
            "article {}",
            r.article
        )));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO article_revisions (article_id, revision, kind, status, at, actor, content, \
         note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(r.article)
    .bind(r.revision)
    .bind(r.kind.as_str())
    .bind(r.status.as_str())
    .bind(r.at.as_second())
    .bind(&r.by)
    .bind(content)
    .bind(&r.note)
    .fetch_one(&mut **tx)
    .await
    .map_err(backend)?;
    if r.pending {
        sqlx::query("UPDATE articles SET pending_revision_id = $1 WHERE id = $2")
            .bind(id)
            .bind(r.article)
            .execute(&mut **tx)
            .await
            .map_err(backend)?;
    }
    Ok(())
}
