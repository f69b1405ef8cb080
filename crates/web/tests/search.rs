//! Search as readers and apps meet it (SPEC R6, A1): the page without JavaScript (results,
//! counts, marks, filters, pages, the empty state), the JSON API, the index following
//! publishing, editing and unpublishing, popular queries, rate limits and hostile input.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead::Config;
use masthead_core::{Lang, Status};
use std::time::{Duration, Instant};
use support::{TestApp, attr_of, count, sel, text_of};

/// Imports articles (one JSON object each) into `lang` and waits until search shows them.
async fn add(app: &TestApp, lang: Lang, lines: &[serde_json::Value]) -> Vec<i64> {
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let report = app
        .site
        .import_jsonl(&TestApp::actor(), &text, lang, false)
        .await
        .unwrap();
    app.site.index_changes().await.unwrap();
    report.imported
}

fn article(title: &str, body: &str, section: &str, published: &str) -> serde_json::Value {
    serde_json::json!({"title": title, "body": body, "section": section, "published_at": published})
}

async fn api(app: &TestApp, q: &str) -> serde_json::Value {
    let uri = format!("/api/v1/search?{q}");
    let r = app.get(&uri).await;
    assert_eq!(r.status, 200, "{uri}: {}", r.text());
    serde_json::from_slice(&r.body).unwrap()
}

async fn found(app: &TestApp, q: &str) -> u64 {
    api(app, &format!("q={q}&lang=en")).await["total"]
        .as_u64()
        .unwrap()
}

/// Waits at most a second until `q` finds something (`found`) or nothing, after `what`.
async fn within_a_second(app: &TestApp, q: &str, want_found: bool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(1);
    while (found(app, q).await > 0) != want_found {
        assert!(
            Instant::now() < deadline,
            "`{q}` not in step within 1 s of {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn popular(app: &TestApp) -> serde_json::Value {
    let r = app.get("/api/v1/search/popular?lang=en").await;
    serde_json::from_slice::<serde_json::Value>(&r.body).unwrap()["queries"].clone()
}

fn titles(v: &serde_json::Value) -> Vec<String> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_page_shows_results_with_count_marks_and_links_without_javascript() {
    let app = TestApp::with_demo(false).await;
    add(
        &app,
        Lang::En,
        &[
            article(
                "Harbour cranes return",
                "The old cranes are back at the harbour.",
                "economy",
                "2026-01-10",
            ),
            article(
                "Museum night",
                "Forty museums open late.",
                "culture",
                "2026-01-11",
            ),
        ],
    )
    .await;
    let r = app.get("/en/search?q=harbours").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let doc = r.html();
    assert_eq!(text_of(&doc, "h1"), "Results for “harbours”");
    assert_eq!(text_of(&doc, ".search-count"), "1 article found");
    assert_eq!(count(&doc, ".search-result"), 1);
    assert_eq!(
        text_of(&doc, ".search-result-title a"),
        "Harbour cranes return"
    );
    let href = attr_of(&doc, ".search-result-title a", "href");
    assert!(href.starts_with("/en/post/harbour-cranes-return"), "{href}");
    assert_eq!(text_of(&doc, ".search-snippet mark"), "harbour");
    assert_eq!(
        attr_of(&doc, "#search-page-q", "value"),
        "harbours",
        "the form keeps the query"
    );
    // The article the link names is there.
    assert_eq!(app.get(&href).await.status, 200);
}

#[tokio::test]
async fn nothing_found_offers_suggestions_and_the_latest_news() {
    let app = TestApp::new().await;
    let r = app.get("/en/search?q=zzzqqq").await;
    assert_eq!(r.status, 200);
    let doc = r.html();
    assert_eq!(
        text_of(&doc, ".search-empty-title"),
        "Nothing found for “zzzqqq”"
    );
    assert_eq!(count(&doc, ".search-tips li"), 2);
    assert!(
        count(&doc, ".search-latest .card") > 0,
        "latest news offered"
    );
    // And with no query at all: the form and the latest news, cacheable.
    let r = app.get("/en/search").await;
    assert_eq!(r.status, 200);
    assert_ne!(r.header("cache-control"), Some("no-store"));
    assert!(count(&r.html(), ".search-latest .card") > 0);
}

#[tokio::test]
async fn filters_and_pages_narrow_and_walk_the_results() {
    let app = TestApp::with_demo(false).await;
    let mut lines = Vec::new();
    for n in 1..=23 {
        lines.push(article(
            &format!("Storm report {n}"),
            "The storm passed.",
            "economy",
            &format!("2025-03-{:02}", n),
        ));
    }
    lines.push(article(
        "Storm over the stadium",
        "Storm.",
        "sport",
        "2025-05-01",
    ));
    add(&app, Lang::En, &lines).await;

    let doc = app.get("/en/search?q=storm").await.html();
    assert_eq!(text_of(&doc, ".search-count"), "24 articles found");
    assert_eq!(count(&doc, ".search-result"), 10);
    assert_eq!(text_of(&doc, ".pagination .page-of"), "Page 1 of 3");
    let next = attr_of(&doc, ".pagination a[rel=next]", "href");
    assert_eq!(next, "/en/search?q=storm&page=2");
    let doc = app.get("/en/search?q=storm&page=3").await.html();
    assert_eq!(count(&doc, ".search-result"), 4);

    let doc = app.get("/en/search?q=storm&section=sport").await.html();
    assert_eq!(
        text_of(&doc, ".search-result-title a"),
        "Storm over the stadium"
    );
    assert!(
        doc.select(&sel("details.search-filters[open]"))
            .next()
            .is_some()
    );
    assert_eq!(
        attr_of(&doc, "#search-section option[selected]", "value"),
        "sport"
    );

    // Dates: inclusive days; given the wrong way round they are swapped, and said so.
    let doc = app
        .get("/en/search?q=storm&from=2025-03-20&to=2025-03-22")
        .await
        .html();
    assert_eq!(text_of(&doc, ".search-count"), "3 articles found");
    let doc = app
        .get("/en/search?q=storm&from=2025-03-22&to=2025-03-20")
        .await
        .html();
    assert_eq!(text_of(&doc, ".search-count"), "3 articles found");
    assert!(text_of(&doc, ".notice").contains("swapped"));
    let doc = app.get("/en/search?q=storm&from=yesterday").await.html();
    assert_eq!(text_of(&doc, ".search-count"), "24 articles found");
    assert!(text_of(&doc, ".notice").contains("YYYY-MM-DD"));

    // A page far past the end: no error, a clear message.
    let r = app.get("/en/search?q=storm&page=1000000000").await;
    assert_eq!(r.status, 200);
    assert!(text_of(&r.html(), ".notice").contains("at most a thousand"));
}

#[tokio::test]
async fn the_api_returns_the_same_results_as_json() {
    let app = TestApp::with_demo(false).await;
    add(
        &app,
        Lang::Ru,
        &[article(
            "Выборы в городской совет",
            "Избиратели голосуют.",
            "politics",
            "2025-09-01",
        )],
    )
    .await;
    let v = api(&app, "q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D0%B0%D1%85&lang=ru").await;
    assert_eq!(v["total"], 1);
    assert_eq!(v["status"], "ok");
    let hit = &v["results"][0];
    assert_eq!(hit["title"], "Выборы в городской совет");
    assert!(
        hit["url"]
            .as_str()
            .unwrap()
            .starts_with("http://news.test/post/")
    );
    assert!(
        hit["published_at"]
            .as_str()
            .unwrap()
            .starts_with("2025-09-01T")
    );
    assert_eq!(hit["section"]["slug"], "politics");
    assert!(hit["snippet"].as_str().unwrap().contains("Избиратели"));
    // Typed in Latin letters.
    assert_eq!(
        titles(&api(&app, "q=vybory&lang=ru").await),
        vec!["Выборы в городской совет"]
    );
    let r = app.get("/api/v1/search?q=vybory&lang=ru").await;
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn the_api_refuses_what_it_cannot_read_with_stable_codes() {
    let app = TestApp::new().await;
    for (q, code) in [
        ("q=a&sort=date", "unknown-parameter"),
        ("q=a&lang=xx", "unknown-edition"),
        ("q=a&from=2025-02-30", "invalid-date"),
        ("q=a&page=-1", "invalid-number"),
        ("q=a&page=abc", "invalid-number"),
        ("q=a&limit=1000", "invalid-limit"),
    ] {
        let r = app.get(&format!("/api/v1/search?{q}")).await;
        assert_eq!(r.status, 400, "{q}");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["error"]["code"], code, "{q}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
    let long = "word%20".repeat(1500);
    let nested = "%28".repeat(3000);
    for q in [
        "q=".to_owned(),
        format!("q={long}"),
        format!("q={nested}a"),
        "q=%22unbalanced".to_owned(),
        "q=%00%07%1b".to_owned(),
        "q=city&page=1000000000".to_owned(),
        "q=city&page=99999999999999999999999".to_owned(),
        "q=city&from=2026-01-01&to=2020-01-01".to_owned(),
    ] {
        let started = Instant::now();
        let v = api(&app, &q).await;
        assert!(v["results"].is_array(), "{q:.60}");
        assert!(started.elapsed() < Duration::from_secs(2), "{q:.60}");
    }
}

#[tokio::test]
async fn the_index_follows_publishing_editing_and_unpublishing_within_a_second() {
    let app = TestApp::new().await;
    let id = app
        .article_by(
            &TestApp::actor(),
            "Lighthouse keeper retires",
            "lighthouse-keeper",
            Status::Draft,
            None,
        )
        .await;
    assert_eq!(
        found(&app, "lighthouse").await,
        0,
        "a draft is not searchable"
    );
    let w = app
        .site
        .change_status(&TestApp::actor(), id, 1, Status::Published, None)
        .await
        .unwrap();
    // Followed by the background task, not by the test.
    within_a_second(&app, "lighthouse", true, "publishing").await;
    let content = support::staff::english_content(
        "Lighthouse keeper hands over the lamp",
        "lighthouse-keeper",
    );
    let w = app
        .site
        .update_article(&TestApp::actor(), id, w.revision, content)
        .await
        .unwrap();
    within_a_second(&app, "lamp", true, "an edit").await;
    app.site
        .change_status(&TestApp::actor(), id, w.revision, Status::Unpublished, None)
        .await
        .unwrap();
    within_a_second(&app, "lighthouse", false, "unpublishing").await;
}

#[tokio::test]
async fn popular_queries_come_from_distinct_readers_past_a_floor() {
    let app = TestApp::with_config(Config {
        trust_forwarded: true,
        ..TestApp::config()
    })
    .await;
    let ua = support::BROWSER_UA;
    let search = |q: &'static str, client: u8, agent: &'static str| {
        let app = &app;
        async move {
            let ip = format!("203.0.113.{client}");
            app.get_with(
                &format!("/en/search?q={q}"),
                &[("user-agent", agent), ("x-forwarded-for", ip.as_str())],
            )
            .await
        }
    };
    // One reader repeating a query is one count; four readers are under the floor of five.
    for _ in 0..10 {
        search("City", 1, ua).await;
    }
    for client in 2..=4 {
        search("city", client, ua).await;
    }
    // Robots do not count, nor searches that found nothing, nor those that found only some
    // of their words (junk planted beside a common word).
    for client in 10..20 {
        search(
            "city",
            client,
            "Googlebot/2.1 (+http://www.google.com/bot.html)",
        )
        .await;
        search("zzzqqq", client, ua).await;
        search("city%20zzzqqq", client, ua).await;
    }
    app.site.flush_searches().await.unwrap();
    assert_eq!(popular(&app).await, serde_json::json!([]));
    search("city", 5, ua).await;
    app.site.flush_searches().await.unwrap();
    assert_eq!(popular(&app).await, serde_json::json!(["city"]));
    // The search page offers it when there is nothing else to show.
    let doc = app.get("/en/search").await.html();
    assert_eq!(text_of(&doc, ".search-chips a"), "city");
}

#[tokio::test]
async fn search_is_rate_limited_per_client() {
    let app = TestApp::with_config(Config {
        search_per_minute: 12,
        ..TestApp::config()
    })
    .await;
    let mut last = None;
    for _ in 0..40 {
        let r = app.get("/api/v1/search?q=city&lang=en").await;
        if r.status == 429 {
            last = Some(r);
            break;
        }
    }
    let r = last.expect("never limited");
    let wait: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["error"]["code"], "too-many-requests");
    let r = app.get("/en/search?q=city").await;
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    assert_eq!(text_of(&r.html(), "h1"), "Too many requests");
    // The search page without a query is not a search.
    assert_eq!(app.get("/en/search").await.status, 200);
}

#[tokio::test]
async fn search_pages_are_sent_compressed_to_clients_that_take_it() {
    use std::io::Read;
    let app = TestApp::new().await;
    let plain = app.get("/en/search?q=ferry").await;
    assert_eq!(plain.header("content-encoding"), None);
    let gz = app
        .get_with("/en/search?q=ferry", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(gz.status, 200);
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_eq!(gz.header("vary"), Some("Accept-Encoding"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz.body[..])
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text, plain.text());
    let br = app
        .get_with("/en/search?q=ferry", &[("accept-encoding", "br, gzip")])
        .await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    let mut text = String::new();
    brotli::Decompressor::new(&br.body[..], 4096)
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text, plain.text());
}
