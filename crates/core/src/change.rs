//! The change log (DESIGN "Decisions"): every committed write appends a [`Change`] in the same
//! transaction, numbered by a sequence that only grows. Consumers (the page cache, later the
//! search index and other nodes) read it in order and can catch up from any sequence. This
//! module also holds the rule that turns a change into the cached pages it makes stale.

use crate::Lang;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One row of the change log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Position in the log: strictly increasing in commit order, from 1.
    pub seq: i64,
    pub at: Timestamp,
    /// Who wrote it (`Actor::label`).
    pub actor: String,
    pub what: ChangeKind,
}

/// What a write changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChangeKind {
    Article(ArticleChange),
    /// Sections, tags or authors of an edition.
    Taxonomy {
        edition: Lang,
    },
    /// Site settings (name, editions, time zone, links): every page may show them.
    Settings,
    /// Ads of one edition, or of every edition (`None`).
    Ads {
        edition: Option<Lang>,
    },
    /// Static pages of an edition (the footer of every page may link them).
    Pages {
        edition: Lang,
    },
    /// The redirects table (old addresses): answers that were "not found" may now move.
    Redirects,
}

/// A written article, with everything its change can show on: the state before the write and
/// after it, so that a move from one section to another reaches both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleChange {
    pub id: i64,
    pub edition: Lang,
    /// Readers see the article after the write.
    pub visible: bool,
    /// Readers saw it before the write.
    pub was_visible: bool,
    /// Something listings show or order by changed: visibility, publication time, section,
    /// tags, byline or flags.
    pub listing: bool,
    /// The article is (or was) on the breaking strip, which every page of the edition shows.
    pub breaking: bool,
    pub sections: Vec<i64>,
    pub tags: Vec<i64>,
    pub authors: Vec<i64>,
    /// The other editions' articles of the same story (their pages link to this one).
    pub translations: Vec<i64>,
    /// Publication times before and after (for day archives).
    pub published: Vec<Timestamp>,
}

/// What a cached page shows, as named by the change rule. A page carries every tag it depends
/// on; a change purges the pages that carry any tag it touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CacheTag {
    /// Every page of an edition (its chrome: navigation, breaking strip, ads, settings).
    Edition(Lang),
    /// Pages that show the edition's latest news (home, the search page).
    Home(Lang),
    /// An edition's search pages: purged when the search index has applied a change to the
    /// edition's articles (later than the change itself, so never before results show it).
    Search(Lang),
    /// Every page that shows the article in a list (its title, time, cover).
    Article(i64),
    /// The article's own page.
    ArticlePage(i64),
    /// A section's listing pages.
    Section(i64),
    /// A tag's listing pages.
    Tag(i64),
    /// An author's listing pages.
    Author(i64),
    /// A day archive of an edition (the date in the site's time zone).
    Day(Lang, Date),
}

/// Which cached pages a change makes stale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Purge {
    #[default]
    Nothing,
    Tags(HashSet<CacheTag>),
    All,
}

impl Purge {
    /// Adds `other` to this purge.
    pub fn merge(&mut self, other: Purge) {
        match (std::mem::take(self), other) {
            (Purge::All, _) | (_, Purge::All) => *self = Purge::All,
            (Purge::Nothing, p) | (p, Purge::Nothing) => *self = p,
            (Purge::Tags(mut a), Purge::Tags(b)) => {
                a.extend(b);
                *self = Purge::Tags(a);
            }
        }
    }

    /// Whether a page with these tags must go.
    pub fn hits(&self, tags: &[CacheTag]) -> bool {
        match self {
            Purge::Nothing => false,
            Purge::All => true,
            Purge::Tags(set) => tags.iter().any(|t| set.contains(t)),
        }
    }
}

impl ChangeKind {
    /// The pages this change makes stale. `day_of` turns a time into its date in the site's
    /// time zone.
    ///
    /// - an article readers neither saw nor see (a draft saved): nothing;
    /// - otherwise its own page, pages listing it and its translations' own pages (not the
    ///   pages listing those); with a listing
    ///   change also its edition's home, its sections', tags', authors' and days' listings;
    ///   on the breaking strip, every page of its edition;
    /// - taxonomy and ads: every page of their edition (navigation and ad slots are in the
    ///   chrome); settings: every page.
    pub fn purge(&self, day_of: &dyn Fn(Timestamp) -> Option<Date>) -> Purge {
        match self {
            ChangeKind::Settings => Purge::All,
            // Not-found answers are never cached, so a new redirect needs no purge.
            ChangeKind::Redirects => Purge::Nothing,
            ChangeKind::Ads { edition: None } => Purge::All,
            ChangeKind::Ads {
                edition: Some(lang),
            }
            | ChangeKind::Taxonomy { edition: lang }
            | ChangeKind::Pages { edition: lang } => {
                Purge::Tags(HashSet::from([CacheTag::Edition(*lang)]))
            }
            ChangeKind::Article(a) => {
                if !a.visible && !a.was_visible {
                    return Purge::Nothing;
                }
                let mut tags =
                    HashSet::from([CacheTag::Article(a.id), CacheTag::ArticlePage(a.id)]);
                tags.extend(a.translations.iter().map(|&id| CacheTag::ArticlePage(id)));
                if a.breaking {
                    tags.insert(CacheTag::Edition(a.edition));
                }
                if a.listing || a.visible != a.was_visible {
                    tags.insert(CacheTag::Home(a.edition));
                    tags.extend(a.sections.iter().map(|&id| CacheTag::Section(id)));
                    tags.extend(a.tags.iter().map(|&id| CacheTag::Tag(id)));
                    tags.extend(a.authors.iter().map(|&id| CacheTag::Author(id)));
                    tags.extend(
                        a.published
                            .iter()
                            .filter_map(|&t| day_of(t))
                            .map(|d| CacheTag::Day(a.edition, d)),
                    );
                }
                Purge::Tags(tags)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(t: Timestamp) -> Option<Date> {
        Some(t.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    }

    fn new_english_article() -> ArticleChange {
        ArticleChange {
            id: 7,
            edition: Lang::En,
            visible: true,
            was_visible: false,
            listing: true,
            breaking: false,
            sections: vec![2],
            tags: vec![30, 31],
            authors: vec![4],
            translations: vec![8, 9],
            published: vec![Timestamp::UNIX_EPOCH],
        }
    }

    #[test]
    fn a_new_article_purges_what_lists_it_and_its_translations() {
        let p = ChangeKind::Article(new_english_article()).purge(&day);
        let Purge::Tags(tags) = &p else {
            panic!("{p:?}")
        };
        for t in [
            CacheTag::Article(7),
            CacheTag::ArticlePage(7),
            CacheTag::ArticlePage(8),
            CacheTag::ArticlePage(9),
            CacheTag::Home(Lang::En),
            CacheTag::Section(2),
            CacheTag::Tag(30),
            CacheTag::Tag(31),
            CacheTag::Author(4),
        ] {
            assert!(tags.contains(&t), "{t:?} missing from {tags:?}");
        }
        assert!(!p.hits(&[CacheTag::Home(Lang::Ru), CacheTag::Edition(Lang::Ru)]));
        assert!(
            !p.hits(&[CacheTag::Home(Lang::Ru), CacheTag::Article(8)]),
            "a page listing a translation is not touched"
        );
        assert!(!p.hits(&[CacheTag::Edition(Lang::En), CacheTag::Article(99)]));
        assert!(p.hits(&[CacheTag::Edition(Lang::En), CacheTag::Article(7)]));
    }

    #[test]
    fn an_unseen_draft_purges_nothing() {
        let draft = ArticleChange {
            visible: false,
            was_visible: false,
            ..new_english_article()
        };
        assert_eq!(ChangeKind::Article(draft).purge(&day), Purge::Nothing);
    }

    #[test]
    fn a_body_edit_purges_the_article_not_the_listings() {
        let edit = ArticleChange {
            was_visible: true,
            listing: false,
            ..new_english_article()
        };
        let p = ChangeKind::Article(edit).purge(&day);
        assert!(p.hits(&[CacheTag::Article(7)]));
        assert!(!p.hits(&[CacheTag::Home(Lang::En), CacheTag::Section(2)]));
    }

    #[test]
    fn breaking_and_chrome_changes_reach_the_whole_edition() {
        let b = ArticleChange {
            breaking: true,
            ..new_english_article()
        };
        assert!(
            ChangeKind::Article(b)
                .purge(&day)
                .hits(&[CacheTag::Edition(Lang::En)])
        );
        let t = ChangeKind::Taxonomy { edition: Lang::Hy }.purge(&day);
        assert!(t.hits(&[CacheTag::Edition(Lang::Hy)]));
        assert!(!t.hits(&[CacheTag::Edition(Lang::En)]));
        assert_eq!(ChangeKind::Settings.purge(&day), Purge::All);
    }

    #[test]
    fn purges_merge() {
        let mut p = Purge::Nothing;
        p.merge(Purge::Tags(HashSet::from([CacheTag::Article(1)])));
        p.merge(Purge::Tags(HashSet::from([CacheTag::Article(2)])));
        assert!(p.hits(&[CacheTag::Article(1)]) && p.hits(&[CacheTag::Article(2)]));
        p.merge(Purge::All);
        assert_eq!(p, Purge::All);
    }

    #[test]
    fn changes_round_trip_as_json() {
        let c = ChangeKind::Article(new_english_article());
        let json = serde_json::to_string(&c).unwrap_or_default();
        assert!(json.contains("\"kind\":\"article\""), "{json}");
        let back: ChangeKind = serde_json::from_str(&json).unwrap_or(ChangeKind::Settings);
        assert_eq!(back, c);
    }
}
