//! Reader pages. Each handler resolves the edition from the path, calls its use case and hands
//! the outcome to `error::page`.

use crate::AppState;
use crate::error::{error_page, moved, page};
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Response, StatusCode, Uri, header};
use masthead_core::Lang;
use masthead_service::pages::listing::Listing;
use std::collections::HashMap;

type Params = Option<Path<HashMap<String, String>>>;

fn path_params(p: Params) -> HashMap<String, String> {
    p.map(|Path(m)| m).unwrap_or_default()
}

/// The edition a request is for, or the response to send instead: a 301 from `/ru/...` to
/// `/...` for the default edition, a 404 for an edition the site does not have.
async fn edition(
    state: &AppState,
    params: &HashMap<String, String>,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<Lang, Response<Body>> {
    let Some(code) = params.get("lang") else {
        return Ok(state.site.settings().default_edition());
    };
    if let Some(lang) = state.site.edition_for(Some(code)) {
        return Ok(lang);
    }
    let default = state.site.settings().default_edition();
    if code == default.code() {
        let rest = &uri.path()[1 + code.len()..];
        let rest = if rest.is_empty() { "/" } else { rest };
        let to = match uri.query() {
            Some(q) => format!("{rest}?{q}"),
            None => rest.to_owned(),
        };
        return Err(moved(&to));
    }
    Err(error_page(
        state,
        reader_language(state, headers),
        StatusCode::NOT_FOUND,
    )
    .await)
}

/// For pages of no edition (an unknown prefix): the reader's language if the site has it.
fn reader_language(state: &AppState, headers: &HeaderMap) -> Lang {
    let settings = state.site.settings();
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|al| masthead_i18n::negotiate(al, &settings.editions))
        .unwrap_or_else(|| settings.default_edition())
}

/// The value of one query parameter, decoded; `None` when absent.
fn query_param(raw: &Option<String>, name: &str) -> Option<String> {
    let raw = raw.as_deref()?;
    form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub async fn home(
    State(state): State<AppState>,
    params: Params,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    let params = path_params(params);
    let lang = match edition(&state, &params, &uri, &headers).await {
        Ok(l) => l,
        Err(r) => return r,
    };
    page(&state, lang, state.site.home(lang).await).await
}

/// `/en` → `/en/`.
pub async fn edition_root(
    State(state): State<AppState>,
    params: Params,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    let params = path_params(params);
    match edition(&state, &params, &uri, &headers).await {
        Ok(lang) => moved(&format!("{}/", state.site.settings().prefix(lang))),
        Err(r) => r,
    }
}

pub async fn article(
    State(state): State<AppState>,
    params: Params,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    let params = path_params(params);
    let lang = match edition(&state, &params, &uri, &headers).await {
        Ok(l) => l,
        Err(r) => return r,
    };
    let slug = params.get("slug").map(String::as_str).unwrap_or("");
    page(&state, lang, state.site.article(lang, slug).await).await
}

/// Section, tag, author and day archive pages share one handler.
pub async fn listing(
    State(state): State<AppState>,
    params: Params,
    uri: Uri,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    let params = path_params(params);
    let lang = match edition(&state, &params, &uri, &headers).await {
        Ok(l) => l,
        Err(r) => return r,
    };
    let get = |k: &str| params.get(k).map(String::as_str).unwrap_or("");
    // The route names the listing by its second-to-last path segment or by its date parts.
    let what = if params.contains_key("year") {
        Listing::Day {
            year: get("year"),
            month: get("month"),
            day: get("day"),
        }
    } else {
        let kind = uri.path().rsplit('/').nth(1).unwrap_or("");
        match kind {
            "category" => Listing::Section(get("slug")),
            "tag" => Listing::Tag(get("slug")),
            _ => Listing::Author(get("slug")),
        }
    };
    let page_no = query_param(&query, "page");
    page(
        &state,
        lang,
        state.site.listing(lang, what, page_no.as_deref()).await,
    )
    .await
}

pub async fn search(
    State(state): State<AppState>,
    params: Params,
    uri: Uri,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    let params = path_params(params);
    let lang = match edition(&state, &params, &uri, &headers).await {
        Ok(l) => l,
        Err(r) => return r,
    };
    let q = query_param(&query, "q").unwrap_or_default();
    page(&state, lang, state.site.search(lang, &q).await).await
}

/// Anything no route matched: the 404 page of the edition the path starts with, if any.
pub async fn not_found(State(state): State<AppState>, uri: Uri) -> Response<Body> {
    let first = uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let lang = state
        .site
        .edition_for(Some(first))
        .unwrap_or_else(|| state.site.settings().default_edition());
    error_page(&state, lang, StatusCode::NOT_FOUND).await
}
