//! `masthead user …`: staff accounts from the command line (SPEC N1, N2). Each command acts as
//! `system:cli` and is written to the audit log like the same change made in `/admin`.

use crate::config::StoreArgs;
use anyhow::Context;
use clap::Subcommand;
use masthead::{App, Config, Setup};
use masthead_core::{Actor, Role};
use masthead_service::ServiceError;
use std::io::BufRead;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a staff account. Without --password-stdin it prints a one-time link (24 hours)
    /// where the person sets their password.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// contributor, author, editor or admin.
        #[arg(long)]
        role: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// List every account.
    List {
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Disable an account and end its sessions.
    Disable {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Enable a disabled account.
    Enable {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Change an account's role and end its sessions.
    SetRole {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Print a one-time link (24 hours) that sets a new password.
    ResetPassword {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        site: SiteArgs,
    },
}

#[derive(clap::Args, Clone, Debug)]
pub struct SiteArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Public address of the site, for the links printed (default: http://127.0.0.1:8080).
    #[arg(long, env = "MASTHEAD_BASE_URL")]
    pub base_url: Option<String>,
}

async fn open(site: &SiteArgs) -> anyhow::Result<App> {
    let url = site.store.url().context("creating the data directory")?;
    let mut config = Config {
        setup: Setup::Empty,
        scheduler: false,
        ..Config::new(url.clone())
    };
    if let Some(b) = &site.base_url {
        config.base_url = b.clone();
    }
    crate::built(masthead::build(config).await, &url)
}

/// A refusal as a one-line message and exit code 2 (bad input) or 1 (anything else).
fn refuse(e: ServiceError) -> ! {
    let code = match &e {
        ServiceError::Invalid(_)
        | ServiceError::Store(masthead_service::StoreError::Conflict(_))
        | ServiceError::Store(masthead_service::StoreError::NotFound)
        | ServiceError::Auth(
            masthead_service::AuthError::LastAdmin | masthead_service::AuthError::LinkInvalid,
        ) => 2,
        _ => 1,
    };
    // Bad input is said as the newsroom says it (the English catalog); a failure keeps its
    // own words for the operator.
    let detail = match &e {
        ServiceError::Store(masthead_service::StoreError::NotFound) => "no such account".into(),
        _ if code == 2 => masthead_web::AppError::from(e).message(masthead_core::Lang::En),
        other => other.to_string(),
    };
    eprintln!("masthead: {detail}");
    std::process::exit(code);
}

fn role(raw: &str) -> Role {
    raw.parse().unwrap_or_else(|_| {
        eprintln!("masthead: --role must be contributor, author, editor or admin");
        std::process::exit(2);
    })
}

pub async fn run(cmd: UserCommand) -> anyhow::Result<()> {
    let actor = Actor::system("cli");
    match cmd {
        UserCommand::Add {
            email,
            name,
            role: r,
            password_stdin,
            site,
        } => {
            let role = role(&r);
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("reading the password from standard input")?;
                Some(line.trim_end_matches(['\n', '\r']).to_owned())
            } else {
                None
            };
            let app = open(&site).await?;
            let result = app
                .site
                .add_user(&actor, &email, &name, role, password.as_deref())
                .await;
            let user = match result {
                Ok(u) => u,
                Err(e) => {
                    app.shutdown().await;
                    refuse(e)
                }
            };
            println!(
                "created {} <{}> as {}",
                user.name,
                user.email,
                user.role.as_str()
            );
            if password.is_none() {
                match app.site.issue_reset(&actor, "", user.id).await {
                    Ok(link) => println!("set the password within 24 hours at: {}", link.url),
                    Err(e) => {
                        app.shutdown().await;
                        refuse(e)
                    }
                }
            }
            app.shutdown().await;
        }
        UserCommand::List { site } => {
            let app = open(&site).await?;
            let users = app.site.users(&actor).await;
            app.shutdown().await;
            let users = users.unwrap_or_else(|e| refuse(e));
            println!(
                "{:>4}  {:<32} {:<12} {:<9} {:<4}  name",
                "id", "email", "role", "state", "totp"
            );
            for u in users {
                println!(
                    "{:>4}  {:<32} {:<12} {:<9} {:<4}  {}",
                    u.id,
                    u.email,
                    u.role.as_str(),
                    if u.disabled { "disabled" } else { "active" },
                    if u.totp_enabled { "on" } else { "off" },
                    u.name
                );
            }
        }
        UserCommand::Disable { email, site } => set_disabled(&actor, &email, &site, true).await?,
        UserCommand::Enable { email, site } => set_disabled(&actor, &email, &site, false).await?,
        UserCommand::SetRole {
            email,
            role: r,
            site,
        } => {
            let role = role(&r);
            let app = open(&site).await?;
            let result = async {
                let u = app.site.user_by_email(&actor, &email).await?;
                app.site.set_role(&actor, "", u.id, role).await?;
                Ok::<_, ServiceError>(u)
            }
            .await;
            app.shutdown().await;
            let u = result.unwrap_or_else(|e| refuse(e));
            println!(
                "{} is now {}; their sessions are ended",
                u.email,
                role.as_str()
            );
        }
        UserCommand::ResetPassword { email, site } => {
            let app = open(&site).await?;
            let result = async {
                let u = app.site.user_by_email(&actor, &email).await?;
                app.site.issue_reset(&actor, "", u.id).await
            }
            .await;
            app.shutdown().await;
            let link = result.unwrap_or_else(|e| refuse(e));
            println!("one-time link for {} (valid 24 hours): {}", email, link.url);
        }
    }
    Ok(())
}

async fn set_disabled(
    actor: &Actor,
    email: &str,
    site: &SiteArgs,
    disabled: bool,
) -> anyhow::Result<()> {
    let app = open(site).await?;
    let result = async {
        let u = app.site.user_by_email(actor, email).await?;
        app.site.set_disabled(actor, "", u.id, disabled).await?;
        Ok::<_, ServiceError>(u)
    }
    .await;
    app.shutdown().await;
    let u = result.unwrap_or_else(|e| refuse(e));
    if disabled {
        println!("disabled {}; their sessions are ended", u.email);
    } else {
        println!("enabled {}", u.email);
    }
    Ok(())
}
