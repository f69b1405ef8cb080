//! Writing a content bundle (demo site, imports) in one transaction, with a change-log row for
//! every article and one for each edition's taxonomy, the settings and the ads it touched.

use crate::resolve::Taxonomy;
use crate::rows::col;
use crate::writer::{insert_many, save_content};
use crate::{Db, DbPool, DbRow};
use crate::{backend, changes, facts};
use jiff::Timestamp;
use masthead_core::newsroom::RevisionKind;
use masthead_core::{
    Actor, ChangeKind, ContentBundle, Lang, NewArticle, NewAuthor, NewSection, NewTag,
};
use masthead_store::{Imported, Result, StoreError, TermCounts, hour_bucket};
use sqlx::{QueryBuilder, Transaction};
use std::collections::{BTreeSet, HashMap, HashSet};

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
    let mut terms = TermCounts::default();
    for s in &b.sections {
        if insert_section(&mut tx, s).await? {
            taxonomy_editions.insert(s.edition);
            terms.sections += 1;
        }
    }
    for t in &b.tags {
        if insert_tag(&mut tx, t).await? {
            taxonomy_editions.insert(t.edition);
            terms.tags += 1;
        }
    }
    for au in &b.authors {
        if insert_author(&mut tx, au).await? {
            taxonomy_editions.insert(au.edition);
            terms.authors += 1;
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
    // Which articles are stored already (by source key), and which slugs are former slugs,
    // read for the whole bundle at once rather than one question an article.
    let stored = stored_sources(&mut tx, &b.articles).await?;
    let held = held_slugs(&mut tx, &b.articles).await?;
    let mut created: Vec<ChangeKind> = Vec::new();
    let mut kept = Vec::new();
    // The revision each imported key's article is at after this bundle.
    let mut revisions: HashMap<(Lang, &str), i64> = HashMap::new();
    let mut skip_ledger: HashSet<(Lang, &str)> = HashSet::new();
    let mut new: Vec<&NewArticle> = Vec::with_capacity(b.articles.len());
    for a in &b.articles {
        let stored_id = a
            .source_key
            .as_ref()
            .and_then(|k| stored.get(&(a.edition, k.clone())).map(|s| (k, s)));
        if let Some((key, &(id, revision, imported))) = stored_id {
            if imported.is_some_and(|r| r > 0 && r != revision) {
                kept.push(id);
                skip_ledger.insert((a.edition, key.as_str()));
                continue;
            }
            seq = replace(&mut tx, actor, id, a, now).await?;
            revisions.insert((a.edition, key.as_str()), revision + 1);
            updated.push(id);
            continue;
        }
        if let Some(key) = &a.source_key {
            revisions.insert((a.edition, key.as_str()), 1);
        }
        new.push(a);
    }
    // New articles many rows a statement, then their view counts and change-log rows.
    let inserted = insert_many(&mut tx, &mut taxonomy, &new, now_s, Some(&held)).await?;
    let mut view_rows: Vec<(i64, i64, i64)> = Vec::new();
    for (a, (id, after)) in new.iter().zip(inserted) {
        if a.views > 0 {
            let at = a.published_at.map_or(now_s, |t| t.as_second().min(now_s));
            let hour = hour_bucket(Timestamp::from_second(at).unwrap_or(now));
            view_rows.push((id, hour, a.views));
        }
        let change = facts::change(&mut tx, id, None, &after, now).await?;
        created.push(ChangeKind::Article(change));
        ids.push(id);
    }
    for chunk in view_rows.chunks(300) {
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new("INSERT INTO article_view_hours (article_id, hour, views) ");
        q.push_values(chunk, |mut row, (id, hour, views)| {
            row.push_bind(*id).push_bind(*hour).push_bind(*views);
        });
        q.build().execute(&mut *tx).await.map_err(backend)?;
    }
    if !created.is_empty() {
        seq = changes::append_many(&mut tx, actor, &created).await?;
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
    let redirects = crate::pages::write_redirects(&mut tx, &b.redirects, true, now).await?;
    if redirects > 0 {
        seq = changes::append(&mut tx, actor, &ChangeKind::Redirects).await?;
    }
    let mut ad_editions: BTreeSet<Option<Lang>> = BTreeSet::new();
    for ad in &b.ads {
        crate::ads::insert_ad(&mut tx, ad, true).await?;
        ad_editions.insert(ad.edition);
    }
    for edition in ad_editions {
        seq = changes::append(&mut tx, actor, &ChangeKind::Ads { edition }).await?;
    }
    // The ledger, 200 rows a statement (a key twice in a bundle keeps its last fingerprint).
    let mut last: HashMap<(Lang, &str), &str> = HashMap::new();
    for (edition, key, fingerprint) in &b.ledger {
        if !skip_ledger.contains(&(*edition, key.as_str())) {
            last.insert((*edition, key.as_str()), fingerprint.as_str());
        }
    }
    let rows: Vec<((Lang, &str), &str)> = last.into_iter().collect();
    for chunk in rows.chunks(200) {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(
            "INSERT INTO import_ledger (edition, source_key, fingerprint, revision, imported_at) ",
        );
        q.push_values(chunk, |mut row, ((edition, key), fingerprint)| {
            row.push_bind(edition.code())
                .push_bind(*key)
                .push_bind(*fingerprint)
                .push_bind(revisions.get(&(*edition, *key)).copied().unwrap_or(0))
                .push_bind(now_s);
        });
        q.push(
            " ON CONFLICT (edition, source_key) DO UPDATE SET fingerprint = excluded.fingerprint, \
             revision = excluded.revision, imported_at = excluded.imported_at",
        );
        q.build().execute(&mut *tx).await.map_err(backend)?;
    }
    tx.commit().await.map_err(backend)?;
    Ok(Imported {
        ids,
        seq,
        updated,
        kept,
        terms,
        redirects,
    })
}

/// Adds a section unless its edition has one with its slug; whether it did.
pub(crate) async fn insert_section(tx: &mut Transaction<'_, Db>, s: &NewSection) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO sections (edition, slug, name, position) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (edition, slug) DO NOTHING",
    )
    .bind(s.edition.code())
    .bind(&s.slug)
    .bind(&s.name)
    .bind(s.position)
    .execute(&mut **tx)
    .await
    .map_err(backend)?;
    Ok(done.rows_affected() > 0)
}

/// Adds a tag unless its edition has one with its slug; whether it did.
pub(crate) async fn insert_tag(tx: &mut Transaction<'_, Db>, t: &NewTag) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO tags (edition, slug, name) VALUES ($1, $2, $3) \
         ON CONFLICT (edition, slug) DO NOTHING",
    )
    .bind(t.edition.code())
    .bind(&t.slug)
    .bind(&t.name)
    .execute(&mut **tx)
    .await
    .map_err(backend)?;
    Ok(done.rows_affected() > 0)
}

/// Adds an author profile unless its edition has one with its slug; whether it did.
pub(crate) async fn insert_author(tx: &mut Transaction<'_, Db>, a: &NewAuthor) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO authors (edition, slug, name, bio) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (edition, slug) DO NOTHING",
    )
    .bind(a.edition.code())
    .bind(&a.slug)
    .bind(&a.name)
    .bind(&a.bio)
    .execute(&mut **tx)
    .await
    .map_err(backend)?;
    Ok(done.rows_affected() > 0)
}

/// The values of `column` among `values` in `table`'s rows of `edition`, 500 a query: `sql`
/// is `SELECT {column}[, …] FROM {table} WHERE edition = `, the list is added as `AND
/// {column} IN (…)`.
async fn among(
    tx: &mut Transaction<'_, Db>,
    sql: &'static str,
    column: &'static str,
    edition: Lang,
    values: &[&str],
) -> Result<Vec<DbRow>> {
    let mut rows = Vec::new();
    for chunk in values.chunks(500) {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(sql);
        q.push_bind(edition.code())
            .push(" AND ")
            .push(column)
            .push(" IN (");
        let mut sep = q.separated(", ");
        for v in chunk {
            sep.push_bind(*v);
        }
        q.push(")");
        rows.extend(q.build().fetch_all(&mut **tx).await.map_err(backend)?);
    }
    Ok(rows)
}

/// The bundle's articles stored already, by edition and source key: id, revision, and the
/// revision the import ledger says the last import left (when it has one).
async fn stored_sources(
    tx: &mut Transaction<'_, Db>,
    articles: &[NewArticle],
) -> Result<HashMap<(Lang, String), (i64, i64, Option<i64>)>> {
    let mut by_edition: HashMap<Lang, Vec<&str>> = HashMap::new();
    for a in articles {
        if let Some(k) = &a.source_key {
            by_edition.entry(a.edition).or_default().push(k);
        }
    }
    let mut out = HashMap::new();
    for (edition, keys) in by_edition {
        let rows = among(
            tx,
            "SELECT a.source_key, a.id, a.revision, l.revision AS imported_revision \
             FROM articles a LEFT JOIN import_ledger l \
             ON l.edition = a.edition AND l.source_key = a.source_key WHERE a.edition = ",
            "a.source_key",
            edition,
            &keys,
        )
        .await?;
        for r in &rows {
            out.insert(
                (edition, col::<String>(r, "source_key")?),
                (
                    col(r, "id")?,
                    col(r, "revision")?,
                    col(r, "imported_revision")?,
                ),
            );
        }
    }
    Ok(out)
}

/// The bundle's slugs that some stored article held before (former slugs), by edition.
async fn held_slugs(
    tx: &mut Transaction<'_, Db>,
    articles: &[NewArticle],
) -> Result<HashMap<Lang, HashSet<String>>> {
    let mut by_edition: HashMap<Lang, Vec<&str>> = HashMap::new();
    for a in articles {
        by_edition
            .entry(a.edition)
            .or_default()
            .push(&a.content.slug);
    }
    let mut out: HashMap<Lang, HashSet<String>> = HashMap::new();
    for (edition, slugs) in by_edition {
        let rows = among(
            tx,
            "SELECT old_slug FROM slug_redirects WHERE edition = ",
            "old_slug",
            edition,
            &slugs,
        )
        .await?;
        for r in &rows {
            out.entry(edition).or_default().insert(col(r, "old_slug")?);
        }
    }
    Ok(out)
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
