//! `masthead serve`: open the store, set up a fresh site, serve until SIGTERM, then flush.

use crate::config::StoreArgs;
use anyhow::Context;
use clap::Args;
use masthead_render::Renderer;
use masthead_service::Site;
use masthead_store::DynStore;
use masthead_web::{AppState, PageCache, assets::Assets};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "MASTHEAD_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Start an empty site instead of loading the demo content on first run.
    #[arg(long, env = "MASTHEAD_NO_DEMO")]
    pub no_demo: bool,
    /// Public address of the site, used in canonical and share links (default: http://ADDR).
    #[arg(long, env = "MASTHEAD_BASE_URL")]
    pub base_url: Option<String>,
    /// Seconds between writes of counted views.
    #[arg(long, env = "MASTHEAD_VIEW_FLUSH_SECS", default_value_t = 5)]
    pub view_flush_secs: u64,
    /// Memory for cached pages, in MiB.
    #[arg(long, env = "MASTHEAD_PAGE_CACHE_MB", default_value_t = 48)]
    pub page_cache_mb: u64,
}

/// The site over a store, with the embedded assets its pages link to.
pub async fn site(store: DynStore, base_url: String) -> anyhow::Result<(Arc<Site>, Arc<Assets>)> {
    let assets = Arc::new(Assets::load());
    let renderer = Renderer::new(assets.urls.clone()).context("loading templates")?;
    Ok((
        Arc::new(Site::new(store, renderer, base_url).await?),
        assets,
    ))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests");
}

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    let sqlite = args.store.open().await?;
    let store: DynStore = Arc::new(sqlite.clone());
    let base_url = args
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.addr));
    let (site, assets) = site(store, base_url.clone()).await?;
    if masthead_service::ensure_setup(&site, !args.no_demo).await? {
        tracing::info!(demo = !args.no_demo, "first run: site set up");
    }
    let cache = PageCache::new(args.page_cache_mb * 1024 * 1024, Duration::from_secs(60));
    let state = AppState::new(site.clone(), assets, cache);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("binding {}", args.addr))?;

    let flusher = {
        let site = site.clone();
        let every = Duration::from_secs(args.view_flush_secs.max(1));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                if let Err(e) = site.views.flush(&site.store).await {
                    tracing::warn!(error = %e, "view flush failed; will retry");
                }
            }
        })
    };

    println!(
        "Masthead is serving {base_url} (data in {})",
        args.store.data_dir.display()
    );
    masthead_web::serve(listener, masthead_web::app(state), shutdown_signal())
        .await
        .context("serving")?;
    flusher.abort();
    match site.views.flush(&site.store).await {
        Ok(n) => tracing::info!(views = n, "flushed view counts"),
        Err(e) => tracing::error!(error = %e, "final view flush failed"),
    }
    sqlite.close().await;
    tracing::info!("stopped");
    Ok(())
}
