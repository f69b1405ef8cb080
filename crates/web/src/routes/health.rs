//! `/healthz` and `/robots.txt`.

use crate::AppState;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Response, StatusCode, header};

pub async fn healthz(State(state): State<AppState>) -> Response<Body> {
    let ok = state.site.store.settings().await.is_ok();
    let mut r = Response::new(Body::from(if ok { "ok" } else { "database unavailable" }));
    *r.status_mut() = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

pub async fn robots(State(state): State<AppState>) -> Response<Body> {
    let body = format!(
        "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\n\n# {}\n",
        state.site.settings().site_name
    );
    let mut r = Response::new(Body::from(body));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    r
}
