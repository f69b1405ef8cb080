//! Chrome on every page (R3), home/section/tag/author/archive pages (R5), editions (R1).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use support::*;

#[tokio::test]
async fn chrome_on_every_page_of_every_edition() {
    let app = TestApp::new().await;
    for (lang, prefix) in [("ru", ""), ("en", "/en"), ("hy", "/hy")] {
        let article = app.article_path(lang, "museum-night").await;
        for path in [
            format!("{prefix}/"),
            article,
            format!("{prefix}/category/sport"),
            format!("{prefix}/search?q=x"),
            format!("{prefix}/no-such-page"),
        ] {
            let r = app.get(&path).await;
            assert!(r.status == 200 || r.status == 404, "{path}: {}", r.status);
            let doc = r.html();
            assert_eq!(attr_of(&doc, "html", "lang"), lang, "{path}");
            assert_eq!(attr_of(&doc, "a.logo", "href"), format!("{prefix}/"));
            assert_eq!(text_of(&doc, "a.logo .logo-word"), "Meridian");
            assert_eq!(
                count(&doc, ".sections-nav a"),
                7,
                "{path}: section navigation"
            );
            assert!(
                attr_of(&doc, ".sections-nav a", "href")
                    .starts_with(&format!("{prefix}/category/"))
            );
            // Edition switch: each edition in its own language.
            let switch: Vec<_> = doc
                .select(&sel(".editions a"))
                .map(|a| a.value().attr("lang").unwrap().to_owned())
                .collect();
            assert_eq!(switch, ["ru", "en", "hy"], "{path}");
            assert_eq!(attr_of(&doc, ".editions a[aria-current]", "lang"), lang);
            assert_eq!(text_of(&doc, ".editions a[lang=hy]"), "arm");
            // Search button opening the overlay, whose form submits to the edition's /search.
            assert_eq!(
                attr_of(&doc, "a.search-open", "href"),
                format!("{prefix}/search")
            );
            assert_eq!(
                attr_of(&doc, "#search-overlay form", "action"),
                format!("{prefix}/search")
            );
            assert_eq!(
                text_of(&doc, "#search-overlay-title"),
                msg(lang, "search-prompt")
            );
            assert_eq!(
                attr_of(&doc, "button.theme-toggle", "aria-label"),
                msg(lang, "theme-toggle")
            );
            // Social and app links.
            for net in ["twitter", "youtube", "instagram", "facebook", "telegram"] {
                assert_eq!(
                    count(&doc, &format!(".topbar .social use[href$='#{net}']")),
                    1,
                    "{path}: {net}"
                );
            }
            assert!(attr_of(&doc, ".apps a[href^='https://apps.apple.com']", "href").len() > 25);
            assert!(attr_of(&doc, ".apps a[href^='https://play.google.com']", "href").len() > 25);
            // Breaking strip with the latest breaking article.
            assert!(attr_of(&doc, ".breaking a", "href").starts_with(&format!("{prefix}/post/")));
            assert_eq!(
                text_of(&doc, ".breaking-label"),
                msg(lang, "breaking-label")
            );
            // Footer: reprint policy, © site and year.
            assert!(text_of(&doc, ".reprint-policy").contains("Meridian"));
            let year = jiff::Timestamp::now()
                .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Baku").unwrap())
                .year();
            assert_eq!(text_of(&doc, ".copyright"), format!("© Meridian {year}"));
            // Theme script runs before the stylesheet (no flash of the wrong theme).
            let head: Vec<_> = doc
                .select(&sel("head script[src], head link[rel=stylesheet]"))
                .map(|e| e.value().name().to_owned())
                .collect();
            assert_eq!(
                head.first().map(String::as_str),
                Some("script"),
                "{path}: boot script first"
            );
            assert!(attr_of(&doc, "head script[src]", "src").contains("/static/boot."));
            // Links are written plainly (no entity-escaped slashes).
            assert!(
                r.text().contains(&format!("href=\"{prefix}/category/")),
                "{path}"
            );
            // Print view: its own stylesheet.
            assert!(
                attr_of(&doc, "link[rel=stylesheet][media=print]", "href")
                    .starts_with("/static/print.")
            );
        }
    }
}

#[tokio::test]
async fn empty_settings_hide_their_links() {
    let app = TestApp::new().await;
    app.get("/en/").await;
    app.set_settings(&[("social.youtube", ""), ("app.ios", "")])
        .await;
    let doc = app.get("/en/").await.html();
    assert_eq!(count(&doc, ".topbar .social use[href$='#youtube']"), 0);
    assert_eq!(count(&doc, ".apps a[href^='https://apps.apple.com']"), 0);
    assert_eq!(count(&doc, ".topbar .social a"), 4);
}

#[tokio::test]
async fn home_page_blocks() {
    let app = TestApp::new().await;
    for prefix in ["", "/en", "/hy"] {
        let doc = app.get(&format!("{prefix}/")).await.html();
        assert!(
            attr_of(&doc, ".home-top .card-hero .card-title a", "href")
                .starts_with(&format!("{prefix}/post/"))
        );
        assert!(count(&doc, ".latest-list li") >= 8, "{prefix}: latest news");
        assert!(
            count(&doc, ".section-block") >= 6,
            "{prefix}: a block per section"
        );
        assert_eq!(count(&doc, ".most-read .tab-panel"), 2, "24 h and 7 days");
        assert!(
            count(
                &doc,
                ".most-read .tab-panel:first-of-type li, .most-read .tab-panel li"
            ) >= 3
        );
        assert_eq!(count(&doc, ".home-side .ad-slot img"), 1);
    }
    // The top story is the one flagged top.
    let doc = app.get("/en/").await.html();
    assert_eq!(
        attr_of(&doc, ".home-top .card-title a", "href"),
        app.article_path("en", "caspian-ferry-line").await
    );
}

#[tokio::test]
async fn listings_paginate_with_stable_urls() {
    let app = TestApp::new().await;
    // 45 more English politics articles: three pages of 20.
    let lines: String = (0..45)
        .map(|i| format!("{{\"title\":\"Council note number {i}\",\"body\":\"First paragraph {i}.\\n\\nSecond paragraph.\",\"section\":\"politics\",\"published_at\":\"2026-01-{:02}\"}}\n", 1 + i % 28))
        .collect();
    app.site
        .import_jsonl(&TestApp::actor(), &lines, masthead_core::Lang::En, false)
        .await
        .unwrap();
    app.settle().await;
    let p1 = app.get("/en/category/politics").await.html();
    assert_eq!(count(&p1, ".cards-list .card"), 20);
    assert_eq!(
        attr_of(&p1, ".pagination a[rel=next]", "href"),
        "/en/category/politics?page=2"
    );
    assert_eq!(count(&p1, ".pagination a[rel=prev]"), 0);
    let p2 = app.get("/en/category/politics?page=2").await.html();
    assert_eq!(
        attr_of(&p2, ".pagination a[rel=prev]", "href"),
        "/en/category/politics"
    );
    assert_eq!(
        attr_of(&p2, ".pagination a[rel=next]", "href"),
        "/en/category/politics?page=3"
    );
    let p3 = app.get("/en/category/politics?page=3").await.html();
    assert!(count(&p3, ".cards-list .card") >= 5);
    assert_eq!(count(&p3, ".pagination a[rel=next]"), 0);
    assert!(text_of(&p3, ".page-of").contains('3'));
    for bad in [
        "0",
        "-1",
        "abc",
        "4",
        "99999999999999999999",
        "1e3",
        "%00",
        "10001",
    ] {
        let r = app.get(&format!("/en/category/politics?page={bad}")).await;
        assert_eq!(r.status, 404, "page={bad}");
        assert_eq!(
            text_of(&r.html(), ".error-page h1"),
            msg("en", "error-404-title")
        );
    }
}

#[tokio::test]
async fn tag_author_and_archive_pages() {
    let app = TestApp::new().await;
    let doc = app
        .get(&app.article_path("hy", "museum-night").await)
        .await
        .html();
    let tag = attr_of(&doc, ".article-labels a.kicker", "href");
    let tag_page = app.get(&tag).await.html();
    assert!(
        text_of(&tag_page, "h1.list-title").contains(&text_of(&doc, ".article-labels a.kicker"))
    );
    assert!(count(&tag_page, ".cards-list .card") >= 1);
    let author = attr_of(&doc, ".byline a", "href");
    let author_page = app.get(&author).await.html();
    assert!(text_of(&author_page, "h1.list-title").contains(&text_of(&doc, ".byline a")));

    // The day of an article lists it; the page links to the previous day.
    let dt = attr_of(&doc, "time.published", "datetime");
    let day = dt[..10].replace('-', "/");
    let archive = app.get(&format!("/hy/archive/{day}")).await;
    assert_eq!(archive.status, 200);
    let ad = archive.html();
    assert!(text_of(&ad, "h1.list-title").contains(&dt[..4]));
    assert!(
        ad.select(&sel(".cards-list .card-title a"))
            .any(|a| a.text().collect::<String>() == text_of(&doc, "h1.article-title"))
    );
    assert!(attr_of(&ad, ".day-nav a[rel=prev]", "href").starts_with("/hy/archive/"));
    for bad in [
        "2026/13/01",
        "2026/02/30",
        "26/01/01",
        "2026/1/01",
        "9999/01/01",
        "0000/01/01",
    ] {
        assert_eq!(
            app.get(&format!("/hy/archive/{bad}")).await.status,
            404,
            "{bad}"
        );
    }
    // An empty day is designed, not blank.
    let empty = app.get("/en/archive/2001/01/01").await.html();
    assert_eq!(text_of(&empty, ".empty-state"), msg("en", "empty-list"));
}

#[tokio::test]
async fn editions_and_their_addresses() {
    let app = TestApp::new().await;
    let r = app.get("/ru/").await;
    assert_eq!(r.status, 301, "the default edition lives at /");
    assert_eq!(r.header("location"), Some("/"));
    let r = app.get("/ru/category/sport?page=1").await;
    assert_eq!(r.header("location"), Some("/category/sport?page=1"));
    assert_eq!(app.get("/en").await.header("location"), Some("/en/"));
    // One canonical address per page (SPEC R12): case and trailing slashes answer 301, the
    // query string kept.
    let story = app.article_path("en", "museum-night").await;
    for (asked, canonical) in [
        ("/EN/".to_owned(), "/en/".to_owned()),
        (story.to_uppercase(), story.clone()),
        (format!("{story}/"), story.clone()),
        (
            format!("{}?utm_source=Mail", story.replacen("/post/", "/Post/", 1)),
            format!("{story}?utm_source=Mail"),
        ),
        ("/Category/Sport/".to_owned(), "/category/sport".to_owned()),
    ] {
        let r = app.get(&asked).await;
        assert_eq!(r.status, 301, "{asked}");
        assert_eq!(r.header("location"), Some(canonical.as_str()), "{asked}");
        assert_eq!(app.get(&canonical).await.status, 200, "{canonical}");
    }
    for bad in [
        "/de/",
        "/xx/post/anything",
        "/az/",
        "/%FF/",
        "/%C0%AF/",
        "/post/%FF",
    ] {
        let r = app.get(bad).await;
        assert_eq!(r.status, 404, "{bad}");
        assert_eq!(
            attr_of(&r.html(), "html", "lang"),
            "ru",
            "{bad}: default edition's 404"
        );
    }
    // An undecodable slug is the 404 of the edition its path names.
    for (path, lang) in [
        ("/en/post/%FF", "en"),
        ("/hy/author/%FF", "hy"),
        ("/en/tag/%C0%AF", "en"),
        ("/hy/archive/%FF/11/29", "hy"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(attr_of(&r.html(), "html", "lang"), lang, "{path}");
    }
    // The same slug written with an escaped hyphen is the same page: 301 to the plain address.
    let story = app.article_path("ru", "caspian-ferry-line").await;
    let escaped = story.replacen('-', "%2D", 1);
    let r = app.get(&escaped).await;
    assert_eq!(r.status, 301, "{escaped}");
    assert_eq!(r.header("location"), Some(story.as_str()));
    // Browsers ask for /favicon.ico: the site's icon answers, not a 404 page.
    let r = app.get("/favicon.ico").await;
    assert_eq!(r.status, 301);
    assert!(
        r.header("location")
            .unwrap()
            .starts_with("/static/favicon.")
    );
    for (path, lang) in [
        ("/en/post/no-such-story", "en"),
        ("/hy/category/none", "hy"),
        ("/tag/nothing", "ru"),
        ("/en/author/nobody", "en"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 404, "{path}");
        let doc = r.html();
        assert_eq!(
            text_of(&doc, ".error-page h1"),
            msg(lang, "error-404-title"),
            "{path}"
        );
        assert_eq!(
            count(&doc, ".error-page form[role=search] input[name=q]"),
            1,
            "a 404 offers search"
        );
        assert_eq!(r.header("cache-control"), Some("no-store"));
    }
}

#[tokio::test]
async fn empty_site_has_designed_empty_states() {
    let app = TestApp::with_demo(false).await;
    let r = app.get("/").await;
    assert_eq!(r.status, 200);
    let doc = r.html();
    assert_eq!(text_of(&doc, ".empty-state"), msg("ru", "empty-list"));
    assert_eq!(count(&doc, ".breaking"), 0, "no breaking article, no strip");
    assert_eq!(
        count(&doc, ".topbar .social a"),
        0,
        "no links set, none shown"
    );
}

#[tokio::test]
async fn print_stylesheet_hides_chrome_and_shows_the_address() {
    let app = TestApp::new().await;
    let css = app.get("/static/print.css").await.text();
    for sel in [
        ".site-header",
        ".site-footer",
        ".ad-slot",
        ".share",
        ".breaking",
        ".search-overlay",
        ".related",
    ] {
        let hidden = css.split('}').any(|rule| {
            rule.contains(sel) && rule.contains("display: none")
                || rule.contains(sel) && rule.contains("display:none")
        });
        assert!(hidden, "print.css hides {sel}");
    }
    assert!(
        css.contains(".print-url"),
        "print.css shows the article address"
    );
    let doc = app
        .get(&app.article_path("en", "museum-night").await)
        .await
        .html();
    assert!(text_of(&doc, ".print-url").contains("http://news.test/en/post/"));
}

#[tokio::test]
async fn an_azerbaijani_edition_can_be_switched_on() {
    let app = TestApp::new().await;
    assert_eq!(
        app.get("/az/").await.status,
        404,
        "not an edition until the settings say so"
    );
    app.set_settings(&[("editions", "ru,en,hy,az")]).await;
    let r = app.get("/az/").await;
    assert_eq!(r.status, 200);
    let doc = r.html();
    assert_eq!(attr_of(&doc, "html", "lang"), "az");
    assert_eq!(text_of(&doc, ".empty-state"), msg("az", "empty-list"));
    assert_eq!(
        text_of(&doc, "#search-overlay-title"),
        msg("az", "search-prompt")
    );
    assert_eq!(count(&doc, ".editions a"), 4);
}

#[tokio::test]
async fn the_edition_switch_of_an_article_leads_to_its_translations() {
    let app = TestApp::new().await;
    let en = app.article_path("en", "startup-fund").await;
    let doc = app.get(&en).await.html();
    assert_eq!(
        attr_of(&doc, ".editions a[lang=ru]", "href"),
        app.article_path("ru", "startup-fund").await
    );
    assert_eq!(
        attr_of(&doc, ".editions a[lang=hy]", "href"),
        app.article_path("hy", "startup-fund").await
    );
    // A story with no Armenian version: the switch leads to the Armenian home page.
    let src: serde_json::Value =
        serde_json::from_str(include_str!("../../service/demo/en.json")).unwrap();
    let hy: serde_json::Value =
        serde_json::from_str(include_str!("../../service/demo/hy.json")).unwrap();
    let hy_keys: Vec<_> = hy["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["key"].clone())
        .collect();
    let only_en = src["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| !hy_keys.contains(&a["key"]))
        .unwrap();
    let doc = app
        .get(&format!("/en/post/{}", only_en["slug"].as_str().unwrap()))
        .await
        .html();
    assert_eq!(attr_of(&doc, ".editions a[lang=hy]", "href"), "/hy/");
}

#[tokio::test]
async fn the_edition_switch_of_a_listing_leads_to_the_same_listing() {
    let app = TestApp::new().await;
    let switch = |doc: &scraper::Html, lang: &str| {
        attr_of(doc, &format!(".editions a[lang={lang}]"), "href")
    };
    // A section every edition has.
    let doc = app.get("/en/category/sport").await.html();
    assert_eq!(switch(&doc, "ru"), "/category/sport");
    assert_eq!(switch(&doc, "hy"), "/hy/category/sport");
    assert_eq!(app.get("/hy/category/sport").await.status, 200);
    let doc = app.get("/hy/category/sport?page=1").await.html();
    assert_eq!(switch(&doc, "en"), "/en/category/sport");
    // A tag all three editions have, and one only English has.
    let doc = app.get("/en/tag/transport").await.html();
    assert_eq!(switch(&doc, "ru"), "/tag/transport");
    assert_eq!(switch(&doc, "hy"), "/hy/tag/transport");
    let doc = app.get("/en/tag/climate").await.html();
    assert_eq!(switch(&doc, "ru"), "/", "no such tag in Russian: its home");
    // An author who writes only in English.
    let doc = app.get("/en/author/tom-harland").await.html();
    assert_eq!(switch(&doc, "hy"), "/hy/");
    // A day exists in every edition; a search keeps its query.
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Baku").unwrap())
        .date();
    let day = app.urls().day(masthead_core::Lang::En, today);
    let doc = app.get(&day).await.html();
    assert_eq!(
        switch(&doc, "ru"),
        app.urls().day(masthead_core::Lang::Ru, today)
    );
    let doc = app.get("/en/search?q=ferry%20line").await.html();
    assert_eq!(switch(&doc, "hy"), "/hy/search?q=ferry%20line");
}

#[tokio::test]
async fn lists_name_the_day_of_news_that_is_not_from_today() {
    let app = TestApp::with_demo(false).await;
    // Today's top story in a "Politics" section of each edition.
    for lang in [masthead_core::Lang::En, masthead_core::Lang::Ru] {
        app.site
            .import_jsonl(
                &TestApp::actor(),
                r#"{"title":"Today's top story","body":"Text.","section":"politics"}"#,
                lang,
                false,
            )
            .await
            .unwrap();
    }
    let baku = jiff::tz::TimeZone::get("Asia/Baku").unwrap();
    let now = jiff::Timestamp::now().to_zoned_datetime(baku.clone());
    let yesterday = now.date().yesterday().unwrap().at(23, 31, 0, 0);
    let at = yesterday.to_zoned_datetime(baku).unwrap().timestamp();
    // A breaking story of yesterday 23:31, newer than every other breaking story of the demo.
    for (lang, section, title) in [
        (masthead_core::Lang::En, "politics", "Late council vote"),
        (
            masthead_core::Lang::Ru,
            "politics",
            "Поздний вечер в горсовете",
        ),
    ] {
        let a = masthead_core::NewArticle {
            edition: lang,
            content: masthead_core::ArticleContent {
                slug: masthead_core::slug::slugify(title),
                title: title.into(),
                lead: String::new(),
                body_md: "Text.".into(),
                body_html: String::new(),
                section_slug: section.into(),
                tag_slugs: vec![],
                author_slug: None,
                coauthor_slugs: vec![],
                flags: masthead_core::Flags {
                    breaking: true,
                    ..Default::default()
                },
                source: None,
                cover: None,
                seo: Default::default(),
            },
            status: masthead_core::Status::Published,
            published_at: Some(at),
            translation_key: None,
            views: 0,
            old_slugs: vec![],
            source_key: None,
        };
        app.site.create_article(&TestApp::actor(), a).await.unwrap();
    }
    app.settle().await;
    for (home, title, want) in [
        ("/en/", "Late council vote", "Yesterday, 23:31"),
        ("/", "Поздний вечер в горсовете", "Вчера, 23:31"),
    ] {
        let doc = app.get(home).await.html();
        assert_eq!(text_of(&doc, ".breaking a"), title);
        assert_eq!(
            text_of(&doc, ".breaking time"),
            want,
            "{home}: the breaking strip names the day"
        );
        // In the latest news, yesterday's items come under a heading naming their day.
        let items: Vec<_> = doc.select(&sel(".latest-list li")).collect();
        let at = items
            .iter()
            .position(|li| li.text().collect::<String>().contains(title))
            .unwrap_or_else(|| panic!("{home}: {title} is not in the latest news"));
        let time: String = items[at]
            .select(&sel("time"))
            .next()
            .unwrap()
            .text()
            .collect();
        assert_eq!(time, "23:31");
        let heading = items[..at]
            .iter()
            .rev()
            .find(|li| li.value().classes().any(|c| c == "latest-day"))
            .map(|li| li.text().collect::<String>());
        let day = want.split(',').next().unwrap();
        assert_eq!(
            heading.as_deref(),
            Some(day),
            "{home}: the latest-news list names the day"
        );
    }
}
