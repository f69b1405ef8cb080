//! The `masthead` binary: commands, configuration and wiring. The only crate that sees every
//! other one.

mod config;
mod serve;

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::StoreArgs;
use masthead_core::Lang;

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
    /// Create or upgrade the database schema, then exit.
    Migrate {
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Subcommand)]
enum ImportFormat {
    /// Masthead JSON Lines: one article a line (title, body, lead, section, tags, published_at,
    /// source_name, source_url, kicker, author).
    Jsonl {
        file: std::path::PathBuf,
        /// The edition the articles belong to (ru, en, hy, az).
        #[arg(long, env = "MASTHEAD_EDITION")]
        edition: String,
        #[command(flatten)]
        store: StoreArgs,
    },
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MASTHEAD_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_target(false)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(async move {
        match cli.command {
            Command::Serve(args) => serve::run(args).await,
            Command::Migrate { store } => {
                let s = store.open().await?;
                s.close().await;
                println!("database is up to date");
                Ok(())
            }
            Command::Import {
                format:
                    ImportFormat::Jsonl {
                        file,
                        edition,
                        store,
                    },
            } => {
                let lang: Lang = edition
                    .parse()
                    .map_err(|e| anyhow::anyhow!("--edition: {e}"))?;
                let text = std::fs::read_to_string(&file)
                    .with_context(|| format!("reading {}", file.display()))?;
                let sqlite = store.open().await?;
                let (site, _) =
                    serve::site(std::sync::Arc::new(sqlite.clone()), String::new()).await?;
                masthead_service::ensure_setup(&site, false).await?;
                let ids = site.import_jsonl(&text, lang).await?;
                sqlite.close().await;
                println!("imported {} articles into the {lang} edition", ids.len());
                Ok(())
            }
        }
    })
}
