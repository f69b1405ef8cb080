//! `/static/…`: embedded assets only, looked up by exact name.

use crate::AppState;
use crate::encoding::{Encoding, Meta, respond_with};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, header};

/// `/favicon.ico`, which browsers ask for by that name: the site's icon under its own name.
pub async fn favicon(State(state): State<AppState>) -> Response<Body> {
    let to = state
        .assets
        .urls
        .get("favicon.svg")
        .cloned()
        .unwrap_or_else(|| "/static/favicon.svg".into());
    crate::error::moved(&to)
}

pub async fn serve(
    State(state): State<AppState>,
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
    method: Method,
    headers: HeaderMap,
) -> Response<Body> {
    // A name that does not decode is no asset's name.
    let path = path.map(|Path(p)| p).unwrap_or_default();
    let Some(asset) = state.assets.get(&path) else {
        let mut r = Response::new(Body::from("not found"));
        *r.status_mut() = StatusCode::NOT_FOUND;
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        return r;
    };
    let ct = HeaderValue::from_static(asset.content_type);
    let cc = if asset.immutable {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    };
    respond_with(
        &headers,
        method == Method::HEAD,
        |enc| match enc {
            Encoding::Identity => Some(asset.body.clone()),
            Encoding::Gzip => asset.gzip.clone(),
            Encoding::Brotli => asset.br.clone(),
        },
        Meta {
            etags: &asset.etags,
            content_type: &ct,
            cache_control: cc,
        },
    )
}
