//! The view beacon (SPEC R7): counted in memory, flushed in batches, one reader once per article
//! per half hour, same-site only; robots and prefetches ignored, real phones counted; malformed
//! beacons refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead::Config;
use support::*;

/// A site that takes readers' addresses from X-Forwarded-For, so tests can be many readers.
async fn app() -> TestApp {
    TestApp::with_config(Config {
        trust_forwarded: true,
        ..TestApp::config()
    })
    .await
}

async fn article_id(app: &TestApp, path: &str) -> i64 {
    attr_of(
        &app.get(path).await.html(),
        "[data-article-id]",
        "data-article-id",
    )
    .parse()
    .unwrap()
}

fn json(r: &Resp) -> serde_json::Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("{e}: {}", r.text()))
}

fn views(r: &Resp) -> i64 {
    json(r)["views"].as_i64().unwrap()
}

/// A reader's browser: its address and User-Agent.
fn reader(ip: &'static str) -> [(&'static str, &'static str); 3] {
    [
        ("user-agent", BROWSER_UA),
        ("x-forwarded-for", ip),
        ("content-type", "application/json"),
    ]
}

#[tokio::test]
async fn counts_views_and_flushes_them() {
    let app = app().await;
    let path = app.article_path("ru", "school-heating").await;
    let id = article_id(&app, &path).await;
    let url = format!("/api/v1/articles/{id}/views");
    let first = app
        .post(&url, &reader("198.51.100.1"), r#"{"lang":"ru"}"#)
        .await;
    assert_eq!(first.status, 200, "{}", first.text());
    let base = views(&first) - 1;
    let second = app
        .post(&url, &reader("198.51.100.2"), r#"{"lang":"ru"}"#)
        .await;
    assert_eq!(views(&second), base + 2);
    let want = masthead_i18n::Catalogs::embedded().t(
        masthead_core::Lang::Ru,
        "article-views",
        &[("count", masthead_i18n::Arg::Num(base + 2))],
    );
    assert_eq!(json(&second)["label"], want.as_str());
    assert_eq!(second.header("cache-control"), Some("no-store"));

    // Not written yet; the displayed count already includes them.
    assert_eq!(app.site.stored_views(id).await.unwrap(), base);
    app.cache.clear();
    let shown = text_of(&app.get(&path).await.html(), ".views .views-text");
    let want =
        masthead_i18n::format_number(masthead_core::Lang::Ru, base + 2).replace('\u{a0}', " ");
    assert!(shown.starts_with(&want), "{shown}");

    // One flush writes them once; a second flush writes nothing more.
    assert_eq!(app.site.flush_views().await.unwrap(), 2);
    assert_eq!(app.site.flush_views().await.unwrap(), 0);
    assert_eq!(app.site.stored_views(id).await.unwrap(), base + 2);
    assert_eq!(
        views(&app.post(&url, &reader("198.51.100.3"), "").await),
        base + 3,
        "an empty body is a fine beacon"
    );
}

#[tokio::test]
async fn one_reader_counts_once_per_article() {
    let app = app().await;
    let a = article_id(&app, &app.article_path("en", "museum-night").await).await;
    let b = article_id(&app, &app.article_path("en", "startup-fund").await).await;
    let url = |id: i64| format!("/api/v1/articles/{id}/views");
    let first = app.post(&url(a), &reader("203.0.113.9"), "{}").await;
    assert_eq!(json(&first)["counted"], true);
    let total = views(&first);
    // The same reader, in a loop: answered, never counted again.
    for _ in 0..20 {
        let again = app.post(&url(a), &reader("203.0.113.9"), "{}").await;
        assert_eq!(again.status, 200);
        assert_eq!(json(&again)["counted"], false);
        assert_eq!(views(&again), total);
    }
    assert_eq!(app.site.pending_views(a), 1);
    // Another article by the same reader, and the same article by another browser, count.
    assert_eq!(
        json(&app.post(&url(b), &reader("203.0.113.9"), "{}").await)["counted"],
        true
    );
    let phone = [
        (
            "user-agent",
            "Mozilla/5.0 (Linux; Android 9; CUBOT_P20) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
        ),
        ("x-forwarded-for", "203.0.113.9"),
    ];
    let r = app.post(&url(a), &phone, "{}").await;
    assert_eq!(r.status, 200, "a CUBOT phone is a reader, not a robot");
    assert_eq!(views(&r), total + 1);
}

#[tokio::test]
async fn cross_site_beacons_are_not_counted() {
    let app = app().await;
    let id = article_id(&app, &app.article_path("en", "museum-night").await).await;
    let url = format!("/api/v1/articles/{id}/views");
    for extra in [
        vec![
            ("origin", "https://elsewhere.example"),
            ("sec-fetch-site", "cross-site"),
        ],
        vec![("origin", "https://elsewhere.example")],
        vec![("sec-fetch-site", "cross-site")],
    ] {
        let mut h = vec![
            ("user-agent", BROWSER_UA),
            ("host", "news.test"),
            ("x-forwarded-for", "192.0.2.50"),
        ];
        h.extend(extra.iter().copied());
        let r = app.post(&url, &h, "{}").await;
        assert_eq!(r.status, 403, "{extra:?}");
        assert_eq!(json(&r)["error"]["code"], "cross-site-beacon");
    }
    assert_eq!(app.site.pending_views(id), 0);
    let same = [
        ("user-agent", BROWSER_UA),
        ("host", "news.test"),
        ("origin", "http://news.test"),
        ("sec-fetch-site", "same-origin"),
    ];
    assert_eq!(app.post(&url, &same, "{}").await.status, 200);
    assert_eq!(app.site.pending_views(id), 1);
}

#[tokio::test]
async fn robots_and_prefetches_are_not_counted() {
    let app = app().await;
    let id = article_id(&app, &app.article_path("en", "museum-night").await).await;
    let url = format!("/api/v1/articles/{id}/views");
    for headers in [
        vec![(
            "user-agent",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        )],
        vec![("user-agent", "curl/8.5.0")],
        vec![],
        vec![("user-agent", BROWSER_UA), ("sec-purpose", "prefetch")],
        vec![("user-agent", BROWSER_UA), ("purpose", "prefetch")],
        vec![
            ("user-agent", BROWSER_UA),
            ("sec-purpose", "prefetch;prerender"),
        ],
    ] {
        let r = app.post(&url, &headers, "{}").await;
        assert_eq!(r.status, 204, "{headers:?}");
    }
    assert_eq!(app.site.pending_views(id), 0);
}

#[tokio::test]
async fn malformed_beacons_get_400() {
    let app = app().await;
    let id = article_id(&app, &app.article_path("en", "museum-night").await).await;
    let ua = [("user-agent", BROWSER_UA)];
    for bad_id in [
        "abc",
        "-1",
        "1.5",
        "99999999999999999999",
        "1%20OR%201=1",
        "0x10",
    ] {
        let r = app
            .post(&format!("/api/v1/articles/{bad_id}/views"), &ua, "{}")
            .await;
        assert_eq!(r.status, 400, "{bad_id}");
        assert_eq!(json(&r)["error"]["code"], "invalid-article-id");
        assert!(!json(&r)["error"]["message"].as_str().unwrap().is_empty());
    }
    let url = format!("/api/v1/articles/{id}/views");
    for body in ["not json", "[1,2]", "\"x\"", "{\"lang\":", "null"] {
        let r = app.post(&url, &ua, body).await;
        assert_eq!(r.status, 400, "{body}");
        assert_eq!(json(&r)["error"]["code"], "malformed-beacon");
    }
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(5000));
    let r = app.post(&url, &ua, big).await;
    assert_eq!(r.status, 413);
    assert_eq!(json(&r)["error"]["code"], "beacon-too-large");
    // An id that is not even valid UTF-8, and a trailing slash: JSON errors too.
    let r = app.post("/api/v1/articles/%FF/views", &ua, "{}").await;
    assert_eq!(r.status, 400);
    assert_eq!(json(&r)["error"]["code"], "invalid-article-id");
    let r = app.post(&format!("{url}/"), &ua, "{}").await;
    assert_eq!(r.status, 404);
    assert_eq!(json(&r)["error"]["code"], "not-found");
    assert_eq!(
        app.site.pending_views(id),
        0,
        "nothing counted from bad beacons"
    );
    let r = app.post("/api/v1/articles/999999/views", &ua, "{}").await;
    assert_eq!(r.status, 404);
    assert_eq!(json(&r)["error"]["code"], "not-found");
    // The message is in the edition the beacon names.
    let r = app
        .post("/api/v1/articles/abc/views", &ua, r#"{"lang":"hy"}"#)
        .await;
    assert_eq!(
        json(&r)["error"]["message"],
        msg("hy", "invalid-article-id").as_str()
    );
    assert_eq!(app.get(&url).await.status, 405);
}
