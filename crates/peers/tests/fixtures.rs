//! The readers against the real exporter output in `tests/fixtures/` (see PEERS-README.md
//! there for what each post tests and the counts), and against broken files.

use masthead_peers::{
    MAX_BODY, PeerError, PeerPost, Platform, PostKind, PostStatus, RecordError, Scan, posts, scan,
};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn wxr_path() -> PathBuf {
    fixture("wordpress-6.1.wxr.xml")
}

fn ghost_path() -> PathBuf {
    fixture("ghost-5.130.6-export.json")
}

fn scan_of(platform: Platform, path: &Path) -> Scan {
    scan(platform, path).unwrap_or_else(|e| panic!("scan {}: {e}", path.display()))
}

fn all(platform: Platform, path: &Path) -> (Scan, Vec<Result<PeerPost, RecordError>>) {
    let s = scan_of(platform, path);
    let list = posts(platform, path, &s)
        .unwrap_or_else(|e| panic!("posts {}: {e}", path.display()))
        .collect();
    (s, list)
}

fn ok_posts(platform: Platform, path: &Path) -> (Scan, Vec<PeerPost>) {
    let (s, list) = all(platform, path);
    let posts = list
        .into_iter()
        .map(|p| p.unwrap_or_else(|e| panic!("record error: {e:?}")))
        .collect();
    (s, posts)
}

fn by_slug<'a>(posts: &'a [PeerPost], slug: &str) -> &'a PeerPost {
    posts
        .iter()
        .find(|p| p.slug == slug)
        .unwrap_or_else(|| panic!("no post {slug}"))
}

fn count(posts: &[PeerPost], kind: PostKind, status: PostStatus) -> usize {
    posts
        .iter()
        .filter(|p| p.kind == kind && p.status == status)
        .count()
}

fn skipped(s: &Scan, what: &str) -> Option<u64> {
    s.skipped.iter().find(|(n, _)| n == what).map(|(_, n)| *n)
}

/// What both fixtures hold the same way.
fn common_checks(posts: &[PeerPost], images_dir: &str) {
    let featured = by_slug(posts, "fixture-featured-image");
    let image = featured
        .feature_image
        .as_ref()
        .unwrap_or_else(|| panic!("no feature image"));
    assert_eq!(image.alt, "Harbour at dusk");
    assert_eq!(image.caption, "The rebuilt pier, seen from the breakwater.");
    let rel = image
        .relative_path
        .as_deref()
        .unwrap_or_else(|| panic!("no relative path for {}", image.url));
    assert!(
        fixture(images_dir).join(rel).is_file(),
        "{rel} is not under {images_dir}"
    );

    let rich = by_slug(posts, "fixture-rich-html");
    let md = &rich.body_markdown;
    for wanted in [
        "[a link to the rules](https://example.org/port-rules)",
        "**bold**",
        "*italic*",
        "> We expect traffic to double within two years.",
        "## Key changes",
        "1. Apply online",
        "2. Pay the fee",
        " \"Port traffic, 2023-2025\")",
        "![Bar chart of port traffic](",
    ] {
        assert!(md.contains(wanted), "{wanted:?} missing from:\n{md}");
    }
    assert_eq!(
        md.lines().filter(|l| l.starts_with("- ")).count(),
        3,
        "{md}"
    );
    assert!(!md.contains("<!--"), "{md}");
    assert_eq!(rich.body_images.len(), 1);
    let inline = &rich.body_images[0];
    assert_eq!(inline.alt, "Bar chart of port traffic");
    assert_eq!(inline.caption, "Port traffic, 2023-2025");
    assert!(md.contains(&format!("![Bar chart of port traffic]({} \"", inline.url)));
    let rel = inline
        .relative_path
        .as_deref()
        .unwrap_or_else(|| panic!("no relative path for {}", inline.url));
    assert!(fixture(images_dir).join(rel).is_file(), "{rel}");

    let cyrillic = by_slug(posts, "fixture-cyrillic");
    assert_eq!(cyrillic.title, "Новый мост через реку откроют весной");
    assert!(
        cyrillic
            .body_markdown
            .starts_with("Строительство нового моста")
    );
    assert_eq!(cyrillic.excerpt, "Мэрия сообщила о сроках открытия моста.");

    let scheduled = by_slug(posts, "fixture-scheduled");
    assert_eq!(scheduled.status, PostStatus::Scheduled);
    let when = scheduled
        .published_at
        .unwrap_or_else(|| panic!("scheduled post without a date"));
    // 30 days after the export (made 2026-11-27).
    assert_eq!(when.to_string(), "2026-12-27T09:00:00Z");

    let draft = by_slug(posts, "fixture-draft");
    assert_eq!(draft.status, PostStatus::Draft);
    assert_eq!(draft.published_at, None);

    let page = by_slug(posts, "fixture-page");
    assert_eq!(page.kind, PostKind::Page);
    assert!(
        page.body_markdown
            .starts_with("## Who we are\n\nA page, not a post")
    );

    assert_eq!(by_slug(posts, "fixture-second-author").authors, ["olga"]);

    for p in posts {
        assert!(!p.title.is_empty() || p.status == PostStatus::Draft);
        assert!(
            p.old_paths.iter().all(|o| o.starts_with('/')),
            "{:?}",
            p.old_paths
        );
        assert!(p.raw_len >= p.body_markdown.len() / 2);
    }
}

// ---------------------------------------------------------------------------------------------
// WordPress

#[test]
fn wordpress_scan_counts() {
    let s = scan_of(Platform::WordPress, &wxr_path());
    assert_eq!(s.site_title, "Peer News");
    assert_eq!(s.base_url, "http://127.0.0.1:8081");
    assert_eq!(s.posts, 48, "47 posts and 1 page");
    assert_eq!(s.attachments.len(), 2);
    assert_eq!(s.categories.len(), 10);
    assert_eq!(s.tags.len(), 78);
    assert_eq!(s.authors.len(), 2);
    assert_eq!(skipped(&s, "comments"), Some(1));
    assert!(s.problems.is_empty(), "{:?}", s.problems);

    let ajara = s
        .categories
        .iter()
        .find(|c| c.slug == "ajara")
        .unwrap_or_else(|| panic!("no ajara"));
    assert_eq!(ajara.name, "Ajara");
    assert_eq!(ajara.parent.as_deref(), Some("region"));
    assert!(
        s.categories
            .iter()
            .any(|c| c.slug == "region" && c.parent.is_none())
    );
    assert!(
        s.tags
            .iter()
            .any(|t| t.slug == "новости" && t.name == "новости")
    );
    assert!(
        s.tags
            .iter()
            .any(|t| t.slug == "coalition-talks" && t.name == "Coalition Talks")
    );

    let olga = s
        .authors
        .iter()
        .find(|a| a.login == "olga")
        .unwrap_or_else(|| panic!("no olga"));
    assert_eq!(olga.name, "Olga Reporter");
    assert_eq!(olga.email, "olga.reporter@example.invalid");
    assert_eq!(olga.source_id, "2");
    assert_eq!(olga.role, "author");

    let harbour = s
        .attachments
        .iter()
        .find(|a| a.source_id == "2005")
        .unwrap_or_else(|| panic!("no attachment 2005"));
    assert_eq!(harbour.image.alt, "Harbour at dusk");
    assert_eq!(
        harbour.image.caption,
        "The rebuilt pier, seen from the breakwater."
    );
    assert_eq!(
        harbour.image.relative_path.as_deref(),
        Some("2025/07/harbour-feature.png")
    );
    assert_eq!(
        harbour.old_paths,
        [
            "/wp-content/uploads/2025/07/harbour-feature.png",
            "/?attachment_id=2005",
            "/fixture-featured-image/harbour-at-dusk/"
        ]
    );
}

#[test]
fn wordpress_posts() {
    let (s, posts) = ok_posts(Platform::WordPress, &wxr_path());
    assert_eq!(posts.len() as u64, s.posts);
    assert_eq!(
        posts.iter().filter(|p| p.kind == PostKind::Post).count(),
        47
    );
    assert_eq!(count(&posts, PostKind::Post, PostStatus::Published), 45);
    assert_eq!(count(&posts, PostKind::Post, PostStatus::Draft), 1);
    assert_eq!(count(&posts, PostKind::Post, PostStatus::Scheduled), 1);
    assert_eq!(posts.iter().filter(|p| p.kind == PostKind::Page).count(), 1);
    common_checks(&posts, "wordpress-uploads");

    let rich = by_slug(&posts, "fixture-rich-html");
    assert_eq!(rich.source_id, "2010");
    assert_eq!(rich.old_paths, ["/fixture-rich-html/", "/?p=2010"]);
    assert!(
        rich.body_markdown.contains("> — Port director"),
        "{}",
        rich.body_markdown
    );
    assert_eq!(rich.authors, ["editor"]);
    assert_eq!(rich.categories, ["economy"]);
    assert_eq!(
        rich.body_images[0].relative_path.as_deref(),
        Some("2025/07/inline-chart.png")
    );

    let page = by_slug(&posts, "fixture-page");
    assert_eq!(
        page.old_paths,
        ["/fixture-page/", "/?p=2009", "/?page_id=2009"]
    );

    let tagged = by_slug(&posts, "fixture-categories-tags");
    assert_eq!(tagged.categories, ["ajara", "politics"]);
    assert_eq!(
        tagged.tags,
        [
            "budget-2026",
            "coalition-talks",
            "elections",
            "government",
            "parliament"
        ]
    );

    let cyrillic = by_slug(&posts, "fixture-cyrillic");
    assert_eq!(cyrillic.tags, ["новости", "мост"]);

    let featured = by_slug(&posts, "fixture-featured-image");
    let image = featured
        .feature_image
        .as_ref()
        .unwrap_or_else(|| panic!("no image"));
    assert_eq!(
        image.url,
        "http://127.0.0.1:8081/wp-content/uploads/2025/07/harbour-feature.png"
    );
    assert_eq!(featured.excerpt, "Fixture: post with a featured image.");

    let draft = by_slug(&posts, "fixture-draft");
    assert_eq!(draft.updated_at, None);
    assert_eq!(draft.old_paths, ["/?p=2007"]);

    let generated = by_slug(&posts, "vienna-exporters-cuts-gas-exports");
    assert_eq!(
        generated.published_at.map(|t| t.to_string()).as_deref(),
        Some("2025-06-24T23:36:19Z")
    );
    assert_eq!(generated.body_markdown.matches("\n\n").count(), 7);
    assert!(
        generated
            .body_markdown
            .contains("\n\n> “Much work remains to be done.”\n\n")
    );
    assert_eq!(generated.raw_len, 2109);
}

// ---------------------------------------------------------------------------------------------
// Ghost

#[test]
fn ghost_scan_counts() {
    let s = scan_of(Platform::Ghost, &ghost_path());
    assert_eq!(s.site_title, "Peer News");
    assert_eq!(s.base_url, "__GHOST_URL__");
    assert_eq!(s.posts, 49, "47 posts and 2 pages");
    assert_eq!(s.tags.len(), 86, "87 tags less the internal #fixture");
    assert!(
        s.tags
            .iter()
            .all(|t| !t.name.starts_with('#') && !t.slug.starts_with("hash-"))
    );
    assert!(s.attachments.is_empty());
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    assert!(
        s.categories
            .iter()
            .any(|c| c.slug == "politics" && c.name == "Politics")
    );
    assert!(s.categories.iter().all(|c| s.tags.contains(c)));

    assert_eq!(s.authors.len(), 2);
    let owner = s
        .authors
        .iter()
        .find(|a| a.login == "editor")
        .unwrap_or_else(|| panic!("no editor"));
    assert_eq!(
        (owner.name.as_str(), owner.role.as_str()),
        ("Editor", "owner")
    );
    let olga = s
        .authors
        .iter()
        .find(|a| a.login == "olga")
        .unwrap_or_else(|| panic!("no olga"));
    assert_eq!(olga.name, "Olga Reporter");
    assert_eq!(olga.role, "author");
    assert_eq!(olga.bio, "Regional reporter (fixture user).");

    assert_eq!(skipped(&s, "newsletters"), Some(1));
    assert_eq!(skipped(&s, "products"), Some(2));
    assert_eq!(skipped(&s, "theme settings"), Some(19));
    assert_eq!(skipped(&s, "settings"), Some(95));
    assert_eq!(
        skipped(&s, "members"),
        None,
        "the export has no members table"
    );

    // Secrets are REDACTED in the fixture; none may come through.
    assert!(!format!("{s:?}").contains("REDACTED"));
}

#[test]
fn ghost_posts() {
    let (s, posts) = ok_posts(Platform::Ghost, &ghost_path());
    assert_eq!(posts.len() as u64, s.posts);
    assert_eq!(
        posts.iter().filter(|p| p.kind == PostKind::Post).count(),
        47
    );
    assert_eq!(count(&posts, PostKind::Post, PostStatus::Published), 45);
    assert_eq!(count(&posts, PostKind::Post, PostStatus::Draft), 1);
    assert_eq!(count(&posts, PostKind::Post, PostStatus::Scheduled), 1);
    assert_eq!(posts.iter().filter(|p| p.kind == PostKind::Page).count(), 2);
    common_checks(&posts, "ghost-images");

    let rich = by_slug(&posts, "fixture-rich-html");
    assert!(rich.old_paths.contains(&"/fixture-rich-html/".to_owned()));
    assert_eq!(
        rich.body_images[0].relative_path.as_deref(),
        Some("2026/11/inline-chart.png")
    );

    let tagged = by_slug(&posts, "fixture-tags");
    assert_eq!(tagged.categories, ["politics"]);
    assert_eq!(tagged.tags.first().map(String::as_str), Some("politics"));
    assert_eq!(tagged.tags.len(), 5, "{:?}", tagged.tags);
    assert!(
        !tagged.tags.iter().any(|t| t.contains("fixture")),
        "{:?}",
        tagged.tags
    );

    let about = by_slug(&posts, "about");
    assert_eq!(about.kind, PostKind::Page);
    assert!(about.body_markdown.contains("### Access all areas"));

    let cyrillic = by_slug(&posts, "fixture-cyrillic");
    assert_eq!(cyrillic.categories, ["novosti"]);
    assert_eq!(cyrillic.tags, ["novosti", "news"]);
    assert!(
        posts
            .iter()
            .all(|p| p.old_paths == [format!("/{}/", p.slug)])
    );
    assert!(!format!("{posts:?}").contains("REDACTED"));
}

// ---------------------------------------------------------------------------------------------
// Broken and unusual input

fn temp_file(name: &str, content: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap_or_else(|e| panic!("write: {e}"));
    (dir, path)
}

const WXR_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Test</title>
<link>https://old.example/</link>
<wp:wxr_version>VERSION</wp:wxr_version>
<wp:base_site_url>https://old.example</wp:base_site_url>
"#;

const WXR_TAIL: &str = "</channel>\n</rss>\n";

fn wxr(version: &str, items: &str) -> String {
    format!("{}{items}{WXR_TAIL}", WXR_HEAD.replace("VERSION", version))
}

fn item(id: &str, title: &str, slug: &str, status: &str, post_type: &str, body: &str) -> String {
    format!(
        r#"<item>
<title><![CDATA[{title}]]></title>
<link>https://old.example/{slug}/</link>
<dc:creator><![CDATA[editor]]></dc:creator>
<content:encoded><![CDATA[{body}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{id}</wp:post_id>
<wp:post_date><![CDATA[2025-01-02 03:04:05]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2025-01-02 03:04:05]]></wp:post_date_gmt>
<wp:post_modified_gmt><![CDATA[2025-01-02 03:04:05]]></wp:post_modified_gmt>
<wp:post_name><![CDATA[{slug}]]></wp:post_name>
<wp:status><![CDATA[{status}]]></wp:status>
<wp:post_type><![CDATA[{post_type}]]></wp:post_type>
</item>
"#
    )
}

fn malformed(result: Result<Scan, PeerError>) -> String {
    match result {
        Err(PeerError::Malformed(m)) => m,
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn truncated_wxr_is_malformed() {
    let full = std::fs::read(wxr_path()).unwrap_or_else(|e| panic!("{e}"));
    // In the middle (inside some element or CDATA), just before `</rss>`, and after the
    // channel's last item.
    let rss_end = full
        .windows(6)
        .rposition(|w| w == b"</rss>")
        .unwrap_or_else(|| panic!("no </rss>"));
    let channel_end = full
        .windows(10)
        .rposition(|w| w == b"</channel>")
        .unwrap_or_else(|| panic!("no </channel>"));
    for cut in [
        full.len() / 2,
        full.len() / 3 + 17,
        rss_end,
        channel_end,
        40,
    ] {
        let (_dir, path) = temp_file("cut.xml", &full[..cut]);
        let message = malformed(scan(Platform::WordPress, &path));
        assert!(message.contains("byte"), "cut at {cut}: {message}");
        assert!(message.contains("line"), "cut at {cut}: {message}");
        // posts() on such a file must not pretend to finish cleanly either.
        let fake = Scan::default();
        let results: Vec<_> = posts(Platform::WordPress, &path, &fake)
            .unwrap_or_else(|e| panic!("{e}"))
            .collect();
        assert!(results.last().is_some_and(Result::is_err), "cut at {cut}");
    }
}

#[test]
fn broken_wxr_is_malformed() {
    let (_dir, path) = temp_file(
        "bad.xml",
        wxr("1.2", "<item><title>a</titel></item>").as_bytes(),
    );
    let message = malformed(scan(Platform::WordPress, &path));
    assert!(message.contains("line 10"), "{message}");
    assert!(message.contains("</titel>"), "{message}");
    let (_dir, path) = temp_file("html.xml", b"<html><body>hello</body></html>");
    malformed(scan(Platform::WordPress, &path));
    let (_dir, path) = temp_file("empty.xml", b"");
    malformed(scan(Platform::WordPress, &path));
    let (_dir, path) = temp_file("nochannel.xml", b"<rss version=\"2.0\"></rss>");
    malformed(scan(Platform::WordPress, &path));
}

#[test]
fn unknown_wxr_version() {
    let (_dir, path) = temp_file("v.xml", wxr("9.9", "").as_bytes());
    match scan(Platform::WordPress, &path) {
        Err(PeerError::Version(m)) => assert!(m.contains("9.9"), "{m}"),
        other => panic!("expected Version, got {other:?}"),
    }
    for ok in ["1.0", "1.1", "1.2"] {
        let (_dir, path) = temp_file("v.xml", wxr(ok, "").as_bytes());
        scan_of(Platform::WordPress, &path);
    }
    let (_dir, path) = temp_file(
        "rss.xml",
        b"<rss version=\"2.0\"><channel><title>Feed</title></channel></rss>",
    );
    assert!(matches!(
        scan(Platform::WordPress, &path),
        Err(PeerError::Version(_))
    ));
}

#[test]
fn wxr_body_over_the_limit() {
    let big = "<p>".to_owned() + &"x".repeat(MAX_BODY) + "</p>";
    let items = item("7", "Huge", "huge-post", "publish", "post", &big)
        + &item("8", "Small", "small", "publish", "post", "<p>ok</p>");
    let (_dir, path) = temp_file("big.xml", wxr("1.2", &items).as_bytes());
    let (s, list) = all(Platform::WordPress, &path);
    assert_eq!(s.posts, 2);
    assert_eq!(s.problems.len(), 1);
    assert_eq!(s.problems[0].record, "post 7 \"huge-post\"");
    assert!(
        s.problems[0].reason.contains("over the limit"),
        "{:?}",
        s.problems
    );
    assert_eq!(list.len(), 2);
    match &list[0] {
        Err(e) => assert_eq!(e.record, "post 7 \"huge-post\""),
        Ok(p) => panic!("took {}", p.slug),
    }
    assert!(list[1].as_ref().is_ok_and(|p| p.body_markdown == "ok"));
}

#[test]
fn wxr_problems_and_fine_records() {
    let items = [
        // A draft with no title and no body is fine.
        item("1", "", "", "draft", "post", ""),
        // Published without a title: a problem.
        item("2", "", "untitled", "publish", "post", "<p>x</p>"),
        // A date that does not parse.
        item("3", "Bad date", "bad-date", "publish", "post", "<p>x</p>")
            .replace("2025-01-02 03:04:05]]></wp:post_date_gmt>", "2025-13-45 99:00:00]]></wp:post_date_gmt>"),
        // No id.
        item("", "No id", "no-id", "publish", "post", "<p>x</p>"),
        // Other types are skipped by name.
        item("5", "Menu", "menu", "publish", "nav_menu_item", ""),
        item("6", "Rev", "rev", "inherit", "revision", ""),
        item("9", "Rev 2", "rev-2", "inherit", "revision", ""),
        // Classic editor: paragraphs from blank lines.
        item("10", "Classic", "%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8", "pending", "page",
             "One\nline two\n\n<h2>Head</h2>\n\nAT&amp;T [caption id=\"attachment_3\"]<img src=\"https://old.example/wp-content/uploads/2024/05/p-300x200.jpg\" alt=\"P\" class=\"wp-image-3\" /> Pier[/caption]"),
    ]
    .concat();
    let (_dir, path) = temp_file("mixed.xml", wxr("1.1", &items).as_bytes());
    let (s, list) = all(Platform::WordPress, &path);
    assert_eq!(s.posts, 5);
    assert_eq!(skipped(&s, "nav_menu_item"), Some(1));
    assert_eq!(skipped(&s, "revision"), Some(2));
    assert_eq!(skipped(&s, "comments"), Some(0));
    let records: Vec<&str> = s.problems.iter().map(|p| p.record.as_str()).collect();
    assert_eq!(
        records,
        [
            "post 2 \"untitled\"",
            "post 3 \"bad-date\"",
            "post without id \"no-id\" (item 4 of the file)"
        ]
    );
    assert!(
        s.problems[1].reason.contains("2025-13-45"),
        "{:?}",
        s.problems[1]
    );

    assert_eq!(list.len(), 5);
    let draft = list[0].as_ref().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((draft.title.as_str(), draft.slug.as_str()), ("", ""));
    assert_eq!(draft.body_markdown, "");
    assert_eq!(draft.status, PostStatus::Draft);
    assert!(list[1].is_err() && list[2].is_err() && list[3].is_err());
    let classic = list[4].as_ref().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(classic.slug, "новости");
    assert_eq!(classic.kind, PostKind::Page);
    assert_eq!(classic.status, PostStatus::Draft);
    assert_eq!(
        classic.body_markdown,
        "One\\\nline two\n\n## Head\n\nAT&T\n\n![P](https://old.example/wp-content/uploads/2024/05/p-300x200.jpg \"Pier\")"
    );
    assert_eq!(
        classic.body_images[0].relative_path.as_deref(),
        Some("2024/05/p-300x200.jpg"),
        "no attachment holds the original, so the sized file stays"
    );
}

#[test]
fn wxr_sized_image_maps_to_the_attachment_original() {
    let attachment = item("3", "Pier", "pier", "inherit", "attachment", "").replace(
        "</item>",
        "<wp:attachment_url><![CDATA[https://old.example/wp-content/uploads/2024/05/p.jpg]]></wp:attachment_url>\n\
         <wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key>\
         <wp:meta_value><![CDATA[2024/05/p.jpg]]></wp:meta_value></wp:postmeta></item>",
    );
    let post = item(
        "4",
        "Post",
        "post",
        "publish",
        "post",
        "<!-- wp:image --><figure><img src=\"https://www.old.example/wp-content/uploads/2024/05/p-300x200.jpg\" class=\"wp-image-3\" alt=\"\"/></figure><!-- /wp:image -->",
    );
    let (_dir, path) = temp_file("sized.xml", wxr("1.2", &(attachment + &post)).as_bytes());
    let (_, list) = all(Platform::WordPress, &path);
    let post = list[0].as_ref().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        post.body_images[0].relative_path.as_deref(),
        Some("2024/05/p.jpg")
    );
    assert_eq!(
        post.body_images[0].url,
        "https://www.old.example/wp-content/uploads/2024/05/p-300x200.jpg"
    );
}

fn ghost_export(version: &str, posts: &str) -> String {
    format!(
        r#"{{"db":[{{"meta":{{"exported_on":1,"version":"{version}"}},"data":{{
  "posts":[{posts}],
  "users":[{{"id":"1","name":"Ed","slug":"ed","password":"REDACTED","email":"e@x"}}],
  "posts_authors":[{{"id":"a","post_id":"p1","author_id":"1","sort_order":0}}],
  "roles":[],"roles_users":[],"tags":[],"posts_tags":[],
  "settings":[{{"key":"title","value":"T"}},{{"key":"db_hash","value":"REDACTED"}}],
  "members":[],"comments":[{{"id":"c"}}]
}}}}]}}"#
    )
}

fn ghost_post(id: &str, slug: &str, status: &str, html: &str, lexical: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"T {id}","slug":"{slug}","html":{html},"lexical":{lexical},"mobiledoc":null,
           "type":"post","status":"{status}","published_at":"2025-07-04 08:00:00","updated_at":null}}"#
    )
}

#[test]
fn ghost_versions() {
    let (_dir, path) = temp_file("g.json", ghost_export("1.0", "").as_bytes());
    match scan(Platform::Ghost, &path) {
        Err(PeerError::Version(m)) => assert!(m.contains("1.0"), "{m}"),
        other => panic!("expected Version, got {other:?}"),
    }
    for ok in ["4.48.9", "5.130.6", "6.0.0"] {
        let (_dir, path) = temp_file("g.json", ghost_export(ok, "").as_bytes());
        scan_of(Platform::Ghost, &path);
    }
}

#[test]
fn truncated_ghost_is_malformed() {
    let full = std::fs::read(ghost_path()).unwrap_or_else(|e| panic!("{e}"));
    for cut in [full.len() / 2, full.len() - 3, 10] {
        let (_dir, path) = temp_file("cut.json", &full[..cut]);
        let message = malformed(scan(Platform::Ghost, &path));
        assert!(
            message.contains("line") && message.contains("column"),
            "{message}"
        );
        assert!(matches!(
            posts(Platform::Ghost, &path, &Scan::default()),
            Err(PeerError::Malformed(_))
        ));
    }
    let (_dir, path) = temp_file("x.json", b"[1, 2]");
    malformed(scan(Platform::Ghost, &path));
    let (_dir, path) = temp_file("y.json", b"{\"hello\": 1}");
    malformed(scan(Platform::Ghost, &path));
}

#[test]
fn ghost_record_problems() {
    let big = format!("\"<p>{}</p>\"", "x".repeat(MAX_BODY));
    let list = [
        ghost_post("p1", "fine", "published", "\"<p>Hi</p>\"", "null"),
        ghost_post(
            "p2",
            "lexical-only",
            "published",
            "null",
            "\"{\\\"root\\\":{}}\"",
        ),
        ghost_post("p3", "huge", "published", &big, "null"),
        ghost_post("p4", "empty-draft", "draft", "null", "null"),
        ghost_post("p5", "newsletter", "sent", "\"<p>mail</p>\"", "null"),
    ]
    .join(",");
    let (_dir, path) = temp_file("g.json", ghost_export("5.1.0", &list).as_bytes());
    let (s, results) = all(Platform::Ghost, &path);
    assert_eq!(s.site_title, "T");
    assert_eq!(s.posts, 4);
    assert_eq!(skipped(&s, "email-only posts"), Some(1));
    assert_eq!(skipped(&s, "members"), Some(0));
    assert_eq!(skipped(&s, "comments"), Some(1));
    assert_eq!(skipped(&s, "settings"), Some(2));
    let problems: Vec<(&str, &str)> = s
        .problems
        .iter()
        .map(|p| (p.record.as_str(), p.reason.as_str()))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        problems[0],
        (
            "post p2 \"lexical-only\"",
            "no rendered HTML in the export (Lexical/mobiledoc only)"
        )
    );
    assert_eq!(problems[1].0, "post p3 \"huge\"");

    assert_eq!(results.len(), 4);
    let fine = results[0].as_ref().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        (fine.body_markdown.as_str(), fine.authors.as_slice()),
        ("Hi", &["ed".to_owned()][..])
    );
    assert!(fine.categories.is_empty() && fine.tags.is_empty());
    assert!(
        results[1]
            .as_ref()
            .is_err_and(|e| e.record == "post p2 \"lexical-only\"")
    );
    assert!(
        results[2]
            .as_ref()
            .is_err_and(|e| e.record == "post p3 \"huge\"")
    );
    let draft = results[3].as_ref().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(draft.body_markdown, "");
    assert!(!format!("{s:?}{results:?}").contains("REDACTED"));
}
