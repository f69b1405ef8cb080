//! Writing articles: create, update (naming the revision it started from) and change status.
//! Each write is one transaction that ends with its change-log row.

use crate::Db;
use crate::facts::{self, Facts};
use crate::resolve::Taxonomy;
use crate::{DbStore, backend, changes, revisions};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::newsroom::RevisionKind;
use masthead_core::workflow::check_transition;
use masthead_core::{Actor, ArticleContent, ChangeKind, Lang, NewArticle, Status};
use masthead_store::{ArticleWriter, Conflict, Result, StoreError, Written};
use sqlx::{QueryBuilder, Transaction};
use std::collections::{HashMap, HashSet};

/// The columns an editor's save writes, in the order [`bind_content`] binds them.
macro_rules! content_columns {
    () => {
        "slug, title, lead, body_md, body_html, section_id, author_id, is_breaking, is_top, \
         is_important, source_name, source_url, cover_url, cover_alt, cover_caption, cover_credit, \
         kicker_tag_id, seo_title, seo_description"
    };
}

/// Binds an article's content to the [`content_columns!`] of `q`; `refs` are its section,
/// author and kicker tag ids.
fn bind_content<'q, Q: BindContent<'q>>(
    q: Q,
    c: &'q ArticleContent,
    refs: (i64, Option<i64>, Option<i64>),
) -> Q {
    let (section, author, kicker) = refs;
    q.b(&c.slug)
        .b(&c.title)
        .b(&c.lead)
        .b(&c.body_md)
        .b(&c.body_html)
        .b(section)
        .b(author)
        .b(c.flags.breaking)
        .b(c.flags.top)
        .b(c.flags.important)
        .b(c.source.as_ref().map(|s| s.name.as_str()))
        .b(c.source.as_ref().map(|s| s.url.as_str()))
        .b(c.cover.as_ref().map(|x| x.url.as_str()))
        .b(c.cover.as_ref().map(|x| x.alt.as_str()))
        .b(c.cover.as_ref().map(|x| x.caption.as_str()))
        .b(c.cover.as_ref().map(|x| x.credit.as_str()))
        .b(kicker)
        .b(&c.seo.title)
        .b(&c.seo.description)
}

/// `bind` on the query kinds sqlx has (rows, scalars, and a row of a multi-row insert).
pub(crate) trait BindContent<'q>: Sized {
    fn b<T>(self, v: T) -> Self
    where
        T: 'q + sqlx::Encode<'q, Db> + sqlx::Type<Db>;
}

impl<'q> BindContent<'q> for sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>> {
    fn b<T>(self, v: T) -> Self
    where
        T: 'q + sqlx::Encode<'q, Db> + sqlx::Type<Db>,
    {
        self.bind(v)
    }
}

impl<'q, O> BindContent<'q>
    for sqlx::query::QueryScalar<'q, Db, O, <Db as sqlx::Database>::Arguments<'q>>
{
    fn b<T>(self, v: T) -> Self
    where
        T: 'q + sqlx::Encode<'q, Db> + sqlx::Type<Db>,
    {
        self.bind(v)
    }
}

impl<'q, Sep: std::fmt::Display> BindContent<'q>
    for &mut sqlx::query_builder::Separated<'_, 'q, Db, Sep>
{
    fn b<T>(self, v: T) -> Self
    where
        T: 'q + sqlx::Encode<'q, Db> + sqlx::Type<Db>,
    {
        self.push_bind(v)
    }
}

/// Whether another article of the edition holds `slug` as a former slug.
async fn held_as_old_slug(
    tx: &mut Transaction<'_, Db>,
    edition: Lang,
    slug: &str,
    id: i64,
) -> Result<bool> {
    let other: Option<i64> = sqlx::query_scalar(
        "SELECT article_id FROM slug_redirects WHERE edition = $1 AND old_slug = $2 AND article_id <> $3",
    )
    .bind(edition.code())
    .bind(slug)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
    .map_err(backend)?;
    Ok(other.is_some())
}

async fn write_tags(tx: &mut Transaction<'_, Db>, id: i64, tags: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM article_tags WHERE article_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    for (pos, tag) in tags.iter().enumerate() {
        sqlx::query("INSERT INTO article_tags (article_id, tag_id, position) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(tag)
            .bind(pos as i64)
            .execute(&mut **tx)
            .await
            .map_err(backend)?;
    }
    Ok(())
}

/// Writes `(article, other, position)` rows, 300 a statement: `head` is the `INSERT INTO
/// table (article_col, other_col, position) ` part.
async fn insert_rows(
    tx: &mut Transaction<'_, Db>,
    head: &'static str,
    rows: &[(i64, i64, i64)],
) -> Result<()> {
    for chunk in rows.chunks(300) {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(head);
        q.push_values(chunk, |mut row, (a, t, p)| {
            row.push_bind(*a).push_bind(*t).push_bind(*p);
        });
        q.build().execute(&mut **tx).await.map_err(backend)?;
    }
    Ok(())
}

/// Replaces the byline's further authors of article `id`.
pub(crate) async fn write_coauthors(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    authors: &[i64],
) -> Result<()> {
    sqlx::query("DELETE FROM article_authors WHERE article_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    for (pos, author) in authors.iter().enumerate() {
        sqlx::query(
            "INSERT INTO article_authors (article_id, author_id, position) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(author)
        .bind(pos as i64 + 1)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    }
    Ok(())
}

/// Inserts a new article row with its tags, co-authors and former slugs; returns its id and
/// the facts a change-log row needs. One article of [`insert_many`].
pub(crate) async fn insert(
    tx: &mut Transaction<'_, Db>,
    taxonomy: &mut Taxonomy,
    a: &NewArticle,
    now: i64,
) -> Result<(i64, Facts)> {
    let mut done = insert_many(tx, taxonomy, &[a], now, None).await?;
    done.pop().ok_or(StoreError::NotFound)
}

/// Articles written by one multi-row statement (27 parameters a row). On 100,000 imported
/// posts (bench/import.sh) 100 was as fast as 400 and peaked about 30 MB lower.
const ROWS_PER_INSERT: usize = 100;

/// Inserts new article rows, [`ROWS_PER_INSERT`] a statement, with their tags, co-authors and
/// former slugs (many rows a statement too); returns each article's id and facts, in the
/// order given. `held` is the former slugs (by edition) among those being written, when the
/// caller has read them for the whole batch (`None`: asked here, one query an article).
///
/// # Errors
/// `Conflict::SlugTaken` when a slug is held now or formerly by another article or twice in
/// `articles`; `Conflict::SourceKeyTaken` for a source key twice in `articles` or stored.
pub(crate) async fn insert_many(
    tx: &mut Transaction<'_, Db>,
    taxonomy: &mut Taxonomy,
    articles: &[&NewArticle],
    now: i64,
    held: Option<&HashMap<Lang, HashSet<String>>>,
) -> Result<Vec<(i64, Facts)>> {
    let mut facts = Vec::with_capacity(articles.len());
    let mut slugs: HashSet<(Lang, &str)> = HashSet::new();
    let mut keys: HashSet<(Lang, &str)> = HashSet::new();
    for a in articles {
        let (c, ed) = (&a.content, a.edition);
        let (section_id, author_id, tag_ids) = taxonomy.resolve(tx, ed, c).await?;
        let coauthor_ids = taxonomy.coauthors(tx, ed, c, author_id).await?;
        let is_held = match held {
            Some(by_edition) => by_edition.get(&ed).is_some_and(|s| s.contains(&c.slug)),
            None => held_as_old_slug(tx, ed, &c.slug, 0).await?,
        };
        if is_held || !slugs.insert((ed, &c.slug)) {
            return Err(Conflict::SlugTaken {
                edition: ed,
                slug: c.slug.clone(),
            }
            .into());
        }
        if let Some(key) = &a.source_key
            && !keys.insert((ed, key))
        {
            return Err(Conflict::SourceKeyTaken {
                edition: ed,
                key: key.clone(),
            }
            .into());
        }
        facts.push(Facts {
            edition: ed,
            revision: 1,
            status: a.status,
            // Published without a time means published now.
            published_at: a
                .published_at
                .map(|t| t.as_second())
                .or((a.status == masthead_core::Status::Published).then_some(now)),
            section_id,
            author_id,
            tag_ids,
            coauthor_ids,
            flags: (c.flags.breaking, c.flags.top, c.flags.important),
            translation_key: a.translation_key.clone(),
        });
    }
    // A multi-row statement's unique violation cannot tell which row; the slugs stored
    // already are looked for first, so that the error names the article.
    if articles.len() > 1 {
        let mut by_edition: HashMap<Lang, Vec<&str>> = HashMap::new();
        for (ed, slug) in &slugs {
            by_edition.entry(*ed).or_default().push(slug);
        }
        for (ed, list) in by_edition {
            for chunk in list.chunks(500) {
                let mut q: QueryBuilder<Db> =
                    QueryBuilder::new("SELECT slug FROM articles WHERE edition = ");
                q.push_bind(ed.code()).push(" AND slug IN (");
                let mut sep = q.separated(", ");
                for slug in chunk {
                    sep.push_bind(*slug);
                }
                q.push(") LIMIT 1");
                let taken: Option<String> = q
                    .build_query_scalar()
                    .fetch_optional(&mut **tx)
                    .await
                    .map_err(backend)?;
                if let Some(slug) = taken {
                    return Err(Conflict::SlugTaken { edition: ed, slug }.into());
                }
            }
        }
    }
    let mut ids: HashMap<(String, String), i64> = HashMap::with_capacity(articles.len());
    for (chunk, chunk_facts) in articles
        .chunks(ROWS_PER_INSERT)
        .zip(facts.chunks(ROWS_PER_INSERT))
    {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(concat!(
            "INSERT INTO articles (",
            content_columns!(),
            ", edition, status, published_at, created_at, updated_at, translation_key, views, \
             revision, source_key) "
        ));
        q.push_values(chunk.iter().zip(chunk_facts), |mut row, (a, f)| {
            let refs = (f.section_id, f.author_id, f.tag_ids.first().copied());
            bind_content(&mut row, &a.content, refs)
                .push_bind(a.edition.code())
                .push_bind(a.status.as_str())
                .push_bind(f.published_at)
                .push_bind(now)
                .push_bind(now)
                .push_bind(a.translation_key.as_deref())
                .push_bind(a.views)
                .push_bind(1i64)
                .push_bind(a.source_key.as_deref());
        });
        q.push(" RETURNING id, edition, slug");
        let first = chunk[0];
        let rows: Vec<(i64, String, String)> =
            q.build_query_as().fetch_all(&mut **tx).await.map_err(|e| {
                match slug_conflict(first.edition, &first.content.slug)(e) {
                    StoreError::Conflict(Conflict::Unique(what)) if what.contains("source_key") => {
                        Conflict::SourceKeyTaken {
                            edition: first.edition,
                            key: first.source_key.clone().unwrap_or_default(),
                        }
                        .into()
                    }
                    other => other,
                }
            })?;
        for (id, edition, slug) in rows {
            ids.insert((edition, slug), id);
        }
    }
    let mut out = Vec::with_capacity(articles.len());
    let mut tag_rows: Vec<(i64, i64, i64)> = Vec::new();
    let mut coauthor_rows: Vec<(i64, i64, i64)> = Vec::new();
    let mut old_slugs: Vec<(Lang, &str, i64)> = Vec::new();
    for (a, f) in articles.iter().zip(facts) {
        let key = (a.edition.code().to_owned(), a.content.slug.clone());
        let id = *ids.get(&key).ok_or(StoreError::NotFound)?;
        tag_rows.extend(
            f.tag_ids
                .iter()
                .enumerate()
                .map(|(i, &t)| (id, t, i as i64)),
        );
        // The byline's first author is the article's own; further ones count from 1.
        coauthor_rows.extend(
            f.coauthor_ids
                .iter()
                .enumerate()
                .map(|(i, &t)| (id, t, i as i64 + 1)),
        );
        old_slugs.extend(a.old_slugs.iter().map(|o| (a.edition, o.as_str(), id)));
        out.push((id, f));
    }
    insert_rows(
        tx,
        "INSERT INTO article_tags (article_id, tag_id, position) ",
        &tag_rows,
    )
    .await?;
    insert_rows(
        tx,
        "INSERT INTO article_authors (article_id, author_id, position) ",
        &coauthor_rows,
    )
    .await?;
    for chunk in old_slugs.chunks(300) {
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new("INSERT INTO slug_redirects (edition, old_slug, article_id) ");
        q.push_values(chunk, |mut row, (ed, old, id)| {
            row.push_bind(ed.code()).push_bind(*old).push_bind(*id);
        });
        let (edition, old, _) = chunk[0];
        q.build()
            .execute(&mut **tx)
            .await
            .map_err(slug_conflict(edition, old))?;
    }
    Ok(out)
}

/// Replaces the content of article `id` (already checked to be at `before.revision`) and
/// records the save as a `kind` revision row; a save that makes content live drops a pending
/// edit when it is a restore or the pending edit itself.
pub(crate) async fn save_content(
    tx: &mut Transaction<'_, Db>,
    actor: &Actor,
    id: i64,
    before: &Facts,
    c: &ArticleContent,
    kind: RevisionKind,
    now: Timestamp,
) -> Result<()> {
    revisions::ensure_base(tx, id, before).await?;
    let expected_revision = before.revision;
    let ed = before.edition;
    let mut taxonomy = Taxonomy::default();
    let (section_id, author_id, tag_ids) = taxonomy.resolve(tx, ed, c).await?;
    let coauthors = taxonomy.coauthors(tx, ed, c, author_id).await?;
    let old_slug: String = sqlx::query_scalar("SELECT slug FROM articles WHERE id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await
        .map_err(backend)?;
    if old_slug != c.slug && held_as_old_slug(tx, ed, &c.slug, id).await? {
        return Err(Conflict::SlugTaken {
            edition: ed,
            slug: c.slug.clone(),
        }
        .into());
    }
    let clear_pending = matches!(
        kind,
        RevisionKind::PendingPublished | RevisionKind::Restored
    );
    bind_content(
        sqlx::query(concat!(
            "UPDATE articles SET (",
            content_columns!(),
            ") = ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19), updated_at = $20, \
             revision = revision + 1, content_revision = revision + 1, \
             pending_revision_id = CASE WHEN $21 THEN NULL ELSE pending_revision_id END \
             WHERE id = $22 AND revision = $23"
        )),
        c,
        (section_id, author_id, tag_ids.first().copied()),
    )
    .bind(now.as_second())
    .bind(clear_pending)
    .bind(id)
    .bind(expected_revision)
    .execute(&mut **tx)
    .await
    .map_err(slug_conflict(ed, &c.slug))?;
    write_tags(tx, id, &tag_ids).await?;
    write_coauthors(tx, id, &coauthors).await?;
    if old_slug != c.slug {
        // The old address keeps working; an article taking back a former slug drops it.
        sqlx::query("DELETE FROM slug_redirects WHERE edition = $1 AND old_slug = $2")
            .bind(ed.code())
            .bind(&c.slug)
            .execute(&mut **tx)
            .await
            .map_err(backend)?;
        sqlx::query(
            "INSERT INTO slug_redirects (edition, old_slug, article_id) VALUES ($1, $2, $3) \
             ON CONFLICT (edition, old_slug) DO UPDATE SET article_id = excluded.article_id",
        )
        .bind(ed.code())
        .bind(&old_slug)
        .bind(id)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    }
    revisions::record(
        tx,
        actor,
        id,
        revisions::Row {
            revision: expected_revision + 1,
            kind,
            status: before.status,
            note: "",
            content: Some(c),
        },
        now,
    )
    .await?;
    Ok(())
}

/// Reads the article's facts and checks it is still at `expected` revision.
pub(crate) async fn current(tx: &mut Transaction<'_, Db>, id: i64, expected: i64) -> Result<Facts> {
    let before = facts::read(tx, id).await?.ok_or(StoreError::NotFound)?;
    if before.revision != expected {
        return Err(Conflict::StaleRevision {
            id,
            expected,
            current: before.revision,
        }
        .into());
    }
    Ok(before)
}

/// Appends the article's change and commits.
pub(crate) async fn finish(
    mut tx: Transaction<'_, Db>,
    actor: &Actor,
    id: i64,
    before: Option<&Facts>,
    now: Timestamp,
) -> Result<Written> {
    let after = facts::read(&mut tx, id)
        .await?
        .ok_or(StoreError::NotFound)?;
    let change = facts::change(&mut tx, id, before, &after, now).await?;
    let seq = changes::append(&mut tx, actor, &ChangeKind::Article(change)).await?;
    tx.commit().await.map_err(backend)?;
    Ok(Written {
        id,
        revision: after.revision,
        seq,
    })
}

#[async_trait]
impl ArticleWriter for DbStore {
    async fn create_article(&self, actor: &Actor, article: &NewArticle) -> Result<Written> {
        article.validate()?;
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let (id, _) = insert(&mut tx, &mut Taxonomy::default(), article, now.as_second()).await?;
        revisions::record(
            &mut tx,
            actor,
            id,
            revisions::Row {
                revision: 1,
                kind: RevisionKind::Created,
                status: article.status,
                note: "",
                content: Some(&article.content),
            },
            now,
        )
        .await?;
        if let Actor::Staff { user_id, .. } = actor {
            sqlx::query("UPDATE articles SET owner_id = $1 WHERE id = $2")
                .bind(user_id)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
        }
        finish(tx, actor, id, None, now).await
    }

    async fn update_article(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        c: &ArticleContent,
    ) -> Result<Written> {
        c.validate()?;
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        let now = Timestamp::now();
        save_content(&mut tx, actor, id, &before, c, RevisionKind::Saved, now).await?;
        finish(tx, actor, id, Some(&before), now).await
    }

    async fn set_status(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        to: Status,
        published_at: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<Written> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        check_transition(before.status, to, published_at, now)?;
        let keep = before.published_at;
        let at = match to {
            Status::Published => published_at
                .map(|t| t.as_second())
                .or(if before.status == Status::Unpublished {
                    keep
                } else {
                    None
                })
                .unwrap_or(now.as_second()),
            Status::Scheduled => published_at.map_or(now.as_second(), |t| t.as_second()),
            _ => keep.unwrap_or(0),
        };
        let at =
            (to == Status::Published || to == Status::Scheduled || keep.is_some()).then_some(at);
        sqlx::query(
            "UPDATE articles SET status = $1, published_at = $2, updated_at = $3, revision = revision + 1 \
             WHERE id = $4 AND revision = $5",
        )
        .bind(to.as_str())
        .bind(at)
        .bind(now.as_second())
        .bind(id)
        .bind(expected_revision)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        revisions::record(
            &mut tx,
            actor,
            id,
            revisions::Row {
                revision: expected_revision + 1,
                kind: RevisionKind::Status,
                status: to,
                note: before.status.as_str(),
                content: None,
            },
            now,
        )
        .await?;
        finish(tx, actor, id, Some(&before), now).await
    }

    async fn import(
        &self,
        actor: &Actor,
        bundle: &masthead_core::ContentBundle,
    ) -> Result<masthead_store::Imported> {
        let imported = crate::import::import(&self.pool, actor, bundle).await?;
        if imported.ids.len() >= 100 {
            // Fresh statistics after a bulk load, so the planner uses the indexes at once.
            self.statistics_after_bulk_write().await?;
        }
        Ok(imported)
    }
}

/// A unique violation on an article's slug (or a former slug) as the typed conflict.
pub(crate) fn slug_conflict(
    edition: Lang,
    slug: &str,
) -> impl Fn(sqlx::Error) -> masthead_store::StoreError {
    let slug = slug.to_owned();
    move |e| match backend(e) {
        masthead_store::StoreError::Conflict(masthead_store::Conflict::Unique(what))
            if what.contains("slug") || what.contains("slug_redirects") =>
        {
            masthead_store::StoreError::Conflict(masthead_store::Conflict::SlugTaken {
                edition,
                slug: slug.clone(),
            })
        }
        other => other,
    }
}
