//! Feeds and sitemaps as data (SPEC R8): what an edition's RSS and Atom feeds, its sitemaps and
//! its Google News sitemap list. `service` builds these models with absolute addresses;
//! `render` writes them as XML.

use crate::Lang;
use jiff::Timestamp;
use serde::Serialize;

/// Articles in an edition's or a section's feed.
pub const FEED_ITEMS: u32 = 50;
/// Most addresses in one sitemap file (sitemaps.org protocol, "Sitemap file location").
pub const SITEMAP_MAX_URLS: u32 = 50_000;
/// How far back the Google News sitemap reaches (Google's "News sitemap" guidelines: articles
/// published in the last two days).
pub const NEWS_SITEMAP_HOURS: i64 = 48;
/// Most articles in one Google News sitemap (Google: up to 1,000 `news:news` entries).
pub const NEWS_SITEMAP_MAX: u32 = 1_000;

/// The feed format a reader's feed address asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FeedFormat {
    /// RSS 2.0 (<https://www.rssboard.org/rss-specification>).
    Rss,
    /// Atom (RFC 4287).
    Atom,
}

impl FeedFormat {
    /// The file name of the format's feed (`rss.xml`, `atom.xml`).
    pub fn file_name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
        }
    }

    /// The `Content-Type` the feed is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml; charset=utf-8",
            FeedFormat::Atom => "application/atom+xml; charset=utf-8",
        }
    }
}

/// An image with its absolute address and media type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedImage {
    pub url: String,
    /// `image/jpeg`, `image/webp`, …
    pub mime: &'static str,
    pub alt: String,
}

/// A named absolute link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AbsLink {
    pub name: String,
    pub url: String,
}

/// One article in a feed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedItem {
    /// The permanent id ([`article_guid`]): it survives edits and slug changes.
    pub guid: String,
    /// The article's absolute address.
    pub url: String,
    pub title: String,
    /// The lead, as plain text.
    pub summary: String,
    /// The sanitized body HTML, when the site publishes full text in feeds.
    pub content_html: Option<String>,
    pub published: Timestamp,
    /// The last change readers saw (a correction moves it).
    pub updated: Timestamp,
    pub authors: Vec<AbsLink>,
    pub section: AbsLink,
    /// Tag names, in order.
    pub categories: Vec<String>,
    pub image: Option<FeedImage>,
}

/// An edition's or a section's feed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Feed {
    pub lang: Lang,
    pub format: FeedFormat,
    /// "Site" or "Site: Section".
    pub title: String,
    pub description: String,
    /// The page the feed follows (the edition's home or the section), absolute.
    pub page_url: String,
    /// The feed's own address, absolute.
    pub self_url: String,
    /// The feed's permanent id (Atom `id`).
    pub id: String,
    /// The newest `updated` of its items (the epoch when it has none).
    pub updated: Timestamp,
    /// The site's logo, absolute.
    pub logo_url: String,
    pub items: Vec<FeedItem>,
}

/// An `hreflang` alternate of a sitemap address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alternate {
    /// BCP 47 code, or `x-default`.
    pub hreflang: String,
    pub href: String,
}

/// One address in a sitemap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SitemapUrl {
    pub loc: String,
    pub lastmod: Option<Timestamp>,
    /// The same page in other editions (the page's own edition included, as Google asks).
    pub alternates: Vec<Alternate>,
}

/// One sitemap named by the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SitemapRef {
    pub loc: String,
    pub lastmod: Option<Timestamp>,
}

/// One article of the Google News sitemap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewsEntry {
    pub loc: String,
    pub title: String,
    pub published: Timestamp,
}

/// A sitemap document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Sitemap {
    /// `sitemap.xml`: the index of every other sitemap.
    Index(Vec<SitemapRef>),
    /// A `urlset` of addresses.
    Urls(Vec<SitemapUrl>),
    /// A Google News `urlset` of one edition.
    News {
        publication: String,
        lang: Lang,
        entries: Vec<NewsEntry>,
    },
}

/// Which sitemap a `sitemap-….xml` file name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitemapPart {
    /// An edition's articles published in one month (UTC), `part` from 1 (50,000 each).
    Articles {
        lang: Lang,
        year: i16,
        month: i8,
        part: u32,
    },
    /// An edition's home, section pages and its other fixed pages.
    Sections(Lang),
    /// An edition's tag pages.
    Tags(Lang),
    /// An edition's author pages.
    Authors(Lang),
    /// An edition's Google News sitemap (the last [`NEWS_SITEMAP_HOURS`]).
    News(Lang),
}

impl SitemapPart {
    /// The file name at the site's root: `sitemap-en-articles-2026-11.xml` (`-2.xml` for a
    /// second part), `sitemap-en-sections.xml`, `-tags`, `-authors`, `-news`.
    pub fn file_name(&self) -> String {
        match *self {
            SitemapPart::Articles {
                lang,
                year,
                month,
                part,
            } => {
                let suffix = if part > 1 {
                    format!("-{part}")
                } else {
                    String::new()
                };
                format!(
                    "sitemap-{}-articles-{year:04}-{month:02}{suffix}.xml",
                    lang.code()
                )
            }
            SitemapPart::Sections(l) => format!("sitemap-{}-sections.xml", l.code()),
            SitemapPart::Tags(l) => format!("sitemap-{}-tags.xml", l.code()),
            SitemapPart::Authors(l) => format!("sitemap-{}-authors.xml", l.code()),
            SitemapPart::News(l) => format!("sitemap-{}-news.xml", l.code()),
        }
    }

    /// The sitemap a file name names, if any (the inverse of [`SitemapPart::file_name`]; a
    /// part number of 1 or with a leading zero names nothing, so each file has one name).
    pub fn parse(name: &str) -> Option<SitemapPart> {
        let rest = name.strip_prefix("sitemap-")?.strip_suffix(".xml")?;
        let (code, what) = rest.split_once('-')?;
        let lang: Lang = code.parse().ok()?;
        if lang.code() != code {
            return None;
        }
        match what {
            "sections" => return Some(SitemapPart::Sections(lang)),
            "tags" => return Some(SitemapPart::Tags(lang)),
            "authors" => return Some(SitemapPart::Authors(lang)),
            "news" => return Some(SitemapPart::News(lang)),
            _ => {}
        }
        let date = what.strip_prefix("articles-")?;
        let mut it = date.split('-');
        let (y, m) = (it.next()?, it.next()?);
        let part = match it.next() {
            None => 1,
            Some(p) if !p.starts_with('0') => p.parse::<u32>().ok().filter(|&n| n > 1)?,
            Some(_) => return None,
        };
        if it.next().is_some() || y.len() != 4 || m.len() != 2 {
            return None;
        }
        let year: i16 = y.parse().ok()?;
        let month: i8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        Some(SitemapPart::Articles {
            lang,
            year,
            month,
            part,
        })
    }
}

/// The permanent id of an article in feeds: a tag URI (RFC 4151) of the site's host and the
/// article's id, `tag:news.example.org,2026:article-17`. Edits and slug changes keep it.
pub fn article_guid(base_url: &str, id: i64) -> String {
    format!("tag:{},2026:article-{id}", host_of(base_url))
}

/// The permanent id of a feed (Atom `id`): `tag:news.example.org,2026:feed-en` or
/// `…:feed-en-section-sport`.
pub fn feed_guid(base_url: &str, lang: Lang, section: Option<&str>) -> String {
    match section {
        Some(s) => format!(
            "tag:{},2026:feed-{}-section-{s}",
            host_of(base_url),
            lang.code()
        ),
        None => format!("tag:{},2026:feed-{}", host_of(base_url), lang.code()),
    }
}

/// The host of a base URL (`https://news.example.org:8443` → `news.example.org`).
fn host_of(base_url: &str) -> &str {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !h.is_empty() => h,
        _ => host,
    }
}

/// Sanitized HTML with its site-relative addresses (`src="/…"`, `href="/…"`) made absolute with
/// `base`, for readers outside the site (feeds, the API) that have no base to resolve them
/// against. Protocol-relative (`//host`) and absolute addresses are left as they are.
pub fn absolute_links(html: &str, base: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(i) = rest.find("=\"/") {
        let (before, after) = rest.split_at(i + 2);
        out.push_str(before);
        let attr_ok = before.ends_with(" src=\"") || before.ends_with(" href=\"");
        if attr_ok && !after.starts_with("//") {
            out.push_str(base);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The media type of an image address, by its extension (`None` for an unknown one).
pub fn image_mime(url: &str) -> Option<&'static str> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "avif" => "image/avif",
        _ => return None,
    })
}

/// `s` without the characters XML 1.0 cannot carry even escaped (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF; W3C XML 1.0 §2.2 "Characters").
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{80}'..='\u{9F}'))
            || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    if s.chars().any(bad) {
        std::borrow::Cow::Owned(s.chars().filter(|&c| !bad(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sitemap_names_read_back() {
        for part in [
            SitemapPart::Articles {
                lang: Lang::En,
                year: 2026,
                month: 3,
                part: 1,
            },
            SitemapPart::Articles {
                lang: Lang::Ru,
                year: 2025,
                month: 12,
                part: 3,
            },
            SitemapPart::Sections(Lang::Hy),
            SitemapPart::Tags(Lang::Az),
            SitemapPart::Authors(Lang::En),
            SitemapPart::News(Lang::Ru),
        ] {
            assert_eq!(
                SitemapPart::parse(&part.file_name()),
                Some(part),
                "{part:?}"
            );
        }
        assert_eq!(
            SitemapPart::Articles {
                lang: Lang::En,
                year: 2026,
                month: 3,
                part: 2
            }
            .file_name(),
            "sitemap-en-articles-2026-03-2.xml"
        );
        for bad in [
            "sitemap.xml",
            "sitemap-xx-news.xml",
            "sitemap-EN-news.xml",
            "sitemap-en-articles-2026-13.xml",
            "sitemap-en-articles-2026-3.xml",
            "sitemap-en-articles-2026-03-1.xml",
            "sitemap-en-articles-2026-03-02.xml",
            "sitemap-en-articles-2026-03-2-2.xml",
            "sitemap-en-articles-99999-03.xml",
            "sitemap-en-other.xml",
            "sitemap-en-news.xml.gz",
        ] {
            assert_eq!(SitemapPart::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn guids_name_the_host_and_id_only() {
        assert_eq!(
            article_guid("https://news.example.org:8443", 17),
            "tag:news.example.org,2026:article-17"
        );
        assert_eq!(
            article_guid("http://127.0.0.1:8080/", 2),
            "tag:127.0.0.1,2026:article-2"
        );
        assert_eq!(
            feed_guid("https://x.org", Lang::En, Some("sport")),
            "tag:x.org,2026:feed-en-section-sport"
        );
    }

    #[test]
    fn site_addresses_in_bodies_become_absolute() {
        let html = r#"<p><a href="/post/x">x</a> <img src="/media/a-640.webp" alt="a"> <a href="//cdn.example/y">y</a> <a href="https://e.org/">e</a> <span title="/not-a-link">t</span></p>"#;
        assert_eq!(
            absolute_links(html, "https://news.example"),
            r#"<p><a href="https://news.example/post/x">x</a> <img src="https://news.example/media/a-640.webp" alt="a"> <a href="//cdn.example/y">y</a> <a href="https://e.org/">e</a> <span title="/not-a-link">t</span></p>"#
        );
    }

    #[test]
    fn xml_safe_drops_what_xml_cannot_carry() {
        assert_eq!(xml_safe("a\u{0}b\u{7}c\td\ne\u{FFFF}"), "abc\td\ne");
        assert_eq!(xml_safe("<&]]>"), "<&]]>");
        assert_eq!(image_mime("/media/x-640.WEBP?v=1"), Some("image/webp"));
        assert_eq!(image_mime("/media/x"), None);
    }
}
