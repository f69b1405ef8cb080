//! `Site`: the use cases' shared state. It alone holds the store; the web layer reaches content
//! only through its methods.

use crate::ServiceError;
use crate::changes::Follower;
use crate::pages::chrome::PartsCache;
use crate::settings::SiteSettings;
use crate::views::ViewCounter;
use masthead_core::{Actor, Lang, Permission, Urls};
use masthead_store::DynStore;
use std::sync::{Arc, RwLock};

/// The site: store, settings, view counter and change follower in one place.
pub struct Site {
    pub(crate) store: DynStore,
    pub(crate) views: ViewCounter,
    pub(crate) base_url: String,
    settings: RwLock<Arc<SiteSettings>>,
    pub(crate) parts: PartsCache,
    pub(crate) follower: Follower,
    pub(crate) limiter: crate::staff::LoginLimiter,
    /// An Argon2 hash checked for unknown e-mails, so they cost the same time as known ones.
    pub(crate) dummy_hash: tokio::sync::OnceCell<String>,
    /// Where uploaded images are kept (set once by the binary).
    pub(crate) media: std::sync::OnceLock<std::sync::Arc<dyn masthead_media::MediaStore>>,
    /// The search index (set once by the binary).
    pub(crate) search: std::sync::OnceLock<Arc<dyn masthead_core::search::SearchIndex>>,
    /// One index writer task at a time (follower, rebuild).
    pub(crate) search_running: tokio::sync::Mutex<()>,
    pub(crate) search_limiter: RwLock<Arc<crate::search::SearchLimiter>>,
    pub(crate) api_limiter: RwLock<Arc<crate::search::SearchLimiter>>,
    pub(crate) popular: crate::search::PopularQueries,
    /// Searches running at once: one per core (each runs on a worker thread for about half a
    /// millisecond; more at once would only take turns on the cores).
    pub(crate) search_slots: tokio::sync::Semaphore,
    /// Counters for `/metrics`.
    pub(crate) metrics: crate::metrics::SiteMetrics,
}

/// What `/healthz` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// The backend's name (`sqlite`).
    pub backend: &'static str,
    pub database_ok: bool,
    /// Change-log rows committed but not yet applied by this process (`None` when the database
    /// did not answer).
    pub change_lag: Option<i64>,
}

impl Site {
    /// A site over `store`, serving at `base_url` (scheme and host, used in canonical links).
    ///
    /// # Errors
    /// The store's, when its settings or change log cannot be read.
    pub async fn new(store: DynStore, base_url: String) -> Result<Self, ServiceError> {
        let settings = SiteSettings::from_pairs(store.settings().await?);
        let applied = store.latest_seq().await?;
        Ok(Site {
            store,
            views: ViewCounter::default(),
            base_url: base_url.trim_end_matches('/').to_owned(),
            settings: RwLock::new(Arc::new(settings)),
            parts: PartsCache::default(),
            follower: Follower::new(applied),
            limiter: crate::staff::LoginLimiter::default(),
            dummy_hash: tokio::sync::OnceCell::new(),
            media: std::sync::OnceLock::new(),
            search: std::sync::OnceLock::new(),
            search_running: tokio::sync::Mutex::new(()),
            search_limiter: RwLock::new(Arc::new(crate::search::SearchLimiter::new(
                crate::search::DEFAULT_SEARCHES_PER_MINUTE,
            ))),
            api_limiter: RwLock::new(Arc::new(crate::search::SearchLimiter::new(
                crate::search::DEFAULT_API_PER_MINUTE,
            ))),
            popular: crate::search::PopularQueries::default(),
            search_slots: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
            metrics: crate::metrics::SiteMetrics::default(),
        })
    }

    pub fn settings(&self) -> Arc<SiteSettings> {
        self.settings
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The address builder for the current default edition.
    pub fn urls(&self) -> Urls {
        Urls::new(self.settings().default_edition())
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Re-reads settings from the store.
    pub(crate) async fn reload_settings(&self) -> Result<(), ServiceError> {
        let fresh = SiteSettings::from_pairs(self.store.settings().await?);
        *self.settings.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(fresh);
        Ok(())
    }

    /// The edition served under `prefix` (`None` for `/`), if the site has it. The default
    /// edition has no prefix of its own.
    pub fn edition_for(&self, prefix: Option<&str>) -> Option<Lang> {
        let s = self.settings();
        match prefix {
            None => Some(s.default_edition()),
            Some(code) => {
                let lang: Lang = code.parse().ok()?;
                (s.editions.contains(&lang) && lang != s.default_edition()).then_some(lang)
            }
        }
    }

    /// Default deny: the use case's declared permission, or `Forbidden`.
    pub(crate) fn authorize(actor: &Actor, p: Permission) -> Result<(), ServiceError> {
        if actor.allows(p) {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(p))
        }
    }

    /// Whether the database answers, and how far this process is behind the change log.
    pub async fn health(&self) -> Health {
        let latest = self.store.latest_seq().await.ok();
        Health {
            backend: self.store.backend_name(),
            database_ok: latest.is_some(),
            change_lag: latest.map(|l| (l - self.follower.applied()).max(0)),
        }
    }

    /// The service's counters (views flushed, imports applied, search latency).
    pub fn metrics(&self) -> &crate::metrics::SiteMetrics {
        &self.metrics
    }

    /// The database pool's connections, open and idle, where the backend has a pool.
    pub fn pool_status(&self) -> Option<(u32, u32)> {
        self.store.pool_status()
    }

    /// How many articles of an edition readers can see now.
    ///
    /// # Errors
    /// The store's.
    pub async fn count_published(&self, edition: Lang) -> Result<u64, ServiceError> {
        let f = masthead_core::ArticleFilter {
            edition: Some(edition),
            ..Default::default()
        };
        Ok(self.store.count(&f, jiff::Timestamp::now()).await?)
    }

    /// Closes the store (after the last view flush).
    pub async fn close(&self) {
        self.store.close().await;
    }
}
