//! `/healthz`, `/metrics` and `/robots.txt`.

use crate::AppState;
use crate::app::ClientAddr;
use crate::extract::client_ip;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use std::fmt::Write as _;
use std::sync::atomic::Ordering;

fn text(status: StatusCode, body: String, cache: &'static str) -> Response<Body> {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    r
}

/// `ok` with the backend and how far this process is behind the change log; 503 when the
/// database does not answer.
pub async fn healthz(State(state): State<AppState>) -> Response<Body> {
    let h = state.site.health().await;
    let (status, first) = if h.database_ok {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    };
    let lag = h.change_lag.map_or("unknown".to_owned(), |l| l.to_string());
    text(
        status,
        format!("{first}\nbackend: {}\nchange_log_lag: {lag}\n", h.backend),
        "no-store",
    )
}

/// Requests and latency by route, page-cache counters, views flushed, imports applied, search
/// latency, the database's state and pool, and the change-log lag in the Prometheus text
/// format (0.0.4), for clients in `AppState::metrics_from` (loopback unless the operator
/// allows more; behind a trusted proxy, the forwarded client); 404 for everyone else.
pub async fn metrics(
    State(state): State<AppState>,
    peer: Option<axum::Extension<ClientAddr>>,
    headers: HeaderMap,
) -> Response<Body> {
    let ip = client_ip(&state, &headers, peer.map(|axum::Extension(p)| p));
    if !state.metrics_from.iter().any(|n| n.contains(&ip)) {
        return text(StatusCode::NOT_FOUND, "not found\n".into(), "no-store");
    }
    let s = state.cache.stats();
    let m = state.site.metrics();
    let mut out = String::with_capacity(16 * 1024);
    state.http_metrics.render(&mut out);
    for (name, help, v) in [
        (
            "masthead_page_cache_hits_total",
            "Fresh pages served from the cache.",
            s.hits.load(Ordering::Relaxed),
        ),
        (
            "masthead_page_cache_stale_hits_total",
            "Stale pages served while being rendered anew.",
            s.stale_hits.load(Ordering::Relaxed),
        ),
        (
            "masthead_page_cache_misses_total",
            "Requests the cache did not hold.",
            s.misses.load(Ordering::Relaxed),
        ),
        (
            "masthead_page_renders_total",
            "Pages rendered for the cache (one per concurrent miss).",
            s.renders.load(Ordering::Relaxed),
        ),
        (
            "masthead_page_cache_purged_total",
            "Cached pages purged by changes.",
            s.purged.load(Ordering::Relaxed),
        ),
        (
            "masthead_views_flushed_total",
            "Article views written to the database.",
            m.views_flushed.load(Ordering::Relaxed),
        ),
        (
            "masthead_imported_articles_total",
            "Imported articles applied from the change log (imports by any process).",
            m.imported_articles.load(Ordering::Relaxed),
        ),
    ] {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}"
        );
    }
    for (name, help, v) in [
        (
            "masthead_page_cache_entries",
            "Pages held.",
            state.cache.len(),
        ),
        (
            "masthead_page_cache_bytes",
            "Bytes held, as weighed.",
            state.cache.weighted_size(),
        ),
        (
            "masthead_change_log_applied",
            "Last change-log sequence applied.",
            u64::try_from(state.site.applied_seq()).unwrap_or(0),
        ),
    ] {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
    }
    let name = "masthead_search_duration_seconds";
    let _ = writeln!(
        out,
        "# HELP {name} Searches asked of the index, waiting for a slot included.\n\
         # TYPE {name} histogram"
    );
    crate::metrics::write_histogram(&mut out, name, "", &m.search.snapshot());
    if let Some((size, idle)) = state.site.pool_status() {
        for (name, help, v) in [
            (
                "masthead_database_pool_connections",
                "Connections the database pool holds open.",
                size,
            ),
            (
                "masthead_database_pool_idle",
                "Open connections of the pool not in use.",
                idle,
            ),
        ] {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
        }
    }
    let h = state.site.health().await;
    let _ = writeln!(
        out,
        "# HELP masthead_database_up Whether the database answered this scrape (1) or not (0).\n\
         # TYPE masthead_database_up gauge\nmasthead_database_up{{backend=\"{}\"}} {}",
        h.backend,
        u8::from(h.database_ok)
    );
    if let Some(lag) = h.change_lag {
        let _ = writeln!(
            out,
            "# HELP masthead_change_log_lag Change-log rows written but not yet applied here.\n\
             # TYPE masthead_change_log_lag gauge\nmasthead_change_log_lag {lag}"
        );
    }
    let mut r = text(StatusCode::OK, out, "no-store");
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    r
}

/// Robots may read everything but the newsroom, the API and every edition's search pages.
pub async fn robots(State(state): State<AppState>) -> Response<Body> {
    let settings = state.site.settings();
    let urls = state.site.urls();
    // No `Allow: /`: parsers that take the first matching rule (Python's robotparser) would
    // stop there; what is not disallowed is allowed (RFC 9309 §2.2.2).
    let mut body = String::from("User-agent: *\nDisallow: /admin\nDisallow: /api/\n");
    for l in &settings.editions {
        let _ = writeln!(body, "Disallow: {}", urls.search(*l, None));
    }
    let _ = writeln!(
        body,
        "\nSitemap: {}{}",
        state.site.base_url(),
        urls.sitemap_index()
    );
    let _ = writeln!(body, "\n# {}", settings.site_name);
    text(StatusCode::OK, body, "public, max-age=3600")
}
