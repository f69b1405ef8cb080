//! Use cases: the pages readers ask for, view counting, first-run setup and imports. The web
//! layer calls these; they call the store through its traits.

pub mod demo;
mod error;
pub mod events;
pub mod import;
pub mod pages;
pub mod settings;
pub mod views;

pub use error::ServiceError;
pub use events::{Change, ChangeFeed};
pub use pages::{Outcome, Site};
pub use settings::SiteSettings;
pub use views::{ViewCounter, is_bot};

/// First-run setup (N2, O1): on a store that was never set up, load the demo site (or, with
/// `demo == false`, only mark the site as set up). The demo and its marker land in one
/// transaction, so a crash part-way leaves a store that the next start sets up again.
pub async fn ensure_setup(site: &Site, demo: bool) -> Result<bool, ServiceError> {
    let done = site
        .store
        .settings()
        .await?
        .iter()
        .any(|(k, _)| k == demo::SETUP_DONE_KEY);
    if done {
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
    site.import(&bundle).await?;
    Ok(true)
}
