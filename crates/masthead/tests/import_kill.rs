//! SPEC B3 for imports: `masthead import wordpress` killed with SIGKILL in the middle leaves
//! whole batches only, and the next run completes it: the result is the same as one clean
//! run (the same articles with the same slugs, titles and states, the same redirects, each
//! record once).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use jiff::Timestamp;
use masthead_core::{ArticleFilter, Lang};
use masthead_store::DynStore;
use masthead_store_sqlite::SqliteStore;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{BIN, TempDir};

/// A WXR 1.2 file of `n` published posts over a few categories and tags.
fn write_wxr(path: &Path, n: usize) {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" ?>"#,
        "\n<rss version=\"2.0\" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" ",
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" ",
        "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ",
        "xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<title>Kill test</title>\n",
        "<link>http://old.example</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n",
        "<wp:base_site_url>http://old.example</wp:base_site_url>\n",
        "<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[desk]]></wp:author_login>",
        "<wp:author_email><![CDATA[desk@old.example]]></wp:author_email>",
        "<wp:author_display_name><![CDATA[News Desk]]></wp:author_display_name></wp:author>\n",
    ));
    for c in ["politics", "economy", "sport"] {
        let _ = writeln!(
            out,
            "<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[{c}]]></wp:category_nicename>\
             <wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[{c}]]></wp:cat_name></wp:category>"
        );
    }
    for i in 1..=n {
        let cat = ["politics", "economy", "sport"][i % 3];
        let _ = writeln!(
            out,
            "<item><title><![CDATA[Generated story number {i}]]></title>\
             <link>http://old.example/2025/06/story-{i}/</link>\
             <dc:creator><![CDATA[desk]]></dc:creator>\
             <content:encoded><![CDATA[<!-- wp:paragraph --><p>First paragraph of story {i} with <strong>bold</strong> text.</p><!-- /wp:paragraph -->\
             <h2>Details</h2><p>The council met on day {i} and agreed on a plan for the harbour, the roads and the schools.</p>\
             <ul><li>One</li><li>Two</li></ul>]]></content:encoded>\
             <excerpt:encoded><![CDATA[Summary of story {i}.]]></excerpt:encoded>\
             <wp:post_id>{}</wp:post_id>\
             <wp:post_date><![CDATA[2025-06-01 08:00:00]]></wp:post_date>\
             <wp:post_date_gmt><![CDATA[2025-06-{:02} {:02}:{:02}:00]]></wp:post_date_gmt>\
             <wp:post_modified_gmt><![CDATA[2025-06-29 08:00:00]]></wp:post_modified_gmt>\
             <wp:post_name><![CDATA[story-{i}]]></wp:post_name>\
             <wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent>\
             <wp:post_type><![CDATA[post]]></wp:post_type>\
             <category domain=\"category\" nicename=\"{cat}\"><![CDATA[{cat}]]></category>\
             <category domain=\"post_tag\" nicename=\"tag-{}\"><![CDATA[tag {}]]></category></item>",
            1000 + i,
            1 + i % 28,
            i % 24,
            i % 60,
            i % 50,
            i % 50,
        );
    }
    out.push_str("</channel>\n</rss>\n");
    std::fs::write(path, out).unwrap();
}

fn import(wxr: &Path, data_dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(["import", "wordpress"])
        .arg(wxr)
        .args(["--edition", "en", "--data-dir"])
        .arg(data_dir)
        .env_remove("MASTHEAD_DATABASE_URL")
        .env_remove("MASTHEAD_DATA_DIR")
        .env_remove("MASTHEAD_EDITION")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// What the data directory holds: every article's (slug, title, status) and every redirect.
async fn contents(data_dir: &Path) -> (Vec<String>, Vec<String>) {
    let url = format!("sqlite://{}", data_dir.join("masthead.db").display());
    let store: DynStore = Arc::new(SqliteStore::open(&url).await.unwrap());
    let filter = ArticleFilter {
        edition: Some(Lang::En),
        ..ArticleFilter::default()
    };
    let far = Timestamp::from_second(4_000_000_000).unwrap();
    let mut articles: Vec<String> = store
        .list(&filter, far, 100_000, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|a| format!("{} {} {:?}", a.slug, a.title, a.published_at))
        .collect();
    articles.sort();
    let (redirects, _) = store.redirects("", 100_000, 0).await.unwrap();
    let mut redirects: Vec<String> = redirects
        .into_iter()
        .map(|r| format!("{} -> {}", r.from_path, r.to_path))
        .collect();
    redirects.sort();
    store.close().await;
    (articles, redirects)
}

#[test]
fn a_killed_import_is_completed_by_the_next_run() {
    let dir = TempDir::new("import-kill");
    let wxr = dir.join("site.xml");
    let n = 6000;
    write_wxr(&wxr, n);

    let clean = dir.join("clean");
    let started = Instant::now();
    let out = import(&wxr, &clean).output().unwrap();
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    let expected = rt.block_on(contents(&clean));
    assert_eq!(expected.0.len(), n);
    assert_eq!(expected.1.len(), 2 * n, "a permalink and ?p=ID per post");

    // Kill at several moments of the run, and once right after the first batch is written
    // (told by the import's debug log, so that one kill surely lands between batches); each
    // time the next run completes it.
    let mut partial = Vec::new();
    for fraction in [0.3, 0.6, 0.85, -1.0] {
        let killed = dir.join(&format!("killed-{fraction}"));
        if fraction < 0.0 {
            let mut child = import(&wxr, &killed)
                .env("MASTHEAD_LOG", "warn,masthead_service::peer_import=debug")
                .spawn()
                .unwrap();
            let stderr = child.stderr.take().unwrap();
            for line in std::io::BufRead::lines(std::io::BufReader::new(stderr)) {
                if line.unwrap_or_default().contains("import: batch written") {
                    break;
                }
            }
            let _ = child.kill();
            let _ = child.wait();
        } else {
            let mut child = import(&wxr, &killed).spawn().unwrap();
            std::thread::sleep(took.mul_f64(fraction).max(Duration::from_millis(50)));
            let _ = child.kill();
            let _ = child.wait();
        }
        if killed.join("masthead.db").exists() {
            partial.push(rt.block_on(contents(&killed)).0.len());
        }
        let out = import(&wxr, &killed).output().unwrap();
        assert!(
            out.status.success(),
            "rerun after a kill at {fraction}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got = rt.block_on(contents(&killed));
        assert_eq!(got.0.len(), n, "kill at {fraction}");
        assert!(
            got.0 == expected.0,
            "articles differ after a kill at {fraction}"
        );
        assert!(
            got.1 == expected.1,
            "redirects differ after a kill at {fraction}"
        );
        // And a third run finds nothing to do.
        let out = import(&wxr, &killed).output().unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            report.contains(&format!("0 imported, 0 updated, {n} unchanged")),
            "{report}"
        );
    }
    // At least one kill landed while posts were being written (not before, not after).
    assert!(
        partial.iter().any(|&k| k > 0 && k < n),
        "no kill landed mid-import: {partial:?} of {n}"
    );
}
