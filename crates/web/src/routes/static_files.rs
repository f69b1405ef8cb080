//! `/static/…`: embedded assets only, looked up by exact name.

use crate::AppState;
use crate::encoding::{Encoding, Meta, respond_with};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, header};

pub async fn serve(
    State(state): State<AppState>,
    Path(path): Path<String>,
    method: Method,
    headers: HeaderMap,
) -> Response<Body> {
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
