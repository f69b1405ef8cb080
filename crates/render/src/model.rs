//! View models: what each page template is given. Built by the service layer from store data.

use masthead_core::{Ad, Article, ArticleSummary, Author, Lang, Section, Tag};
use serde::Serialize;

/// A link to the same page in another edition (edition switch, hreflang alternates).
#[derive(Debug, Clone, Serialize)]
pub struct EditionLink {
    pub lang: Lang,
    pub code: &'static str,
    pub label: &'static str,
    pub native: &'static str,
    pub href: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SocialLink {
    pub network: &'static str,
    pub label: &'static str,
    pub url: String,
}

/// Everything around a page's content: the same for every page of an edition except the
/// edition links, the active section and the head metadata.
#[derive(Debug, Clone, Serialize)]
pub struct Chrome {
    pub lang: Lang,
    /// "" for the default edition, "/en" for others.
    pub prefix: String,
    pub site_name: String,
    pub base_url: String,
    pub time_zone: String,
    pub editions: Vec<EditionLink>,
    pub sections: Vec<Section>,
    pub active_section: Option<String>,
    pub social: Vec<SocialLink>,
    pub app_store_url: Option<String>,
    pub google_play_url: Option<String>,
    pub breaking: Option<ArticleSummary>,
    pub reprint_policy: String,
    pub year: i16,
}

/// Head metadata of one page.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Head {
    pub title: String,
    pub description: String,
    /// Path of the page (with edition prefix); made absolute with the base URL.
    pub path: String,
    pub noindex: bool,
}

/// The same article in another edition.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationLink {
    pub lang: Lang,
    pub native: &'static str,
    pub title: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticlePage {
    pub article: Article,
    pub section: Section,
    pub author: Option<Author>,
    pub tags: Vec<Tag>,
    pub translations: Vec<TranslationLink>,
    pub important: Vec<ArticleSummary>,
    pub related: Vec<ArticleSummary>,
    pub ad: Option<Ad>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionBlock {
    pub section: Section,
    pub articles: Vec<ArticleSummary>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HomePage {
    pub top: Option<ArticleSummary>,
    pub latest: Vec<ArticleSummary>,
    pub blocks: Vec<SectionBlock>,
    pub most_read_day: Vec<ArticleSummary>,
    pub most_read_week: Vec<ArticleSummary>,
    pub ad: Option<Ad>,
}

/// Pagination links of a listing; `None` where there is no such page.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    pub page: u32,
    pub last: u32,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
}

/// A section, tag, author or day archive listing.
#[derive(Debug, Clone, Serialize)]
pub struct ListPage {
    /// "section", "tag", "author", "archive" or "search".
    pub kind: &'static str,
    pub heading: String,
    pub intro: Option<String>,
    pub total: u64,
    pub articles: Vec<ArticleSummary>,
    pub pager: Pager,
    /// Day archive: neighbouring days.
    pub prev_day_href: Option<String>,
    pub next_day_href: Option<String>,
    pub ad: Option<Ad>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub query: String,
    pub latest: Vec<ArticleSummary>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorPage {
    pub status: u16,
}
