//! Sections, tags and authors.

use crate::rows::{col, lang};
use crate::{DbStore, backend};
use async_trait::async_trait;
use masthead_core::{Author, Lang, Section, Tag};
use masthead_store::{Result, StoreError, TaxonomyReader};

use crate::DbRow;

pub(crate) fn tag(r: &DbRow) -> Result<Tag, StoreError> {
    Ok(Tag {
        id: col(r, "id")?,
        edition: lang(col(r, "edition")?)?,
        slug: col(r, "slug")?,
        name: col(r, "name")?,
    })
}

fn section(r: &DbRow) -> Result<Section, StoreError> {
    Ok(Section {
        id: col(r, "id")?,
        edition: lang(col(r, "edition")?)?,
        slug: col(r, "slug")?,
        name: col(r, "name")?,
        position: col(r, "position")?,
    })
}

pub(crate) fn author(r: &DbRow) -> Result<Author, StoreError> {
    Ok(Author {
        id: col(r, "id")?,
        edition: lang(col(r, "edition")?)?,
        slug: col(r, "slug")?,
        name: col(r, "name")?,
        bio: col(r, "bio")?,
    })
}

#[async_trait]
impl TaxonomyReader for DbStore {
    async fn sections(&self, edition: Lang) -> Result<Vec<Section>> {
        let rows = sqlx::query("SELECT id, edition, slug, name, position FROM sections WHERE edition = $1 ORDER BY position, id")
            .bind(edition.code())
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(section).collect()
    }

    async fn section_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Section>> {
        let row = sqlx::query(
            "SELECT id, edition, slug, name, position FROM sections WHERE edition = $1 AND slug = $2",
        )
        .bind(edition.code())
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(section).transpose()
    }

    async fn tag_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Tag>> {
        let row = sqlx::query(
            "SELECT id, edition, slug, name FROM tags WHERE edition = $1 AND slug = $2",
        )
        .bind(edition.code())
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(tag).transpose()
    }

    async fn author_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Author>> {
        let row = sqlx::query(
            "SELECT id, edition, slug, name, bio FROM authors WHERE edition = $1 AND slug = $2",
        )
        .bind(edition.code())
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(author).transpose()
    }

    async fn tag_editions(&self, slug: &str) -> Result<Vec<Lang>> {
        let codes: Vec<String> =
            sqlx::query_scalar("SELECT edition FROM tags WHERE slug = $1 ORDER BY edition")
                .bind(slug)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
        codes.iter().map(|c| lang(c)).collect()
    }

    async fn author_editions(&self, slug: &str) -> Result<Vec<Lang>> {
        let codes: Vec<String> =
            sqlx::query_scalar("SELECT edition FROM authors WHERE slug = $1 ORDER BY edition")
                .bind(slug)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
        codes.iter().map(|c| lang(c)).collect()
    }
}
