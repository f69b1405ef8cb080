//! `masthead import wordpress|ghost`: moving a site in, with a progress bar (posts, rate, time
//! left) on a terminal and a report at the end (what was imported, updated, left as it was,
//! not imported and why).

use crate::built;
use crate::config::{MediaArgs, StoreArgs};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use masthead::{Config, Setup};
use masthead_core::{Actor, Lang};
use masthead_peers::Platform;
use masthead_service::ServiceError;
use masthead_service::peer_import::{PeerImport, PeerReport};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

/// What `import wordpress` and `import ghost` take.
#[derive(clap::Args)]
pub struct PeerArgs {
    /// The export file (WordPress: Tools › Export › All content; Ghost: Settings › Labs ›
    /// Export content).
    pub file: PathBuf,
    /// The edition the posts belong to (ru, en, hy, az).
    #[arg(long, env = "MASTHEAD_EDITION")]
    pub edition: String,
    /// Import the valid records and report the invalid ones, instead of importing nothing.
    #[arg(long)]
    pub skip_invalid: bool,
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub media: MediaArgs,
}

/// Runs one peer import and prints its report; bad records are listed on stderr.
pub async fn run(platform: Platform, args: PeerArgs, files: Option<PathBuf>) -> anyhow::Result<()> {
    let lang: Lang = args.edition.parse().unwrap_or_else(|e| {
        eprintln!("masthead: --edition: {e}");
        std::process::exit(2);
    });
    if !args.file.is_file() {
        let why = if args.file.is_dir() {
            "a directory, not an export file"
        } else if args.file.exists() {
            "not a regular file"
        } else {
            "no such file"
        };
        eprintln!("masthead: {}: {why}", args.file.display());
        std::process::exit(2);
    }
    if let Some(dir) = &files
        && !dir.is_dir()
    {
        eprintln!("masthead: {}: no such directory", dir.display());
        std::process::exit(2);
    }
    let url = args.store.url().context("creating the data directory")?;
    let config = Config {
        setup: Setup::Empty,
        scheduler: false,
        follow_changes: false,
        media_dir: Some(args.store.data_dir.join("media")),
        media_url: args.media.media_url.clone(),
        ..Config::new(url.clone())
    };
    let app = built(masthead::build(config).await, &url)?;
    let bar = bar("posts");
    let progress = {
        let bar = bar.clone();
        move |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
        }
    };
    let job = PeerImport {
        platform,
        file: args.file.clone(),
        files,
        edition: lang,
        skip_invalid: args.skip_invalid,
    };
    let started = Instant::now();
    let result = app
        .site
        .import_peer(&Actor::system("import"), &job, &progress)
        .await;
    bar.finish_and_clear();
    app.shutdown().await;
    let secs = started.elapsed().as_secs_f64();
    match result {
        Ok(report) => {
            for bad in &report.invalid {
                eprintln!(
                    "{}: skipped {}: {}",
                    args.file.display(),
                    bad.record,
                    bad.reason
                );
            }
            print!("{}", summary(&report, lang, secs));
            Ok(())
        }
        Err(ServiceError::InvalidRecords(records)) => {
            for bad in &records {
                eprintln!("{}: {}: {}", args.file.display(), bad.record, bad.reason);
            }
            eprintln!(
                "masthead: {} invalid records; nothing was imported (use --skip-invalid to import the rest)",
                records.len()
            );
            std::process::exit(1);
        }
        Err(ServiceError::Export(e)) => {
            // What the parser quotes of a file that is not an export may be binary.
            let why: String = e
                .to_string()
                .chars()
                .map(|c| if c.is_control() { '?' } else { c })
                .collect();
            let shown = args.file.display().to_string();
            let why = why
                .strip_prefix(&format!("{shown}: "))
                .map_or(why.clone(), str::to_owned);
            eprintln!("masthead: {shown}: {why}; nothing was imported");
            std::process::exit(1);
        }
        Err(e) => Err(e).context("importing"),
    }
}

/// A progress bar of `what` (rate and time left) on a terminal, hidden otherwise.
pub fn bar(what: &str) -> ProgressBar {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    let template = format!(
        "{{spinner}} importing [{{bar:40}}] {{pos}}/{{len}} {what}, {{per_sec}}, {{eta}} left"
    );
    bar.set_style(
        ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar
}

/// The report as the command prints it.
fn summary(r: &PeerReport, lang: Lang, secs: f64) -> String {
    let mut out = String::new();
    let total = r.posts.imported + r.posts.updated + r.posts.unchanged;
    out.push_str(&format!(
        "posts: {} imported, {} updated, {} unchanged ({} published, {} draft(s), {} scheduled written) into the {lang} edition\n",
        r.posts.imported, r.posts.updated, r.posts.unchanged, r.published, r.drafts, r.scheduled
    ));
    if r.posts.kept > 0 {
        out.push_str(&format!(
            "posts changed at the source but also edited in the newsroom since the last import: {} (left as they are)\n",
            r.posts.kept
        ));
    }
    out.push_str(&format!(
        "pages: {} imported, {} updated, {} unchanged\n",
        r.pages.imported, r.pages.updated, r.pages.unchanged
    ));
    out.push_str(&format!(
        "sections: {} new; tags: {} new; authors: {} new, {} staff accounts without a password (each signs in after `masthead user reset-password EMAIL` gives them a one-time link, or an admin sends one from Staff)\n",
        r.sections, r.tags, r.authors, r.accounts
    ));
    out.push_str(&format!(
        "images: {} copied, {} already there; redirects: {} added or changed\n",
        r.images, r.images_existing, r.redirects
    ));
    let not: Vec<String> = r
        .not_imported
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(what, n)| format!("{n} {what}"))
        .collect();
    if !not.is_empty() {
        out.push_str(&format!(
            "not imported (no place in Masthead): {}\n",
            not.join(", ")
        ));
    }
    if !r.invalid.is_empty() {
        out.push_str(&format!(
            "skipped as invalid: {} (listed above)\n",
            r.invalid.len()
        ));
    }
    out.push_str(&format!(
        "{total} posts in {secs:.1} s ({:.0} posts/s){}\n",
        total as f64 / secs.max(0.001),
        if r.seq > 0 {
            format!("; change log at {}", r.seq)
        } else {
            "; nothing written".to_owned()
        }
    ));
    out
}
