//! `GET /api/v1/search?q=&lang=&section=&from=&to=&page=&limit=` (SPEC A1): the search page's
//! results as JSON, and `GET /api/v1/search/popular?lang=` with the edition's popular queries
//! (the search overlay shows them). Parameters the endpoint does not know, dates that are not
//! `YYYY-MM-DD`, and page sizes over 100 are refused with a stable code; a page past the last
//! is an empty page. Rate-limited per client like the search page.

use super::{edition, public_get};
use crate::AppState;
use crate::app::ClientAddr;
use crate::error::{AppError, json};
use crate::extract::{client_ip, reader_language};
use crate::routes::site::search_params;
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, Response, StatusCode};
use masthead_core::search::{MAX_PAGE_SIZE, Mark};
use masthead_service::search::{Finding, SearchRequest};
use serde_json::{Value, json as j};

/// Results per page when `limit` is not given.
const DEFAULT_LIMIT: usize = 10;
const KNOWN: &[&str] = &["q", "lang", "section", "from", "to", "page", "limit"];

fn plain(marks: &[Mark]) -> String {
    marks.iter().map(|m| m.text.as_str()).collect()
}

/// The snippet with its matches in `<mark>`, the rest escaped.
fn marked_html(marks: &[Mark]) -> String {
    let mut out = String::new();
    for m in marks {
        let t = masthead_markdown::esc(&m.text);
        if m.hit {
            out.push_str("<mark>");
            out.push_str(&t);
            out.push_str("</mark>");
        } else {
            out.push_str(&t);
        }
    }
    out
}

/// Full-text search of an edition's articles (see docs/search.md for the query syntax).
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    params(
        ("q" = Option<String>, Query, description = "Words, \"phrases\" and -exclusions; at most 200 characters"),
        ("lang" = Option<String>, Query, description = "Edition code; the default edition when absent"),
        ("section" = Option<String>, Query, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Section slug"),
        ("from" = Option<String>, Query, format = Date, description = "Published on or after this day"),
        ("to" = Option<String>, Query, format = Date, description = "Published on or before this day"),
        ("page" = Option<String>, Query, pattern = "^[1-9][0-9]*$", description = "Page, from 1; a page past the last (search reaches 1,000 results deep) is an empty page"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Results per page, 10 by default"),
    ),
    responses(
        (status = 200, description = "Results: `status` (`ok` or `rebuilding`), `total`, `partial`, `results` with title, url, kicker, snippet, snippet_html, published_at, section", body = serde_json::Value),
        (status = 400, description = "Unknown parameter or edition, bad date, number or limit", body = super::model::ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = super::model::ErrorOut),
        (status = 503, description = "The search index is not available", body = super::model::ErrorOut),
    )
)]
pub async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    peer: Option<axum::Extension<ClientAddr>>,
    headers: HeaderMap,
) -> Response<Body> {
    // Errors speak the asked edition's language when it names one.
    let lang = edition(&state, &raw).unwrap_or_else(|_| reader_language(&state, &headers));
    match answer(&state, &raw, peer, &headers).await {
        Ok(r) => public_get(r, 30),
        Err(e) => public_get(e.json(lang), 0),
    }
}

async fn answer(
    state: &AppState,
    raw: &Option<String>,
    peer: Option<axum::Extension<ClientAddr>>,
    headers: &HeaderMap,
) -> Result<Response<Body>, AppError> {
    if let Some(q) = raw.as_deref() {
        for (k, _) in form_urlencoded::parse(q.as_bytes()) {
            if !KNOWN.contains(&k.as_ref()) {
                return Err(AppError::BadRequest("unknown-parameter"));
            }
        }
    }
    let lang = edition(state, raw)?;
    let params = search_params(raw);
    // A parameter given empty is refused like any other value it cannot take (the page's
    // form is lenient instead).
    let empty = |v: &Option<String>| v.as_deref().is_some_and(|v| v.trim().is_empty());
    for (v, code) in [
        (&params.from, "invalid-date"),
        (&params.to, "invalid-date"),
        (&params.page, "invalid-number"),
        (&params.limit, "invalid-limit"),
        (&params.section, "unknown-section"),
    ] {
        if empty(v) {
            return Err(AppError::BadRequest(code));
        }
    }
    if params
        .section
        .as_deref()
        .is_some_and(|s| masthead_core::slug::validate(s.trim()).is_err())
    {
        return Err(AppError::BadRequest("unknown-section"));
    }

    if params
        .limit
        .as_deref()
        .and_then(|l| l.trim().parse::<u64>().ok())
        .is_some_and(|l| l > MAX_PAGE_SIZE as u64)
    {
        return Err(AppError::BadRequest("invalid-limit"));
    }
    let request = SearchRequest::read(lang, &params, DEFAULT_LIMIT)
        .map_err(|e| AppError::BadRequest(e.code()))?;
    let ip = client_ip(state, headers, peer.map(|axum::Extension(a)| a));
    if !request.q.is_empty() {
        state
            .site
            .search_allowed(ip)
            .map_err(AppError::TooManyRequests)?;
    }
    let urls = state.site.urls();
    let base = state.site.base_url();
    let mut body = j!({
        "query": request.q,
        "lang": lang.code(),
        "page": request.page,
        "limit": request.limit,
    });
    match state.site.find(&request).await? {
        Finding::Rebuilding { done, total } => {
            body["status"] = j!("rebuilding");
            body["rebuilt"] = j!({ "done": done, "total": total });
            body["total"] = j!(0);
            body["results"] = j!([]);
        }
        Finding::Results(found) => {
            let results: Vec<Value> = found
                .hits
                .iter()
                .map(|h| {
                    j!({
                        "id": h.id,
                        "title": h.title,
                        "url": format!("{base}{}", urls.article(lang, &h.slug)),
                        "kicker": h.kicker,
                        "snippet": plain(&h.snippet),
                        "snippet_html": marked_html(&h.snippet),
                        "published_at": h.published_at.to_string(),
                        "section": {
                            "slug": h.section_slug,
                            "name": h.section_name,
                            "url": format!("{base}{}", urls.section(lang, &h.section_slug)),
                        },
                    })
                })
                .collect();
            body["status"] = j!("ok");
            body["total"] = j!(found.total);
            body["partial"] = j!(found.partial);
            body["results"] = Value::Array(results);
        }
    }
    Ok(json(StatusCode::OK, &body))
}

/// `GET /api/v1/search/popular?lang=`: `{"lang", "queries": [..]}`.
#[utoipa::path(
    get,
    path = "/api/v1/search/popular",
    tag = "search",
    params(("lang" = Option<String>, Query, description = "Edition code; the default edition when absent")),
    responses(
        (status = 200, description = "`{\"lang\", \"queries\": [string]}`: what readers search for most this week", body = serde_json::Value),
        (status = 400, description = "Unknown edition", body = super::model::ErrorOut),
    )
)]
pub async fn popular(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response<Body> {
    let lang = edition(&state, &raw).unwrap_or_else(|_| reader_language(&state, &headers));
    let result = async {
        let ed = edition(&state, &raw)?;
        let queries = state.site.popular_searches(ed).await?;
        Ok::<_, AppError>(json(
            StatusCode::OK,
            &j!({ "lang": ed.code(), "queries": queries }),
        ))
    }
    .await;
    match result {
        Ok(r) => public_get(r, 60),
        Err(e) => public_get(e.json(lang), 0),
    }
}
