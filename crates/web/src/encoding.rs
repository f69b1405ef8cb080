//! Content negotiation for bodies kept in several encodings (pages, static assets): which
//! encoding a client gets, its validator and `304 Not Modified`. Each encoding of a body has
//! its own entity tag (`"abc"`, `"abc-gzip"`, `"abc-br"`), as RFC 9110 §8.8.3 requires of
//! strong validators: a cache must never hand a gzip body to a client that asked by the
//! identity body's tag.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use bytes::Bytes;

/// Which encoding the client accepts, best first: brotli, gzip, none.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    fn token(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }
}

/// The best encoding `Accept-Encoding` allows (RFC 9110 §12.5.3; `q=0` refuses one).
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
                && !it.any(|p| {
                    let p = p.trim();
                    p.strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                })
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

/// The entity tag of `base` (`"abc"` or `W/"abc"`) for an encoding: `"abc-gzip"`.
pub fn etag_for(base: &HeaderValue, enc: Encoding) -> HeaderValue {
    let Some(token) = enc.token() else {
        return base.clone();
    };
    let s = base.to_str().unwrap_or("\"0\"");
    let (weak, quoted) = match s.strip_prefix("W/") {
        Some(rest) => ("W/", rest),
        None => ("", s),
    };
    let inner = quoted.trim_matches('"');
    HeaderValue::try_from(format!("{weak}\"{inner}-{token}\"")).unwrap_or_else(|_| base.clone())
}

/// Whether `If-None-Match` names `etag` (weak comparison, RFC 9110 §13.1.2).
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

/// The validators of a body's encodings, made once: identity, gzip, brotli.
pub struct Etags;

impl Etags {
    /// `[base, base-gzip, base-br]` for the identity validator `base`.
    pub fn of(base: &HeaderValue) -> [HeaderValue; 3] {
        [
            base.clone(),
            etag_for(base, Encoding::Gzip),
            etag_for(base, Encoding::Brotli),
        ]
    }
}

fn index(enc: Encoding) -> usize {
    match enc {
        Encoding::Identity => 0,
        Encoding::Gzip => 1,
        Encoding::Brotli => 2,
    }
}

/// How a representation is described to caches.
pub struct Meta<'a> {
    /// The validator of each encoding ([`Etags::of`]).
    pub etags: &'a [HeaderValue; 3],
    pub content_type: &'a HeaderValue,
    pub cache_control: &'static str,
}

/// A response for a body kept in several encodings: `body(enc)` gives the body in an encoding,
/// or `None` when it has none (then the identity body is sent). `304` when the client has it.
pub fn respond_with(
    headers: &HeaderMap,
    head_only: bool,
    body: impl Fn(Encoding) -> Option<Bytes>,
    meta: Meta<'_>,
) -> Response<Body> {
    let wanted = negotiate_encoding(headers);
    let (enc, bytes) = match body(wanted) {
        Some(b) => (wanted, Some(b)),
        None => (Encoding::Identity, None),
    };
    let etag = meta.etags[index(enc)].clone();
    let mut resp = Response::new(Body::empty());
    let h = resp.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(meta.cache_control),
    );
    h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if etag_matches(headers, &etag) {
        h.insert(header::ETAG, etag);
        *resp.status_mut() = StatusCode::NOT_MODIFIED;
        return resp;
    }
    h.insert(header::ETAG, etag);
    let Some(bytes) = bytes.or_else(|| body(Encoding::Identity)) else {
        *resp.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        return resp;
    };
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, meta.content_type.clone());
    if let Some(token) = enc.token() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
    }
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    if !head_only {
        *resp.body_mut() = Body::from(bytes);
    }
    resp
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
        let n = |v| negotiate_encoding(&hdrs(&[("accept-encoding", v)]));
        assert_eq!(n("gzip, deflate, br"), Encoding::Brotli);
        assert_eq!(n("gzip"), Encoding::Gzip);
        assert_eq!(n("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(n("br;q=0.0, gzip;q=0"), Encoding::Identity);
        assert_eq!(negotiate_encoding(&hdrs(&[])), Encoding::Identity);
    }

    #[test]
    fn each_encoding_has_its_own_tag() {
        let strong = HeaderValue::from_static("\"abc\"");
        assert_eq!(etag_for(&strong, Encoding::Identity), "\"abc\"");
        assert_eq!(etag_for(&strong, Encoding::Gzip), "\"abc-gzip\"");
        assert_eq!(etag_for(&strong, Encoding::Brotli), "\"abc-br\"");
        let weak = HeaderValue::from_static("W/\"abc\"");
        assert_eq!(etag_for(&weak, Encoding::Gzip), "W/\"abc-gzip\"");
    }
}
