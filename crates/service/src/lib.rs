//! Use cases: the pages readers ask for (as page models), writes through the workflow, view
//! counting, first-run setup and imports, and following the change log. The web layer calls
//! these; only this crate holds the store.

pub mod api;
mod changes;
pub mod demo;
pub mod discovery;
mod error;
pub mod export;
pub mod import;
pub mod metrics;
pub mod newsroom;
mod outage;
pub mod pages;
pub mod peer_import;
pub mod search;
pub mod settings;
mod site;
pub mod staff;
pub mod views;
mod write;

pub use changes::{DEFAULT_POLL, PurgeSink};
pub use error::{LineError, ServiceError};
pub use import::ImportReport;
pub use masthead_media::{LocalMediaStore, MediaError, MediaStore, MemoryMediaStore, S3MediaStore};
pub use masthead_store::SessionStage;
/// The store's error types, for callers that map them (the store itself stays private here).
pub use masthead_store::{Conflict, StoreError, Written};
pub use pages::Listing;
pub use settings::SiteSettings;
pub use site::{Health, Site};
pub use staff::{AuthError, SignedIn};
pub use views::{Reader, ViewCount, is_bot};

use masthead_core::Actor;

/// First-run setup (SPEC N2, O1): on a store that was never set up, load the demo site (or,
/// with `demo == false`, only mark the site as set up). The demo and its marker land in one
/// transaction, so a crash part-way leaves a store that the next start sets up again.
///
/// # Errors
/// The store's.
pub async fn ensure_setup(site: &Site, demo: bool) -> Result<bool, ServiceError> {
    if setup_done(site).await? {
        return Ok(false);
    }
    let bundle = if demo {
        demo::bundle(jiff::Timestamp::now())?
    } else {
        masthead_core::ContentBundle {
            settings: vec![(demo::SETUP_DONE_KEY.to_owned(), "empty".to_owned())],
            ..Default::default()
        }
    };
    match site.import(&Actor::system("setup"), &bundle).await {
        Ok(_) => Ok(true),
        // Several nodes started at once on one database: one of them set the site up while
        // this one was waiting for the write lock, and this import collided with it.
        Err(e) if setup_done(site).await? => {
            tracing::info!("another node set the site up at the same moment; using its setup");
            tracing::debug!(error = %e, "this node's setup was rolled back");
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

async fn setup_done(site: &Site) -> Result<bool, ServiceError> {
    Ok(site
        .store
        .settings()
        .await?
        .iter()
        .any(|(k, _)| k == demo::SETUP_DONE_KEY))
}
