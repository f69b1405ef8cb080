//! Ports of search (SPEC R6): reading published articles as the search index keeps them, and
//! the log of readers' searches that the popular queries are counted from.

use crate::Result;
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::Lang;

/// A published article with what the search index keeps of it; the body still in Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexableArticle {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub body_md: String,
    pub section_id: i64,
    pub section_slug: String,
    pub section_name: String,
    /// `(id, name)` in order; the first is the kicker.
    pub tags: Vec<(i64, String)>,
    /// `(id, name)` of the byline, in order.
    pub authors: Vec<(i64, String)>,
    pub published_at: Timestamp,
}

/// Published articles for the search index.
#[async_trait]
pub trait SearchSource: Send + Sync {
    /// Those of `ids` that readers can see at `now` (the others are to leave the index).
    async fn indexable(&self, ids: &[i64], now: Timestamp) -> Result<Vec<IndexableArticle>>;
    /// Up to `limit` articles readers can see at `now` with an id above `after`, by id: a
    /// rebuild walks the archive with this.
    async fn indexable_after(
        &self,
        after: i64,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<IndexableArticle>>;
}

/// Readers' searches, counted per edition, day and query (normalized by the caller).
#[async_trait]
pub trait SearchLog: Send + Sync {
    /// Adds `(edition, query, count)` to the counts of `day` (days since the epoch).
    async fn record_searches(&self, day: i64, batch: &[(Lang, String, u64)]) -> Result<()>;
    /// The edition's most searched queries since `since_day`, at least `min_count` searches
    /// each, most first.
    async fn popular_searches(
        &self,
        edition: Lang,
        since_day: i64,
        min_count: u64,
        limit: u32,
    ) -> Result<Vec<(String, u64)>>;
}
