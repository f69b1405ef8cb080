//! What the service counts for `/metrics` (SPEC O4): views written by the flusher, articles
//! applied from imports, and how long searches take. Plain atomics, read by the web layer,
//! which renders them with its own request counters. One set per [`Site`](crate::Site), so that
//! many sites in one process (the tests) keep their own counts.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds (seconds) of the latency histograms' buckets: from 100 µs (a cached page) to
/// 10 s (a request stuck behind a lock).
pub const LATENCY_BOUNDS: [f64; 16] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
    5.0, 10.0,
];

/// The same bounds in nanoseconds, compared against on each observation.
const BOUNDS_NS: [u64; 16] = [
    100_000,
    250_000,
    500_000,
    1_000_000,
    2_500_000,
    5_000_000,
    10_000_000,
    25_000_000,
    50_000_000,
    100_000_000,
    250_000_000,
    500_000_000,
    1_000_000_000,
    2_500_000_000,
    5_000_000_000,
    10_000_000_000,
];

/// A latency histogram with the fixed [`LATENCY_BOUNDS`]: one atomic add for the bucket and one
/// for the sum per observation, no allocation, no lock.
#[derive(Debug)]
pub struct Histogram {
    /// Observations per bucket (not cumulative); the last one is past every bound.
    buckets: [AtomicU64; LATENCY_BOUNDS.len() + 1],
    sum_ns: AtomicU64,
}

impl Default for Histogram {
    fn default() -> Self {
        Histogram {
            buckets: [const { AtomicU64::new(0) }; LATENCY_BOUNDS.len() + 1],
            sum_ns: AtomicU64::new(0),
        }
    }
}

/// A histogram as read at one moment, in the Prometheus shape.
#[derive(Debug, Clone, PartialEq)]
pub struct HistogramSnapshot {
    /// Observations at or under each of [`LATENCY_BOUNDS`] (cumulative).
    pub cumulative: [u64; LATENCY_BOUNDS.len()],
    /// Every observation (the `+Inf` bucket and `_count`).
    pub count: u64,
    /// Seconds observed in all.
    pub sum: f64,
}

impl Histogram {
    pub fn observe(&self, d: Duration) {
        let ns = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        let i = BOUNDS_NS
            .iter()
            .position(|b| ns <= *b)
            .unwrap_or(BOUNDS_NS.len());
        self.buckets[i].fetch_add(1, Ordering::Relaxed);
        self.sum_ns.fetch_add(ns, Ordering::Relaxed);
    }

    /// Observations so far.
    pub fn count(&self) -> u64 {
        self.buckets.iter().map(|b| b.load(Ordering::Relaxed)).sum()
    }

    /// The count is the buckets' sum, so the `+Inf` bucket and `_count` always agree.
    pub fn snapshot(&self) -> HistogramSnapshot {
        let mut cumulative = [0; LATENCY_BOUNDS.len()];
        let mut running = 0u64;
        for (i, b) in self.buckets.iter().enumerate() {
            running += b.load(Ordering::Relaxed);
            if let Some(c) = cumulative.get_mut(i) {
                *c = running;
            }
        }
        HistogramSnapshot {
            cumulative,
            count: running,
            sum: self.sum_ns.load(Ordering::Relaxed) as f64 / 1e9,
        }
    }
}

/// The service's counters.
#[derive(Debug, Default)]
pub struct SiteMetrics {
    /// Views written to the store by [`Site::flush_views`](crate::Site::flush_views).
    pub views_flushed: AtomicU64,
    /// Article changes applied here that an import wrote (actor `system:import…`), whichever
    /// process ran the import.
    pub imported_articles: AtomicU64,
    /// Searches asked of the index, from the slot wait to the answer.
    pub search: Histogram,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative_and_bounds_agree() {
        for (s, ns) in LATENCY_BOUNDS.iter().zip(BOUNDS_NS) {
            assert_eq!((s * 1e9).round() as u64, ns);
        }
        let h = Histogram::default();
        h.observe(Duration::from_micros(50));
        h.observe(Duration::from_micros(100));
        h.observe(Duration::from_millis(3));
        h.observe(Duration::from_secs(60));
        let s = h.snapshot();
        assert_eq!(s.count, 4);
        assert_eq!(s.cumulative[0], 2, "at or under 100 µs");
        assert_eq!(s.cumulative[4], 2, "at or under 2.5 ms");
        assert_eq!(s.cumulative[5], 3, "at or under 5 ms");
        assert_eq!(s.cumulative[15], 3, "the minute is past every bound");
        assert!((s.sum - 60.00315).abs() < 1e-9);
    }
}
