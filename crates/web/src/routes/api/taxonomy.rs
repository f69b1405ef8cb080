//! `GET /api/v1/sections`, `/api/v1/tags` and `/api/v1/authors` of an edition.

use super::Read;
use super::model::{ErrorOut, ListOf, SectionOut, TaxonOut, absolute};
use crate::error::AppError;
use axum::body::Body;
use axum::http::Response;
use masthead_core::discovery::FeedFormat;

/// The edition's sections in navigation order.
#[utoipa::path(
    get,
    path = "/api/v1/sections",
    tag = "taxonomy",
    params(("lang" = Option<String>, Query, description = "Edition code; the default edition when absent")),
    responses(
        (status = 200, description = "Sections", body = ListOf<SectionOut>),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter or edition", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn sections(r: Read) -> Response<Body> {
    let state = &r.state;
    let result = async {
        r.only(&["lang"])?;
        r.allowed()?;
        let lang = r.edition()?;
        let urls = state.site.urls();
        let base = state.site.base_url();
        let items = state
            .site
            .api_sections(lang)
            .await?
            .into_iter()
            .map(|s| SectionOut {
                url: absolute(base, &urls.section(lang, &s.slug)),
                rss_url: absolute(base, &urls.section_feed(lang, &s.slug, FeedFormat::Rss)),
                slug: s.slug,
                name: s.name,
                position: s.position,
            })
            .collect();
        Ok::<_, AppError>(ListOf {
            lang: lang.code().to_owned(),
            items,
        })
    }
    .await;
    r.answer(result, 300)
}

/// The edition's tags that published articles carry, by name.
#[utoipa::path(
    get,
    path = "/api/v1/tags",
    tag = "taxonomy",
    params(("lang" = Option<String>, Query, description = "Edition code; the default edition when absent")),
    responses(
        (status = 200, description = "Tags in use", body = ListOf<TaxonOut>),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter or edition", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn tags(r: Read) -> Response<Body> {
    taxa(r, false).await
}

/// The edition's authors of published articles, by name.
#[utoipa::path(
    get,
    path = "/api/v1/authors",
    tag = "taxonomy",
    params(("lang" = Option<String>, Query, description = "Edition code; the default edition when absent")),
    responses(
        (status = 200, description = "Authors with published articles", body = ListOf<TaxonOut>),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter or edition", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn authors(r: Read) -> Response<Body> {
    taxa(r, true).await
}

async fn taxa(r: Read, authors: bool) -> Response<Body> {
    let state = &r.state;
    let result = async {
        r.only(&["lang"])?;
        r.allowed()?;
        let lang = r.edition()?;
        let urls = state.site.urls();
        let base = state.site.base_url();
        let items: Vec<TaxonOut> = if authors {
            state
                .site
                .api_authors(lang)
                .await?
                .into_iter()
                .map(|u| TaxonOut {
                    url: absolute(base, &urls.author(lang, &u.item.slug)),
                    slug: u.item.slug,
                    name: u.item.name,
                    bio: Some(u.item.bio),
                    articles: u.articles,
                    latest_at: u.latest.to_string(),
                })
                .collect()
        } else {
            state
                .site
                .api_tags(lang)
                .await?
                .into_iter()
                .map(|t| TaxonOut {
                    url: absolute(base, &urls.tag(lang, &t.item.slug)),
                    slug: t.item.slug,
                    name: t.item.name,
                    bio: None,
                    articles: t.articles,
                    latest_at: t.latest.to_string(),
                })
                .collect()
        };
        Ok::<_, AppError>(ListOf {
            lang: lang.code().to_owned(),
            items,
        })
    }
    .await;
    r.answer(result, 300)
}
