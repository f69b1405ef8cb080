//! The newsroom's cookies (SPEC N1; ASVS V3.3): the session cookie and, for forms shown
//! before sign-in, a CSRF cookie whose value the form repeats (double submit). Both are
//! HttpOnly, SameSite=Strict, `Path=/`, with no `Domain`. On an https site they carry the
//! `__Host-` prefix and `Secure` (RFC 6265bis §4.1.3.2); a plain-http site (a laptop, a test)
//! uses the same names without the prefix, because browsers drop `__Host-` cookies that are not
//! `Secure`.

use axum::http::{HeaderMap, HeaderValue, header};
use cookie::{Cookie, SameSite};
use masthead_service::staff::SESSION_ABSOLUTE_SECS;

/// The session cookie's name on an https site.
pub const SESSION_COOKIE_SECURE: &str = "__Host-masthead_session";
/// The session cookie's name on a plain-http site.
pub const SESSION_COOKIE_PLAIN: &str = "masthead_session";
const CSRF_COOKIE_SECURE: &str = "__Host-masthead_csrf";
const CSRF_COOKIE_PLAIN: &str = "masthead_csrf";
const PARKED_COOKIE_SECURE: &str = "__Host-masthead_parked";
const PARKED_COOKIE_PLAIN: &str = "masthead_parked";
/// How long a form sent after its session ended is kept for the person to sign in again, in
/// seconds.
pub const PARKED_SECS: i64 = 24 * 3600;

/// The cookie names of one site: https or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cookies {
    secure: bool,
}

impl Cookies {
    /// The cookies of a site served at `base_url`.
    pub fn for_base_url(base_url: &str) -> Self {
        Cookies {
            secure: base_url.starts_with("https://"),
        }
    }

    pub fn session_name(self) -> &'static str {
        if self.secure {
            SESSION_COOKIE_SECURE
        } else {
            SESSION_COOKIE_PLAIN
        }
    }

    fn csrf_name(self) -> &'static str {
        if self.secure {
            CSRF_COOKIE_SECURE
        } else {
            CSRF_COOKIE_PLAIN
        }
    }

    fn parked_name(self) -> &'static str {
        if self.secure {
            PARKED_COOKIE_SECURE
        } else {
            PARKED_COOKIE_PLAIN
        }
    }

    /// The key of a form kept while its author signs in again, if the request carries one.
    pub fn parked(self, h: &HeaderMap) -> Option<String> {
        read(h, self.parked_name())
    }

    /// `Set-Cookie` naming a kept form ([`PARKED_SECS`]).
    pub fn set_parked(self, key: String) -> HeaderValue {
        self.build(self.parked_name(), key, PARKED_SECS)
    }

    /// `Set-Cookie` that removes the kept-form cookie.
    pub fn clear_parked(self) -> HeaderValue {
        self.build(self.parked_name(), String::new(), 0)
    }

    /// The request's session token, if it carries one.
    pub fn session(self, h: &HeaderMap) -> Option<String> {
        read(h, self.session_name())
    }

    /// The request's pre-sign-in CSRF token, if it carries one.
    pub fn csrf(self, h: &HeaderMap) -> Option<String> {
        read(h, self.csrf_name())
    }

    fn build(self, name: &'static str, value: String, max_age: i64) -> HeaderValue {
        let c = Cookie::build((name, value))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(self.secure)
            .max_age(cookie::time::Duration::seconds(max_age))
            .build();
        HeaderValue::from_str(&c.encoded().to_string())
            .unwrap_or(HeaderValue::from_static("masthead_invalid=1; Max-Age=0"))
    }

    /// `Set-Cookie` for a new session (lives as long as the session may).
    pub fn set_session(self, token: String) -> HeaderValue {
        self.build(self.session_name(), token, SESSION_ABSOLUTE_SECS)
    }

    /// `Set-Cookie` that removes the session cookie.
    pub fn clear_session(self) -> HeaderValue {
        self.build(self.session_name(), String::new(), 0)
    }

    /// `Set-Cookie` for the pre-sign-in CSRF token (one day).
    pub fn set_csrf(self, token: String) -> HeaderValue {
        self.build(self.csrf_name(), token, 24 * 3600)
    }
}

fn read(h: &HeaderMap, name: &str) -> Option<String> {
    h.get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse_encoded)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 100)
}

/// Whether a request carries a session cookie of either form (B4: such requests are never
/// answered from or stored in the page cache).
pub fn has_session_cookie(h: &HeaderMap) -> bool {
    h.get_all(header::COOKIE).iter().any(|v| {
        v.to_str().map_or(true, |s| {
            Cookie::split_parse_encoded(s)
                .filter_map(Result::ok)
                .any(|c| c.name() == SESSION_COOKIE_SECURE || c.name() == SESSION_COOKIE_PLAIN)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_host_only_http_only_strict() {
        let https = Cookies::for_base_url("https://news.example");
        let v = https.set_session("tok".into());
        let s = v.to_str().unwrap_or_default();
        assert!(s.starts_with("__Host-masthead_session=tok"), "{s}");
        for attr in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
            assert!(s.contains(attr), "{attr} in {s}");
        }
        assert!(!s.contains("Domain"), "{s}");
        let plain = Cookies::for_base_url("http://127.0.0.1:8080");
        let s = plain.set_session("tok".into());
        let s = s.to_str().unwrap_or_default();
        assert!(
            s.starts_with("masthead_session=tok") && !s.contains("Secure"),
            "{s}"
        );
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; masthead_session=xyz"),
        );
        assert_eq!(plain.session(&h).as_deref(), Some("xyz"));
        assert!(has_session_cookie(&h));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("my_masthead_session_pref=1"),
        );
        assert!(
            !has_session_cookie(&h),
            "only the session cookie's own name counts"
        );
    }
}
