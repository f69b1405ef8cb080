//! `masthead export FILE`: the whole site as Masthead JSON Lines, which `masthead import jsonl`
//! reads back into another data directory. Written from one snapshot while the site may keep
//! serving; an existing file is never overwritten, and a failed export leaves no file.

use crate::built;
use crate::config::StoreArgs;
use anyhow::Context;
use masthead::{Config, Setup};
use masthead_core::Actor;
use masthead_service::export::{ExportError, ExportReport};
use std::io::Write;
use std::path::Path;

/// Runs the export into `file` and prints what it holds.
pub async fn run(file: &Path, store: &StoreArgs) -> anyhow::Result<()> {
    if store.database_url.is_none() && !store.data_dir.join("masthead.db").exists() {
        eprintln!(
            "masthead: no database in {} (is --data-dir right?); nothing to export",
            store.data_dir.display()
        );
        std::process::exit(2);
    }
    let out = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(file)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "masthead: {} exists; an export never overwrites a file",
                file.display()
            );
            std::process::exit(2);
        }
        Err(e) => {
            eprintln!("masthead: {}: {e}", file.display());
            std::process::exit(2);
        }
    };
    let url = store.url_as_is();
    let config = Config {
        setup: Setup::Nothing,
        scheduler: false,
        ..Config::new(url.clone())
    };
    let app = masthead::build(config).await;
    if app.is_err() {
        let _ = std::fs::remove_file(file);
    }
    let app = built(app, &url)?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 20, out);
    let result = app
        .site
        .export_to(&Actor::system("export"), &mut writer)
        .await;
    let synced = match writer.into_inner() {
        Ok(f) => f.sync_all().context("writing the export"),
        Err(e) => Err(e.into_error()).context("writing the export"),
    };
    app.shutdown().await;
    let report = match (result, synced) {
        (Ok(report), Ok(())) => report,
        (Err(e), _) => {
            let _ = std::fs::remove_file(file);
            return Err(match e {
                ExportError::Write(e) => anyhow::Error::new(e).context("writing the export"),
                ExportError::Service(e) => anyhow::Error::new(e).context("reading the site"),
            });
        }
        (Ok(_), Err(e)) => {
            let _ = std::fs::remove_file(file);
            return Err(e);
        }
    };
    let mut stdout = std::io::stdout().lock();
    write!(stdout, "{}", summary(&report, file, store)).context("printing")?;
    Ok(())
}

/// The report as the command prints it.
fn summary(r: &ExportReport, file: &Path, store: &StoreArgs) -> String {
    let n = |k: &str| r.count(k);
    let mut out = format!(
        "exported {} articles ({} revisions), {} pages, {} redirects, {} sections, {} tags, \
         {} authors, {} ads, {} images and the settings to {} ({} lines)\n",
        n("article"),
        n("revision"),
        n("page"),
        n("redirect"),
        n("section"),
        n("tag"),
        n("author"),
        n("ad"),
        n("media"),
        file.display(),
        r.lines
    );
    if n("media") > 0 {
        out.push_str(&format!(
            "the image files are not in the export: copy {} into the new site's data directory \
             (or give it the same --media-url) before importing\n",
            store.data_dir.join("media").display()
        ));
    }
    out
}
