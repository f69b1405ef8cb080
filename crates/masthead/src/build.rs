//! Building the application: backend, site, renderer, page cache, routes and the change
//! follower, from one [`Config`].

use crate::backend::{OpenError, open_backend};
use masthead_render::Renderer;
use masthead_search::{TantivyIndex, WriterOptions};
use masthead_service::Site;
use masthead_web::assets::Assets;
use masthead_web::{AppState, Masthead, PageCache};
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;

/// What to do with a database that was never set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setup {
    /// Load the demo site (SPEC N2).
    Demo,
    /// Mark it set up, with no content.
    Empty,
    /// Leave it as it is (`masthead migrate`).
    Nothing,
}

/// Where the search index lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchSetup {
    /// No index (one-shot commands): search answers "being rebuilt".
    Off,
    /// In memory, built from the database at start (tests).
    Memory,
    /// In a directory: resumed from its last commit, or rebuilt in the background when
    /// missing or unreadable while the site serves.
    Dir(std::path::PathBuf),
}

/// Everything the application is built from.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sqlite://PATH`, `sqlite::memory:`, a file path, or `postgres://…`.
    pub database_url: String,
    /// Scheme and host the site is served at (canonical and share links).
    pub base_url: String,
    pub setup: Setup,
    /// Memory for cached pages, in bytes; 0 turns the page cache off.
    pub page_cache_bytes: u64,
    /// How long a cached page is fresh before it is rendered anew in the background.
    pub page_fresh_for: Duration,
    /// How often other processes' writes are looked for in the change log.
    pub change_poll: Duration,
    /// Take readers' addresses from `X-Forwarded-For` (behind a proxy).
    pub trust_forwarded: bool,
    /// Networks whose clients may read `/metrics` (loopback by default).
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// Where uploaded images are kept; `None` keeps them in memory (tests, `sqlite::memory:`).
    pub media_dir: Option<std::path::PathBuf>,
    /// Where uploaded images are kept when not in `media_dir`: `s3://BUCKET/PREFIX?…`
    /// (S3-compatible storage, shared by every node; see `S3MediaStore::from_url`).
    pub media_url: Option<String>,
    /// Publish scheduled articles when their time comes (off for one-shot commands).
    pub scheduler: bool,
    /// Follow the change log while running, refreshing what this process keeps in memory
    /// (off for imports: a process that only writes would read every change it made back,
    /// 100,000 rows for a 100,000-post import).
    pub follow_changes: bool,
    pub search: SearchSetup,
    /// Searches a minute one client may make (0: no limit).
    pub search_per_minute: u32,
    /// Search answers kept for repeated questions until the next index commit (0: none).
    pub search_cache_entries: u64,
    /// Content API requests a minute one client may make (0: no limit).
    pub api_per_minute: u32,
}

impl Config {
    /// Defaults for a database URL: demo on first run, a page cache that holds every page of
    /// a 10,000-article site (160 MiB as weighed, pages kept gzip-compressed), pages fresh
    /// for five minutes (changes purge them at once; freshness only bounds what no change
    /// names, such as a sidebar of related articles), other processes' writes noticed within
    /// 20 ms.
    pub fn new(database_url: impl Into<String>) -> Self {
        Config {
            database_url: database_url.into(),
            base_url: "http://127.0.0.1:8080".into(),
            setup: Setup::Demo,
            page_cache_bytes: 160 * 1024 * 1024,
            page_fresh_for: Duration::from_secs(300),
            change_poll: masthead_service::DEFAULT_POLL,
            trust_forwarded: false,
            metrics_allow: masthead_web::loopback_networks(),
            media_dir: None,
            media_url: None,
            scheduler: true,
            follow_changes: true,
            search: SearchSetup::Off,
            search_per_minute: masthead_service::search::DEFAULT_SEARCHES_PER_MINUTE,
            search_cache_entries: 2_000,
            api_per_minute: masthead_service::search::DEFAULT_API_PER_MINUTE,
        }
    }
}

/// The built application.
pub struct App {
    pub site: Arc<Site>,
    pub state: AppState,
    /// The HTTP service (routes behind the page cache).
    pub service: Masthead,
    /// Whether first-run setup ran now.
    pub first_run: bool,
    follower: Option<JoinHandle<()>>,
    scheduler: Option<JoinHandle<()>>,
    indexer: Option<JoinHandle<()>>,
}

/// Why the application could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(transparent)]
    Service(#[from] masthead_service::ServiceError),
    #[error("loading templates: {0}")]
    Templates(#[from] masthead_render::RenderError),
    #[error("media store: {0}")]
    Media(#[from] masthead_service::MediaError),
    #[error("search index: {0}")]
    Search(#[from] masthead_core::search::SearchError),
}

impl BuildError {
    /// The process exit code: 2 for a database URL the user must change, 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            BuildError::Open(e) => e.exit_code(),
            BuildError::Service(_)
            | BuildError::Templates(_)
            | BuildError::Media(_)
            | BuildError::Search(_) => 1,
        }
    }
}

/// How often a node on PostgreSQL looks at the change log without a notice.
const POSTGRES_POLL: Duration = Duration::from_millis(250);

/// Opens the backend, sets up a fresh database as `config.setup` says, and wires the site,
/// the renderer, the page cache and the routes. Starts following the change log when called
/// inside a Tokio runtime.
///
/// # Errors
/// `BuildError::Open` for a database URL that cannot be served, `Service` when setup fails,
/// `Templates` when the embedded templates do not load.
pub async fn build(config: Config) -> Result<App, BuildError> {
    let store = open_backend(&config.database_url).await?;
    // PostgreSQL wakes the follower with NOTIFY; polling is then only the safety net for a
    // notice lost in a reconnect, and a quarter second is plenty.
    let on_postgres = store.backend_name() == "postgres";
    let change_poll = if on_postgres {
        config.change_poll.max(POSTGRES_POLL)
    } else {
        config.change_poll
    };
    let site = Arc::new(Site::new(store, config.base_url.clone()).await?);
    let first_run = match config.setup {
        Setup::Demo => masthead_service::ensure_setup(&site, true).await?,
        Setup::Empty => masthead_service::ensure_setup(&site, false).await?,
        Setup::Nothing => false,
    };
    let media: Arc<dyn masthead_service::MediaStore> = match (&config.media_url, &config.media_dir)
    {
        (Some(url), _) => {
            let s3 = masthead_service::S3MediaStore::from_url(url)?;
            // A wrong bucket, key or endpoint stops the start instead of failing each upload.
            s3.check().await?;
            tracing::info!(location = s3.location(), "media in S3-compatible storage");
            Arc::new(s3)
        }
        (None, Some(dir)) => {
            if on_postgres {
                // Several nodes share the database but not this directory.
                tracing::warn!(
                    dir = %dir.display(),
                    "uploaded images are kept on this node only; with several nodes, give each \
                     the same --media-url (S3-compatible storage) or one shared directory"
                );
            }
            Arc::new(masthead_service::LocalMediaStore::new(dir.clone())?)
        }
        (None, None) => Arc::new(masthead_service::MemoryMediaStore::default()),
    };
    site.set_media_store(media);
    if config.scheduler {
        // What fell due while the server was down is published before the first request.
        let n = site.publish_due(jiff::Timestamp::now()).await?;
        if n > 0 {
            tracing::info!(
                published = n,
                "scheduled articles that fell due while stopped published"
            );
        }
    }
    // What setup wrote is part of the log this process starts from; nothing is cached yet.
    site.catch_up().await?;
    site.set_search_rate(config.search_per_minute);
    site.set_api_rate(config.api_per_minute);
    let rebuild = match &config.search {
        SearchSetup::Off => None,
        SearchSetup::Memory => {
            site.set_search_index(Arc::new(
                TantivyIndex::in_memory()?.with_result_cache(config.search_cache_entries),
            ));
            // Small and in memory: built before the first request.
            site.rebuild_search(&|_, _| {}).await?;
            Some(false)
        }
        SearchSetup::Dir(dir) => {
            let opened = TantivyIndex::open(dir, WriterOptions::default())?;
            site.set_search_index(Arc::new(
                opened.index.with_result_cache(config.search_cache_entries),
            ));
            Some(opened.needs_rebuild)
        }
    };
    let assets = Arc::new(Assets::load());
    let renderer = Arc::new(Renderer::new(assets.urls.clone())?);
    let cache = PageCache::new(
        config.page_cache_bytes,
        config.page_fresh_for,
        Duration::from_secs(3600),
    );
    let mut state = AppState::new(site.clone(), renderer, assets, cache);
    state.trust_forwarded = config.trust_forwarded;
    state.metrics_from = config.metrics_allow.clone().into();
    let service = masthead_web::app(state.clone());
    let in_runtime = tokio::runtime::Handle::try_current().is_ok();
    let follower = (in_runtime && config.follow_changes).then(|| site.follow_changes(change_poll));
    let scheduler =
        (in_runtime && config.scheduler).then(|| tokio::spawn(site.clone().run_scheduler()));
    let indexer = rebuild
        .filter(|_| in_runtime)
        .map(|rebuild| site.follow_search(rebuild));
    Ok(App {
        site,
        state,
        service,
        first_run,
        follower,
        scheduler,
        indexer,
    })
}

impl App {
    /// Stops following changes, writes counted views and closes the database.
    pub async fn shutdown(mut self) {
        // Stopped and awaited before the store closes, so they never poll a closed pool.
        if let Some(s) = self.scheduler.take() {
            s.abort();
            let _ = s.await;
        }
        if let Some(i) = self.indexer.take() {
            i.abort();
            let _ = i.await;
        }
        if let Some(f) = self.follower.take() {
            f.abort();
            let _ = f.await;
        }
        match self.site.flush_views().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(views = n, "flushed view counts"),
            Err(e) => tracing::error!(error = %e, "final view flush failed"),
        }
        if let Err(e) = self.site.flush_searches().await {
            tracing::warn!(error = %e, "search counts not written");
        }
        self.site.close().await;
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(f) = &self.follower {
            f.abort();
        }
        if let Some(s) = &self.scheduler {
            s.abort();
        }
        if let Some(i) = &self.indexer {
            i.abort();
        }
    }
}
