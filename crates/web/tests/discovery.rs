//! Feeds, sitemaps and page heads as their consumers read them (SPEC R8): RSS and Atom parsed
//! by the `rss` and `atom_syndication` readers, sitemaps walked from the index, OpenGraph,
//! Twitter, hreflang and JSON-LD read from each page's head, hostile text inert everywhere.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead_core::Lang;
use quick_xml::Reader;
use quick_xml::events::Event;
use scraper::Html;
use support::{TestApp, attr_of, count, sel};

const BASE: &str = "http://news.test";

/// Every `<name>` text of an XML document, in order (the document must be well-formed).
fn xml_texts(xml: &str, name: &str) -> Vec<String> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut inside = false;
    let mut buf = String::new();
    loop {
        match r
            .read_event()
            .unwrap_or_else(|e| panic!("ill-formed XML: {e}\n{xml}"))
        {
            Event::Start(e) if e.name().as_ref() == name.as_bytes() => {
                inside = true;
                buf.clear();
            }
            Event::Text(t) if inside => buf.push_str(&t.decode().unwrap()),
            Event::GeneralRef(g) if inside => {
                let name = String::from_utf8_lossy(&g);
                buf.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("entity {other}"),
                });
            }
            Event::CData(c) if inside => buf.push_str(&String::from_utf8_lossy(&c)),
            Event::End(e) if e.name().as_ref() == name.as_bytes() => {
                inside = false;
                out.push(buf.clone());
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

/// The JSON-LD blocks of a page, parsed.
fn json_ld(doc: &Html) -> Vec<serde_json::Value> {
    doc.select(&sel("script[type='application/ld+json']"))
        .map(|s| {
            let raw: String = s.text().collect();
            serde_json::from_str(&raw).unwrap_or_else(|e| panic!("JSON-LD: {e}: {raw}"))
        })
        .collect()
}

fn of_type<'a>(blocks: &'a [serde_json::Value], t: &str) -> &'a serde_json::Value {
    blocks
        .iter()
        .find(|b| b["@type"] == t)
        .unwrap_or_else(|| panic!("no {t} in {blocks:?}"))
}

/// The content of `<meta property=…>` or `<meta name=…>`.
fn meta(doc: &Html, prop: &str) -> String {
    let css = format!("meta[property='{prop}'], meta[name='{prop}']");
    attr_of(doc, &css, "content")
}

const HOSTILE_TITLE: &str = "Tom & Jerry <b>bold</b> ]]> </script><script>alert(1)</script>";

async fn hostile_app() -> (TestApp, String) {
    let app = TestApp::new().await;
    app.set_settings(&[("feed_full_text", "1")]).await;
    let line = serde_json::json!({
        "title": HOSTILE_TITLE,
        "lead": "Lead with ]]> and </script> & <!-- a comment",
        "body": "Body ]]> with <script>alert(2)</script> and &amp; and <![CDATA[x]]>.",
        "section": "world",
        "published_at": jiff::Timestamp::now().to_string(),
    });
    let report = app
        .site
        .import_jsonl(&TestApp::actor(), &format!("{line}\n"), Lang::En, false)
        .await
        .unwrap();
    app.settle().await;
    let id = report.imported[0];
    let a = app.site.article_by_id(id).await.unwrap().unwrap();
    let path = app.urls().article(Lang::En, &a.slug);
    (app, path)
}

#[tokio::test]
async fn feeds_of_every_edition_and_section_parse_with_stable_ids() {
    let app = TestApp::new().await;
    for prefix in ["", "/en", "/hy"] {
        let r = app.get(&format!("{prefix}/rss.xml")).await;
        assert_eq!(r.status, 200, "{prefix}/rss.xml");
        assert_eq!(
            r.header("content-type"),
            Some("application/rss+xml; charset=utf-8")
        );
        let ch = rss::Channel::read_from(&r.body[..]).unwrap();
        assert!(!ch.items().is_empty(), "{prefix}: no items");
        assert_eq!(ch.link(), format!("{BASE}{prefix}/"));
        for item in ch.items() {
            let guid = item.guid().unwrap();
            assert!(!guid.is_permalink());
            assert!(
                guid.value().starts_with("tag:news.test,2026:article-"),
                "{}",
                guid.value()
            );
            assert!(
                item.link()
                    .unwrap()
                    .starts_with(&format!("{BASE}{prefix}/post/"))
            );
            assert!(item.pub_date().is_some());
        }
        let a = app.get(&format!("{prefix}/atom.xml")).await;
        assert_eq!(a.status, 200);
        let feed = atom_syndication::Feed::read_from(&a.body[..]).unwrap();
        assert_eq!(feed.entries().len(), ch.items().len());
        let ids: Vec<&str> = feed.entries().iter().map(|e| e.id()).collect();
        let guids: Vec<&str> = ch
            .items()
            .iter()
            .map(|i| i.guid().unwrap().value())
            .collect();
        assert_eq!(ids, guids, "one id per article in both formats");
        // The page announces its feeds.
        let home = app.get(&format!("{prefix}/")).await.html();
        assert_eq!(
            attr_of(
                &home,
                "link[rel=alternate][type='application/rss+xml']",
                "href"
            ),
            format!("{prefix}/rss.xml")
        );
        assert_eq!(
            attr_of(
                &home,
                "link[rel=alternate][type='application/atom+xml']",
                "href"
            ),
            format!("{prefix}/atom.xml")
        );
    }
    // A section's feed lists only that section, and its page announces it.
    let section = app.get("/en/category/world/rss.xml").await;
    assert_eq!(section.status, 200);
    let ch = rss::Channel::read_from(&section.body[..]).unwrap();
    assert!(!ch.items().is_empty());
    for item in ch.items() {
        assert_eq!(item.categories()[0].name(), "World", "{:?}", item.title());
    }
    let page = app.get("/en/category/world").await.html();
    assert_eq!(
        count(
            &page,
            "link[rel=alternate][href='/en/category/world/rss.xml']"
        ),
        1
    );
    assert_eq!(app.get("/en/category/nope/rss.xml").await.status, 404);
    assert_eq!(app.get("/xx/rss.xml").await.status, 404);
}

#[tokio::test]
async fn a_feed_item_keeps_its_id_when_the_slug_changes() {
    let (app, path) = hostile_app().await;
    let slug = path.rsplit('/').next().unwrap().to_owned();
    let guid_of = |xml: &[u8]| {
        let ch = rss::Channel::read_from(xml).unwrap();
        ch.items()
            .iter()
            .find(|i| i.title() == Some(HOSTILE_TITLE))
            .map(|i| i.guid().unwrap().value().to_owned())
            .expect("the article is in the feed")
    };
    let before = guid_of(&app.get("/en/rss.xml").await.body);
    let id: i64 = before.rsplit('-').next().unwrap().parse().unwrap();
    let a = app.site.article_by_id(id).await.unwrap().unwrap();
    let content = masthead_core::ArticleContent {
        slug: format!("{slug}-renamed"),
        title: a.title.clone(),
        lead: a.lead.clone(),
        body_md: a.body_md.clone(),
        body_html: String::new(),
        section_slug: "world".into(),
        tag_slugs: vec![],
        author_slug: None,
        coauthor_slugs: vec![],
        flags: a.flags,
        source: None,
        cover: None,
        seo: Default::default(),
    };
    app.site
        .update_article(&TestApp::actor(), id, a.revision, content)
        .await
        .unwrap();
    app.settle().await;
    let after = app.get("/en/rss.xml").await;
    assert_eq!(guid_of(&after.body), before, "the id survives the new slug");
    let ch = rss::Channel::read_from(&after.body[..]).unwrap();
    let item = ch
        .items()
        .iter()
        .find(|i| i.title() == Some(HOSTILE_TITLE))
        .unwrap();
    assert!(item.link().unwrap().ends_with("-renamed"));
}

#[tokio::test]
async fn hostile_text_comes_out_well_formed_and_inert() {
    let (app, path) = hostile_app().await;
    // RSS and Atom: the title exactly as typed, the full text with its `]]>` intact.
    let ch = rss::Channel::read_from(&app.get("/en/rss.xml").await.body[..]).unwrap();
    let item = ch
        .items()
        .iter()
        .find(|i| i.title() == Some(HOSTILE_TITLE))
        .expect("hostile title round-trips in RSS");
    assert!(item.content().unwrap().contains("]]&gt;") || item.content().unwrap().contains("]]>"));
    assert!(
        !item.content().unwrap().contains("<script>"),
        "sanitized body"
    );
    let atom = app.get("/en/atom.xml").await;
    let feed = atom_syndication::Feed::read_from(&atom.body[..]).unwrap();
    assert!(
        feed.entries()
            .iter()
            .any(|e| e.title().as_str() == HOSTILE_TITLE),
        "hostile title round-trips in Atom"
    );
    // The news sitemap is well-formed and carries the title as text.
    let news = app.get("/sitemap-en-news.xml").await;
    assert_eq!(news.status, 200);
    let titles = xml_texts(&news.text(), "news:title");
    assert!(titles.iter().any(|t| t == HOSTILE_TITLE), "{titles:?}");
    // JSON-LD: one script element, its JSON gives the title back.
    let page = app.get(&path).await;
    let html = page.text();
    let doc = page.html();
    let ld = json_ld(&doc);
    assert_eq!(of_type(&ld, "NewsArticle")["headline"], HOSTILE_TITLE);
    assert_eq!(
        count(&doc, "script:not([src])"),
        count(&doc, "script[type='application/ld+json']")
    );
    assert!(!html.contains("<script>alert"), "no script from the title");
    // The content API's JSON.
    let id = of_type(&ld, "NewsArticle")["url"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(id.ends_with(&path));
    let list: serde_json::Value =
        serde_json::from_slice(&app.get("/api/v1/articles?lang=en&section=world").await.body)
            .unwrap();
    assert!(
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["title"] == HOSTILE_TITLE)
    );
}

#[tokio::test]
async fn sitemaps_walk_from_the_index_with_alternates_and_news() {
    let app = TestApp::new().await;
    let robots = app.get("/robots.txt").await.text();
    assert!(
        robots.contains(&format!("Sitemap: {BASE}/sitemap.xml")),
        "{robots}"
    );
    for p in ["/search", "/en/search", "/hy/search"] {
        assert!(
            robots.contains(&format!("Disallow: {p}\n")),
            "{p}: {robots}"
        );
    }
    let index = app.get("/sitemap.xml").await;
    assert_eq!(index.status, 200);
    assert_eq!(
        index.header("content-type"),
        Some("application/xml; charset=utf-8")
    );
    let locs = xml_texts(&index.text(), "loc");
    for name in [
        "sitemap-ru-sections.xml",
        "sitemap-en-news.xml",
        "sitemap-hy-tags.xml",
        "sitemap-en-authors.xml",
    ] {
        assert!(
            locs.contains(&format!("{BASE}/{name}")),
            "{name} in {locs:?}"
        );
    }
    assert!(locs.iter().any(|l| l.contains("sitemap-en-articles-")));
    let mut articles = 0;
    let mut alternates = 0;
    for loc in &locs {
        let path = loc.strip_prefix(BASE).unwrap();
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        let xml = r.text();
        for page in xml_texts(&xml, "loc") {
            assert!(page.starts_with(BASE), "{page}");
            if path.contains("-articles-") {
                articles += 1;
            }
        }
        alternates += xml.matches("<xhtml:link rel=\"alternate\"").count();
    }
    let published = app.site.count_published(Lang::Ru).await.unwrap()
        + app.site.count_published(Lang::En).await.unwrap()
        + app.site.count_published(Lang::Hy).await.unwrap();
    assert_eq!(articles as u64, published, "every published article once");
    assert!(
        alternates > 0,
        "translations and homes carry hreflang alternates"
    );
    let sections = app.get("/sitemap-en-sections.xml").await.text();
    assert!(
        sections.contains(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{BASE}/\"/>"
        )),
        "{sections}"
    );
    // Names that are not sitemaps, and editions the site does not have.
    for bad in [
        "/sitemap-xx-news.xml",
        "/sitemap-az-news.xml",
        "/sitemap-en-articles-1999-01.xml",
        "/sitemap-en-bogus.xml",
    ] {
        assert_eq!(app.get(bad).await.status, 404, "{bad}");
    }
}

#[tokio::test]
async fn page_heads_carry_previews_alternates_and_structured_data() {
    let app = TestApp::new().await;
    let path = app.article_path("en", "caspian-ferry-line").await;
    let doc = app.get(&path).await.html();
    let canonical = attr_of(&doc, "link[rel=canonical]", "href");
    assert_eq!(canonical, format!("{BASE}{path}"));
    assert_eq!(meta(&doc, "og:type"), "article");
    assert_eq!(meta(&doc, "og:url"), canonical);
    assert!(!meta(&doc, "og:title").is_empty());
    assert!(meta(&doc, "og:image").starts_with(BASE));
    assert_eq!(meta(&doc, "og:image:width"), "1200");
    assert_eq!(meta(&doc, "og:image:height"), "675");
    assert_eq!(meta(&doc, "twitter:card"), "summary_large_image");
    assert!(!meta(&doc, "og:site_name").is_empty());
    let ld = json_ld(&doc);
    let a = of_type(&ld, "NewsArticle");
    for field in [
        "headline",
        "datePublished",
        "dateModified",
        "articleSection",
        "image",
        "author",
        "publisher",
    ] {
        assert!(!a[field].is_null(), "{field} in {a}");
    }
    // `2026-11-30T09:15:00+04:00`: seconds and the zone's offset.
    let zoned = |v: &serde_json::Value| {
        let s = v.as_str().unwrap();
        s.len() == 25 && matches!(s.as_bytes()[19], b'+' | b'-')
    };
    assert!(
        zoned(&a["datePublished"]) && zoned(&a["dateModified"]),
        "{a}"
    );
    assert!(
        a["author"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{BASE}/en/author/")),
        "{a}"
    );
    assert_eq!(
        a["publisher"]["logo"]["url"],
        format!("{BASE}/static/logo.png")
    );
    assert_eq!(a["image"][0]["width"], 1200);
    let crumbs = of_type(&ld, "BreadcrumbList");
    let items = crumbs["itemListElement"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["item"], format!("{BASE}/en/"));
    assert_eq!(items[2]["item"], canonical);
    assert_eq!(items[2]["position"], 3);

    // The home page: WebSite with a search action, alternates of every edition and x-default.
    let home = app.get("/en/").await.html();
    let site = json_ld(&home);
    let w = of_type(&site, "WebSite");
    assert_eq!(w["potentialAction"]["@type"], "SearchAction");
    assert_eq!(
        w["potentialAction"]["target"]["urlTemplate"],
        format!("{BASE}/en/search?q={{search_term_string}}")
    );
    assert_eq!(
        attr_of(&home, "link[hreflang='x-default']", "href"),
        format!("{BASE}/")
    );
    assert_eq!(
        attr_of(&home, "link[hreflang='hy']", "href"),
        format!("{BASE}/hy/")
    );
    assert_eq!(
        attr_of(&home, "link[hreflang='en']", "href"),
        format!("{BASE}/en/")
    );

    // Listings: CollectionPage with its articles, breadcrumbs.
    let list = app.get("/en/category/world").await.html();
    assert!(
        attr_of(&list, "meta[name=description]", "content").starts_with("World: "),
        "a listing describes itself"
    );
    let ld = json_ld(&list);
    let c = of_type(&ld, "CollectionPage");
    assert_eq!(c["url"], format!("{BASE}/en/category/world"));
    assert!(
        !c["mainEntity"]["itemListElement"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    of_type(&ld, "BreadcrumbList");

    // Error pages: no canonical, no alternates, no structured data.
    let missing = app.get("/en/post/no-such-story").await;
    assert_eq!(missing.status, 404);
    let doc = missing.html();
    assert_eq!(count(&doc, "link[rel=canonical]"), 0);
    assert_eq!(count(&doc, "link[hreflang]"), 0);
    assert_eq!(count(&doc, "script[type='application/ld+json']"), 0);
}
