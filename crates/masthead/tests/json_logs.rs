//! `masthead serve --log-format json` (SPEC O4): every line on standard error is one JSON
//! object, and the lines written while answering a request carry the id its response names in
//! `x-request-id`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::fs::File;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{BIN, TempDir, agent, free_port, log_tail};

/// Kills the server when the test ends, however it ends.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn lines(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The request id of a log line (the `request` span's field), if it has one.
fn request_id(line: &serde_json::Value) -> Option<&str> {
    line["span"]["request_id"].as_str()
}

#[test]
fn json_logs_carry_the_request_id() {
    let dir = TempDir::new("json-logs");
    let port = free_port();
    let stderr = dir.join("stderr.log");
    let stdout = dir.join("stdout.log");
    let mut cmd = Command::new(BIN);
    cmd.args(["serve", "--no-demo", "--addr"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data-dir")
        .arg(dir.join("data"))
        .env("MASTHEAD_LOG_FORMAT", "json")
        // The access line is a debug line; the rest stays at info.
        .env("MASTHEAD_LOG", "info,sqlx=warn,masthead_web=debug")
        .env_remove("MASTHEAD_ADDR")
        .env_remove("MASTHEAD_DATA_DIR")
        .env_remove("MASTHEAD_DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(File::create(&stdout).unwrap())
        .stderr(File::create(&stderr).unwrap());
    let _server = Running(cmd.spawn().unwrap());
    let base = format!("http://127.0.0.1:{port}");

    let start = Instant::now();
    loop {
        if let Ok(r) = agent().get(&format!("{base}/healthz")).call()
            && r.status() == 200
        {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "not ready\n{}",
            log_tail(&stderr, 4000)
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // A 404 (routed), a page the cache holds after its first answer, and a proxy's own id.
    let mut ids = Vec::new();
    for (path, sent) in [
        ("/no/such/page", None),
        ("/", None),
        ("/", None),
        ("/no/such/page", Some("edge-42")),
    ] {
        let mut req = agent().get(&format!("{base}{path}"));
        if let Some(id) = sent {
            req = req.header("x-request-id", id);
        }
        let r = req.call().unwrap();
        let id = r
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{path}: no x-request-id"))
            .to_owned();
        if let Some(sent) = sent {
            assert_eq!(id, sent);
        }
        ids.push(id);
    }

    // The access lines are written as the responses go out; give the writer a moment.
    let deadline = Instant::now() + Duration::from_secs(5);
    let parsed = loop {
        let parsed: Vec<serde_json::Value> = lines(&stderr)
            .iter()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| {
                    panic!(
                        "a log line is not JSON ({e}): {l}\n{}",
                        log_tail(&stderr, 4000)
                    )
                })
            })
            .collect();
        let all_seen = ids
            .iter()
            .all(|id| parsed.iter().any(|l| request_id(l) == Some(id.as_str())));
        if all_seen || Instant::now() > deadline {
            break parsed;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(!parsed.is_empty(), "nothing logged");
    for l in &parsed {
        assert!(l["timestamp"].is_string() && l["level"].is_string(), "{l}");
    }
    for (id, path) in ids.iter().zip(["/no/such/page", "/", "/", "/no/such/page"]) {
        let mine: Vec<&serde_json::Value> = parsed
            .iter()
            .filter(|l| request_id(l) == Some(id))
            .collect();
        assert!(
            !mine.is_empty(),
            "no log line carries {id} ({path})\n{}",
            log_tail(&stderr, 4000)
        );
        for l in &mine {
            assert_eq!(l["span"]["path"], path, "{l}");
        }
        assert!(
            mine.iter()
                .any(|l| l["message"] == "answered" && l["status"].is_u64()),
            "no access line for {id}: {mine:?}"
        );
    }
    // One id per request.
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    // The banner stays on standard output, for people.
    assert!(
        std::fs::read_to_string(&stdout)
            .unwrap()
            .contains("Masthead is serving")
    );
}
