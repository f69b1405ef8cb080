//! View counting behind caches (SPEC R7): the beacon records a view in memory; a flusher writes
//! the counts in batches. A batch that fails to write is put back, so a view is never lost to a
//! failed flush and never written twice. Robots (by a maintained list, the `isbot` crate) are
//! not counted, and one reader counts once per article per [`REPEAT_WINDOW`]: readers are told
//! apart by a hash of address and browser salted afresh each day, never stored raw.

use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_store::hour_bucket;
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::net::IpAddr;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

/// A reader counts once per article within this time.
pub const REPEAT_WINDOW: Duration = Duration::from_secs(30 * 60);

/// Most (reader, article) pairs remembered at once; beyond it the oldest are forgotten first.
const MAX_REMEMBERED: u64 = 2_000_000;

static BOTS: LazyLock<isbot::Bots> = LazyLock::new(isbot::Bots::default);

/// Whether a request with this User-Agent is a robot or a link-preview fetcher, not a reader.
/// An empty User-Agent is a robot.
pub fn is_bot(user_agent: &str) -> bool {
    user_agent.trim().is_empty() || BOTS.is_bot(user_agent)
}

/// Who sent a beacon, as far as counting needs to know.
#[derive(Debug, Clone, Copy)]
pub struct Reader<'a> {
    pub addr: IpAddr,
    pub user_agent: &'a str,
}

/// The answer to a beacon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewCount {
    /// The count a reader should see, with views not yet written.
    pub total: i64,
    /// Whether this beacon added a view (false for a repeat within the window).
    pub counted: bool,
}

#[derive(Default)]
struct State {
    /// (article, hour bucket) → views not yet written.
    pending: HashMap<(i64, i64), u64>,
    /// article → views not yet written (the sum of its `pending` entries).
    pending_total: HashMap<i64, u64>,
    /// Published articles seen by the beacon → their stored count when last read or flushed.
    known: HashMap<i64, i64>,
}

pub(crate) struct ViewCounter {
    state: Mutex<State>,
    /// Hashes of (reader, article) counted within the window.
    seen: moka::sync::Cache<u64, ()>,
    /// The day (UTC, days since 1970) and its salt.
    salt: Mutex<(i64, RandomState)>,
}

impl Default for ViewCounter {
    fn default() -> Self {
        ViewCounter {
            state: Mutex::default(),
            seen: moka::sync::Cache::builder()
                .max_capacity(MAX_REMEMBERED)
                .time_to_live(REPEAT_WINDOW)
                .build(),
            salt: Mutex::new((i64::MIN, RandomState::new())),
        }
    }
}

impl ViewCounter {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain counters behind: still usable.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A keyed hash of who read what; the key changes every day and lives only in memory.
    fn fingerprint(&self, reader: &Reader<'_>, article_id: i64, now: Timestamp) -> u64 {
        let day = now.as_second().div_euclid(86_400);
        let mut salt = self.salt.lock().unwrap_or_else(|p| p.into_inner());
        if salt.0 != day {
            *salt = (day, RandomState::new());
        }
        salt.1
            .hash_one((reader.addr, reader.user_agent, article_id))
    }

    fn total(st: &State, article_id: i64) -> i64 {
        st.known.get(&article_id).copied().unwrap_or(0) + Self::pending(st, article_id)
    }

    fn pending(st: &State, article_id: i64) -> i64 {
        let n = st.pending_total.get(&article_id).copied().unwrap_or(0);
        i64::try_from(n).unwrap_or(i64::MAX)
    }

    fn add_pending(st: &mut State, article_id: i64, hour: i64, n: u64) {
        *st.pending.entry((article_id, hour)).or_insert(0) += n;
        *st.pending_total.entry(article_id).or_insert(0) += n;
    }

    /// Views counted but not yet written.
    pub(crate) fn pending_of(&self, article_id: i64) -> i64 {
        Self::pending(&self.lock(), article_id)
    }

    /// Forgets an article's stored count (after it changed).
    pub(crate) fn forget(&self, article_id: i64) {
        self.lock().known.remove(&article_id);
    }
}

impl Site {
    /// Counts one view of a published article by `reader`. `None` when the article does not
    /// exist or is not published; a repeat within [`REPEAT_WINDOW`] is answered but not
    /// counted.
    ///
    /// # Errors
    /// The store's, when the article cannot be looked up.
    pub async fn record_view(
        &self,
        article_id: i64,
        reader: Reader<'_>,
        now: Timestamp,
    ) -> Result<Option<ViewCount>, ServiceError> {
        let v = &self.views;
        let known = v.lock().known.get(&article_id).copied();
        if known.is_none() {
            if !self.store.is_published(article_id, now).await? {
                return Ok(None);
            }
            let stored = self.store.views_of(article_id).await?;
            v.lock().known.entry(article_id).or_insert(stored);
        }
        let key = v.fingerprint(&reader, article_id, now);
        let entry = v.seen.entry(key).or_insert(());
        let counted = entry.is_fresh();
        let mut st = v.lock();
        if counted {
            ViewCounter::add_pending(&mut st, article_id, hour_bucket(now), 1);
        }
        Ok(Some(ViewCount {
            total: ViewCounter::total(&st, article_id),
            counted,
        }))
    }

    /// Writes all pending counts in one batch; returns how many views were written.
    ///
    /// # Errors
    /// The store's; the batch is then kept for the next flush.
    pub async fn flush_views(&self) -> Result<u64, ServiceError> {
        let v = &self.views;
        let batch: Vec<(i64, i64, u64)> = {
            let mut st = v.lock();
            st.pending_total.clear();
            st.pending
                .drain()
                .map(|((id, hour), n)| (id, hour, n))
                .collect()
        };
        if batch.is_empty() {
            return Ok(0);
        }
        match self.store.add_views(&batch).await {
            Ok(()) => {
                let mut st = v.lock();
                for (id, _, n) in &batch {
                    if let Some(base) = st.known.get_mut(id) {
                        *base += i64::try_from(*n).unwrap_or(0);
                    }
                }
                let written = batch.iter().map(|(_, _, n)| n).sum();
                self.metrics
                    .views_flushed
                    .fetch_add(written, std::sync::atomic::Ordering::Relaxed);
                Ok(written)
            }
            Err(e) => {
                let mut st = v.lock();
                for (id, hour, n) in batch {
                    ViewCounter::add_pending(&mut st, id, hour, n);
                }
                Err(e.into())
            }
        }
    }

    /// Views of an article counted but not yet written.
    pub fn pending_views(&self, article_id: i64) -> i64 {
        self.views.pending_of(article_id)
    }

    /// The stored view count of an article (what has been flushed).
    ///
    /// # Errors
    /// The store's.
    pub async fn stored_views(&self, article_id: i64) -> Result<i64, ServiceError> {
        Ok(self.store.views_of(article_id).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_robots_not_phones() {
        for bot in [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "curl/8.0",
            "",
            "facebookexternalhit/1.1",
            "python-requests/2.31",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
        ] {
            assert!(is_bot(bot), "{bot}");
        }
        for reader in [
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1",
            // A phone whose model name ends in "BOT" is a phone.
            "Mozilla/5.0 (Linux; Android 9; CUBOT_P20) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 10; CUBOT KINGKONG 5 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Mobile Safari/537.36",
        ] {
            assert!(!is_bot(reader), "{reader}");
        }
    }

    #[test]
    fn fingerprints_differ_by_reader_and_article_and_day() {
        let v = ViewCounter::default();
        let now = Timestamp::now();
        let a = Reader {
            addr: IpAddr::from([192, 0, 2, 1]),
            user_agent: "Mozilla/5.0 A",
        };
        let b = Reader {
            addr: IpAddr::from([192, 0, 2, 2]),
            ..a
        };
        assert_eq!(v.fingerprint(&a, 1, now), v.fingerprint(&a, 1, now));
        assert_ne!(v.fingerprint(&a, 1, now), v.fingerprint(&b, 1, now));
        assert_ne!(v.fingerprint(&a, 1, now), v.fingerprint(&a, 2, now));
        let tomorrow = now + jiff::SignedDuration::from_hours(24);
        let today = v.fingerprint(&a, 1, now);
        assert_ne!(
            today,
            v.fingerprint(&a, 1, tomorrow),
            "a new salt every day"
        );
    }
}
