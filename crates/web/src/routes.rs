//! The routing table: every address of the reader site, with and without an edition prefix.

mod beacon;
mod health;
mod site;
mod static_files;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(site::home))
        .route("/{lang}", get(site::edition_root))
        .route("/{lang}/", get(site::home))
        .route("/post/{slug}", get(site::article))
        .route("/{lang}/post/{slug}", get(site::article))
        .route("/category/{slug}", get(site::listing))
        .route("/{lang}/category/{slug}", get(site::listing))
        .route("/tag/{slug}", get(site::listing))
        .route("/{lang}/tag/{slug}", get(site::listing))
        .route("/author/{slug}", get(site::listing))
        .route("/{lang}/author/{slug}", get(site::listing))
        .route("/archive/{year}/{month}/{day}", get(site::listing))
        .route("/{lang}/archive/{year}/{month}/{day}", get(site::listing))
        .route("/search", get(site::search))
        .route("/{lang}/search", get(site::search))
        .route("/api/v1/articles/{id}/views", post(beacon::record_view))
        .route("/static/{*path}", get(static_files::serve))
        .route("/healthz", get(health::healthz))
        .route("/robots.txt", get(health::robots))
        .fallback(site::not_found)
        .with_state(state)
}
