//! Page models: what each reader page shows, as data. The use cases in `service` build them
//! (every link already made by [`crate::Urls`]); `web` renders them as HTML, and the API and
//! feeds will render the same models as JSON and XML.

use crate::{Ad, CacheTag, Cover, Flags, Lang, Source};
use jiff::Timestamp;
use serde::Serialize;

/// What a page request comes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Found<T> {
    Page(T),
    /// The page lives at another address (an old slug): answer 301 with this path.
    Moved(String),
    NotFound,
}

impl<T> Found<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Found<U> {
        match self {
            Found::Page(p) => Found::Page(f(p)),
            Found::Moved(to) => Found::Moved(to),
            Found::NotFound => Found::NotFound,
        }
    }
}

/// A named link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub name: String,
    pub url: String,
}

/// An entry of the section navigation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NavLink {
    pub slug: String,
    pub name: String,
    pub url: String,
    /// The page belongs to this section.
    pub current: bool,
}

/// An article in a list: enough for a card or a headline, with its permalink.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card {
    pub id: i64,
    pub url: String,
    pub title: String,
    pub lead: String,
    pub published_at: Timestamp,
    pub section: Link,
    /// The story tag shown above the title.
    pub kicker: Option<Link>,
    pub cover_url: Option<String>,
    pub cover_alt: Option<String>,
    pub flags: Flags,
    pub views: i64,
}

/// A link to the same page in another edition (edition switch, hreflang alternates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditionLink {
    pub lang: Lang,
    pub code: &'static str,
    pub label: &'static str,
    pub native: &'static str,
    pub href: String,
    pub current: bool,
    /// The edition has this very page (an `hreflang` alternate), not only its home.
    pub alternate: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SocialLink {
    pub network: &'static str,
    pub label: &'static str,
    pub url: String,
}

/// Everything around a page's content. The same for every page of an edition except the
/// edition links and the current section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chrome {
    pub lang: Lang,
    pub default_edition: Lang,
    pub site_name: String,
    /// Scheme and host the site is served at, no trailing slash.
    pub base_url: String,
    /// IANA name of the site's time zone; dates on the page are shown in it.
    pub time_zone: String,
    pub home_url: String,
    pub search_url: String,
    pub editions: Vec<EditionLink>,
    pub sections: Vec<NavLink>,
    pub social: Vec<SocialLink>,
    pub app_store_url: Option<String>,
    pub google_play_url: Option<String>,
    pub breaking: Option<Card>,
    /// The breaking strip an editor set for the edition, while it is shown; it stands in
    /// place of the breaking article.
    pub strip: Option<crate::settings::Strip>,
    pub reprint_policy: String,
    /// The edition's static pages an editor put in the footer, in their order (SPEC R14).
    pub footer_pages: Vec<Link>,
    pub year: i16,
    /// Feeds announced in the head: the edition's, and a section's on its pages.
    pub feeds: Vec<FeedLink>,
    /// The site's logo, absolute (JSON-LD publisher, feeds), and its size in pixels.
    pub logo_url: String,
    pub logo_size: u32,
}

/// The image link previews show for a page (OpenGraph, Twitter cards, JSON-LD).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct HeadImage {
    /// Absolute address.
    pub url: String,
    /// Pixels, when known.
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub alt: String,
}

/// Head metadata of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Head {
    pub title: String,
    pub description: String,
    /// The page's canonical path; made absolute with the base URL.
    pub path: String,
    pub noindex: bool,
    /// The page's own image (an article's cover); the site's logo is used without one.
    pub image: Option<HeadImage>,
    /// The trail from the edition's home to the page, the page last (absolute addresses);
    /// empty on the home page and on pages of no place (errors).
    pub breadcrumbs: Vec<Link>,
}

/// A feed a page's head announces (RSS/Atom autodiscovery).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedLink {
    pub title: String,
    /// The feed's path.
    pub href: String,
    /// `application/rss+xml` or `application/atom+xml`.
    pub mime: &'static str,
}

/// A whole page: chrome, head metadata, the page's own content, and the cache tags of
/// everything it shows (see [`crate::change`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<B> {
    pub chrome: Chrome,
    pub head: Head,
    pub body: B,
    #[serde(skip)]
    pub tags: Vec<CacheTag>,
}

/// The same story in another edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TranslationLink {
    pub lang: Lang,
    pub native: &'static str,
    pub title: String,
    pub href: String,
}

/// The article itself, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleView {
    pub id: i64,
    pub url: String,
    pub title: String,
    pub lead: String,
    /// Sanitized HTML of the body.
    pub body_html: String,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
    /// Stored views plus those counted but not yet written.
    pub views: i64,
    pub flags: Flags,
    pub source: Option<Source>,
    pub cover: Option<Cover>,
    pub section: Link,
    pub kicker: Option<Link>,
    pub author: Option<Link>,
    /// The whole byline, the first author first (SPEC N3 "one or more authors").
    pub authors: Vec<Link>,
    pub tags: Vec<Link>,
    /// Dated corrections and updates, oldest first (SPEC N9).
    pub corrections: Vec<crate::newsroom::Correction>,
    /// What search engines and link previews show (the title and lead when not set).
    pub seo_title: String,
    pub seo_description: String,
}

/// The article page (SPEC R2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleBody {
    pub article: ArticleView,
    pub translations: Vec<TranslationLink>,
    /// "The most important news" of the article's section.
    pub important: Vec<Card>,
    pub related: Vec<Card>,
    pub ad: Option<Ad>,
}

/// A section's block on the home page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionBlock {
    pub slug: String,
    pub name: String,
    pub url: String,
    pub articles: Vec<Card>,
}

/// An edition's home page (SPEC R5).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HomeBody {
    pub top: Option<Card>,
    pub latest: Vec<Card>,
    pub blocks: Vec<SectionBlock>,
    pub most_read_day: Vec<Card>,
    pub most_read_week: Vec<Card>,
    pub ad: Option<Ad>,
}

/// Pagination links of a listing; `None` where there is no such page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pager {
    pub page: u32,
    pub last: u32,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
}

/// What a listing is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ListKind {
    Section,
    Tag,
    Author,
    Archive,
}

/// A section, tag, author or day archive listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListBody {
    pub kind: ListKind,
    pub heading: String,
    pub intro: Option<String>,
    pub total: u64,
    pub articles: Vec<Card>,
    pub pager: Pager,
    /// Day archive: the neighbouring days.
    pub prev_day_href: Option<String>,
    pub next_day_href: Option<String>,
    pub ad: Option<Ad>,
}

/// The edition's corrections page (SPEC N9): notes on published articles, newest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorrectionsBody {
    pub total: u64,
    pub items: Vec<CorrectionItem>,
    pub pager: Pager,
}

/// One note with the article it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorrectionItem {
    pub article: Card,
    pub correction: crate::newsroom::Correction,
}

/// What the search page has to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchState {
    /// No query yet: the form, popular queries and the latest news.
    Idle,
    Results,
    /// Nothing found: suggestions instead.
    Nothing,
    /// A page past the last one search reaches.
    TooDeep,
    /// A page past the last page of results.
    PastEnd,
    /// The index is being rebuilt.
    Rebuilding,
}

/// One result of the search page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchItem {
    pub url: String,
    pub title: String,
    pub kicker: Option<String>,
    pub section: Link,
    pub published_at: Timestamp,
    /// The body around the matches; marked stretches matched the query.
    pub snippet: Vec<crate::search::Mark>,
}

/// A query to offer: its text and the search page's address for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryLink {
    pub text: String,
    pub url: String,
}

/// The search page (SPEC R6): the form with its filters, then results, or what to read instead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchBody {
    pub query: String,
    pub state: SearchState,
    /// Articles found, in all pages.
    pub total: u64,
    /// No article had every word; these have some of them.
    pub partial: bool,
    pub results: Vec<SearchItem>,
    pub pager: Option<Pager>,
    /// The section filter's choices (`current` is the one chosen).
    pub sections: Vec<NavLink>,
    /// The filters as read (dates `YYYY-MM-DD`, empty when not set).
    pub section: String,
    pub from: String,
    pub to: String,
    /// Whether any filter narrows the results.
    pub filtered: bool,
    /// The same query without filters.
    pub clear_filters_url: String,
    /// The first page of the same search.
    pub first_page_url: String,
    /// A catalog key of something to tell about the request (dates swapped, a date unread).
    pub notice: Option<&'static str>,
    /// The edition's popular queries.
    pub popular: Vec<QueryLink>,
    /// The latest news, offered when there is nothing else to show.
    pub latest: Vec<Card>,
    /// How far a rebuild has come, in percent.
    pub rebuilt_percent: u8,
}

/// A static page (About, Contacts, …; SPEC R14).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaticPageBody {
    pub title: String,
    /// Sanitized HTML of the page's Markdown.
    pub body_html: String,
    pub updated_at: Timestamp,
    /// The same page in other editions (its translations).
    pub translations: Vec<TranslationLink>,
}

/// An error page (404, 5xx).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ErrorBody {
    pub status: u16,
}

pub type ArticlePage = Page<ArticleBody>;
pub type HomePage = Page<HomeBody>;
pub type ListPage = Page<ListBody>;
/// The corrections page.
pub type CorrectionsPage = Page<CorrectionsBody>;
pub type SearchPage = Page<SearchBody>;
pub type ErrorPage = Page<ErrorBody>;
pub type StaticPagePage = Page<StaticPageBody>;
