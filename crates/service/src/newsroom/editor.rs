//! The article editor (SPEC N3, N4): its page, saving (with the second of two concurrent saves
//! told who saved what, its text kept), pending edits of published articles and workflow
//! moves made from the editor.

use super::form::{content_from_form, content_to_form};
use super::{authorize_article, may, permission_for};
use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::admin::FormState;
use masthead_core::editor::{Choice, ConflictNotice, EditorBody, SiblingLink, StaleNotice};
use masthead_core::newsroom::RevisionKind;
use masthead_core::workflow::check_transition;
use masthead_core::{
    Article, ArticleContent, AuditAction, CoreError, Lang, NewArticle, Permission, Status,
};
use masthead_store::{Conflict, StoreError};

/// What the person asked the editor to do with the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveAction {
    /// Save (a published article: live).
    Save,
    /// Save an edit of a published article without making it live.
    Pending,
    /// Save, then move to this status (`publish_at` read for scheduling).
    Move(Status),
    /// Make the pending edit live.
    PublishPending,
    /// Drop the pending edit.
    DiscardPending,
}

/// What a save left.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// Saved: the article and its new revision.
    Done { id: i64, revision: i64 },
    /// Someone else saved first: the sent text is kept as a history row and shown beside
    /// theirs; nothing live changed.
    Conflict(Box<ConflictNotice>),
}

/// Rows of tags offered as one types.
const TAG_CHOICES: u32 = 200;

/// Reads `publish_at` (`YYYY-MM-DDTHH:MM`, the site's time zone).
fn publish_at(site: &Site, f: &FormState) -> Result<Option<Timestamp>, CoreError> {
    let raw = f.values.get("publish_at").map(|s| s.trim()).unwrap_or("");
    if raw.is_empty() {
        return Ok(None);
    }
    let bad = CoreError::Invalid {
        field: "publish_at",
        key: "invalid-publish-at",
    };
    let dt: jiff::civil::DateTime = raw.parse().map_err(|_| bad.clone())?;
    let tz = site.settings().time_zone.clone();
    dt.to_zoned_datetime(tz)
        .map(|z| Some(z.timestamp()))
        .map_err(|_| bad)
}

impl Site {
    /// The editor of a new article in `edition` (the default edition when `None`).
    ///
    /// # Errors
    /// `Forbidden` without `WriteArticles`; the store's.
    pub async fn new_article_page(
        &self,
        me: &SignedIn,
        edition: Option<Lang>,
        form: Option<FormState>,
    ) -> Result<EditorBody, ServiceError> {
        Self::authorize(&me.actor(), Permission::WriteArticles)?;
        let settings = self.settings();
        let edition = edition
            .filter(|e| settings.editions.contains(e))
            .unwrap_or(settings.editions[0]);
        let mut body = self.editor_shell(me, edition).await?;
        body.form = form.unwrap_or_default();
        body.moves = [Status::Review, Status::Scheduled, Status::Published]
            .into_iter()
            .filter(|s| me.actor().allows(permission_for(*s)))
            .collect();
        Ok(body)
    }

    /// What every editor page shows whatever the article: the edition's sections, authors
    /// and tags, the editions, the help.
    async fn editor_shell(&self, me: &SignedIn, edition: Lang) -> Result<EditorBody, ServiceError> {
        let settings = self.settings();
        let (sections, authors, tags) = tokio::join!(
            self.store.sections(edition),
            self.store.edition_authors(edition),
            self.store.edition_tags(edition, TAG_CHOICES),
        );
        let choice = |value: String, label: String| Choice { value, label };
        Ok(EditorBody {
            id: None,
            revision: 0,
            edition,
            status: Status::Draft,
            form: FormState::default(),
            sections: sections?
                .into_iter()
                .map(|s| choice(s.slug, s.name))
                .collect(),
            authors: authors?
                .into_iter()
                .map(|a| choice(a.slug, a.name))
                .collect(),
            tags: tags?.into_iter().map(|t| choice(t.slug, t.name)).collect(),
            editions: settings
                .editions
                .iter()
                .map(|e| choice(e.code().to_owned(), e.native_name().to_owned()))
                .collect(),
            moves: Vec::new(),
            live: false,
            can_save: true,
            pending: false,
            public_url: None,
            conflict: None,
            stale: None,
            siblings: Vec::new(),
            translate_into: Vec::new(),
            corrections: Vec::new(),
            can_correct: false,
            can_delete: me.actor().allows(Permission::EditAll),
            time_zone: settings.time_zone_name.clone(),
            restored: false,
        })
    }

    /// The editor of article `id`: its live content (or its pending edit), or `form` as typed
    /// when a save was refused.
    ///
    /// # Errors
    /// `NotFound`; `Forbidden` for someone else's article without `EditAll`; the store's.
    pub async fn editor_page(
        &self,
        me: &SignedIn,
        id: i64,
        form: Option<FormState>,
    ) -> Result<EditorBody, ServiceError> {
        let a = self.article_for(me, id).await?;
        let actor = me.actor();
        let mut body = self.editor_shell(me, a.edition).await?;
        let tags = self.store.edition_tags(a.edition, TAG_CHOICES).await?;
        let tags: Vec<masthead_core::Tag> = tags;
        let pending = match a.pending_revision_id {
            Some(rid) => self
                .store
                .revision(a.id, rid)
                .await?
                .and_then(|r| r.content),
            None => None,
        };
        body.pending = pending.is_some();
        body.form = match form {
            Some(f) => f,
            None => {
                let content = match pending {
                    Some(c) => c,
                    None => self
                        .store
                        .article_content(a.id)
                        .await?
                        .ok_or(StoreError::NotFound)?,
                };
                let mut f = content_to_form(&content, &tags);
                if a.status == Status::Scheduled
                    && let Some(at) = a.published_at
                {
                    let z = at.to_zoned_datetime(self.settings().time_zone.clone());
                    f.values.insert(
                        "publish_at".into(),
                        z.strftime("%Y-%m-%dT%H:%M").to_string(),
                    );
                }
                f
            }
        };
        body.id = Some(a.id);
        body.revision = a.revision;
        body.status = a.status;
        body.live = a.status == Status::Published;
        body.can_save = !body.live || may(&actor, &a, Permission::PublishOwn);
        body.moves = a
            .status
            .next()
            .iter()
            .copied()
            .filter(|s| may(&actor, &a, permission_for(*s)))
            .collect();
        if a.status == Status::Published {
            body.public_url = Some(format!(
                "{}{}",
                self.base_url,
                self.urls().article(a.edition, &a.slug)
            ));
        }
        body.can_correct = a.status == Status::Published && may(&actor, &a, Permission::PublishOwn);
        body.can_delete = may(&actor, &a, Permission::EditAll)
            || (a.status == Status::Draft && authorize_article(&actor, &a).is_ok());
        body.corrections = self.store.corrections(a.id).await?;
        self.fill_translations(&mut body, &a).await?;
        Ok(body)
    }

    /// Siblings in other editions, the editions still missing, and this article's staleness.
    async fn fill_translations(
        &self,
        body: &mut EditorBody,
        a: &Article,
    ) -> Result<(), ServiceError> {
        let editions = self.settings().editions.clone();
        let mut siblings = Vec::new();
        if let Some(state) = self.store.translation_state(a.id).await? {
            siblings.push(SiblingLink {
                id: state.source_id,
                edition: state.source_edition,
                title: state.source_title.clone(),
                status: Status::Published,
                stale: false,
                is_source: true,
            });
            if state.stale() {
                let old = self
                    .source_content_at(state.source_id, state.source_revision)
                    .await?;
                let now = self.store.article_content(state.source_id).await?;
                let diff = match (old, now) {
                    (Some(o), Some(n)) => super::diff_contents(&o, &n),
                    _ => Vec::new(),
                };
                body.stale = Some(StaleNotice {
                    source_url: format!("/admin/articles/{}", state.source_id),
                    state,
                    diff,
                });
            }
        }
        for t in self.store.translations_of(a.id).await? {
            siblings.push(SiblingLink {
                id: t.id,
                edition: t.edition,
                stale: t.stale(),
                title: t.title,
                status: t.status,
                is_source: false,
            });
        }
        // Articles of the same story made some other way (imports share a translation key).
        if let Some(key) = &a.translation_key {
            for other in self.store.story_articles(key).await? {
                if other.edition == a.edition || siblings.iter().any(|s| s.edition == other.edition)
                {
                    continue;
                }
                {
                    siblings.push(SiblingLink {
                        id: other.id,
                        edition: other.edition,
                        title: other.title,
                        status: other.status,
                        stale: false,
                        is_source: false,
                    });
                }
            }
        }
        body.translate_into = editions
            .into_iter()
            .filter(|e| *e != a.edition && !siblings.iter().any(|s| s.edition == *e))
            .collect();
        body.siblings = siblings;
        Ok(())
    }

    /// The content of article `id` as it stood at content revision `revision`: the newest
    /// history row with content at or before it.
    pub(crate) async fn source_content_at(
        &self,
        id: i64,
        revision: i64,
    ) -> Result<Option<ArticleContent>, ServiceError> {
        let rows = self.store.revisions(id, 500).await?;
        let Some(row) = rows
            .iter()
            .find(|r| r.has_content && r.kind.applied() && r.revision <= revision)
        else {
            return Ok(None);
        };
        Ok(self
            .store
            .revision(id, row.id)
            .await?
            .and_then(|r| r.content))
    }

    /// Reads the form into content (its HTML not rendered yet), creating the tags it names that
    /// do not exist yet.
    async fn read_form(
        &self,
        me: &SignedIn,
        edition: Lang,
        f: &FormState,
    ) -> Result<ArticleContent, ServiceError> {
        let tags = self.store.edition_tags(edition, u32::MAX / 2).await?;
        let (content, new_tags) =
            content_from_form(f, edition, &tags).map_err(super::form::form_errors)?;
        if self
            .store
            .section_by_slug(edition, &content.section_slug)
            .await?
            .is_none()
        {
            return Err(CoreError::Invalid {
                field: "section",
                key: "invalid-section",
            }
            .into());
        }
        if let Some(a) = &content.author_slug
            && self.store.author_by_slug(edition, a).await?.is_none()
        {
            return Err(CoreError::Invalid {
                field: "author",
                key: "invalid-author",
            }
            .into());
        }
        for a in &content.coauthor_slugs {
            if self.store.author_by_slug(edition, a).await?.is_none() {
                return Err(CoreError::Invalid {
                    field: "coauthors",
                    key: "invalid-author",
                }
                .into());
            }
        }
        if !new_tags.is_empty() {
            self.store.ensure_tags(&me.actor(), &new_tags).await?;
        }
        Ok(content)
    }

    /// Creates an article from the editor's form, then makes the move asked for.
    ///
    /// # Errors
    /// `Invalid` naming the field; `Forbidden`; `SlugTaken`; the store's.
    pub async fn create_from_form(
        &self,
        me: &SignedIn,
        edition: Lang,
        f: &FormState,
        action: SaveAction,
    ) -> Result<i64, ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::WriteArticles)?;
        if !self.settings().editions.contains(&edition) {
            return Err(CoreError::Invalid {
                field: "edition",
                key: "unknown-edition",
            }
            .into());
        }
        if let SaveAction::Move(to) = action {
            Self::authorize(&actor, permission_for(to))?;
        }
        let at = publish_at(self, f)?;
        // A move that cannot be made is refused before anything is written.
        if let SaveAction::Move(to) = action {
            check_transition(Status::Draft, to, at, Timestamp::now())?;
        }
        let content = self.read_form(me, edition, f).await?;
        let w = self
            .create_article(
                &actor,
                NewArticle {
                    edition,
                    content,
                    status: Status::Draft,
                    published_at: None,
                    translation_key: None,
                    views: 0,
                    old_slugs: Vec::new(),
                    source_key: None,
                },
            )
            .await?;
        if let SaveAction::Move(to) = action {
            self.move_with_audit(me, w.id, w.revision, to, at).await?;
        }
        Ok(w.id)
    }

    /// Saves the editor's form over article `id`, started from `revision`, then makes the
    /// move asked for. When someone else saved since, the text is kept as a `Conflict` row and
    /// [`Saved::Conflict`] says who saved what.
    ///
    /// # Errors
    /// `Invalid` naming the field; `Forbidden`; `NotFound`; `SlugTaken`; the store's.
    pub async fn save_from_form(
        &self,
        me: &SignedIn,
        id: i64,
        revision: i64,
        f: &FormState,
        action: SaveAction,
    ) -> Result<Saved, ServiceError> {
        let actor = me.actor();
        let a = self.article_for(me, id).await?;
        match action {
            SaveAction::PublishPending => {
                if !may(&actor, &a, Permission::PublishOwn) {
                    return Err(ServiceError::Forbidden(Permission::PublishOwn));
                }
                let rid = a.pending_revision_id.ok_or(StoreError::NotFound)?;
                let mut content = self
                    .store
                    .revision(id, rid)
                    .await?
                    .and_then(|r| r.content)
                    .ok_or(StoreError::NotFound)?;
                content.body_html = masthead_markdown::to_html(&content.body_md);
                let w = self
                    .store
                    .apply_revision(
                        &actor,
                        id,
                        revision,
                        rid,
                        &content,
                        RevisionKind::PendingPublished,
                    )
                    .await;
                return self
                    .after_write(me, id, w, None, AuditAction::EditPublished)
                    .await;
            }
            SaveAction::DiscardPending => {
                let w = self.store.discard_pending(&actor, id, revision).await;
                return match w {
                    Ok(w) => {
                        self.written();
                        Ok(Saved::Done {
                            id,
                            revision: w.revision,
                        })
                    }
                    Err(e) => Err(e.into()),
                };
            }
            _ => {}
        }
        if let SaveAction::Move(to) = action
            && !may(&actor, &a, permission_for(to))
        {
            return Err(ServiceError::Forbidden(permission_for(to)));
        }
        let at = publish_at(self, f)?;
        // A move that cannot be made is refused before anything is written, so the form
        // stays on the revision it was based on.
        if let SaveAction::Move(to) = action {
            check_transition(a.status, to, at, Timestamp::now())?;
        }
        let mut content = self.read_form(me, a.edition, f).await?;
        // Rendered here, once: a new article is rendered by `create_article`.
        content.body_html = masthead_markdown::to_html(&content.body_md);
        let w = if action == SaveAction::Pending {
            if !may(&actor, &a, Permission::PublishOwn) && a.status == Status::Published {
                return Err(ServiceError::Forbidden(Permission::PublishOwn));
            }
            self.store
                .save_pending(&actor, id, revision, &content)
                .await
        } else {
            if a.status == Status::Published && !may(&actor, &a, Permission::PublishOwn) {
                return Err(ServiceError::Forbidden(Permission::PublishOwn));
            }
            self.store
                .update_article(&actor, id, revision, &content)
                .await
        };
        let w = match w {
            Ok(w) => w,
            Err(StoreError::Conflict(Conflict::StaleRevision { current, .. })) => {
                return self.conflict(me, id, revision, current, &content).await;
            }
            Err(e) => return Err(e.into()),
        };
        self.written();
        if let SaveAction::Move(to) = action {
            let w2 = self.move_with_audit(me, id, w.revision, to, at).await?;
            return Ok(Saved::Done { id, revision: w2 });
        }
        Ok(Saved::Done {
            id,
            revision: w.revision,
        })
    }

    async fn after_write(
        &self,
        me: &SignedIn,
        id: i64,
        w: Result<masthead_store::Written, StoreError>,
        _content: Option<&ArticleContent>,
        action: AuditAction,
    ) -> Result<Saved, ServiceError> {
        let w = w?;
        self.written();
        self.audit_article(me, action, id, "").await;
        Ok(Saved::Done {
            id,
            revision: w.revision,
        })
    }

    /// Keeps `content` (based on `base`) as a conflict row and says who saved the article
    /// since, and what differs.
    async fn conflict(
        &self,
        me: &SignedIn,
        id: i64,
        base: i64,
        current: i64,
        content: &ArticleContent,
    ) -> Result<Saved, ServiceError> {
        let kept_id = self
            .store
            .keep_conflict(&me.actor(), id, base, content)
            .await?;
        let live = self
            .store
            .article_content(id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let rows = self.store.revisions(id, 20).await?;
        let last = rows
            .iter()
            .find(|r| r.kind != RevisionKind::Conflict && r.revision <= current);
        Ok(Saved::Conflict(Box::new(ConflictNotice {
            by: last.and_then(|r| r.user_name.clone()).unwrap_or_default(),
            at: last.map_or_else(Timestamp::now, |r| r.at),
            revision: current,
            diff: super::diff_contents(&live, content),
            kept_id,
        })))
    }

    /// Moves an article and audits the move; returns the new revision.
    pub(crate) async fn move_with_audit(
        &self,
        me: &SignedIn,
        id: i64,
        revision: i64,
        to: Status,
        at: Option<Timestamp>,
    ) -> Result<i64, ServiceError> {
        let at = if to == Status::Scheduled { at } else { None };
        let w = self
            .change_status(&me.actor(), id, revision, to, at)
            .await?;
        self.audit_article(me, AuditAction::ArticleStatusChanged, id, to.as_str())
            .await;
        Ok(w.revision)
    }

    /// Deletes an article (editors and admins; its author while it is a draft).
    ///
    /// # Errors
    /// `Forbidden`; `NotFound`; `StaleRevision`; the store's.
    pub async fn delete_article(
        &self,
        me: &SignedIn,
        id: i64,
        revision: i64,
    ) -> Result<(), ServiceError> {
        let a = self.article_for(me, id).await?;
        let actor = me.actor();
        let allowed = may(&actor, &a, Permission::EditAll) || a.status == Status::Draft;
        if !allowed {
            return Err(ServiceError::Forbidden(Permission::EditAll));
        }
        self.store.delete_article(&actor, id, revision).await?;
        self.written();
        self.audit_article(
            me,
            AuditAction::ArticleDeleted,
            id,
            &format!("{} {}", a.edition.code(), a.title),
        )
        .await;
        Ok(())
    }
}

impl Site {
    /// The article page as readers would see it with the form's content (SPEC N3 "renders
    /// exactly as the site will"): the same page model and template as the site, not indexed.
    /// Nothing is saved and no tag is created.
    ///
    /// # Errors
    /// `Invalid` naming the field (the preview shows the problem); `Forbidden`; the store's.
    pub async fn preview(
        &self,
        me: &SignedIn,
        id: Option<i64>,
        edition: Lang,
        f: &FormState,
    ) -> Result<masthead_core::page::ArticlePage, ServiceError> {
        Self::authorize(&me.actor(), Permission::WriteArticles)?;
        let existing = match id {
            Some(id) => Some(self.article_for(me, id).await?),
            None => None,
        };
        let edition = existing.as_ref().map_or(edition, |a| a.edition);
        let tags = self.store.edition_tags(edition, u32::MAX / 2).await?;
        let (mut content, new_tags) =
            content_from_form(f, edition, &tags).map_err(super::form::form_errors)?;
        content.body_html = masthead_markdown::to_html(&content.body_md);
        let section = self
            .store
            .section_by_slug(edition, &content.section_slug)
            .await?
            .ok_or(CoreError::Invalid {
                field: "section",
                key: "invalid-section",
            })?;
        let author = match &content.author_slug {
            Some(a) => self.store.author_by_slug(edition, a).await?,
            None => None,
        };
        let mut coauthors = Vec::new();
        for a in &content.coauthor_slugs {
            if let Some(found) = self.store.author_by_slug(edition, a).await? {
                coauthors.push(found);
            }
        }
        let mut record_tags = Vec::new();
        for slug in &content.tag_slugs {
            match tags.iter().find(|t| &t.slug == slug) {
                Some(t) => record_tags.push(t.clone()),
                None => {
                    let name = new_tags
                        .iter()
                        .find(|n| &n.slug == slug)
                        .map_or_else(|| slug.clone(), |n| n.name.clone());
                    record_tags.push(masthead_core::Tag {
                        id: 0,
                        edition,
                        slug: slug.clone(),
                        name,
                    });
                }
            }
        }
        let now = Timestamp::now();
        let corrections = match &existing {
            Some(a) => self.store.corrections(a.id).await?,
            None => Vec::new(),
        };
        let article = Article {
            // Not the article's id: the preview must not count as a reader's view.
            id: 0,
            edition,
            revision: existing.as_ref().map_or(0, |a| a.revision),
            slug: content.slug,
            title: content.title,
            lead: content.lead,
            body_md: content.body_md,
            body_html: content.body_html,
            section_id: section.id,
            author_id: author.as_ref().map(|a| a.id),
            status: Status::Draft,
            published_at: existing.as_ref().and_then(|a| a.published_at).or(Some(now)),
            updated_at: now,
            flags: content.flags,
            source: content.source,
            cover: content.cover,
            translation_key: None,
            views: existing.as_ref().map_or(0, |a| a.views),
            owner_id: Some(me.user.id),
            seo: content.seo,
            content_revision: 0,
            pending_revision_id: None,
            source_article_id: None,
            source_revision: None,
        };
        let rec = masthead_store::ArticleRecord {
            article,
            section,
            author,
            coauthors,
            tags: record_tags,
            translations: Vec::new(),
            corrections,
        };
        self.article_from_record(edition, rec, now, true).await
    }
}
