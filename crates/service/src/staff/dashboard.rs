//! The dashboard (SPEC N7 with what exists now): articles by status with counts, the
//! scheduled queue, and the most read articles of today and this week with their views.
//! Contributors and authors see their own articles; editors and admins see everything.

use super::SignedIn;
use crate::{ServiceError, Site};
use jiff::{SignedDuration, Timestamp};
use masthead_core::admin::{DashboardBody, DeskItem, DeskList, DeskRow, ReadRow};
use masthead_core::{Permission, Status};

/// Rows per status list.
const DESK_ROWS: u32 = 8;
/// Rows of the scheduled queue and of each most-read list.
const QUEUE_ROWS: u32 = 10;

impl Site {
    fn desk_row(&self, me: &SignedIn, item: DeskItem) -> DeskRow {
        let urls = self.urls();
        let url = (item.status == Status::Published).then(|| {
            format!(
                "{}{}",
                self.base_url,
                urls.article(item.edition, &item.slug)
            )
        });
        let actionable =
            me.actor().allows(Permission::EditAll) || item.owner_id == Some(me.user.id);
        DeskRow {
            item,
            url,
            actionable,
        }
    }

    /// The dashboard of the signed-in person.
    ///
    /// # Errors
    /// `Forbidden` without `ViewNewsroom`; the store's.
    pub async fn dashboard(&self, me: &SignedIn) -> Result<DashboardBody, ServiceError> {
        Self::authorize(&me.actor(), Permission::ViewNewsroom)?;
        let own_only = !me.actor().allows(Permission::EditAll);
        let owner = own_only.then_some(me.user.id);
        let counts = self.store.status_counts(owner).await?;
        let mut desks = Vec::new();
        for status in [
            Status::Draft,
            Status::Review,
            Status::Published,
            Status::Unpublished,
        ] {
            let items = self.store.desk(status, owner, DESK_ROWS).await?;
            desks.push(DeskList {
                status,
                count: counts
                    .iter()
                    .find(|(s, _)| *s == status)
                    .map_or(0, |(_, n)| *n),
                items: items.into_iter().map(|i| self.desk_row(me, i)).collect(),
            });
        }
        let scheduled = self
            .store
            .desk(Status::Scheduled, owner, QUEUE_ROWS)
            .await?
            .into_iter()
            .map(|i| self.desk_row(me, i))
            .collect();
        let now = Timestamp::now();
        let windows = [
            now - SignedDuration::from_hours(24),
            now - SignedDuration::from_hours(24 * 7),
        ];
        let (mut today, mut week) = (Vec::new(), Vec::new());
        let urls = self.urls();
        for edition in self.settings().editions.clone() {
            let ranked = self
                .store
                .most_read(edition, &windows, now, QUEUE_ROWS)
                .await?;
            for (i, list) in ranked.into_iter().enumerate() {
                let rows = list.into_iter().map(|a| ReadRow {
                    url: format!("{}{}", self.base_url, urls.article(a.edition, &a.slug)),
                    title: a.title,
                    edition: a.edition,
                    views: a.views,
                });
                if i == 0 {
                    today.extend(rows);
                } else {
                    week.extend(rows);
                }
            }
        }
        for list in [&mut today, &mut week] {
            list.sort_by_key(|r| std::cmp::Reverse(r.views));
            list.truncate(QUEUE_ROWS as usize);
        }
        let scheduled_count = counts
            .iter()
            .find(|(s, _)| *s == Status::Scheduled)
            .map_or(0, |(_, n)| *n);
        let mine = self
            .store
            .desk(Status::Draft, Some(me.user.id), DESK_ROWS)
            .await?
            .into_iter()
            .map(|i| self.desk_row(me, i))
            .collect();
        let stale = self.store.stale_translations(owner, QUEUE_ROWS).await?;
        let missing = if own_only {
            Vec::new()
        } else {
            self.store
                .missing_translations(&self.settings().editions, QUEUE_ROWS)
                .await?
                .into_iter()
                .map(|m| masthead_core::editor::MissingRow {
                    id: m.id,
                    edition: m.edition,
                    title: m.title,
                    missing: m.missing,
                })
                .collect()
        };
        Ok(DashboardBody {
            mine,
            stale,
            missing,
            own_only,
            desks,
            scheduled,
            scheduled_count,
            read_today: today,
            read_week: week,
        })
    }
}

impl Site {
    /// Moves an article through the workflow from the newsroom, audited with who and from
    /// where (SPEC N8). The rules are [`Site::change_status`]'s, object-level check included.
    ///
    /// # Errors
    /// As [`Site::change_status`].
    pub async fn move_article(
        &self,
        me: &SignedIn,
        id: i64,
        expected_revision: i64,
        to: Status,
    ) -> Result<(), ServiceError> {
        self.change_status(&me.actor(), id, expected_revision, to, None)
            .await?;
        self.audit_entry(masthead_core::NewAuditEntry {
            actor: me.audit_label(),
            actor_user_id: Some(me.user.id),
            action: masthead_core::AuditAction::ArticleStatusChanged,
            target: format!("article:{id}"),
            detail: to.as_str().to_owned(),
            ip: me.ip.clone(),
        })
        .await;
        Ok(())
    }
}
