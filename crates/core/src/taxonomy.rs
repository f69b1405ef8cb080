//! Sections, tags (stories), authors and ad slots, and the bundle that seeds a fresh site.

use crate::{Lang, NewArticle};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub name: String,
    pub position: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tag {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Author {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub name: String,
    pub bio: String,
}

/// An advertisement placed in a named slot (`settings::AD_SLOTS`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ad {
    pub id: i64,
    pub edition: Option<Lang>,
    pub slot: String,
    pub image_url: String,
    pub link_url: String,
    pub alt: String,
    pub width: i64,
    pub height: i64,
    /// Sanitized HTML shown in the slot in place of the image (set by admins only).
    pub html: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewSection {
    pub edition: Lang,
    pub slug: String,
    pub name: String,
    pub position: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTag {
    pub edition: Lang,
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAuthor {
    pub edition: Lang,
    pub slug: String,
    pub name: String,
    pub bio: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAd {
    pub edition: Option<Lang>,
    pub slot: String,
    pub image_url: String,
    pub link_url: String,
    pub alt: String,
    pub width: i64,
    pub height: i64,
    /// HTML shown in place of the image (admins only; sanitized before it is stored).
    #[serde(default)]
    pub html: Option<String>,
}

/// Content written in one transaction: the demo site, or a batch of imported articles.
/// Sections, tags and authors that already exist (same edition and slug) are kept as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContentBundle {
    pub settings: Vec<(String, String)>,
    pub sections: Vec<NewSection>,
    pub tags: Vec<NewTag>,
    pub authors: Vec<NewAuthor>,
    pub articles: Vec<NewArticle>,
    pub ads: Vec<NewAd>,
    #[serde(default)]
    /// Static pages; one whose `source_key` is stored in its edition replaces that page.
    pub pages: Vec<crate::site_page::NewStaticPage>,
    #[serde(default)]
    /// Old addresses; an old path already stored takes the new target.
    pub redirects: Vec<crate::site_page::NewRedirect>,
    /// `(edition, source_key, fingerprint)` of each imported record, kept in the import ledger
    /// so that the next run knows what it already read.
    #[serde(default)]
    pub ledger: Vec<(Lang, String, String)>,
}
