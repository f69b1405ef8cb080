//! The page cache (B4: anonymous GET only): rendered pages kept in memory by URL, served with
//! ETag/304, gzip or brotli (each made once, on first demand), and dropped when content changes.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use bytes::Bytes;
use std::io::Write;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Marks a response as a page that may be cached (set by the page handlers).
#[derive(Clone, Copy, Debug)]
pub struct Cacheable;

pub struct CachedPage {
    pub body: Bytes,
    pub etag: HeaderValue,
    pub content_type: HeaderValue,
    gzip: OnceLock<Bytes>,
    br: OnceLock<Bytes>,
}

#[derive(Clone)]
pub struct PageCache {
    pages: moka::sync::Cache<String, Arc<CachedPage>>,
}

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

/// Which encoding the client accepts, best first: brotli, gzip, none.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

pub fn negotiate_encoding(headers: &HeaderMap) -> Encoding {
    let Some(ae) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return Encoding::Identity;
    };
    let accepts = |name: &str| {
        ae.split(',').any(|part| {
            let mut it = part.trim().split(';');
            it.next()
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(name))
                && !it.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"))
        })
    };
    if accepts("br") {
        Encoding::Brotli
    } else if accepts("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn etag_matches(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|inm| {
            let want = etag.to_str().unwrap_or("");
            let bare = want.trim_start_matches("W/");
            inm.trim() == "*"
                || inm
                    .split(',')
                    .any(|t| t.trim().trim_start_matches("W/") == bare)
        })
}

/// How a representation is described to caches.
pub struct Meta<'a> {
    pub etag: &'a HeaderValue,
    pub content_type: &'a HeaderValue,
    pub cache_control: &'static str,
}

/// A response for a body that may be compressed, with its validators; 304 when the client has it.
pub fn respond_with(
    headers: &HeaderMap,
    head_only: bool,
    body: &Bytes,
    gz: impl FnOnce() -> Option<Bytes>,
    br: impl FnOnce() -> Option<Bytes>,
    meta: Meta<'_>,
) -> Response<Body> {
    let Meta {
        etag,
        content_type,
        cache_control,
    } = meta;
    let mut resp = Response::new(Body::empty());
    let h = resp.headers_mut();
    h.insert(header::ETAG, etag.clone());
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if etag_matches(headers, etag) {
        *resp.status_mut() = StatusCode::NOT_MODIFIED;
        return resp;
    }
    h.insert(header::CONTENT_TYPE, content_type.clone());
    let (bytes, encoding) = match negotiate_encoding(headers) {
        Encoding::Brotli => match br() {
            Some(b) => (b, Some("br")),
            None => (body.clone(), None),
        },
        Encoding::Gzip => match gz() {
            Some(b) => (b, Some("gzip")),
            None => (body.clone(), None),
        },
        Encoding::Identity => (body.clone(), None),
    };
    if let Some(enc) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    if !head_only {
        *resp.body_mut() = Body::from(bytes);
    }
    resp
}

pub const PAGE_CACHE_CONTROL: &str = "public, max-age=60, stale-while-revalidate=30";

impl CachedPage {
    pub fn new(body: Bytes, content_type: HeaderValue) -> Self {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        body.hash(&mut h);
        let etag = HeaderValue::try_from(format!("W/\"{:016x}\"", h.finish()))
            .unwrap_or(HeaderValue::from_static("W/\"0\""));
        CachedPage {
            body,
            etag,
            content_type,
            gzip: OnceLock::new(),
            br: OnceLock::new(),
        }
    }

    pub fn respond(&self, headers: &HeaderMap, head_only: bool) -> Response<Body> {
        respond_with(
            headers,
            head_only,
            &self.body,
            || Some(self.gzip.get_or_init(|| gzip(&self.body)).clone()),
            || Some(self.br.get_or_init(|| brotli(&self.body, 5)).clone()),
            Meta {
                etag: &self.etag,
                content_type: &self.content_type,
                cache_control: PAGE_CACHE_CONTROL,
            },
        )
    }
}

impl PageCache {
    /// `max_bytes` bounds the memory of cached pages; `ttl` bounds how stale a page can get
    /// from changes this process does not see (time passing, another process's writes).
    pub fn new(max_bytes: u64, ttl: Duration) -> Self {
        let pages = moka::sync::Cache::builder()
            .max_capacity(max_bytes)
            .weigher(|k: &String, v: &Arc<CachedPage>| {
                u32::try_from(k.len() + v.body.len() * 2).unwrap_or(u32::MAX)
            })
            .time_to_live(ttl)
            .build();
        PageCache { pages }
    }

    pub fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        self.pages.get(key)
    }

    pub fn insert(&self, key: String, page: Arc<CachedPage>) {
        self.pages.insert(key, page);
    }

    pub fn clear(&self) {
        self.pages.invalidate_all();
    }

    pub fn len(&self) -> u64 {
        self.pages.run_pending_tasks();
        self.pages.entry_count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hdrs(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn negotiates() {
        assert_eq!(
            negotiate_encoding(&hdrs(&[("accept-encoding", "gzip, deflate, br")])),
            Encoding::Brotli
        );
        assert_eq!(
            negotiate_encoding(&hdrs(&[("accept-encoding", "gzip")])),
            Encoding::Gzip
        );
        assert_eq!(
            negotiate_encoding(&hdrs(&[("accept-encoding", "br;q=0, gzip")])),
            Encoding::Gzip
        );
        assert_eq!(negotiate_encoding(&hdrs(&[])), Encoding::Identity);
    }

    #[test]
    fn etag_and_304() {
        let p = CachedPage::new(
            Bytes::from_static(b"<p>hello</p>"),
            HeaderValue::from_static("text/html"),
        );
        let r = p.respond(&hdrs(&[]), false);
        assert_eq!(r.status(), StatusCode::OK);
        let etag = r.headers()[header::ETAG].clone();
        let mut h = HeaderMap::new();
        h.insert(header::IF_NONE_MATCH, etag);
        assert_eq!(p.respond(&h, false).status(), StatusCode::NOT_MODIFIED);
    }
}
