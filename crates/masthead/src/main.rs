//! The `masthead` binary: commands and configuration. The application itself is built by the
//! library half of this crate (`masthead::build`).

mod config;
mod export;
mod import;
mod reindex;
mod serve;
mod user;

/// mimalloc for Rust and, through its `override` feature, for the embedded SQLite's C code
/// too: the many small allocations of rendering and of SQLite statements, from several threads,
/// were a quarter of the time of an uncached page with glibc's allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::{StoreArgs, redact};
use masthead::{App, Config, Setup};
use masthead_core::{Actor, Lang};

#[derive(Parser)]
#[command(
    name = "masthead",
    version,
    about = "Masthead: a multilingual news site, newsroom and content API in one binary"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the site; on an empty data directory, create it and load the demo content.
    Serve(serve::ServeArgs),
    /// Import articles.
    Import {
        #[command(subcommand)]
        format: ImportFormat,
    },
    /// Staff accounts: add, list, disable, enable, set-role, reset-password.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
    /// Rebuild the search index from the database (stop the server first), with a progress
    /// bar on a terminal.
    Reindex {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Create or upgrade the database schema, then exit.
    Migrate {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Write the whole site (articles with their history, translations, taxonomy, pages,
    /// redirects, settings, ads, the media library's records) to FILE as Masthead JSON Lines,
    /// which `import jsonl` reads back into another data directory. Image files stay in the
    /// media directory: copy it beside the new site's data. Never overwrites FILE.
    Export {
        /// The new file to write.
        file: std::path::PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Write a consistent copy of the SQLite database to FILE while the site keeps serving
    /// (VACUUM INTO). On PostgreSQL use pg_dump (see the README).
    Backup {
        /// The new file to write; an existing file is never overwritten.
        file: std::path::PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Subcommand)]
enum ImportFormat {
    /// Masthead JSON Lines: one article a line (title, body, lead, section, tags, published_at,
    /// source_name, source_url, kicker, author, id or doc_id), or a whole site written by
    /// `masthead export` (every edition; --edition is not needed). Records already imported
    /// (same id, else source URL, else title and body) are left alone.
    Jsonl {
        file: std::path::PathBuf,
        /// The edition the articles belong to (ru, en, hy, az); not used for an export file.
        #[arg(long, env = "MASTHEAD_EDITION")]
        edition: Option<String>,
        /// Import the valid lines and report the invalid ones, instead of importing nothing.
        #[arg(long)]
        skip_invalid: bool,
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        media: config::MediaArgs,
    },
    /// A WordPress export (WXR 1.0–1.2, Tools › Export › All content): posts, pages, authors,
    /// categories, tags, featured and inline images, old addresses as redirects. Running it
    /// again adds nothing and updates what changed.
    Wordpress {
        #[command(flatten)]
        peer: import::PeerArgs,
        /// The site's wp-content/uploads directory, to copy the images from.
        #[arg(long)]
        uploads: Option<std::path::PathBuf>,
    },
    /// A Ghost JSON export (Ghost 4–6, Settings › Labs › Export content): posts and pages
    /// (Lexical or mobiledoc, read from the HTML Ghost renders), authors, tags (the primary tag
    /// as section), featured images, old addresses. Running it again adds nothing and updates
    /// what changed.
    Ghost {
        #[command(flatten)]
        peer: import::PeerArgs,
        /// The site's content/images directory, to copy the images from.
        #[arg(long)]
        images: Option<std::path::PathBuf>,
    },
}

/// A built application, or the error explained with the exit code it calls for.
pub(crate) fn built(
    result: Result<App, masthead::build::BuildError>,
    url: &str,
) -> anyhow::Result<App> {
    result.map_err(|e| {
        let shown = redact(url);
        // The database is named for database errors only (a media or template error is not
        // the database's), and only once.
        let about_database = matches!(e, masthead::build::BuildError::Open(_));
        if !about_database || e.to_string().contains(&shown) {
            eprintln!("masthead: {e}");
        } else {
            eprintln!("masthead: {e} ({shown})");
        }
        std::process::exit(e.exit_code());
    })
}

/// Runs the command; an error is one line (`masthead: what: why`) and exit code 1, never a
/// stack trace.
fn main() {
    if let Err(e) = run() {
        eprintln!("masthead: {e:#}");
        std::process::exit(1);
    }
}

fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // Account commands answer in one line; their logs (migrations applied) stay quiet unless
    // asked for with MASTHEAD_LOG.
    let default_filter = match cli.command {
        Command::User { .. } => "warn,sqlx=warn",
        _ => "info,sqlx=warn",
    };
    let json = matches!(&cli.command, Command::Serve(a) if a.log_format == serve::LogFormat::Json);
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MASTHEAD_LOG")
                .unwrap_or_else(|_| default_filter.into()),
        )
        .with_target(false)
        .with_writer(std::io::stderr);
    if json {
        // One object a line: the event's fields at the top, the request's span (request_id,
        // method, path) under "span".
        logs.json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init();
    } else {
        logs.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init();
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(async move {
        match cli.command {
            Command::Serve(args) => serve::run(args).await,
            Command::User { command } => user::run(command).await,
            Command::Reindex { store } => reindex::run(&store).await,
            Command::Export { file, store } => export::run(&file, &store).await,
            Command::Migrate { store } => {
                let url = store.url().context("creating the data directory")?;
                let config = Config {
                    setup: Setup::Nothing,
                    scheduler: false,
                    ..Config::new(url.clone())
                };
                built(masthead::build(config).await, &url)?.shutdown().await;
                println!(
                    "{}: schema up to date ({} migrations)",
                    redact(&url),
                    masthead_store_sqlite::MIGRATIONS.len()
                );
                Ok(())
            }
            Command::Backup { file, store } => {
                let url = store.url_as_is();
                match masthead::backend::backup(&url, &file).await {
                    Ok(()) => {
                        println!("backup written to {}", file.display());
                        Ok(())
                    }
                    Err(e) => {
                        eprintln!("masthead: {e}");
                        std::process::exit(match e {
                            masthead::backend::BackupError::UsePgDump
                            | masthead::backend::BackupError::NoDatabase(_)
                            | masthead::backend::BackupError::Exists(_) => 2,
                            _ => 1,
                        });
                    }
                }
            }
            Command::Import {
                format:
                    ImportFormat::Jsonl {
                        file,
                        edition,
                        skip_invalid,
                        store,
                        media,
                    },
            } => import_jsonl(&file, edition.as_deref(), skip_invalid, &store, &media).await,
            Command::Import {
                format: ImportFormat::Wordpress { peer, uploads },
            } => import::run(masthead_peers::Platform::WordPress, peer, uploads).await,
            Command::Import {
                format: ImportFormat::Ghost { peer, images },
            } => import::run(masthead_peers::Platform::Ghost, peer, images).await,
        }
    })
}

async fn import_jsonl(
    file: &std::path::Path,
    edition: Option<&str>,
    skip_invalid: bool,
    store: &StoreArgs,
    media: &config::MediaArgs,
) -> anyhow::Result<()> {
    if !file.is_file() {
        eprintln!("masthead: {}: no such file", file.display());
        std::process::exit(2);
    }
    let path = file.to_path_buf();
    let open = move || -> std::io::Result<Box<dyn std::io::BufRead + Send>> {
        Ok(Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(&path)?,
        )))
    };
    let whole_site = masthead_service::export::is_export(&open)
        .with_context(|| format!("reading {}", file.display()))?;
    // An export file carries its editions; article lines need one.
    let lang: Lang = match (edition, whole_site) {
        (Some(e), _) => e.parse().map_err(|e| {
            eprintln!("masthead: --edition: {e}");
            std::process::exit(2);
        })?,
        (None, true) => Lang::default(),
        (None, false) => {
            eprintln!("masthead: --edition is required for article lines (ru, en, hy, az)");
            std::process::exit(2);
        }
    };
    let url = store.url().context("creating the data directory")?;
    let config = Config {
        setup: Setup::Empty,
        scheduler: false,
        follow_changes: false,
        // An export's images are registered only where their files are.
        media_dir: Some(store.data_dir.join("media")),
        media_url: media.media_url.clone(),
        ..Config::new(url.clone())
    };
    let app = built(masthead::build(config).await, &url)?;
    let editions = app.site.settings().editions.clone();
    if !whole_site && !editions.contains(&lang) {
        let on: Vec<&str> = editions.iter().map(|l| l.code()).collect();
        eprintln!(
            "masthead: note: the {lang} edition is not switched on (setting `editions`: {}); \
             its articles are kept but not shown until it is",
            on.join(",")
        );
    }
    let bar = import::bar("lines");
    let progress = {
        let bar = bar.clone();
        move |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
        }
    };
    let result = app
        .site
        .import_jsonl_from(
            &Actor::system("import"),
            &open,
            lang,
            skip_invalid,
            &progress,
        )
        .await;
    bar.finish_and_clear();
    app.shutdown().await;
    match result {
        Ok(report) if whole_site => {
            for bad in &report.invalid {
                eprintln!("{}:{}: skipped: {}", file.display(), bad.line, bad.reason);
            }
            print!("{}", export_summary(&report));
            Ok(())
        }
        Ok(report) => {
            for bad in &report.invalid {
                eprintln!("{}:{}: skipped: {}", file.display(), bad.line, bad.reason);
            }
            let logged = if report.seq > 0 {
                format!("; change log at {}", report.seq)
            } else {
                "; nothing written".to_owned()
            };
            println!(
                "imported {} articles into the {lang} edition ({} already there, {} invalid lines skipped{logged})",
                report.imported.len(),
                report.existing,
                report.invalid.len(),
            );
            Ok(())
        }
        Err(masthead_service::ServiceError::InvalidLines(lines))
            if masthead_service::export::refused_whole(&lines) =>
        {
            for bad in &lines {
                eprintln!("{}:{}: {}", file.display(), bad.line, bad.reason);
            }
            eprintln!("masthead: nothing was imported");
            std::process::exit(1);
        }
        Err(masthead_service::ServiceError::InvalidLines(lines)) => {
            for bad in &lines {
                eprintln!("{}:{}: {}", file.display(), bad.line, bad.reason);
            }
            eprintln!(
                "masthead: {} invalid lines; nothing was imported (use --skip-invalid to import the rest)",
                lines.len()
            );
            std::process::exit(1);
        }
        Err(e) => Err(e).context("importing"),
    }
}

/// What importing an export file did, as the command prints it.
fn export_summary(r: &masthead_service::ImportReport) -> String {
    let n = |k: &str| {
        r.written
            .iter()
            .filter(|(w, _)| *w == k)
            .map(|(_, n)| n)
            .sum::<u64>()
    };
    let mut out = format!(
        "imported {} articles ({} revisions), {} pages, {} redirects, {} sections, {} tags, \
         {} authors, {} ads, {} images, {} settings changed; {} records already there, {} \
         invalid lines skipped{}\n",
        n("article"),
        n("revision"),
        n("page"),
        n("redirect"),
        n("section"),
        n("tag"),
        n("author"),
        n("ad"),
        n("media"),
        n("settings"),
        r.existing,
        r.invalid.len(),
        if r.seq > 0 {
            format!("; change log at {}", r.seq)
        } else {
            "; nothing written".to_owned()
        }
    );
    if !r.media_missing.is_empty() {
        out.push_str(&format!(
            "{} images not registered: their files are not in the media directory (copy the \
             old site's media/ there and import again)\n",
            r.media_missing.len()
        ));
    }
    out
}
