//! The newsroom's writes and reads on SQLite: history, pending edits, restores, translations,
//! corrections, deletion, the scheduler's queue and the media library.

use crate::Db;
use crate::DbRow;
use crate::facts::{self, Facts};
use crate::resolve::Taxonomy;
use crate::revisions::{self, INFO_COLUMNS, Row};
use crate::rows::{col, lang, status, summary, ts};
use crate::writer::{current, finish, insert, save_content};
use crate::{DbStore, backend, changes};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::newsroom::{
    Correction, CorrectionKind, Media, MissingTranslation, NewMedia, Revision, RevisionInfo,
    RevisionKind, StoryArticle, TranslationState,
};
use masthead_core::{
    Actor, ArticleContent, ArticleSummary, Author, ChangeKind, CoreError, Lang, NewArticle, NewTag,
    Status, Tag,
};
use masthead_store::{
    Conflict, CorrectionReader, MediaRepo, NewsroomRepo, Result, StoreError, TranslationReader,
    Written,
};
use sqlx::Transaction;

fn rule(field: &'static str, key: &'static str) -> StoreError {
    StoreError::Rule(CoreError::Invalid { field, key })
}

/// Bumps the revision of an article checked to be at `expected` (a write that changes no
/// content but must be seen by anyone holding the old revision).
async fn bump(tx: &mut Transaction<'_, Db>, id: i64, expected: i64, set: &str) -> Result<()> {
    let sql = format!(
        "UPDATE articles SET {set}{}revision = revision + 1 WHERE id = $1 AND revision = $2",
        if set.is_empty() { "" } else { ", " }
    );
    sqlx::query(&sql)
        .bind(id)
        .bind(expected)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    Ok(())
}

/// Appends a change that also refreshes listings (the corrections page) and commits.
async fn finish_listing(
    mut tx: Transaction<'_, Db>,
    actor: &Actor,
    id: i64,
    before: &Facts,
    now: Timestamp,
) -> Result<Written> {
    let mut change = facts::change(&mut tx, id, Some(before), before, now).await?;
    change.listing = true;
    let seq = changes::append(&mut tx, actor, &ChangeKind::Article(change)).await?;
    tx.commit().await.map_err(backend)?;
    Ok(Written {
        id,
        revision: before.revision,
        seq,
    })
}

fn translation_state(row: &DbRow) -> Result<TranslationState> {
    Ok(TranslationState {
        id: col(row, "id")?,
        edition: lang(col(row, "edition")?)?,
        title: col(row, "title")?,
        status: status(col(row, "status")?)?,
        source_id: col(row, "source_id")?,
        source_edition: lang(col(row, "source_edition")?)?,
        source_title: col(row, "source_title")?,
        source_revision: col::<Option<i64>>(row, "source_revision")?.unwrap_or(0),
        source_current: col(row, "source_current")?,
    })
}

const STATE_SQL: &str = "SELECT a.id, a.edition, a.title, a.status, a.source_revision, \
     s.id AS source_id, s.edition AS source_edition, s.title AS source_title, \
     s.content_revision AS source_current \
     FROM articles a JOIN articles s ON s.id = a.source_article_id";

fn media(row: &DbRow) -> Result<Media> {
    let widths: String = col(row, "widths")?;
    let widths = widths
        .split(',')
        .map(|w| w.parse::<u32>())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| StoreError::Corrupt(format!("media widths `{widths}`: {e}")))?;
    Ok(Media {
        id: col(row, "id")?,
        stem: col(row, "stem")?,
        ext: col(row, "format")?,
        width: col::<i64>(row, "width")? as u32,
        height: col::<i64>(row, "height")? as u32,
        widths,
        bytes: col(row, "bytes")?,
        alt: col(row, "alt")?,
        caption: col(row, "caption")?,
        credit: col(row, "credit")?,
        original_name: col(row, "original_name")?,
        uploaded_at: ts(col(row, "uploaded_at")?)?,
        user_id: col(row, "user_id")?,
    })
}

#[async_trait]
impl NewsroomRepo for DbStore {
    async fn revisions(&self, article_id: i64, limit: u32) -> Result<Vec<RevisionInfo>> {
        let sql = format!(
            "SELECT {INFO_COLUMNS} FROM article_revisions r LEFT JOIN users u ON u.id = r.user_id \
             WHERE r.article_id = $1 ORDER BY r.id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(article_id)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(revisions::info).collect()
    }

    async fn revision(&self, article_id: i64, id: i64) -> Result<Option<Revision>> {
        let sql = format!(
            "SELECT {INFO_COLUMNS}, r.content FROM article_revisions r \
             LEFT JOIN users u ON u.id = r.user_id WHERE r.article_id = $1 AND r.id = $2"
        );
        let row = sqlx::query(&sql)
            .bind(article_id)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(revisions::revision).transpose()
    }

    async fn article_content(&self, id: i64) -> Result<Option<ArticleContent>> {
        let mut conn = self.pool.acquire().await.map_err(backend)?;
        revisions::content_of(&mut conn, id).await
    }

    async fn keep_conflict(
        &self,
        actor: &Actor,
        id: i64,
        base_revision: i64,
        content: &ArticleContent,
    ) -> Result<i64> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = facts::read(&mut tx, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        revisions::ensure_base(&mut tx, id, &before).await?;
        let row = revisions::record(
            &mut tx,
            actor,
            id,
            Row {
                revision: base_revision,
                kind: RevisionKind::Conflict,
                status: before.status,
                note: "",
                content: Some(content),
            },
            Timestamp::now(),
        )
        .await?;
        tx.commit().await.map_err(backend)?;
        Ok(row)
    }

    async fn save_pending(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        content: &ArticleContent,
    ) -> Result<Written> {
        content.validate()?;
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        if before.status != Status::Published {
            return Err(rule("pending", "pending-not-published"));
        }
        // Checks the references now, so that publishing it later cannot fail on them.
        Taxonomy::default()
            .resolve(&mut tx, before.edition, content)
            .await?;
        revisions::ensure_base(&mut tx, id, &before).await?;
        let row = revisions::record(
            &mut tx,
            actor,
            id,
            Row {
                revision: expected_revision + 1,
                kind: RevisionKind::Pending,
                status: before.status,
                note: "",
                content: Some(content),
            },
            now,
        )
        .await?;
        bump(
            &mut tx,
            id,
            expected_revision,
            &format!("pending_revision_id = {row}"),
        )
        .await?;
        finish(tx, actor, id, Some(&before), now).await
    }

    async fn apply_revision(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        revision_id: i64,
        content: &ArticleContent,
        kind: RevisionKind,
    ) -> Result<Written> {
        content.validate()?;
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        let (pending, exists): (Option<i64>, i64) = sqlx::query_as(
            "SELECT a.pending_revision_id, (SELECT count(*) FROM article_revisions r \
             WHERE r.article_id = a.id AND r.id = $1 AND r.content IS NOT NULL) \
             FROM articles a WHERE a.id = $2",
        )
        .bind(revision_id)
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .map_err(backend)?;
        let fits = match kind {
            RevisionKind::PendingPublished => pending == Some(revision_id),
            RevisionKind::Restored => exists > 0,
            _ => false,
        };
        if !fits {
            return Err(StoreError::NotFound);
        }
        save_content(&mut tx, actor, id, &before, content, kind, now).await?;
        finish(tx, actor, id, Some(&before), now).await
    }

    async fn discard_pending(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
    ) -> Result<Written> {
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        bump(&mut tx, id, expected_revision, "pending_revision_id = NULL").await?;
        finish(tx, actor, id, Some(&before), now).await
    }

    async fn create_translation(
        &self,
        actor: &Actor,
        source_id: i64,
        article: &NewArticle,
    ) -> Result<Written> {
        article.validate()?;
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let source = facts::read(&mut tx, source_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        if source.edition == article.edition {
            return Err(rule("edition", "translation-same-edition"));
        }
        let key = match &source.translation_key {
            Some(k) => k.clone(),
            None => {
                let k = format!("story-{source_id}");
                sqlx::query("UPDATE articles SET translation_key = $1 WHERE id = $2")
                    .bind(&k)
                    .bind(source_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                k
            }
        };
        let taken: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM articles WHERE translation_key = $1 AND edition = $2 LIMIT 1",
        )
        .bind(&key)
        .bind(article.edition.code())
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        if let Some(existing) = taken {
            return Err(Conflict::TranslationExists {
                edition: article.edition,
                id: existing,
            }
            .into());
        }
        revisions::ensure_base(&mut tx, source_id, &source).await?;
        let mut a = article.clone();
        a.translation_key = Some(key);
        let (id, _) = insert(&mut tx, &mut Taxonomy::default(), &a, now.as_second()).await?;
        let owner = revisions::user_of(actor);
        sqlx::query(
            "UPDATE articles SET owner_id = $1, source_article_id = $2, source_revision = \
             (SELECT content_revision FROM articles WHERE id = $3) WHERE id = $4",
        )
        .bind(owner)
        .bind(source_id)
        .bind(source_id)
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        revisions::record(
            &mut tx,
            actor,
            id,
            Row {
                revision: 1,
                kind: RevisionKind::Created,
                status: a.status,
                note: "",
                content: Some(&a.content),
            },
            now,
        )
        .await?;
        finish(tx, actor, id, None, now).await
    }

    async fn mark_translation_current(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
    ) -> Result<Written> {
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        let source: Option<i64> =
            sqlx::query_scalar("SELECT source_article_id FROM articles WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
        let source = source.ok_or(StoreError::NotFound)?;
        bump(
            &mut tx,
            id,
            expected_revision,
            &format!(
                "source_revision = (SELECT content_revision FROM articles WHERE id = {source})"
            ),
        )
        .await?;
        finish(tx, actor, id, Some(&before), now).await
    }

    async fn add_correction(
        &self,
        actor: &Actor,
        id: i64,
        kind: CorrectionKind,
        text: &str,
        now: Timestamp,
    ) -> Result<Written> {
        let text = masthead_core::newsroom::validate_correction(text)?;
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = facts::read(&mut tx, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        if before.status != Status::Published {
            return Err(rule("text", "correction-not-published"));
        }
        let user = revisions::user_of(actor);
        sqlx::query(
            "INSERT INTO corrections (article_id, kind, text, at, user_id) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(kind.as_str())
        .bind(&text)
        .bind(now.as_second())
        .bind(user)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        // `dateModified` moves; the revision does not, so an editor with the article open
        // meanwhile is not told of a conflict that is none.
        sqlx::query("UPDATE articles SET updated_at = $1 WHERE id = $2")
            .bind(now.as_second())
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        let note: String = text.chars().take(200).collect();
        revisions::record(
            &mut tx,
            actor,
            id,
            Row {
                revision: before.revision,
                kind: RevisionKind::Correction,
                status: before.status,
                note: &note,
                content: None,
            },
            now,
        )
        .await?;
        finish_listing(tx, actor, id, &before, now).await
    }

    async fn delete_article(&self, actor: &Actor, id: i64, expected_revision: i64) -> Result<i64> {
        let now = Timestamp::now();
        let mut tx = crate::write_tx(&self.pool).await?;
        let before = current(&mut tx, id, expected_revision).await?;
        let gone = Facts {
            status: Status::Unpublished,
            ..before.clone()
        };
        let mut change = facts::change(&mut tx, id, Some(&before), &gone, now).await?;
        change.listing = true;
        sqlx::query("DELETE FROM articles WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        let seq = changes::append(&mut tx, actor, &ChangeKind::Article(change)).await?;
        tx.commit().await.map_err(backend)?;
        Ok(seq)
    }

    async fn edition_tags(&self, edition: Lang, limit: u32) -> Result<Vec<Tag>> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT t.id, t.slug, t.name FROM tags t WHERE t.edition = $1 ORDER BY \
             (SELECT count(*) FROM article_tags k WHERE k.tag_id = t.id) DESC, t.name LIMIT $2",
        )
        .bind(edition.code())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        Ok(rows
            .into_iter()
            .map(|(id, slug, name)| Tag {
                id,
                edition,
                slug,
                name,
            })
            .collect())
    }

    async fn edition_authors(&self, edition: Lang) -> Result<Vec<Author>> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, slug, name, bio FROM authors WHERE edition = $1 ORDER BY name",
        )
        .bind(edition.code())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        Ok(rows
            .into_iter()
            .map(|(id, slug, name, bio)| Author {
                id,
                edition,
                slug,
                name,
                bio,
            })
            .collect())
    }

    async fn ensure_tags(&self, actor: &Actor, tags: &[NewTag]) -> Result<()> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let mut created: Vec<Lang> = Vec::new();
        for t in tags {
            masthead_core::slug::validate(&t.slug)?;
            if crate::import::insert_tag(&mut tx, t).await? && !created.contains(&t.edition) {
                created.push(t.edition);
            }
        }
        for edition in created {
            changes::append(&mut tx, actor, &ChangeKind::Taxonomy { edition }).await?;
        }
        tx.commit().await.map_err(backend)?;
        Ok(())
    }

    async fn due_scheduled(&self, now: Timestamp, limit: u32) -> Result<Vec<(i64, i64)>> {
        sqlx::query_as(concat!(
            "SELECT id, revision FROM articles",
            indexed_by!("articles_scheduled"),
            " WHERE status = 'scheduled' AND published_at <= $1 ORDER BY published_at LIMIT $2"
        ))
        .bind(now.as_second())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)
    }
}

#[async_trait]
impl CorrectionReader for DbStore {
    async fn corrections(&self, article_id: i64) -> Result<Vec<Correction>> {
        let rows = sqlx::query(
            "SELECT id, kind, text, at FROM corrections WHERE article_id = $1 ORDER BY at, id",
        )
        .bind(article_id)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let kind: String = col(r, "kind")?;
                Ok(Correction {
                    id: col(r, "id")?,
                    article_id,
                    kind: kind
                        .parse()
                        .map_err(|_| StoreError::Corrupt(format!("correction kind `{kind}`")))?,
                    text: col(r, "text")?,
                    at: ts(col(r, "at")?)?,
                })
            })
            .collect()
    }

    async fn recent_corrections(
        &self,
        edition: Lang,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<(ArticleSummary, Correction)>> {
        let sql = concat!(
            "SELECT ",
            summary_columns!(),
            ", c.id AS c_id, c.kind AS c_kind, c.text AS c_text, c.at AS c_at \
             FROM corrections c JOIN articles a ON a.id = c.article_id",
            summary_joins!(),
            " WHERE a.edition = $1 AND a.status = 'published' AND a.published_at <= $2 \
             ORDER BY c.at DESC, c.id DESC LIMIT $3 OFFSET $4"
        );
        let rows = sqlx::query(sql)
            .bind(edition.code())
            .bind(now.as_second())
            .bind(i64::from(limit))
            .bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let a = summary(r, 0)?;
                let kind: String = col(r, "c_kind")?;
                let c = Correction {
                    id: col(r, "c_id")?,
                    article_id: a.id,
                    kind: kind
                        .parse()
                        .map_err(|_| StoreError::Corrupt(format!("correction kind `{kind}`")))?,
                    text: col(r, "c_text")?,
                    at: ts(col(r, "c_at")?)?,
                };
                Ok((a, c))
            })
            .collect()
    }

    async fn count_corrections(&self, edition: Lang, now: Timestamp) -> Result<u64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM corrections c JOIN articles a ON a.id = c.article_id \
             WHERE a.edition = $1 AND a.status = 'published' AND a.published_at <= $2",
        )
        .bind(edition.code())
        .bind(now.as_second())
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        Ok(n.max(0) as u64)
    }
}

#[async_trait]
impl TranslationReader for DbStore {
    async fn translation_state(&self, id: i64) -> Result<Option<TranslationState>> {
        let sql = format!("{STATE_SQL} WHERE a.id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(translation_state).transpose()
    }

    async fn stale_translations(
        &self,
        owner: Option<i64>,
        limit: u32,
    ) -> Result<Vec<TranslationState>> {
        let sql = format!(
            "{STATE_SQL} WHERE a.source_article_id IS NOT NULL \
             AND s.content_revision > coalesce(a.source_revision, 0) \
             AND ($1 IS NULL OR a.owner_id = $1) ORDER BY s.updated_at DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(owner)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(translation_state).collect()
    }

    async fn translations_of(&self, source_id: i64) -> Result<Vec<TranslationState>> {
        let sql = format!("{STATE_SQL} WHERE a.source_article_id = $1 ORDER BY a.edition");
        let rows = sqlx::query(&sql)
            .bind(source_id)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(translation_state).collect()
    }

    async fn story_articles(&self, key: &str) -> Result<Vec<StoryArticle>> {
        let rows = sqlx::query(concat!(
            "SELECT id, edition, title, status FROM articles",
            indexed_by!("articles_translation"),
            " WHERE translation_key = $1 ORDER BY edition"
        ))
        .bind(key)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                Ok(StoryArticle {
                    id: col(r, "id")?,
                    edition: lang(col(r, "edition")?)?,
                    title: col(r, "title")?,
                    status: status(col(r, "status")?)?,
                })
            })
            .collect()
    }

    async fn missing_translations(
        &self,
        editions: &[Lang],
        limit: u32,
    ) -> Result<Vec<MissingTranslation>> {
        // The latest published originals (not translations themselves), with the editions
        // their story already has.
        let rows = sqlx::query(concat!(
            "SELECT a.id, a.edition, a.title, a.status, (SELECT ",
            text_list!("o.edition"),
            " FROM articles o \
              WHERE a.translation_key IS NOT NULL AND o.translation_key = a.translation_key) AS have \
             FROM articles a",
            indexed_by!("articles_status_updated"),
            " WHERE a.status = 'published' AND a.source_article_id IS NULL \
             ORDER BY a.updated_at DESC LIMIT $1",
        ))
        .bind(i64::from(limit) * 4)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        let mut out = Vec::new();
        for r in &rows {
            let edition = lang(col(r, "edition")?)?;
            let have: Option<String> = col(r, "have")?;
            let have: Vec<&str> = have.as_deref().unwrap_or("").split(',').collect();
            let missing: Vec<Lang> = editions
                .iter()
                .copied()
                .filter(|e| *e != edition && !have.contains(&e.code()))
                .collect();
            if missing.is_empty() {
                continue;
            }
            out.push(MissingTranslation {
                id: col(r, "id")?,
                edition,
                title: col(r, "title")?,
                status: status(col(r, "status")?)?,
                missing,
            });
            if out.len() >= limit as usize {
                break;
            }
        }
        Ok(out)
    }
}

#[async_trait]
impl MediaRepo for DbStore {
    async fn add_media(&self, actor: &Actor, m: &NewMedia) -> Result<Media> {
        let user = revisions::user_of(actor);
        let widths = m
            .widths
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let row = sqlx::query(
            "INSERT INTO media (stem, format, width, height, widths, bytes, alt, caption, credit, \
             original_name, uploaded_at, user_id, source_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *",
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
        .bind(Timestamp::now().as_second())
        .bind(user)
        .bind(&m.source_key)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        media(&row)
    }

    async fn find_media(&self, query: &str, limit: u32, offset: u64) -> Result<(Vec<Media>, u64)> {
        let like = format!(
            "%{}%",
            query
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let filter = concat!(
            "($1 = '' OR alt ",
            ilike!(),
            " $2 ESCAPE '\\' OR caption ",
            ilike!(),
            " $2 ESCAPE '\\' OR credit ",
            ilike!(),
            " $2 ESCAPE '\\' OR original_name ",
            ilike!(),
            " $2 ESCAPE '\\')"
        );
        let rows = sqlx::query(&format!(
            "SELECT * FROM media WHERE {filter} ORDER BY id DESC LIMIT $3 OFFSET $4"
        ))
        .bind(query)
        .bind(&like)
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        let total: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM media WHERE {filter}"))
            .bind(query)
            .bind(&like)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        let list = rows.iter().map(media).collect::<Result<Vec<_>>>()?;
        Ok((list, total.max(0) as u64))
    }

    async fn media_by_source(&self, source_key: &str) -> Result<Option<Media>> {
        let row = sqlx::query("SELECT * FROM media WHERE source_key = $1")
            .bind(source_key)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(media).transpose()
    }

    async fn media_by_stem(&self, stem: &str) -> Result<Option<Media>> {
        let row = sqlx::query("SELECT * FROM media WHERE stem = $1")
            .bind(stem)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(media).transpose()
    }
}
