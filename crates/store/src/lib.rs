//! Storage ports: the small async traits every backend implements, the errors they return, and
//! the conformance kit (`conformance`) that every backend must pass.

pub mod conformance;
mod error;

pub use error::StoreError;

use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{
    Ad, Article, ArticleFilter, ArticleSummary, Author, ContentBundle, Lang, Section, Tag,
    Translation,
};
use std::sync::Arc;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Site-wide settings: a flat map of keys to strings.
#[async_trait]
pub trait SettingsRepo: Send + Sync {
    async fn settings(&self) -> Result<Vec<(String, String)>>;
    async fn set_setting(&self, key: &str, value: &str) -> Result<()>;
}

/// Sections, tags and authors of an edition.
#[async_trait]
pub trait TaxonomyRepo: Send + Sync {
    async fn sections(&self, edition: Lang) -> Result<Vec<Section>>;
    async fn section_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Section>>;
    async fn tag_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Tag>>;
    async fn author_by_slug(&self, edition: Lang, slug: &str) -> Result<Option<Author>>;
    async fn author(&self, id: i64) -> Result<Option<Author>>;
    async fn section(&self, id: i64) -> Result<Option<Section>>;
}

/// Articles as readers see them: only published ones whose time has come (`now`).
#[async_trait]
pub trait ArticleRepo: Send + Sync {
    /// Writes a whole bundle in one transaction: all of it lands, or none of it.
    async fn import(&self, bundle: &ContentBundle) -> Result<Vec<i64>>;
    async fn published_by_slug(
        &self,
        edition: Lang,
        slug: &str,
        now: Timestamp,
    ) -> Result<Option<Article>>;
    /// The current slug of the article that once had `old_slug`.
    async fn redirect_slug(&self, edition: Lang, old_slug: &str) -> Result<Option<String>>;
    async fn tags_of(&self, article_id: i64) -> Result<Vec<Tag>>;
    async fn list(
        &self,
        filter: &ArticleFilter,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<ArticleSummary>>;
    async fn count(&self, filter: &ArticleFilter, now: Timestamp) -> Result<u64>;
    /// Published translations of the story `key`, other than `exclude_id`.
    async fn translations(
        &self,
        key: &str,
        exclude_id: i64,
        now: Timestamp,
    ) -> Result<Vec<Translation>>;
    /// Articles sharing most tags with `article_id`, newest first among equals.
    async fn related(
        &self,
        article_id: i64,
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>>;
    /// Whether an article of the edition has, or once had, this slug (any status).
    async fn slug_taken(&self, edition: Lang, slug: &str) -> Result<bool>;
    /// Whether the article exists and is published (the view beacon counts only those).
    async fn is_published(&self, article_id: i64, now: Timestamp) -> Result<bool>;
}

/// View counts, added in batches by the flusher.
#[async_trait]
pub trait ViewRepo: Send + Sync {
    /// Adds `(article_id, hour_bucket, views)` rows in one transaction.
    async fn add_views(&self, batch: &[(i64, i64, u64)]) -> Result<()>;
    /// Most viewed published articles of an edition counting views from `since` on.
    async fn most_read(
        &self,
        edition: Lang,
        since: Timestamp,
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>>;
    async fn views_of(&self, article_id: i64) -> Result<i64>;
}

#[async_trait]
pub trait AdRepo: Send + Sync {
    /// Active ads for an edition (including those for every edition), by slot.
    async fn ads(&self, edition: Lang) -> Result<Vec<Ad>>;
}

/// Everything a backend provides; handed around as `Arc<dyn Store>`.
pub trait Store: SettingsRepo + TaxonomyRepo + ArticleRepo + ViewRepo + AdRepo {}
impl<T: SettingsRepo + TaxonomyRepo + ArticleRepo + ViewRepo + AdRepo> Store for T {}

pub type DynStore = Arc<dyn Store>;

/// The hour bucket view counts are kept in.
pub fn hour_bucket(ts: Timestamp) -> i64 {
    ts.as_second().div_euclid(3600)
}
