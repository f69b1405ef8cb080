//! Reading the audit log (SPEC N8): a filterable page for admins and a JSON Lines export.

use super::SignedIn;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::admin::AuditBody;
use masthead_core::{AuditAction, AuditFilter, CoreError, Permission};

/// Entries per page of the audit log.
pub const AUDIT_PAGE: u32 = 50;
/// Most entries one export holds (the newest of the filter; narrow the dates for older ones).
/// Entries are at most about 1 KB (targets and details are cut to 300 characters), so an
/// export stays under about 20 MB in memory.
pub const EXPORT_MAX: u32 = 20_000;

/// The audit filter as typed in the form (`action`, `user` id, `from` and `to` as
/// `YYYY-MM-DD`, in the site's time zone; `to` is inclusive).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub action: String,
    pub user: String,
    pub from: String,
    pub to: String,
    pub page: u32,
}

impl Site {
    fn audit_filter(&self, q: &AuditQuery) -> Result<AuditFilter, CoreError> {
        let tz = self.settings().time_zone.clone();
        let day =
            |s: &str, field: &'static str, next: bool| -> Result<Option<Timestamp>, CoreError> {
                if s.trim().is_empty() {
                    return Ok(None);
                }
                let d: jiff::civil::Date = s.trim().parse().map_err(|_| CoreError::Invalid {
                    field,
                    key: "invalid-date",
                })?;
                let d = if next { d.tomorrow().unwrap_or(d) } else { d };
                d.to_zoned_datetime(tz.clone())
                    .map(|z| Some(z.timestamp()))
                    .map_err(|_| CoreError::Invalid {
                        field,
                        key: "invalid-date",
                    })
            };
        Ok(AuditFilter {
            action: match q.action.trim() {
                "" => None,
                a => Some(a.parse::<AuditAction>()?),
            },
            actor_user_id: match q.user.trim() {
                "" => None,
                u => Some(u.parse().map_err(|_| CoreError::Invalid {
                    field: "user",
                    key: "invalid-user",
                })?),
            },
            from: day(&q.from, "from", false)?,
            to: day(&q.to, "to", true)?,
        })
    }

    /// The audit log page.
    ///
    /// # Errors
    /// `Forbidden` without `ViewAudit`; `Invalid` for a filter that does not parse; the
    /// store's.
    pub async fn audit_page(
        &self,
        me: &SignedIn,
        q: &AuditQuery,
    ) -> Result<AuditBody, ServiceError> {
        Self::authorize(&me.actor(), Permission::ViewAudit)?;
        let filter = self.audit_filter(q)?;
        let total = self.store.count_audit(&filter).await?;
        let pages = total.div_ceil(u64::from(AUDIT_PAGE)).max(1);
        let page = u64::from(q.page.max(1)).min(pages);
        let entries = self
            .store
            .audit(&filter, AUDIT_PAGE, (page - 1) * u64::from(AUDIT_PAGE))
            .await?;
        let mut query = form_query(&[
            ("action", &q.action),
            ("user", &q.user),
            ("from", &q.from),
            ("to", &q.to),
        ]);
        if query.is_empty() {
            query.push_str("x=");
        }
        let users = self.store.users().await?;
        let names = users
            .iter()
            .map(|u| (format!("user:{}", u.id), u.name.clone()))
            .collect();
        Ok(AuditBody {
            entries,
            actions: AuditAction::ALL.to_vec(),
            users,
            names,
            action: q.action.clone(),
            user: q.user.clone(),
            from: q.from.clone(),
            to: q.to.clone(),
            page: u32::try_from(page).unwrap_or(u32::MAX),
            pages: u32::try_from(pages).unwrap_or(u32::MAX),
            query,
        })
    }

    /// The entries of the filter as JSON Lines (one object per line, newest first).
    ///
    /// # Errors
    /// As [`Site::audit_page`].
    pub async fn audit_export(
        &self,
        me: &SignedIn,
        q: &AuditQuery,
    ) -> Result<String, ServiceError> {
        Self::authorize(&me.actor(), Permission::ViewAudit)?;
        let filter = self.audit_filter(q)?;
        let entries = self.store.audit(&filter, EXPORT_MAX, 0).await?;
        let mut out = String::new();
        for e in entries {
            let line = serde_json::to_string(&e)
                .map_err(|e| masthead_store::StoreError::Corrupt(e.to_string()))?;
            out.push_str(&line);
            out.push('\n');
        }
        Ok(out)
    }
}

/// `k=v&…` of the non-empty pairs, values percent-encoded.
fn form_query(pairs: &[(&str, &String)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{k}={}", masthead_core::urls::encode_query_value(v.trim())))
        .collect::<Vec<_>>()
        .join("&")
}
