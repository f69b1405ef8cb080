//! The view beacon (R7): `POST /api/v1/articles/{id}/views`. Pages stay cacheable; each reader's
//! browser reports the view here. Robots and prefetches are answered but not counted.

use crate::AppState;
use crate::error::{json, json_error, status_of};
use axum::body::{Body, to_bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use jiff::Timestamp;
use masthead_core::Lang;
use masthead_i18n::{Arg, Catalogs};

/// A beacon body is a small JSON object; anything bigger is not a beacon.
const MAX_BODY: usize = 1024;

fn is_prefetch(h: &HeaderMap) -> bool {
    let has = |name: &str| {
        h.get(name).and_then(|v| v.to_str().ok()).is_some_and(|v| {
            v.to_ascii_lowercase().contains("prefetch")
                || v.to_ascii_lowercase().contains("prerender")
        })
    };
    has("sec-purpose") || has("purpose") || has("x-moz") || has("x-purpose")
}

pub async fn record_view(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response<Body> {
    let Some(article_id) =
        (!id.is_empty() && id.len() <= 18 && id.bytes().all(|b| b.is_ascii_digit()))
            .then(|| id.parse::<i64>().ok())
            .flatten()
    else {
        return json_error(
            StatusCode::BAD_REQUEST,
            "invalid_article_id",
            "the article id must be a positive integer",
        );
    };
    // Reading stops at the limit, whatever Content-Length claims.
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return json_error(
            StatusCode::BAD_REQUEST,
            "beacon_too_large",
            "the beacon body is too large",
        );
    };
    let mut lang = state.site.settings().default_edition();
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
            _ => {
                return json_error(
                    StatusCode::BAD_REQUEST,
                    "malformed_beacon",
                    "the beacon body must be a JSON object",
                );
            }
        }
    }
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if masthead_service::is_bot(ua) || is_prefetch(&headers) {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::NO_CONTENT;
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return r;
    }
    match state
        .site
        .views
        .record(&state.site.store, article_id, Timestamp::now())
        .await
    {
        Ok(Some(total)) => {
            let label =
                Catalogs::embedded().t(lang, "article-views", &[("count", Arg::Num(total))]);
            json(
                StatusCode::OK,
                &serde_json::json!({ "views": total, "label": label }),
            )
        }
        Ok(None) => json_error(
            StatusCode::NOT_FOUND,
            "article_not_found",
            "no published article has this id",
        ),
        Err(e) => {
            let e = masthead_service::ServiceError::Store(e);
            tracing::error!(error = %e, "view not recorded");
            json_error(
                status_of(&e),
                "unavailable",
                "the view could not be recorded",
            )
        }
    }
}
