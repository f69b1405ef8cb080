//! An article's history (SPEC N4): every save listed, two compared as a readable difference,
//! one restored as a new revision.

use super::may;
use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use masthead_core::Permission;
use masthead_core::editor::{Comparison, HistoryBody};
use masthead_core::newsroom::RevisionKind;
use masthead_store::StoreError;

/// Rows of history shown.
const HISTORY_ROWS: u32 = 500;

impl Site {
    /// The history of article `id`, comparing rows `compare` (older, newer) when given.
    ///
    /// # Errors
    /// `NotFound` (also for a row of another article); `Forbidden`; the store's.
    pub async fn history_page(
        &self,
        me: &SignedIn,
        id: i64,
        compare: Option<(i64, i64)>,
    ) -> Result<HistoryBody, ServiceError> {
        let a = self.article_for(me, id).await?;
        let rows = self.store.revisions(id, HISTORY_ROWS).await?;
        let compare = match compare {
            Some((from, to)) => {
                let (Some(f), Some(t)) = (
                    self.store.revision(id, from).await?,
                    self.store.revision(id, to).await?,
                ) else {
                    return Err(StoreError::NotFound.into());
                };
                let (Some(fc), Some(tc)) = (&f.content, &t.content) else {
                    return Err(StoreError::NotFound.into());
                };
                Some(Comparison {
                    diff: super::diff_contents(fc, tc),
                    from: f.info,
                    to: t.info,
                })
            }
            None => None,
        };
        let actor = me.actor();
        let can_restore = may(&actor, &a, Permission::WriteArticles)
            && (a.status != masthead_core::Status::Published
                || may(&actor, &a, Permission::PublishOwn));
        Ok(HistoryBody {
            id,
            title: a.title,
            edition: a.edition,
            revision: a.revision,
            rows,
            compare,
            can_restore,
        })
    }

    /// An article's history rows, newest first, without a person (the command line's and the
    /// crash test's view; reading only).
    ///
    /// # Errors
    /// The store's.
    pub async fn history_rows(
        &self,
        id: i64,
    ) -> Result<Vec<masthead_core::newsroom::RevisionInfo>, ServiceError> {
        Ok(self.store.revisions(id, HISTORY_ROWS).await?)
    }

    /// Makes history row `revision_id`'s content live again, as a new revision.
    ///
    /// # Errors
    /// `NotFound` for a row without content or of another article; `StaleRevision`;
    /// `Forbidden`; `InvalidReference` when its section or byline no longer exist.
    pub async fn restore_revision(
        &self,
        me: &SignedIn,
        id: i64,
        revision: i64,
        revision_id: i64,
    ) -> Result<i64, ServiceError> {
        let a = self.article_for(me, id).await?;
        let actor = me.actor();
        if a.status == masthead_core::Status::Published && !may(&actor, &a, Permission::PublishOwn)
        {
            return Err(ServiceError::Forbidden(Permission::PublishOwn));
        }
        let mut content = self
            .store
            .revision(id, revision_id)
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
                revision_id,
                &content,
                RevisionKind::Restored,
            )
            .await?;
        self.written();
        Ok(w.revision)
    }
}
