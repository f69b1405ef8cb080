//! The one place reader addresses are made (SPEC "Addresses"): the router registers the route
//! table below, the use cases and templates build links with [`Urls`], the page cache keys pages
//! by [`RouteKind::of_path`], and tests ask the same builder. The edition prefix is applied here
//! and nowhere else.

use crate::Lang;
use jiff::civil::Date;

/// What a reader address shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RouteKind {
    Home,
    Article,
    Section,
    Tag,
    Author,
    Day,
    Search,
    /// The edition's corrections and updates (SPEC N9).
    Corrections,
    /// A static page (About, Contacts, …; SPEC R14).
    Page,
    /// An edition's or a section's RSS or Atom feed (SPEC R8).
    Feed,
    /// `sitemap.xml` and the `sitemap-….xml` files it names, at the site's root only.
    Sitemap,
}

/// One reader route: its path pattern after the edition prefix (axum syntax) and the query
/// parameters it reads. Parameters not named here never reach a handler or a cache key.
#[derive(Debug, Clone, Copy)]
pub struct RouteSpec {
    pub kind: RouteKind,
    pub pattern: &'static str,
    pub query: &'static [&'static str],
}

/// Query parameters of a paginated listing.
const PAGED: &[&str] = &["page"];
/// Query parameters of the search page, in the order a cache key keeps them.
const SEARCH: &[&str] = &["q", "section", "from", "to", "page"];

/// Every reader route. Each is served as is for the default edition and under `/{lang}` for
/// the others.
pub const READER_ROUTES: &[RouteSpec] = &[
    RouteSpec {
        kind: RouteKind::Home,
        pattern: "/",
        query: &[],
    },
    RouteSpec {
        kind: RouteKind::Article,
        pattern: "/post/{slug}",
        query: &[],
    },
    RouteSpec {
        kind: RouteKind::Section,
        pattern: "/category/{slug}",
        query: PAGED,
    },
    RouteSpec {
        kind: RouteKind::Tag,
        pattern: "/tag/{slug}",
        query: PAGED,
    },
    RouteSpec {
        kind: RouteKind::Author,
        pattern: "/author/{slug}",
        query: PAGED,
    },
    RouteSpec {
        kind: RouteKind::Day,
        pattern: "/archive/{year}/{month}/{day}",
        query: PAGED,
    },
    RouteSpec {
        kind: RouteKind::Search,
        pattern: "/search",
        query: SEARCH,
    },
    RouteSpec {
        kind: RouteKind::Corrections,
        pattern: "/corrections",
        query: PAGED,
    },
    RouteSpec {
        kind: RouteKind::Page,
        pattern: "/page/{slug}",
        query: &[],
    },
    RouteSpec {
        kind: RouteKind::Feed,
        pattern: "/rss.xml",
        query: &[],
    },
    RouteSpec {
        kind: RouteKind::Feed,
        pattern: "/atom.xml",
        query: &[],
    },
    RouteSpec {
        kind: RouteKind::Feed,
        pattern: "/category/{slug}/rss.xml",
        query: &[],
    },
    RouteSpec {
        kind: RouteKind::Feed,
        pattern: "/category/{slug}/atom.xml",
        query: &[],
    },
];

impl RouteKind {
    /// The route's spec in [`READER_ROUTES`].
    pub fn spec(self) -> &'static RouteSpec {
        READER_ROUTES
            .iter()
            .find(|r| r.kind == self)
            .unwrap_or(&READER_ROUTES[0])
    }

    /// Which reader route a path (`/en/post/x`, `/category/y`) belongs to, judged by its shape
    /// alone; `None` for anything else (static files, the API, unknown paths).
    pub fn of_path(path: &str) -> Option<RouteKind> {
        let rest = path.strip_prefix('/')?;
        if is_sitemap_name(rest) {
            return Some(RouteKind::Sitemap);
        }
        let rest = match rest.split_once('/') {
            Some((first, after)) if is_edition_segment(first) => after,
            None if is_edition_segment(rest) => "",
            _ => rest,
        };
        let mut segs = rest.split('/');
        let first = segs.next().unwrap_or("");
        let parts = [segs.next(), segs.next(), segs.next(), segs.next()];
        let filled = |n: usize| parts[..n].iter().all(|p| p.is_some_and(|s| !s.is_empty()));
        let only = |n: usize| filled(n) && parts[n..].iter().all(Option::is_none);
        match first {
            "" if parts[0].is_none() => Some(RouteKind::Home),
            "post" if only(1) => Some(RouteKind::Article),
            "category" if only(1) => Some(RouteKind::Section),
            "tag" if only(1) => Some(RouteKind::Tag),
            "author" if only(1) => Some(RouteKind::Author),
            "archive" if only(3) => Some(RouteKind::Day),
            "search" if only(0) => Some(RouteKind::Search),
            "corrections" if only(0) => Some(RouteKind::Corrections),
            "page" if only(1) => Some(RouteKind::Page),
            "rss.xml" | "atom.xml" if only(0) => Some(RouteKind::Feed),
            "category"
                if filled(2)
                    && parts[2].is_none()
                    && matches!(parts[1], Some("rss.xml" | "atom.xml")) =>
            {
                Some(RouteKind::Feed)
            }
            _ => None,
        }
    }
}

/// Whether a root path segment names a sitemap (`sitemap.xml`, `sitemap-….xml`).
fn is_sitemap_name(s: &str) -> bool {
    s == "sitemap.xml" || crate::discovery::SitemapPart::parse(s).is_some()
}

/// Whether a first path segment names an edition (two lowercase letters).
fn is_edition_segment(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// Builds reader addresses (paths, without scheme and host). The default edition is served at
/// `/`, the others under `/{code}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Urls {
    default: Lang,
}

impl Urls {
    pub fn new(default_edition: Lang) -> Self {
        Urls {
            default: default_edition,
        }
    }

    pub fn default_edition(&self) -> Lang {
        self.default
    }

    /// `""` for the default edition, `"/en"` for the others.
    pub fn prefix(&self, lang: Lang) -> &'static str {
        if lang == self.default {
            ""
        } else {
            match lang {
                Lang::Ru => "/ru",
                Lang::En => "/en",
                Lang::Hy => "/hy",
                Lang::Az => "/az",
            }
        }
    }

    /// `/` or `/en/`.
    pub fn home(&self, lang: Lang) -> String {
        format!("{}/", self.prefix(lang))
    }

    pub fn article(&self, lang: Lang, slug: &str) -> String {
        format!("{}/post/{slug}", self.prefix(lang))
    }

    pub fn section(&self, lang: Lang, slug: &str) -> String {
        format!("{}/category/{slug}", self.prefix(lang))
    }

    /// The edition's corrections page.
    pub fn corrections(&self, lang: Lang) -> String {
        format!("{}/corrections", self.prefix(lang))
    }

    /// A static page: `/page/about`, `/en/page/about`.
    pub fn page(&self, lang: Lang, slug: &str) -> String {
        format!("{}/page/{slug}", self.prefix(lang))
    }

    pub fn tag(&self, lang: Lang, slug: &str) -> String {
        format!("{}/tag/{slug}", self.prefix(lang))
    }

    pub fn author(&self, lang: Lang, slug: &str) -> String {
        format!("{}/author/{slug}", self.prefix(lang))
    }

    /// `/archive/2026/11/05`.
    pub fn day(&self, lang: Lang, date: Date) -> String {
        format!(
            "{}/archive/{:04}/{:02}/{:02}",
            self.prefix(lang),
            date.year(),
            date.month(),
            date.day()
        )
    }

    /// An edition's feed: `/rss.xml`, `/en/atom.xml`.
    pub fn feed(&self, lang: Lang, format: crate::discovery::FeedFormat) -> String {
        format!("{}/{}", self.prefix(lang), format.file_name())
    }

    /// A section's feed: `/en/category/sport/rss.xml`.
    pub fn section_feed(
        &self,
        lang: Lang,
        slug: &str,
        format: crate::discovery::FeedFormat,
    ) -> String {
        format!("{}/{}", self.section(lang, slug), format.file_name())
    }

    /// The sitemap index, `/sitemap.xml` (always at the root: a sitemap may only list
    /// addresses under its own directory).
    pub fn sitemap_index(&self) -> String {
        "/sitemap.xml".to_owned()
    }

    /// One sitemap file, `/sitemap-en-news.xml`.
    pub fn sitemap(&self, part: &crate::discovery::SitemapPart) -> String {
        format!("/{}", part.file_name())
    }

    /// The search page with its parameters, each percent-encoded, empty ones and page 1 left
    /// out, in the order the cache key keeps them (`q`, `section`, `from`, `to`, `page`).
    pub fn search_with(&self, lang: Lang, params: &[(&str, &str)], page: u64) -> String {
        let mut url = format!("{}/search", self.prefix(lang));
        let mut sep = '?';
        let page = page.to_string();
        let page_param = [("page", if page == "1" { "" } else { page.as_str() })];
        for (k, v) in params.iter().chain(page_param.iter()) {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            url.push(sep);
            url.push_str(k);
            url.push('=');
            url.push_str(&encode_query_value(v));
            sep = '&';
        }
        url
    }

    /// The search page; with a query, `?q=` percent-encoded.
    pub fn search(&self, lang: Lang, query: Option<&str>) -> String {
        let base = format!("{}/search", self.prefix(lang));
        match query.map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => format!("{base}?q={}", encode_query_value(q)),
            None => base,
        }
    }

    /// Page `n` of a listing at `path`: the path itself for page 1, `?page=n` after it.
    pub fn paged(path: &str, n: u32) -> String {
        if n <= 1 {
            path.to_owned()
        } else if path.contains('?') {
            format!("{path}&page={n}")
        } else {
            format!("{path}?page={n}")
        }
    }

    /// The address of `kind` in an edition, from its slug (article, section, tag, author) —
    /// what a template's `url_for` asks. Kinds that need more than a slug get their base path.
    pub fn by_kind(&self, lang: Lang, kind: RouteKind, slug: &str) -> String {
        match kind {
            RouteKind::Home | RouteKind::Day => self.home(lang),
            RouteKind::Article => self.article(lang, slug),
            RouteKind::Section => self.section(lang, slug),
            RouteKind::Tag => self.tag(lang, slug),
            RouteKind::Author => self.author(lang, slug),
            RouteKind::Search => self.search(lang, None),
            RouteKind::Corrections => self.corrections(lang),
            RouteKind::Page => self.page(lang, slug),
            RouteKind::Feed => self.feed(lang, crate::discovery::FeedFormat::Rss),
            RouteKind::Sitemap => self.sitemap_index(),
        }
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub fn encode_query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len() * 3);
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_is_applied_once() {
        let u = Urls::new(Lang::Ru);
        assert_eq!(u.home(Lang::Ru), "/");
        assert_eq!(u.home(Lang::En), "/en/");
        assert_eq!(u.article(Lang::Ru, "x"), "/post/x");
        assert_eq!(u.article(Lang::Hy, "x"), "/hy/post/x");
        assert_eq!(u.section(Lang::En, "sport"), "/en/category/sport");
        assert_eq!(u.page(Lang::Ru, "about"), "/page/about");
        assert_eq!(u.page(Lang::En, "about"), "/en/page/about");
        let d = Date::new(2026, 1, 5).unwrap_or_default();
        assert_eq!(u.day(Lang::En, d), "/en/archive/2026/01/05");
        assert_eq!(u.search(Lang::En, Some("a b&c")), "/en/search?q=a%20b%26c");
        assert_eq!(Urls::paged("/tag/x", 1), "/tag/x");
        assert_eq!(Urls::paged("/tag/x", 3), "/tag/x?page=3");
        let en = Urls::new(Lang::En);
        assert_eq!(en.article(Lang::En, "x"), "/post/x");
        assert_eq!(en.article(Lang::Ru, "x"), "/ru/post/x");
    }

    #[test]
    fn paths_are_recognised_by_shape() {
        for (path, kind) in [
            ("/", Some(RouteKind::Home)),
            ("/en/", Some(RouteKind::Home)),
            ("/en", Some(RouteKind::Home)),
            ("/post/a", Some(RouteKind::Article)),
            ("/hy/post/a", Some(RouteKind::Article)),
            ("/en/category/sport", Some(RouteKind::Section)),
            ("/tag/x", Some(RouteKind::Tag)),
            ("/author/x", Some(RouteKind::Author)),
            ("/en/archive/2026/01/05", Some(RouteKind::Day)),
            ("/en/search", Some(RouteKind::Search)),
            ("/static/site.css", None),
            ("/api/v1/articles/1/views", None),
            ("/post/", None),
            ("/en/post/a/b", None),
            ("/en/archive/2026/01", None),
            ("/en/archive/2026/01/05/x", None),
            ("/search/x", None),
            ("/page/about", Some(RouteKind::Page)),
            ("/en/page/about", Some(RouteKind::Page)),
            ("/page/", None),
            ("/en/page/a/b", None),
            ("/rss.xml", Some(RouteKind::Feed)),
            ("/en/atom.xml", Some(RouteKind::Feed)),
            ("/en/category/sport/rss.xml", Some(RouteKind::Feed)),
            ("/category/sport/atom.xml", Some(RouteKind::Feed)),
            ("/category/sport/x.xml", None),
            ("/category//rss.xml", None),
            ("/sitemap.xml", Some(RouteKind::Sitemap)),
            ("/sitemap-en-news.xml", Some(RouteKind::Sitemap)),
            ("/en/sitemap.xml", None),
            ("/sitemap-en-bogus.xml", None),
            ("//post/a", None),
            ("/xx/yy/post/a", None),
        ] {
            assert_eq!(RouteKind::of_path(path), kind, "{path}");
        }
        assert_eq!(RouteKind::Search.spec().query, SEARCH);
    }
}
