//! SPEC O3 `masthead export`: a site exported and imported into an empty data directory (its
//! media directory copied beside it) serves the same pages, byte for byte: home, articles (with
//! translations, a correction, a cover and an image from the library), section, tag, author,
//! day archive, static page, search, corrections, feeds and sitemaps of every edition, and the
//! content API. Former slugs and the redirects table answer 301 on the new site; its history
//! and pending edit are there; a second import adds nothing; a file cut short or of an unknown
//! version is refused with nothing written.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use image::{ImageEncoder, RgbImage};
use masthead::{Config, Setup};
use masthead_core::{Lang, Role, Status};
use masthead_service::{ImportReport, ServiceError};
use std::io::Write;
use std::path::Path;
use support::staff::{ORIGIN, Staff};
use support::*;

const BOUNDARY: &str = "----mastheadexportboundary";

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// Uploads an image to the media library as `s`; its URL.
async fn upload(s: &mut Staff<'_>, file: &[u8]) -> String {
    let mut body = Vec::new();
    for (k, v) in [
        ("alt", "Cranes at dusk"),
        ("caption", "The new cranes"),
        ("credit", "Port Gazette"),
        ("format", "json"),
    ] {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cranes.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let token = s.token("/admin").await;
    let cookie = format!("masthead_session={}", s.session.clone().unwrap_or_default());
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    let r = s
        .app
        .post(
            &format!("/admin/media?csrf={token}"),
            &[
                ("cookie", cookie.as_str()),
                ("origin", ORIGIN),
                ("content-type", ct.as_str()),
                ("accept-language", "en"),
            ],
            body,
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    v["url"].as_str().unwrap().to_owned()
}

/// The id in `/admin/{what}/{id}?…` a save answered with.
fn saved_id(r: &Resp, what: &str) -> i64 {
    assert_eq!(r.status, 303, "{}", r.text());
    r.header("location")
        .unwrap()
        .trim_start_matches(&format!("/admin/{what}/"))
        .split('?')
        .next()
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("{:?}", r.header("location")))
}

/// The source site: the demo, plus what the newsroom adds to it (an image, a story edited
/// once with a former slug, a pending edit, a correction, a translation, static pages, a
/// redirect).
async fn source(media: &Path) -> (TestApp, i64, i64, String) {
    let app = TestApp::with_config(Config {
        media_dir: Some(media.to_path_buf()),
        ..TestApp::config()
    })
    .await;
    let mut ed = app.signed_in(Role::Editor).await;
    let image = upload(&mut ed, &jpeg(1400, 800)).await;
    let body = format!(
        "The first two cranes reached the port on Monday.\n\n![Cranes at dusk]({image} \"The new cranes\")\n\n## What comes next\n\nFour more are due in May."
    );
    let form = |title: &str, slug: &str, body: &str, extra: &[(&str, &str)]| {
        let f: Vec<(String, String)> = [
            ("edition", "en"),
            ("title", title),
            ("slug", slug),
            ("lead", "Two cranes arrived; four more follow."),
            ("body", body),
            ("section", "economy"),
            ("kicker", "Harbour works"),
            ("tags", "Port, Shipping"),
            ("author", "tom-harland"),
            ("coauthors", "nino-beridze"),
            ("cover_url", image.as_str()),
            ("cover_alt", "Cranes at dusk"),
            ("cover_caption", "The new cranes"),
            ("cover_credit", "Port Gazette"),
            ("source_name", "Port Gazette"),
            ("source_url", "https://port.example/cranes"),
            ("seo_title", "Harbour cranes arrive"),
            ("important", "1"),
        ]
        .iter()
        .chain(extra)
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        f
    };
    let f = form(
        "Harbour cranes arrive",
        "harbour-cranes",
        &body,
        &[("action", "published")],
    );
    let r = post(&mut ed, "/admin/articles", "/admin/articles/new", &f).await;
    let id = saved_id(&r, "articles");
    // Edited once: a new revision, and the first slug kept as a former one.
    let rev = app
        .site
        .article_by_id(id)
        .await
        .unwrap()
        .unwrap()
        .revision
        .to_string();
    let f = form(
        "Harbour cranes arrive in Baku",
        "harbour-cranes-baku",
        &body,
        &[("revision", &rev), ("action", "save")],
    );
    let r = post(&mut ed, &format!("/admin/articles/{id}"), "/admin", &f).await;
    assert_eq!(r.status, 303, "{}", r.text());
    let r = ed
        .post(
            &format!("/admin/articles/{id}/corrections"),
            "/admin",
            &[
                ("kind", "correction"),
                (
                    "text",
                    "An earlier version gave the wrong number of cranes.",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    // A translation, published.
    let r = ed
        .post(
            &format!("/admin/articles/{id}/translate"),
            "/admin",
            &[("edition", "ru")],
        )
        .await;
    let tid = saved_id(&r, "articles");
    let trev = app.site.article_by_id(tid).await.unwrap().unwrap().revision;
    app.site
        .change_status(&TestApp::actor(), tid, trev, Status::Published, None)
        .await
        .unwrap();
    // An edit saved without going live.
    let rev = app
        .site
        .article_by_id(id)
        .await
        .unwrap()
        .unwrap()
        .revision
        .to_string();
    let f = form(
        "Harbour cranes arrive in Baku",
        "harbour-cranes-baku",
        "Six cranes, not four, are due.",
        &[("revision", &rev), ("action", "pending")],
    );
    let r = post(&mut ed, &format!("/admin/articles/{id}"), "/admin", &f).await;
    assert_eq!(r.status, 303, "{}", r.text());
    // Static pages in two editions, linked as translations, and a redirect.
    let r = ed
        .post(
            "/admin/pages",
            "/admin/pages/new",
            &[
                ("edition", "en"),
                ("title", "About us"),
                ("slug", ""),
                (
                    "body",
                    "We are **a newsroom** in Baku.\n\n## Contacts\n\nWrite to us.",
                ),
                ("in_footer", "1"),
                ("position", "10"),
            ],
        )
        .await;
    let about = saved_id(&r, "pages").to_string();
    let r = ed
        .post(
            "/admin/pages",
            "/admin/pages/new",
            &[
                ("edition", "ru"),
                ("title", "О нас"),
                ("slug", ""),
                ("body", "Мы — редакция в Баку."),
                ("in_footer", "1"),
                ("position", "10"),
                ("translation_of", about.as_str()),
            ],
        )
        .await;
    saved_id(&r, "pages");
    let r = ed
        .post(
            "/admin/redirects",
            "/admin/redirects",
            &[
                ("from", "/2019/05/old-cranes"),
                ("to", "/en/post/harbour-cranes-baku"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    app.site.index_changes().await.unwrap();
    (app, id, tid, image)
}

/// Posts a form of owned pairs as `s`.
async fn post(s: &mut Staff<'_>, path: &str, token_from: &str, f: &[(String, String)]) -> Resp {
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    s.post(path, token_from, &pairs).await
}

/// An empty site (as `import jsonl` makes one) whose media directory is `media`.
async fn empty(media: &Path) -> TestApp {
    TestApp::with_config(Config {
        setup: Setup::Empty,
        media_dir: Some(media.to_path_buf()),
        ..TestApp::config()
    })
    .await
}

/// Imports the export file at `path` into `app` (as `masthead import jsonl FILE` does).
async fn import_file(app: &TestApp, path: &Path) -> Result<ImportReport, ServiceError> {
    let path = path.to_path_buf();
    let open = move || -> std::io::Result<Box<dyn std::io::BufRead + Send>> {
        Ok(Box::new(std::io::BufReader::new(std::fs::File::open(
            &path,
        )?)))
    };
    let r = app
        .site
        .import_jsonl_from(&TestApp::actor(), &open, Lang::Ru, false, &|_, _| {})
        .await;
    app.settle().await;
    app.site.index_changes().await.unwrap();
    r
}

/// Fetches `path` from both sites (one right after the other, so that "now" is the same) and
/// checks they answer alike: status, `Location`, and the body byte for byte.
async fn same(before: &TestApp, after: &TestApp, path: &str) -> Resp {
    let a = before.get(path).await;
    let b = after.get(path).await;
    assert_eq!(a.status, b.status, "{path}: status");
    assert_eq!(
        a.header("location"),
        b.header("location"),
        "{path}: Location"
    );
    assert_eq!(
        a.header("content-type"),
        b.header("content-type"),
        "{path}: type"
    );
    if a.body != b.body {
        let (x, y) = (a.text(), b.text());
        let (n, (l, r)) = x
            .lines()
            .zip(y.lines())
            .enumerate()
            .find(|(_, (l, r))| l != r)
            .unwrap_or((0, ("(one body is a prefix of the other)", "")));
        panic!(
            "{path}: the pages differ at line {}:\n before: {l}\n after:  {r}",
            n + 1
        );
    }
    a
}

fn href(doc: &scraper::Html, css: &str) -> String {
    attr_of(doc, css, "href")
}

/// The longest word of the article's title: something search finds.
fn word_of(doc: &scraper::Html) -> String {
    text_of(doc, "h1.article-title")
        .split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.chars().count())
        .unwrap()
        .to_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[tokio::test]
async fn an_exported_site_imported_into_an_empty_one_serves_the_same_pages() {
    let (src_media, dst_media, dir) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let (src, id, tid, image) = source(src_media.path()).await;
    let file = dir.path().join("site.jsonl");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    let report = src
        .site
        .export_to(&TestApp::actor(), &mut out)
        .await
        .unwrap();
    out.flush().unwrap();
    drop(out);
    assert!(report.count("article") >= 59, "{report:?}");
    assert!(report.count("revision") >= 5, "{report:?}");
    assert_eq!(report.count("page"), 2);
    assert_eq!(report.count("redirect"), 1);
    assert_eq!(report.count("media"), 1);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with(r#"{"type":"masthead-export","version":1,"#));
    assert!(text.ends_with(&format!(
        "{{\"type\":\"masthead-export-end\",\"records\":{}}}\n",
        report.lines - 1
    )));

    // The image files go with the export, as the README says.
    copy_dir(src_media.path(), dst_media.path());
    let dst = empty(dst_media.path()).await;
    let done = import_file(&dst, &file).await.unwrap();
    assert!(
        done.invalid.is_empty() && done.media_missing.is_empty(),
        "{done:?}"
    );
    assert_eq!(done.imported.len() as u64, report.count("article"));

    // The same pages, edition by edition.
    for (lang, e) in [("ru", ""), ("en", "/en"), ("hy", "/hy")] {
        assert_eq!(same(&src, &dst, &format!("{e}/")).await.status, 200);
        let mut articles = vec![src.article_path(lang, "caspian-ferry-line").await];
        match lang {
            "en" => articles.push("/en/post/harbour-cranes-baku".into()),
            "ru" => {
                let t = src.site.article_by_id(tid).await.unwrap().unwrap();
                articles.push(format!("/post/{}", t.slug));
            }
            _ => {}
        }
        for path in &articles {
            let page = same(&src, &dst, path).await;
            assert_eq!(page.status, 200, "{path}");
            let doc = page.html();
            let section = href(&doc, ".article-labels a.section-label");
            let mut listings = vec![section.clone(), format!("{section}/rss.xml")];
            // Its kicker's and its first author's pages (a fresh translation may have neither).
            for css in [".article-labels a.kicker", ".byline a"] {
                listings.extend(
                    doc.select(&sel(css))
                        .next()
                        .and_then(|a| a.value().attr("href"))
                        .map(str::to_owned),
                );
            }
            for listing in listings {
                assert_eq!(same(&src, &dst, &listing).await.status, 200, "{listing}");
            }
            let day = attr_of(&doc, "time.published", "datetime")[..10].replace('-', "/");
            let archive = format!("{e}/archive/{day}");
            assert_eq!(same(&src, &dst, &archive).await.status, 200, "{archive}");
            let q = format!("{e}/search?q={}", word_of(&doc));
            let found = same(&src, &dst, &q).await;
            assert!(
                count(&found.html(), ".search-results > li") > 0,
                "{q} finds it"
            );
        }
        for path in [
            format!("{e}/corrections"),
            format!("{e}/rss.xml"),
            format!("{e}/atom.xml"),
            format!("/api/v1/articles?lang={lang}"),
            format!("/api/v1/most-read?lang={lang}"),
            format!("/api/v1/sections?lang={lang}"),
            format!("/api/v1/tags?lang={lang}"),
            format!("/api/v1/authors?lang={lang}"),
            format!("/api/v1/breaking?lang={lang}"),
        ] {
            assert_eq!(same(&src, &dst, &path).await.status, 200, "{path}");
        }
    }
    for path in ["/en/page/about-us", "/page/o-nas"] {
        assert_eq!(same(&src, &dst, path).await.status, 200, "{path}");
    }
    let one = format!("/api/v1/articles/{id}");
    assert_eq!(same(&src, &dst, &one).await.status, 200);
    // Sitemaps: the index and every sitemap it names.
    let index = same(&src, &dst, "/sitemap.xml").await.text();
    for loc in index.split("<loc>").skip(1) {
        let url = loc.split("</loc>").next().unwrap();
        let path = url.trim_start_matches("http://news.test");
        assert_eq!(same(&src, &dst, path).await.status, 200, "{path}");
    }
    for path in ["/robots.txt"] {
        assert_eq!(same(&src, &dst, path).await.status, 200, "{path}");
    }
    // The image is served from the copied directory, its record in the library.
    assert_eq!(dst.get(&image).await.status, 200);

    // Old addresses: a former slug and the redirects table.
    let moved = same(&src, &dst, "/en/post/harbour-cranes").await;
    assert_eq!(moved.status, 301);
    let old = dst.get("/2019/05/old-cranes").await;
    assert_eq!(old.status, 301);
    assert_eq!(old.header("location"), Some("/en/post/harbour-cranes-baku"));

    // The history came along: as many rows, and the pending edit still waiting.
    let mut before = src.signed_in(Role::Admin).await;
    let mut after = dst.signed_in(Role::Admin).await;
    let history = format!("/admin/articles/{id}/history");
    let rows = |r: Resp| count(&r.html(), ".history-table tbody tr");
    assert_eq!(
        rows(after.get(&history).await),
        rows(before.get(&history).await)
    );
    let editor = after.get(&format!("/admin/articles/{id}")).await.html();
    assert_eq!(
        text_of(&editor, "textarea[name=body]"),
        "Six cranes, not four, are due."
    );
    assert_eq!(count(&editor, "button[value=publish_pending]"), 1);

    // A second import adds nothing.
    let again = import_file(&dst, &file).await.unwrap();
    assert!(again.imported.is_empty(), "{again:?}");
    assert!(again.written.is_empty(), "{again:?}");
    assert_eq!(again.seq, 0);
    assert!(again.existing as u64 >= report.count("article") + 2);
    same(&src, &dst, "/en/").await;
}

/// A site that must be left as it is: nothing of `text` may land in it.
async fn refused(text: &str, why: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.jsonl");
    std::fs::write(&path, text).unwrap();
    let app = empty(dir.path()).await;
    let home = app.get("/en/").await.text();
    match import_file(&app, &path).await {
        Err(ServiceError::InvalidLines(lines)) => {
            assert!(
                lines.iter().any(|l| l.reason.contains(why)),
                "expected `{why}`: {lines:?}"
            );
        }
        other => panic!("expected a refusal ({why}): {other:?}"),
    }
    for lang in [Lang::Ru, Lang::En, Lang::Hy] {
        assert_eq!(app.site.count_published(lang).await.unwrap(), 0);
    }
    assert_eq!(app.get("/en/").await.text(), home, "nothing changed");
    assert_eq!(app.get("/en/page/about-us").await.status, 404);
}

#[tokio::test]
async fn a_cut_file_or_an_unknown_version_is_refused_whole() {
    let media = tempfile::tempdir().unwrap();
    let (src, ..) = source(media.path()).await;
    let mut bytes = Vec::new();
    src.site
        .export_to(&TestApp::actor(), &mut bytes)
        .await
        .unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // Cut at a line boundary: every line is whole, the end line is missing.
    let cut = lines[..lines.len() - 1].join("\n") + "\n";
    refused(&cut, "cut short").await;
    // Cut inside a line.
    let mid = (0..=text.len() / 2)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap();
    refused(&text[..mid], "cut short").await;
    // A line lost from the middle: the end line's count gives it away.
    let mut lost = lines.clone();
    lost.remove(lines.len() / 2);
    refused(&(lost.join("\n") + "\n"), "lines are missing").await;
    // A version this Masthead does not read.
    let v2 = text.replacen(r#""version":1,"#, r#""version":2,"#, 1);
    refused(&v2, "version 2 is not supported").await;
}
