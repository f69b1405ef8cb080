//! `masthead reindex`: builds the search index anew from the database into the data
//! directory's `search/`, with a progress bar (articles, rate, time left) on a terminal, then
//! prints what it did. The index is locked while a server runs; the command then says so.

use crate::built;
use crate::config::StoreArgs;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use masthead::{Config, Setup};
use masthead_search::{TantivyIndex, WriterOptions};
use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Instant;

/// Two indexing threads and 400 MB for documents in flight: a rebuild runs alone.
const REBUILD_WRITER: WriterOptions = WriterOptions {
    threads: 2,
    heap_bytes: 400_000_000,
};

pub async fn run(store: &StoreArgs) -> anyhow::Result<()> {
    // A mistyped directory must not become a new, empty site with an empty index.
    if store.database_url.is_none() && !store.data_dir.join("masthead.db").exists() {
        eprintln!(
            "masthead: no database in {} (is --data-dir right?); nothing to index",
            store.data_dir.display()
        );
        std::process::exit(2);
    }
    let url = store.url().context("creating the data directory")?;
    let dir = store.data_dir.join("search");
    let config = Config {
        setup: Setup::Nothing,
        scheduler: false,
        ..Config::new(url.clone())
    };
    let app = built(masthead::build(config).await, &url)?;
    let opened = match TantivyIndex::open(&dir, REBUILD_WRITER) {
        Ok(o) => o,
        Err(e) => {
            app.shutdown().await;
            let msg = e.to_string();
            if msg.contains("lock") || msg.contains("Lock") {
                eprintln!(
                    "masthead: the search index in {} is in use (is `masthead serve` running on this data directory? stop it first)",
                    dir.display()
                );
            } else {
                eprintln!(
                    "masthead: cannot open the search index in {}: {msg}",
                    dir.display()
                );
            }
            std::process::exit(1);
        }
    };
    app.site.set_search_index(Arc::new(opened.index));
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} indexing [{bar:40}] {pos}/{len} articles, {eta} left",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let started = Instant::now();
    let progress = {
        let bar = bar.clone();
        move |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
        }
    };
    let result = app.site.rebuild_search(&progress).await;
    bar.finish_and_clear();
    app.shutdown().await;
    let n = result.context("rebuilding the search index")?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "indexed {n} articles in {secs:.1} s ({:.0} articles/s) into {}",
        n as f64 / secs.max(0.001),
        dir.display()
    );
    Ok(())
}
