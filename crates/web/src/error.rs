//! `AppError`: the one error type of the web layer. Every service and store error is mapped to
//! a status and a stable code explicitly (no catch-all arm, so a new variant does not compile
//! until it is placed). Each code is also a catalog key: a reader gets a localized page, an API
//! client a JSON error `{"error": {"code": …, "message": …}}` in the edition's language.
//! Details go to the log, never to the client.
//!
//! Which error type where: `CoreError` for rules (in `core`), `StoreError` for storage,
//! `ServiceError` for use cases, `AppError` here; handlers return `Result<_, AppError>` or
//! call its `page`/`json` methods.

use crate::AppState;
use crate::cache::Cacheable;
use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::page::Page;
use masthead_core::search::SearchError;
use masthead_core::{Found, Lang, Status};
use masthead_i18n::{Arg, Catalogs};
use masthead_render::{PageModel, RenderError};
use masthead_service::{AuthError, ServiceError};
use masthead_service::{Conflict, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// What the request names does not exist; the code says what (`unknown-section`).
    #[error("not found: {0}")]
    Missing(&'static str),
    /// The request is malformed; the code names what is wrong (a catalog key).
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// The request's body is larger than the endpoint takes; the code names what it is.
    #[error("payload too large: {0}")]
    TooLarge(&'static str),
    /// The request names no one the server knows (a missing, unknown or revoked API token).
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    /// The request is refused as it stands (a cross-site beacon); the code says why.
    #[error("forbidden: {0}")]
    Refused(&'static str),
    /// Over a per-client rate; the client may ask again after the wait (sent as
    /// `Retry-After`).
    #[error("too many requests; retry after {0:?}")]
    TooManyRequests(std::time::Duration),
    #[error(transparent)]
    Service(#[from] ServiceError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Service(e.into())
    }
}

fn store_status(e: &StoreError) -> (StatusCode, &'static str) {
    match e {
        StoreError::NotFound => (StatusCode::NOT_FOUND, "not-found"),
        StoreError::Conflict(c) => match c {
            Conflict::SlugTaken { .. } => (StatusCode::CONFLICT, "slug-taken"),
            Conflict::StaleRevision { .. } => (StatusCode::CONFLICT, "stale-revision"),
            Conflict::SourceKeyTaken { .. } => (StatusCode::CONFLICT, "source-key-taken"),
            Conflict::EmailTaken => (StatusCode::CONFLICT, "email-taken"),
            Conflict::LastAdmin => (StatusCode::CONFLICT, "last-admin"),
            Conflict::TranslationExists { .. } => (StatusCode::CONFLICT, "translation-exists"),
            Conflict::Unique(_) | Conflict::ImportRunning => (StatusCode::CONFLICT, "conflict"),
        },
        StoreError::InvalidReference(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid-reference"),
        StoreError::Rule(c) => (StatusCode::UNPROCESSABLE_ENTITY, c.key()),
        // Stored data we cannot read is our fault, never the caller's bad input.
        StoreError::Corrupt(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        StoreError::Backend(_) | StoreError::Unavailable(_) => {
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

fn media_status(e: &masthead_service::MediaError) -> StatusCode {
    use masthead_service::MediaError as M;
    match e {
        M::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        M::UnsupportedFormat => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        M::TooManyPixels { .. } | M::Undecodable(_) | M::BadName => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        M::Encode(_) => StatusCode::INTERNAL_SERVER_ERROR,
        M::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

fn auth_status(e: &AuthError) -> StatusCode {
    match e {
        AuthError::WrongCredentials | AuthError::CodeInvalid => StatusCode::UNAUTHORIZED,
        AuthError::Limited(_) => StatusCode::TOO_MANY_REQUESTS,
        AuthError::Disabled => StatusCode::FORBIDDEN,
        AuthError::LinkInvalid => StatusCode::GONE,
        AuthError::LastAdmin => StatusCode::CONFLICT,
        AuthError::WrongPassword => StatusCode::UNPROCESSABLE_ENTITY,
        AuthError::Crypto(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl AppError {
    /// The HTTP status and the stable code (also a catalog key) of this error.
    pub fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "not-found"),
            AppError::Missing(code) => (StatusCode::NOT_FOUND, code),
            AppError::BadRequest(code) => (StatusCode::BAD_REQUEST, code),
            AppError::TooLarge(code) => (StatusCode::PAYLOAD_TOO_LARGE, code),
            AppError::Refused(code) => (StatusCode::FORBIDDEN, code),
            AppError::Unauthorized(code) => (StatusCode::UNAUTHORIZED, code),
            AppError::TooManyRequests(_) => (StatusCode::TOO_MANY_REQUESTS, "too-many-requests"),
            AppError::Render(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
            AppError::Service(e) => match e {
                ServiceError::Store(s) => store_status(s),
                ServiceError::Invalid(c) => (StatusCode::UNPROCESSABLE_ENTITY, c.key()),
                ServiceError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
                ServiceError::Auth(a) => (auth_status(a), a.key()),
                ServiceError::InvalidLines(_)
                | ServiceError::InvalidRecords(_)
                | ServiceError::Export(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid-lines"),
                ServiceError::Media(m) => (media_status(m), m.key()),
                ServiceError::InvalidFields(_) => {
                    (StatusCode::UNPROCESSABLE_ENTITY, "invalid-form")
                }
                ServiceError::Search(e) => match e {
                    SearchError::Rebuilding => {
                        (StatusCode::SERVICE_UNAVAILABLE, "search-rebuilding")
                    }
                    SearchError::Engine(_) => {
                        (StatusCode::SERVICE_UNAVAILABLE, "search-unavailable")
                    }
                },
            },
        }
    }

    /// The error's message in `lang`, with its arguments.
    pub fn message(&self, lang: Lang) -> String {
        let c = Catalogs::embedded();
        let (_, code) = self.status_and_code();
        let status_name = |s: Status| c.t(lang, &format!("status-{}", s.as_str()), &[]);
        match self {
            AppError::Service(ServiceError::Invalid(masthead_core::CoreError::Transition {
                from,
                to,
            }))
            | AppError::Service(ServiceError::Store(StoreError::Rule(
                masthead_core::CoreError::Transition { from, to },
            ))) => {
                let (f, t) = (status_name(*from), status_name(*to));
                c.t(lang, code, &[("from", Arg::Str(&f)), ("to", Arg::Str(&t))])
            }
            _ => c.t(lang, code, &[]),
        }
    }

    fn log(&self) {
        let (status, code) = self.status_and_code();
        if status.is_server_error() {
            tracing::error!(error = %self, code, %status, "request failed");
        } else {
            tracing::debug!(error = %self, code, %status, "request refused");
        }
    }

    /// The error as a JSON answer in `lang`.
    pub fn json(&self, lang: Lang) -> Response<Body> {
        self.log();
        let (status, code) = self.status_and_code();
        self.with_retry(json(
            status,
            &serde_json::json!({ "error": { "code": code, "message": self.message(lang) } }),
        ))
    }

    /// The error as the edition's localized error page.
    pub async fn page(&self, state: &AppState, lang: Lang) -> Response<Body> {
        self.log();
        self.with_retry(error_page(state, lang, self.status_and_code().0).await)
    }

    /// `Retry-After` (whole seconds, at least 1) on an answer to a client over its rate, and
    /// a few seconds on any 503 (the database or media store is away; it usually comes back
    /// by itself, RFC 9110 §10.2.3).
    fn with_retry(&self, mut r: Response<Body>) -> Response<Body> {
        if let AppError::TooManyRequests(wait) = self {
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        } else if r.status() == StatusCode::SERVICE_UNAVAILABLE {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        r
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

/// A bare page in the edition's language, for when even the error page cannot be rendered.
fn bare_error_page(lang: Lang, status: StatusCode, home: &str) -> String {
    let c = Catalogs::embedded();
    let (title, text) = if status == StatusCode::NOT_FOUND {
        (
            c.t(lang, "error-404-title", &[]),
            c.t(lang, "error-404-text", &[]),
        )
    } else {
        (
            c.t(lang, "error-500-title", &[]),
            c.t(lang, "error-500-text", &[]),
        )
    };
    let back = c.t(lang, "error-back-home", &[]);
    let esc = masthead_markdown::esc;
    format!(
        "<!doctype html><html lang=\"{lang}\"><meta charset=\"utf-8\"><title>{}</title><h1>{}</h1><p>{}</p><p><a href=\"{}\">{}</a></p></html>",
        esc(&title),
        esc(&title),
        esc(&text),
        esc(home),
        esc(&back)
    )
}

/// The localized error page of an edition with its status; never cached, never fails.
pub async fn error_page(state: &AppState, lang: Lang, status: StatusCode) -> Response<Body> {
    let page = state.site.error_page(lang, status.as_u16()).await;
    let body = state.renderer.render(&page).unwrap_or_else(|e| {
        tracing::error!(error = %e, %status, "error page could not be rendered");
        bare_error_page(lang, status, &page.chrome.home_url)
    });
    let mut r = html(status, body);
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A page use case's result as a response: the rendered page (cacheable, with its tags), a
/// 301, or an error page.
pub async fn page<P: PageModel>(
    state: &AppState,
    lang: Lang,
    result: Result<Found<Page<P>>, ServiceError>,
) -> Response<Body> {
    match result {
        Ok(Found::Page(p)) => match state.renderer.render(&p) {
            Ok(body) => {
                let mut r = html(StatusCode::OK, body);
                // A page showing a breaking strip with an end is not served after it.
                let until = p.chrome.strip.as_ref().and_then(|s| s.until);
                r.extensions_mut().insert(Cacheable {
                    tags: p.tags,
                    until,
                });
                r
            }
            Err(e) => AppError::from(e).page(state, lang).await,
        },
        Ok(Found::Moved(to)) => moved(&to),
        Ok(Found::NotFound) => AppError::NotFound.page(state, lang).await,
        Err(e) => AppError::from(e).page(state, lang).await,
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

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::{CoreError, Permission};

    /// One error of every kind the web layer can meet.
    fn every_error() -> Vec<AppError> {
        let store = |e: StoreError| AppError::Service(ServiceError::Store(e));
        let mut v = vec![
            AppError::NotFound,
            AppError::Missing("unknown-section"),
            AppError::Unauthorized("invalid-token"),
            AppError::BadRequest("invalid-article-id"),
            AppError::BadRequest("malformed-beacon"),
            AppError::TooLarge("beacon-too-large"),
            AppError::Refused("cross-site-beacon"),
            AppError::TooManyRequests(std::time::Duration::from_millis(1500)),
            AppError::Service(ServiceError::Search(SearchError::Rebuilding)),
            AppError::Service(ServiceError::Search(SearchError::Engine("x".into()))),
            AppError::Render(RenderError::from_message("x")),
            AppError::Service(ServiceError::Forbidden(Permission::ManageSite)),
            AppError::Service(ServiceError::InvalidLines(vec![])),
            store(StoreError::NotFound),
            store(
                Conflict::SlugTaken {
                    edition: Lang::En,
                    slug: "x".into(),
                }
                .into(),
            ),
            store(
                Conflict::StaleRevision {
                    id: 1,
                    expected: 1,
                    current: 2,
                }
                .into(),
            ),
            store(
                Conflict::SourceKeyTaken {
                    edition: Lang::En,
                    key: "k".into(),
                }
                .into(),
            ),
            store(Conflict::Unique("u".into()).into()),
            store(StoreError::InvalidReference("r".into())),
            store(StoreError::Corrupt("c".into())),
            store(StoreError::backend(std::io::Error::other("down"))),
            store(StoreError::Unavailable(Box::new(std::io::Error::other(
                "gone",
            )))),
        ];
        let core = [
            CoreError::UnknownEdition("xx".into()),
            CoreError::InvalidSlug("A".into()),
            CoreError::UnknownStatus("x".into()),
            CoreError::Transition {
                from: Status::Published,
                to: Status::Draft,
            },
        ];
        for c in core {
            v.push(AppError::Service(ServiceError::Invalid(c.clone())));
            v.push(store(StoreError::Rule(c)));
        }
        for key in [
            "invalid-title",
            "invalid-lead",
            "invalid-body",
            "invalid-tags",
            "invalid-source-url",
            "invalid-schedule-time",
        ] {
            v.push(AppError::Service(ServiceError::Invalid(
                CoreError::Invalid { field: "f", key },
            )));
        }
        v
    }

    #[test]
    fn every_code_is_a_catalog_key_in_every_language() {
        let c = Catalogs::embedded();
        for e in every_error() {
            let (_, code) = e.status_and_code();
            for lang in Lang::ALL {
                assert!(
                    c.keys(lang).iter().any(|k| k == code),
                    "{code} missing from the {lang} catalog"
                );
                assert!(!e.message(lang).is_empty());
            }
        }
    }

    #[test]
    fn statuses_say_whose_fault_it_is() {
        let st = |e: AppError| e.status_and_code().0;
        assert_eq!(st(AppError::NotFound), StatusCode::NOT_FOUND);
        assert_eq!(
            st(StoreError::Corrupt("bad row".into()).into()),
            StatusCode::INTERNAL_SERVER_ERROR,
            "corrupt data is not the caller's bad input"
        );
        assert_eq!(
            st(StoreError::backend(std::io::Error::other("down")).into()),
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(
            st(StoreError::from(Conflict::StaleRevision {
                id: 1,
                expected: 1,
                current: 2
            })
            .into()),
            StatusCode::CONFLICT
        );
    }

    #[test]
    fn a_refused_transition_names_both_states() {
        let e = AppError::Service(ServiceError::Invalid(CoreError::Transition {
            from: Status::Published,
            to: Status::Draft,
        }));
        let en = e.message(Lang::En);
        assert!(en.contains("Published") && en.contains("Draft"), "{en}");
        let ru = e.message(Lang::Ru);
        assert!(
            ru.contains("Опубликована") && ru.contains("Черновик"),
            "{ru}"
        );
    }

    #[test]
    fn a_backend_error_keeps_its_source() {
        let e = StoreError::backend(std::io::Error::other("disk on fire"));
        let src = std::error::Error::source(&e).map(|s| s.to_string());
        assert_eq!(src.as_deref(), Some("disk on fire"));
    }

    /// A database that is away answers 503 with a few seconds to wait (RFC 9110 §10.2.3); other
    /// errors name no wait but the rate limit's own.
    #[test]
    fn unavailable_answers_say_when_to_retry() {
        let away = AppError::Service(ServiceError::Store(StoreError::Unavailable(Box::new(
            std::io::Error::other("connection refused"),
        ))));
        let r = away.json(Lang::En);
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            r.headers().get(header::RETRY_AFTER).map(|v| v.as_bytes()),
            Some(&b"5"[..])
        );
        let r = AppError::NotFound.json(Lang::En);
        assert!(r.headers().get(header::RETRY_AFTER).is_none());
    }
}
