//! HTTP: the reader site's routes, the view beacon, static assets, and the page cache in front
//! of them. Handlers call service use cases; nothing here talks SQL.

mod app;
pub mod assets;
mod cache;
mod error;
mod extract;
mod headers;
mod routes;

pub use app::{AppState, Masthead, app, serve};
pub use cache::PageCache;
