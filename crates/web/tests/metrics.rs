//! `/metrics` (SPEC O4): requests and latency by route template, the page cache's hits, misses
//! and purges, views flushed, imports applied, search latency and the database pool move as the
//! site is used; `promtool check metrics` accepts the text; every response has a request id.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead::Config;
use masthead_core::{Actor, Lang};
use support::*;
use tower::ServiceExt;

/// The metrics as the machine itself reads them.
async fn scrape(t: &TestApp) -> String {
    let r = t
        .app
        .for_peer("127.0.0.1:40000".parse().unwrap())
        .oneshot(
            axum::http::Request::get("/metrics")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    let body = axum::body::to_bytes(r.into_body(), 1 << 22).await.unwrap();
    String::from_utf8(body.to_vec()).unwrap()
}

/// The value of the sample `series` (name and labels exactly as written), 0 when absent.
fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            let (s, v) = l.rsplit_once(' ')?;
            (s == series).then(|| v.parse().unwrap())
        })
        .unwrap_or(0.0)
}

fn requests(method: &str, route: &str, status: u16) -> String {
    format!(
        "masthead_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}}"
    )
}

fn latency_count(method: &str, route: &str) -> String {
    format!("masthead_http_request_duration_seconds_count{{method=\"{method}\",route=\"{route}\"}}")
}

/// Every `route` label value in the text.
fn routes(text: &str) -> std::collections::BTreeSet<String> {
    text.lines()
        .filter_map(|l| l.split("route=\"").nth(1))
        .filter_map(|r| r.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn requests_are_counted_by_route_template() {
    let t = TestApp::new().await;
    let path = t.article_path("en", "startup-fund").await;
    let before = scrape(&t).await;

    assert_eq!(t.get(&path).await.status, 200, "rendered");
    assert_eq!(t.get(&path).await.status, 200, "from the cache");
    assert_eq!(t.head(&path).await.status, 200, "HEAD, from the cache");
    for n in 0..5 {
        let r = t.get(&format!("/no/such/address-{n}/here")).await;
        assert_eq!(r.status, 404);
    }
    assert_eq!(t.get("/en/post/no-such-article").await.status, 404);
    assert_eq!(t.get("/EN/").await.status, 301, "made canonical");
    assert_eq!(t.get("/api/v1/sections?lang=en").await.status, 200);
    let after = scrape(&t).await;

    let moved = |series: &str| value(&after, series) - value(&before, series);
    assert_eq!(
        moved(&requests("GET", "/{lang}/post/{slug}", 200)),
        1.0,
        "{after}"
    );
    assert_eq!(
        moved(&requests("GET", "/{lang}/post/{slug}", 404)),
        1.0,
        "{after}"
    );
    assert_eq!(moved(&latency_count("GET", "/{lang}/post/{slug}")), 2.0);
    assert!(moved(&requests("GET", "page_cache", 200)) >= 1.0, "{after}");
    assert!(
        moved(&requests("HEAD", "page_cache", 200)) >= 1.0,
        "{after}"
    );
    assert_eq!(moved(&requests("GET", "unmatched", 404)), 5.0, "{after}");
    assert_eq!(moved(&latency_count("GET", "unmatched")), 5.0);
    assert_eq!(
        moved(&requests("GET", "/api/v1/sections", 200)),
        1.0,
        "{after}"
    );
    assert_eq!(moved(&requests("GET", "redirect", 301)), 1.0, "{after}");
    assert!(
        value(&after, &requests("GET", "/metrics", 200)) >= 1.0,
        "the first scrape is counted by the second:\n{after}"
    );

    // Labels name templates, never addresses: no value per 404, none with a slug.
    let labels = routes(&after);
    assert!(
        labels
            .iter()
            .all(|r| !r.contains("no-such") && !r.contains("address-") && !r.contains("startup")),
        "{labels:?}"
    );
    assert!(labels.contains("/{lang}/post/{slug}"), "{labels:?}");
    let buckets = after
        .lines()
        .filter(|l| {
            l.starts_with(
                "masthead_http_request_duration_seconds_bucket{method=\"GET\",route=\"unmatched\"",
            )
        })
        .count();
    assert_eq!(buckets, 17, "16 bounds and +Inf:\n{after}");
    assert!(after.contains(
        "masthead_http_request_duration_seconds_bucket{method=\"GET\",route=\"unmatched\",le=\"+Inf\"}"
    ));
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let t = TestApp::new().await;
    let path = t.article_path("en", "startup-fund").await;
    let mut seen = std::collections::HashSet::new();
    for p in [path.as_str(), path.as_str(), "/nowhere/at/all", "/healthz"] {
        let r = t.get(p).await;
        let id = r
            .header("x-request-id")
            .unwrap_or_else(|| panic!("{p}: no id"));
        assert_eq!(id.len(), 24, "{p}: {id}");
        assert!(seen.insert(id.to_owned()), "{p}: {id} given twice");
    }
    // A proxy's own id is kept when it is plain, replaced when it is not.
    let r = t.get_with(&path, &[("x-request-id", "edge-7f3a:42")]).await;
    assert_eq!(r.header("x-request-id"), Some("edge-7f3a:42"));
    let r = t
        .get_with("/nowhere", &[("x-request-id", "bad id\" with quote")])
        .await;
    assert_eq!(r.header("x-request-id").map(str::len), Some(24));
}

#[tokio::test]
async fn purges_views_imports_searches_and_the_pool_are_counted() {
    let t = TestApp::with_config(Config {
        trust_forwarded: true,
        ..TestApp::config()
    })
    .await;
    let before = scrape(&t).await;
    let moved = |after: &str, series: &str| value(after, series) - value(&before, series);

    // Cache: a miss, then a hit, then a change that purges the page.
    assert_eq!(t.get("/en/").await.status, 200);
    assert_eq!(t.get("/en/").await.status, 200);
    let text = r#"{"title":"Harbour cranes arrive","body":"Two cranes.\n\nMore.","section":"economy"}
{"title":"Night ferry sails","body":"A ferry.\n\nMore.","section":"economy"}
"#;
    let report = t
        .site
        .import_jsonl(&Actor::system("import"), text, Lang::En, false)
        .await
        .unwrap();
    assert_eq!(report.imported.len(), 2);
    t.settle().await;

    // A view counted and flushed.
    let path = t.article_path("en", "startup-fund").await;
    let id: i64 = attr_of(
        &t.get(&path).await.html(),
        "[data-article-id]",
        "data-article-id",
    )
    .parse()
    .unwrap();
    let beacon = t
        .post(
            &format!("/api/v1/articles/{id}/views"),
            &[
                ("user-agent", BROWSER_UA),
                ("x-forwarded-for", "198.51.100.7"),
                ("content-type", "application/json"),
            ],
            r#"{"lang":"en"}"#,
        )
        .await;
    assert_eq!(beacon.status, 200, "{}", beacon.text());
    assert_eq!(t.site.flush_views().await.unwrap(), 1);

    // A search, on the page and through the API.
    assert_eq!(t.get("/en/search?q=ferry").await.status, 200);
    assert_eq!(t.get("/api/v1/search?q=ferry&lang=en").await.status, 200);

    let after = scrape(&t).await;
    assert!(
        moved(&after, "masthead_page_cache_misses_total") >= 1.0,
        "{after}"
    );
    assert!(
        moved(&after, "masthead_page_cache_hits_total") >= 1.0,
        "{after}"
    );
    assert!(
        moved(&after, "masthead_page_renders_total") >= 1.0,
        "{after}"
    );
    assert!(
        moved(&after, "masthead_page_cache_purged_total") >= 1.0,
        "the import purged /en/:\n{after}"
    );
    assert_eq!(
        moved(&after, "masthead_imported_articles_total"),
        2.0,
        "{after}"
    );
    assert_eq!(
        moved(&after, "masthead_views_flushed_total"),
        1.0,
        "{after}"
    );
    assert_eq!(
        moved(&after, "masthead_search_duration_seconds_count"),
        2.0,
        "{after}"
    );
    assert_eq!(
        moved(
            &after,
            "masthead_search_duration_seconds_bucket{le=\"+Inf\"}"
        ),
        2.0
    );
    assert!(moved(&after, "masthead_search_duration_seconds_sum") > 0.0);
    assert!(
        moved(
            &after,
            &requests("POST", "/api/v1/articles/{id}/views", 200)
        ) == 1.0,
        "{after}"
    );
    assert!(
        value(&after, "masthead_database_pool_connections") >= 1.0,
        "{after}"
    );
    assert!(
        value(&after, "masthead_database_pool_idle")
            <= value(&after, "masthead_database_pool_connections")
    );
    assert!(
        value(&after, "masthead_change_log_applied")
            > value(&before, "masthead_change_log_applied")
    );

    // Written by anyone else, an article is not an import.
    let before_edit = value(&after, "masthead_imported_articles_total");
    t.set_settings(&[("site_name", "Metrics Daily")]).await;
    let later = scrape(&t).await;
    assert_eq!(
        value(&later, "masthead_imported_articles_total"),
        before_edit
    );
}

/// `promtool check metrics` (Debian's `prometheus` package) reads the scrape: required in CI
/// (MASTHEAD_REQUIRE_PROMTOOL=1), skipped with a note where promtool is not installed.
#[tokio::test]
async fn promtool_accepts_the_metrics() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let available = Command::new("promtool")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        assert!(
            std::env::var("MASTHEAD_REQUIRE_PROMTOOL").as_deref() != Ok("1"),
            "promtool is required (MASTHEAD_REQUIRE_PROMTOOL=1) but not installed: apt-get install prometheus"
        );
        eprintln!("skipped: promtool is not installed (apt-get install prometheus)");
        return;
    }
    let t = TestApp::new().await;
    let path = t.article_path("en", "startup-fund").await;
    t.get(&path).await;
    t.get(&path).await;
    t.get("/nowhere").await;
    t.get("/en/search?q=ferry").await;
    scrape(&t).await;
    let text = scrape(&t).await;
    let mut child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool check metrics failed:\n{}{}\n--- the metrics ---\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
