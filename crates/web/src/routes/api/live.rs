//! `GET /api/v1/breaking` and `GET /api/v1/most-read` of an edition.

use super::Read;
use super::model::{ArticleItem, BreakingOut, ErrorOut, MostReadOut, StripOut};
use crate::error::AppError;
use axum::body::Body;
use axum::http::Response;

/// Breaking articles and the breaking strip.
#[utoipa::path(
    get,
    path = "/api/v1/breaking",
    tag = "live",
    params(
        ("lang" = Option<String>, Query, description = "Edition code; the default edition when absent"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Articles, 5 by default"),
    ),
    responses(
        (status = 200, description = "Breaking news", body = BreakingOut),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter or edition, bad limit", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn breaking(r: Read) -> Response<Body> {
    let state = &r.state;
    let result = async {
        r.only(&["lang", "limit"])?;
        r.allowed()?;
        let lang = r.edition()?;
        let limit = r.limit(5, 100)?;
        let (list, strip) = state.site.api_breaking(lang, limit).await?;
        let urls = state.site.urls();
        let base = state.site.base_url();
        Ok::<_, AppError>(BreakingOut {
            lang: lang.code().to_owned(),
            strip: strip.map(|s| StripOut {
                text: s.text,
                link: s.link,
            }),
            items: list
                .into_iter()
                .map(|a| ArticleItem::new(&urls, base, a))
                .collect(),
        })
    }
    .await;
    r.answer(result, 30)
}

/// The window of a most-read list.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
}

/// The most read articles of the last day or week.
#[utoipa::path(
    get,
    path = "/api/v1/most-read",
    tag = "live",
    params(
        ("lang" = Option<String>, Query, description = "Edition code; the default edition when absent"),
        ("period" = Option<Period>, Query, description = "`day` (the default) or `week`"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Articles, 10 by default"),
    ),
    responses(
        (status = 200, description = "Most read", body = MostReadOut),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter, edition or period, bad limit", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn most_read(r: Read) -> Response<Body> {
    let state = &r.state;
    let result = async {
        r.only(&["lang", "period", "limit"])?;
        r.allowed()?;
        let lang = r.edition()?;
        let week = match r.param("period").as_deref() {
            None | Some("day") => false,
            Some("week") => true,
            Some(_) => return Err(AppError::BadRequest("invalid-period")),
        };
        let limit = r.limit(10, 100)?;
        let list = state.site.api_most_read(lang, week, limit).await?;
        let urls = state.site.urls();
        let base = state.site.base_url();
        Ok(MostReadOut {
            lang: lang.code().to_owned(),
            period: if week { "week" } else { "day" }.to_owned(),
            items: list
                .into_iter()
                .map(|a| ArticleItem::new(&urls, base, a))
                .collect(),
        })
    }
    .await;
    r.answer(result, 60)
}
