//! Feeds and sitemaps (SPEC R8): `{e}/rss.xml`, `{e}/atom.xml`, `{e}/category/{slug}/rss.xml`
//! and `atom.xml`, `/sitemap.xml` and the `/sitemap-….xml` files it names. Cached like pages,
//! with the tags of what they list.

use crate::AppState;
use crate::cache::Cacheable;
use crate::error::AppError;
use crate::extract::{Edition, reader_language};
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, Uri, header};
use masthead_core::discovery::{FeedFormat, SitemapPart};
use masthead_core::{CacheTag, Found, Lang};
use masthead_render::{render_feed, render_sitemap};
use masthead_service::ServiceError;
use masthead_service::discovery::Tagged;

/// An XML document, cacheable under `tags`.
fn xml(body: String, content_type: &'static str, tags: Vec<CacheTag>) -> Response<Body> {
    let mut r = Response::new(Body::from(body));
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r.extensions_mut().insert(Cacheable { tags, until: None });
    r
}

async fn answer<T>(
    state: &AppState,
    lang: Lang,
    found: Result<Found<Tagged<T>>, ServiceError>,
    render: impl FnOnce(&T) -> Result<String, masthead_render::RenderError>,
    content_type: &'static str,
) -> Response<Body> {
    match found {
        Ok(Found::Page(t)) => match render(&t.doc) {
            Ok(body) => xml(body, content_type, t.tags),
            Err(e) => AppError::from(e).page(state, lang).await,
        },
        Ok(Found::NotFound | Found::Moved(_)) => AppError::NotFound.page(state, lang).await,
        Err(e) => AppError::from(e).page(state, lang).await,
    }
}

/// An edition's or a section's feed, RSS or Atom by the file name.
pub async fn feed(State(state): State<AppState>, ed: Edition, uri: Uri) -> Response<Body> {
    let format = if uri.path().ends_with("/atom.xml") {
        FeedFormat::Atom
    } else {
        FeedFormat::Rss
    };
    let section = ed.params.get("slug").map(String::as_str);
    let found = state.site.feed(ed.lang, section, format).await;
    answer(&state, ed.lang, found, render_feed, format.content_type()).await
}

const SITEMAP_TYPE: &str = "application/xml; charset=utf-8";

/// `/sitemap.xml`.
pub async fn sitemap_index(State(state): State<AppState>, headers: HeaderMap) -> Response<Body> {
    let lang = reader_language(&state, &headers);
    let found = state.site.sitemap_index().await.map(Found::Page);
    answer(&state, lang, found, render_sitemap, SITEMAP_TYPE).await
}

/// A `/sitemap-….xml` file, if `name` is one.
pub async fn sitemap_file(state: &AppState, name: &str, headers: &HeaderMap) -> Response<Body> {
    let lang = reader_language(state, headers);
    let Some(part) = SitemapPart::parse(name) else {
        return crate::error::error_page(state, lang, StatusCode::NOT_FOUND).await;
    };
    let found = state.site.sitemap(part).await;
    answer(state, lang, found, render_sitemap, SITEMAP_TYPE).await
}
