//! The change feed: every write that changes what readers see is announced here, so page caches
//! (and, later, search indexes and other nodes) can catch up.

use tokio::sync::broadcast;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Articles, taxonomy or settings changed; cached pages may be stale.
    Content,
}

#[derive(Clone)]
pub struct ChangeFeed {
    tx: broadcast::Sender<Change>,
}

impl Default for ChangeFeed {
    fn default() -> Self {
        ChangeFeed {
            tx: broadcast::channel(64).0,
        }
    }
}

impl ChangeFeed {
    pub fn publish(&self, change: Change) {
        // No subscriber is fine: nothing is cached yet.
        let _ = self.tx.send(change);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.tx.subscribe()
    }
}
