//! The article page (R2) in every edition: each element of the seed page, with its text and link.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use support::*;

const EDITIONS: [&str; 3] = ["ru", "en", "hy"];

#[tokio::test]
async fn every_element_of_the_seed_page_in_each_edition() {
    let app = TestApp::new().await;
    for lang in EDITIONS {
        let prefix = if lang == "ru" {
            String::new()
        } else {
            format!("/{lang}")
        };
        // The reprinted story: it has a source, tags, an author, a section and translations.
        let path = app.article_path(lang, "climate-finance-meeting").await;
        let r = app.get(&path).await;
        assert_eq!(r.status, 200, "{path}");
        let doc = r.html();
        assert_eq!(attr_of(&doc, "html", "lang"), lang);

        // Section label linking to the section; kicker tag linking to its tag page.
        let section_href = attr_of(&doc, ".article-labels a.section-label", "href");
        assert_eq!(section_href, format!("{prefix}/category/world"));
        assert!(!text_of(&doc, ".article-labels a.section-label").is_empty());
        let kicker_href = attr_of(&doc, ".article-labels a.kicker", "href");
        assert!(
            kicker_href.starts_with(&format!("{prefix}/tag/")),
            "{kicker_href}"
        );
        assert_eq!(app.get(&kicker_href).await.status, 200, "kicker tag page");
        assert_eq!(app.get(&section_href).await.status, 200, "section page");

        // Title, date-time in the site's zone, lead, body.
        assert_eq!(count(&doc, "h1"), 1);
        assert!(!text_of(&doc, "h1.article-title").is_empty());
        let dt = attr_of(&doc, "time.published", "datetime");
        assert!(dt.ends_with("+04:00"), "published time in Asia/Baku: {dt}");
        let shown = text_of(&doc, "time.published");
        assert!(
            shown.chars().filter(|c| *c == ':').count() == 1 && shown.len() > 12,
            "date and time shown: {shown}"
        );
        assert!(!text_of(&doc, ".article-lead").is_empty());
        assert!(count(&doc, ".article-body p") >= 2);

        // Byline linking to the author's page; reprint attribution linking to the original.
        let author_href = attr_of(&doc, ".byline a[rel=author]", "href");
        assert!(author_href.starts_with(&format!("{prefix}/author/")));
        assert_eq!(app.get(&author_href).await.status, 200, "author page");
        assert_eq!(
            attr_of(&doc, ".reprint a", "href"),
            "https://northern-ledger.example/2026/climate-finance-baku"
        );
        assert_eq!(text_of(&doc, ".reprint a"), "Northern Ledger");

        // Views with the localized plural.
        let views = text_of(&doc, ".views .views-text");
        assert!(
            views.chars().next().is_some_and(|c| c.is_ascii_digit()),
            "{views}"
        );

        // Share buttons, print, copy link with the page's own toast text, A+/A-.
        let canonical = format!("http://news.test{path}");
        let encoded: String = canonical
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        for (class, host) in [
            ("share-x", "https://twitter.com/intent/tweet?url="),
            (
                "share-facebook",
                "https://www.facebook.com/sharer/sharer.php?u=",
            ),
            ("share-telegram", "https://t.me/share/url?url="),
            ("share-whatsapp", "https://wa.me/?text="),
            ("share-vk", "https://vk.com/share.php?url="),
            ("share-email", "mailto:?subject="),
        ] {
            let href = attr_of(&doc, &format!(".share-list a.{class}"), "href");
            assert!(href.starts_with(host), "{class}: {href}");
            assert!(
                href.contains(&encoded),
                "{class} shares the canonical URL: {href}"
            );
        }
        assert_eq!(count(&doc, "button.share-print"), 1);
        assert_eq!(attr_of(&doc, "button.share-copy", "data-url"), canonical);
        assert_eq!(
            attr_of(&doc, "body", "data-copied"),
            msg(lang, "article-link-copied")
        );
        assert_eq!(text_of(&doc, ".font-btn[data-font=up]"), "A+");
        assert_eq!(text_of(&doc, ".font-btn[data-font=down]"), "A-");
        assert_eq!(
            text_of(&doc, ".share-prompt"),
            msg(lang, "article-share-prompt")
        );

        // Links to the two translations, each marked with its language.
        let links: Vec<_> = doc
            .select(&sel(".translations a"))
            .map(|a| {
                (
                    a.value().attr("lang").unwrap().to_owned(),
                    a.value().attr("href").unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(links.len(), 2, "{lang}: {links:?}");
        for (l, href) in &links {
            assert_ne!(l, lang);
            let other = app.get(href).await;
            assert_eq!(other.status, 200, "{href}");
            assert_eq!(attr_of(&other.html(), "html", "lang"), *l);
        }
        assert_eq!(
            count(&doc, "link[rel=alternate][hreflang]"),
            4,
            "hreflang for itself, two translations and x-default"
        );
        // x-default is the default edition's version of the story.
        assert_eq!(
            attr_of(&doc, "link[hreflang='x-default']", "href"),
            format!(
                "http://news.test{}",
                app.article_path("ru", "climate-finance-meeting").await
            )
        );

        // Ad slot, the most important news of the section, related articles.
        assert!(attr_of(&doc, ".article-side .ad-slot img", "src").starts_with("/static/ads/"));
        assert_eq!(text_of(&doc, ".ad-slot .ad-label"), msg(lang, "ad-label"));
        assert!(count(&doc, ".important-news li a") >= 1);
        assert!(
            text_of(&doc, ".important-news h2")
                .contains(&text_of(&doc, ".article-labels a.section-label"))
        );
        assert_eq!(
            count(&doc, ".related .card"),
            4,
            "{lang}: four related articles"
        );
        for a in doc.select(&sel(".related .card-title a, .important-news li a")) {
            let href = a.value().attr("href").unwrap();
            assert!(href.starts_with(&format!("{prefix}/post/")), "{href}");
            assert_ne!(href, path, "an article does not relate to itself");
        }
        assert!(text_of(&doc, ".print-url").contains(&canonical));
    }
}

#[tokio::test]
async fn views_use_plural_forms() {
    let app = TestApp::new().await;
    let ru = app
        .get(&app.article_path("ru", "caspian-ferry-line").await)
        .await
        .html();
    let text = text_of(&ru, ".views .views-text");
    let digits: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || c.is_whitespace())
        .filter(char::is_ascii_digit)
        .collect();
    let n: i64 = digits.parse().unwrap();
    assert!(n >= 10_000, "the demo's ferry story is read widely: {text}");
    let raw = ru
        .select(&sel(".views .views-text"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(
        raw.starts_with(&masthead_i18n::format_number(masthead_core::Lang::Ru, n)),
        "grouped thousands: {raw}"
    );
    let want = masthead_i18n::Catalogs::embedded().t(
        masthead_core::Lang::Ru,
        "article-views",
        &[("count", masthead_i18n::Arg::Num(n))],
    );
    assert_eq!(raw, want);
    assert!(text.contains("просмотр"), "{text}");
}

#[tokio::test]
async fn old_slug_answers_301_to_the_current_one() {
    let app = TestApp::new().await;
    let src: serde_json::Value =
        serde_json::from_str(include_str!("../../service/demo/en.json")).unwrap();
    let moved = src["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["old_slugs"].as_array().is_some_and(|o| !o.is_empty()))
        .unwrap();
    let old = moved["old_slugs"][0].as_str().unwrap();
    let r = app.get(&format!("/en/post/{old}")).await;
    assert_eq!(r.status, 301);
    assert_eq!(
        r.header("location"),
        Some(format!("/en/post/{}", moved["slug"].as_str().unwrap()).as_str())
    );
    // The old slug belongs to the English edition only.
    assert_eq!(app.get(&format!("/hy/post/{old}")).await.status, 404);
}

#[tokio::test]
async fn body_markup_renders() {
    let app = TestApp::new().await;
    let mut seen = (false, false, false, false);
    for key in [
        "caspian-ferry-line",
        "energy-ministers-grid",
        "museum-night",
        "startup-fund",
        "school-heating",
        "tbilisi-yerevan-night-train",
        "junior-rapid-chess",
        "climate-finance-meeting",
    ] {
        let doc = app.get(&app.article_path("en", key).await).await.html();
        seen.0 |= count(&doc, ".article-body h2") > 0;
        seen.1 |= count(&doc, ".article-body blockquote") > 0;
        seen.2 |= count(&doc, ".article-body ul li") > 0;
        seen.3 |= count(&doc, ".article-body a[href^='https://']") > 0;
    }
    assert_eq!(
        seen,
        (true, true, true, true),
        "headings, quotes, lists and links in bodies"
    );
}
