//! The `masthead` binary: commands and configuration. The application itself is built by the
//! library half of this crate (`masthead::build`).

mod config;
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
    /// source_name, source_url, kicker, author, id or doc_id). Records already imported (same
    /// id, else source URL, else title and body) are left alone.
    Jsonl {
        file: std::path::PathBuf,
        /// The edition the articles belong to (ru, en, hy, az).
        #[arg(long, env = "MASTHEAD_EDITION")]
        edition: String,
        /// Import the valid lines and report the invalid ones, instead of importing nothing.
        #[arg(long)]
        skip_invalid: bool,
        #[command(flatten)]
        store: StoreArgs,
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
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MASTHEAD_LOG")
                .unwrap_or_else(|_| default_filter.into()),
        )
        .with_target(false)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(async move {
        match cli.command {
            Command::Serve(args) => serve::run(args).await,
            Command::User { command } => user::run(command).await,
            Command::Reindex { store } => reindex::run(&store).await,
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
                    },
            } => import_jsonl(&file, &edition, skip_invalid, &store).await,
        }
    })
}

async fn import_jsonl(
    file: &std::path::Path,
    edition: &str,
    skip_invalid: bool,
    store: &StoreArgs,
) -> anyhow::Result<()> {
    let lang: Lang = edition.parse().map_err(|e| {
        eprintln!("masthead: --edition: {e}");
        std::process::exit(2);
    })?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let url = store.url().context("creating the data directory")?;
    let config = Config {
        setup: Setup::Empty,
        scheduler: false,
        ..Config::new(url.clone())
    };
    let app = built(masthead::build(config).await, &url)?;
    let editions = app.site.settings().editions.clone();
    if !editions.contains(&lang) {
        let on: Vec<&str> = editions.iter().map(|l| l.code()).collect();
        eprintln!(
            "masthead: note: the {lang} edition is not switched on (setting `editions`: {}); \
             its articles are kept but not shown until it is",
            on.join(",")
        );
    }
    let result = app
        .site
        .import_jsonl(&Actor::system("import"), &text, lang, skip_invalid)
        .await;
    app.shutdown().await;
    match result {
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
