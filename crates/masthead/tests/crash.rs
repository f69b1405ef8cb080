//! SPEC B3: a kill -9 at any moment of a save leaves the old version or the new one, never
//! half of either, and the history agrees with what is live. A child process (this test binary
//! run again, in its writer role) saves one article in a tight loop, alternating two large
//! bodies; the parent kills it at varied moments and checks the database each time.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead::{Config, Setup};
use masthead_core::{Actor, ArticleContent, Flags, Lang, NewArticle, Status};
use std::process::{Command, Stdio};
use std::time::Duration;
use support::TempDir;

const DB_ENV: &str = "MASTHEAD_CRASH_TEST_DB";
const ID_ENV: &str = "MASTHEAD_CRASH_TEST_ID";

fn body(letter: char) -> String {
    // ~300 KB: a save takes long enough that a kill often lands inside it.
    format!("{}\n\nend {letter}", letter.to_string().repeat(300_000))
}

fn content(letter: char) -> ArticleContent {
    ArticleContent {
        slug: "crash-story".into(),
        title: format!("Crash story {letter}"),
        lead: String::new(),
        body_md: body(letter),
        body_html: String::new(),
        section_slug: "economy".into(),
        tag_slugs: vec![],
        author_slug: None,
        coauthor_slugs: vec![],
        flags: Flags::default(),
        source: None,
        cover: None,
        seo: Default::default(),
    }
}

fn config(db: &str, setup: Setup) -> Config {
    Config {
        setup,
        scheduler: false,
        page_cache_bytes: 0,
        ..Config::new(db.to_owned())
    }
}

/// The writer role: saves until killed. Does nothing in a normal test run.
#[test]
fn crash_writer_role() {
    let (Ok(db), Ok(id)) = (std::env::var(DB_ENV), std::env::var(ID_ENV)) else {
        return;
    };
    let id: i64 = id.parse().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let app = masthead::build(config(&db, Setup::Nothing)).await.unwrap();
        let actor = Actor::system("crash-test");
        let mut rev = app.site.article_by_id(id).await.unwrap().unwrap().revision;
        let mut letter = 'B';
        loop {
            let w = app
                .site
                .update_article(&actor, id, rev, content(letter))
                .await
                .unwrap();
            rev = w.revision;
            letter = if letter == 'A' { 'B' } else { 'A' };
        }
    });
}

#[test]
fn a_kill_during_saves_leaves_one_whole_version() {
    let dir = TempDir::new("crash");
    let db = format!("sqlite://{}", dir.join("masthead.db").display());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let id = rt.block_on(async {
        let app = masthead::build(config(&db, Setup::Demo)).await.unwrap();
        let w = app
            .site
            .create_article(
                &Actor::system("crash-test"),
                NewArticle {
                    edition: Lang::En,
                    content: content('A'),
                    status: Status::Draft,
                    published_at: None,
                    translation_key: None,
                    views: 0,
                    old_slugs: vec![],
                    source_key: None,
                },
            )
            .await
            .unwrap();
        app.shutdown().await;
        w.id
    });
    let me = std::env::current_exe().unwrap();
    let mut saves_seen = Vec::new();
    for (round, wait_ms) in [350u64, 520, 780, 1_030].into_iter().enumerate() {
        let mut child = Command::new(&me)
            .args([
                "crash_writer_role",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DB_ENV, &db)
            .env(ID_ENV, id.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait_ms));
        // SIGKILL: no destructor, no rollback, no checkpoint.
        child.kill().unwrap();
        child.wait().unwrap();
        rt.block_on(async {
            let app = masthead::build(config(&db, Setup::Nothing)).await.unwrap();
            let a = app
                .site
                .article_by_id(id)
                .await
                .unwrap()
                .expect("the article survives");
            let letter = if a.body_md == body('A') {
                'A'
            } else if a.body_md == body('B') {
                'B'
            } else {
                panic!(
                    "round {round}: a half-saved body ({} bytes)",
                    a.body_md.len()
                );
            };
            assert_eq!(a.title, format!("Crash story {letter}"), "round {round}");
            assert!(
                a.body_html.starts_with(&format!("<p>{letter}")),
                "round {round}: HTML of the same save"
            );
            // The history has the row of exactly the live revision, and none beyond it.
            let rows = app.site.history_rows(id).await.unwrap();
            assert_eq!(
                rows.first().map(|r| r.revision),
                Some(a.revision),
                "round {round}: the newest history row is the live revision"
            );
            saves_seen.push(a.revision);
            app.shutdown().await;
        });
    }
    assert!(
        saves_seen.last() > saves_seen.first(),
        "the writer saved between kills: {saves_seen:?}"
    );
}
