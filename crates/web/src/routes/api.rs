//! The content API for apps and integrations (SPEC A1): `/api/v1/…`, JSON in and out, errors
//! as `{"error": {"code", "message"}}` with stable codes. One file per resource.

pub(crate) mod search;

use axum::body::Body;
use axum::http::{HeaderValue, Response, header};

/// Marks an API answer readable from any site's scripts (`GET` only, no credentials) and
/// cacheable by shared caches for `max_age` seconds.
pub(crate) fn public_get(mut r: Response<Body>, max_age: u32) -> Response<Body> {
    let h = r.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    if r.status().is_success() {
        let v = format!("public, max-age={max_age}");
        if let Ok(v) = HeaderValue::try_from(v) {
            r.headers_mut().insert(header::CACHE_CONTROL, v);
        }
    }
    r
}
