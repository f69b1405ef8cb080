//! Embeds by pasting a URL (SPEC N3). A top-level paragraph that holds nothing but one URL of
//! a known provider becomes a click-to-load card: a `<figure data-embed data-embed-id>` around
//! a plain link to the original. No frame, image or script of the provider is in the HTML; the
//! reader-site script (`crates/web/assets/site.js`, section "Embeds") builds the frame's address
//! from the provider and the id with the same strict patterns as [`embed_of`] when the reader
//! clicks, so no third-party request happens before that.
//!
//! URLs are parsed strictly: `https` only, the exact hosts below, the exact path shapes, ids of
//! the exact alphabet and length. A query string and a fragment are allowed (sharing adds
//! `?si=…`, `?s=20`, `?igsh=…`) and ignored, except the `v` of a watch URL, which is the id.
//! Anything else is not an embed and stays an ordinary link.

use std::fmt::Write as _;

/// A provider of embeds. [`Provider::key`] is the card's `data-embed` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provider {
    /// Id: the 11-character video id.
    YouTube,
    /// X (Twitter). Id: the post's number.
    X,
    /// Id: `channel/number`.
    Telegram,
    /// Posts and reels. Id: the shortcode.
    Instagram,
    /// Posts. Id: `page/post-id`.
    Facebook,
    /// Videos. Id: `page/video-number`, or `video-number` for a `watch/?v=` URL.
    FacebookVideo,
}

impl Provider {
    /// Every provider.
    pub const ALL: [Provider; 6] = [
        Provider::YouTube,
        Provider::X,
        Provider::Telegram,
        Provider::Instagram,
        Provider::Facebook,
        Provider::FacebookVideo,
    ];

    /// The card's `data-embed` value; `embed-{key}` is its class.
    pub fn key(self) -> &'static str {
        match self {
            Provider::YouTube => "youtube",
            Provider::X => "x",
            Provider::Telegram => "telegram",
            Provider::Instagram => "instagram",
            Provider::Facebook => "facebook",
            Provider::FacebookVideo => "facebook-video",
        }
    }

    /// The provider's name as readers know it (a brand: the same in every edition).
    pub fn name(self) -> &'static str {
        match self {
            Provider::YouTube => "YouTube",
            Provider::X => "X",
            Provider::Telegram => "Telegram",
            Provider::Instagram => "Instagram",
            Provider::Facebook | Provider::FacebookVideo => "Facebook",
        }
    }

    /// A video (shown 16:9) rather than a post (shown taller).
    pub fn is_video(self) -> bool {
        matches!(self, Provider::YouTube | Provider::FacebookVideo)
    }

    /// The provider whose [`Provider::key`] this is.
    pub fn from_key(key: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// One embeddable item: a provider and the id the frame's address is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub provider: Provider,
    pub id: String,
}

impl Embed {
    /// The frame address the reader-site script loads on click (built from the provider and
    /// the id only; the same mapping as `site.js`). Hosts: exactly those of the site's CSP
    /// `frame-src`.
    pub fn frame_src(&self) -> String {
        let id = &self.id;
        match self.provider {
            Provider::YouTube => format!("https://www.youtube-nocookie.com/embed/{id}"),
            Provider::X => format!("https://platform.twitter.com/embed/Tweet.html?id={id}"),
            Provider::Telegram => format!("https://t.me/{id}?embed=1"),
            Provider::Instagram => format!("https://www.instagram.com/p/{id}/embed"),
            Provider::Facebook => format!(
                "https://www.facebook.com/plugins/post.php?href={}",
                encode_component(&self.canonical_url())
            ),
            Provider::FacebookVideo => format!(
                "https://www.facebook.com/plugins/video.php?href={}",
                encode_component(&self.canonical_url())
            ),
        }
    }

    /// The item's address on the provider's site in its canonical form (no query, no
    /// tracking parameters, the main host).
    pub fn canonical_url(&self) -> String {
        let id = &self.id;
        match self.provider {
            Provider::YouTube => format!("https://www.youtube.com/watch?v={id}"),
            Provider::X => format!("https://x.com/i/status/{id}"),
            Provider::Telegram => format!("https://t.me/{id}"),
            Provider::Instagram => format!("https://www.instagram.com/p/{id}/"),
            Provider::Facebook => match id.split_once('/') {
                Some((page, post)) => format!("https://www.facebook.com/{page}/posts/{post}"),
                None => format!("https://www.facebook.com/{id}"),
            },
            Provider::FacebookVideo => match id.split_once('/') {
                Some((page, video)) => format!("https://www.facebook.com/{page}/videos/{video}"),
                None => format!("https://www.facebook.com/watch/?v={id}"),
            },
        }
    }

    /// The card that stands for the item in an article body: `url` is the address as the
    /// author typed it (already checked by [`embed_of`]); everything is escaped.
    pub fn card_html(&self, url: &str) -> String {
        let key = self.provider.key();
        let url = crate::esc(url);
        format!(
            "<figure class=\"embed embed-{key}\" data-embed=\"{key}\" data-embed-id=\"{id}\">\
             <figcaption class=\"embed-provider\">{name}</figcaption>\
             <a class=\"embed-link\" href=\"{url}\" rel=\"noopener nofollow\">{url}</a></figure>\n",
            id = crate::esc(&self.id),
            name = self.provider.name(),
        )
    }
}

/// The embed a pasted URL stands for, if it is one of the accepted shapes (docs/markdown.md,
/// "Embeds"):
///
/// - YouTube: `https://www.youtube.com/watch?v=ID`, `https://youtu.be/ID`,
///   `https://www.youtube.com/shorts/ID` (also `youtube.com`, `m.youtube.com`);
///   ID = `[A-Za-z0-9_-]{11}`
/// - X: `https://x.com/USER/status/NUM`, `https://twitter.com/USER/status/NUM` (also with
///   `www.`, `mobile.twitter.com`)
/// - Telegram: `https://t.me/CHANNEL/NUM`
/// - Instagram: `https://www.instagram.com/p/ID/`, `…/reel/ID/` (also `instagram.com`)
/// - Facebook: `https://www.facebook.com/PAGE/posts/ID`, `…/PAGE/videos/NUM`,
///   `…/watch/?v=NUM` (also `facebook.com`, `m.facebook.com`)
pub fn embed_of(url: &str) -> Option<Embed> {
    if url.len() > 2048 || !url.bytes().all(url_byte) {
        return None;
    }
    let rest = strip_prefix_ascii_ci(url, "https://")?;
    let (rest, _fragment) = rest.split_once('#').unwrap_or((rest, ""));
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let path = path.strip_suffix('/').unwrap_or(path);
    let segs: Vec<&str> = path.split('/').collect();
    let (provider, id) = match (host.as_str(), segs.as_slice()) {
        ("www.youtube.com" | "youtube.com" | "m.youtube.com", ["watch"]) => (
            Provider::YouTube,
            the_param(query, "v").filter(|v| youtube_id(v))?,
        ),
        ("www.youtube.com" | "youtube.com" | "m.youtube.com", ["shorts", id])
        | ("youtu.be", [id])
            if youtube_id(id) =>
        {
            (Provider::YouTube, *id)
        }
        (
            "x.com" | "www.x.com" | "twitter.com" | "www.twitter.com" | "mobile.twitter.com",
            [user, "status", num],
        ) if word(user, 1, 15, b"_") && digits(num, 20) => (Provider::X, *num),
        ("t.me", [channel, num]) if telegram_channel(channel) && digits(num, 10) => {
            return Some(Embed {
                provider: Provider::Telegram,
                id: format!("{channel}/{num}"),
            });
        }
        ("www.instagram.com" | "instagram.com", ["p" | "reel", id]) if word(id, 5, 64, b"_-") => {
            (Provider::Instagram, *id)
        }
        ("www.facebook.com" | "facebook.com" | "m.facebook.com", [page, kind, id])
            if facebook_page(page) =>
        {
            let provider = match *kind {
                "posts" if word(id, 1, 80, b"") => Provider::Facebook,
                "videos" if digits(id, 20) => Provider::FacebookVideo,
                _ => return None,
            };
            return Some(Embed {
                provider,
                id: format!("{page}/{id}"),
            });
        }
        ("www.facebook.com" | "facebook.com" | "m.facebook.com", ["watch"]) => (
            Provider::FacebookVideo,
            the_param(query, "v").filter(|v| digits(v, 20))?,
        ),
        _ => return None,
    };
    Some(Embed {
        provider,
        id: id.to_owned(),
    })
}

/// Bytes a pasted URL may hold: the URL characters of RFC 3986 without the quote, so nothing
/// that could close an attribute or open a tag even before escaping.
fn url_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#@!$&()*+,;=%".contains(&b)
}

fn strip_prefix_ascii_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// The value of the one `name=value` pair of the query called `name` (none if absent or
/// repeated).
fn the_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    let mut found = None;
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if k == name {
            if found.is_some() {
                return None;
            }
            found = Some(v);
        }
    }
    found
}

/// `[A-Za-z0-9{extra}]{min,max}`.
fn word(s: &str, min: usize, max: usize, extra: &[u8]) -> bool {
    (min..=max).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
}

/// `[0-9]{1,max}`.
fn digits(s: &str, max: usize) -> bool {
    (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// `[A-Za-z0-9_-]{11}`.
fn youtube_id(s: &str) -> bool {
    s.len() == 11 && word(s, 11, 11, b"_-")
}

/// `[A-Za-z][A-Za-z0-9_]{4,31}`: a public channel's username (so not `s/`, `c/`, `joinchat/`).
fn telegram_channel(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && word(s, 5, 32, b"_")
}

/// `[A-Za-z0-9.]{1,50}`, not `.` or `..`.
fn facebook_page(s: &str) -> bool {
    word(s, 1, 50, b".") && s.bytes().any(|b| b != b'.')
}

/// JavaScript's `encodeURIComponent` (everything but `A-Za-z0-9-_.!~*'()` percent-encoded).
fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(provider: Provider, id: &str) -> Option<Embed> {
        Some(Embed {
            provider,
            id: id.to_owned(),
        })
    }

    #[test]
    fn accepts_the_documented_shapes() {
        use Provider::*;
        let yt = "dQw4w9WgXcQ";
        for (url, want) in [
            (
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                e(YouTube, yt),
            ),
            (
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL1",
                e(YouTube, yt),
            ),
            (
                "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
                e(YouTube, yt),
            ),
            ("https://m.youtube.com/watch?v=dQw4w9WgXcQ", e(YouTube, yt)),
            ("https://youtu.be/dQw4w9WgXcQ", e(YouTube, yt)),
            ("https://youtu.be/dQw4w9WgXcQ?si=AbC_12-x", e(YouTube, yt)),
            (
                "https://www.youtube.com/shorts/a_B-c1d2e3F",
                e(YouTube, "a_B-c1d2e3F"),
            ),
            (
                "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ",
                e(YouTube, yt),
            ),
            (
                "https://x.com/nasa/status/1790000000000000000",
                e(X, "1790000000000000000"),
            ),
            ("https://twitter.com/Some_User/status/20?s=20", e(X, "20")),
            ("https://www.twitter.com/i/status/20", e(X, "20")),
            ("https://t.me/durov/43", e(Telegram, "durov/43")),
            (
                "https://t.me/news_channel/12345/",
                e(Telegram, "news_channel/12345"),
            ),
            (
                "https://www.instagram.com/p/C1a2B3c4D5e/",
                e(Instagram, "C1a2B3c4D5e"),
            ),
            (
                "https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=MWQ1",
                e(Instagram, "C1a2B3c4D5e"),
            ),
            (
                "https://instagram.com/p/C1a2B3c4D5e",
                e(Instagram, "C1a2B3c4D5e"),
            ),
            (
                "https://www.facebook.com/nasa/posts/pfbid02Ab3",
                e(Facebook, "nasa/pfbid02Ab3"),
            ),
            (
                "https://www.facebook.com/page.name/posts/10158",
                e(Facebook, "page.name/10158"),
            ),
            (
                "https://www.facebook.com/nasa/videos/123456789/",
                e(FacebookVideo, "nasa/123456789"),
            ),
            (
                "https://www.facebook.com/watch/?v=123456789",
                e(FacebookVideo, "123456789"),
            ),
            (
                "https://www.facebook.com/watch?v=123456789",
                e(FacebookVideo, "123456789"),
            ),
        ] {
            assert_eq!(embed_of(url), want, "{url}");
        }
    }

    #[test]
    fn rejects_everything_else() {
        for url in [
            "",
            "https://",
            "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "//www.youtube.com/watch?v=dQw4w9WgXcQ",
            "www.youtube.com/watch?v=dQw4w9WgXcQ",
            "javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXc",
            "https://youtu.be/dQw4w9WgXcQQ",
            "https://youtu.be/dQw4w9WgXc!",
            "https://youtu.be/abc\"><script>",
            "https://youtu.be/dQw4w9WgXcQ\"onload=\"x",
            "https://youtu.be/dQw4w9WgXcQ'",
            "https://youtu.be/dQw4w9WgXcQ<",
            "https://youtu.be/dQw4w9WgXcQ/extra",
            "https://youtu.be//dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ/../../evil",
            "https://youtu.be/%64Qw4w9WgXcQ",
            "https://youtu.be/ dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ\n",
            "https://youtu.be.evil.example/dQw4w9WgXcQ",
            "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
            "https://evil.example@www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com:8080/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&v=aaaaaaaaaaa",
            "https://www.youtube.com/watch?vv=dQw4w9WgXcQ",
            "https://www.youtube.com/watch",
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ/x",
            "https://www.youtube.com/channel/UCabcdefghi",
            "https://youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://x.com/nasa",
            "https://x.com/nasa/status/",
            "https://x.com/nasa/status/12a",
            "https://x.com/nasa/status/123456789012345678901",
            "https://x.com/nasa/status/1/photo/1",
            "https://x.com/a-b/status/1",
            "https://x.com/sixteen_chars_xx/status/1",
            "https://t.me/x/1?embed=1\"onload=",
            "https://t.me/x/1",
            "https://t.me/s/durov/43",
            "https://t.me/c/1234567/43",
            "https://t.me/1durov/43",
            "https://t.me/durov",
            "https://t.me/durov/43a",
            "https://t.me/joinchat/AbCdEf",
            "https://telegram.me/durov/43",
            "https://www.instagram.com/p/",
            "https://www.instagram.com/p/abc/",
            "https://www.instagram.com/nasa/",
            "https://www.instagram.com/tv/C1a2B3c4D5e/",
            "https://www.facebook.com/nasa",
            "https://www.facebook.com/nasa/photos/1",
            "https://www.facebook.com/nasa/videos/12x",
            "https://www.facebook.com/nasa/posts/a-b",
            "https://www.facebook.com/../posts/1",
            "https://www.facebook.com/watch/?v=abc",
            "https://www.facebook.com/watch/?v=1&v=2",
            "https://www.facebook.com/plugins/post.php?href=x",
            "https://example.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\u{00a0}",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=\u{0430}",
        ] {
            assert_eq!(embed_of(url), None, "{url:?}");
        }
    }

    #[test]
    fn frame_addresses_are_built_from_the_id() {
        use Provider::*;
        let src = |p, id: &str| {
            Embed {
                provider: p,
                id: id.to_owned(),
            }
            .frame_src()
        };
        assert_eq!(
            src(YouTube, "dQw4w9WgXcQ"),
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
        );
        assert_eq!(
            src(X, "20"),
            "https://platform.twitter.com/embed/Tweet.html?id=20"
        );
        assert_eq!(src(Telegram, "durov/43"), "https://t.me/durov/43?embed=1");
        assert_eq!(
            src(Instagram, "C1a2B3c4D5e"),
            "https://www.instagram.com/p/C1a2B3c4D5e/embed"
        );
        assert_eq!(
            src(Facebook, "nasa/pfbid02Ab3"),
            "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fnasa%2Fposts%2Fpfbid02Ab3"
        );
        assert_eq!(
            src(FacebookVideo, "nasa/123"),
            "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fnasa%2Fvideos%2F123"
        );
        assert_eq!(
            src(FacebookVideo, "123"),
            "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D123"
        );
    }

    #[test]
    fn every_canonical_url_is_an_embed_of_itself() {
        for (p, id) in [
            (Provider::YouTube, "dQw4w9WgXcQ"),
            (Provider::X, "20"),
            (Provider::Telegram, "durov/43"),
            (Provider::Instagram, "C1a2B3c4D5e"),
            (Provider::Facebook, "nasa/pfbid02Ab3"),
            (Provider::FacebookVideo, "nasa/123"),
            (Provider::FacebookVideo, "123"),
        ] {
            let embed = Embed {
                provider: p,
                id: id.to_owned(),
            };
            assert_eq!(embed_of(&embed.canonical_url()), Some(embed.clone()));
            assert_eq!(Provider::from_key(p.key()), Some(p));
        }
    }
}
