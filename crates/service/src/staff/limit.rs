//! Sign-in throttling (SPEC N1; ASVS V6.3.1): failures are counted per client address (an IPv6
//! address by its /64 network, what one host usually holds) and per account with `governor`:
//! 5 at once, then one more per 15 minutes, so the 6th failure within 15 minutes is answered
//! "too many attempts" with the wait; until the wait is over every attempt under that key is
//! refused before its password is checked. Successes are not counted, so a newsroom signing in
//! from one office address is not throttled by its own staff. Keys idle for a window are
//! dropped, so the counters stay small.
//!
//! Several nodes share one limit: each failure is also written to the database, and an attempt
//! is refused when the database holds more than [`FAILURES`] failures of one of its keys in
//! the last [`WINDOW`] (a sliding window: the wait ends when the oldest of them leaves it). The
//! in-process counters answer first and keep attempts in turn; the database makes a guesser
//! who spreads attempts over the nodes meet the same limit.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use moka::sync::Cache;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Failures allowed in [`WINDOW`].
pub const FAILURES: u32 = 5;
/// The window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Keys kept before idle ones are dropped.
const PRUNE_ABOVE: usize = 10_000;

pub struct LoginLimiter {
    failures: DefaultKeyedRateLimiter<String>,
    /// Keys refused until the given instant.
    blocked: Cache<String, Instant>,
    clock: DefaultClock,
    /// One attempt at a time per key: attempts sent together wait their turn, so each one
    /// sees the failures of those before it (without this, 40 guesses sent at once would all
    /// be checked before the first failure was counted).
    turns: Cache<String, Arc<tokio::sync::Mutex<()>>>,
    /// Password checks running at once, whatever the key: each Argon2 check holds 19 MiB.
    hashing: Arc<tokio::sync::Semaphore>,
}

/// Password checks that may run at once (a few per core; each holds 19 MiB while it runs).
const HASHING_AT_ONCE: usize = 4;

/// Held while an attempt runs: its keys' turns and a password-check slot.
pub struct Turn {
    _keys: Vec<tokio::sync::OwnedMutexGuard<()>>,
    _hashing: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        let burst = NonZeroU32::new(FAILURES).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(WINDOW)
            .unwrap_or_else(|| Quota::per_hour(NonZeroU32::MIN))
            .allow_burst(burst);
        LoginLimiter {
            failures: RateLimiter::keyed(quota),
            blocked: Cache::builder()
                .max_capacity(100_000)
                .time_to_live(WINDOW)
                .build(),
            clock: DefaultClock::default(),
            turns: Cache::builder()
                .max_capacity(100_000)
                .time_to_idle(Duration::from_secs(60))
                .build(),
            hashing: Arc::new(tokio::sync::Semaphore::new(HASHING_AT_ONCE)),
        }
    }
}

impl LoginLimiter {
    /// Waits for the attempt's turn under each key (in the order given: always the address
    /// first, then the account, so two attempts never wait on each other), then for a
    /// password-check slot.
    pub async fn turn(&self, keys: &[String]) -> Turn {
        let mut held = Vec::with_capacity(keys.len());
        for k in keys {
            let m = self
                .turns
                .get_with(k.clone(), || Arc::new(tokio::sync::Mutex::new(())));
            held.push(m.lock_owned().await);
        }
        Turn {
            _keys: held,
            _hashing: self.hashing.clone().acquire_owned().await.ok(),
        }
    }

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
        if self.failures.len() > PRUNE_ABOVE {
            self.failures.retain_recent();
            self.failures.shrink_to_fit();
        }
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

    /// The keys of an attempt: the client's address (IPv6 by its /64) and the account's
    /// e-mail (at most 254 characters of it: longer is no address).
    pub fn keys(ip: &str, email: &str) -> [String; 2] {
        let net = match ip.parse::<std::net::IpAddr>() {
            Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
            _ => ip.to_owned(),
        };
        let email: String = email.chars().take(254).collect();
        [format!("ip:{net}"), format!("account:{email}")]
    }

    /// The key of an account alone (checks of one's own password while signed in).
    pub fn account_key(email: &str) -> [String; 1] {
        let email: String = email.chars().take(254).collect();
        [format!("account:{email}")]
    }
}

impl crate::Site {
    /// Seconds `keys` must wait before trying again, counted in this process or, across
    /// nodes, in the database; `None` when they may try.
    pub(crate) async fn login_refused(&self, keys: &[String]) -> Option<u64> {
        match self.limiter.refused(keys) {
            Some(w) => Some(w),
            None => self.shared_wait(keys).await,
        }
    }

    /// Counts a failure under each key, here and in the database; `Some(wait)` when it was one
    /// too many. A database that cannot be written to leaves the in-process count alone.
    pub(crate) async fn login_failed(&self, keys: &[String]) -> Option<u64> {
        let local = self.limiter.fail(keys);
        let now = jiff::Timestamp::now();
        if let Err(e) = self
            .store
            .record_login_failure(keys, now, now - window())
            .await
        {
            tracing::warn!(error = %e, "sign-in failure not recorded in the database");
        }
        local.max(self.shared_wait(keys).await)
    }

    /// The wait the database's counts call for: more than [`FAILURES`] failures of a key in
    /// the window refuse it until the oldest of them is out of the window.
    async fn shared_wait(&self, keys: &[String]) -> Option<u64> {
        let now = jiff::Timestamp::now();
        let mut wait: Option<u64> = None;
        for key in keys {
            let times = match self
                .store
                .login_failures(key, now - window(), FAILURES + 1)
                .await
            {
                Ok(t) => t,
                Err(e) => {
                    tracing::warn!(error = %e, "sign-in failures not read from the database");
                    continue;
                }
            };
            if times.len() > FAILURES as usize
                && let Some(oldest) = times.last()
            {
                let left = (*oldest + window()).duration_since(now).as_secs().max(1);
                wait = Some(wait.map_or(left as u64, |w| w.max(left as u64)));
            }
        }
        wait
    }
}

/// [`WINDOW`] as a span of time stamps.
fn window() -> jiff::SignedDuration {
    jiff::SignedDuration::from_secs(WINDOW.as_secs() as i64)
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
        assert!(wait.is_some_and(|w| w > 800 && w <= 900), "{wait:?}");
        assert!(l.refused(&keys).is_some());
        let other = LoginLimiter::keys("10.0.0.2", "b@example.org");
        assert_eq!(l.refused(&other), None, "other keys are not affected");
        let a = LoginLimiter::keys("2001:db8:1:2:3:4:5:6", "x@example.org");
        let b = LoginLimiter::keys("2001:db8:1:2:ffff::1", "x@example.org");
        assert_eq!(a[0], b[0], "one IPv6 /64 is one address");
    }
}
