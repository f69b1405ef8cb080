//! Full-text search (SPEC R6, A1): what an index keeps of an article, what a reader asks, what
//! comes back, and [`SearchIndex`], the port a search engine implements (the tantivy one lives
//! in `masthead-search`; `service` and `web` see only this).

use crate::Lang;
use jiff::Timestamp;
use serde::Serialize;

/// Longest query read, in characters; the rest is cut before parsing.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words and phrases a query is made of; further ones are ignored.
pub const MAX_QUERY_TERMS: usize = 16;
/// Largest page of results.
pub const MAX_PAGE_SIZE: usize = 100;
/// Deepest result reachable by paging (offset + limit); deeper pages are empty.
pub const MAX_DEPTH: usize = 1_000;

/// A published article as the index keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    /// The first tag's name, shown above the title.
    pub kicker: Option<String>,
    pub lead: String,
    /// The body as plain text (paragraphs separated by blank lines), no markup.
    pub body: String,
    pub section_id: i64,
    pub section_slug: String,
    pub section_name: String,
    pub tag_ids: Vec<i64>,
    /// Tag names, searched as words.
    pub tag_names: Vec<String>,
    pub author_ids: Vec<i64>,
    /// Byline names, searched as words.
    pub author_names: Vec<String>,
    pub published_at: Timestamp,
}

/// One question to the index.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    pub edition: Lang,
    /// What the reader typed: words, `"phrases in quotes"`, `-excluded` words. Longer text than
    /// [`MAX_QUERY_CHARS`] is cut; control characters are dropped.
    pub text: String,
    /// Only this section (its slug).
    pub section: Option<String>,
    /// Published at or after.
    pub from: Option<Timestamp>,
    /// Published before.
    pub until: Option<Timestamp>,
    pub offset: usize,
    /// At most [`MAX_PAGE_SIZE`].
    pub limit: usize,
    /// Now, for the recency blend: a fresh story beats an old one of equal relevance.
    pub now: Timestamp,
}

/// A stretch of a snippet: plain text, marked when it matched the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub text: String,
    pub hit: bool,
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub kicker: Option<String>,
    pub section_slug: String,
    pub section_name: String,
    pub published_at: Timestamp,
    /// Up to about 200 characters of the body (or the lead) around the matches.
    pub snippet: Vec<Mark>,
    /// Relevance blended with recency; only the order means anything.
    pub score: f32,
}

/// A page of results.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchResults {
    /// Articles matching, in all pages.
    pub total: u64,
    pub hits: Vec<SearchHit>,
    /// No article had every word: these have some of them.
    pub partial: bool,
}

/// Whether the index can answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum IndexState {
    Ready,
    /// Being built from the database: `done` of `total` articles so far.
    Rebuilding {
        done: u64,
        total: u64,
    },
}

/// What an index write carries: articles to (re)index, articles to drop, and the change-log
/// sequence the index has applied once this is committed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexBatch {
    pub upserts: Vec<SearchDoc>,
    pub deletes: Vec<i64>,
    /// `None` keeps the sequence recorded before (a rebuild's intermediate batches).
    pub seq: Option<i64>,
}

/// Why a search or an index write failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index is being rebuilt; ask again shortly.
    #[error("the search index is being rebuilt")]
    Rebuilding,
    /// The engine failed (disk, corrupt files); the message is for the log.
    #[error("search index: {0}")]
    Engine(String),
}

/// A full-text index over the published articles of every edition. Calls block (CPU, and disk
/// for writes): a search takes about a millisecond and may run where that is acceptable; index
/// writes (a commit, a rebuild) take longer and belong on a blocking thread.
pub trait SearchIndex: Send + Sync {
    /// A page of results for `query`. An empty query (nothing left after analysis) has no
    /// results.
    ///
    /// # Errors
    /// `Rebuilding` while the index is rebuilt; `Engine` when the index cannot be read.
    fn search(&self, query: &SearchQuery) -> Result<SearchResults, SearchError>;

    /// Applies a batch and commits it: readers see it when this returns.
    ///
    /// # Errors
    /// `Engine` when the index cannot be written; nothing of the batch is kept then.
    fn apply(&self, batch: IndexBatch) -> Result<(), SearchError>;

    /// The change-log sequence the index has applied (0 for a new index).
    fn applied_seq(&self) -> i64;

    /// Whether the index answers or is being rebuilt.
    fn state(&self) -> IndexState;

    /// Empties the index and marks it rebuilding (`total` articles to come); searches answer
    /// `Rebuilding` until [`SearchIndex::finish_rebuild`].
    ///
    /// # Errors
    /// `Engine` when the index cannot be written.
    fn start_rebuild(&self, total: u64) -> Result<(), SearchError>;

    /// Counts `n` more articles done of a rebuild (for progress).
    fn rebuilt(&self, n: u64);

    /// Ends a rebuild: commits with `seq` as the sequence applied and answers again.
    ///
    /// # Errors
    /// `Engine` when the index cannot be written.
    fn finish_rebuild(&self, seq: i64) -> Result<(), SearchError>;

    /// Articles in the index.
    fn doc_count(&self) -> u64;
}
