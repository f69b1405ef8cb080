//! Background tasks that retry (the change-log follower, the search indexer, the scheduler)
//! log an outage once when it begins and once when it ends, instead of a warning per retry:
//! a database away for a minute is two lines, not hundreds.

use std::fmt::Display;
use std::time::Instant;

/// One task's view of an outage.
pub(crate) struct Outage {
    what: &'static str,
    since: Option<Instant>,
}

impl Outage {
    /// `what` names the task in the log ("change log", "search index", "scheduler").
    pub(crate) fn new(what: &'static str) -> Self {
        Outage { what, since: None }
    }

    /// A failed attempt: a warning for the first of a run, debug lines after it.
    pub(crate) fn failed(&mut self, error: &dyn Display) {
        if self.since.is_none() {
            self.since = Some(Instant::now());
            tracing::warn!(task = self.what, %error, "failing; retrying (logged again when it recovers)");
        } else {
            tracing::debug!(task = self.what, %error, "still failing");
        }
    }

    /// A successful attempt: one line if it ends an outage.
    pub(crate) fn ok(&mut self) {
        if let Some(since) = self.since.take() {
            tracing::info!(
                task = self.what,
                after_secs = since.elapsed().as_secs(),
                "working again"
            );
        }
    }
}
