//! Sections, tags and authors.

use crate::rows::lang;
use crate::{SqliteStore, backend};
use async_trait::async_trait;
use masthead_core::{Author, Lang, Section, Tag};
use masthead_store::{Result, StoreError, TaxonomyRepo};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

pub(crate) fn tag(r: &SqliteRow) -> Result<Tag, StoreError> {
    Ok(Tag {
        id: r.try_get("id").map_err(backend)?,
        edition: lang(r.try_get("edition").map_err(backend)?)?,
        slug: r.try_get("slug").map_err(backend)?,
        name: r.try_get("name").map_err(backend)?,
    })
}

fn section(r: &SqliteRow) -> Result<Section, StoreError> {
    Ok(Section {
        id: r.try_get("id").map_err(backend)?,
        edition: lang(r.try_get("edition").map_err(backend)?)?,
        slug: r.try_get("slug").map_err(backend)?,
        name: r.try_get("name").map_err(backend)?,
        position: r.try_get("position").map_err(backend)?,
    })
}

fn author(r: &SqliteRow) -> Result<Author, StoreError> {
    Ok(Author {
        id: r.try_get("id").map_err(backend)?,
        edition: lang(r.try_get("edition").map_err(backend)?)?,
        slug: r.try_get("slug").map_err(backend)?,
        name: r.try_get("name").map_err(backend)?,
        bio: r.try_get("bio").map_err(backend)?,
    })
}

#[async_trait]
impl TaxonomyRepo for SqliteStore {
    async fn sections(&self, edition: Lang) -> Result<Vec<Section>> {
        let rows = sqlx::query("SELECT id, edition, slug, name, position FROM sections WHERE edition = ? ORDER BY position, id")
            .bind(edition.code())
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(section).collect()
    }

    async fn section_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Section>> {
        let row = sqlx::query(
            "SELECT id, edition, slug, name, position FROM sections WHERE edition = ? AND slug = ?",
        )
        .bind(edition.code())
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(section).transpose()
    }

    async fn section(&self, id: i64) -> Result<Option<Section>> {
        let row =
            sqlx::query("SELECT id, edition, slug, name, position FROM sections WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
        row.as_ref().map(section).transpose()
    }

    async fn tag_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Tag>> {
        let row =
            sqlx::query("SELECT id, edition, slug, name FROM tags WHERE edition = ? AND slug = ?")
                .bind(edition.code())
                .bind(slug)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
        row.as_ref().map(tag).transpose()
    }

    async fn author_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Author>> {
        let row = sqlx::query(
            "SELECT id, edition, slug, name, bio FROM authors WHERE edition = ? AND slug = ?",
        )
        .bind(edition.code())
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(author).transpose()
    }

    async fn author(&self, id: i64) -> Result<Option<Author>> {
        let row = sqlx::query("SELECT id, edition, slug, name, bio FROM authors WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(author).transpose()
    }
}
