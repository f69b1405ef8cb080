//! Feeds as XML: RSS 2.0 with the `atom`, `content`, `dc` and `media` extensions (written by
//! the `rss` crate) and Atom 1.0 (RFC 4287, by `atom_syndication`). Text goes through
//! [`xml_safe`], so characters XML cannot carry never make a feed ill-formed; the crates
//! escape `<`, `&` and split `]]>` in CDATA.

use crate::RenderError;
use masthead_core::discovery::{Feed, FeedFormat, FeedItem, xml_safe};
use std::collections::BTreeMap;

/// The feed in its format, as a UTF-8 XML document.
///
/// # Errors
/// When the XML writer fails (it writes to memory, so only on a bug).
pub fn render_feed(feed: &Feed) -> Result<String, RenderError> {
    match feed.format {
        FeedFormat::Rss => rss_feed(feed),
        FeedFormat::Atom => atom_feed(feed),
    }
}

fn t(s: &str) -> String {
    xml_safe(s).into_owned()
}

fn rfc2822(ts: jiff::Timestamp) -> String {
    jiff::fmt::rfc2822::to_string(&ts.to_zoned_datetime(jiff::tz::TimeZone::UTC))
        .unwrap_or_default()
}

fn rss_item(i: &FeedItem) -> rss::Item {
    let mut item = rss::Item {
        title: Some(t(&i.title)),
        link: Some(i.url.clone()),
        description: Some(t(&i.summary)),
        guid: Some(rss::Guid {
            value: i.guid.clone(),
            permalink: false,
        }),
        pub_date: Some(rfc2822(i.published)),
        content: i.content_html.as_deref().map(t),
        ..Default::default()
    };
    item.categories.push(rss::Category {
        name: t(&i.section.name),
        domain: Some(i.section.url.clone()),
    });
    item.categories
        .extend(i.categories.iter().map(|c| rss::Category {
            name: t(c),
            domain: None,
        }));
    if !i.authors.is_empty() {
        item.dublin_core_ext = Some(rss::extension::dublincore::DublinCoreExtension {
            creators: i.authors.iter().map(|a| t(&a.name)).collect(),
            ..Default::default()
        });
    }
    if let Some(img) = &i.image {
        item.enclosure = Some(rss::Enclosure {
            url: img.url.clone(),
            // RSS asks for the length in bytes; 0 says it is not known (RSS Best Practices).
            length: "0".into(),
            mime_type: img.mime.into(),
        });
        let mut media = rss::extension::Extension {
            name: "media:content".into(),
            ..Default::default()
        };
        media.attrs.insert("url".into(), img.url.clone());
        media.attrs.insert("medium".into(), "image".into());
        media.attrs.insert("type".into(), img.mime.into());
        if !img.alt.is_empty() {
            let desc = rss::extension::Extension {
                name: "media:description".into(),
                value: Some(t(&img.alt)),
                ..Default::default()
            };
            media.children.insert("description".into(), vec![desc]);
        }
        let mut by_name = BTreeMap::new();
        by_name.insert("content".to_owned(), vec![media]);
        item.extensions.insert("media".into(), by_name);
    }
    item
}

fn rss_feed(f: &Feed) -> Result<String, RenderError> {
    let mut ch = rss::Channel {
        title: t(&f.title),
        link: f.page_url.clone(),
        description: t(&f.description),
        language: Some(f.lang.code().to_owned()),
        last_build_date: Some(rfc2822(f.updated)),
        generator: Some("Masthead".into()),
        image: Some(rss::Image {
            url: f.logo_url.clone(),
            title: t(&f.title),
            link: f.page_url.clone(),
            ..Default::default()
        }),
        items: f.items.iter().map(rss_item).collect(),
        atom_ext: Some(rss::extension::atom::AtomExtension {
            links: vec![rss::extension::atom::Link {
                rel: "self".into(),
                href: f.self_url.clone(),
                mime_type: Some("application/rss+xml".into()),
                ..Default::default()
            }],
        }),
        ..Default::default()
    };
    ch.namespaces
        .insert("media".into(), "http://search.yahoo.com/mrss/".into());
    let out = ch
        .write_to(Vec::new())
        .map_err(|e| RenderError::from_message(format!("rss: {e}")))?;
    String::from_utf8(out).map_err(|e| RenderError::from_message(format!("rss: {e}")))
}

fn fixed(ts: jiff::Timestamp) -> atom_syndication::FixedDateTime {
    atom_syndication::FixedDateTime::parse_from_rfc3339(&ts.to_string()).unwrap_or_default()
}

fn atom_entry(i: &FeedItem) -> atom_syndication::Entry {
    use atom_syndication::{Category, Content, Entry, Link, Person, Text};
    let mut links = vec![Link {
        href: i.url.clone(),
        rel: "alternate".into(),
        mime_type: Some("text/html".into()),
        ..Default::default()
    }];
    if let Some(img) = &i.image {
        links.push(Link {
            href: img.url.clone(),
            rel: "enclosure".into(),
            mime_type: Some(img.mime.into()),
            title: (!img.alt.is_empty()).then(|| t(&img.alt)),
            ..Default::default()
        });
    }
    let mut categories = vec![Category {
        term: t(&i.section.name),
        scheme: Some(i.section.url.clone()),
        label: Some(t(&i.section.name)),
    }];
    categories.extend(i.categories.iter().map(|c| Category {
        term: t(c),
        scheme: None,
        label: None,
    }));
    Entry {
        title: Text::plain(t(&i.title)),
        id: i.guid.clone(),
        updated: fixed(i.updated),
        published: Some(fixed(i.published)),
        authors: i
            .authors
            .iter()
            .map(|a| Person {
                name: t(&a.name),
                email: None,
                uri: Some(a.url.clone()),
                extensions: Default::default(),
            })
            .collect(),
        links,
        categories,
        summary: (!i.summary.is_empty()).then(|| Text::plain(t(&i.summary))),
        content: i.content_html.as_deref().map(|html| Content {
            value: Some(t(html)),
            content_type: Some("html".into()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn atom_feed(f: &Feed) -> Result<String, RenderError> {
    use atom_syndication::{Feed as AtomFeed, Generator, Link, Text};
    let feed = AtomFeed {
        title: Text::plain(t(&f.title)),
        subtitle: Some(Text::plain(t(&f.description))),
        id: f.id.clone(),
        updated: fixed(f.updated),
        lang: Some(f.lang.code().to_owned()),
        // RFC 4287 §4.1.1: a feed names an author unless every entry does.
        authors: vec![atom_syndication::Person {
            name: t(&f.title),
            email: None,
            uri: Some(f.page_url.clone()),
            extensions: Default::default(),
        }],
        links: vec![
            Link {
                href: f.self_url.clone(),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Default::default()
            },
            Link {
                href: f.page_url.clone(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Default::default()
            },
        ],
        generator: Some(Generator {
            value: "Masthead".into(),
            ..Default::default()
        }),
        logo: Some(f.logo_url.clone()),
        entries: f.items.iter().map(atom_entry).collect(),
        ..Default::default()
    };
    let out = feed
        .write_to(Vec::new())
        .map_err(|e| RenderError::from_message(format!("atom: {e}")))?;
    String::from_utf8(out).map_err(|e| RenderError::from_message(format!("atom: {e}")))
}
