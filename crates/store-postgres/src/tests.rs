//! The conformance kit on PostgreSQL, one fresh schema per case. Runs when
//! `MASTHEAD_TEST_POSTGRES_URL` names a server (CI sets it); skipped with a note otherwise.

use super::*;
use masthead_store::DynStore;
use std::sync::atomic::{AtomicU32, Ordering};

/// The test server's URL, or `None` (the test says it was skipped).
pub(crate) fn test_url() -> Option<String> {
    match std::env::var("MASTHEAD_TEST_POSTGRES_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            eprintln!("MASTHEAD_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
            None
        }
    }
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A fresh migrated store in a schema of its own, `mh_t{pid}_{n}`. Schemas of test processes
/// that are gone are dropped first, so failed runs do not pile up.
pub(crate) async fn fresh(url: &str) -> PgStore {
    let admin = PgPool::connect(url).await.unwrap_or_else(|e| panic!("{e}"));
    let old: Vec<String> = sqlx::query_scalar(
        "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'mh\\_t%\\_%'",
    )
    .fetch_all(&admin)
    .await
    .unwrap_or_default();
    for schema in old {
        let pid = schema
            .trim_start_matches("mh_t")
            .split('_')
            .next()
            .and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|p| {
            p != std::process::id() && !std::path::Path::new(&format!("/proc/{p}")).exists()
        }) {
            let _ = sqlx::raw_sql(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                .execute(&admin)
                .await;
        }
    }
    let schema = format!(
        "mh_t{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    sqlx::raw_sql(&format!(
        "DROP SCHEMA IF EXISTS \"{schema}\" CASCADE; CREATE SCHEMA \"{schema}\""
    ))
    .execute(&admin)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    admin.close().await;
    let options = PgConnectOptions::from_str(url)
        .unwrap_or_else(|e| panic!("{e}"))
        .options([("search_path", schema.as_str())]);
    let store = PgStore::connect_with(options)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    store.migrate().await.unwrap_or_else(|e| panic!("{e}"));
    store
}

#[test]
fn migrations_match_the_sqlite_backend() {
    // Same numbers and names in the same order: a node on either backend is at the same
    // schema version after the same release.
    let pg: Vec<(i64, &str)> = MIGRATIONS.iter().map(|(v, n, _)| (*v, *n)).collect();
    let sqlite: Vec<(i64, &str)> = masthead_store_sqlite::MIGRATIONS
        .iter()
        .map(|(v, n, _)| (*v, *n))
        .collect();
    assert_eq!(pg, sqlite);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conformance() {
    let Some(url) = test_url() else { return };
    // Every case runs, and the failures are listed together.
    let mut failed = Vec::new();
    for (name, case) in masthead_store::conformance::CASES {
        let store: DynStore = Arc::new(fresh(&url).await);
        if tokio::spawn(case(store)).await.is_err() {
            failed.push(*name);
        }
    }
    assert!(
        failed.is_empty(),
        "conformance cases failed on PostgreSQL: {failed:?}"
    );
}

#[tokio::test]
async fn migrating_twice_applies_nothing_the_second_time() {
    let Some(url) = test_url() else { return };
    let store = fresh(&url).await;
    assert_eq!(store.migrate().await.unwrap_or_else(|e| panic!("{e}")), 0);
    let applied = store
        .applied_migrations()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(applied.len(), MIGRATIONS.len());
    let expected: Vec<(i64, String)> = MIGRATIONS
        .iter()
        .map(|(v, n, _)| (*v, (*n).to_owned()))
        .collect();
    assert_eq!(applied, expected);
}

#[tokio::test]
async fn an_unreachable_server_is_unavailable_and_the_password_is_not_shown() {
    let e = PgStore::open("postgres://someone:s3cret-pw@127.0.0.1:1/nowhere")
        .await
        .err()
        .unwrap_or_else(|| panic!("port 1 answered"));
    let text = format!("{e} {e:?}");
    assert!(!text.contains("s3cret-pw"), "{text}");
    assert!(matches!(e, StoreError::Unavailable(_)), "{e:?}");
}
