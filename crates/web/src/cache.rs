//! The page cache (SPEC B4: anonymous GET only; ADR 0002 and 0004). Pages are kept gzip-
//! compressed, the encoding browsers and CDNs ask for; a brotli body is made on a page's first
//! demand for one and kept with it, an identity body is made for each client that accepts no
//! compression (monitors, scripts) and not kept, so the cache's size bound holds whoever asks.
//! Each page carries the cache tags of what it shows. A change purges only
//! the pages whose tags it touches; concurrent misses for one key render once; a page past its
//! freshness is served while one request renders it anew.

use crate::encoding::{Encoding, Etags, Meta, respond_with};
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Response};
use bytes::Bytes;
use masthead_core::{CacheTag, Purge};
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::OnceCell;

/// Marks a response as a page that may be cached, with the tags of what it shows (set by the
/// page handlers).
#[derive(Clone, Debug)]
pub struct Cacheable {
    pub tags: Vec<CacheTag>,
    /// When what the page shows stops being true (a breaking strip's end): the page is not
    /// served after it, fresh or stale.
    pub until: Option<jiff::Timestamp>,
}

/// gzip at level 6, the level CDNs and nginx's `gzip_comp_level` default to.
pub fn gzip(data: &[u8]) -> Bytes {
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(data.len() / 3),
        flate2::Compression::new(6),
    );
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(data);
    Bytes::from(enc.finish().unwrap_or_default())
}

pub fn brotli(data: &[u8], quality: i32) -> Bytes {
    let mut out = Vec::with_capacity(data.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: 22,
        ..Default::default()
    };
    let mut input = data;
    let _ = brotli::BrotliCompress(&mut input, &mut out, &params);
    Bytes::from(out)
}

fn gunzip(data: &[u8], size_hint: usize) -> Bytes {
    let mut out = Vec::with_capacity(size_hint);
    let _ = flate2::read::GzDecoder::new(data).read_to_end(&mut out);
    Bytes::from(out)
}

pub const PAGE_CACHE_CONTROL: &str = "public, max-age=60, stale-while-revalidate=30";

/// One cached page.
pub struct CachedPage {
    gzip: Bytes,
    identity_len: usize,
    br: OnceLock<Bytes>,
    /// The validator of each encoding: identity, gzip, brotli.
    etags: [HeaderValue; 3],
    content_type: HeaderValue,
    tags: Box<[CacheTag]>,
    born: Instant,
    /// The page is dropped at this time (see [`Cacheable::until`]).
    until: Option<jiff::Timestamp>,
    /// This page's share of the cache's freshness, 0.9 to 1.1: pages rendered together (after a
    /// start, a purge of everything) do not all go stale in the same second.
    spread: f64,
}

impl CachedPage {
    /// Compresses `body` and keeps it with its validator and tags.
    pub fn new(body: &[u8], content_type: HeaderValue, tags: Vec<CacheTag>) -> Self {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        body.hash(&mut h);
        let hash = h.finish();
        let etag = HeaderValue::try_from(format!("W/\"{hash:016x}\""))
            .unwrap_or(HeaderValue::from_static("W/\"0\""));
        CachedPage {
            gzip: gzip(body),
            identity_len: body.len(),
            br: OnceLock::new(),
            etags: Etags::of(&etag),
            content_type,
            tags: tags.into_boxed_slice(),
            born: Instant::now(),
            until: None,
            spread: 0.9 + (hash % 1000) as f64 / 5000.0,
        }
    }

    /// The page with the time it must not be served after.
    pub fn until(mut self, until: Option<jiff::Timestamp>) -> Self {
        self.until = until;
        self
    }

    /// The uncompressed page.
    pub fn identity(&self) -> Bytes {
        gunzip(&self.gzip, self.identity_len)
    }

    pub fn tags(&self) -> &[CacheTag] {
        &self.tags
    }

    pub fn respond(&self, headers: &HeaderMap, head_only: bool) -> Response<Body> {
        respond_with(
            headers,
            head_only,
            |enc| match enc {
                Encoding::Gzip => Some(self.gzip.clone()),
                Encoding::Brotli => {
                    Some(self.br.get_or_init(|| brotli(&self.identity(), 5)).clone())
                }
                Encoding::Identity => Some(self.identity()),
            },
            Meta {
                etags: &self.etags,
                content_type: &self.content_type,
                cache_control: PAGE_CACHE_CONTROL,
            },
        )
    }

    /// Bytes this entry may come to hold: the gzip body, room for a brotli one of about the
    /// same size, and bookkeeping.
    fn weight(&self, key: &str) -> u32 {
        u32::try_from(key.len() + self.gzip.len() * 2 + self.tags.len() * 16 + 256)
            .unwrap_or(u32::MAX)
    }
}

/// What a lookup found.
pub enum Lookup {
    Fresh(Arc<CachedPage>),
    /// Past its freshness: serve it, and have it rendered anew.
    Stale(Arc<CachedPage>),
    Miss,
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct CacheStats {
    pub hits: AtomicU64,
    pub stale_hits: AtomicU64,
    pub misses: AtomicU64,
    pub renders: AtomicU64,
    pub purged: AtomicU64,
}

/// How many recent purges a render that started earlier is checked against.
const RECENT_PURGES: usize = 64;

/// The result slot shared by concurrent misses of one key.
type Flight = Arc<OnceCell<Option<Arc<CachedPage>>>>;

struct Inner {
    pages: moka::sync::Cache<String, Arc<CachedPage>>,
    inflight: Mutex<HashMap<String, Flight>>,
    fresh_for: Duration,
    /// Counts purges; a render remembers the count it started at.
    epoch: AtomicU64,
    recent: Mutex<VecDeque<(u64, Purge)>>,
    stats: CacheStats,
}

#[derive(Clone)]
pub struct PageCache {
    inner: Arc<Inner>,
}

impl PageCache {
    /// `max_bytes` bounds the memory of cached pages (0 turns the cache off). A page is fresh
    /// for `fresh_for` (each page 0.9 to 1.1 times it); after that it is served while being
    /// rendered anew, up to `keep_stale` more, and then dropped. Staleness from changes this process sees is handled by purges;
    /// `fresh_for` bounds what it cannot see (an ad rotating with time, sidebars of related
    /// articles).
    pub fn new(max_bytes: u64, fresh_for: Duration, keep_stale: Duration) -> Self {
        let pages = moka::sync::Cache::builder()
            .max_capacity(max_bytes)
            .weigher(|k: &String, v: &Arc<CachedPage>| v.weight(k))
            .time_to_live(fresh_for + keep_stale)
            .build();
        PageCache {
            inner: Arc::new(Inner {
                pages,
                inflight: Mutex::default(),
                fresh_for,
                epoch: AtomicU64::new(0),
                recent: Mutex::default(),
                stats: CacheStats::default(),
            }),
        }
    }

    pub fn enabled(&self) -> bool {
        self.inner.pages.policy().max_capacity() != Some(0)
    }

    pub fn lookup(&self, key: &str) -> Lookup {
        let s = &self.inner.stats;
        match self.inner.pages.get(key) {
            Some(p) if p.until.is_some_and(|u| jiff::Timestamp::now() >= u) => {
                self.inner.pages.invalidate(key);
                s.misses.fetch_add(1, Ordering::Relaxed);
                Lookup::Miss
            }
            Some(p) if p.born.elapsed() < self.inner.fresh_for.mul_f64(p.spread) => {
                s.hits.fetch_add(1, Ordering::Relaxed);
                Lookup::Fresh(p)
            }
            Some(p) => {
                s.stale_hits.fetch_add(1, Ordering::Relaxed);
                Lookup::Stale(p)
            }
            None => {
                s.misses.fetch_add(1, Ordering::Relaxed);
                Lookup::Miss
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        self.inner.pages.get(key)
    }

    /// The purge count, to be handed back to [`PageCache::insert_since`].
    pub fn epoch(&self) -> u64 {
        self.inner.epoch.load(Ordering::Acquire)
    }

    /// Stores a page rendered from data read after `epoch`, unless a purge since then touched
    /// what it shows (its data may predate that change). Returns whether it was stored.
    pub fn insert_since(&self, key: String, page: Arc<CachedPage>, epoch: u64) -> bool {
        if !self.enabled() {
            return false;
        }
        if self.epoch() != epoch {
            let recent = self.inner.recent.lock().unwrap_or_else(|p| p.into_inner());
            let covered = recent.front().is_some_and(|(e, _)| *e <= epoch + 1);
            let hit = recent
                .iter()
                .any(|(e, p)| *e > epoch && p.hits(page.tags()));
            if !covered || hit {
                return false;
            }
        }
        self.inner.pages.insert(key, page);
        true
    }

    /// Drops the pages a change made stale; returns how many.
    pub fn purge(&self, purge: &Purge) -> u64 {
        if *purge == Purge::Nothing {
            return 0;
        }
        let epoch = self.inner.epoch.fetch_add(1, Ordering::AcqRel) + 1;
        {
            let mut recent = self.inner.recent.lock().unwrap_or_else(|p| p.into_inner());
            recent.push_back((epoch, purge.clone()));
            while recent.len() > RECENT_PURGES {
                recent.pop_front();
            }
        }
        let mut n = 0;
        if *purge == Purge::All {
            self.inner.pages.run_pending_tasks();
            n = self.inner.pages.entry_count();
            self.inner.pages.invalidate_all();
        } else {
            for (k, v) in self.inner.pages.iter() {
                if purge.hits(v.tags()) {
                    self.inner.pages.invalidate(k.as_str());
                    n += 1;
                }
            }
        }
        self.inner.stats.purged.fetch_add(n, Ordering::Relaxed);
        n
    }

    pub fn clear(&self) {
        self.purge(&Purge::All);
    }

    /// Renders `key` once however many ask at the same time: the first caller runs `render`,
    /// the others wait for its page. `None` when the response was not a cacheable page. The
    /// boolean tells whether this caller was the one that rendered.
    pub async fn render_once<F, Fut>(&self, key: &str, render: F) -> (Option<Arc<CachedPage>>, bool)
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Option<Arc<CachedPage>>>,
    {
        let flight = {
            let mut map = self
                .inner
                .inflight
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            map.entry(key.to_owned()).or_default().clone()
        };
        let mut led = false;
        let page = flight
            .get_or_init(|| {
                led = true;
                self.inner.stats.renders.fetch_add(1, Ordering::Relaxed);
                render()
            })
            .await
            .clone();
        let mut map = self
            .inner
            .inflight
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if map.get(key).is_some_and(|f| Arc::ptr_eq(f, &flight)) {
            map.remove(key);
        }
        (page, led)
    }

    /// Whether a render of `key` is under way.
    pub fn rendering(&self, key: &str) -> bool {
        self.inner
            .inflight
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains_key(key)
    }

    pub fn len(&self) -> u64 {
        self.inner.pages.run_pending_tasks();
        self.inner.pages.entry_count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes held, as the cache weighs them.
    pub fn weighted_size(&self) -> u64 {
        self.inner.pages.run_pending_tasks();
        self.inner.pages.weighted_size()
    }

    pub fn stats(&self) -> &CacheStats {
        &self.inner.stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{StatusCode, header};
    use masthead_core::Lang;
    use std::collections::HashSet;

    fn page(tags: Vec<CacheTag>) -> Arc<CachedPage> {
        Arc::new(CachedPage::new(
            b"<p>hello</p>",
            HeaderValue::from_static("text/html"),
            tags,
        ))
    }

    #[test]
    fn etag_and_304() {
        let p = page(vec![]);
        let r = p.respond(&HeaderMap::new(), false);
        assert_eq!(r.status(), StatusCode::OK);
        let etag = r.headers()[header::ETAG].clone();
        let mut h = HeaderMap::new();
        h.insert(header::IF_NONE_MATCH, etag);
        assert_eq!(p.respond(&h, false).status(), StatusCode::NOT_MODIFIED);
        assert_eq!(&p.identity()[..], b"<p>hello</p>");
    }

    #[test]
    fn purges_take_only_pages_they_touch() {
        let c = PageCache::new(1 << 20, Duration::from_secs(60), Duration::from_secs(60));
        let e = c.epoch();
        c.insert_since("/en/".into(), page(vec![CacheTag::Home(Lang::En)]), e);
        c.insert_since("/".into(), page(vec![CacheTag::Home(Lang::Ru)]), e);
        c.insert_since("/en/post/a".into(), page(vec![CacheTag::Article(1)]), e);
        let n = c.purge(&Purge::Tags(HashSet::from([CacheTag::Home(Lang::En)])));
        assert_eq!(n, 1);
        assert!(c.get("/en/").is_none());
        assert!(c.get("/").is_some() && c.get("/en/post/a").is_some());
        assert_eq!(c.purge(&Purge::Nothing), 0);
    }

    #[test]
    fn a_render_that_raced_a_purge_is_not_kept() {
        let c = PageCache::new(1 << 20, Duration::from_secs(60), Duration::from_secs(60));
        let started = c.epoch();
        c.purge(&Purge::Tags(HashSet::from([CacheTag::Article(1)])));
        assert!(!c.insert_since("/a".into(), page(vec![CacheTag::Article(1)]), started));
        assert!(
            c.insert_since("/b".into(), page(vec![CacheTag::Article(2)]), started),
            "an unrelated purge does not stop it"
        );
        c.purge(&Purge::All);
        assert!(!c.insert_since("/c".into(), page(vec![]), started));
    }
}
