//! Translations (SPEC N10): "Translate into…" makes a linked draft in another edition,
//! pre-filled from the source and recording its content revision; a translator marks it
//! up to date once the source's later changes are carried over.

use super::may;
use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use masthead_core::{CoreError, Lang, NewArticle, Permission, Status};
use masthead_store::StoreError;

impl Site {
    /// Creates the translation of article `id` into `edition` as a draft owned by `me`,
    /// pre-filled with the source's text. Section, byline and tags carry over where the
    /// edition has the same slugs; the section falls back to the edition's first.
    ///
    /// # Errors
    /// `Invalid` for a disabled edition or the source's own; `TranslationExists` when the
    /// story has an article there; `Forbidden`; `NotFound`; the store's.
    pub async fn translate(
        &self,
        me: &SignedIn,
        id: i64,
        edition: Lang,
    ) -> Result<i64, ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::WriteArticles)?;
        let source = self.store.article(id).await?.ok_or(StoreError::NotFound)?;
        // A published story is public: anyone on the desk may translate it. An unpublished one
        // only those who may open it (its owner, editors, admins).
        if source.status != Status::Published {
            super::authorize_article(&actor, &source)?;
        }
        if !self.settings().editions.contains(&edition) || edition == source.edition {
            return Err(CoreError::Invalid {
                field: "edition",
                key: "translation-same-edition",
            }
            .into());
        }
        let mut content = self
            .store
            .article_content(id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let sections = self.store.sections(edition).await?;
        if !sections.iter().any(|s| s.slug == content.section_slug) {
            content.section_slug =
                sections
                    .first()
                    .map(|s| s.slug.clone())
                    .ok_or(CoreError::Invalid {
                        field: "section",
                        key: "invalid-section",
                    })?;
        }
        if let Some(a) = &content.author_slug
            && self.store.author_by_slug(edition, a).await?.is_none()
        {
            content.author_slug = None;
        }
        let mut kept_authors = Vec::new();
        for a in &content.coauthor_slugs {
            if self.store.author_by_slug(edition, a).await?.is_some() {
                kept_authors.push(a.clone());
            }
        }
        content.coauthor_slugs = kept_authors;
        if content.author_slug.is_none() && !content.coauthor_slugs.is_empty() {
            content.author_slug = Some(content.coauthor_slugs.remove(0));
        }
        let mut kept = Vec::new();
        for t in &content.tag_slugs {
            if self.store.tag_by_slug(edition, t).await?.is_some() {
                kept.push(t.clone());
            }
        }
        content.tag_slugs = kept;
        // Drafts may take the source's slug; publishing it in the edition is what must be unique.
        if self.store.slug_taken(edition, &content.slug).await? {
            content.slug = format!("{}-{}", content.slug, edition.code());
        }
        content.flags = Default::default();
        content.body_html = masthead_markdown::to_html(&content.body_md);
        let w = self
            .store
            .create_translation(
                &actor,
                id,
                &NewArticle {
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
        self.written();
        Ok(w.id)
    }

    /// Records that translation `id` now follows its source's current content.
    ///
    /// # Errors
    /// `NotFound` when it is no translation; `StaleRevision`; `Forbidden`.
    pub async fn mark_translation_current(
        &self,
        me: &SignedIn,
        id: i64,
        revision: i64,
    ) -> Result<i64, ServiceError> {
        let a = self.article_for(me, id).await?;
        if !may(&me.actor(), &a, Permission::WriteArticles) {
            return Err(ServiceError::Forbidden(Permission::WriteArticles));
        }
        let w = self
            .store
            .mark_translation_current(&me.actor(), id, revision)
            .await?;
        self.written();
        Ok(w.revision)
    }
}
