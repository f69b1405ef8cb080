//! Bad input (B1, R11): path tricks, hostile beacons, and failures that must not leak internals.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use support::*;

#[tokio::test]
async fn no_file_outside_the_static_root_is_served() {
    let app = TestApp::new().await;
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2FCargo.toml",
        "/static/%2e%2e/%2e%2e/Cargo.toml",
        "/static/%2e%2e%2fbuild.rs",
        "/static//etc/passwd",
        "//etc/passwd",
        "/static/../../../../etc/passwd",
        "/static/assets/site.css",
        "/STATIC/site.css",
        "/static/SITE.CSS",
        "/static/",
        "/static/covers/../../src/lib.rs",
        "/static/%00",
    ] {
        let r = app.get(path).await;
        assert!(r.status == 404 || r.status == 400, "{path}: {}", r.status);
        let body = r.text();
        assert!(
            !body.contains("[package]") && !body.contains("root:x:") && !body.contains("fn main"),
            "{path} leaked a file"
        );
    }
    // The real asset is there, under its plain and its hashed name.
    let plain = app.get("/static/site.css").await;
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("cache-control"), Some("public, max-age=3600"));
    let doc = app.get("/en/").await.html();
    let hashed = attr_of(&doc, "link[rel=stylesheet]", "href");
    assert!(
        hashed.starts_with("/static/site.") && hashed.len() > "/static/site.css".len(),
        "{hashed}"
    );
    let r = app.get(&hashed).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(r.header("content-type"), Some("text/css; charset=utf-8"));
    assert_eq!(r.body, plain.body);
}

#[tokio::test]
async fn hostile_queries_never_fail() {
    let app = TestApp::new().await;
    let long = "a".repeat(10_000);
    for path in [
        "/search?q=%22unbalanced".to_owned(),
        format!("/en/search?q={long}"),
        "/search?q=%01%02%03%7f".to_owned(),
        "/search?q='%20OR%201=1;--".to_owned(),
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E".to_owned(),
        "/search?q=%ZZ".to_owned(),
        "/category/sport?page=%FF%FE".to_owned(),
        "/post/%27%20OR%201%3D1".to_owned(),
        "/post/..%2F..%2Fetc".to_owned(),
        "/hy/tag/%3Cb%3E".to_owned(),
    ] {
        let r = app.get(&path).await;
        assert!(r.status.as_u16() < 500, "{path}: {}", r.status);
        assert!(
            !r.text().contains("<script>alert(1)"),
            "{path}: reflected markup"
        );
    }
    let doc = app
        .get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
        .await
        .html();
    assert_eq!(
        attr_of(&doc, "#search-page-q", "value"),
        "<script>alert(1)</script>"
    );
}

#[tokio::test]
async fn server_errors_show_no_internals() {
    let app = TestApp::new().await;
    app.cache.clear();
    app.site.close().await;
    for path in ["/", "/en/post/anything", "/hy/category/sport"] {
        let r = app.get(path).await;
        assert!(r.status.is_server_error(), "{path}: {}", r.status);
        let body = r.text().to_lowercase();
        for secret in [
            "sqlx",
            "pool",
            "sqlite",
            "panicked",
            "backtrace",
            "error:",
            "closed",
        ] {
            assert!(!body.contains(secret), "{path} shows `{secret}`: {body}");
        }
        assert_eq!(r.header("cache-control"), Some("no-store"));
    }
    // Even the bare fallback page speaks the edition's language.
    let r = app.get("/en/post/anything").await;
    assert!(
        r.text().contains(&msg("en", "error-500-title")),
        "{}",
        r.text()
    );
    let r = app.get("/hy/").await;
    assert!(r.text().contains(&msg("hy", "error-500-title")));
    let r = app.get("/healthz").await;
    assert_eq!(r.status, 503);
}

#[tokio::test]
async fn security_headers_on_pages() {
    let app = TestApp::new().await;
    for path in ["/", "/en/", "/no-such"] {
        let r = app.get(path).await;
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert!(
            r.header("content-security-policy")
                .unwrap()
                .contains("script-src 'self'")
        );
        assert_eq!(r.header("x-frame-options"), Some("SAMEORIGIN"));
    }
}

#[tokio::test]
async fn each_encoding_of_an_asset_has_its_own_validator() {
    let app = TestApp::new().await;
    let doc = app.get("/en/").await.html();
    let css = attr_of(&doc, "link[rel=stylesheet]", "href");
    let plain = app.get(&css).await;
    let gz = app.get_with(&css, &[("accept-encoding", "gzip")]).await;
    let br = app.get_with(&css, &[("accept-encoding", "br")]).await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_eq!(br.header("content-encoding"), Some("br"));
    let tags = [plain.header("etag"), gz.header("etag"), br.header("etag")];
    assert!(tags.iter().all(Option::is_some));
    assert!(
        tags[0] != tags[1] && tags[1] != tags[2] && tags[0] != tags[2],
        "identity, gzip and brotli bodies share a strong ETag: {tags:?}"
    );
    // A client holding the gzip body gets 304 only when it asks for gzip again.
    let gz_tag = gz.header("etag").unwrap();
    let again = app
        .get_with(
            &css,
            &[("accept-encoding", "gzip"), ("if-none-match", gz_tag)],
        )
        .await;
    assert_eq!(again.status, 304);
    let other = app.get_with(&css, &[("if-none-match", gz_tag)]).await;
    assert_eq!(other.status, 200, "the identity body is not the gzip one");
    assert_eq!(other.body, plain.body);
}
