//! The routing table: every reader address from `core::urls::READER_ROUTES`, served as is for
//! the default edition and under `/{lang}` for the others, plus the beacon, assets and health.

pub(crate) mod admin;
mod api;
mod beacon;
mod discovery;
mod health;
mod site;
mod static_files;

use crate::AppState;
use axum::Router;
use axum::routing::{MethodRouter, get, post};
use masthead_core::RouteKind;
use masthead_core::urls::READER_ROUTES;

fn handler(kind: RouteKind) -> MethodRouter<AppState> {
    match kind {
        RouteKind::Home => get(site::home),
        RouteKind::Article => get(site::article),
        RouteKind::Section | RouteKind::Tag | RouteKind::Author | RouteKind::Day => {
            get(site::listing)
        }
        RouteKind::Search => get(site::search),
        RouteKind::Corrections => get(site::corrections),
        RouteKind::Page => get(site::static_page),
        RouteKind::Feed => get(discovery::feed),
        // Sitemaps live at the root only; `site::edition_root` hands them over.
        RouteKind::Sitemap => get(discovery::sitemap_index),
    }
}

pub fn router(state: AppState) -> Router {
    let mut r = Router::new().route("/{lang}", get(site::edition_root));
    for spec in READER_ROUTES {
        r = r
            .route(spec.pattern, handler(spec.kind))
            .route(&format!("/{{lang}}{}", spec.pattern), handler(spec.kind));
    }
    r.route("/api/v1/articles/{id}/views", post(beacon::record_view))
        .route(
            "/api/v1/articles",
            get(api::articles::list).options(api::preflight),
        )
        .route(
            "/api/v1/articles/{id}",
            get(api::articles::by_id).options(api::preflight),
        )
        .route(
            "/api/v1/articles/slug/{slug}",
            get(api::articles::by_slug).options(api::preflight),
        )
        .route(
            "/api/v1/admin/articles",
            post(api::admin::create).layer(api::admin::body_limit()),
        )
        .route(
            "/api/v1/admin/articles/{id}",
            get(api::admin::get_article)
                .put(api::admin::update)
                .layer(api::admin::body_limit()),
        )
        .route(
            "/api/v1/admin/articles/{id}/publish",
            post(api::admin::publish),
        )
        .route(
            "/api/v1/admin/articles/{id}/unpublish",
            post(api::admin::unpublish),
        )
        .route(
            "/api/v1/sections",
            get(api::taxonomy::sections).options(api::preflight),
        )
        .route(
            "/api/v1/tags",
            get(api::taxonomy::tags).options(api::preflight),
        )
        .route(
            "/api/v1/authors",
            get(api::taxonomy::authors).options(api::preflight),
        )
        .route(
            "/api/v1/breaking",
            get(api::live::breaking).options(api::preflight),
        )
        .route(
            "/api/v1/most-read",
            get(api::live::most_read).options(api::preflight),
        )
        .route(
            "/api/v1/openapi.json",
            get(api::openapi::document).options(api::preflight),
        )
        .route("/api/v1/docs", get(api::openapi::reference))
        .route(
            "/api/v1/search",
            get(api::search::search).options(api::preflight),
        )
        .route(
            "/api/v1/search/popular",
            get(api::search::popular).options(api::preflight),
        )
        .route("/static/{*path}", get(static_files::serve))
        .route("/favicon.ico", get(static_files::favicon))
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(health::metrics))
        .route("/robots.txt", get(health::robots))
        .route("/sitemap.xml", get(discovery::sitemap_index))
        .merge(admin::router(state.clone()))
        .merge(admin::media_router())
        // Every route, not the fallback: the template that matched rides on the response to
        // the request metrics.
        .route_layer(axum::middleware::from_fn(crate::metrics::tag_route))
        .fallback(site::not_found)
        // Old addresses: a 404 of any route or of the fallback may be a redirect (SPEC R14).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::redirects::on_not_found,
        ))
        .with_state(state)
}
