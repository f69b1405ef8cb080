//! Resolving the taxonomy an article names by slug (its section, author and tags) to ids, inside
//! the write's transaction.

use crate::Db;
use crate::backend;
use masthead_core::{ArticleContent, Lang};
use masthead_store::{Result, StoreError};
use sqlx::Transaction;
use std::collections::HashMap;

/// Resolves taxonomy slugs to ids within a transaction, remembering what it found.
#[derive(Default)]
pub(crate) struct Taxonomy {
    known: HashMap<(&'static str, Lang, String), i64>,
}

impl Taxonomy {
    pub(crate) async fn id(
        &mut self,
        tx: &mut Transaction<'_, Db>,
        table: &'static str,
        edition: Lang,
        slug: &str,
    ) -> Result<i64> {
        let key = (table, edition, slug.to_owned());
        if let Some(id) = self.known.get(&key) {
            return Ok(*id);
        }
        let sql = match table {
            "sections" => "SELECT id FROM sections WHERE edition = $1 AND slug = $2",
            "tags" => "SELECT id FROM tags WHERE edition = $1 AND slug = $2",
            _ => "SELECT id FROM authors WHERE edition = $1 AND slug = $2",
        };
        let id: Option<i64> = sqlx::query_scalar(sql)
            .bind(edition.code())
            .bind(slug)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
        let id = id.ok_or_else(|| {
            StoreError::InvalidReference(format!("{table}: {}/{slug}", edition.code()))
        })?;
        self.known.insert(key, id);
        Ok(id)
    }

    /// Ids of the byline's further authors, in order, without repeats or the first author.
    pub(crate) async fn coauthors(
        &mut self,
        tx: &mut Transaction<'_, Db>,
        edition: Lang,
        content: &ArticleContent,
        first: Option<i64>,
    ) -> Result<Vec<i64>> {
        let mut out = Vec::with_capacity(content.coauthor_slugs.len());
        for slug in &content.coauthor_slugs {
            let id = self.id(tx, "authors", edition, slug).await?;
            if Some(id) != first && !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// Section, author and tag ids of `content` in `edition`.
    pub(crate) async fn resolve(
        &mut self,
        tx: &mut Transaction<'_, Db>,
        edition: Lang,
        content: &ArticleContent,
    ) -> Result<(i64, Option<i64>, Vec<i64>)> {
        let section = self
            .id(tx, "sections", edition, &content.section_slug)
            .await?;
        let author = match &content.author_slug {
            Some(slug) => Some(self.id(tx, "authors", edition, slug).await?),
            None => None,
        };
        let mut tags = Vec::with_capacity(content.tag_slugs.len());
        for slug in &content.tag_slugs {
            let id = self.id(tx, "tags", edition, slug).await?;
            if !tags.contains(&id) {
                tags.push(id);
            }
        }
        Ok((section, author, tags))
    }
}
