//! The search index as a process keeps it: resumed after a restart (articles imported while the
//! server was down are found without a rebuild), rebuilt in the background when its directory
//! is damaged while the site keeps answering, and rebuilt on demand by `masthead reindex`
//! (refused while a server holds the index).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Command;
use std::time::{Duration, Instant};
use support::{Server, TempDir, get, log_tail};

const START_TIMEOUT: Duration = Duration::from_secs(20);

/// The API's answer for `q` in English: status and total (0 while rebuilding).
fn search(s: &Server, q: &str) -> (u16, String, u64) {
    let (status, body) = get(&s.url(&format!("/api/v1/search?lang=en&q={q}")));
    let v: serde_json::Value =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body:.300}"));
    (
        status,
        v["status"].as_str().unwrap_or_default().to_owned(),
        v["total"].as_u64().unwrap_or(0),
    )
}

/// Polls until `q` finds at least one article; every answer on the way must be a 200.
fn wait_found(s: &Server, q: &str, limit: Duration) -> u64 {
    let started = Instant::now();
    loop {
        let (status, state, total) = search(s, q);
        assert_eq!(
            status,
            200,
            "search answered {status}\n{}",
            log_tail(&s.log, 3000)
        );
        if state == "ok" && total > 0 {
            return total;
        }
        assert!(
            started.elapsed() < limit,
            "`{q}` not found within {limit:?} (last: {state} {total})\n{}",
            log_tail(&s.log, 3000)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn masthead(args: &[&str]) -> std::process::Output {
    Command::new(support::BIN)
        .args(args)
        .env_remove("MASTHEAD_DATA_DIR")
        .env_remove("MASTHEAD_DATABASE_URL")
        .output()
        .expect("running masthead")
}

#[test]
fn the_index_resumes_after_a_restart_and_is_rebuilt_when_damaged() {
    let dir = TempDir::new("search-restart");
    let data = dir.join("data");
    let data_s = data.to_str().unwrap();
    let mut s = Server::start(&data, &dir.join("serve1.log"), &[], START_TIMEOUT);
    wait_found(&s, "ferry", Duration::from_secs(20));
    s.terminate(Duration::from_secs(20));

    // Imported while the server is down: the next start applies the change log from where the
    // index's last commit ended, without a rebuild.
    let file = dir.join("new.jsonl");
    std::fs::write(
        &file,
        "{\"title\": \"Zeppelin festival opens\", \"body\": \"Airships over the bay.\"}\n",
    )
    .unwrap();
    let out = masthead(&[
        "import",
        "jsonl",
        file.to_str().unwrap(),
        "--edition",
        "en",
        "--data-dir",
        data_s,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut s = Server::start(&data, &dir.join("serve2.log"), &[], START_TIMEOUT);
    wait_found(&s, "zeppelins", Duration::from_secs(5));
    let log = std::fs::read_to_string(&s.log).unwrap();
    assert!(
        !log.contains("search index rebuilt"),
        "resumed, not rebuilt:\n{log}"
    );

    // `reindex` is refused while the server holds the index.
    let out = masthead(&["reindex", "--data-dir", data_s]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("in use"), "{err}");
    s.terminate(Duration::from_secs(20));

    // A damaged index: the site serves at once and search answers (rebuilding, then results).
    std::fs::write(data.join("search/meta.json"), b"{ torn").unwrap();
    let mut s = Server::start(&data, &dir.join("serve3.log"), &[], START_TIMEOUT);
    let (status, _, _) = search(&s, "ferry");
    assert_eq!(status, 200);
    let (status, page) = get(&s.url("/en/search?q=ferry"));
    assert_eq!(status, 200, "{page:.300}");
    wait_found(&s, "zeppelin", Duration::from_secs(20));
    wait_found(&s, "ferry", Duration::from_secs(5));
    s.terminate(Duration::from_secs(20));

    // And on demand, with a report.
    let out = masthead(&["reindex", "--data-dir", data_s]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("indexed ") && text.contains(" articles in "),
        "{text}"
    );
    let mut s = Server::start(&data, &dir.join("serve4.log"), &[], START_TIMEOUT);
    wait_found(&s, "zeppelin", Duration::from_secs(5));
    s.terminate(Duration::from_secs(20));
}
