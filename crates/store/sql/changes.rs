//! The change log: a row appended inside each write's transaction, read back in order.

use crate::Db;
use crate::rows::{col, ts};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::{Actor, Change, ChangeKind};
use masthead_store::{ChangeLog, Result, StoreError};
use sqlx::Transaction;

/// Appends `what` to the log inside `tx` and tells the backend (`crate::appended`: PostgreSQL
/// queues a `NOTIFY` for the other nodes); returns its sequence. The caller holds the write
/// lock, so sequences commit in order.
pub(crate) async fn append(
    tx: &mut Transaction<'_, Db>,
    actor: &Actor,
    what: &ChangeKind,
) -> Result<i64> {
    let detail = serde_json::to_string(what)
        .map_err(|e| StoreError::Corrupt(format!("change not serializable: {e}")))?;
    let kind = kind_of(what);
    let seq: i64 = sqlx::query_scalar(
        "INSERT INTO change_log (at, actor, kind, detail) VALUES ($1, $2, $3, $4) RETURNING seq",
    )
    .bind(Timestamp::now().as_millisecond())
    .bind(actor.label())
    .bind(kind)
    .bind(detail)
    .fetch_one(&mut **tx)
    .await
    .map_err(backend)?;
    crate::appended(tx, seq).await?;
    Ok(seq)
}

/// Appends every change of `whats` in order (200 rows a statement, for bulk writes) and tells
/// the backend once; returns the last sequence (0 for none).
pub(crate) async fn append_many(
    tx: &mut Transaction<'_, Db>,
    actor: &Actor,
    whats: &[ChangeKind],
) -> Result<i64> {
    let at = Timestamp::now().as_millisecond();
    let label = actor.label();
    let mut last = 0;
    for chunk in whats.chunks(200) {
        let rows = chunk
            .iter()
            .map(|w| {
                serde_json::to_string(w)
                    .map(|d| (kind_of(w), d))
                    .map_err(|e| StoreError::Corrupt(format!("change not serializable: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        let mut q: sqlx::QueryBuilder<Db> =
            sqlx::QueryBuilder::new("INSERT INTO change_log (at, actor, kind, detail) ");
        q.push_values(&rows, |mut row, (kind, detail)| {
            row.push_bind(at)
                .push_bind(&label)
                .push_bind(*kind)
                .push_bind(detail);
        });
        q.push(" RETURNING seq");
        let seqs: Vec<i64> = q
            .build_query_scalar()
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
        last = seqs.into_iter().max().unwrap_or(last).max(last);
    }
    if last > 0 {
        crate::appended(tx, last).await?;
    }
    Ok(last)
}

/// The `kind` column of a change.
fn kind_of(what: &ChangeKind) -> &'static str {
    match what {
        ChangeKind::Article(_) => "article",
        ChangeKind::Taxonomy { .. } => "taxonomy",
        ChangeKind::Settings => "settings",
        ChangeKind::Ads { .. } => "ads",
        ChangeKind::Pages { .. } => "pages",
        ChangeKind::Redirects => "redirects",
    }
}

#[async_trait]
impl ChangeLog for DbStore {
    async fn changes_since(&self, after: i64, limit: u32) -> Result<Vec<Change>> {
        let rows = sqlx::query(
            "SELECT seq, at, actor, detail FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let detail: String = col(r, "detail")?;
                let at: i64 = col(r, "at")?;
                Ok(Change {
                    seq: col(r, "seq")?,
                    at: Timestamp::from_millisecond(at)
                        .or_else(|_| ts(0))
                        .map_err(|_| StoreError::Corrupt("change time".into()))?,
                    actor: col(r, "actor")?,
                    what: serde_json::from_str(&detail)
                        .map_err(|e| StoreError::Corrupt(format!("change detail: {e}")))?,
                })
            })
            .collect()
    }

    async fn latest_seq(&self) -> Result<i64> {
        let seq: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM change_log")
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        Ok(seq.unwrap_or(0))
    }

    async fn changed_elsewhere(&self) {
        self.notices().await;
    }
}
