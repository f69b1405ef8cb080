//! `masthead serve`: build the application, serve until SIGTERM, then flush and close.

use crate::config::{MediaArgs, StoreArgs, redact};
use anyhow::Context;
use clap::Args;
use masthead::{Config, Setup};
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "MASTHEAD_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub media: MediaArgs,
    /// Start an empty site instead of loading the demo content on first run.
    #[arg(long, env = "MASTHEAD_NO_DEMO")]
    pub no_demo: bool,
    /// Public address of the site, used in canonical and share links (default: http://ADDR).
    #[arg(long, env = "MASTHEAD_BASE_URL")]
    pub base_url: Option<String>,
    /// Seconds between writes of counted views.
    #[arg(long, env = "MASTHEAD_VIEW_FLUSH_SECS", default_value_t = 5)]
    pub view_flush_secs: u64,
    /// Memory for cached pages, in MiB (0 turns the page cache off).
    #[arg(long, env = "MASTHEAD_PAGE_CACHE_MB", default_value_t = 160)]
    pub page_cache_mb: u64,
    /// Seconds a cached page stays fresh before it is rendered anew in the background (changes
    /// purge the pages they touch at once; this bounds what no change names, such as sidebars).
    #[arg(long, env = "MASTHEAD_PAGE_FRESH_SECS", default_value_t = 300)]
    pub page_fresh_secs: u64,
    /// Take readers' addresses from X-Forwarded-For (only behind a proxy that sets it).
    #[arg(long, env = "MASTHEAD_TRUST_FORWARDED")]
    pub trust_forwarded: bool,
    /// Networks whose clients may read /metrics, comma-separated (addresses or CIDR, e.g.
    /// 10.0.0.0/8,::1); everyone else gets 404. Behind a trusted proxy the forwarded client
    /// counts.
    #[arg(long, env = "MASTHEAD_METRICS_ALLOW", value_delimiter = ',', value_parser = network, default_value = "127.0.0.0/8,::1")]
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// Searches a minute one client may make, page and API together (0: no limit).
    #[arg(long, env = "MASTHEAD_SEARCH_PER_MINUTE", default_value_t = masthead_service::search::DEFAULT_SEARCHES_PER_MINUTE)]
    pub search_per_minute: u32,
    /// Search answers kept for questions asked again before the index changes (0: none).
    #[arg(long, env = "MASTHEAD_SEARCH_CACHE_ENTRIES", default_value_t = 2_000)]
    pub search_cache_entries: u64,
    /// Content API requests a minute one client may make (0: no limit).
    #[arg(long, env = "MASTHEAD_API_PER_MINUTE", default_value_t = masthead_service::search::DEFAULT_API_PER_MINUTE)]
    pub api_per_minute: u32,
    /// Log lines as plain text, or as JSON objects (one a line, with the request's id on each
    /// line written while answering a request). Lines go to standard error; MASTHEAD_LOG sets
    /// what is logged.
    #[arg(long, env = "MASTHEAD_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

/// How `masthead serve` writes its log.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
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
    let url = args.store.url().context("creating the data directory")?;
    let base_url = args
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.addr));
    let config = Config {
        base_url: base_url.clone(),
        setup: if args.no_demo {
            Setup::Empty
        } else {
            Setup::Demo
        },
        page_cache_bytes: args.page_cache_mb * 1024 * 1024,
        page_fresh_for: Duration::from_secs(args.page_fresh_secs.max(1)),
        trust_forwarded: args.trust_forwarded,
        metrics_allow: args.metrics_allow.clone(),
        media_dir: Some(args.store.data_dir.join("media")),
        media_url: args.media.media_url.clone(),
        search: masthead::SearchSetup::Dir(args.store.data_dir.join("search")),
        search_per_minute: args.search_per_minute,
        search_cache_entries: args.search_cache_entries,
        api_per_minute: args.api_per_minute,
        ..Config::new(url.clone())
    };
    // The address first: a port that is taken stops the start before any data is written.
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("binding {}", args.addr))?;
    let app = crate::built(masthead::build(config).await, &url)?;
    if app.first_run {
        tracing::info!(demo = !args.no_demo, "first run: site set up");
    }
    let flusher = {
        let site = app.site.clone();
        let every = Duration::from_secs(args.view_flush_secs.max(1));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                if let Err(e) = site.flush_views().await {
                    tracing::warn!(error = %e, "view flush failed; will retry");
                }
                if let Err(e) = site.flush_searches().await {
                    tracing::warn!(error = %e, "search counts not written; will retry");
                }
            }
        })
    };
    println!("Masthead is serving {base_url} (database {})", redact(&url));
    println!("Newsroom: {base_url}/admin");
    // SPEC N2: until the site has an admin, every start prints a fresh one-time link that
    // creates the first one (or use `masthead user add --role admin`).
    match app.site.first_admin_link().await {
        Ok(Some(link)) => println!(
            "No admin yet. Create the first admin within 24 hours (the link works once):\n  {link}"
        ),
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "could not make the first-admin link"),
    }
    masthead_web::serve(listener, app.service.clone(), shutdown_signal())
        .await
        .context("serving")?;
    flusher.abort();
    app.shutdown().await;
    tracing::info!("stopped");
    Ok(())
}

/// A network for `--metrics-allow`: CIDR (`10.0.0.0/8`) or one address (`::1`).
fn network(s: &str) -> Result<ipnet::IpNet, String> {
    let s = s.trim();
    s.parse::<ipnet::IpNet>()
        .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("`{s}` is not an address or network (e.g. 10.0.0.0/8 or ::1)"))
}

#[cfg(test)]
mod tests {
    use super::network;

    #[test]
    fn metrics_networks_are_cidr_or_addresses() {
        assert_eq!(
            network("10.0.0.0/8").map(|n| n.to_string()),
            Ok("10.0.0.0/8".into())
        );
        assert_eq!(
            network(" ::1 ").map(|n| n.to_string()),
            Ok("::1/128".into())
        );
        assert_eq!(
            network("192.0.2.7").map(|n| n.to_string()),
            Ok("192.0.2.7/32".into())
        );
        for bad in ["", "garbage", "10.0.0.0/33", "example.org"] {
            assert!(network(bad).is_err(), "{bad:?}");
        }
    }
}
