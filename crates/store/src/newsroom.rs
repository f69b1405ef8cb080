//! Ports of the newsroom's desk (SPEC N3–N5, N9, N10): revisions, pending edits, translations,
//! corrections, deletion, the scheduler's queue and the media library.

use crate::{Result, Written};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::newsroom::{
    Correction, CorrectionKind, Media, MissingTranslation, NewMedia, Revision, RevisionInfo,
    RevisionKind, StoryArticle, TranslationState,
};
use masthead_core::{Actor, ArticleContent, ArticleSummary, Author, Lang, NewArticle, NewTag, Tag};

/// Article histories and the writes that only the newsroom makes. Every write is one
/// transaction with its revision row and (where readers may see it) its change-log row.
#[async_trait]
pub trait NewsroomRepo: Send + Sync {
    /// The article's history, newest first (at most `limit` rows).
    async fn revisions(&self, article_id: i64, limit: u32) -> Result<Vec<RevisionInfo>>;
    /// One history row with its content; `None` when it is not a row of this article.
    async fn revision(&self, article_id: i64, id: i64) -> Result<Option<Revision>>;
    /// The live content of an article as the editor edits it (taxonomy by slug).
    async fn article_content(&self, id: i64) -> Result<Option<ArticleContent>>;
    /// Keeps a save that lost a race whole, as a `Conflict` row based on `base_revision`;
    /// nothing live changes. Returns the row's id.
    async fn keep_conflict(
        &self,
        actor: &Actor,
        id: i64,
        base_revision: i64,
        content: &ArticleContent,
    ) -> Result<i64>;
    /// Saves an edit of a published article without making it live (a `Pending` row the
    /// article points to); replaces an earlier pending edit. Checks `expected_revision`.
    async fn save_pending(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        content: &ArticleContent,
    ) -> Result<Written>;
    /// Drops the pending edit (its row stays in the history).
    async fn discard_pending(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
    ) -> Result<Written>;
    /// Makes a stored revision's content live: the pending edit (`kind` `PendingPublished`,
    /// `revision_id` must be the article's pending edit) or an earlier revision (`Restored`).
    /// `content` is that revision's content with its HTML rendered again by the caller.
    /// `NotFound` when the row is not such a revision of this article.
    async fn apply_revision(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        revision_id: i64,
        content: &ArticleContent,
        kind: RevisionKind,
    ) -> Result<Written>;
    /// Creates `article` as a translation of `source_id`: both share a translation key (the
    /// source gets one if it had none) and the new article records the source's content
    /// revision.
    async fn create_translation(
        &self,
        actor: &Actor,
        source_id: i64,
        article: &NewArticle,
    ) -> Result<Written>;
    /// Records that a translation is up to date with its source's current content.
    async fn mark_translation_current(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
    ) -> Result<Written>;
    /// Adds a dated note to an article; `dateModified` (the article's `updated_at`) becomes
    /// `now` and its pages are purged.
    async fn add_correction(
        &self,
        actor: &Actor,
        id: i64,
        kind: CorrectionKind,
        text: &str,
        now: Timestamp,
    ) -> Result<Written>;
    /// Deletes an article, its history and its corrections; its pages are purged. Returns the
    /// change-log sequence.
    async fn delete_article(&self, actor: &Actor, id: i64, expected_revision: i64) -> Result<i64>;
    /// The edition's tags, most used first (at most `limit`).
    async fn edition_tags(&self, edition: Lang, limit: u32) -> Result<Vec<Tag>>;
    /// The edition's authors, by name.
    async fn edition_authors(&self, edition: Lang) -> Result<Vec<Author>>;
    /// Creates the tags that do not exist yet (same edition and slug); existing ones are kept
    /// as they are. Appends a taxonomy change when it created any.
    async fn ensure_tags(&self, actor: &Actor, tags: &[NewTag]) -> Result<()>;
    /// Scheduled articles whose time has come, oldest first: `(id, revision)`.
    async fn due_scheduled(&self, now: Timestamp, limit: u32) -> Result<Vec<(i64, i64)>>;
}

/// Corrections as readers see them.
#[async_trait]
pub trait CorrectionReader: Send + Sync {
    /// An article's notes, oldest first.
    async fn corrections(&self, article_id: i64) -> Result<Vec<Correction>>;
    /// The edition's notes on published articles, newest first, with their articles.
    async fn recent_corrections(
        &self,
        edition: Lang,
        now: Timestamp,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<(ArticleSummary, Correction)>>;
    /// How many notes [`CorrectionReader::recent_corrections`] can page through.
    async fn count_corrections(&self, edition: Lang, now: Timestamp) -> Result<u64>;
}

/// Where translations stand (SPEC N10).
#[async_trait]
pub trait TranslationReader: Send + Sync {
    /// One article's state against its source; `None` when it is not a translation.
    async fn translation_state(&self, id: i64) -> Result<Option<TranslationState>>;
    /// Translations whose source changed since, newest change first; only `owner`'s when set.
    async fn stale_translations(
        &self,
        owner: Option<i64>,
        limit: u32,
    ) -> Result<Vec<TranslationState>>;
    /// Translations made from `source_id`.
    async fn translations_of(&self, source_id: i64) -> Result<Vec<TranslationState>>;
    /// The articles of the story with this translation key, by edition.
    async fn story_articles(&self, key: &str) -> Result<Vec<StoryArticle>>;
    /// Recently published stories with no article in some of `editions`, newest first.
    async fn missing_translations(
        &self,
        editions: &[Lang],
        limit: u32,
    ) -> Result<Vec<MissingTranslation>>;
}

/// The media library's records (the files are in a media store).
#[async_trait]
pub trait MediaRepo: Send + Sync {
    async fn add_media(&self, actor: &Actor, media: &NewMedia) -> Result<Media>;
    /// Images whose alt text, caption, credit or file name contain `query` (all when empty),
    /// newest first, and how many match.
    async fn find_media(&self, query: &str, limit: u32, offset: u64) -> Result<(Vec<Media>, u64)>;
    async fn media_by_stem(&self, stem: &str) -> Result<Option<Media>>;
    /// The image an import stored from `source_key` (its URL on the old site).
    async fn media_by_source(&self, source_key: &str) -> Result<Option<Media>>;
}
