//! The newsroom's desk (SPEC N3–N5, N9, N10): revisions of an article, readable differences
//! between two of them, corrections, translation provenance and the media library's records.

use crate::{ArticleContent, CoreError, Lang, Status};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// What a row of an article's history records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevisionKind {
    /// The article was created with this content.
    Created,
    /// An editor saved new content.
    Saved,
    /// The status changed (no content).
    Status,
    /// An edit of a published article saved without going live.
    Pending,
    /// A pending edit was made live.
    PendingPublished,
    /// An older revision's content was restored.
    Restored,
    /// A save that came in after someone else's: kept whole, not applied.
    Conflict,
    /// The content as it stood before its first recorded save (imported or demo articles).
    Base,
    /// A correction or update note was added.
    Correction,
}

impl RevisionKind {
    pub const ALL: [RevisionKind; 9] = [
        RevisionKind::Created,
        RevisionKind::Saved,
        RevisionKind::Status,
        RevisionKind::Pending,
        RevisionKind::PendingPublished,
        RevisionKind::Restored,
        RevisionKind::Conflict,
        RevisionKind::Base,
        RevisionKind::Correction,
    ];

    /// The stored name, also the catalog key suffix (`revision-kind-saved`).
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Created => "created",
            RevisionKind::Saved => "saved",
            RevisionKind::Status => "status",
            RevisionKind::Pending => "pending",
            RevisionKind::PendingPublished => "pending_published",
            RevisionKind::Restored => "restored",
            RevisionKind::Conflict => "conflict",
            RevisionKind::Base => "base",
            RevisionKind::Correction => "correction",
        }
    }

    /// Whether a row of this kind made its content the article's live content.
    pub fn applied(self) -> bool {
        matches!(
            self,
            RevisionKind::Created
                | RevisionKind::Saved
                | RevisionKind::PendingPublished
                | RevisionKind::Restored
                | RevisionKind::Base
        )
    }
}

impl FromStr for RevisionKind {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RevisionKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(CoreError::Invalid {
                field: "revision_kind",
                key: "invalid-revision",
            })
    }
}

/// One row of an article's history, without its content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RevisionInfo {
    /// The row's own id (revisions of one article are ordered by it).
    pub id: i64,
    pub article_id: i64,
    /// The article revision this save produced; for `Pending` and `Conflict`, the revision the
    /// text was based on.
    pub revision: i64,
    pub kind: RevisionKind,
    /// The article's status after the row.
    pub status: Status,
    pub at: Timestamp,
    /// Who saved it (`None`: the system, an import, or a deleted account).
    pub user_id: Option<i64>,
    pub user_name: Option<String>,
    /// For status moves, the status before (`"draft"`); otherwise empty.
    pub note: String,
    pub has_content: bool,
}

/// A history row with its content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    pub info: RevisionInfo,
    pub content: Option<ArticleContent>,
}

/// Kind of a note attached to a published article (SPEC N9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CorrectionKind {
    /// Something published was wrong and is fixed.
    Correction,
    /// The story developed; new facts were added.
    Update,
}

impl CorrectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CorrectionKind::Correction => "correction",
            CorrectionKind::Update => "update",
        }
    }
}

impl FromStr for CorrectionKind {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "correction" => Ok(CorrectionKind::Correction),
            "update" => Ok(CorrectionKind::Update),
            _ => Err(CoreError::Invalid {
                field: "kind",
                key: "invalid-correction-kind",
            }),
        }
    }
}

/// Longest correction text, in characters.
pub const MAX_CORRECTION: usize = 2_000;

/// A dated note on a published article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correction {
    pub id: i64,
    pub article_id: i64,
    pub kind: CorrectionKind,
    /// Plain text, shown escaped.
    pub text: String,
    pub at: Timestamp,
}

/// Checks a correction's text: not blank, at most [`MAX_CORRECTION`] characters, no control
/// characters other than line breaks. Returns it trimmed.
pub fn validate_correction(text: &str) -> Result<String, CoreError> {
    let t = text.trim();
    let bad = t.is_empty()
        || t.chars().count() > MAX_CORRECTION
        || t.chars().any(|c| c.is_control() && c != '\n' && c != '\r');
    if bad {
        return Err(CoreError::Invalid {
            field: "text",
            key: "invalid-correction",
        });
    }
    Ok(t.replace("\r\n", "\n"))
}

/// Where a translation stands against its source (SPEC N10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TranslationState {
    /// The translation.
    pub id: i64,
    pub edition: Lang,
    pub title: String,
    pub status: Status,
    pub source_id: i64,
    pub source_edition: Lang,
    pub source_title: String,
    /// The source's content revision the translation was made from (or last brought up to).
    pub source_revision: i64,
    /// The source's content revision now; stale when greater.
    pub source_current: i64,
}

impl TranslationState {
    pub fn stale(&self) -> bool {
        self.source_current > self.source_revision
    }
}

/// An article of a story (articles sharing a translation key), in any status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryArticle {
    pub id: i64,
    pub edition: Lang,
    pub title: String,
    pub status: Status,
}

/// A story with no article yet in some enabled edition (N10, the dashboard's "missing").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingTranslation {
    pub id: i64,
    pub edition: Lang,
    pub title: String,
    pub status: Status,
    pub missing: Vec<Lang>,
}

/// The widths responsive image variants are made at, in pixels (SPEC N5, R10 `srcset`). An
/// image gets every width smaller than its own, and its own width capped at [`MAX_VARIANT`].
pub const VARIANT_WIDTHS: [u32; 5] = [320, 640, 960, 1280, 1920];
/// The largest variant's width, in pixels.
pub const MAX_VARIANT: u32 = 2560;

/// The variant widths of an image `width` pixels wide, ascending.
pub fn variant_widths(width: u32) -> Vec<u32> {
    let top = width.min(MAX_VARIANT);
    let mut out: Vec<u32> = VARIANT_WIDTHS.into_iter().filter(|w| *w < top).collect();
    out.push(top);
    out
}

/// An image in the media library.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    pub id: i64,
    /// The server-generated name all its files share (32 hex characters).
    pub stem: String,
    /// `jpg`, `png`, `webp` or `gif`: the original format's file extension.
    pub ext: String,
    pub width: u32,
    pub height: u32,
    /// Variant widths, ascending; each exists in WebP and in the original format.
    pub widths: Vec<u32>,
    /// Size of the upload, in bytes.
    pub bytes: i64,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    pub original_name: String,
    pub uploaded_at: Timestamp,
    pub user_id: Option<i64>,
}

/// A processed upload to be recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMedia {
    pub stem: String,
    pub ext: String,
    pub width: u32,
    pub height: u32,
    pub widths: Vec<u32>,
    pub bytes: i64,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    pub original_name: String,
    /// Where an imported image came from (its URL on the old site); `None` for an upload.
    pub source_key: Option<String>,
}

/// Longest alt text, caption or credit, in characters.
pub const MAX_MEDIA_TEXT: usize = 500;

/// Path of a media file: `/media/{stem}-{width}.{ext}`.
pub fn media_path(stem: &str, width: u32, ext: &str) -> String {
    format!("/media/{stem}-{width}.{ext}")
}

impl Media {
    /// The largest variant in the original format: what an article's cover URL records.
    pub fn url(&self) -> String {
        media_path(
            &self.stem,
            self.widths.last().copied().unwrap_or(self.width),
            &self.ext,
        )
    }
}

/// A responsive image read back from a media URL (`/media/{stem}-{width}.{ext}`): the `src`,
/// and `srcset` lists in WebP and in the original format. `None` for any other URL (external
/// and demo images are shown as they are).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Responsive {
    pub src: String,
    /// `"/media/x-320.webp 320w, …"`.
    pub webp: String,
    /// The same widths in the original format.
    pub original: String,
    pub width: u32,
}

/// Parses a media URL made by [`media_path`] and lists its variants. The width in the name is
/// the largest variant's, so the smaller ones follow from [`variant_widths`].
pub fn responsive(url: &str) -> Option<Responsive> {
    let name = url.strip_prefix("/media/")?;
    let (base, ext) = name.rsplit_once('.')?;
    let (stem, width) = base.rsplit_once('-')?;
    if stem.len() != 32
        || !stem
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return None;
    }
    if !matches!(ext, "jpg" | "png" | "webp" | "gif") {
        return None;
    }
    let width: u32 = width.parse().ok()?;
    if width == 0 || width > MAX_VARIANT {
        return None;
    }
    let widths = variant_widths(width);
    let list = |e: &str| {
        widths
            .iter()
            .map(|w| format!("{} {w}w", media_path(stem, *w, e)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(Responsive {
        src: url.to_owned(),
        webp: list("webp"),
        original: list(ext),
        width,
    })
}

/// One piece of a readable difference: text kept, added or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffSpan {
    /// `"same"`, `"added"` or `"removed"`.
    pub kind: &'static str,
    pub text: String,
}

/// The difference of one field between two revisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldDiff {
    /// Catalog key of the field's label (`field-title`, `field-body`, …).
    pub field: &'static str,
    pub spans: Vec<DiffSpan>,
}

/// The fields of an article's content a comparison shows, with their catalog label keys, as
/// plain text.
pub fn content_fields(c: &ArticleContent) -> Vec<(&'static str, String)> {
    let flags = [
        (c.flags.breaking, "breaking"),
        (c.flags.top, "top"),
        (c.flags.important, "important"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, n)| *n)
    .collect::<Vec<_>>()
    .join(", ");
    vec![
        ("field-title", c.title.clone()),
        ("field-lead", c.lead.clone()),
        ("field-body", c.body_md.clone()),
        ("field-slug", c.slug.clone()),
        ("field-section", c.section_slug.clone()),
        ("field-tags", c.tag_slugs.join(", ")),
        (
            "field-byline",
            c.author_slug
                .iter()
                .chain(&c.coauthor_slugs)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("field-flags", flags),
        (
            "field-source",
            c.source
                .as_ref()
                .map(|s| format!("{} {}", s.name, s.url))
                .unwrap_or_default(),
        ),
        (
            "field-cover",
            c.cover
                .as_ref()
                .map(|x| format!("{} | {} | {} | {}", x.url, x.alt, x.caption, x.credit))
                .unwrap_or_default(),
        ),
        ("field-seo-title", c.seo.title.clone()),
        ("field-seo-description", c.seo.description.clone()),
    ]
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn variants_never_exceed_the_original() {
        assert_eq!(variant_widths(200), vec![200]);
        assert_eq!(variant_widths(640), vec![320, 640]);
        assert_eq!(variant_widths(1000), vec![320, 640, 960, 1000]);
        assert_eq!(variant_widths(4000), vec![320, 640, 960, 1280, 1920, 2560]);
    }

    #[test]
    fn responsive_reads_only_media_urls() {
        let stem = "0123456789abcdef0123456789abcdef";
        let r = responsive(&format!("/media/{stem}-960.jpg")).expect("a media url");
        assert_eq!(
            r.webp,
            format!(
                "/media/{stem}-320.webp 320w, /media/{stem}-640.webp 640w, /media/{stem}-960.webp 960w"
            )
        );
        assert!(r.original.ends_with("-960.jpg 960w"));
        for other in [
            "https://example.com/a.jpg",
            "/static/covers/a.svg",
            "/media/../x-10.jpg",
            &format!("/media/{stem}-0.jpg"),
            &format!("/media/{stem}-99999.jpg"),
            &format!("/media/{stem}-960.svg"),
            "/media/0123456789ABCDEF0123456789abcdef-960.jpg",
        ] {
            assert_eq!(responsive(other), None, "{other}");
        }
    }

    #[test]
    fn corrections_are_checked() {
        assert_eq!(
            validate_correction("  Fixed the date.\r\nSorry. "),
            Ok("Fixed the date.\nSorry.".into())
        );
        assert!(validate_correction("   ").is_err());
        assert!(validate_correction(&"x".repeat(MAX_CORRECTION + 1)).is_err());
        assert!(validate_correction("bell\u{7}").is_err());
    }

    #[test]
    fn kinds_round_trip() {
        for k in RevisionKind::ALL {
            assert_eq!(k.as_str().parse::<RevisionKind>(), Ok(k));
        }
    }
}
