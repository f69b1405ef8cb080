//! Storage ports: the small async traits every backend implements (readers and writers per
//! aggregate, the change log), the errors they return, and the conformance kit
//! (`conformance`) that every backend must pass. Only `service` holds a store.

pub mod conformance;
mod discovery;
mod error;
mod export;
mod newsroom;
mod pages;
mod search;
mod settings;
mod staff;

pub use discovery::{DiscoveryReader, InUse, MonthCount, SitemapArticle};
pub use error::{BoxError, Conflict, StoreError};
pub use export::{ExportSink, Restored, SiteTransfer};
pub use newsroom::{CorrectionReader, MediaRepo, NewsroomRepo, TranslationReader};
pub use pages::{PageRepo, RedirectRepo};
pub use search::{IndexableArticle, SearchLog, SearchSource};
pub use settings::{AdWriter, AdWritten};
pub use staff::{
    AuditRepo, Credentials, DeskReader, LinkRepo, LinkUse, NewSession, NewUser, Redeemed,
    SessionRecord, SessionRepo, SessionStage, TokenRepo, UserRepo,
};

use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{
    Actor, Ad, Article, ArticleContent, ArticleFilter, ArticleSummary, Author, Change,
    ContentBundle, Lang, NewArticle, Section, Status, Tag, Translation,
};
use std::sync::Arc;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What a write left behind: the article, its new revision and the change-log sequence of the
/// write (consumers that have applied this sequence show the write).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub id: i64,
    pub revision: i64,
    pub seq: i64,
}

/// What a bulk write left behind: the new articles' ids in bundle order and the last
/// change-log sequence it appended (0 when it appended none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub ids: Vec<i64>,
    pub seq: i64,
    /// Articles of the bundle whose source key was already stored: their content, status and
    /// publication time were replaced (a revision each), in bundle order.
    pub updated: Vec<i64>,
    /// Articles of the bundle whose source key was stored but which were saved in the
    /// newsroom since their import (a later revision than the ledger's): left as they are,
    /// their ledger rows unchanged.
    pub kept: Vec<i64>,
    /// Sections, tags and author profiles of the bundle that were added (the others were
    /// stored already and are kept as they are).
    pub terms: TermCounts,
    /// Redirects of the bundle added or pointed somewhere new (those already there as they
    /// are not counted).
    pub redirects: u64,
}

/// How many sections, tags and author profiles a bulk write added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TermCounts {
    pub sections: u64,
    pub tags: u64,
    pub authors: u64,
}

/// An article with what its page shows beside it, read together.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRecord {
    pub article: Article,
    pub section: Section,
    pub author: Option<Author>,
    /// The byline's further authors, in order.
    pub coauthors: Vec<Author>,
    /// In order; the first is the kicker.
    pub tags: Vec<Tag>,
    /// The story's published articles in other editions, by edition.
    pub translations: Vec<Translation>,
    /// Dated corrections and updates, oldest first (SPEC N9).
    pub corrections: Vec<masthead_core::newsroom::Correction>,
}

/// One listing of a batch: published articles matching `filter`, newest first (most shared tags
/// first for `related_to`).
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    pub filter: ArticleFilter,
    pub limit: u32,
    pub offset: u64,
}

/// Site-wide settings: a flat map of keys to strings.
#[async_trait]
pub trait SettingsRepo: Send + Sync {
    async fn settings(&self) -> Result<Vec<(String, String)>>;
    /// Sets several keys in one transaction and logs a `Settings` change; returns its sequence.
    async fn set_settings(&self, actor: &Actor, pairs: &[(String, String)]) -> Result<i64>;
}

/// Sections, tags and authors of an edition.
#[async_trait]
pub trait TaxonomyReader: Send + Sync {
    /// The edition's sections in navigation order.
    async fn sections(&self, edition: Lang) -> Result<Vec<Section>>;
    async fn section_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Section>>;
    async fn tag_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Tag>>;
    async fn author_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Author>>;
    /// Editions that have a tag with this slug.
    async fn tag_editions(&self, slug: &str) -> Result<Vec<Lang>>;
    /// Editions that have an author with this slug.
    async fn author_editions(&self, slug: &str) -> Result<Vec<Lang>>;
}

/// Articles as readers see them: only published ones whose time has come (`now`), except
/// where a method says otherwise.
#[async_trait]
pub trait ArticleReader: Send + Sync {
    /// The published article with this slug, with its section, author, tags and published
    /// translations, in one round trip.
    async fn article_page(
        &self,
        edition: Lang,
        slug: &str,
        now: Timestamp,
    ) -> Result<Option<ArticleRecord>>;
    /// Any article by id, whatever its status (for writers).
    async fn article(&self, id: i64) -> Result<Option<Article>>;
    /// The current slug of the article that once had `old_slug`.
    async fn redirect_slug(&self, edition: Lang, old_slug: &str) -> Result<Option<String>>;
    async fn list(
        &self,
        filter: &ArticleFilter,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<ArticleSummary>>;
    /// Several listings in one round trip; the answer has one list per query, in order.
    async fn list_many(
        &self,
        queries: &[ListQuery],
        now: Timestamp,
    ) -> Result<Vec<Vec<ArticleSummary>>>;
    async fn count(&self, filter: &ArticleFilter, now: Timestamp) -> Result<u64>;
    /// Whether an article of the edition has, or once had, this slug (any status).
    async fn slug_taken(&self, edition: Lang, slug: &str) -> Result<bool>;
    /// Whether the article exists and is published (the view beacon counts only those).
    async fn is_published(&self, article_id: i64, now: Timestamp) -> Result<bool>;
    /// Which of these source keys the edition already holds.
    async fn existing_source_keys(&self, edition: Lang, keys: &[String]) -> Result<Vec<String>>;
    /// Which of these slugs articles of the edition hold, now or as a former slug, each with
    /// the source key of the article holding it (`None` for one written here).
    async fn slugs_held(
        &self,
        edition: Lang,
        slugs: &[String],
    ) -> Result<Vec<(String, Option<String>)>>;
    /// The import ledger's fingerprints of these source keys, as `(key, fingerprint)`.
    async fn import_fingerprints(
        &self,
        edition: Lang,
        keys: &[String],
    ) -> Result<Vec<(String, String)>>;
}

/// Writing articles. Every write runs in one transaction that also appends its change-log row.
#[async_trait]
pub trait ArticleWriter: Send + Sync {
    /// Creates an article at revision 1. A taken slug is `Conflict::SlugTaken`.
    async fn create_article(&self, actor: &Actor, article: &NewArticle) -> Result<Written>;
    /// Replaces an article's content if it is still at `expected_revision`; otherwise
    /// `Conflict::StaleRevision` and nothing is written. A changed slug keeps the old one as a
    /// redirect.
    async fn update_article(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        content: &ArticleContent,
    ) -> Result<Written>;
    /// Moves an article to `to` (checked against the workflow rules in `core`) if it is still
    /// at `expected_revision`. `published_at` sets the publication time (publishing without one
    /// publishes at `now`).
    async fn set_status(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        to: Status,
        published_at: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<Written>;
    /// Writes a whole bundle in one transaction: all of it lands, or none of it. Sections, tags
    /// and authors that exist (same edition and slug) are kept as they are.
    async fn import(&self, actor: &Actor, bundle: &ContentBundle) -> Result<Imported>;
}

/// View counts, added in batches by the flusher.
#[async_trait]
pub trait ViewRepo: Send + Sync {
    /// Adds `(article_id, hour_bucket, views)` rows in one transaction.
    async fn add_views(&self, batch: &[(i64, i64, u64)]) -> Result<()>;
    /// Most viewed published articles of an edition, counting views from each `since` on: one
    /// ranking per window, in one round trip. Each summary's `views` are its views in the
    /// window.
    async fn most_read(
        &self,
        edition: Lang,
        since: &[Timestamp],
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<Vec<ArticleSummary>>>;
    async fn views_of(&self, article_id: i64) -> Result<i64>;
}

#[async_trait]
pub trait AdRepo: Send + Sync {
    /// Active ads for an edition (including those for every edition), by slot.
    async fn ads(&self, edition: Lang) -> Result<Vec<Ad>>;
}

/// The durable change log (DESIGN "Decisions").
#[async_trait]
pub trait ChangeLog: Send + Sync {
    /// Up to `limit` changes after sequence `after`, in sequence order.
    async fn changes_since(&self, after: i64, limit: u32) -> Result<Vec<Change>>;
    /// The sequence of the last change (0 when the log is empty).
    async fn latest_seq(&self) -> Result<i64>;
    /// Resolves when another process may have appended to the log: a wake-up, never a
    /// promise (read the log to know), and possibly missed, so followers poll as well. The
    /// default never resolves: a backend that cannot tell is only polled.
    async fn changed_elsewhere(&self) {
        std::future::pending::<()>().await;
    }
}

/// One backend: every repository, the change log, and its lifetime. Opened from a database
/// URL by the binary and handed to `service` as [`DynStore`].
#[async_trait]
pub trait Store:
    SettingsRepo
    + TaxonomyReader
    + ArticleReader
    + ArticleWriter
    + ViewRepo
    + AdRepo
    + AdWriter
    + ChangeLog
    + UserRepo
    + SessionRepo
    + LinkRepo
    + AuditRepo
    + DeskReader
    + NewsroomRepo
    + CorrectionReader
    + TranslationReader
    + MediaRepo
    + SearchSource
    + SearchLog
    + DiscoveryReader
    + TokenRepo
    + PageRepo
    + RedirectRepo
    + SiteTransfer
{
    /// The backend's name for logs and `/healthz` (`sqlite`, `postgres`).
    fn backend_name(&self) -> &'static str;
    /// The connection pool's size and idle connections, for `/metrics` (`None`: no pool).
    fn pool_status(&self) -> Option<(u32, u32)> {
        None
    }
    /// Takes the site's import lock: one import (`import wordpress|ghost|jsonl`) at a time into
    /// a site, across processes and, on PostgreSQL, nodes. `None` when another import holds it.
    /// Released when the [`ImportLock`] is dropped or its process ends, however it ends (a
    /// killed import does not leave the site locked).
    async fn import_lock(&self) -> Result<Option<ImportLock>>;
    /// Waits for work in progress and closes every connection; later calls fail.
    async fn close(&self);
}

/// The site's import lock, held until dropped (see [`Store::import_lock`]).
pub struct ImportLock(#[allow(dead_code)] Box<dyn Send + Sync>);

impl ImportLock {
    /// A lock held as long as `guard` lives (a locked file, a database session).
    pub fn new(guard: impl Send + Sync + 'static) -> Self {
        ImportLock(Box::new(guard))
    }
}

impl std::fmt::Debug for ImportLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ImportLock")
    }
}

pub type DynStore = Arc<dyn Store>;

/// The hour bucket view counts are kept in.
pub fn hour_bucket(ts: Timestamp) -> i64 {
    ts.as_second().div_euclid(3600)
}

/// Whether a table of `now` rows has grown by half since its planner statistics were taken
/// at `taken` rows (both backends refresh them after a bulk write only then).
pub fn grown_by_half(taken: i64, now: i64) -> bool {
    now.saturating_mul(2) > taken.saturating_mul(3)
}

#[cfg(test)]
mod tests {
    use super::grown_by_half;

    #[test]
    fn statistics_are_stale_once_the_table_grew_by_half() {
        assert!(grown_by_half(0, 100));
        assert!(!grown_by_half(0, 0));
        assert!(!grown_by_half(2000, 3000));
        assert!(grown_by_half(2000, 3001));
        assert!(!grown_by_half(100_000, 100_000));
    }
}
