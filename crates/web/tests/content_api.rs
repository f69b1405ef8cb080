//! The content API as apps use it (SPEC A1): each filter, cursors walking a whole archive
//! without gaps or repeats, single articles, taxonomy, breaking and most read, ETags, CORS, the
//! OpenAPI document, rate limits, and every kind of bad input answered 4xx with a stable code.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead::Config;
use masthead_core::Lang;
use serde_json::Value;
use std::collections::HashSet;
use support::TestApp;

async fn ok(app: &TestApp, uri: &str) -> Value {
    let r = app.get(uri).await;
    assert_eq!(r.status, 200, "{uri}: {}", r.text());
    assert_eq!(r.header("access-control-allow-origin"), Some("*"), "{uri}");
    assert!(r.header("etag").is_some(), "{uri}");
    assert!(
        r.header("cache-control")
            .unwrap()
            .starts_with("public, max-age="),
        "{uri}"
    );
    serde_json::from_slice(&r.body).unwrap()
}

async fn refused(app: &TestApp, uri: &str, status: u16, code: &str) {
    let r = app.get(uri).await;
    assert_eq!(r.status, status, "{uri}: {}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"), "{uri}");
    let v: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["error"]["code"], code, "{uri}: {v}");
    assert!(!v["error"]["message"].as_str().unwrap().is_empty());
}

#[tokio::test]
async fn each_filter_narrows_the_list() {
    let app = TestApp::new().await;
    let all = ok(&app, "/api/v1/articles?lang=en&limit=100").await;
    let items = all["items"].as_array().unwrap();
    assert!(items.len() > 5);
    assert_eq!(all["lang"], "en");
    for i in items {
        assert_eq!(i["lang"], "en");
        assert!(
            i["url"]
                .as_str()
                .unwrap()
                .starts_with("http://news.test/en/post/")
        );
    }
    let times: Vec<&str> = items
        .iter()
        .map(|i| i["published_at"].as_str().unwrap())
        .collect();
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, sorted, "newest first");

    let world = ok(&app, "/api/v1/articles?lang=en&section=world&limit=100").await;
    let w = world["items"].as_array().unwrap();
    assert!(!w.is_empty() && w.len() < items.len());
    assert!(w.iter().all(|i| i["section"]["slug"] == "world"));

    // A tag and an author, taken from the taxonomy endpoints.
    let tags = ok(&app, "/api/v1/tags?lang=en").await;
    let tag = &tags["items"][0];
    let by_tag = ok(
        &app,
        &format!(
            "/api/v1/articles?lang=en&tag={}&limit=100",
            tag["slug"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(
        by_tag["items"].as_array().unwrap().len() as u64,
        tag["articles"].as_u64().unwrap()
    );
    let authors = ok(&app, "/api/v1/authors?lang=en").await;
    let au = &authors["items"][0];
    let by_author = ok(
        &app,
        &format!(
            "/api/v1/articles?lang=en&author={}&limit=100",
            au["slug"].as_str().unwrap()
        ),
    )
    .await;
    let n = by_author["items"].as_array().unwrap().len() as u64;
    assert_eq!(n, au["articles"].as_u64().unwrap());
    for i in by_author["items"].as_array().unwrap() {
        let one = ok(&app, &format!("/api/v1/articles/{}", i["id"])).await;
        assert!(
            one["authors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["slug"] == au["slug"])
        );
    }

    // A date range: only that day (site time zone), inclusive.
    let day = &times[0][..10];
    let on_day = ok(
        &app,
        &format!("/api/v1/articles?lang=en&from={day}&to={day}&limit=100"),
    )
    .await;
    assert!(!on_day["items"].as_array().unwrap().is_empty());
    let future = ok(&app, "/api/v1/articles?lang=en&from=2999-01-01").await;
    assert!(future["items"].as_array().unwrap().is_empty());
    assert!(future["next_cursor"].is_null());

    // Sections, breaking, most read.
    let sections = ok(&app, "/api/v1/sections?lang=hy").await;
    assert!(
        sections["items"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("http://news.test/hy/category/")
    );
    let breaking = ok(&app, "/api/v1/breaking?lang=en").await;
    assert!(
        breaking["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["flags"]["breaking"] == true)
    );
    let most = ok(&app, "/api/v1/most-read?lang=en&period=week&limit=3").await;
    assert_eq!(most["period"], "week");
    assert!(most["items"].as_array().unwrap().len() <= 3);
}

#[tokio::test]
async fn one_article_has_its_body_images_and_translations() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "caspian-ferry-line").await;
    let slug = path.rsplit('/').next().unwrap();
    let a = ok(&app, &format!("/api/v1/articles/slug/{slug}?lang=en")).await;
    assert_eq!(a["slug"], slug);
    let body = a["body_html"].as_str().unwrap();
    assert!(body.contains("<h2"));
    assert!(
        body.contains("src=\"http://news.test/static/covers/"),
        "absolute: {body}"
    );
    assert!(!body.contains("src=\"/"), "{body}");
    assert!(
        a["cover"]["url"]
            .as_str()
            .unwrap()
            .starts_with("http://news.test/static/covers/")
    );
    assert_eq!(a["authors"][0]["slug"], "tom-harland");
    let by_id = ok(&app, &format!("/api/v1/articles/{}", a["id"])).await;
    assert_eq!(by_id, a);
    let tr = a["translations"].as_array().unwrap();
    assert!(!tr.is_empty(), "the demo story exists in other editions");
    let other = ok(&app, &format!("/api/v1/articles/{}", tr[0]["id"])).await;
    assert_eq!(other["lang"], tr[0]["lang"]);
    // A draft is not served.
    let draft = app
        .site
        .create_article(
            &TestApp::actor(),
            masthead_core::NewArticle {
                edition: Lang::En,
                content: masthead_core::ArticleContent {
                    slug: "secret-draft".into(),
                    title: "Secret".into(),
                    lead: String::new(),
                    body_md: "Not yet.".into(),
                    body_html: String::new(),
                    section_slug: "world".into(),
                    tag_slugs: vec![],
                    author_slug: None,
                    coauthor_slugs: vec![],
                    flags: Default::default(),
                    source: None,
                    cover: None,
                    seo: Default::default(),
                },
                status: masthead_core::Status::Draft,
                published_at: None,
                translation_key: None,
                views: 0,
                old_slugs: vec![],
                source_key: None,
            },
        )
        .await
        .unwrap();
    refused(
        &app,
        &format!("/api/v1/articles/{}", draft.id),
        404,
        "not-found",
    )
    .await;
    refused(
        &app,
        "/api/v1/articles/slug/secret-draft?lang=en",
        404,
        "not-found",
    )
    .await;
}

#[tokio::test]
async fn cursors_walk_a_thousand_articles_without_gaps_or_repeats() {
    let app = TestApp::with_demo(false).await;
    // A thousand articles, many published in the same second (ties the cursor must break).
    let base = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(1);
    let lines: String = (0..1000)
        .map(|i| {
            let t = base - jiff::SignedDuration::from_secs(i / 7);
            format!(
                "{}\n",
                serde_json::json!({"title": format!("Story {i}"), "body": "Text.", "section": "news", "published_at": t.to_string()})
            )
        })
        .collect();
    app.site
        .import_jsonl(&TestApp::actor(), &lines, Lang::En, false)
        .await
        .unwrap();
    let mut seen = HashSet::new();
    let mut uri = "/api/v1/articles?lang=en&limit=100".to_owned();
    let mut pages = 0;
    loop {
        let page = ok(&app, &uri).await;
        pages += 1;
        for i in page["items"].as_array().unwrap() {
            assert!(
                seen.insert(i["id"].as_i64().unwrap()),
                "repeated {}",
                i["id"]
            );
        }
        match page["next_url"].as_str() {
            Some(next) => uri = next.strip_prefix("http://news.test").unwrap().to_owned(),
            None => break,
        }
        assert!(pages < 20);
    }
    assert_eq!(seen.len(), 1000);
    assert_eq!(pages, 10);
    // A cursor continues only its own query.
    let first = ok(&app, "/api/v1/articles?lang=en&limit=10").await;
    let cursor = first["next_cursor"].as_str().unwrap();
    refused(
        &app,
        &format!("/api/v1/articles?lang=en&section=news&cursor={cursor}"),
        400,
        "invalid-cursor",
    )
    .await;
    let same = ok(
        &app,
        &format!("/api/v1/articles?lang=en&limit=50&cursor={cursor}"),
    )
    .await;
    assert_eq!(
        same["items"].as_array().unwrap().len(),
        50,
        "another page size may continue"
    );
}

#[tokio::test]
async fn bad_input_gets_a_stable_4xx_code() {
    let app = TestApp::new().await;
    for (uri, status, code) in [
        ("/api/v1/articles?colour=red", 400, "unknown-parameter"),
        ("/api/v1/articles?lang=xx", 400, "unknown-edition"),
        ("/api/v1/articles?lang=az", 400, "unknown-edition"),
        ("/api/v1/articles?limit=0", 400, "invalid-limit"),
        ("/api/v1/articles?limit=101", 400, "invalid-limit"),
        ("/api/v1/articles?limit=ten", 400, "invalid-limit"),
        ("/api/v1/articles?limit=-1", 400, "invalid-limit"),
        ("/api/v1/articles?from=2026-13-01", 400, "invalid-date"),
        ("/api/v1/articles?from=yesterday", 400, "invalid-date"),
        ("/api/v1/articles?to=", 400, "invalid-date"),
        (
            "/api/v1/articles?from=2026-02-01&to=2026-01-01",
            400,
            "invalid-date-range",
        ),
        ("/api/v1/articles?cursor=garbage", 400, "invalid-cursor"),
        (
            "/api/v1/articles?cursor=99999999999999999999.1.0000000000000000",
            400,
            "invalid-cursor",
        ),
        ("/api/v1/articles?section=no-such", 404, "unknown-section"),
        (
            "/api/v1/articles?section=%3Cscript%3E",
            404,
            "unknown-section",
        ),
        ("/api/v1/articles?tag=no-such&lang=en", 404, "unknown-tag"),
        (
            "/api/v1/articles?author=no-such&lang=en",
            404,
            "unknown-author",
        ),
        ("/api/v1/articles/999999", 404, "not-found"),
        ("/api/v1/articles/abc", 400, "invalid-article-id"),
        ("/api/v1/articles/-5", 400, "invalid-article-id"),
        (
            "/api/v1/articles/99999999999999999999999",
            400,
            "invalid-article-id",
        ),
        ("/api/v1/articles/slug/no-such?lang=en", 404, "not-found"),
        ("/api/v1/articles/slug/..%2F..?lang=en", 404, "not-found"),
        ("/api/v1/most-read?period=year", 400, "invalid-period"),
        ("/api/v1/tags?page=2", 400, "unknown-parameter"),
        ("/api/v1/nothing-here", 404, "not-found"),
    ] {
        refused(&app, uri, status, code).await;
    }
    // Errors speak the asked edition's language.
    let r = app.get("/api/v1/articles?lang=ru&limit=0").await;
    let v: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["error"]["message"], support::msg("ru", "invalid-limit"));
}

#[tokio::test]
async fn etags_answer_304_and_the_openapi_document_describes_every_path() {
    let app = TestApp::new().await;
    let r = app.get("/api/v1/sections?lang=en").await;
    let tag = r.header("etag").unwrap().to_owned();
    let again = app
        .get_with("/api/v1/sections?lang=en", &[("if-none-match", &tag)])
        .await;
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(tag.as_str()));
    let other = app
        .get_with("/api/v1/sections?lang=en", &[("if-none-match", "\"nope\"")])
        .await;
    assert_eq!(other.status, 200);

    // A browser asks before sending If-None-Match from another site.
    let pre = app
        .request(
            axum::http::Request::builder()
                .method("OPTIONS")
                .uri("/api/v1/articles?lang=en")
                .header("origin", "https://app.example")
                .header("access-control-request-method", "GET")
                .header("access-control-request-headers", "if-none-match")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(pre.status, 204);
    assert_eq!(pre.header("access-control-allow-origin"), Some("*"));
    assert!(
        pre.header("access-control-allow-headers")
            .unwrap()
            .contains("If-None-Match")
    );

    let doc = ok(&app, "/api/v1/openapi.json").await;
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/articles",
        "/api/v1/articles/{id}",
        "/api/v1/articles/slug/{slug}",
        "/api/v1/sections",
        "/api/v1/tags",
        "/api/v1/authors",
        "/api/v1/breaking",
        "/api/v1/most-read",
        "/api/v1/search",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    assert!(doc["components"]["schemas"]["ArticleOut"]["properties"]["body_html"].is_object());
    // OpenAPI 3.1: `parameters` is an array when present, never null.
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            assert!(
                !op.get("parameters").is_some_and(Value::is_null),
                "{method} {path}"
            );
        }
    }
    let page = app.get("/api/v1/docs").await;
    assert_eq!(page.status, 200);
    let html = page.html();
    assert!(support::count(&html, "h2") >= 9);
    assert!(page.text().contains("/api/v1/articles/slug/{slug}"));
}

#[tokio::test]
async fn clients_over_their_rate_get_429_with_retry_after() {
    let app = TestApp::with_config(Config {
        api_per_minute: 40,
        ..TestApp::config()
    })
    .await;
    let mut limited = None;
    for _ in 0..40 {
        let r = app.get("/api/v1/sections").await;
        if r.status == 429 {
            limited = Some(r);
            break;
        }
        assert_eq!(r.status, 200);
    }
    let r = limited.expect("the burst runs out");
    assert!(r.header("retry-after").unwrap().parse::<u64>().unwrap() >= 1);
    let v: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["error"]["code"], "too-many-requests");
}
