//! `masthead import wordpress|ghost` (the use case behind it) on the real exports in
//! crates/peers/tests/fixtures (WordPress 6.1, Ghost 5.130.6; their README lists the counts):
//! every record accounted for, rich bodies rendered with the same structure, the featured
//! image with its alt text and caption, old addresses answering 301, a second run writing
//! nothing, a changed post updated, and bad files refused before anything is written.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::Lang;
use masthead_peers::Platform;
use masthead_service::ServiceError;
use masthead_service::peer_import::{PeerImport, PeerReport};
use std::path::{Path, PathBuf};
use support::*;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../peers/tests/fixtures")
}

fn wordpress(file: PathBuf, files: Option<PathBuf>, skip_invalid: bool) -> PeerImport {
    PeerImport {
        platform: Platform::WordPress,
        file,
        files,
        edition: Lang::En,
        skip_invalid,
    }
}

fn wp_fixture() -> PeerImport {
    wordpress(
        fixtures().join("wordpress-6.1.wxr.xml"),
        Some(fixtures().join("wordpress-uploads")),
        false,
    )
}

fn ghost_fixture() -> PeerImport {
    PeerImport {
        platform: Platform::Ghost,
        file: fixtures().join("ghost-5.130.6-export.json"),
        files: Some(fixtures().join("ghost-images")),
        edition: Lang::En,
        skip_invalid: false,
    }
}

async fn run(app: &TestApp, job: &PeerImport) -> Result<PeerReport, ServiceError> {
    let r = app
        .site
        .import_peer(&TestApp::actor(), job, &|_, _| {})
        .await;
    app.settle().await;
    r
}

async fn latest_seq(app: &TestApp) -> i64 {
    app.site.applied_seq()
}

/// The rich-HTML fixture renders with its structure: link, bold, italic, quote, heading,
/// both lists, and the inline image (copied, with alt text and caption).
fn assert_rich_body(app_html: &scraper::Html) {
    let body = ".article-body";
    assert_eq!(
        attr_of(
            app_html,
            &format!("{body} a[href='https://example.org/port-rules']"),
            "href"
        ),
        "https://example.org/port-rules"
    );
    assert_eq!(text_of(app_html, &format!("{body} strong")), "bold");
    assert_eq!(text_of(app_html, &format!("{body} em")), "italic");
    assert!(
        text_of(app_html, &format!("{body} blockquote"))
            .contains("We expect traffic to double within two years.")
    );
    assert_eq!(text_of(app_html, &format!("{body} h2")), "Key changes");
    assert_eq!(count(app_html, &format!("{body} ul li")), 3);
    assert_eq!(count(app_html, &format!("{body} ol li")), 2);
    assert_eq!(text_of(app_html, &format!("{body} ol li")), "Apply online");
    let img = format!("{body} img[alt='Bar chart of port traffic']");
    assert!(
        attr_of(app_html, &img, "src").starts_with("/media/"),
        "the inline image is copied into the media library"
    );
    assert_eq!(
        text_of(app_html, &format!("{body} figcaption")),
        "Port traffic, 2023-2025"
    );
}

#[tokio::test]
async fn wordpress_export_is_accounted_for_and_renders() {
    let app = TestApp::with_demo(false).await;
    let r = run(&app, &wp_fixture()).await.unwrap();
    assert_eq!(r.posts.imported, 47, "{r:?}");
    assert_eq!((r.published, r.drafts, r.scheduled), (45, 1, 1));
    assert_eq!(r.pages.imported, 1);
    assert_eq!(r.authors, 2);
    assert_eq!(
        r.accounts, 2,
        "editor and olga become staff without a password"
    );
    assert_eq!(r.images, 2, "both attachments, each once");
    assert!(r.invalid.is_empty(), "{:?}", r.invalid);
    assert!(r.not_imported.contains(&("comments".to_owned(), 1)));
    // 78 tags plus the child category Ajara as a tag; sections from the top-level categories.
    assert_eq!(r.tags, 79);
    assert_eq!(r.sections, 9);

    let doc = app.get("/en/post/fixture-rich-html").await.html();
    assert_eq!(text_of(&doc, "h1"), "What the new port rules mean");
    assert_rich_body(&doc);

    let doc = app.get("/en/post/fixture-featured-image").await.html();
    let cover = attr_of(&doc, ".article-cover img, figure.cover img", "alt");
    assert_eq!(cover, "Harbour at dusk");
    assert!(
        text_of(&doc, ".article-cover figcaption, figure.cover figcaption")
            .contains("The rebuilt pier, seen from the breakwater.")
    );

    let cyr = app.get("/en/post/fixture-cyrillic").await;
    assert_eq!(cyr.status, 200);
    let title = text_of(&cyr.html(), "h1");
    assert!(
        title
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c))),
        "the Cyrillic title is kept: {title}"
    );
    let body = text_of(&cyr.html(), ".article-body p");
    assert!(
        body.chars()
            .filter(|c| ('\u{0400}'..='\u{04FF}').contains(c))
            .count()
            > 10,
        "the Cyrillic body is kept: {body}"
    );
    assert!(
        count(
            &cyr.html(),
            "a[href='/en/tag/novosti'], a[href='/en/tag/most']"
        ) >= 1,
        "Cyrillic tags get transliterated slugs"
    );

    // Categories with their hierarchy: Region is a section, Ajara a tag of the post under it.
    let doc = app.get("/en/post/fixture-categories-tags").await.html();
    assert_eq!(app.get("/en/category/region").await.status, 200);
    assert_eq!(app.get("/en/tag/ajara").await.status, 200);
    assert!(count(&doc, "a[href='/en/tag/ajara']") >= 1);

    // Drafts and scheduled posts are not public.
    assert_eq!(app.get("/en/post/fixture-draft").await.status, 404);
    assert_eq!(app.get("/en/post/fixture-scheduled").await.status, 404);

    // The page is a static page.
    let page = app.get("/en/page/fixture-page").await;
    assert_eq!(page.status, 200);

    // Old addresses of each kind answer 301 with the new one.
    for (old, new) in [
        ("/?p=2010", "/en/post/fixture-rich-html"),
        ("/fixture-rich-html/", "/en/post/fixture-rich-html"),
        ("/fixture-rich-html", "/en/post/fixture-rich-html"),
        ("/fixture-page/", "/en/page/fixture-page"),
    ] {
        let r = app.get(old).await;
        assert_eq!(r.status, 301, "{old}");
        assert_eq!(r.header("location"), Some(new), "{old}");
    }
    // Another parameter beside WordPress's does not hide it.
    let r = app.get("/?p=2010&utm_source=news&x=1").await;
    assert_eq!(r.header("location"), Some("/en/post/fixture-rich-html"));
    // A draft's and a scheduled post's old addresses do not tell their new ones.
    for old in [
        "/?p=2007",
        "/?p=2008",
        "/fixture-draft/",
        "/fixture-scheduled/",
    ] {
        assert_ne!(app.get(old).await.status, 301, "{old}");
    }
    let r = app
        .get("/wp-content/uploads/2025/07/harbour-feature.png")
        .await;
    assert_eq!(r.status, 301);
    assert!(r.header("location").unwrap_or("").starts_with("/media/"));

    // A second run writes nothing.
    let before = latest_seq(&app).await;
    let again = run(&app, &wp_fixture()).await.unwrap();
    assert_eq!(again.posts.unchanged, 47, "{again:?}");
    assert_eq!((again.posts.imported, again.posts.updated), (0, 0));
    assert_eq!(again.pages.unchanged, 1);
    assert_eq!((again.images, again.accounts, again.redirects), (0, 0, 0));
    assert_eq!(latest_seq(&app).await, before, "nothing was written");
}

#[tokio::test]
async fn a_post_changed_at_the_source_is_updated() {
    let app = TestApp::with_demo(false).await;
    run(&app, &wp_fixture()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("wordpress-6.1.wxr.xml")).unwrap();
    let changed = text.replacen(
        "<title><![CDATA[What the new port rules mean]]></title>",
        "<title><![CDATA[What the port rules mean now]]></title>",
        1,
    );
    assert_ne!(changed, text);
    let file = dir.path().join("changed.xml");
    std::fs::write(&file, changed).unwrap();
    let r = run(
        &app,
        &wordpress(file, Some(fixtures().join("wordpress-uploads")), false),
    )
    .await
    .unwrap();
    assert_eq!((r.posts.updated, r.posts.unchanged), (1, 46), "{r:?}");
    let doc = app.get("/en/post/fixture-rich-html").await.html();
    assert_eq!(text_of(&doc, "h1"), "What the port rules mean now");

    // A post edited in the newsroom since is left as the newsroom has it, and said so.
    let page = app.get("/en/post/fixture-cyrillic").await.html();
    let cyr_title = text_of(&page, "h1");
    let id: i64 = app
        .get("/api/v1/articles/slug/fixture-cyrillic?lang=en")
        .await
        .text()
        .split("\"id\":")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    let mut editor = app.signed_in(masthead_core::Role::Editor).await;
    let form = editor.get(&format!("/admin/articles/{id}")).await.html();
    let mut fields: Vec<(String, String)> = Vec::new();
    for el in form.select(&sel("form#editor-form input[name], form#editor-form textarea[name], form#editor-form select[name]")) {
        let name = el.value().attr("name").unwrap_or_default().to_owned();
        let kind = el.value().attr("type").unwrap_or("text");
        if (kind == "checkbox" || kind == "radio") && el.value().attr("checked").is_none() {
            continue;
        }
        let value = match el.value().name() {
            "textarea" => el.text().collect(),
            "select" => el
                .select(&sel("option[selected]"))
                .next()
                .and_then(|o| o.value().attr("value"))
                .unwrap_or_default()
                .to_owned(),
            _ => el.value().attr("value").unwrap_or_default().to_owned(),
        };
        let value = if name == "title" { "Edited in the newsroom".to_owned() } else { value };
        fields.push((name, value));
    }
    fields.retain(|(n, _)| n != "action");
    fields.push(("action".into(), "save".into()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let saved = editor
        .post(&format!("/admin/articles/{id}"), "/admin", &pairs)
        .await;
    assert!(saved.status.as_u16() < 400, "{}", saved.text());
    app.settle().await;
    assert_eq!(
        text_of(&app.get("/en/post/fixture-cyrillic").await.html(), "h1"),
        "Edited in the newsroom"
    );
    let twice = text.replacen(&cyr_title, "A new title at the source", 1);
    assert_ne!(twice, text);
    let file = dir.path().join("twice.xml");
    std::fs::write(&file, twice).unwrap();
    let r = run(
        &app,
        &wordpress(file, Some(fixtures().join("wordpress-uploads")), false),
    )
    .await
    .unwrap();
    assert_eq!(r.posts.kept, 1, "{r:?}");
    let doc = app.get("/en/post/fixture-cyrillic").await.html();
    assert_eq!(text_of(&doc, "h1"), "Edited in the newsroom");
}

#[tokio::test]
async fn ghost_export_is_accounted_for_and_renders() {
    let app = TestApp::with_demo(false).await;
    let r = run(&app, &ghost_fixture()).await.unwrap();
    assert_eq!(r.posts.imported, 47, "{r:?}");
    assert_eq!((r.published, r.drafts, r.scheduled), (45, 1, 1));
    assert_eq!(r.pages.imported, 2);
    assert_eq!(r.authors, 2);
    assert!(r.invalid.is_empty(), "{:?}", r.invalid);
    assert!(
        r.not_imported
            .iter()
            .any(|(what, n)| what == "newsletters" && *n == 1),
        "{:?}",
        r.not_imported
    );
    let doc = app.get("/en/post/fixture-rich-html").await.html();
    assert_rich_body(&doc);
    let doc = app.get("/en/post/fixture-featured-image").await.html();
    assert_eq!(
        attr_of(&doc, ".article-cover img, figure.cover img", "alt"),
        "Harbour at dusk"
    );
    // The primary tag is the section; the internal #fixture tag is left out.
    let doc = app.get("/en/post/fixture-tags").await.html();
    assert!(count(&doc, "a[href='/en/category/politics']") >= 1);
    assert_eq!(count(&doc, "a[href*='/tag/hash-']"), 0);
    assert_eq!(count(&doc, "a[href*='/tag/fixture']"), 0);
    let tag_links: Vec<String> = doc
        .select(&sel("a[href^='/en/tag/']"))
        .map(|a| a.text().collect::<String>())
        .collect();
    assert!(tag_links.len() >= 4, "{tag_links:?}");
    assert!(
        !tag_links
            .iter()
            .any(|t| t.to_lowercase().contains("fixture")),
        "{tag_links:?}"
    );
    assert!(
        !tag_links.contains(&"#Politics".to_owned()),
        "the primary tag is the section, not also a tag: {tag_links:?}"
    );
    let r = app.get("/fixture-rich-html/").await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/en/post/fixture-rich-html"));
    assert_eq!(app.get("/en/page/fixture-page").await.status, 200);
    let before = latest_seq(&app).await;
    let again = run(&app, &ghost_fixture()).await.unwrap();
    assert_eq!((again.posts.unchanged, again.pages.unchanged), (47, 2));
    assert_eq!(latest_seq(&app).await, before);
}

#[tokio::test]
async fn bad_exports_are_refused_before_anything_is_written() {
    let app = TestApp::with_demo(false).await;
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("wordpress-6.1.wxr.xml")).unwrap();
    let before = latest_seq(&app).await;

    // Truncated in the middle.
    let cut = dir.path().join("cut.xml");
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    let err = run(&app, &wordpress(cut, None, false)).await.unwrap_err();
    assert!(matches!(err, ServiceError::Export(_)), "{err:?}");
    // With --skip-invalid a file that cannot be read is still refused whole.
    let cut = dir.path().join("cut.xml");
    assert!(run(&app, &wordpress(cut, None, true)).await.is_err());

    // An unknown export version.
    let future = dir.path().join("future.xml");
    std::fs::write(
        &future,
        text.replacen(
            "<wp:wxr_version>1.2</wp:wxr_version>",
            "<wp:wxr_version>9.9</wp:wxr_version>",
            1,
        ),
    )
    .unwrap();
    assert!(matches!(
        run(&app, &wordpress(future, None, false)).await,
        Err(ServiceError::Export(_))
    ));

    // A missing image and one that is not an image: named, nothing written.
    let uploads = dir.path().join("uploads/2025/07");
    std::fs::create_dir_all(&uploads).unwrap();
    std::fs::write(
        uploads.join("inline-chart.png"),
        "<html>not a picture</html>",
    )
    .unwrap();
    let job = wordpress(
        fixtures().join("wordpress-6.1.wxr.xml"),
        Some(dir.path().join("uploads")),
        false,
    );
    let Err(ServiceError::InvalidRecords(bad)) = run(&app, &job).await else {
        panic!("bad images must stop the import");
    };
    let text_of_bad: Vec<String> = bad
        .iter()
        .map(|b| format!("{}: {}", b.record, b.reason))
        .collect();
    assert!(
        text_of_bad
            .iter()
            .any(|b| b.contains("fixture-featured-image") && b.contains("missing")),
        "{text_of_bad:?}"
    );
    assert!(
        text_of_bad
            .iter()
            .any(|b| b.contains("fixture-rich-html") && b.contains("not an image")),
        "{text_of_bad:?}"
    );
    assert_eq!(latest_seq(&app).await, before, "nothing was written");

    // With --skip-invalid the rest lands and the two are reported.
    let r = run(
        &app,
        &PeerImport {
            skip_invalid: true,
            ..job
        },
    )
    .await
    .unwrap();
    assert_eq!(r.posts.imported, 45);
    assert_eq!(r.invalid.len(), 2, "{:?}", r.invalid);
}

#[tokio::test]
async fn a_slug_another_article_holds_is_a_collision_and_huge_posts_are_named() {
    let app = TestApp::with_demo(false).await;
    app.site
        .import_jsonl(
            &TestApp::actor(),
            "{\"title\":\"Fixture rich html\",\"body\":\"Ours.\"}\n",
            Lang::En,
            false,
        )
        .await
        .unwrap();
    app.settle().await;
    let before = latest_seq(&app).await;
    let Err(ServiceError::InvalidRecords(bad)) = run(&app, &wp_fixture()).await else {
        panic!("a slug collision must stop the import");
    };
    assert!(
        bad.iter()
            .any(|b| b.record.contains("fixture-rich-html") && b.reason.contains("taken")),
        "{bad:?}"
    );
    assert_eq!(latest_seq(&app).await, before);

    // A 10 MB post is named and skipped, never loaded into an article.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("wordpress-6.1.wxr.xml")).unwrap();
    let huge = "<p>word </p>".repeat(10 * 1024 * 1024 / 11);
    let big = text.replacen(
        "<p>Closing paragraph after the image.</p>",
        &format!("<p>Closing paragraph after the image.</p>{huge}"),
        1,
    );
    let file = dir.path().join("big.xml");
    std::fs::write(&file, big).unwrap();
    let app = TestApp::with_demo(false).await;
    let Err(ServiceError::InvalidRecords(bad)) = run(
        &app,
        &wordpress(file, Some(fixtures().join("wordpress-uploads")), false),
    )
    .await
    else {
        panic!("a 10 MB post must be refused");
    };
    assert!(bad.iter().any(|b| b.record.contains("2010")), "{bad:?}");
    // Named once, though both the scan and the reading of posts find it.
    assert_eq!(bad.len(), 1, "{bad:?}");
}
