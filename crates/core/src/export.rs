//! Masthead's own export format (`masthead export`, read back by `masthead import jsonl`): JSON
//! Lines of typed records (`{"type": "article", …}`). The first line is a header naming the
//! format's version; the last is an end marker counting the lines before it, so that a file cut
//! short at a line boundary is told from a whole one. Everything a reader sees is in it, with
//! the ids and times pages show; staff accounts, sessions and tokens are not (they belong to
//! the site, not to its content).

use crate::newsroom::{CorrectionKind, RevisionKind};
use crate::{
    ArticleContent, Cover, Flags, Lang, NewAuthor, NewSection, NewTag, Seo, Source, Status,
};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `type` of the header line.
pub const EXPORT_FORMAT: &str = "masthead-export";
/// The `type` of the last line.
pub const EXPORT_END: &str = "masthead-export-end";
/// The format version this Masthead writes and reads.
pub const EXPORT_VERSION: u32 = 1;

/// One line of an export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Record {
    #[serde(rename = "masthead-export")]
    Header(Header),
    #[serde(rename = "settings")]
    Settings(SettingsRecord),
    #[serde(rename = "section")]
    Section(NewSection),
    #[serde(rename = "tag")]
    Tag(NewTag),
    #[serde(rename = "author")]
    Author(NewAuthor),
    #[serde(rename = "ad")]
    Ad(AdRecord),
    #[serde(rename = "media")]
    Media(MediaRecord),
    #[serde(rename = "page")]
    Page(PageRecord),
    #[serde(rename = "redirect")]
    Redirect(RedirectRecord),
    #[serde(rename = "article")]
    Article(Box<ArticleRecord>),
    #[serde(rename = "revision")]
    Revision(Box<RevisionRecord>),
    #[serde(rename = "masthead-export-end")]
    End(End),
}

impl Record {
    /// The record's `type`, as written in the file.
    pub fn kind(&self) -> &'static str {
        match self {
            Record::Header(_) => EXPORT_FORMAT,
            Record::Settings(_) => "settings",
            Record::Section(_) => "section",
            Record::Tag(_) => "tag",
            Record::Author(_) => "author",
            Record::Ad(_) => "ad",
            Record::Media(_) => "media",
            Record::Page(_) => "page",
            Record::Redirect(_) => "redirect",
            Record::Article(_) => "article",
            Record::Revision(_) => "revision",
            Record::End(_) => EXPORT_END,
        }
    }
}

/// The first line: what wrote the file, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// [`EXPORT_VERSION`] when written; a reader refuses a version it does not know.
    pub version: u32,
    pub exported_at: Timestamp,
    /// The edition served at `/` on the site exported (the `editions` setting's first).
    pub default_edition: Lang,
    pub editions: Vec<Lang>,
    /// The site's address when exported (for information: links in the content are kept as
    /// they are).
    #[serde(default)]
    pub base_url: String,
    /// `masthead 0.1.0`.
    #[serde(default)]
    pub generator: String,
}

/// The last line: how many lines came before it (the header included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct End {
    pub records: u64,
}

/// The site's settings, every key but the setup marker.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SettingsRecord {
    pub values: BTreeMap<String, String>,
}

/// An ad of a slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdRecord {
    /// `None`: shown in every edition.
    pub edition: Option<Lang>,
    pub slot: String,
    pub image_url: String,
    pub link_url: String,
    pub alt: String,
    pub width: i64,
    pub height: i64,
    /// HTML shown in place of the image; sanitized again on import.
    #[serde(default)]
    pub html: Option<String>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// An image of the media library. The files (`{stem}-{width}.{ext}` and `.webp`) are not in
/// the export: they stay in the media directory or bucket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaRecord {
    pub stem: String,
    pub ext: String,
    pub width: u32,
    pub height: u32,
    pub widths: Vec<u32>,
    pub bytes: i64,
    pub alt: String,
    #[serde(default)]
    pub caption: String,
    #[serde(default)]
    pub credit: String,
    #[serde(default)]
    pub original_name: String,
    pub uploaded_at: Timestamp,
    #[serde(default)]
    pub source_key: Option<String>,
}

/// A static page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageRecord {
    /// Its id on the site exported (the import key of a page without a source key).
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    /// Made from `body` on import; never read from a file.
    #[serde(skip)]
    pub body_html: String,
    #[serde(default)]
    pub translation_key: Option<String>,
    #[serde(default)]
    pub in_footer: bool,
    #[serde(default)]
    pub position: i64,
    #[serde(default)]
    pub source_key: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl PageRecord {
    /// The source key the page is stored under: the one it came with, else `export:{id}`.
    pub fn import_key(&self) -> String {
        self.source_key
            .clone()
            .unwrap_or_else(|| format!("export:{}", self.id))
    }
}

/// An old address and its new path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedirectRecord {
    pub from_path: String,
    pub to_path: String,
    #[serde(default)]
    pub source_key: Option<String>,
    pub created_at: Timestamp,
}

/// A dated note on an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionRecord {
    pub kind: CorrectionKind,
    pub text: String,
    pub at: Timestamp,
}

/// The article a translation was made from, and that article's content revision then.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedFrom {
    pub id: i64,
    pub revision: i64,
}

/// An article as it stands, with what its pages show beside it. Its history follows it as
/// `revision` records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Its id, kept on import: pages, feeds (GUIDs) and the view beacon name it.
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    /// Former slugs, answered with 301.
    #[serde(default)]
    pub old_slugs: Vec<String>,
    pub title: String,
    #[serde(default)]
    pub lead: String,
    /// Markdown.
    pub body: String,
    /// Made from `body` on import; never read from a file.
    #[serde(skip)]
    pub body_html: String,
    /// The section's slug.
    pub section: String,
    /// Tag slugs in order; the first is the kicker.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub coauthors: Vec<String>,
    #[serde(default)]
    pub flags: Flags,
    #[serde(default)]
    pub source: Option<Source>,
    #[serde(default)]
    pub cover: Option<Cover>,
    #[serde(default)]
    pub seo: Seo,
    pub status: Status,
    pub published_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub translation_key: Option<String>,
    #[serde(default)]
    pub translated_from: Option<TranslatedFrom>,
    /// Where an import once brought it from (`wp:17`); kept so that the old importer still
    /// recognises it.
    #[serde(default)]
    pub source_key: Option<String>,
    /// Its revision counter and the revision of its last content change.
    pub revision: i64,
    pub content_revision: i64,
    /// Views of all time.
    #[serde(default)]
    pub views: i64,
    /// `[hour, views]`: views per hour (hours since the Unix epoch), which most-read lists
    /// rank by.
    #[serde(default)]
    pub view_hours: Vec<(i64, i64)>,
    /// Oldest first.
    #[serde(default)]
    pub corrections: Vec<CorrectionRecord>,
}

impl ArticleRecord {
    /// The source key the article is stored under: the one it came with, else `export:{id}`.
    /// A second import of the file finds it by this key and adds nothing.
    pub fn import_key(&self) -> String {
        self.source_key
            .clone()
            .unwrap_or_else(|| format!("export:{}", self.id))
    }

    /// Its content as the editor and the writer take it.
    pub fn content(&self) -> ArticleContent {
        ArticleContent {
            slug: self.slug.clone(),
            title: self.title.clone(),
            lead: self.lead.clone(),
            body_md: self.body.clone(),
            body_html: self.body_html.clone(),
            section_slug: self.section.clone(),
            tag_slugs: self.tags.clone(),
            author_slug: self.author.clone(),
            coauthor_slugs: self.coauthors.clone(),
            flags: self.flags,
            source: self.source.clone(),
            cover: self.cover.clone(),
            seo: self.seo.clone(),
        }
    }
}

/// A row of an article's history (SPEC N4), after its article in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RevisionRecord {
    /// The article's id (as in its `article` record).
    pub article: i64,
    pub revision: i64,
    pub kind: RevisionKind,
    pub status: Status,
    #[serde(default)]
    pub note: String,
    /// Who saved it, as the history recorded (`user:5`, `system:import`).
    pub by: String,
    /// The staff member's name then, when it was a staff member.
    #[serde(default)]
    pub by_name: Option<String>,
    pub at: Timestamp,
    /// The content saved (its HTML left out); `None` for a status move.
    #[serde(default)]
    pub content: Option<ArticleContent>,
    /// The article's pending edit (saved, not live yet).
    #[serde(default)]
    pub pending: bool,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn records_are_tagged_by_type() {
        let r = Record::Tag(NewTag {
            edition: Lang::En,
            slug: "port".into(),
            name: "Port".into(),
        });
        let line = serde_json::to_string(&r).unwrap();
        assert_eq!(
            line,
            r#"{"type":"tag","edition":"en","slug":"port","name":"Port"}"#
        );
        assert_eq!(serde_json::from_str::<Record>(&line).unwrap(), r);
        let end: Record =
            serde_json::from_str(r#"{"type":"masthead-export-end","records":3}"#).unwrap();
        assert_eq!(end, Record::End(End { records: 3 }));
        assert!(serde_json::from_str::<Record>(r#"{"type":"poll"}"#).is_err());
    }

    #[test]
    fn html_is_never_read_from_a_file() {
        let line = r#"{"type":"page","id":4,"edition":"en","slug":"about","title":"About","body":"Hi","body_html":"<script>x</script>","created_at":"2024-05-12T02:37:00Z","updated_at":"2024-05-12T02:37:00Z"}"#;
        let Record::Page(p) = serde_json::from_str::<Record>(line).unwrap() else {
            panic!("a page");
        };
        assert_eq!(p.body_html, "");
        assert_eq!(p.import_key(), "export:4");
    }
}
