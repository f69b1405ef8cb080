//! The page cache: ETag/304, compression, Cache-Control, invalidation when content changes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use std::io::Read;
use support::*;

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
async fn content_changes_invalidate_cached_pages() {
    let app = TestApp::new().await;
    let before = app.get("/en/").await;
    assert!(!before.text().contains("Harbour cranes arrive"));
    app.site
        .import_jsonl("{\"title\":\"Harbour cranes arrive\",\"body\":\"Two cranes arrived.\\n\\nMore.\",\"section\":\"economy\"}\n", masthead_core::Lang::En)
        .await
        .unwrap();
    // The cache listens to the change feed in the background.
    for _ in 0..50 {
        if app.cache.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let after = app.get("/en/").await;
    assert!(
        after.text().contains("Harbour cranes arrive"),
        "the new article shows at once"
    );
    assert_ne!(after.header("etag"), before.header("etag"));
}

#[tokio::test]
async fn only_anonymous_get_is_cached() {
    let app = TestApp::new().await;
    app.get("/en/").await;
    assert_eq!(app.cache.len(), 1);
    app.get_with("/en/category/sport", &[("cookie", "masthead_session=abc")])
        .await;
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
