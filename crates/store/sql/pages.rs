//! Static pages and the redirects table.

use crate::rows::{col, lang, ts};
use crate::{Db, DbRow, DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::site_page::{NewRedirect, NewStaticPage, Redirect, StaticPage};
use masthead_core::{Actor, ChangeKind, Lang};
use masthead_store::{Conflict, PageRepo, RedirectRepo, Result, StoreError};
use sqlx::Transaction;

macro_rules! page_select {
    () => {
        "SELECT id, edition, slug, title, body_md, body_html, translation_key, in_footer, \
         position, source_key, updated_at FROM static_pages"
    };
}

fn page(r: &DbRow) -> Result<StaticPage> {
    Ok(StaticPage {
        id: col(r, "id")?,
        edition: lang(&col::<String>(r, "edition")?)?,
        slug: col(r, "slug")?,
        title: col(r, "title")?,
        body_md: col(r, "body_md")?,
        body_html: col(r, "body_html")?,
        translation_key: col(r, "translation_key")?,
        in_footer: col(r, "in_footer")?,
        position: col(r, "position")?,
        source_key: col(r, "source_key")?,
        updated_at: ts(col(r, "updated_at")?)?,
    })
}

fn page_slug_conflict(edition: Lang, slug: &str) -> impl Fn(sqlx::Error) -> StoreError {
    let slug = slug.to_owned();
    move |e| match backend(e) {
        StoreError::Conflict(Conflict::Unique(what)) if what.contains("slug") => {
            StoreError::Conflict(Conflict::SlugTaken {
                edition,
                slug: slug.clone(),
            })
        }
        other => other,
    }
}

/// Writes `p` as a new page or over page `id` inside `tx`; returns the id and the editions
/// whose footers it touches (its own, and the one it left).
pub(crate) async fn write_page(
    tx: &mut Transaction<'_, Db>,
    id: Option<i64>,
    p: &NewStaticPage,
    now: Timestamp,
) -> Result<(i64, Vec<Lang>)> {
    p.validate()?;
    let now = now.as_second();
    match id {
        None => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO static_pages (edition, slug, title, body_md, body_html, \
                 translation_key, in_footer, position, source_key, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            )
            .bind(p.edition.code())
            .bind(&p.slug)
            .bind(&p.title)
            .bind(&p.body_md)
            .bind(&p.body_html)
            .bind(&p.translation_key)
            .bind(p.in_footer)
            .bind(p.position)
            .bind(&p.source_key)
            .bind(now)
            .fetch_one(&mut **tx)
            .await
            .map_err(page_slug_conflict(p.edition, &p.slug))?;
            Ok((id, vec![p.edition]))
        }
        Some(id) => {
            let before: Option<String> =
                sqlx::query_scalar("SELECT edition FROM static_pages WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await
                    .map_err(backend)?;
            let before = lang(&before.ok_or(StoreError::NotFound)?)?;
            sqlx::query(
                "UPDATE static_pages SET edition = $1, slug = $2, title = $3, body_md = $4, \
                 body_html = $5, translation_key = $6, in_footer = $7, position = $8, \
                 source_key = COALESCE($9, source_key), updated_at = $10 WHERE id = $11",
            )
            .bind(p.edition.code())
            .bind(&p.slug)
            .bind(&p.title)
            .bind(&p.body_md)
            .bind(&p.body_html)
            .bind(&p.translation_key)
            .bind(p.in_footer)
            .bind(p.position)
            .bind(&p.source_key)
            .bind(now)
            .bind(id)
            .execute(&mut **tx)
            .await
            .map_err(page_slug_conflict(p.edition, &p.slug))?;
            let mut editions = vec![p.edition];
            if before != p.edition {
                editions.push(before);
            }
            Ok((id, editions))
        }
    }
}

/// Saves redirects inside `tx` (see [`RedirectRepo::save_redirects`]); returns how many rows
/// were added or changed.
pub(crate) async fn write_redirects(
    tx: &mut Transaction<'_, Db>,
    items: &[NewRedirect],
    replace: bool,
    now: Timestamp,
) -> Result<u64> {
    let mut n = 0;
    if replace {
        // 200 rows a statement; an old path twice keeps its last target (one statement may
        // not update a row twice).
        let mut last: std::collections::HashMap<&str, &NewRedirect> =
            std::collections::HashMap::new();
        for r in items {
            last.insert(r.from_path.as_str(), r);
        }
        let rows: Vec<&NewRedirect> = last.into_values().collect();
        for chunk in rows.chunks(200) {
            let mut q: sqlx::QueryBuilder<Db> = sqlx::QueryBuilder::new(
                "INSERT INTO redirects (from_path, to_path, source_key, created_at) ",
            );
            q.push_values(chunk, |mut row, r| {
                row.push_bind(&r.from_path)
                    .push_bind(&r.to_path)
                    .push_bind(&r.source_key)
                    .push_bind(now.as_second());
            });
            q.push(
                " ON CONFLICT (from_path) DO UPDATE SET to_path = excluded.to_path, \
                 source_key = excluded.source_key WHERE redirects.to_path <> excluded.to_path",
            );
            n += q
                .build()
                .execute(&mut **tx)
                .await
                .map_err(backend)?
                .rows_affected();
        }
        return Ok(n);
    }
    for r in items {
        let sql = if replace {
            "INSERT INTO redirects (from_path, to_path, source_key, created_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (from_path) DO UPDATE \
             SET to_path = excluded.to_path, source_key = excluded.source_key \
             WHERE redirects.to_path <> excluded.to_path"
        } else {
            "INSERT INTO redirects (from_path, to_path, source_key, created_at) \
             VALUES ($1, $2, $3, $4)"
        };
        let done = sqlx::query(sql)
            .bind(&r.from_path)
            .bind(&r.to_path)
            .bind(&r.source_key)
            .bind(now.as_second())
            .execute(&mut **tx)
            .await
            .map_err(backend)?;
        n += done.rows_affected();
    }
    Ok(n)
}

#[async_trait]
impl PageRepo for DbStore {
    async fn static_pages(&self, edition: Option<Lang>) -> Result<Vec<StaticPage>> {
        let rows = sqlx::query(concat!(
            page_select!(),
            " WHERE ($1 IS NULL OR edition = $1) ORDER BY edition, position, title, id"
        ))
        .bind(edition.map(|e| e.code()))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(page).collect()
    }

    async fn static_page(&self, edition: Lang, slug: &str) -> Result<Option<StaticPage>> {
        sqlx::query(concat!(page_select!(), " WHERE edition = $1 AND slug = $2"))
            .bind(edition.code())
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?
            .as_ref()
            .map(page)
            .transpose()
    }

    async fn static_page_by_id(&self, id: i64) -> Result<Option<StaticPage>> {
        sqlx::query(concat!(page_select!(), " WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?
            .as_ref()
            .map(page)
            .transpose()
    }

    async fn static_page_by_source(
        &self,
        edition: Lang,
        source_key: &str,
    ) -> Result<Option<StaticPage>> {
        sqlx::query(concat!(
            page_select!(),
            " WHERE edition = $1 AND source_key = $2"
        ))
        .bind(edition.code())
        .bind(source_key)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?
        .as_ref()
        .map(page)
        .transpose()
    }

    async fn save_static_page(
        &self,
        actor: &Actor,
        id: Option<i64>,
        p: &NewStaticPage,
    ) -> Result<(i64, i64)> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let (id, editions) = write_page(&mut tx, id, p, Timestamp::now()).await?;
        let mut seq = 0;
        for edition in editions {
            seq = crate::changes::append(&mut tx, actor, &ChangeKind::Pages { edition }).await?;
        }
        tx.commit().await.map_err(backend)?;
        Ok((id, seq))
    }

    async fn delete_static_page(&self, actor: &Actor, id: i64) -> Result<i64> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let edition: Option<String> =
            sqlx::query_scalar("DELETE FROM static_pages WHERE id = $1 RETURNING edition")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
        let edition = lang(&edition.ok_or(StoreError::NotFound)?)?;
        let seq = crate::changes::append(&mut tx, actor, &ChangeKind::Pages { edition }).await?;
        tx.commit().await.map_err(backend)?;
        Ok(seq)
    }
}

#[async_trait]
impl RedirectRepo for DbStore {
    async fn redirect_to(&self, from_path: &str) -> Result<Option<String>> {
        sqlx::query_scalar("SELECT to_path FROM redirects WHERE from_path = $1")
            .bind(from_path)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)
    }

    async fn redirects(
        &self,
        query: &str,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<Redirect>, u64)> {
        let like = format!(
            "%{}%",
            query
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let rows = sqlx::query(
            "SELECT id, from_path, to_path, source_key, created_at FROM redirects \
             WHERE from_path LIKE $1 ESCAPE '\\' OR to_path LIKE $1 ESCAPE '\\' \
             ORDER BY id DESC LIMIT $2 OFFSET $3",
        )
        .bind(&like)
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        let total: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM redirects \
             WHERE from_path LIKE $1 ESCAPE '\\' OR to_path LIKE $1 ESCAPE '\\'",
        )
        .bind(&like)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        let items = rows
            .iter()
            .map(|r| {
                Ok(Redirect {
                    id: col(r, "id")?,
                    from_path: col(r, "from_path")?,
                    to_path: col(r, "to_path")?,
                    source_key: col(r, "source_key")?,
                    created_at: ts(col(r, "created_at")?)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((items, u64::try_from(total).unwrap_or(0)))
    }

    async fn save_redirects(
        &self,
        actor: &Actor,
        items: &[NewRedirect],
        replace: bool,
    ) -> Result<(u64, i64)> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let n = write_redirects(&mut tx, items, replace, Timestamp::now()).await?;
        if n == 0 {
            return Ok((0, 0));
        }
        let seq = crate::changes::append(&mut tx, actor, &ChangeKind::Redirects).await?;
        tx.commit().await.map_err(backend)?;
        Ok((n, seq))
    }

    async fn delete_redirect(&self, actor: &Actor, id: i64) -> Result<i64> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let done = sqlx::query("DELETE FROM redirects WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        let seq = crate::changes::append(&mut tx, actor, &ChangeKind::Redirects).await?;
        tx.commit().await.map_err(backend)?;
        Ok(seq)
    }
}
