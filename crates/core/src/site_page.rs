//! Static pages (About, Contacts, Advertising, Privacy) at `{e}/page/{slug}`, and the
//! redirects table: old addresses (an earlier site's permalinks, `?p=ID`, attachment URLs, or
//! any path an editor enters) answered with 301 to their new address.

use crate::{CoreError, Lang};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Longest page title, in characters.
pub const MAX_PAGE_TITLE: usize = 200;
/// Largest page body, in bytes of Markdown.
pub const MAX_PAGE_BODY: usize = 512 * 1024;
/// Longest redirect path or target, in bytes.
pub const MAX_REDIRECT_LEN: usize = 2000;
/// Most redirects one chain may follow before it counts as a loop.
pub const MAX_REDIRECT_HOPS: usize = 8;

/// A static page as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaticPage {
    pub id: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    pub body_md: String,
    /// Sanitized HTML of `body_md`.
    pub body_html: String,
    /// Pages with the same key are one page's translations.
    pub translation_key: Option<String>,
    /// Linked from the edition's footer.
    pub in_footer: bool,
    /// Order in the footer, smallest first.
    pub position: i64,
    /// Source of an imported page (`wp:17`, `ghost:…`); `None` for one written here.
    pub source_key: Option<String>,
    pub updated_at: Timestamp,
}

/// A static page to write (new or a new version of one).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NewStaticPage {
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub translation_key: Option<String>,
    pub in_footer: bool,
    pub position: i64,
    pub source_key: Option<String>,
}

impl NewStaticPage {
    /// Checks the slug (as an article's), the title (1–200 characters) and the body's size.
    ///
    /// # Errors
    /// `Invalid` naming the field (`slug`, `title`, `body`).
    pub fn validate(&self) -> Result<(), CoreError> {
        if crate::slug::validate(&self.slug).is_err() {
            return Err(CoreError::Invalid {
                field: "slug",
                key: "invalid-slug",
            });
        }
        let n = self.title.trim().chars().count();
        if n == 0 || n > MAX_PAGE_TITLE || self.title.chars().any(char::is_control) {
            return Err(CoreError::Invalid {
                field: "title",
                key: "invalid-title",
            });
        }
        if self.body_md.len() > MAX_PAGE_BODY {
            return Err(CoreError::Invalid {
                field: "body",
                key: "invalid-body",
            });
        }
        Ok(())
    }
}

/// An old address and where it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Redirect {
    pub id: i64,
    /// The old path, with its query when it had one (`/?p=17`), as [`redirect_path`] writes it.
    pub from_path: String,
    /// The new address: a path of this site (`/en/post/harbour`).
    pub to_path: String,
    /// Source of an imported redirect (`wp:17`); `None` for one entered in the newsroom.
    pub source_key: Option<String>,
    pub created_at: Timestamp,
}

/// A redirect to save.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewRedirect {
    pub from_path: String,
    pub to_path: String,
    pub source_key: Option<String>,
}

/// Why a redirect is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedirectError {
    /// The old address is not a path of this site (`/…`).
    #[error("the old address must be a path of this site, starting with /")]
    From,
    /// The new address is on another host or is not a URL.
    #[error("the new address must be on this site")]
    OtherHost,
    /// Following it comes back to where it started, or goes on too long.
    #[error("the redirect would loop")]
    Loop,
    /// An old address already redirects elsewhere.
    #[error("that old address already redirects")]
    Taken,
}

impl RedirectError {
    /// The catalog key of the message.
    pub fn key(&self) -> &'static str {
        match self {
            RedirectError::From => "redirect-bad-from",
            RedirectError::OtherHost => "redirect-other-host",
            RedirectError::Loop => "redirect-loop",
            RedirectError::Taken => "redirect-taken",
        }
    }
}

/// The canonical form of an old address as stored and looked up: a path starting with one
/// `/`, its percent-escapes decoded when they spell UTF-8 text (`/%d0%bc%d0%be%d1%81%d1%82`
/// and `/%D0%BC%D0%BE%D1%81%D1%82` are both `/мост`: WordPress writes lower-case escapes,
/// browsers send upper-case ones), a trailing `/` removed (except for `/` itself), and the
/// query (if any) as it was.
/// `https://old.example/2024/05/x/?utm=1` → `None` (a full URL is not an old path: use
/// [`local_path`] first). Fragments are dropped.
///
/// # Errors
/// `From` for an empty value, one not starting with `/`, starting with `//`, or too long.
pub fn redirect_path(raw: &str) -> Result<String, RedirectError> {
    let raw = raw.trim();
    let raw = raw.split('#').next().unwrap_or("");
    if !raw.starts_with('/')
        || raw.starts_with("//")
        || raw.len() > MAX_REDIRECT_LEN
        || raw.chars().any(|c| c.is_control() || c == ' ' || c == '\\')
    {
        return Err(RedirectError::From);
    }
    let (path, query) = match raw.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (raw, None),
    };
    let mut path = percent_decoded(path);
    while path.len() > 1 && path.ends_with('/') {
        path.pop();
    }
    Ok(match query.filter(|q| !q.is_empty()) {
        Some(q) => format!("{path}?{q}"),
        None => path,
    })
}

/// `s` with its `%XX` escapes decoded, when the result is UTF-8 text without control
/// characters; otherwise `s` as it is.
fn percent_decoded(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    match String::from_utf8(out) {
        Ok(t) if !t.chars().any(|c| c.is_control()) => t,
        _ => s.to_owned(),
    }
}

/// The path of a redirect's target on this site: a path (`/en/post/x`) as it is, or an
/// absolute `http(s)` URL whose host is `host` reduced to its path and query.
///
/// # Errors
/// `OtherHost` for any other host, a scheme other than http(s), a `//host` path, or junk.
pub fn local_path(raw: &str, host: &str) -> Result<String, RedirectError> {
    let raw = raw.trim();
    if raw.starts_with('/') && !raw.starts_with("//") {
        if raw.len() > MAX_REDIRECT_LEN || raw.chars().any(|c| c.is_control() || c == '\\') {
            return Err(RedirectError::OtherHost);
        }
        return Ok(raw.to_owned());
    }
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .ok_or(RedirectError::OtherHost)?;
    let (authority, path) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let wanted = host.trim().to_ascii_lowercase();
    if authority.contains('@') || authority.to_ascii_lowercase() != wanted || wanted.is_empty() {
        return Err(RedirectError::OtherHost);
    }
    let path = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    };
    local_path(&path, host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_paths_are_normalised() {
        assert_eq!(redirect_path("/2024/05/x/").as_deref(), Ok("/2024/05/x"));
        assert_eq!(redirect_path("/?p=17").as_deref(), Ok("/?p=17"));
        assert_eq!(redirect_path("/").as_deref(), Ok("/"));
        assert_eq!(redirect_path("/a/#top").as_deref(), Ok("/a"));
        assert_eq!(
            redirect_path("/%d0%bc%d0%be%d1%81%d1%82/").as_deref(),
            Ok("/мост")
        );
        assert_eq!(
            redirect_path("/%D0%BC%D0%BE%D1%81%D1%82").as_deref(),
            Ok("/мост")
        );
        assert_eq!(redirect_path("/100%25-sure").as_deref(), Ok("/100%-sure"));
        assert_eq!(redirect_path("/bad%ff%fe").as_deref(), Ok("/bad%ff%fe"));
        assert_eq!(redirect_path("/nul%00").as_deref(), Ok("/nul%00"));
        for bad in ["", "x", "//evil.example/a", "https://a/b", "/a b", "/a\\b"] {
            assert_eq!(redirect_path(bad), Err(RedirectError::From), "{bad}");
        }
    }

    #[test]
    fn targets_stay_on_this_host() {
        assert_eq!(
            local_path("/en/post/x", "news.example").as_deref(),
            Ok("/en/post/x")
        );
        assert_eq!(
            local_path("https://News.Example/en/post/x?a=1", "news.example").as_deref(),
            Ok("/en/post/x?a=1")
        );
        assert_eq!(
            local_path("https://news.example", "news.example").as_deref(),
            Ok("/")
        );
        for bad in [
            "https://evil.example/x",
            "//evil.example/x",
            "javascript:alert(1)",
            "https://news.example@evil.example/",
            "ftp://news.example/x",
            "x",
        ] {
            assert_eq!(
                local_path(bad, "news.example"),
                Err(RedirectError::OtherHost),
                "{bad}"
            );
        }
    }
}
