//! Reader pages. The `Edition` extractor resolves the edition from the path; each handler calls
//! its use case and hands the page model to `error::page`, which renders it.

use crate::AppState;
use crate::error::{AppError, moved, page};
use crate::extract::{Edition, path_language, reader_language};
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, Response, Uri};
use masthead_service::Listing;

/// The value of one query parameter, decoded; `None` when absent.
fn query_param(raw: &Option<String>, name: &str) -> Option<String> {
    let raw = raw.as_deref()?;
    form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub async fn home(State(state): State<AppState>, ed: Edition) -> Response<Body> {
    page(&state, ed.lang, state.site.home(ed.lang).await).await
}

/// `/en` → `/en/`.
pub async fn edition_root(State(state): State<AppState>, ed: Edition) -> Response<Body> {
    moved(&state.site.urls().home(ed.lang))
}

pub async fn article(State(state): State<AppState>, ed: Edition) -> Response<Body> {
    page(
        &state,
        ed.lang,
        state.site.article(ed.lang, ed.param("slug")).await,
    )
    .await
}

/// Section, tag, author and day archive pages share one handler.
pub async fn listing(
    State(state): State<AppState>,
    ed: Edition,
    uri: Uri,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    // The route names the listing by its date parts or by the segment before the slug.
    let what = if ed.params.contains_key("year") {
        Listing::Day {
            year: ed.param("year"),
            month: ed.param("month"),
            day: ed.param("day"),
        }
    } else {
        match uri.path().rsplit('/').nth(1).unwrap_or("") {
            "category" => Listing::Section(ed.param("slug")),
            "tag" => Listing::Tag(ed.param("slug")),
            _ => Listing::Author(ed.param("slug")),
        }
    };
    let page_no = query_param(&query, "page");
    page(
        &state,
        ed.lang,
        state.site.listing(ed.lang, what, page_no.as_deref()).await,
    )
    .await
}

pub async fn search(
    State(state): State<AppState>,
    ed: Edition,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    let q = query_param(&query, "q").unwrap_or_default();
    page(&state, ed.lang, state.site.search(ed.lang, &q).await).await
}

/// The edition's corrections and updates (SPEC N9).
pub async fn corrections(
    State(state): State<AppState>,
    ed: Edition,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    let page_no = query_param(&query, "page");
    page(
        &state,
        ed.lang,
        state
            .site
            .corrections_page(ed.lang, page_no.as_deref())
            .await,
    )
    .await
}

/// Anything no route matched: the 404 page of the edition the path starts with, if any; a JSON
/// error under the API.
pub async fn not_found(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    if uri.path().starts_with("/api/") {
        return AppError::NotFound.json(reader_language(&state, &headers));
    }
    let lang = path_language(&state, &uri, &headers);
    AppError::NotFound.page(&state, lang).await
}
