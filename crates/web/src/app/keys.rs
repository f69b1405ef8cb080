//! The address of a request as the cache and the canonical-address rule see it (SPEC R12): its
//! one canonical form, and the key it is cached under.

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, Uri};
use masthead_core::RouteKind;

/// Paths that are not reader pages and keep their case and slashes.
fn is_reader_path(path: &str) -> bool {
    !(path.starts_with("/static/")
        || path.starts_with("/api/")
        || path == "/admin"
        || path.starts_with("/admin/")
        || path == "/healthz"
        || path == "/metrics"
        || path == "/robots.txt")
}

/// Whether a path is an edition's root without its slash, any case (`/en`, `/EN`).
fn is_edition_root(p: &str) -> bool {
    p.len() == 3 && p.starts_with('/') && p[1..].bytes().all(|b| b.is_ascii_alphabetic())
}

/// The canonical form of a reader address, when the request's is not it: percent-escapes of
/// plain ASCII decoded, lowercase, no trailing slash except on an edition's home (`/en/`), in
/// one hop, the query string kept (SPEC R12).
pub(super) fn canonical_redirect(uri: &Uri) -> Option<String> {
    let path = uri.path();
    if !is_reader_path(path) || path == "/" {
        return None;
    }
    // A slug is plain ASCII: an escaped ASCII character (`%2D`) is the same address written
    // another way; an escape of anything else names no page, and is left to answer 404.
    let decoded: String;
    let path_plain = if path.contains('%') {
        decoded = percent_encoding::percent_decode_str(path)
            .decode_utf8()
            .ok()
            .filter(|d| d.is_ascii() && !d.contains(['?', '#', '%']))?
            .into_owned();
        decoded.as_str()
    } else {
        path
    };
    let upper = path_plain.bytes().any(|b| b.is_ascii_uppercase());
    if path_plain == path && !upper && !path.ends_with('/') && !is_edition_root(path) {
        return None;
    }
    let mut canon = path_plain.to_ascii_lowercase();
    while canon.len() > 1 && canon.ends_with('/') {
        canon.pop();
    }
    if is_edition_root(&canon) {
        canon.push('/');
    }
    // Only an address of a reader page is redirected; anything else stays a 404.
    if canon == path || canon.contains("//") || RouteKind::of_path(&canon).is_none() {
        return None;
    }
    Some(match uri.query() {
        Some(q) => format!("{canon}?{}", ascii_query(q)),
        None => canon,
    })
}

/// A query string safe for a `Location` header: bytes outside printable ASCII escaped.
fn ascii_query(q: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS.add(b' ').add(b'"');
    percent_encoding::utf8_percent_encode(q, KEEP).to_string()
}

/// Whether a request carries a session (B4: such requests are never cached), by the session
/// module's cookie names.
pub(super) fn has_session(headers: &HeaderMap) -> bool {
    crate::session::has_session_cookie(headers)
}

/// The cache key of an anonymous GET/HEAD of a reader page: its path and, in a fixed order,
/// the query parameters its route reads (first value of each, empty ones left out).
pub(super) fn cache_key(req: &Request<Body>) -> Option<String> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return None;
    }
    if has_session(req.headers()) {
        return None;
    }
    let path = req.uri().path();
    let kind = RouteKind::of_path(path)?;
    // A search is never a cached page (each is rate-limited, counted and asks the index as it
    // is now); the search form without a query is.
    if kind == RouteKind::Search && has_query(req) {
        return None;
    }
    let wanted = kind.spec().query;
    let mut key = path.to_owned();
    if let Some(q) = req.uri().query() {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(q.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut sep = '?';
        for name in wanted {
            if let Some((_, v)) = pairs.iter().find(|(k, v)| k == name && !v.is_empty()) {
                key.push(sep);
                key.push_str(name);
                key.push('=');
                key.push_str(&masthead_core::urls::encode_query_value(v));
                sep = '&';
            }
        }
    }
    Some(key)
}

/// Whether a search page request carries a non-empty `q`.
pub(super) fn has_query(req: &Request<Body>) -> bool {
    req.uri().query().is_some_and(|q| {
        form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "q" && !v.trim().is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderValue, header};

    fn req(uri: &str) -> Request<Body> {
        Request::get(uri).body(Body::empty()).unwrap_or_default()
    }

    #[test]
    fn keys_keep_only_the_routes_parameters() {
        let k = |u: &str| cache_key(&req(u));
        assert_eq!(
            k("/en/post/x?utm_source=1&fbclid=2").as_deref(),
            Some("/en/post/x")
        );
        assert_eq!(
            k("/en/category/sport?x=1&page=2&page=3").as_deref(),
            Some("/en/category/sport?page=2")
        );
        assert_eq!(
            k("/search?page=2&junk=1&q=a%20b").as_deref(),
            None,
            "fixed order"
        );
        assert_eq!(k("/search?q=").as_deref(), Some("/search"));
        assert_eq!(k("/static/site.css"), None);
        assert_eq!(k("/api/v1/articles/1/views"), None);
        let mut with_session = req("/en/");
        with_session.headers_mut().insert(
            header::COOKIE,
            HeaderValue::from_static("masthead_session=x"),
        );
        assert_eq!(cache_key(&with_session), None);
    }

    #[test]
    fn reader_addresses_have_one_canonical_form() {
        let c = |u: &str| canonical_redirect(&u.parse::<Uri>().unwrap_or_default());
        assert_eq!(
            c("/en/post/Some-Slug").as_deref(),
            Some("/en/post/some-slug")
        );
        assert_eq!(c("/EN/").as_deref(), Some("/en/"));
        assert_eq!(c("/en/post/x/").as_deref(), Some("/en/post/x"));
        assert_eq!(
            c("/Post/A?utm=Q").as_deref(),
            Some("/post/a?utm=Q"),
            "query kept"
        );
        assert_eq!(c("/en/"), None);
        assert_eq!(c("/"), None);
        // An edition's root, in one hop, its query kept and made safe.
        assert_eq!(c("/en?x=1").as_deref(), Some("/en/?x=1"));
        assert_eq!(c("/EN?x=1&y=2").as_deref(), Some("/en/?x=1&y=2"));
        assert_eq!(c("/en//").as_deref(), Some("/en/"));
        assert_eq!(c("/EN?q=%D0%91").as_deref(), Some("/en/?q=%D0%91"));
        // An escaped hyphen is the same slug; an escape of anything else is no address.
        assert_eq!(c("/post/a%2Db").as_deref(), Some("/post/a-b"));
        assert_eq!(c("/en/post/%FF"), None);
        assert_eq!(c("/en/post/%D0%91"), None);
        assert_eq!(c("/en/post/x"), None);
        assert_eq!(c("/static/Site.css"), None, "assets keep their case");
        assert_eq!(c("/category/sport//").as_deref(), Some("/category/sport"));
    }
}
