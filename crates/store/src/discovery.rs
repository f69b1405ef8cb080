//! What feeds, sitemaps and the content API read beyond listings: an edition's months of
//! articles, each article's last change and translations, and its tags and authors in use.

use crate::Result;
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{Author, Lang, Tag};

/// One article's address facts for a sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapArticle {
    pub id: i64,
    pub slug: String,
    pub published_at: Timestamp,
    /// The last change readers saw.
    pub updated_at: Timestamp,
    /// The story's published articles in other editions: `(edition, slug)`, by edition.
    pub translations: Vec<(Lang, String)>,
}

/// A month (UTC) of an edition's published articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCount {
    pub year: i16,
    /// 1–12.
    pub month: i8,
    pub articles: u64,
    /// The newest `updated_at` among them.
    pub lastmod: Timestamp,
}

/// A tag or an author with how many published articles carry it and the newest of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InUse<T> {
    pub item: T,
    pub articles: u64,
    pub latest: Timestamp,
}

/// Readers for feeds, sitemaps and the API. Only published articles whose time has come
/// (`now`) count.
#[async_trait]
pub trait DiscoveryReader: Send + Sync {
    /// The months (UTC) in which the edition has published articles, newest first.
    async fn article_months(&self, edition: Lang, now: Timestamp) -> Result<Vec<MonthCount>>;
    /// The edition's articles published in `[from, until)`, oldest first (then by id), `limit`
    /// of them after skipping `offset`.
    async fn sitemap_articles(
        &self,
        edition: Lang,
        from: Timestamp,
        until: Timestamp,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<SitemapArticle>>;
    /// The edition's tags that published articles carry, by name.
    async fn tags_in_use(&self, edition: Lang, now: Timestamp) -> Result<Vec<InUse<Tag>>>;
    /// The edition's authors of published articles (first or further in a byline), by name.
    async fn authors_in_use(&self, edition: Lang, now: Timestamp) -> Result<Vec<InUse<Author>>>;
}
