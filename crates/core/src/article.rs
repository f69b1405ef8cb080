//! Articles: what a story is, its editorial status, and the filters listings are made from.

use crate::{CoreError, Lang};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// Editorial status (N4). Only `Published` articles whose time has come are shown to readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Review,
    Scheduled,
    Published,
    Unpublished,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Scheduled => "scheduled",
            Status::Published => "published",
            Status::Unpublished => "unpublished",
        }
    }
}

impl FromStr for Status {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "draft" => Status::Draft,
            "review" => Status::Review,
            "scheduled" => Status::Scheduled,
            "published" => Status::Published,
            "unpublished" => Status::Unpublished,
            other => return Err(CoreError::UnknownStatus(other.chars().take(20).collect())),
        })
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    pub breaking: bool,
    pub top: bool,
    pub important: bool,
}

/// The outlet a reprinted article comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub url: String,
}

/// What search engines and link previews show instead of the title and lead, when set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seo {
    /// At most [`MAX_SEO_TITLE`] characters; empty: the title is used.
    pub title: String,
    /// At most [`MAX_SEO_DESCRIPTION`] characters; empty: the lead is used.
    pub description: String,
}

/// Longest SEO title, in characters.
pub const MAX_SEO_TITLE: usize = 120;
/// Longest SEO description, in characters.
pub const MAX_SEO_DESCRIPTION: usize = 320;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cover {
    pub url: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
}

/// One article as stored, with its body already rendered to sanitized HTML.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub id: i64,
    pub edition: Lang,
    /// Counts the saves of this article, from 1; an update names the revision it started from.
    pub revision: i64,
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub body_md: String,
    pub body_html: String,
    pub section_id: i64,
    pub author_id: Option<i64>,
    pub status: Status,
    pub published_at: Option<Timestamp>,
    pub updated_at: Timestamp,
    pub flags: Flags,
    pub source: Option<Source>,
    pub cover: Option<Cover>,
    pub translation_key: Option<String>,
    pub views: i64,
    /// The staff member who created it (`None` for imported and demo articles); an author or
    /// contributor acts on their own articles only.
    pub owner_id: Option<i64>,
    pub seo: Seo,
    /// The revision of the last save that changed the content (status moves do not).
    pub content_revision: i64,
    /// A saved edit that is not live yet (a revision row id), for published articles.
    pub pending_revision_id: Option<i64>,
    /// The article this one was translated from, and its content revision then (SPEC N10).
    pub source_article_id: Option<i64>,
    pub source_revision: Option<i64>,
}

/// What listings show of an article: enough for a card, with its section and kicker joined in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub published_at: Timestamp,
    pub section_slug: String,
    pub section_name: String,
    pub kicker_slug: Option<String>,
    pub kicker_name: Option<String>,
    pub cover_url: Option<String>,
    pub cover_alt: Option<String>,
    pub flags: Flags,
    pub views: i64,
}

/// The same story in another edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Translation {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
}

/// What an editor writes: every field a save of an article replaces. Taxonomy is named by
/// slug and resolved by the store (an unknown section is an `InvalidReference`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleContent {
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub body_md: String,
    /// `body_md` rendered to sanitized HTML by the writer (the markdown crate).
    pub body_html: String,
    pub section_slug: String,
    /// Tags in order; the first is the article's kicker.
    pub tag_slugs: Vec<String>,
    pub author_slug: Option<String>,
    /// More authors of the byline, in order, after `author_slug` (SPEC N3 "one or more").
    #[serde(default)]
    pub coauthor_slugs: Vec<String>,
    pub flags: Flags,
    pub source: Option<Source>,
    pub cover: Option<Cover>,
    #[serde(default)]
    pub seo: Seo,
}

/// Most authors in one byline.
pub const MAX_AUTHORS: usize = 10;

/// An article to be created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewArticle {
    pub edition: Lang,
    pub content: ArticleContent,
    pub status: Status,
    pub published_at: Option<Timestamp>,
    pub translation_key: Option<String>,
    pub views: i64,
    /// Former slugs that answer 301 to the article.
    pub old_slugs: Vec<String>,
    /// Where an imported article came from (`jsonl:doc-17`, `url:https://…`): importing the
    /// same record again finds it instead of making a copy. Unique per edition.
    pub source_key: Option<String>,
}

/// Longest title, in characters.
pub const MAX_TITLE: usize = 300;
/// Longest lead, in characters.
pub const MAX_LEAD: usize = 2_000;
/// Largest Markdown body, in bytes.
pub const MAX_BODY: usize = 1024 * 1024;
/// Most tags on one article.
pub const MAX_TAGS: usize = 20;

/// Which published articles a listing shows, newest first. Every field narrows the set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleFilter {
    pub edition: Option<Lang>,
    pub section_id: Option<i64>,
    pub tag_id: Option<i64>,
    pub author_id: Option<i64>,
    /// Published at or after this instant.
    pub from: Option<Timestamp>,
    /// Published before this instant.
    pub until: Option<Timestamp>,
    pub important: bool,
    pub breaking: bool,
    pub top: bool,
    pub exclude_id: Option<i64>,
    /// Only articles sharing a tag with this one, most shared tags first (then newest).
    pub related_to: Option<i64>,
    /// Only articles after this one in newest-first order: published before the time, or at
    /// the same second with a smaller id (keyset paging for the API's cursors).
    pub before: Option<(Timestamp, i64)>,
}

/// Whether a one-line field (title, kicker, SEO title, captions, names) holds a character that
/// has no place in it: a control character (tabs and line breaks included) or a bidi override
/// or isolate (U+202A–U+202E, U+2066–U+2069: they reorder what readers see, the "Trojan
/// Source" trick). Zero-width spaces, common in text pasted from the web, are taken out by the
/// editor's form instead ([`strip_invisible`]).
pub fn has_hidden_characters(s: &str) -> bool {
    s.chars().any(|c| c.is_control() || is_hidden_format(c))
}

/// Like [`has_hidden_characters`] for a field that may run over several lines (a lead, a
/// description): line breaks and tabs are allowed there.
pub fn has_hidden_characters_multiline(s: &str) -> bool {
    s.chars()
        .any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || is_hidden_format(c))
}

fn is_hidden_format(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` without zero-width spaces, word joiners and byte-order marks (U+200B, U+2060, U+FEFF):
/// invisible leftovers of copying text from the web that would only split words in search.
pub fn strip_invisible(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}'))
        .collect()
}

impl ArticleContent {
    /// Checks the fields a reader will see; the store relies on these being sane. Errors carry
    /// the catalog key of the rule broken.
    pub fn validate(&self) -> Result<(), CoreError> {
        match self.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Every rule the content breaks, in the order of the editor's fields (a form names them
    /// all at once). Empty when it is valid.
    pub fn problems(&self) -> Vec<CoreError> {
        let mut out: Vec<CoreError> = Vec::new();
        let mut invalid = |field, key| {
            let seen = out
                .iter()
                .any(|e| matches!(e, CoreError::Invalid { field: f, .. } if *f == field));
            if !seen {
                out.push(CoreError::Invalid { field, key });
            }
        };
        if crate::slug::validate(&self.slug).is_err() {
            invalid("slug", "invalid-slug");
        }
        let title_len = self.title.chars().count();
        if self.title.trim().is_empty() || title_len > MAX_TITLE {
            invalid("title", "invalid-title");
        }
        for (field, v) in [("title", &self.title), ("seo_title", &self.seo.title)] {
            if has_hidden_characters(v) {
                invalid(field, "invalid-characters");
            }
        }
        for (field, v) in [
            ("lead", &self.lead),
            ("seo_description", &self.seo.description),
        ] {
            if has_hidden_characters_multiline(v) {
                invalid(field, "invalid-characters");
            }
        }
        if let Some(c) = &self.cover {
            for (field, v) in [
                ("cover_alt", &c.alt),
                ("cover_caption", &c.caption),
                ("cover_credit", &c.credit),
            ] {
                if has_hidden_characters_multiline(v) {
                    invalid(field, "invalid-characters");
                }
            }
        }
        if let Some(src) = &self.source
            && has_hidden_characters(&src.name)
        {
            invalid("source_name", "invalid-characters");
        }
        if self
            .body_md
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            invalid("body", "invalid-characters");
        }
        if self.lead.chars().count() > MAX_LEAD {
            invalid("lead", "invalid-lead");
        }
        if self.body_md.len() > MAX_BODY {
            invalid("body", "invalid-body");
        }
        if self.tag_slugs.len() > MAX_TAGS {
            invalid("tags", "invalid-tags");
        }
        if self
            .tag_slugs
            .iter()
            .any(|t| crate::slug::validate(t).is_err())
        {
            invalid("tags", "invalid-slug");
        }
        if crate::slug::validate(&self.section_slug).is_err() {
            invalid("section", "invalid-section");
        }
        if self.coauthor_slugs.len() + 1 > MAX_AUTHORS
            || (self.author_slug.is_none() && !self.coauthor_slugs.is_empty())
        {
            invalid("coauthors", "invalid-coauthors");
        }
        if self
            .coauthor_slugs
            .iter()
            .any(|a| crate::slug::validate(a).is_err())
        {
            invalid("coauthors", "invalid-author");
        }
        if self.seo.title.chars().count() > MAX_SEO_TITLE {
            invalid("seo_title", "invalid-seo-title");
        }
        if self.seo.description.chars().count() > MAX_SEO_DESCRIPTION {
            invalid("seo_description", "invalid-seo-description");
        }
        if let Some(c) = &self.cover
            && !(c.url.starts_with("https://")
                || c.url.starts_with("http://")
                || (c.url.starts_with('/') && !c.url.starts_with("//")))
        {
            invalid("cover_url", "invalid-cover-url");
        }
        if let Some(src) = &self.source
            && (!(src.url.starts_with("https://") || src.url.starts_with("http://"))
                || src.name.trim().is_empty())
        {
            invalid("source_url", "invalid-source-url");
        }
        out
    }
}

impl NewArticle {
    /// [`ArticleContent::validate`] plus the fields only a new article has.
    pub fn validate(&self) -> Result<(), CoreError> {
        self.content.validate()?;
        if self.status == Status::Scheduled && self.published_at.is_none() {
            return Err(CoreError::Invalid {
                field: "published_at",
                key: "invalid-schedule-time",
            });
        }
        for s in &self.old_slugs {
            crate::slug::validate(s)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> ArticleContent {
        ArticleContent {
            slug: "a-story".into(),
            title: "A story".into(),
            lead: String::new(),
            body_md: "Text.".into(),
            body_html: "<p>Text.</p>".into(),
            section_slug: "news".into(),
            tag_slugs: vec![],
            author_slug: None,
            coauthor_slugs: vec![],
            flags: Flags::default(),
            source: None,
            cover: None,
            seo: Seo::default(),
        }
    }

    #[test]
    fn hidden_characters_are_refused_in_one_line_fields() {
        for title in [
            "Заго\u{0}ловок",
            "A\u{7}b",
            "evil\u{202E}txt",
            "iso\u{2066}late",
            "tab\there",
        ] {
            let c = ArticleContent {
                title: title.into(),
                ..content()
            };
            assert_eq!(
                c.validate().map_err(|e| e.key()),
                Err("invalid-characters"),
                "{title:?}"
            );
        }
        // Letters of every script, joiners inside words and line breaks in the body are fine.
        let ok = ArticleContent {
            title: "Ереван — Baku: «Հայաստան» ❤️".into(),
            body_md: "Line\n\n\tindented".into(),
            ..content()
        };
        assert_eq!(ok.validate(), Ok(()));
        // Real news text: a lead running over two lines, a zero-width space pasted from the web.
        let pasted = ArticleContent {
            lead: "First line\nsecond\u{200B} line".into(),
            ..content()
        };
        assert_eq!(pasted.validate(), Ok(()));
        assert_eq!(strip_invisible("a\u{200B}b\u{FEFF}c"), "abc");
        let nul_body = ArticleContent {
            body_md: "a\u{0}b".into(),
            ..content()
        };
        assert_eq!(
            nul_body.validate().map_err(|e| e.key()),
            Err("invalid-characters")
        );
    }

    #[test]
    fn validation_names_the_rule() {
        assert_eq!(content().validate(), Ok(()));
        let long = ArticleContent {
            title: "x".repeat(MAX_TITLE + 1),
            ..content()
        };
        assert_eq!(long.validate().map_err(|e| e.key()), Err("invalid-title"));
        let bad_source = ArticleContent {
            source: Some(Source {
                name: "X".into(),
                url: "javascript:alert(1)".into(),
            }),
            ..content()
        };
        assert_eq!(
            bad_source.validate().map_err(|e| e.key()),
            Err("invalid-source-url")
        );
        let bad_slug = ArticleContent {
            slug: "Bad Slug".into(),
            ..content()
        };
        assert_eq!(
            bad_slug.validate().map_err(|e| e.key()),
            Err("invalid-slug")
        );
    }
}
