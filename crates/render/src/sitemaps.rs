//! Sitemaps as XML (sitemaps.org protocol 0.9): the index, `urlset`s with `xhtml:link`
//! `hreflang` alternates (Google's "Localized versions of your page"), and the Google News
//! `urlset` (namespace `http://www.google.com/schemas/sitemap-news/0.9`). Written with
//! `quick-xml`, which escapes every text and attribute.

use crate::RenderError;
use jiff::Timestamp;
use masthead_core::discovery::{Sitemap, xml_safe};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
const NEWS_NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";

type W = Writer<Vec<u8>>;

fn err(e: impl std::fmt::Display) -> RenderError {
    RenderError::from_message(format!("sitemap: {e}"))
}

fn text_el(w: &mut W, name: &str, text: &str) -> Result<(), RenderError> {
    w.write_event(Event::Start(BytesStart::new(name)))
        .map_err(err)?;
    w.write_event(Event::Text(BytesText::new(&xml_safe(text))))
        .map_err(err)?;
    w.write_event(Event::End(BytesEnd::new(name))).map_err(err)
}

/// W3C Datetime with seconds and zone (`2026-11-30T09:15:00+00:00`), as sitemaps ask.
fn w3c(ts: Timestamp) -> String {
    ts.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// The sitemap as a UTF-8 XML document.
///
/// # Errors
/// When the XML writer fails (it writes to memory, so only on a bug).
pub fn render_sitemap(map: &Sitemap) -> Result<String, RenderError> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(err)?;
    match map {
        Sitemap::Index(refs) => {
            let root = BytesStart::new("sitemapindex").with_attributes([("xmlns", SITEMAP_NS)]);
            w.write_event(Event::Start(root)).map_err(err)?;
            for r in refs {
                w.write_event(Event::Start(BytesStart::new("sitemap")))
                    .map_err(err)?;
                text_el(&mut w, "loc", &r.loc)?;
                if let Some(t) = r.lastmod {
                    text_el(&mut w, "lastmod", &w3c(t))?;
                }
                w.write_event(Event::End(BytesEnd::new("sitemap")))
                    .map_err(err)?;
            }
            w.write_event(Event::End(BytesEnd::new("sitemapindex")))
                .map_err(err)?;
        }
        Sitemap::Urls(urls) => {
            let root = BytesStart::new("urlset")
                .with_attributes([("xmlns", SITEMAP_NS), ("xmlns:xhtml", XHTML_NS)]);
            w.write_event(Event::Start(root)).map_err(err)?;
            for u in urls {
                w.write_event(Event::Start(BytesStart::new("url")))
                    .map_err(err)?;
                text_el(&mut w, "loc", &u.loc)?;
                if let Some(t) = u.lastmod {
                    text_el(&mut w, "lastmod", &w3c(t))?;
                }
                for a in &u.alternates {
                    let link = BytesStart::new("xhtml:link").with_attributes([
                        ("rel", "alternate"),
                        ("hreflang", a.hreflang.as_str()),
                        ("href", a.href.as_str()),
                    ]);
                    w.write_event(Event::Empty(link)).map_err(err)?;
                }
                w.write_event(Event::End(BytesEnd::new("url")))
                    .map_err(err)?;
            }
            w.write_event(Event::End(BytesEnd::new("urlset")))
                .map_err(err)?;
        }
        Sitemap::News {
            publication,
            lang,
            entries,
        } => {
            let root = BytesStart::new("urlset")
                .with_attributes([("xmlns", SITEMAP_NS), ("xmlns:news", NEWS_NS)]);
            w.write_event(Event::Start(root)).map_err(err)?;
            for e in entries {
                w.write_event(Event::Start(BytesStart::new("url")))
                    .map_err(err)?;
                text_el(&mut w, "loc", &e.loc)?;
                w.write_event(Event::Start(BytesStart::new("news:news")))
                    .map_err(err)?;
                w.write_event(Event::Start(BytesStart::new("news:publication")))
                    .map_err(err)?;
                text_el(&mut w, "news:name", publication)?;
                text_el(&mut w, "news:language", lang.code())?;
                w.write_event(Event::End(BytesEnd::new("news:publication")))
                    .map_err(err)?;
                text_el(&mut w, "news:publication_date", &w3c(e.published))?;
                text_el(&mut w, "news:title", &e.title)?;
                w.write_event(Event::End(BytesEnd::new("news:news")))
                    .map_err(err)?;
                w.write_event(Event::End(BytesEnd::new("url")))
                    .map_err(err)?;
            }
            w.write_event(Event::End(BytesEnd::new("urlset")))
                .map_err(err)?;
        }
    }
    String::from_utf8(w.into_inner()).map_err(err)
}
