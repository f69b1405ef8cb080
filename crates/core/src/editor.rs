//! Page models of the newsroom's desk (SPEC N3–N5, N9, N10): the article editor, its history
//! and comparisons, the corrections form and the media library. Data only; the templates in
//! `render` show them.

use crate::admin::FormState;
use crate::newsroom::{Correction, FieldDiff, Media, RevisionInfo, TranslationState};
use crate::{Lang, Status};
use jiff::Timestamp;
use serde::Serialize;

/// A choice in a select: its value and what the person reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Someone else saved the article while this person was writing (SPEC N4): who, when, and what
/// differs between their live text and the one just sent, which was kept as a revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictNotice {
    /// Their name (empty when the system or an import wrote it).
    pub by: String,
    pub at: Timestamp,
    /// The live revision now; the form is re-based on it so a second save goes through.
    pub revision: i64,
    /// From the live text (removed) to the one sent (added).
    pub diff: Vec<FieldDiff>,
    /// The history row the sent text is kept in.
    pub kept_id: i64,
}

/// A translation's staleness, shown in its editor (SPEC N10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaleNotice {
    pub state: TranslationState,
    /// The source's changes since the revision the translation follows.
    pub diff: Vec<FieldDiff>,
    pub source_url: String,
}

/// A sibling of the article in another edition, for the editor's sidebar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiblingLink {
    pub id: i64,
    pub edition: Lang,
    pub title: String,
    pub status: Status,
    pub stale: bool,
    /// The article is the source of this story (the sibling is a translation of it) or not.
    pub is_source: bool,
}

/// The article editor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EditorBody {
    /// `None` for an article not yet saved.
    pub id: Option<i64>,
    /// The revision the form is based on (0 for a new article).
    pub revision: i64,
    pub edition: Lang,
    pub status: Status,
    /// Every field as text, with errors by field.
    pub form: FormState,
    pub sections: Vec<Choice>,
    pub authors: Vec<Choice>,
    /// Existing tags of the edition, offered as one types (names).
    pub tags: Vec<Choice>,
    /// Editions a new article may be written in.
    pub editions: Vec<Choice>,
    /// Workflow moves this person may make from here.
    pub moves: Vec<Status>,
    /// Saving may make it live (published articles may also be saved as pending).
    pub live: bool,
    /// The person may save this article at all (a contributor may not change a published one).
    pub can_save: bool,
    /// A pending edit is what the form shows (the live text differs).
    pub pending: bool,
    pub public_url: Option<String>,
    pub conflict: Option<ConflictNotice>,
    pub stale: Option<StaleNotice>,
    pub siblings: Vec<SiblingLink>,
    /// Editions the story has no article in yet.
    pub translate_into: Vec<Lang>,
    pub corrections: Vec<Correction>,
    pub can_correct: bool,
    pub can_delete: bool,
    /// The site's time zone name, for the schedule field.
    pub time_zone: String,
    /// The form was brought back after the session ended (see the guard's parked forms).
    pub restored: bool,
}

/// An article's history (SPEC N4).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryBody {
    pub id: i64,
    pub title: String,
    pub edition: Lang,
    pub revision: i64,
    pub rows: Vec<RevisionInfo>,
    /// The two rows compared, when a comparison was asked for.
    pub compare: Option<Comparison>,
    pub can_restore: bool,
}

/// Two revisions side by side, as a readable difference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: RevisionInfo,
    pub to: RevisionInfo,
    pub diff: Vec<FieldDiff>,
}

/// The media library (SPEC N5).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MediaBody {
    pub query: String,
    pub items: Vec<MediaItem>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub form: FormState,
    /// Largest upload, in bytes.
    pub max_bytes: u64,
}

/// One image of the library with what the editor needs to use it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MediaItem {
    pub media: Media,
    /// The URL to put in an article (largest variant, original format).
    pub url: String,
    /// A small variant for the library's grid.
    pub thumb: String,
    /// Markdown that shows it in a body: `![alt](url "caption")`.
    pub markdown: String,
}

/// A story the dashboard lists as missing in some editions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingRow {
    pub id: i64,
    pub edition: Lang,
    pub title: String,
    pub missing: Vec<Lang>,
}
