//! `masthead import jsonl` (the use case behind it): one transaction, every bad line named,
//! `--skip-invalid`, no duplicates on a second run, distinct tag names never merged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::Lang;
use masthead_service::{ImportReport, ServiceError};
use support::*;

async fn count_en(app: &TestApp) -> u64 {
    app.site.count_published(Lang::En).await.unwrap()
}

async fn import(
    app: &TestApp,
    text: &str,
    skip_invalid: bool,
) -> Result<ImportReport, ServiceError> {
    let r = app
        .site
        .import_jsonl(&TestApp::actor(), text, Lang::En, skip_invalid)
        .await;
    app.settle().await;
    r
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
    let report = import(&app, text, false).await.unwrap();
    assert_eq!(report.imported.len(), 2);
    assert!(report.seq > 0);
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
    // Importing the same file again adds nothing.
    let again = import(&app, text, false).await.unwrap();
    assert_eq!((again.imported.len(), again.existing), (0, 2));
    assert_eq!(count_en(&app).await, 2);
    assert_eq!(
        app.get("/en/post/harbour-cranes-arrive-3").await.status,
        404,
        "no copy was made"
    );
}

#[tokio::test]
async fn records_are_matched_by_id_then_source_url() {
    let app = TestApp::with_demo(false).await;
    let first = concat!(
        r#"{"doc_id":"wire:1","title":"Ferry timetable","body":"One."}"#,
        "\n",
        r#"{"title":"Port report","body":"Two.","source_name":"Gazette","source_url":"https://gazette.example/port"}"#,
        "\n"
    );
    assert_eq!(import(&app, first, false).await.unwrap().imported.len(), 2);
    // The same records with edited titles, and one new: only the new one lands.
    let second = concat!(
        r#"{"doc_id":"wire:1","title":"Ferry timetable (updated)","body":"One, again."}"#,
        "\n",
        r#"{"title":"Port report, corrected","body":"Two.","source_name":"Gazette","source_url":"https://gazette.example/port"}"#,
        "\n",
        r#"{"doc_id":"wire:2","title":"New story","body":"Three."}"#,
        "\n",
        r#"{"doc_id":"wire:2","title":"New story twice in one file","body":"Three."}"#,
        "\n"
    );
    let r = import(&app, second, false).await.unwrap();
    assert_eq!((r.imported.len(), r.existing), (1, 3));
    assert_eq!(count_en(&app).await, 3);
}

#[tokio::test]
async fn every_bad_line_is_named_and_nothing_is_written() {
    let app = TestApp::new().await;
    let before = count_en(&app).await;
    let good = r#"{"title":"Fine","body":"Fine body."}"#;
    let long_title = format!(r#"{{"title":"{}","body":"x"}}"#, "t".repeat(372));
    let text = [
        good.to_owned(),
        "{not json".to_owned(),
        r#"{"title":"","body":"x"}"#.to_owned(),
        r#"{"title":"No body"}"#.to_owned(),
        r#"{"title":"T","body":"x","published_at":"yesterday"}"#.to_owned(),
        long_title.clone(),
        good.replace("Fine", "Also fine"),
    ]
    .join("\n");
    let Err(ServiceError::InvalidLines(lines)) = import(&app, &text, false).await else {
        panic!("bad lines must stop the import");
    };
    let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.line, l.reason.as_str())).collect();
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(
        got.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        [2, 3, 4, 5, 6],
        "every bad line, by number"
    );
    assert!(got[1].1.contains("title and body are required"), "{got:?}");
    assert!(got[3].1.contains("published_at"), "{got:?}");
    assert!(
        got[4].1.contains("title must be 1 to 300 characters") && got[4].1.contains("372"),
        "{got:?}"
    );
    assert_eq!(count_en(&app).await, before, "nothing written");

    // With skip_invalid the good lines land and the bad ones are reported.
    let r = import(&app, &text, true).await.unwrap();
    assert_eq!(r.imported.len(), 2);
    assert_eq!(r.invalid.len(), 5);
    assert_eq!(count_en(&app).await, before + 2);
    assert_eq!(app.get("/en/post/also-fine").await.status, 200);
}

#[tokio::test]
async fn distinct_tag_names_never_merge() {
    let app = TestApp::with_demo(false).await;
    let text = concat!(
        r#"{"title":"Compilers","body":"A.","tags":["C++"]}"#,
        "\n",
        r#"{"title":"Runtimes","body":"B.","tags":["C#"]}"#,
        "\n",
        r#"{"title":"More compilers","body":"C.","tags":["c++"]}"#,
        "\n"
    );
    import(&app, text, false).await.unwrap();
    let tag_of = |doc: &scraper::Html| {
        (
            text_of(doc, ".article-labels a.kicker"),
            attr_of(doc, ".article-labels a.kicker", "href"),
        )
    };
    let cpp = tag_of(&app.get("/en/post/compilers").await.html());
    let cs = tag_of(&app.get("/en/post/runtimes").await.html());
    let cpp2 = tag_of(&app.get("/en/post/more-compilers").await.html());
    assert_eq!(cpp.0, "C++");
    assert_eq!(cs.0, "C#");
    assert_ne!(cpp.1, cs.1, "C++ and C# are different tags");
    assert_eq!(
        cpp2.1, cpp.1,
        "the same name in another case is the same tag"
    );
    // A later import meets the stored tags the same way.
    import(
        &app,
        r#"{"title":"Sharp news","body":"D.","tags":["C#"]}"#,
        false,
    )
    .await
    .unwrap();
    let later = tag_of(&app.get("/en/post/sharp-news").await.html());
    assert_eq!(later.1, cs.1);
}

#[tokio::test]
async fn the_time_zone_setting_moves_displayed_times() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "museum-night").await;
    let baku = attr_of(&app.get(&path).await.html(), "time.published", "datetime");
    assert!(baku.ends_with("+04:00"));
    app.set_settings(&[("time_zone", "UTC")]).await;
    let utc = attr_of(&app.get(&path).await.html(), "time.published", "datetime");
    assert!(utc.ends_with("+00:00"), "{utc}");
}
