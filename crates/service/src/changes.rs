//! Following the change log: one task per process reads new rows in sequence order, refreshes
//! what `Site` keeps in memory (settings, edition parts, known view counts), then hands the
//! pages to purge to every registered sink (the page cache). Local writes wake it at once;
//! other processes' writes (a `masthead import` while serving, another node) wake it through
//! the store's notices where the backend has them (PostgreSQL `LISTEN`), and are found by
//! polling in any case. The log is
//! the source of truth: a wake-up only says "look now".

use crate::{ServiceError, Site};
use masthead_core::{Change, ChangeKind, Purge};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{Mutex, Notify, watch};
use tokio::task::JoinHandle;

/// Something that wants to know which pages went stale.
pub type PurgeSink = Arc<dyn Fn(&Purge) + Send + Sync>;

/// Rows read per query while catching up.
const BATCH: u32 = 500;

/// How imports sign their changes (`Actor::system("import")`; other formats' importers may add
/// a suffix).
const IMPORT_ACTOR: &str = "system:import";

pub(crate) struct Follower {
    applied: watch::Sender<i64>,
    wake: Notify,
    running: Mutex<()>,
    sinks: RwLock<Vec<PurgeSink>>,
}

impl Follower {
    pub(crate) fn new(applied: i64) -> Self {
        Follower {
            applied: watch::Sender::new(applied),
            wake: Notify::new(),
            running: Mutex::new(()),
            sinks: RwLock::new(Vec::new()),
        }
    }

    /// The last sequence applied.
    pub(crate) fn applied(&self) -> i64 {
        *self.applied.borrow()
    }

    /// Told each time this process has applied more of the log.
    pub(crate) fn subscribe(&self) -> watch::Receiver<i64> {
        self.applied.subscribe()
    }
}

impl Site {
    /// Registers a consumer of purges; it is called after `Site`'s own state is refreshed, in
    /// sequence order, from the follower task.
    pub fn on_purge(&self, sink: PurgeSink) {
        self.follower
            .sinks
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .push(sink);
    }

    /// Starts following the change log: polls every `poll` for other processes' writes and
    /// wakes at once on this process's own.
    pub fn follow_changes(self: &Arc<Self>, poll: Duration) -> JoinHandle<()> {
        let site = self.clone();
        tokio::spawn(async move {
            let mut outage = crate::outage::Outage::new("change log");
            let mut tick = tokio::time::interval(poll);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = tick.tick() => {}
                    _ = site.follower.wake.notified() => {}
                    () = site.store.changed_elsewhere() => {}
                }
                match site.catch_up().await {
                    Ok(_) => outage.ok(),
                    Err(e) => outage.failed(&e),
                }
            }
        })
    }

    /// Applies every change committed so far; returns the last sequence applied.
    ///
    /// # Errors
    /// The store's, when the log cannot be read; what was applied stays applied.
    pub async fn catch_up(&self) -> Result<i64, ServiceError> {
        let _one_at_a_time = self.follower.running.lock().await;
        let mut after = self.follower.applied();
        loop {
            let batch = self.store.changes_since(after, BATCH).await?;
            let Some(last) = batch.last() else {
                return Ok(after);
            };
            after = last.seq;
            self.apply(&batch).await;
            self.follower.applied.send_replace(after);
        }
    }

    /// Waits (at most `limit`) until this process has applied the change log up to `seq`.
    pub async fn wait_applied(&self, seq: i64, limit: Duration) -> bool {
        let mut rx = self.follower.applied.subscribe();
        tokio::time::timeout(limit, rx.wait_for(|v| *v >= seq))
            .await
            .is_ok_and(|r| r.is_ok())
    }

    /// The change-log sequence this process has applied.
    pub fn applied_seq(&self) -> i64 {
        self.follower.applied()
    }

    /// After a write of this process: look at the log now.
    pub(crate) fn written(&self) {
        self.follower.wake.notify_one();
    }

    async fn apply(&self, batch: &[Change]) {
        let mut reload = false;
        for c in batch {
            match &c.what {
                ChangeKind::Settings | ChangeKind::Ads { edition: None } => reload = true,
                ChangeKind::Redirects => {}
                ChangeKind::Taxonomy { edition }
                | ChangeKind::Pages { edition }
                | ChangeKind::Ads {
                    edition: Some(edition),
                } => self.parts.clear(Some(*edition)),
                ChangeKind::Article(a) => {
                    if c.actor.starts_with(IMPORT_ACTOR) {
                        self.metrics
                            .imported_articles
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    self.views.forget(a.id);
                    if a.breaking || a.visible != a.was_visible {
                        self.parts.clear(Some(a.edition));
                    }
                }
            }
        }
        if reload {
            if let Err(e) = self.reload_settings().await {
                tracing::warn!(error = %e, "settings not reloaded");
            }
            self.parts.clear(None);
        }
        let tz = self.settings().time_zone.clone();
        let day_of = |t: jiff::Timestamp| Some(t.to_zoned_datetime(tz.clone()).date());
        let mut purge = Purge::Nothing;
        for c in batch {
            purge.merge(c.what.purge(&day_of));
        }
        self.purge(&purge);
    }

    /// Hands a purge to every registered sink.
    pub(crate) fn purge(&self, purge: &Purge) {
        if *purge == Purge::Nothing {
            return;
        }
        let sinks = self
            .follower
            .sinks
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        for sink in sinks {
            sink(purge);
        }
    }
}

/// How often other processes' writes are looked for by default: one indexed read of an empty
/// range, 50 times a second.
pub const DEFAULT_POLL: Duration = Duration::from_millis(20);
