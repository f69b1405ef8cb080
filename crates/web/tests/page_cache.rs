//! The page cache: validators and compression, targeted purges from the change log, single-
//! flight renders, stale-while-revalidate, keys that ignore junk parameters, and writes of
//! another process shown within a second.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead::Config;
use masthead_core::{ArticleContent, Flags, Lang, NewArticle, Status};
use std::io::Read;
use std::time::{Duration, Instant};
use support::*;

/// A published English article in `section` with a tag, an author and a translation key.
fn english_article(slug: &str, title: &str) -> NewArticle {
    NewArticle {
        edition: Lang::En,
        content: ArticleContent {
            slug: slug.into(),
            title: title.into(),
            lead: "A lead.".into(),
            body_md: "Body.".into(),
            body_html: String::new(),
            section_slug: "society".into(),
            tag_slugs: vec!["climate".into()],
            author_slug: Some("tom-harland".into()),
            coauthor_slugs: vec![],
            flags: Flags::default(),
            source: None,
            cover: None,
            seo: Default::default(),
        },
        status: Status::Published,
        published_at: None,
        translation_key: Some("riverside-trees".into()),
        views: 0,
        old_slugs: vec![],
        source_key: None,
    }
}

#[tokio::test]
async fn pages_carry_validators_and_compress() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "startup-fund").await;
    let a = app.get(&path).await;
    assert_eq!(a.status, 200);
    let etag = a.header("etag").unwrap().to_owned();
    assert_eq!(
        a.header("cache-control"),
        Some("public, max-age=60, stale-while-revalidate=30")
    );
    assert_eq!(a.header("vary"), Some("Accept-Encoding"));
    let b = app.get(&path).await;
    assert_eq!(
        b.header("etag"),
        Some(etag.as_str()),
        "served from cache, same validator"
    );
    assert_eq!(b.body, a.body);
    let nm = app.get_with(&path, &[("if-none-match", &etag)]).await;
    assert_eq!(nm.status, 304);
    assert!(nm.body.is_empty());

    let gz = app.get_with(&path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_ne!(
        gz.header("etag"),
        Some(etag.as_str()),
        "each encoding has its own tag"
    );
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz.body[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, a.body);
    let br = app
        .get_with(&path, &[("accept-encoding", "gzip, deflate, br")])
        .await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    let mut out = Vec::new();
    brotli::Decompressor::new(&br.body[..], 4096)
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, a.body);
    assert!(br.body.len() < a.body.len() / 3);

    let head = app.head(&path).await;
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
}

#[tokio::test]
async fn a_new_article_purges_only_what_shows_it() {
    let app = TestApp::new().await;
    let ru_translation = app.article_path("ru", "riverside-trees").await;
    let unrelated = app.article_path("en", "tbilisi-yerevan-night-train").await;
    let touched = [
        "/en/",
        "/en/category/society",
        "/en/tag/climate",
        "/en/author/tom-harland",
        ru_translation.as_str(),
    ];
    let untouched = [
        "/",
        "/hy/",
        "/category/society",
        unrelated.as_str(),
        "/en/category/sport",
    ];
    for p in touched.iter().chain(&untouched) {
        assert_eq!(app.get(p).await.status, 200, "{p}");
        assert!(app.cache.get(p).is_some(), "{p} is cached");
    }
    let w = app
        .site
        .create_article(
            &TestApp::actor(),
            english_article("trees-on-the-river", "Trees on the river"),
        )
        .await
        .unwrap();
    assert!(app.site.wait_applied(w.seq, Duration::from_secs(2)).await);
    for p in touched {
        assert!(app.cache.get(p).is_none(), "{p} must be purged");
    }
    for p in untouched {
        assert!(app.cache.get(p).is_some(), "{p} must stay cached");
    }
    assert!(app.get("/en/").await.text().contains("Trees on the river"));
    let ru = app.get(&ru_translation).await.html();
    assert!(
        attr_values(&ru, ".translations a", "href")
            .contains(&"/en/post/trees-on-the-river".to_owned()),
        "the Russian story now links its English translation"
    );
}

fn attr_values(doc: &scraper::Html, css: &str, attr: &str) -> Vec<String> {
    doc.select(&sel(css))
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_draft_save_purges_nothing() {
    let app = TestApp::new().await;
    for p in ["/en/", "/en/category/society"] {
        app.get(p).await;
    }
    let before = app.cache.len();
    let mut draft = english_article("a-draft", "A draft nobody sees");
    draft.status = Status::Draft;
    let w = app
        .site
        .create_article(&TestApp::actor(), draft)
        .await
        .unwrap();
    let mut content = english_article("a-draft", "A draft, edited").content;
    content.body_md = "More.".into();
    let w2 = app
        .site
        .update_article(&TestApp::actor(), w.id, w.revision, content)
        .await
        .unwrap();
    assert!(app.site.wait_applied(w2.seq, Duration::from_secs(2)).await);
    assert_eq!(app.cache.len(), before, "nothing purged");
    assert!(app.cache.get("/en/").is_some());
    assert!(!app.get("/en/").await.text().contains("A draft"));
}

#[tokio::test]
async fn an_edit_purges_every_page_that_lists_the_article() {
    let app = TestApp::new().await;
    let w = app
        .site
        .create_article(
            &TestApp::actor(),
            english_article("renamed-story", "Old headline"),
        )
        .await
        .unwrap();
    app.settle().await;
    for p in ["/en/", "/en/category/society", "/en/post/renamed-story"] {
        assert!(app.get(p).await.text().contains("Old headline"), "{p}");
    }
    let mut content = english_article("renamed-story", "New headline").content;
    content.lead = "Changed.".into();
    let w2 = app
        .site
        .update_article(&TestApp::actor(), w.id, w.revision, content)
        .await
        .unwrap();
    assert!(app.site.wait_applied(w2.seq, Duration::from_secs(2)).await);
    for p in ["/en/", "/en/category/society", "/en/post/renamed-story"] {
        let t = app.get(p).await.text();
        assert!(
            t.contains("New headline") && !t.contains("Old headline"),
            "{p}"
        );
    }
}

#[tokio::test]
async fn concurrent_misses_render_once() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "museum-night").await;
    let renders = || {
        app.cache
            .stats()
            .renders
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    let before = renders();
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..50 {
        let svc = app.app.clone();
        let req = axum::http::Request::get(path.as_str())
            .body(axum::body::Body::empty())
            .unwrap();
        set.spawn(async move {
            let resp = tower::ServiceExt::oneshot(svc, req).await.unwrap();
            let status = resp.status();
            let body = axum::body::to_bytes(resp.into_body(), 1 << 24)
                .await
                .unwrap();
            (status, body)
        });
    }
    let answers = set.join_all().await;
    assert!(answers.iter().all(|(s, _)| *s == 200));
    assert!(answers.windows(2).all(|w| w[0].1 == w[1].1));
    assert_eq!(renders() - before, 1, "50 concurrent requests, one render");
}

#[tokio::test]
async fn junk_parameters_share_one_entry() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "museum-night").await;
    for i in 0..20 {
        let r = app.get(&format!("{path}?utm_source={i}&fbclid=x{i}")).await;
        assert_eq!(r.status, 200);
    }
    assert_eq!(app.cache.len(), 1, "one page, one entry");
    app.get("/en/category/sport?page=1&x=1").await;
    app.get("/en/category/sport?junk=2&page=1").await;
    assert_eq!(app.cache.len(), 2, "the same listing page, one entry");
    assert!(app.cache.get("/en/category/sport?page=1").is_some());
}

#[tokio::test]
async fn a_stale_page_is_served_while_it_is_rendered_anew() {
    let app = TestApp::with_config(Config {
        page_fresh_for: Duration::from_millis(200),
        ..TestApp::config()
    })
    .await;
    let first = app.get("/en/").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let stale = app.get("/en/").await;
    assert_eq!(stale.status, 200);
    assert_eq!(stale.body, first.body, "the stale page is answered at once");
    let stats = app.cache.stats();
    assert_eq!(
        stats.stale_hits.load(std::sync::atomic::Ordering::Relaxed),
        1
    );
    // The background render replaces it.
    let start = Instant::now();
    while stats.renders.load(std::sync::atomic::Ordering::Relaxed) < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "no background render"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let fresh = app.get("/en/").await;
    assert_eq!(fresh.status, 200);
    assert_eq!(stats.hits.load(std::sync::atomic::Ordering::Relaxed), 1);
}

#[tokio::test]
async fn another_processs_write_shows_within_a_second() {
    let dir = std::env::temp_dir().join(format!(
        "masthead-two-processes-{}-{}",
        std::process::id(),
        jiff::Timestamp::now().as_nanosecond()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("db.sqlite").display());
    let server = TestApp::with_config(Config {
        ..Config::new(url.clone())
    })
    .await;
    assert!(
        !server
            .get("/en/")
            .await
            .text()
            .contains("Written elsewhere")
    );
    // Another process: its own application over the same database file.
    let other = masthead::build(Config {
        setup: masthead::Setup::Nothing,
        ..Config::new(url)
    })
    .await
    .unwrap();
    let written = Instant::now();
    other
        .site
        .import_jsonl(
            &TestApp::actor(),
            r#"{"title":"Written elsewhere","body":"From another process."}"#,
            Lang::En,
            false,
        )
        .await
        .unwrap();
    loop {
        if server
            .get("/en/")
            .await
            .text()
            .contains("Written elsewhere")
        {
            break;
        }
        assert!(
            written.elapsed() < Duration::from_secs(1),
            "another process's write did not show within 1 s"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    other.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn only_anonymous_get_is_cached() {
    let app = TestApp::new().await;
    app.get("/en/").await;
    assert_eq!(app.cache.len(), 1);
    let r = app
        .get_with("/en/category/sport", &[("cookie", "masthead_session=abc")])
        .await;
    assert_eq!(r.header("cache-control"), Some("private, no-store"));
    assert_eq!(app.cache.len(), 1, "a request with a session is not stored");
    app.get("/en/no-such-page").await;
    assert_eq!(app.cache.len(), 1, "errors are not stored");
}

#[tokio::test]
async fn a_head_request_first_does_not_poison_the_cache() {
    let app = TestApp::new().await;
    let path = app.article_path("hy", "museum-night").await;
    let head = app.head(&path).await;
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    let get = app.get(&path).await;
    assert_eq!(get.status, 200);
    assert!(
        get.text().contains("<h1 class=\"article-title\">"),
        "GET after HEAD has the page"
    );
    assert_eq!(head.header("content-length"), get.header("content-length"));
}

#[tokio::test]
async fn head_of_a_missing_page_has_no_body() {
    let app = TestApp::new().await;
    let r = app.head("/en/post/missing").await;
    assert_eq!(r.status, 404);
    assert!(r.body.is_empty());
}

/// `/metrics` answers this machine (and the networks the operator allows) with the cache's
/// counters, the database's state and the change-log lag, and moves as pages are served;
/// everyone else gets 404.
#[tokio::test]
async fn metrics_are_for_allowed_networks_only_and_count_pages() {
    use tower::ServiceExt;
    let t = TestApp::new().await;
    let scrape = |peer: &str| {
        let app = t.app.for_peer(peer.parse().unwrap());
        async move {
            let r = app
                .oneshot(
                    axum::http::Request::get("/metrics")
                        .body(axum::body::Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            let status = r.status();
            let body = axum::body::to_bytes(r.into_body(), 1 << 20).await.unwrap();
            (status, String::from_utf8_lossy(&body).into_owned())
        }
    };
    let value = |text: &str, name: &str| -> u64 {
        text.lines()
            .find(|l| l.starts_with(name) && !l.starts_with('#'))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} missing:\n{text}"))
    };
    let (status, before) = scrape("127.0.0.1:40000").await;
    assert_eq!(status, 200, "{before}");
    assert_eq!(
        value(&before, "masthead_database_up{backend=\"sqlite\"}"),
        1
    );
    assert_eq!(value(&before, "masthead_change_log_lag"), 0);
    t.get("/en/").await;
    t.get("/en/").await;
    let (_, after) = scrape("[::1]:40000").await;
    assert!(
        value(&after, "masthead_page_cache_hits_total")
            > value(&before, "masthead_page_cache_hits_total"),
        "{after}"
    );
    for outsider in ["203.0.113.9:40000", "[2001:db8::1]:40000", "10.1.2.3:5000"] {
        let (status, body) = scrape(outsider).await;
        assert_eq!(status, 404, "{outsider}: {body}");
        assert!(!body.contains("masthead_"), "{outsider}: {body}");
    }
}
