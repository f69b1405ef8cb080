//! The scheduler (SPEC N4): scheduled articles publish themselves at their time, also when the
//! server was down then (on start it publishes what is due), and exactly once: each publish
//! names the revision it saw, so a second node or a second tick racing for the same article
//! finds it moved on and does nothing.

use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::{Actor, AuditAction, NewAuditEntry, Status};
use masthead_store::{Conflict, StoreError};
use std::time::Duration;

/// How often the scheduler looks for due articles.
pub const SCHEDULER_TICK: Duration = Duration::from_secs(1);

/// Due articles published per tick at most (the rest follow on the next).
const BATCH: u32 = 100;

impl Site {
    /// Publishes every scheduled article whose time has come, at its scheduled time; returns
    /// how many this call published.
    ///
    /// # Errors
    /// The store's (an article another node published meanwhile is skipped, not an error).
    pub async fn publish_due(&self, now: Timestamp) -> Result<usize, ServiceError> {
        let due = self.store.due_scheduled(now, BATCH).await?;
        let actor = Actor::system("scheduler");
        let mut done = 0;
        for (id, revision) in due {
            let Some(a) = self.store.article(id).await? else {
                continue;
            };
            match self
                .store
                .set_status(&actor, id, revision, Status::Published, a.published_at, now)
                .await
            {
                Ok(_) => {
                    done += 1;
                    self.audit_entry(NewAuditEntry {
                        actor: actor.label(),
                        actor_user_id: None,
                        action: AuditAction::ArticleStatusChanged,
                        target: format!("article:{id}"),
                        detail: "published (scheduled)".into(),
                        ip: String::new(),
                    })
                    .await;
                }
                Err(StoreError::Conflict(Conflict::StaleRevision { .. })) => {}
                Err(e) => return Err(e.into()),
            }
        }
        if done > 0 {
            self.written();
        }
        Ok(done)
    }

    /// Runs [`Site::publish_due`] now and then every [`SCHEDULER_TICK`] until the process
    /// ends. Failures are logged and retried on the next tick.
    pub async fn run_scheduler(self: std::sync::Arc<Self>) {
        let mut outage = crate::outage::Outage::new("scheduler");
        let mut tick = tokio::time::interval(SCHEDULER_TICK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match self.publish_due(Timestamp::now()).await {
                Ok(0) => outage.ok(),
                Ok(n) => {
                    outage.ok();
                    tracing::info!(published = n, "scheduled articles published");
                }
                Err(e) => outage.failed(&e),
            }
        }
    }
}
