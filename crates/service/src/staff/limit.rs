//! Sign-in throttling (SPEC N1; ASVS V6.3.1): failures are counted per client address and per
//! account with `governor` (5 in 15 minutes, one more allowed every 3 minutes); the 6th failure
//! is answered "too many attempts" with the wait, and until the wait is over every attempt
//! under that key is refused before its password is checked. Successes are not counted, so a
//! newsroom signing in from one office address is not throttled by its own staff.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use moka::sync::Cache;
use std::num::NonZeroU32;
use std::time::{Duration, Instant};

/// Failures allowed in [`WINDOW`].
pub const FAILURES: u32 = 5;
/// The window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

pub struct LoginLimiter {
    failures: DefaultKeyedRateLimiter<String>,
    /// Keys refused until the given instant.
    blocked: Cache<String, Instant>,
    clock: DefaultClock,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        let burst = NonZeroU32::new(FAILURES).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(WINDOW / FAILURES)
            .unwrap_or_else(|| Quota::per_minute(NonZeroU32::MIN))
            .allow_burst(burst);
        LoginLimiter {
            failures: RateLimiter::keyed(quota),
            blocked: Cache::builder()
                .max_capacity(100_000)
                .time_to_live(WINDOW)
                .build(),
            clock: DefaultClock::default(),
        }
    }
}

impl LoginLimiter {
    /// Seconds to wait before `keys` may try again, if any of them is refused now.
    pub fn refused(&self, keys: &[String]) -> Option<u64> {
        let now = Instant::now();
        keys.iter()
            .filter_map(|k| self.blocked.get(k))
            .filter(|until| *until > now)
            .map(|until| until.duration_since(now).as_secs().max(1))
            .max()
    }

    /// Counts a failure under each key; `Some(wait)` when it was one too many.
    pub fn fail(&self, keys: &[String]) -> Option<u64> {
        let mut wait: Option<Duration> = None;
        for k in keys {
            if let Err(not_until) = self.failures.check_key(k) {
                let w = not_until.wait_time_from(self.clock.now());
                self.blocked.insert(k.clone(), Instant::now() + w);
                wait = Some(wait.map_or(w, |o| o.max(w)));
            }
        }
        wait.map(|w| w.as_secs().max(1))
    }

    /// The keys of an attempt: the client's address and the account's e-mail.
    pub fn keys(ip: &str, email: &str) -> [String; 2] {
        [format!("ip:{ip}"), format!("account:{email}")]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_failure_is_refused_and_blocks() {
        let l = LoginLimiter::default();
        let keys = LoginLimiter::keys("10.0.0.1", "a@example.org");
        for i in 1..=FAILURES {
            assert_eq!(l.refused(&keys), None, "attempt {i}");
            assert_eq!(l.fail(&keys), None, "failure {i}");
        }
        let wait = l.fail(&keys);
        assert!(wait.is_some_and(|w| w > 60 && w <= 180), "{wait:?}");
        assert!(l.refused(&keys).is_some());
        let other = LoginLimiter::keys("10.0.0.2", "b@example.org");
        assert_eq!(l.refused(&other), None, "other keys are not affected");
    }
}
