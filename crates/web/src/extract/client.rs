//! Who is asking: the client's address (behind a trusted proxy, the last `X-Forwarded-For`
//! hop) and whether a request comes from this site's own pages (`Origin`, `Sec-Fetch-Site`).

use crate::AppState;
use crate::app::ClientAddr;
use axum::http::HeaderMap;
use std::net::{IpAddr, Ipv4Addr};

/// A header's value as text, if it is valid visible ASCII.
pub fn header_str<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

/// Whether `origin` (`scheme://host[:port]`) names this host (the `Host` header) or the site's
/// public address (`base_url`), which is what browsers see behind a proxy that does not pass
/// the Host header on.
/// With `same_scheme`, the origin's scheme must also be the base URL's (`http://` is not the
/// origin of an `https://` site).
fn origin_is_ours(origin: &str, h: &HeaderMap, base_url: &str, same_scheme: bool) -> bool {
    let Some((scheme, authority)) = origin.split_once("://") else {
        return false;
    };
    let base = base_url.split_once("://");
    if same_scheme && !base.is_some_and(|(s, _)| s.eq_ignore_ascii_case(scheme)) {
        return false;
    }
    let ours = base.map(|(_, a)| a.trim_end_matches('/'));
    header_str(h, "host").is_some_and(|host| authority.eq_ignore_ascii_case(host))
        || ours.is_some_and(|a| authority.eq_ignore_ascii_case(a))
}

/// Whether a request comes from a page of this site, leniently (the view beacon):
/// `Sec-Fetch-Site` (when sent) is same-origin, same-site or none, and `Origin` (when sent)
/// is ours.
pub fn is_same_site(h: &HeaderMap, base_url: &str) -> bool {
    if let Some(site) = header_str(h, "sec-fetch-site")
        && !matches!(site, "same-origin" | "same-site" | "none")
    {
        return false;
    }
    header_str(h, "origin").is_none_or(|o| origin_is_ours(o, h, base_url, false))
}

/// Whether a state-changing request comes from this origin, strictly (the newsroom; OWASP
/// CSRF Prevention Cheat Sheet, "Fetch Metadata" and "Verifying Origin"): `Origin` must be
/// ours, scheme included, when sent, `Sec-Fetch-Site` must be `same-origin` when sent, and one of the two must
/// be there.
pub fn is_same_origin(h: &HeaderMap, base_url: &str) -> bool {
    let fetch_site = header_str(h, "sec-fetch-site");
    let origin = header_str(h, "origin");
    if fetch_site.is_some_and(|s| s != "same-origin") {
        return false;
    }
    if origin.is_some_and(|o| !origin_is_ours(o, h, base_url, true)) {
        return false;
    }
    fetch_site.is_some() || origin.is_some()
}

/// The client's address: the connection's peer, or behind a trusted proxy the last
/// `X-Forwarded-For` hop.
pub fn client_ip(state: &AppState, h: &HeaderMap, peer: Option<ClientAddr>) -> IpAddr {
    if state.trust_forwarded
        && let Some(ip) = header_str(h, "x-forwarded-for")
            .and_then(|v| v.rsplit(',').next())
            .and_then(|s| s.trim().parse().ok())
    {
        return ip;
    }
    peer.and_then(|ClientAddr(a)| a)
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn same_origin_is_strict() {
        let base = "https://news.example";
        assert!(is_same_origin(
            &headers(&[("host", "news.example"), ("origin", "https://news.example")]),
            base
        ));
        assert!(is_same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            base
        ));
        assert!(
            !is_same_origin(&headers(&[("host", "news.example")]), base),
            "neither header"
        );
        assert!(!is_same_origin(
            &headers(&[("origin", "https://evil.example"), ("host", "news.example")]),
            base
        ));
        assert!(!is_same_origin(
            &headers(&[("sec-fetch-site", "same-site")]),
            base
        ));
        assert!(!is_same_origin(&headers(&[("origin", "null")]), base));
        assert!(
            !is_same_origin(
                &headers(&[("host", "news.example"), ("origin", "http://news.example")]),
                base
            ),
            "http is not the origin of an https site"
        );
    }
}
