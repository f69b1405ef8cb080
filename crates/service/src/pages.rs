//! The reader site's pages: each use case loads what its page shows and returns a page model
//! (`core::page`), with every link made by `Urls` and the cache tags of what it shows.

mod article;
pub(crate) mod chrome;
mod error;
mod home;
pub mod listing;
mod search;
mod static_page;

use masthead_core::page::{Card, Link};
use masthead_core::{ArticleSummary, CacheTag, Lang, Urls};

pub use listing::Listing;

/// A listed article as a card, with its permalink and its section's and kicker's links.
pub(crate) fn card(urls: &Urls, a: ArticleSummary) -> Card {
    let ed = a.edition;
    Card {
        id: a.id,
        url: urls.article(ed, &a.slug),
        section: Link {
            url: urls.section(ed, &a.section_slug),
            name: a.section_name,
        },
        kicker: match (a.kicker_slug, a.kicker_name) {
            (Some(slug), Some(name)) => Some(Link {
                url: urls.tag(ed, &slug),
                name,
            }),
            _ => None,
        },
        title: a.title,
        lead: a.lead,
        published_at: a.published_at,
        cover_url: a.cover_url,
        cover_alt: a.cover_alt,
        flags: a.flags,
        views: a.views,
    }
}

pub(crate) fn cards(urls: &Urls, list: Vec<ArticleSummary>) -> Vec<Card> {
    list.into_iter().map(|a| card(urls, a)).collect()
}

/// The cache tags of a page of `lang` showing `cards`, plus `own` (the page's subject).
pub(crate) fn tags<'a>(
    lang: Lang,
    own: impl IntoIterator<Item = CacheTag>,
    cards: impl IntoIterator<Item = &'a Card>,
) -> Vec<CacheTag> {
    let mut t = vec![CacheTag::Edition(lang)];
    for tag in own
        .into_iter()
        .chain(cards.into_iter().map(|c| CacheTag::Article(c.id)))
    {
        if !t.contains(&tag) {
            t.push(tag);
        }
    }
    t
}
