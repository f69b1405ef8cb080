//! `masthead import jsonl` (the use case behind it): one transaction, errors that name the line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::{ArticleFilter, Lang};
use support::*;

async fn count_en(app: &TestApp) -> u64 {
    let f = ArticleFilter {
        edition: Some(Lang::En),
        ..Default::default()
    };
    app.site
        .store
        .count(&f, jiff::Timestamp::now())
        .await
        .unwrap()
}

#[tokio::test]
async fn imports_articles_with_their_fields() {
    let app = TestApp::with_demo(false).await;
    let text = concat!(
        r#"{"title":"Harbour cranes arrive","lead":"Two cranes.","body":"First.\n\nSecond with [a link](https://port.example/).","section":"economy","tags":["Port works"],"kicker":"Caspian trade","author":"Ann Lee","published_at":"2026-03-04T10:00:00Z","source_name":"Port Gazette","source_url":"https://port.example/cranes"}"#,
        "\n\n",
        r#"{"title":"Harbour cranes arrive","body":"A second story with the same title.\n\nMore."}"#,
        "\n"
    );
    let ids = app.site.import_jsonl(text, Lang::En).await.unwrap();
    assert_eq!(ids.len(), 2);
    let doc = app.get("/en/post/harbour-cranes-arrive").await.html();
    assert_eq!(text_of(&doc, ".article-lead"), "Two cranes.");
    assert_eq!(
        text_of(&doc, ".article-labels a.kicker"),
        "Caspian trade",
        "the kicker is the first tag"
    );
    assert_eq!(text_of(&doc, ".reprint a"), "Port Gazette");
    assert_eq!(text_of(&doc, ".byline a"), "Ann Lee");
    assert_eq!(
        attr_of(&doc, "time.published", "datetime"),
        "2026-03-04T14:00:00+04:00"
    );
    // Same title, new slug; no lead given: the first paragraph leads.
    let doc = app.get("/en/post/harbour-cranes-arrive-2").await.html();
    assert_eq!(
        text_of(&doc, ".article-lead"),
        "A second story with the same title."
    );
    assert_eq!(text_of(&doc, ".article-labels a.section-label"), "News");
    // Importing the same file again makes new slugs instead of failing.
    app.site.import_jsonl(text, Lang::En).await.unwrap();
    assert_eq!(
        app.get("/en/post/harbour-cranes-arrive-3").await.status,
        200
    );
}

#[tokio::test]
async fn a_bad_line_names_itself_and_nothing_is_written() {
    let app = TestApp::new().await;
    let before = count_en(&app).await;
    let good = r#"{"title":"Fine","body":"Fine body."}"#;
    let long_title = format!(r#"{{"title":"{}","body":"x"}}"#, "t".repeat(400));
    for (bad, want) in [
        ("{not json".to_owned(), "line 2"),
        (
            r#"{"title":"","body":"x"}"#.to_owned(),
            "line 2: title and body are required",
        ),
        (r#"{"title":"No body"}"#.to_owned(), "line 2"),
        (
            r#"{"title":"T","body":"x","published_at":"yesterday"}"#.to_owned(),
            "line 2: published_at",
        ),
        (long_title, "line 2: field `title`"),
    ] {
        let err = app
            .site
            .import_jsonl(&format!("{good}\n{bad}\n"), Lang::En)
            .await
            .unwrap_err();
        assert!(err.to_string().starts_with(want), "{bad}: {err}");
        assert_eq!(count_en(&app).await, before, "{bad}: nothing written");
    }
}

#[tokio::test]
async fn the_time_zone_setting_moves_displayed_times() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "museum-night").await;
    let baku = attr_of(&app.get(&path).await.html(), "time.published", "datetime");
    assert!(baku.ends_with("+04:00"));
    app.site
        .store
        .set_setting("time_zone", "UTC")
        .await
        .unwrap();
    app.site.content_changed().await.unwrap();
    app.cache.clear();
    let utc = attr_of(&app.get(&path).await.html(), "time.published", "datetime");
    assert!(utc.ends_with("+00:00"), "{utc}");
}
