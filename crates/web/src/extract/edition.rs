//! `Edition`: which edition a request is for, from the path's `{lang}` segment (none means the
//! default edition). Rejects with the response to send instead: a 301 from `/ru/…` to `/…` for
//! the default edition, a localized 404 for an edition the site does not have.

use crate::AppState;
use crate::error::{error_page, moved};
use axum::body::Body;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Response, StatusCode, header};
use masthead_core::Lang;
use std::collections::HashMap;

pub struct Edition {
    pub lang: Lang,
    /// The route's other path parameters (`slug`, `year`, …).
    pub params: HashMap<String, String>,
}

impl Edition {
    pub fn param(&self, name: &str) -> &str {
        self.params.get(name).map(String::as_str).unwrap_or("")
    }
}

/// For pages of no edition (an unknown prefix): the reader's language if the site has it.
pub fn reader_language(state: &AppState, headers: &HeaderMap) -> Lang {
    let settings = state.site.settings();
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|al| masthead_i18n::negotiate(al, &settings.editions))
        .unwrap_or_else(|| settings.default_edition())
}

/// The language of a page that names no edition it has: the edition its path starts with, if
/// any (`/en/post/%FF`), else the reader's language.
pub fn path_language(state: &AppState, uri: &axum::http::Uri, headers: &HeaderMap) -> Lang {
    let first = uri.path().split('/').nth(1).unwrap_or("");
    state
        .site
        .edition_for(Some(first))
        .unwrap_or_else(|| reader_language(state, headers))
}

impl FromRequestParts<AppState> for Edition {
    type Rejection = Response<Body>;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // A path segment that does not decode (`/%FF/`, an overlong `/%C0%AF/`) names no page.
        let params: HashMap<String, String> =
            match <Path<HashMap<String, String>> as axum::extract::OptionalFromRequestParts<
                AppState,
            >>::from_request_parts(parts, state)
            .await
            {
                Ok(found) => found.map(|Path(m)| m).unwrap_or_default(),
                Err(_) => {
                    let lang = path_language(state, &parts.uri, &parts.headers);
                    return Err(error_page(state, lang, StatusCode::NOT_FOUND).await);
                }
            };
        let Some(code) = params.get("lang") else {
            return Ok(Edition {
                lang: state.site.settings().default_edition(),
                params,
            });
        };
        if let Some(lang) = state.site.edition_for(Some(code)) {
            return Ok(Edition { lang, params });
        }
        let default = state.site.settings().default_edition();
        if code == default.code() {
            let path = parts.uri.path();
            let rest = path
                .get(1 + code.len()..)
                .filter(|r| !r.is_empty())
                .unwrap_or("/");
            let to = match parts.uri.query() {
                Some(q) => format!("{rest}?{q}"),
                None => rest.to_owned(),
            };
            return Err(moved(&to));
        }
        Err(error_page(
            state,
            reader_language(state, &parts.headers),
            StatusCode::NOT_FOUND,
        )
        .await)
    }
}
