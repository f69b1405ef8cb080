//! Writing articles (SPEC N3, N4): create, update naming the revision the editor started from,
//! and move through the workflow. Each use case declares its permission; the workflow rules
//! live in `core::workflow` and are checked here for a clear error and again by the store
//! inside the transaction.

use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::workflow::check_transition;
use masthead_core::{Actor, ArticleContent, ContentBundle, NewArticle, Permission, Status};
use masthead_store::{Imported, StoreError, Written};

use crate::newsroom::{authorize_article, permission_for};

impl Site {
    /// One article by id, in any status (the newsroom's and the command line's view).
    ///
    /// # Errors
    /// The store's.
    pub async fn article_by_id(
        &self,
        id: i64,
    ) -> Result<Option<masthead_core::Article>, ServiceError> {
        Ok(self.store.article(id).await?)
    }

    /// Creates an article at revision 1; its body HTML is made from its Markdown.
    ///
    /// # Errors
    /// `Forbidden` without `WriteArticles` (and `PublishOwn` to create it published or
    /// scheduled); `Invalid` for a field that breaks a rule; the store's typed conflicts
    /// (`SlugTaken`, `SourceKeyTaken`) and `InvalidReference` for an unknown section.
    pub async fn create_article(
        &self,
        actor: &Actor,
        mut article: NewArticle,
    ) -> Result<Written, ServiceError> {
        Self::authorize(actor, Permission::WriteArticles)?;
        if article.status != Status::Draft {
            Self::authorize(actor, permission_for(article.status))?;
        }
        article.content.body_html = masthead_markdown::to_html(&article.content.body_md);
        article.validate()?;
        let w = self.store.create_article(actor, &article).await?;
        self.written();
        Ok(w)
    }

    /// Replaces an article's content, if nobody saved it since `expected_revision`.
    ///
    /// # Errors
    /// As [`Site::create_article`], and `Conflict::StaleRevision` (nothing written) when the
    /// article was saved by someone else meanwhile; `NotFound` for an unknown id.
    pub async fn update_article(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        mut content: ArticleContent,
    ) -> Result<Written, ServiceError> {
        Self::authorize(actor, Permission::WriteArticles)?;
        let current = self.store.article(id).await?.ok_or(StoreError::NotFound)?;
        authorize_article(actor, &current)?;
        if current.status == Status::Published {
            Self::authorize(actor, Permission::PublishOwn)?;
        }
        content.body_html = masthead_markdown::to_html(&content.body_md);
        content.validate()?;
        let w = self
            .store
            .update_article(actor, id, expected_revision, &content)
            .await?;
        self.written();
        Ok(w)
    }

    /// Moves an article through the workflow (SPEC N4). `at` is the publication time for
    /// scheduling (and, optionally, publishing).
    ///
    /// # Errors
    /// `Invalid(CoreError::Transition)` naming both states for a move the rules do not allow;
    /// `Forbidden`, `NotFound` and `StaleRevision` as for updates.
    pub async fn change_status(
        &self,
        actor: &Actor,
        id: i64,
        expected_revision: i64,
        to: Status,
        at: Option<Timestamp>,
    ) -> Result<Written, ServiceError> {
        Self::authorize(actor, permission_for(to))?;
        let now = Timestamp::now();
        let current = self.store.article(id).await?.ok_or(StoreError::NotFound)?;
        authorize_article(actor, &current)?;
        check_transition(current.status, to, at, now)?;
        let w = self
            .store
            .set_status(actor, id, expected_revision, to, at, now)
            .await?;
        self.written();
        Ok(w)
    }

    /// Writes a bundle of content in one transaction (first-run demo, imports).
    ///
    /// # Errors
    /// `Forbidden` without `Import`; the store's errors (nothing written).
    pub async fn import(
        &self,
        actor: &Actor,
        bundle: &ContentBundle,
    ) -> Result<Imported, ServiceError> {
        Self::authorize(actor, Permission::Import)?;
        let done = self.store.import(actor, bundle).await?;
        self.written();
        Ok(done)
    }

    /// Sets site settings (SPEC N6).
    ///
    /// # Errors
    /// `Forbidden` without `ManageSite`; the store's.
    pub async fn set_settings(
        &self,
        actor: &Actor,
        pairs: &[(String, String)],
    ) -> Result<i64, ServiceError> {
        Self::authorize(actor, Permission::ManageSite)?;
        let seq = self.store.set_settings(actor, pairs).await?;
        self.written();
        Ok(seq)
    }
}
