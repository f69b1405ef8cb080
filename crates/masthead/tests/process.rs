//! End-to-end tests of the `masthead` binary as a process: first run interrupted by SIGKILL,
//! graceful shutdown keeping counted views, and the command list.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::json;
use std::process::Command;
use std::time::Duration;
use support::{DESKTOP_UA, Server, TempDir, get, get_ok, post_json, post_links};

/// Bound on each start of the server.
const START_TIMEOUT: Duration = Duration::from_secs(20);

/// The demo's English top story.
const TOP_STORY: &str = "/en/post/new-ferry-line-to-link-baku-and-aktau";

#[test]
fn help_lists_the_commands() {
    let out = Command::new(support::BIN)
        .arg("--help")
        .output()
        .expect("running masthead --help");
    assert!(
        out.status.success(),
        "masthead --help exited with {}",
        out.status
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["serve", "import", "export", "migrate"] {
        let listed = text.lines().any(|l| l.trim_start().starts_with(cmd));
        assert!(
            listed,
            "masthead --help does not list the `{cmd}` command:\n{text}"
        );
    }
}

/// What a started demo site shows: the English home page's article links and the English
/// economy section's article links (with repeats, in order).
#[derive(Debug, PartialEq)]
struct DemoShape {
    home: Vec<String>,
    economy: Vec<String>,
}

fn demo_shape(s: &Server, context: &str) -> DemoShape {
    let (status, _) = get(&s.url("/healthz"));
    assert_eq!(status, 200, "{context}: /healthz answered {status}");
    let (status, home) = get(&s.url("/en/"));
    assert_eq!(status, 200, "{context}: /en/ answered {status}");
    let home = post_links(&home, "/en");
    assert!(
        home.iter().any(|h| h == TOP_STORY),
        "{context}: /en/ does not link the demo's top story {TOP_STORY}; links: {home:?}"
    );
    let economy = post_links(&get_ok(&s.url("/en/category/economy")), "/en");
    DemoShape { home, economy }
}

#[test]
fn first_run_survives_sigkill() {
    // A clean first run: the reference shape and how long the first start takes.
    let clean = TempDir::new("clean-run");
    let mut server = Server::spawn(&clean.join("data"), &clean.join("serve.log"), &[]);
    let first_start = server.wait_ready(START_TIMEOUT);
    let reference = demo_shape(&server, "clean run");
    drop(server);
    assert!(
        !reference.economy.is_empty(),
        "the clean run's /en/category/economy links no article"
    );
    eprintln!(
        "clean first run ready in {first_start:?}; /en/category/economy has {} article links",
        reference.economy.len()
    );

    // Kill at fixed delays and at fractions of the measured first start, so some kills land
    // while the schema or the demo is being written.
    let first_ms = u64::try_from(first_start.as_millis())
        .unwrap_or(u64::MAX)
        .min(5_000);
    let mut delays: Vec<u64> = vec![
        0,
        30,
        80,
        150,
        300,
        first_ms / 4,
        first_ms / 2,
        first_ms * 3 / 4,
    ];
    delays.sort_unstable();
    delays.dedup();

    let mut failures = Vec::new();
    for delay in delays {
        let dir = TempDir::new("killed-run");
        let data = dir.join("data");
        let mut victim = Server::spawn(&data, &dir.join("killed.log"), &[]);
        std::thread::sleep(Duration::from_millis(delay));
        victim.kill_hard();
        drop(victim);
        let stage = killed_stage(&dir.join("killed.log"));

        let result = std::panic::catch_unwind(|| {
            let server = Server::start(&data, &dir.join("restart.log"), &[], START_TIMEOUT);
            demo_shape(&server, &format!("restart after SIGKILL at {delay} ms"))
        });
        match result {
            Ok(shape) if shape == reference => eprintln!("SIGKILL at {delay} ms ({stage}): restart ok"),
            Ok(shape) => failures.push(format!(
                "SIGKILL at {delay} ms ({stage}): the restarted site differs from a clean run\n  \
                 /en/category/economy: {} links (clean: {})\n  economy links: {:?}\n  clean economy: {:?}\n  \
                 /en/ links: {} (clean: {})",
                shape.economy.len(),
                reference.economy.len(),
                shape.economy,
                reference.economy,
                shape.home.len(),
                reference.home.len(),
            )),
            Err(e) => failures.push(format!("SIGKILL at {delay} ms ({stage}): {}", panic_text(&e))),
        }
    }
    assert!(
        failures.is_empty(),
        "first run interrupted by SIGKILL:\n{}",
        failures.join("\n")
    );
}

/// How far a killed first run got, from its log.
fn killed_stage(log: &std::path::Path) -> &'static str {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    if text.contains("Masthead is serving") {
        "killed while serving"
    } else if text.contains("first run: site set up") {
        "killed after the demo was loaded"
    } else if text.contains("applied migration") {
        "killed after the schema, before the demo finished"
    } else {
        "killed before the schema was written"
    }
}

fn panic_text(e: &Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default()
}

/// The `data-article-id` of an article page.
fn article_id(html: &str) -> i64 {
    let ids = support::attr_values(html, "data-article-id");
    let id = ids
        .first()
        .unwrap_or_else(|| panic!("no data-article-id on the article page"));
    id.parse()
        .unwrap_or_else(|e| panic!("data-article-id {id:?} is not a number: {e}"))
}

fn views_of(resp: &(u16, Option<serde_json::Value>), context: &str) -> i64 {
    assert_eq!(
        resp.0, 200,
        "{context}: the beacon answered {} ({:?})",
        resp.0, resp.1
    );
    resp.1
        .as_ref()
        .and_then(|j| j.get("views"))
        .and_then(serde_json::Value::as_i64)
        .unwrap_or_else(|| panic!("{context}: no numeric `views` in {:?}", resp.1))
}

#[test]
fn sigterm_keeps_counted_views() {
    const BOT_UA: &str = "Googlebot/2.1 (+http://www.google.com/bot.html)";
    let dir = TempDir::new("views");
    let data = dir.join("data");
    let flags = ["--view-flush-secs", "3600"];

    let mut server = Server::start(&data, &dir.join("first.log"), &flags, START_TIMEOUT);
    let home = get_ok(&server.url("/en/"));
    let link = post_links(&home, "/en")
        .into_iter()
        .next()
        .expect("an article link on /en/");
    let id = article_id(&get_ok(&server.url(&link)));
    let beacon = server.url(&format!("/api/v1/articles/{id}/views"));
    let body = json!({ "lang": "en" });

    // Seven readers (one reader counts once per article per half hour).
    let mut last: Option<i64> = None;
    for i in 1..=7 {
        let v = views_of(
            &post_json(&beacon, &format!("{DESKTOP_UA} Reader/{i}"), &body),
            &format!("view {i} of article {id}"),
        );
        if let Some(prev) = last {
            assert_eq!(
                v,
                prev + 1,
                "view {i} of article {id}: the count went from {prev} to {v}, not +1"
            );
        }
        last = Some(v);
        if i == 3 {
            let (status, json) = post_json(&beacon, BOT_UA, &body);
            assert_eq!(
                status, 204,
                "a Googlebot beacon answered {status} ({json:?}), not 204"
            );
        }
    }
    let before = last.expect("seven views were counted");
    let (status, json) = post_json(&beacon, BOT_UA, &body);
    assert_eq!(
        status, 204,
        "a Googlebot beacon answered {status} ({json:?}), not 204"
    );

    let exit = server.terminate(Duration::from_secs(15));
    assert!(
        exit.success(),
        "masthead serve exited with {exit} after SIGTERM\n{}",
        support::log_tail(&server.log, 3000)
    );
    drop(server);

    let server = Server::start(&data, &dir.join("second.log"), &flags, START_TIMEOUT);
    let after = views_of(
        &post_json(
            &server.url(&format!("/api/v1/articles/{id}/views")),
            DESKTOP_UA,
            &body,
        ),
        "view after restart",
    );
    assert_eq!(
        after,
        before + 1,
        "after SIGTERM and restart, one more view of article {id} gave {after}; expected {} \
         (the {before} counted before shutdown + 1; fewer means views were lost, more means \
         double-counted or a bot was counted)",
        before + 1
    );
}

/// `masthead` run with arguments and no MASTHEAD_* environment: exit code, stdout, stderr.
fn run_masthead(args: &[&str]) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(support::BIN);
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("MASTHEAD_") {
            cmd.env_remove(k);
        }
    }
    let out = cmd.output().expect("running masthead");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn database_urls_that_cannot_be_served_are_explained() {
    let dir = TempDir::new("schemes");
    let data = dir.join("data");
    let data = data.to_str().unwrap();
    // An unknown scheme is the user's to change (2); a PostgreSQL server that does not answer
    // (nothing listens on port 1) is named without its password (1). Neither panics.
    for (url, code_wanted, says) in [
        (
            "mysql://root@127.0.0.1/test",
            2,
            "unsupported database URL scheme",
        ),
        (
            "postgres://news:pw-not-shown@127.0.0.1:1/news",
            1,
            "postgres://news:***@127.0.0.1:1/news",
        ),
    ] {
        for args in [
            vec![
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--data-dir",
                data,
                "--database-url",
                url,
            ],
            vec!["migrate", "--data-dir", data, "--database-url", url],
        ] {
            let (code, _, err) = run_masthead(&args);
            assert_eq!(code, Some(code_wanted), "{args:?}: {err}");
            assert!(err.contains(says), "{args:?}: {err}");
            assert!(!err.contains("pw-not-shown"), "{err}");
            assert!(!err.contains("panicked"), "{err}");
            assert!(!err.contains("backtrace"), "{err}");
        }
    }
}

#[test]
fn an_import_by_another_process_shows_within_a_second() {
    let dir = TempDir::new("live-import");
    let data = dir.join("data");
    let server = Server::start(&data, &dir.join("serve.log"), &[], START_TIMEOUT);
    let before = get_ok(&server.url("/en/"));
    assert!(!before.contains("Harbour night shift"));
    let file = dir.join("one.jsonl");
    std::fs::write(
        &file,
        r#"{"title":"Harbour night shift","body":"Cranes worked through the night.","section":"economy"}"#,
    )
    .unwrap();
    let (code, out, err) = run_masthead(&[
        "import",
        "jsonl",
        file.to_str().unwrap(),
        "--edition",
        "en",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    let committed = std::time::Instant::now();
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("imported 1 articles"), "{out}");
    loop {
        let home = get_ok(&server.url("/en/"));
        if home.contains("Harbour night shift") {
            break;
        }
        assert!(
            committed.elapsed() < Duration::from_secs(1),
            "an import by another process did not show on the running site within 1 s"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    eprintln!("shown {:?} after the import returned", committed.elapsed());
    assert_eq!(
        get(&server.url("/en/post/harbour-night-shift")).0,
        200,
        "its page is there too"
    );
}

#[test]
fn import_reports_every_bad_line_and_can_skip_them() {
    let dir = TempDir::new("import-lines");
    let data = dir.join("data");
    let file = dir.join("mixed.jsonl");
    let long_title = "x".repeat(372);
    std::fs::write(
        &file,
        format!(
            "{}\n{}\n{}\n{}\n",
            r#"{"doc_id":"a","title":"First good","body":"One."}"#,
            format_args!(r#"{{"doc_id":"b","title":"{long_title}","body":"Two."}}"#),
            "{broken",
            r#"{"doc_id":"c","title":"Second good","body":"Three."}"#,
        ),
    )
    .unwrap();
    let args = |skip: bool| {
        let mut a = vec![
            "import".to_owned(),
            "jsonl".to_owned(),
            file.display().to_string(),
            "--edition".to_owned(),
            "en".to_owned(),
            "--data-dir".to_owned(),
            data.display().to_string(),
        ];
        if skip {
            a.push("--skip-invalid".to_owned());
        }
        a
    };
    let run = |skip: bool| {
        let a = args(skip);
        run_masthead(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let (code, out, err) = run(false);
    assert_eq!(code, Some(1), "{out}{err}");
    for line in [":2:", ":3:"] {
        assert!(
            err.contains(line),
            "every bad line is named ({line}): {err}"
        );
    }
    assert!(err.contains("title"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    let (code, out, err) = run(true);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("imported 2 articles"), "{out}");
    assert!(err.contains(":2: skipped"), "{err}");
    let (code, out, _) = run(true);
    assert_eq!(code, Some(0));
    assert!(
        out.contains("imported 0 articles") && out.contains("2 already there"),
        "a second run adds nothing: {out}"
    );
}
