//! The view beacon (R7): counted in memory, flushed in batches, robots and prefetches ignored,
//! malformed beacons refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use support::*;

async fn article_id(app: &TestApp, path: &str) -> String {
    attr_of(
        &app.get(path).await.html(),
        "[data-article-id]",
        "data-article-id",
    )
}

fn views(r: &Resp) -> i64 {
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    v["views"].as_i64().unwrap()
}

#[tokio::test]
async fn counts_views_and_flushes_them() {
    let app = TestApp::new().await;
    let path = app.article_path("ru", "school-heating").await;
    let id = article_id(&app, &path).await;
    let url = format!("/api/v1/articles/{id}/views");
    let ua = [
        ("user-agent", BROWSER_UA),
        ("content-type", "application/json"),
    ];
    let first = app.post(&url, &ua, r#"{"lang":"ru"}"#).await;
    assert_eq!(first.status, 200);
    let base = views(&first) - 1;
    let second = app.post(&url, &ua, r#"{"lang":"ru"}"#).await;
    assert_eq!(views(&second), base + 2);
    let label: serde_json::Value = serde_json::from_slice(&second.body).unwrap();
    let want = masthead_i18n::Catalogs::embedded().t(
        masthead_core::Lang::Ru,
        "article-views",
        &[("count", masthead_i18n::Arg::Num(base + 2))],
    );
    assert_eq!(label["label"], want.as_str());
    assert_eq!(second.header("cache-control"), Some("no-store"));

    // Not written yet; the displayed count already includes them.
    assert_eq!(
        app.site.store.views_of(id.parse().unwrap()).await.unwrap(),
        base
    );
    app.cache.clear();
    let shown = text_of(&app.get(&path).await.html(), ".views .views-text");
    let want =
        masthead_i18n::format_number(masthead_core::Lang::Ru, base + 2).replace('\u{a0}', " ");
    assert!(shown.starts_with(&want), "{shown}");

    // One flush writes them once; a second flush writes nothing more.
    assert_eq!(app.site.views.flush(&app.site.store).await.unwrap(), 2);
    assert_eq!(app.site.views.flush(&app.site.store).await.unwrap(), 0);
    assert_eq!(
        app.site.store.views_of(id.parse().unwrap()).await.unwrap(),
        base + 2
    );
    assert_eq!(
        views(&app.post(&url, &ua, "").await),
        base + 3,
        "an empty body is a fine beacon"
    );
}

#[tokio::test]
async fn robots_and_prefetches_are_not_counted() {
    let app = TestApp::new().await;
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
    assert_eq!(app.site.views.pending_of(id.parse().unwrap()), 0);
}

#[tokio::test]
async fn malformed_beacons_get_400() {
    let app = TestApp::new().await;
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
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["error"]["code"], "invalid_article_id");
    }
    let url = format!("/api/v1/articles/{id}/views");
    for body in ["not json", "[1,2]", "\"x\"", "{\"lang\":", "null"] {
        let r = app.post(&url, &ua, body).await;
        assert_eq!(r.status, 400, "{body}");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["error"]["code"], "malformed_beacon");
    }
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(5000));
    let r = app.post(&url, &ua, big).await;
    assert_eq!(r.status, 400);
    assert_eq!(
        app.site.views.pending_of(id.parse().unwrap()),
        0,
        "nothing counted from bad beacons"
    );
    let r = app.post("/api/v1/articles/999999/views", &ua, "{}").await;
    assert_eq!(r.status, 404);
    assert_eq!(app.get(&url).await.status, 405);
}
