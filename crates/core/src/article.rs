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
    pub edition: Lang,
    pub slug: String,
    pub title: String,
}

/// An article to be created. Taxonomy is named by slug and resolved (or created) by the store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewArticle {
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub body_md: String,
    pub body_html: String,
    pub section_slug: String,
    pub tag_slugs: Vec<String>,
    pub author_slug: Option<String>,
    pub status: Status,
    pub published_at: Option<Timestamp>,
    pub flags: Flags,
    pub source: Option<Source>,
    pub cover: Option<Cover>,
    pub translation_key: Option<String>,
    pub views: i64,
    pub old_slugs: Vec<String>,
}

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
}

impl NewArticle {
    /// Checks the fields a reader will see; the store relies on these being sane.
    pub fn validate(&self) -> Result<(), CoreError> {
        crate::slug::validate(&self.slug)?;
        for s in &self.old_slugs {
            crate::slug::validate(s)?;
        }
        let title_len = self.title.chars().count();
        if self.title.trim().is_empty() || title_len > 300 {
            return Err(CoreError::Invalid {
                field: "title",
                reason: "must be 1 to 300 characters".into(),
            });
        }
        if self.tag_slugs.len() > 20 {
            return Err(CoreError::Invalid {
                field: "tags",
                reason: "at most 20 tags".into(),
            });
        }
        if let Some(src) = &self.source
            && !(src.url.starts_with("https://") || src.url.starts_with("http://"))
        {
            return Err(CoreError::Invalid {
                field: "source_url",
                reason: "must be an http(s) address".into(),
            });
        }
        Ok(())
    }
}
