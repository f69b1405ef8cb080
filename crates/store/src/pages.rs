//! Static pages and the redirects table (SPEC O3's migration, R's `{e}/page/{slug}`).

use crate::Result;
use async_trait::async_trait;
use masthead_core::Actor;
use masthead_core::Lang;
use masthead_core::site_page::{NewRedirect, NewStaticPage, Redirect, StaticPage};

/// Static pages: read by the site (page, footer), written by the newsroom and imports. Every
/// write logs a `Pages` change for the page's edition (and the one it left).
#[async_trait]
pub trait PageRepo: Send + Sync {
    /// Every page of `edition` (all editions with `None`), by edition, position, title.
    async fn static_pages(&self, edition: Option<Lang>) -> Result<Vec<StaticPage>>;
    async fn static_page(&self, edition: Lang, slug: &str) -> Result<Option<StaticPage>>;
    async fn static_page_by_id(&self, id: i64) -> Result<Option<StaticPage>>;
    /// The page an import brought with `source_key` into `edition`.
    async fn static_page_by_source(
        &self,
        edition: Lang,
        source_key: &str,
    ) -> Result<Option<StaticPage>>;
    /// Writes a new page (`id` `None`) or replaces page `id`; returns its id and the change
    /// sequence.
    ///
    /// # Errors
    /// `Conflict` when another page of the edition has the slug; `NotFound` for an unknown
    /// `id`; `Invalid` as [`NewStaticPage::validate`].
    async fn save_static_page(
        &self,
        actor: &Actor,
        id: Option<i64>,
        page: &NewStaticPage,
    ) -> Result<(i64, i64)>;
    /// Deletes page `id`; returns the change sequence (`NotFound` when it is gone).
    async fn delete_static_page(&self, actor: &Actor, id: i64) -> Result<i64>;
}

/// The redirects table. Each write logs a `Redirects` change.
#[async_trait]
pub trait RedirectRepo: Send + Sync {
    /// Where `from_path` (as `redirect_path` writes it) goes, if anywhere.
    async fn redirect_to(&self, from_path: &str) -> Result<Option<String>>;
    /// Redirects whose old or new path contains `query`, newest first, with the total.
    async fn redirects(&self, query: &str, limit: u32, offset: u64)
    -> Result<(Vec<Redirect>, u64)>;
    /// Saves `items`: with `replace` an existing old path takes the new target (imports),
    /// without it an existing old path is a `Conflict` and nothing is written (newsroom).
    /// Returns how many rows were added or changed and the change sequence (0 for none).
    async fn save_redirects(
        &self,
        actor: &Actor,
        items: &[NewRedirect],
        replace: bool,
    ) -> Result<(u64, i64)>;
    /// Deletes redirect `id`; returns the change sequence (`NotFound` when it is gone).
    async fn delete_redirect(&self, actor: &Actor, id: i64) -> Result<i64>;
}
