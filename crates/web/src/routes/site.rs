//! Reader pages. The `Edition` extractor resolves the edition from the path; each handler calls
//! its use case and hands the page model to `error::page`, which renders it.

use crate::AppState;
use crate::app::ClientAddr;
use crate::error::{AppError, moved, page};
use crate::extract::{Edition, client_ip, header_str, path_language, reader_language};
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Response, Uri, header};
use masthead_core::Found;
use masthead_core::page::SearchState;
use masthead_service::Listing;
use masthead_service::search::SearchParams;

/// The value of one query parameter, decoded; `None` when absent.
pub(crate) fn query_param(raw: &Option<String>, name: &str) -> Option<String> {
    let raw = raw.as_deref()?;
    form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub async fn home(State(state): State<AppState>, ed: Edition) -> Response<Body> {
    page(&state, ed.lang, state.site.home(ed.lang).await).await
}

/// `/en` → `/en/`; a root `/sitemap-….xml` file is a sitemap (one path segment, like an
/// edition's).
pub async fn edition_root(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    ed: Result<Edition, Response<Body>>,
) -> Response<Body> {
    let segment = uri.path().trim_start_matches('/');
    if segment.starts_with("sitemap-") {
        return super::discovery::sitemap_file(&state, segment, &headers).await;
    }
    match ed {
        Ok(ed) => moved(&state.site.urls().home(ed.lang)),
        Err(r) => r,
    }
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

/// The search page (SPEC R6). Rate-limited per client; a page with a query is never cached
/// (each search is counted and sees the index as it is now).
pub async fn search(
    State(state): State<AppState>,
    ed: Edition,
    RawQuery(query): RawQuery,
    peer: Option<axum::Extension<ClientAddr>>,
    headers: HeaderMap,
) -> Response<Body> {
    let params = search_params(&query);
    if params.q.trim().is_empty() {
        return page(&state, ed.lang, state.site.search(ed.lang, &params).await).await;
    }
    let ip = client_ip(&state, &headers, peer.map(|axum::Extension(a)| a));
    if let Err(wait) = state.site.search_allowed(ip) {
        return AppError::TooManyRequests(wait).page(&state, ed.lang).await;
    }
    let found = state.site.search(ed.lang, &params).await;
    if let Ok(Found::Page(p)) = &found
        && p.body.state == SearchState::Results
    {
        let ua = header_str(&headers, "user-agent").unwrap_or("");
        state
            .site
            .count_search(ed.lang, &p.body.query, p.body.total, p.body.partial, ua, ip);
    }
    let mut r = page(&state, ed.lang, found).await;
    r.extensions_mut().remove::<crate::cache::Cacheable>();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    compress_if_accepted(&headers, r).await
}

/// A page that is not kept in the page cache (a search), compressed as it is sent when the
/// client takes brotli or gzip (cached pages are stored compressed instead).
async fn compress_if_accepted(headers: &HeaderMap, r: Response<Body>) -> Response<Body> {
    use crate::encoding::Encoding;
    let enc = crate::encoding::negotiate_encoding(headers);
    if enc == Encoding::Identity {
        return r;
    }
    let (mut parts, body) = r.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let (token, packed) = if enc == Encoding::Brotli {
        // A middle quality: this is done for every search, not once per cached page.
        ("br", crate::cache::brotli(&bytes, 5))
    } else {
        ("gzip", crate::cache::gzip(&bytes))
    };
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
    parts
        .headers
        .insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(packed))
}

/// The search parameters of a query string (first value of each).
pub(crate) fn search_params(raw: &Option<String>) -> SearchParams {
    SearchParams {
        q: query_param(raw, "q").unwrap_or_default(),
        section: query_param(raw, "section"),
        from: query_param(raw, "from"),
        to: query_param(raw, "to"),
        page: query_param(raw, "page"),
        limit: query_param(raw, "limit"),
    }
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

/// A static page (SPEC R14).
pub async fn static_page(State(state): State<AppState>, ed: Edition) -> Response<Body> {
    page(
        &state,
        ed.lang,
        state.site.static_page(ed.lang, ed.param("slug")).await,
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
