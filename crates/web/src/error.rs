//! Turning use-case outcomes and errors into responses. Every error variant is mapped to a
//! status explicitly; details go to the log, never to the reader.

use crate::AppState;
use crate::cache::Cacheable;
use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::Lang;
use masthead_service::{Outcome, ServiceError};
use masthead_store::StoreError;

pub fn status_of(e: &ServiceError) -> StatusCode {
    match e {
        ServiceError::Invalid(_) => StatusCode::BAD_REQUEST,
        ServiceError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        ServiceError::Store(s) => match s {
            StoreError::NotFound => StatusCode::NOT_FOUND,
            StoreError::Conflict(_) => StatusCode::CONFLICT,
            StoreError::InvalidReference(_) | StoreError::Invalid(_) => StatusCode::BAD_REQUEST,
            StoreError::Backend(_) => StatusCode::SERVICE_UNAVAILABLE,
        },
    }
}

fn html(status: StatusCode, body: String) -> Response<Body> {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

/// The localized error page of an edition with its status; never cached.
pub async fn error_page(state: &AppState, lang: Lang, status: StatusCode) -> Response<Body> {
    let body = state.site.error_page(lang, status.as_u16()).await;
    let mut r = html(status, body);
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A page use case's result as a response: the page (cacheable), a 301, or an error page.
pub async fn page(
    state: &AppState,
    lang: Lang,
    result: Result<Outcome, ServiceError>,
) -> Response<Body> {
    match result {
        Ok(Outcome::Page(body)) => {
            let mut r = html(StatusCode::OK, body);
            r.extensions_mut().insert(Cacheable);
            r
        }
        Ok(Outcome::Moved(to)) => moved(&to),
        Ok(Outcome::NotFound) => error_page(state, lang, StatusCode::NOT_FOUND).await,
        Err(e) => {
            let status = status_of(&e);
            tracing::error!(error = %e, %status, "page failed");
            error_page(state, lang, status).await
        }
    }
}

pub fn moved(to: &str) -> Response<Body> {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = StatusCode::MOVED_PERMANENTLY;
    if let Ok(v) = HeaderValue::try_from(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    r
}

/// A JSON answer that no cache keeps.
pub fn json(status: StatusCode, value: &serde_json::Value) -> Response<Body> {
    let mut r = Response::new(Body::from(value.to_string()));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A JSON error with a stable code (API).
pub fn json_error(status: StatusCode, code: &str, message: &str) -> Response<Body> {
    json(
        status,
        &serde_json::json!({ "error": { "code": code, "message": message } }),
    )
}
