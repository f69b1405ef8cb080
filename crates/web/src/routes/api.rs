//! The content API for apps and integrations (SPEC A1): `/api/v1/…`, JSON in and out, errors
//! as `{"error": {"code", "message"}}` with stable codes. One file per resource; the OpenAPI
//! document (`openapi.rs`) is generated from the handlers' annotations and the response types
//! (`model.rs`).
//!
//! Every read answer carries an `ETag` (a hash of the body; `If-None-Match` gets 304),
//! `Cache-Control` and CORS for `GET`. Clients are rate-limited per address (429 with
//! `Retry-After`).

pub(crate) mod admin;
pub(crate) mod articles;
pub(crate) mod live;
pub(crate) mod model;
pub(crate) mod openapi;
pub(crate) mod search;
pub(crate) mod taxonomy;

use crate::AppState;
use crate::app::ClientAddr;
use crate::error::AppError;
use crate::extract::{client_ip, reader_language};
use crate::routes::site::query_param;
use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use masthead_core::Lang;
use serde::Serialize;

/// Marks an API answer readable from any site's scripts (`GET` only, no credentials) and
/// cacheable by shared caches for `max_age` seconds.
pub(crate) fn public_get(mut r: Response<Body>, max_age: u32) -> Response<Body> {
    let h = r.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("ETag, Retry-After"),
    );
    if r.status().is_success() || r.status() == StatusCode::NOT_MODIFIED {
        let v = format!("public, max-age={max_age}");
        if let Ok(v) = HeaderValue::try_from(v) {
            r.headers_mut().insert(header::CACHE_CONTROL, v);
        }
    }
    r
}

/// The answer to a CORS preflight of a read (`OPTIONS`): any origin may `GET` with the
/// headers a client sends for caching and language (Fetch standard, "CORS protocol").
pub(crate) async fn preflight() -> Response<Body> {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = StatusCode::NO_CONTENT;
    let h = r.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, HEAD, OPTIONS"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("If-None-Match, Accept-Language"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    r
}

/// A read request's common parts, extracted once per handler: the state, the raw query, the
/// headers (ETags, the reader's language) and the client's address (rate limits).
pub(crate) struct Read {
    pub state: AppState,
    pub raw: Option<String>,
    pub headers: HeaderMap,
    pub peer: Option<ClientAddr>,
}

impl FromRequestParts<AppState> for Read {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Read {
            state: state.clone(),
            raw: parts.uri.query().map(str::to_owned),
            headers: parts.headers.clone(),
            peer: parts.extensions.get::<ClientAddr>().copied(),
        })
    }
}

impl Read {
    /// Refuses parameters the endpoint does not know (`unknown-parameter`).
    pub fn only(&self, known: &[&str]) -> Result<(), AppError> {
        if let Some(q) = self.raw.as_deref() {
            for (k, _) in form_urlencoded::parse(q.as_bytes()) {
                if !known.contains(&k.as_ref()) {
                    return Err(AppError::BadRequest("unknown-parameter"));
                }
            }
        }
        Ok(())
    }

    /// The parameter's value, trimmed; `Some("")` when it is given empty (which no
    /// parameter takes: each caller refuses it as it refuses any other bad value).
    pub fn param(&self, name: &str) -> Option<String> {
        query_param(&self.raw, name).map(|v| v.trim().to_owned())
    }

    /// The edition `lang` names (the default edition when absent).
    pub fn edition(&self) -> Result<Lang, AppError> {
        edition(&self.state, &self.raw)
    }

    /// `limit`: 1..=`max`, `default` when absent (`invalid-limit` otherwise).
    pub fn limit(&self, default: u32, max: u32) -> Result<u32, AppError> {
        match self.param("limit") {
            None => Ok(default),
            Some(s) => s
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or(AppError::BadRequest("invalid-limit")),
        }
    }

    /// Whether the client may ask now.
    pub fn allowed(&self) -> Result<(), AppError> {
        let ip = client_ip(&self.state, &self.headers, self.peer);
        self.state
            .site
            .api_allowed(ip)
            .map_err(AppError::TooManyRequests)
    }

    /// The language of this request's errors: the asked edition's, else the reader's.
    pub fn error_lang(&self) -> Lang {
        edition(&self.state, &self.raw)
            .unwrap_or_else(|_| reader_language(&self.state, &self.headers))
    }

    /// The answer: `value` as JSON with its ETag (304 when the client has it), or the error.
    pub fn answer<T: Serialize>(
        &self,
        result: Result<T, AppError>,
        max_age: u32,
    ) -> Response<Body> {
        match result {
            Ok(v) => public_get(with_etag(&self.headers, &v), max_age),
            Err(e) => public_get(e.json(self.error_lang()), 0),
        }
    }
}

/// The edition a request names with `lang` (the default edition when absent; given empty,
/// it names none).
pub(crate) fn edition(state: &AppState, raw: &Option<String>) -> Result<Lang, AppError> {
    match query_param(raw, "lang").as_deref().map(str::trim) {
        None => Ok(state.site.settings().default_edition()),
        Some(code) => code
            .parse::<Lang>()
            .ok()
            .filter(|l| state.site.settings().editions.contains(l))
            .ok_or(AppError::BadRequest("unknown-edition")),
    }
}

/// FNV-1a over the body: enough to tell two versions of one answer apart.
fn etag_of(body: &[u8]) -> String {
    let h = body.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("\"{h:016x}\"")
}

/// `value` as a 200 JSON answer with a strong ETag, or 304 when `If-None-Match` names it
/// (RFC 9110 §13.1.2; `*` matches any).
pub(crate) fn with_etag<T: Serialize>(headers: &HeaderMap, value: &T) -> Response<Body> {
    bytes_with_etag(headers, serde_json::to_vec(value).unwrap_or_default())
}

/// A JSON body as a 200 answer with a strong ETag, or 304 when `If-None-Match` names it.
pub(crate) fn bytes_with_etag(headers: &HeaderMap, body: Vec<u8>) -> Response<Body> {
    let tag = etag_of(&body);
    let matches = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == tag || t == "*");
    let mut r = if matches {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        r
    } else {
        let mut r = Response::new(Body::from(body));
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        r
    };
    if let Ok(v) = HeaderValue::try_from(tag) {
        r.headers_mut().insert(header::ETAG, v);
    }
    r
}
