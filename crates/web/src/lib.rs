//! HTTP: the reader site's routes, the newsroom at `/admin`, the view beacon, static assets,
//! and the page cache in front of them. Handlers call service use cases and render their page models; nothing here talks
//! SQL or holds a store.

mod app;
pub mod assets;
mod cache;
mod encoding;
mod error;
mod extract;
mod headers;
mod metrics;
mod redirects;
mod request_id;
mod routes;
pub mod session;

pub use app::{AppState, ClientAddr, Masthead, app, loopback_networks, serve};
pub use cache::{CachedPage, PageCache};
pub use error::AppError;
pub use metrics::HttpMetrics;
/// The newsroom's route table (each route with the access it needs), for tests and docs.
pub use routes::admin::{ADMIN_ROUTES, Access, AdminRoute};
