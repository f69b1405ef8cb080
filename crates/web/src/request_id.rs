//! Request ids (SPEC O4): every response carries `x-request-id`, and every log line written
//! while handling a request carries the same id (the `request_id` field of the `request`
//! span). An id a proxy in front already set is kept when it is short and plain; otherwise a
//! new one is made: 24 hex digits, a random prefix for this process and a counter scrambled by
//! a bijection (unique within the process, and it does not tell how many requests came before).
//!
//! Not tower-http's `SetRequestIdLayer`: it would trust any incoming id, and its UUIDs take
//! the operating system's randomness on each request; the page cache answers before any
//! layer around the router would run, so the id is set where the cache is (`app.rs`).

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Longest incoming id kept.
const MAX_INCOMING: usize = 64;

/// The id of the request with these headers.
pub(crate) fn of(headers: &HeaderMap) -> HeaderValue {
    match headers.get(&X_REQUEST_ID) {
        Some(v) if acceptable(v.as_bytes()) => v.clone(),
        _ => fresh(),
    }
}

/// Letters, digits and `-_.:+/=@`, 1 to 64 of them: what ids from proxies and tracing
/// systems look like, and nothing that could break a log line.
fn acceptable(id: &[u8]) -> bool {
    (1..=MAX_INCOMING).contains(&id.len())
        && id
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b"-_.:+/=@".contains(c))
}

/// This process's prefix and scrambling key.
static KEYS: LazyLock<(u32, u64)> = LazyLock::new(|| {
    use std::hash::BuildHasher;
    let s = std::collections::hash_map::RandomState::new();
    let a = s.hash_one((std::process::id(), std::time::SystemTime::now()));
    let b = s.hash_one(a);
    ((a >> 32) as u32, b)
});

static NEXT: AtomicU64 = AtomicU64::new(0);

/// SplitMix64's finalizer: a bijection on u64 that scatters consecutive inputs.
fn scramble(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn fresh() -> HeaderValue {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let (prefix, key) = *KEYS;
    let n = scramble(NEXT.fetch_add(1, Ordering::Relaxed) ^ key);
    let value = (u128::from(prefix) << 64) | u128::from(n);
    let mut buf = [0u8; 24];
    for (i, b) in buf.iter_mut().enumerate() {
        let shift = (23 - i) * 4;
        *b = HEX[((value >> shift) & 0xf) as usize];
    }
    HeaderValue::from_bytes(&buf).unwrap_or(HeaderValue::from_static("0"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn fresh_ids_are_unique_hex() {
        let ids: HashSet<HeaderValue> = (0..10_000).map(|_| fresh()).collect();
        assert_eq!(ids.len(), 10_000);
        for id in ids.iter().take(10) {
            assert_eq!(id.len(), 24);
            assert!(id.as_bytes().iter().all(u8::is_ascii_hexdigit));
        }
    }

    #[test]
    fn incoming_ids_are_kept_only_when_plain() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            if let Ok(v) = HeaderValue::from_str(v) {
                h.insert(&X_REQUEST_ID, v);
            }
            of(&h)
        };
        assert_eq!(with("abc-123_x.y:z"), "abc-123_x.y:z");
        assert_eq!(
            with("4bf92f3577b34da6a3ce929d0e0e4736"),
            "4bf92f3577b34da6a3ce929d0e0e4736"
        );
        for bad in ["", "has space", "quote\"", &"x".repeat(65), "tab\there"] {
            let id = with(bad);
            assert_ne!(id, bad);
            assert_eq!(id.len(), 24, "{bad:?} was replaced");
        }
    }
}
