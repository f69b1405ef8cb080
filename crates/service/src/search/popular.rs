//! Popular queries (SPEC R6): what readers of an edition search for, counted from real searches
//! (robots left out, only searches that found something), kept in memory and added to the
//! database with the view counts, and offered only past [`MIN_POPULAR`] searches in
//! [`POPULAR_DAYS`] days so that nobody can plant a phrase with a few requests (the search rate
//! limit bounds what one client can add).

use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::Lang;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Searches a query needs in [`POPULAR_DAYS`] before it is offered.
pub const MIN_POPULAR: u64 = 5;
/// Days of searches counted.
pub const POPULAR_DAYS: i64 = 7;
/// Queries offered.
const POPULAR_SHOWN: u32 = 8;
/// Longest query counted, in characters (longer ones are not what people retype).
const MAX_COUNTED_CHARS: usize = 60;
/// How long an edition's list is reused before it is read again.
const POPULAR_TTL: Duration = Duration::from_secs(60);
/// Distinct queries held between flushes; more are dropped until the next flush.
const MAX_PENDING: usize = 20_000;

/// Counted searches not yet written, and each edition's list as last read.
#[derive(Default)]
pub struct PopularQueries {
    pending: Mutex<HashMap<(Lang, String), u64>>,
    lists: Mutex<HashMap<Lang, (Instant, Vec<String>)>>,
    /// (day, hash of edition, query and client) already counted: a client counts once per
    /// query and day, so the floor is one of distinct readers.
    seen: Mutex<(i64, HashSet<u64>)>,
}

/// Clients remembered per day before the set starts over.
const MAX_SEEN: usize = 200_000;

fn day(t: Timestamp) -> i64 {
    t.as_second().div_euclid(86_400)
}

/// A query as counted: lower case, single spaces; `None` when too long or empty.
fn counted_form(q: &str) -> Option<String> {
    let q = q
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    (!q.is_empty() && q.chars().count() <= MAX_COUNTED_CHARS).then_some(q)
}

impl Site {
    /// Counts a reader's search that found `found` articles with every word (`partial`: only
    /// some). Robots, searches that found nothing or only some of their words, and a client's
    /// repeats of a query on the same day are not counted.
    pub fn count_search(
        &self,
        lang: Lang,
        q: &str,
        found: u64,
        partial: bool,
        user_agent: &str,
        client: IpAddr,
    ) {
        if found == 0 || partial || crate::is_bot(user_agent) {
            return;
        }
        let Some(q) = counted_form(q) else {
            return;
        };
        let today = day(Timestamp::now());
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (lang, &q, client).hash(&mut h);
        {
            let mut seen = self.popular.seen.lock().unwrap_or_else(|p| p.into_inner());
            if seen.0 != today || seen.1.len() >= MAX_SEEN {
                *seen = (today, HashSet::new());
            }
            if !seen.1.insert(h.finish()) {
                return;
            }
        }
        let mut pending = self
            .popular
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if pending.len() < MAX_PENDING || pending.contains_key(&(lang, q.clone())) {
            *pending.entry((lang, q)).or_default() += 1;
        }
    }

    /// Writes the counted searches; returns how many. Kept for the next flush when the write
    /// fails.
    ///
    /// # Errors
    /// The store's.
    pub async fn flush_searches(&self) -> Result<u64, ServiceError> {
        let batch: Vec<(Lang, String, u64)> = {
            let mut pending = self
                .popular
                .pending
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            pending.drain().map(|((l, q), n)| (l, q, n)).collect()
        };
        if batch.is_empty() {
            return Ok(0);
        }
        match self
            .store
            .record_searches(day(Timestamp::now()), &batch)
            .await
        {
            Ok(()) => {
                // The lists are read anew with the new counts.
                self.popular
                    .lists
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .clear();
                Ok(batch.iter().map(|(_, _, n)| n).sum())
            }
            Err(e) => {
                let mut pending = self
                    .popular
                    .pending
                    .lock()
                    .unwrap_or_else(|p| p.into_inner());
                for (l, q, n) in batch {
                    *pending.entry((l, q)).or_default() += n;
                }
                Err(e.into())
            }
        }
    }

    /// The edition's popular queries, most searched first (read at most once a minute).
    ///
    /// # Errors
    /// The store's.
    pub async fn popular_searches(&self, lang: Lang) -> Result<Vec<String>, ServiceError> {
        if let Some((at, list)) = self
            .popular
            .lists
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&lang)
            && at.elapsed() < POPULAR_TTL
        {
            return Ok(list.clone());
        }
        let since = day(Timestamp::now()) - (POPULAR_DAYS - 1);
        let list: Vec<String> = self
            .store
            .popular_searches(lang, since, MIN_POPULAR, POPULAR_SHOWN)
            .await?
            .into_iter()
            .map(|(q, _)| q)
            .collect();
        self.popular
            .lists
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(lang, (Instant::now(), list.clone()));
        Ok(list)
    }
}

#[cfg(test)]
mod tests {
    use super::counted_form;

    #[test]
    fn queries_are_counted_in_one_form() {
        assert_eq!(
            counted_form("  Выборы   В  Думу ").as_deref(),
            Some("выборы в думу")
        );
        assert_eq!(counted_form("   "), None);
        assert_eq!(counted_form(&"x".repeat(61)), None);
    }
}
