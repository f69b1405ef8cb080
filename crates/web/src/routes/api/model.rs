//! The content API's response bodies, each with its OpenAPI schema (utoipa `ToSchema`). Every
//! address is absolute; times are RFC 3339 in UTC.

use masthead_core::{ArticleSummary, Lang, Urls};
use serde::Serialize;
use utoipa::ToSchema;

/// An error: a stable code (also a catalog key) and a message in the edition's language.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorOut {
    pub error: ErrorBody,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable, e.g. `unknown-parameter`, `invalid-limit`, `invalid-cursor`, `not-found`.
    pub code: String,
    pub message: String,
}

/// A section, tag or author named on an article.
#[derive(Debug, Serialize, ToSchema)]
pub struct Named {
    pub slug: String,
    pub name: String,
    /// Its page on the site.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FlagsOut {
    pub breaking: bool,
    pub top: bool,
    pub important: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImageOut {
    pub url: String,
    pub alt: String,
}

/// An article in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleItem {
    pub id: i64,
    /// Edition code (`ru`, `en`, `hy`, `az`).
    pub lang: String,
    pub slug: String,
    /// The article's page.
    pub url: String,
    pub title: String,
    pub lead: String,
    /// RFC 3339.
    pub published_at: String,
    pub section: Named,
    /// The story tag shown above the title.
    pub kicker: Option<Named>,
    pub cover: Option<ImageOut>,
    pub flags: FlagsOut,
    /// Views counted so far (for most-read lists: views in the period).
    pub views: i64,
}

/// A page of articles, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleListOut {
    pub lang: String,
    pub limit: u32,
    pub items: Vec<ArticleItem>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// The next page's address; `null` on the last page.
    pub next_url: Option<String>,
}

/// One file of an image, `width` pixels wide.
#[derive(Debug, Serialize, ToSchema)]
pub struct Variant {
    pub width: u32,
    pub url: String,
    /// Media type (`image/webp`, `image/jpeg`, …).
    #[serde(rename = "type")]
    pub mime: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CoverOut {
    pub url: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    /// Smallest first; empty when only `url` exists.
    pub variants: Vec<Variant>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationOut {
    pub lang: String,
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CorrectionOut {
    /// `correction` or `update`.
    pub kind: String,
    pub text: String,
    pub at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SourceOut {
    pub name: String,
    pub url: String,
}

/// One article with everything its page shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleOut {
    pub id: i64,
    pub lang: String,
    pub slug: String,
    pub url: String,
    pub title: String,
    pub lead: String,
    /// Sanitized HTML.
    pub body_html: String,
    pub published_at: String,
    /// The last change readers saw (a correction moves it).
    pub updated_at: String,
    pub section: Named,
    pub kicker: Option<Named>,
    pub tags: Vec<Named>,
    /// The byline, first author first.
    pub authors: Vec<Named>,
    pub cover: Option<CoverOut>,
    /// Where a reprint comes from.
    pub source: Option<SourceOut>,
    pub translations: Vec<TranslationOut>,
    pub corrections: Vec<CorrectionOut>,
    pub flags: FlagsOut,
    pub views: i64,
    pub seo_title: String,
    pub seo_description: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SectionOut {
    pub slug: String,
    pub name: String,
    pub url: String,
    /// Navigation order, from 0.
    pub position: i64,
    pub rss_url: String,
}

/// A tag or an author with its published articles.
#[derive(Debug, Serialize, ToSchema)]
pub struct TaxonOut {
    pub slug: String,
    pub name: String,
    pub url: String,
    /// Authors only: their short biography.
    pub bio: Option<String>,
    pub articles: u64,
    pub latest_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ListOf<T> {
    pub lang: String,
    pub items: Vec<T>,
}

/// The breaking strip an editor set.
#[derive(Debug, Serialize, ToSchema)]
pub struct StripOut {
    pub text: String,
    pub link: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BreakingOut {
    pub lang: String,
    pub strip: Option<StripOut>,
    /// Breaking articles, newest first.
    pub items: Vec<ArticleItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MostReadOut {
    pub lang: String,
    /// `day` or `week`.
    pub period: String,
    pub items: Vec<ArticleItem>,
}

/// `base` + `path`, unless `path` is already absolute.
pub fn absolute(base: &str, path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_owned()
    } else {
        format!("{base}{path}")
    }
}

impl ArticleItem {
    pub fn new(urls: &Urls, base: &str, a: ArticleSummary) -> Self {
        let ed: Lang = a.edition;
        ArticleItem {
            id: a.id,
            lang: ed.code().to_owned(),
            url: absolute(base, &urls.article(ed, &a.slug)),
            section: Named {
                url: absolute(base, &urls.section(ed, &a.section_slug)),
                slug: a.section_slug,
                name: a.section_name,
            },
            kicker: match (a.kicker_slug, a.kicker_name) {
                (Some(slug), Some(name)) => Some(Named {
                    url: absolute(base, &urls.tag(ed, &slug)),
                    slug,
                    name,
                }),
                _ => None,
            },
            cover: a.cover_url.map(|u| ImageOut {
                url: absolute(base, &u),
                alt: a.cover_alt.unwrap_or_default(),
            }),
            flags: FlagsOut {
                breaking: a.flags.breaking,
                top: a.flags.top,
                important: a.flags.important,
            },
            slug: a.slug,
            title: a.title,
            lead: a.lead,
            published_at: a.published_at.to_string(),
            views: a.views,
        }
    }
}
