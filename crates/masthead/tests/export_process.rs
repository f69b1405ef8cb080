//! `masthead export FILE` and `masthead import jsonl FILE` as a person runs them: the export
//! of one data directory is imported into another (no `--edition` needed), a second import
//! adds nothing, an existing file is never overwritten, and a cut file is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Command;
use support::TempDir;

fn masthead(args: &[&str]) -> (Option<i32>, String, String) {
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
fn a_site_moves_to_another_data_directory() {
    let dir = TempDir::new("export");
    let (old, new, lines, file) = (
        dir.join("old"),
        dir.join("new"),
        dir.join("articles.jsonl"),
        dir.join("site.jsonl"),
    );
    std::fs::write(
        &lines,
        concat!(
            r#"{"doc_id":"a","title":"Harbour cranes arrive","body":"Two cranes.\n\nMore.","section":"economy","tags":["Port"],"author":"Ann Lee","published_at":"2026-03-04T10:00:00Z"}"#,
            "\n",
            r#"{"doc_id":"b","title":"Ferry timetable","body":"Daily."}"#,
            "\n"
        ),
    )
    .unwrap();
    let s = |p: &std::path::Path| p.display().to_string();
    let (code, out, err) = masthead(&[
        "import",
        "jsonl",
        &s(&lines),
        "--edition",
        "en",
        "--data-dir",
        &s(&old),
    ]);
    assert_eq!(code, Some(0), "{out}{err}");
    let (code, out, err) = masthead(&["export", &s(&file), "--data-dir", &s(&old)]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("exported 2 articles"), "{out}");
    // Never over an existing file.
    let (code, _, err) = masthead(&["export", &s(&file), "--data-dir", &s(&old)]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("exists"), "{err}");
    let (code, out, err) = masthead(&["import", "jsonl", &s(&file), "--data-dir", &s(&new)]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("imported 2 articles"), "{out}");
    let (code, out, err) = masthead(&["import", "jsonl", &s(&file), "--data-dir", &s(&new)]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("imported 0 articles"), "{out}");
    assert!(out.contains("nothing written"), "{out}");
    // The same records, read back from the new directory.
    let again = dir.join("again.jsonl");
    let (code, out, err) = masthead(&["export", &s(&again), "--data-dir", &s(&new)]);
    assert_eq!(code, Some(0), "{out}{err}");
    let articles = |p: &std::path::Path| -> Vec<String> {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with(r#"{"type":"article""#))
            .map(|l| {
                // The import keeps each article's source key, or gives it `export:{id}`.
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["source_key"] = serde_json::Value::Null;
                v.to_string()
            })
            .collect()
    };
    assert_eq!(articles(&again), articles(&file));
    // A file cut short is refused whole.
    let text = std::fs::read_to_string(&file).unwrap();
    let cut = dir.join("cut.jsonl");
    std::fs::write(&cut, &text[..text.trim_end().rfind('\n').unwrap() + 1]).unwrap();
    let (code, _, err) = masthead(&[
        "import",
        "jsonl",
        &s(&cut),
        "--data-dir",
        &s(&dir.join("third")),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("cut short"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
}
