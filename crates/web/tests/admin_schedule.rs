//! The scheduler (SPEC N4): scheduled articles publish themselves at their time while the
//! server runs, and what fell due while it was stopped is published at the next start, once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use jiff::{SignedDuration, Timestamp};
use masthead_core::{Role, Status};
use std::time::Duration;
use support::TestApp;

fn file_config(dir: &tempfile::TempDir) -> masthead::Config {
    masthead::Config {
        database_url: format!("sqlite://{}", dir.path().join("m.db").display()),
        ..TestApp::config()
    }
}

/// How many audit entries say the scheduler published article `id`.
async fn scheduled_publishes(app: &TestApp, id: i64) -> usize {
    let mut admin = app.signed_in(Role::Admin).await;
    let page = admin
        .get("/admin/audit?action=article_status_changed")
        .await
        .text();
    page.matches(&format!("article:{id}")).count()
}

#[tokio::test]
async fn a_scheduled_article_publishes_itself_while_the_server_runs() {
    let app = TestApp::new().await;
    let at = Timestamp::now() + SignedDuration::from_millis(1200);
    let id = app
        .article_by(
            &TestApp::actor(),
            "Timed story",
            "timed-story",
            Status::Scheduled,
            Some(at),
        )
        .await;
    assert_eq!(app.get("/en/post/timed-story").await.status, 404);
    let mut published = false;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let a = app.site.article_by_id(id).await.unwrap().unwrap();
        if a.status == Status::Published {
            assert_eq!(a.published_at.map(|t| t.as_second()), Some(at.as_second()));
            published = true;
            break;
        }
    }
    assert!(published, "published within 4 s of a 1.2 s schedule");
    app.settle().await;
    assert_eq!(app.get("/en/post/timed-story").await.status, 200);
    assert!(
        app.get("/en/")
            .await
            .text()
            .contains("/en/post/timed-story")
    );
}

#[tokio::test]
async fn what_fell_due_while_stopped_is_published_at_start_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let at = Timestamp::now() + SignedDuration::from_millis(800);
    let id = {
        let app = TestApp::with_config(masthead::Config {
            scheduler: false,
            ..file_config(&dir)
        })
        .await;
        app.article_by(
            &TestApp::actor(),
            "Overnight story",
            "overnight",
            Status::Scheduled,
            Some(at),
        )
        .await
    };
    // The server is down when the time comes.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let app = TestApp::with_config(file_config(&dir)).await;
    let a = app.site.article_by_id(id).await.unwrap().unwrap();
    assert_eq!(
        a.status,
        Status::Published,
        "published before the first request"
    );
    assert_eq!(a.published_at.map(|t| t.as_second()), Some(at.as_second()));
    assert_eq!(app.get("/en/post/overnight").await.status, 200);
    drop(app);
    // Starting again (and the running scheduler's ticks) publish nothing twice.
    let app = TestApp::with_config(file_config(&dir)).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(scheduled_publishes(&app, id).await, 1);
}
