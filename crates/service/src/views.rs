//! View counting behind caches (R7): the beacon records a view in memory; a flusher writes the
//! counts in batches. A batch that fails to write is put back, so a view is never lost to a
//! failed flush and never written twice.

use jiff::Timestamp;
use masthead_store::{DynStore, StoreError, hour_bucket};
use std::collections::HashMap;
use std::sync::Mutex;

/// The words of a User-Agent that mark a robot or a link-preview fetcher, not a reader.
const BOT_MARKERS: &[&str] = &[
    "bot",
    "crawl",
    "spider",
    "slurp",
    "preview",
    "facebookexternalhit",
    "embedly",
    "curl",
    "wget",
    "python-requests",
    "python-urllib",
    "go-http-client",
    "java/",
    "libwww",
    "httpclient",
    "headless",
    "lighthouse",
    "pingdom",
    "monitor",
    "scrapy",
    "okhttp",
    "axios",
    "node-fetch",
];

/// Whether a request with this User-Agent should not be counted as a reader's view.
pub fn is_bot(user_agent: &str) -> bool {
    let ua = user_agent.to_ascii_lowercase();
    ua.trim().is_empty()
        || !ua.starts_with("mozilla/")
        || BOT_MARKERS.iter().any(|m| ua.contains(m))
}

#[derive(Default)]
struct State {
    /// (article, hour bucket) → views not yet written.
    pending: HashMap<(i64, i64), u64>,
    /// Published articles seen by the beacon → their stored count when last read or flushed.
    known: HashMap<i64, i64>,
}

#[derive(Default)]
pub struct ViewCounter {
    state: Mutex<State>,
}

impl ViewCounter {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain counters behind: still usable.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts one view of a published article and returns the count a reader should see.
    /// `None` when the article does not exist or is not published.
    pub async fn record(
        &self,
        store: &DynStore,
        article_id: i64,
        now: Timestamp,
    ) -> Result<Option<i64>, StoreError> {
        let known = self.lock().known.get(&article_id).copied();
        if known.is_none() {
            if !store.is_published(article_id, now).await? {
                return Ok(None);
            }
            let stored = store.views_of(article_id).await?;
            self.lock().known.entry(article_id).or_insert(stored);
        }
        let mut st = self.lock();
        *st.pending
            .entry((article_id, hour_bucket(now)))
            .or_insert(0) += 1;
        Ok(Some(Self::total(&st, article_id)))
    }

    fn total(st: &State, article_id: i64) -> i64 {
        let pending: u64 = st
            .pending
            .iter()
            .filter(|((id, _), _)| *id == article_id)
            .map(|(_, n)| *n)
            .sum();
        st.known.get(&article_id).copied().unwrap_or(0) + i64::try_from(pending).unwrap_or(i64::MAX)
    }

    /// Views counted but not yet written, for the article page's displayed count.
    pub fn pending_of(&self, article_id: i64) -> i64 {
        let st = self.lock();
        let n: u64 = st
            .pending
            .iter()
            .filter(|((id, _), _)| *id == article_id)
            .map(|(_, n)| *n)
            .sum();
        i64::try_from(n).unwrap_or(i64::MAX)
    }

    /// Forgets which articles are published (after content changes).
    pub fn forget_known(&self) {
        self.lock().known.clear();
    }

    /// Writes all pending counts in one batch; returns how many views were written.
    pub async fn flush(&self, store: &DynStore) -> Result<u64, StoreError> {
        let batch: Vec<(i64, i64, u64)> = {
            let mut st = self.lock();
            st.pending
                .drain()
                .map(|((id, hour), n)| (id, hour, n))
                .collect()
        };
        if batch.is_empty() {
            return Ok(0);
        }
        match store.add_views(&batch).await {
            Ok(()) => {
                let mut st = self.lock();
                for (id, _, n) in &batch {
                    if let Some(base) = st.known.get_mut(id) {
                        *base += i64::try_from(*n).unwrap_or(0);
                    }
                }
                Ok(batch.iter().map(|(_, _, n)| n).sum())
            }
            Err(e) => {
                let mut st = self.lock();
                for (id, hour, n) in batch {
                    *st.pending.entry((id, hour)).or_insert(0) += n;
                }
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_robots() {
        assert!(is_bot(
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        ));
        assert!(is_bot("curl/8.0"));
        assert!(is_bot(""));
        assert!(is_bot("facebookexternalhit/1.1"));
        assert!(is_bot(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36"
        ));
        assert!(!is_bot(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"
        ));
        assert!(!is_bot(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1"
        ));
    }
}
