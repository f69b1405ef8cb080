//! The view beacon (SPEC R7): `POST /api/v1/articles/{id}/views`. Pages stay cacheable; each
//! reader's browser reports the view here. Only same-site beacons count; robots and prefetches
//! are answered but not counted; one reader counts once per article per half hour.

use crate::AppState;
use crate::app::ClientAddr;
use crate::error::{AppError, json};
use crate::extract::{client_ip, header_str, is_same_site};
use axum::body::{Body, to_bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use jiff::Timestamp;
use masthead_core::Lang;
use masthead_i18n::{Arg, Catalogs};
use masthead_service::Reader;

/// A beacon body is a small JSON object; anything bigger is not a beacon.
const MAX_BODY: usize = 1024;

fn is_prefetch(h: &HeaderMap) -> bool {
    ["sec-purpose", "purpose", "x-moz", "x-purpose"]
        .iter()
        .any(|name| {
            header_str(h, name).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                v.contains("prefetch") || v.contains("prerender")
            })
        })
}

fn no_content() -> Response<Body> {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = StatusCode::NO_CONTENT;
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

pub async fn record_view(
    State(state): State<AppState>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    peer: Option<axum::Extension<ClientAddr>>,
    headers: HeaderMap,
    body: Body,
) -> Response<Body> {
    let mut lang = state.site.settings().default_edition();
    // Reading stops at the limit, whatever Content-Length claims.
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return AppError::TooLarge("beacon-too-large").json(lang);
    };
    if !bytes.iter().all(u8::is_ascii_whitespace) {
        match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Ok(serde_json::Value::Object(obj)) => {
                if let Some(l) = obj
                    .get("lang")
                    .and_then(|v| v.as_str())
                    .and_then(|s| s.parse::<Lang>().ok())
                {
                    lang = l;
                }
            }
            _ => return AppError::BadRequest("malformed-beacon").json(lang),
        }
    }
    // An id that does not even decode is as invalid as one that is not a number.
    let id = id.map(|Path(id)| id).unwrap_or_default();
    let Some(article_id) =
        (!id.is_empty() && id.len() <= 18 && id.bytes().all(|b| b.is_ascii_digit()))
            .then(|| id.parse::<i64>().ok())
            .flatten()
    else {
        return AppError::BadRequest("invalid-article-id").json(lang);
    };
    if !is_same_site(&headers, state.site.base_url()) {
        return AppError::Refused("cross-site-beacon").json(lang);
    }
    let ua = header_str(&headers, "user-agent").unwrap_or("");
    if masthead_service::is_bot(ua) || is_prefetch(&headers) {
        return no_content();
    }
    let reader = Reader {
        addr: client_ip(&state, &headers, peer.map(|axum::Extension(p)| p)),
        user_agent: ua,
    };
    match state
        .site
        .record_view(article_id, reader, Timestamp::now())
        .await
    {
        Ok(Some(count)) => {
            let label =
                Catalogs::embedded().t(lang, "article-views", &[("count", Arg::Num(count.total))]);
            json(
                StatusCode::OK,
                &serde_json::json!({ "views": count.total, "counted": count.counted, "label": label }),
            )
        }
        Ok(None) => AppError::NotFound.json(lang),
        Err(e) => AppError::from(e).json(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.insert(*k, HeaderValue::from_static(v));
        }
        m
    }

    #[test]
    fn only_same_site_beacons_count() {
        let base = "https://news.example";
        let same = |pairs: &[(&'static str, &'static str)]| is_same_site(&h(pairs), base);
        assert!(same(&[("host", "news.test")]));
        assert!(same(&[
            ("host", "news.test"),
            ("origin", "https://news.test"),
            ("sec-fetch-site", "same-origin"),
        ]));
        // Behind a proxy that sends its own Host: the site's public address counts.
        assert!(same(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "https://news.example"),
            ("sec-fetch-site", "same-origin"),
        ]));
        assert!(!same(&[
            ("host", "news.test"),
            ("origin", "https://elsewhere.example"),
            ("sec-fetch-site", "cross-site"),
        ]));
        assert!(!same(&[
            ("host", "news.test"),
            ("origin", "https://elsewhere.example")
        ]));
        assert!(!same(&[
            ("host", "news.test"),
            ("sec-fetch-site", "cross-site")
        ]));
        assert!(!same(&[("origin", "null"), ("host", "news.test")]));
    }
}
