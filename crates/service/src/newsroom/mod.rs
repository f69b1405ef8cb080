//! The newsroom's desk (SPEC N3–N5, N9, N10): the editor's form read into an article, saves
//! with conflicts kept whole, pending edits, history and comparisons, translations,
//! corrections, the scheduler and the media library.

mod corrections;
mod diff;
mod editor;
mod form;
mod history;
mod media;
mod pages;
mod redirects;
mod schedule;
mod translate;

pub use diff::diff_contents;
pub use editor::{SaveAction, Saved};
pub use form::{EDITOR_FIELDS, EDITOR_FLAGS, content_to_form};
pub use media::{MAX_UPLOAD, Upload};
pub use pages::PageInput;
pub use schedule::SCHEDULER_TICK;

use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use masthead_core::{Actor, Article, NewAuditEntry, Permission, Status};

/// The permission a move to `to` needs.
pub(crate) fn permission_for(to: Status) -> Permission {
    match to {
        Status::Draft | Status::Review => Permission::WriteArticles,
        Status::Scheduled | Status::Published | Status::Unpublished => Permission::PublishOwn,
    }
}

/// The object-level rule (SPEC N1): without `EditAll`, a staff member acts on the articles
/// they created and on no other, whatever id they send.
pub(crate) fn authorize_article(actor: &Actor, article: &Article) -> Result<(), ServiceError> {
    match actor {
        Actor::System { .. } => Ok(()),
        Actor::Staff { user_id, .. }
            if actor.allows(Permission::EditAll) || article.owner_id == Some(*user_id) =>
        {
            Ok(())
        }
        Actor::Staff { .. } => Err(ServiceError::Forbidden(Permission::EditAll)),
    }
}

/// Whether `actor` may act on `article` at all and hold `p`.
pub(crate) fn may(actor: &Actor, article: &Article, p: Permission) -> bool {
    actor.allows(p) && authorize_article(actor, article).is_ok()
}

impl Site {
    /// Appends an audit entry for an article action of `me`.
    pub(crate) async fn audit_article(
        &self,
        me: &SignedIn,
        action: masthead_core::AuditAction,
        id: i64,
        detail: &str,
    ) {
        self.audit_entry(NewAuditEntry {
            actor: me.audit_label(),
            actor_user_id: Some(me.user.id),
            action,
            target: format!("article:{id}"),
            detail: detail.to_owned(),
            ip: me.ip.clone(),
        })
        .await;
    }

    /// The article, if `me` may act on it (`NotFound`, `Forbidden` otherwise).
    pub(crate) async fn article_for(
        &self,
        me: &SignedIn,
        id: i64,
    ) -> Result<Article, ServiceError> {
        Self::authorize(&me.actor(), Permission::WriteArticles)?;
        let a = self
            .store
            .article(id)
            .await?
            .ok_or(masthead_store::StoreError::NotFound)?;
        authorize_article(&me.actor(), &a)?;
        Ok(a)
    }

    /// An article `me` may act on, whatever its status (the admin API reads drafts too).
    ///
    /// # Errors
    /// `NotFound`; `Forbidden` for another's article without `EditAll`; the store's.
    pub async fn article_to_edit(&self, me: &SignedIn, id: i64) -> Result<Article, ServiceError> {
        self.article_for(me, id).await
    }
}
