//! Requests and their latency by route, for `/metrics` (SPEC O4).
//!
//! Each response is counted as `masthead_http_requests_total{method,route,status}` and timed in
//! `masthead_http_request_duration_seconds{method,route}` (from the moment [`crate::Masthead`]
//! is called until the response head is ready; a body is in memory by then). `route` is the
//! router's template (`/{lang}/post/{slug}`), never the address asked for, so the label values
//! are bounded by the routing table: `page_cache` for pages the cache answered without the
//! router, `redirect` for addresses made canonical before routing, `unmatched` for what no route
//! took (the 404 fallback). Methods outside the standard ones count as `other`, and a route
//! with more than [`STATUS_SLOTS`] different statuses counts the rest as `other`.
//!
//! Hand-rolled atomics rather than the `metrics` facade with `metrics-exporter-prometheus`
//! (the crates DESIGN.md names): the facade records through one recorder per process, while
//! the tests build many sites in one process and each `/metrics` must show its own site; its
//! exporter keeps every histogram sample until a scrape or an upkeep task drains them; and
//! each record would look its series up by an allocated label set. Here a series is an array
//! slot reached without a lock on the cached path (the `page_cache` series is held directly)
//! and one shared read lock and a hash of the template elsewhere: recording is a handful of
//! relaxed atomic adds, no allocation.

use axum::body::Body;
use axum::extract::MatchedPath;
use axum::http::{Method, Response};
use masthead_service::metrics::{Histogram, HistogramSnapshot, LATENCY_BOUNDS};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU16, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// Method label values; the last one takes every method not listed.
const METHODS: [&str; 8] = [
    "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "other",
];

/// Different statuses counted apart per route and method.
pub const STATUS_SLOTS: usize = 16;

/// A request's method as an index into [`METHODS`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct MethodIdx(usize);

impl MethodIdx {
    pub(crate) fn of(m: &Method) -> Self {
        MethodIdx(match *m {
            Method::GET => 0,
            Method::HEAD => 1,
            Method::POST => 2,
            Method::PUT => 3,
            Method::DELETE => 4,
            Method::OPTIONS => 5,
            Method::PATCH => 6,
            _ => 7,
        })
    }

    pub(crate) fn label(self) -> &'static str {
        METHODS.get(self.0).copied().unwrap_or("other")
    }
}

#[derive(Default)]
struct StatusSlot {
    /// The status counted here; 0 while the slot is free.
    code: AtomicU16,
    n: AtomicU64,
}

#[derive(Default)]
struct MethodStats {
    statuses: [StatusSlot; STATUS_SLOTS],
    /// Statuses past the slots.
    other: AtomicU64,
    duration: Histogram,
}

impl MethodStats {
    fn count(&self, status: u16) {
        for s in &self.statuses {
            let code = s.code.load(Ordering::Relaxed);
            let mine = code == status
                || code == 0
                    && match s.code.compare_exchange(
                        0,
                        status,
                        Ordering::Relaxed,
                        Ordering::Relaxed,
                    ) {
                        Ok(_) => true,
                        Err(taken) => taken == status,
                    };
            if mine {
                s.n.fetch_add(1, Ordering::Relaxed);
                return;
            }
        }
        self.other.fetch_add(1, Ordering::Relaxed);
    }
}

/// The series of one route label.
pub(crate) struct RouteStats {
    label: Box<str>,
    methods: [MethodStats; METHODS.len()],
}

impl RouteStats {
    fn new(label: &str) -> Self {
        RouteStats {
            label: label.into(),
            methods: Default::default(),
        }
    }

    fn record(&self, method: MethodIdx, status: u16, took: Duration) {
        if let Some(m) = self.methods.get(method.0) {
            m.count(status);
            m.duration.observe(took);
        }
    }
}

/// Every route's request counters and latencies, one set per application.
pub struct HttpMetrics {
    routes: RwLock<HashMap<Box<str>, Arc<RouteStats>>>,
    page_cache: RouteStats,
    redirect: RouteStats,
    unmatched: RouteStats,
}

impl Default for HttpMetrics {
    fn default() -> Self {
        HttpMetrics {
            routes: RwLock::default(),
            page_cache: RouteStats::new("page_cache"),
            redirect: RouteStats::new("redirect"),
            unmatched: RouteStats::new("unmatched"),
        }
    }
}

/// Who answered a request, for its `route` label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Answered {
    PageCache,
    Redirect,
    /// The router: the route it matched rides on the response (see [`tag_route`]).
    Router,
}

impl HttpMetrics {
    /// Counts and times one response; returns its route label (for the access log).
    pub(crate) fn record<'a>(
        &'a self,
        by: Answered,
        resp: &'a Response<Body>,
        method: MethodIdx,
        took: Duration,
    ) -> &'a str {
        let status = resp.status().as_u16();
        let fixed = match by {
            Answered::PageCache => &self.page_cache,
            Answered::Redirect => &self.redirect,
            Answered::Router => match resp.extensions().get::<MatchedPath>() {
                Some(p) => {
                    self.routed(p.as_str(), method, status, took);
                    return p.as_str();
                }
                None => &self.unmatched,
            },
        };
        fixed.record(method, status, took);
        &fixed.label
    }

    fn routed(&self, template: &str, method: MethodIdx, status: u16, took: Duration) {
        {
            let routes = self.routes.read().unwrap_or_else(|p| p.into_inner());
            if let Some(r) = routes.get(template) {
                r.record(method, status, took);
                return;
            }
        }
        // First request of this route: its series are made once (templates are a fixed set).
        let r = self
            .routes
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .entry(template.into())
            .or_insert_with(|| Arc::new(RouteStats::new(template)))
            .clone();
        r.record(method, status, took);
    }

    /// The request counter and latency histogram in the Prometheus text format.
    pub(crate) fn render(&self, out: &mut String) {
        let mut routes: Vec<Arc<RouteStats>> = self
            .routes
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .cloned()
            .collect();
        routes.sort_by(|a, b| a.label.cmp(&b.label));
        let all: Vec<&RouteStats> = [&self.page_cache, &self.redirect, &self.unmatched]
            .into_iter()
            .chain(routes.iter().map(|r| &**r))
            .collect();
        let name = "masthead_http_requests_total";
        let _ = writeln!(
            out,
            "# HELP {name} Requests answered, by method, route template and status.\n\
             # TYPE {name} counter"
        );
        for r in &all {
            for (mi, m) in r.methods.iter().enumerate() {
                let method = MethodIdx(mi).label();
                let mut slots: Vec<(u16, u64)> = m
                    .statuses
                    .iter()
                    .map(|s| (s.code.load(Ordering::Relaxed), s.n.load(Ordering::Relaxed)))
                    .filter(|(code, _)| *code != 0)
                    .collect();
                slots.sort_unstable();
                for (code, n) in slots {
                    let _ = writeln!(
                        out,
                        "{name}{{method=\"{method}\",route=\"{}\",status=\"{code}\"}} {n}",
                        escape(&r.label)
                    );
                }
                let other = m.other.load(Ordering::Relaxed);
                if other > 0 {
                    let _ = writeln!(
                        out,
                        "{name}{{method=\"{method}\",route=\"{}\",status=\"other\"}} {other}",
                        escape(&r.label)
                    );
                }
            }
        }
        let name = "masthead_http_request_duration_seconds";
        let _ = writeln!(
            out,
            "# HELP {name} Time from a request's arrival to its response head, by method and route template.\n\
             # TYPE {name} histogram"
        );
        for r in &all {
            for (mi, m) in r.methods.iter().enumerate() {
                let snap = m.duration.snapshot();
                if snap.count == 0 {
                    continue;
                }
                let labels = format!(
                    "method=\"{}\",route=\"{}\"",
                    MethodIdx(mi).label(),
                    escape(&r.label)
                );
                write_histogram(out, name, &labels, &snap);
            }
        }
    }
}

/// The sample lines of one histogram series (`labels` without braces, may be empty).
pub(crate) fn write_histogram(out: &mut String, name: &str, labels: &str, h: &HistogramSnapshot) {
    let sep = if labels.is_empty() { "" } else { "," };
    for (bound, n) in LATENCY_BOUNDS.iter().zip(h.cumulative) {
        let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {n}");
    }
    let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}", h.count);
    let braces = |s: &str| {
        if s.is_empty() {
            String::new()
        } else {
            format!("{{{s}}}")
        }
    };
    let _ = writeln!(out, "{name}_sum{} {}", braces(labels), h.sum);
    let _ = writeln!(out, "{name}_count{} {}", braces(labels), h.count);
}

/// A label value as the text format wants it: backslash, quote and newline escaped.
fn escape(v: &str) -> std::borrow::Cow<'_, str> {
    if v.contains(['\\', '"', '\n']) {
        v.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .into()
    } else {
        v.into()
    }
}

/// Route middleware: hands the matched route's template on with the response, where
/// [`HttpMetrics::record`] (outside the router) finds it.
pub(crate) async fn tag_route(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response<Body> {
    let route = req.extensions().get::<MatchedPath>().cloned();
    let mut resp = next.run(req).await;
    if let Some(route) = route {
        resp.extensions_mut().insert(route);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_past_the_slots_count_as_other() {
        let m = HttpMetrics::default();
        let resp = |code: u16| {
            let mut r = Response::new(Body::empty());
            *r.status_mut() = axum::http::StatusCode::from_u16(code).unwrap_or_default();
            r
        };
        let get = MethodIdx::of(&Method::GET);
        for code in 200..(200 + STATUS_SLOTS as u16 + 3) {
            m.record(Answered::Router, &resp(code), get, Duration::from_millis(1));
        }
        m.record(Answered::Router, &resp(200), get, Duration::from_millis(1));
        let mut out = String::new();
        m.render(&mut out);
        assert!(
            out.contains(
                "masthead_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"200\"} 2"
            ),
            "{out}"
        );
        assert!(
            out.contains(
                "masthead_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"other\"} 3"
            ),
            "{out}"
        );
        assert!(out.contains(
            "masthead_http_request_duration_seconds_count{method=\"GET\",route=\"unmatched\"} 20"
        ));
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape("/a/{b}"), "/a/{b}");
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
