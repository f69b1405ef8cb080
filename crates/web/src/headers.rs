//! Security headers on every response.

use axum::http::{HeaderMap, HeaderValue, header};

pub const CSP: &str = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; \
    connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; \
    frame-src https://www.youtube-nocookie.com https://platform.twitter.com https://t.me \
    https://www.instagram.com https://www.facebook.com";

/// Adds the site's security headers; a response that set its own policy (the newsroom's
/// nonce-based CSP, `X-Frame-Options: DENY`) keeps it.
pub fn apply(h: &mut HeaderMap) {
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.entry(header::X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("SAMEORIGIN"));
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CSP));
}
