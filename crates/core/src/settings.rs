//! Site settings (SPEC N6) as typed values with their rules: the general settings an admin
//! keeps (name, editions, time zone, links, reprint policy), the breaking strip of an edition
//! and the ads of the slots the templates show. Forms come in as typed text; each rule that
//! fails names its field and a catalog key, so the form can be answered with every error at
//! once. Pure: the time zone is looked up in the database bundled into jiff.

use crate::staff::is_invisible_format;
use crate::{Lang, NewAd};
use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::Serialize;

/// Longest site name, in characters (after trimming).
pub const SITE_NAME_MAX: usize = 80;
/// Longest reprint policy of an edition, in characters.
pub const REPRINT_MAX: usize = 2_000;
/// Longest breaking strip text, in characters.
pub const STRIP_TEXT_MAX: usize = 200;
/// Longest link of any setting, in bytes.
pub const URL_MAX: usize = 2_000;
/// Longest alternative text of an ad image, in characters.
pub const AD_ALT_MAX: usize = 200;
/// Longest HTML of an ad, in bytes (before sanitizing).
pub const AD_HTML_MAX: usize = 10_000;
/// Largest width or height of an ad, in pixels.
pub const AD_SIZE_MAX: i64 = 2_000;

/// The ad slots the templates show: the home page's, the article page's and the listings'.
pub const AD_SLOTS: [&str; 3] = ["home", "article", "list"];

/// Social networks shown in the chrome, in this order: network (icon name), setting key,
/// label (a brand name, the same in every language).
pub const SOCIAL: [(&str, &str, &str); 5] = [
    ("twitter", "social.twitter", "X (Twitter)"),
    ("youtube", "social.youtube", "YouTube"),
    ("instagram", "social.instagram", "Instagram"),
    ("facebook", "social.facebook", "Facebook"),
    ("telegram", "social.telegram", "Telegram"),
];

/// The app-store links' setting keys: Apple App Store, Google Play.
pub const APP_LINKS: [&str; 2] = ["app.ios", "app.android"];

/// The setting that makes feeds carry whole articles (`1`) rather than leads (`0`, the
/// default).
pub const FEED_FULL_TEXT: &str = "feed_full_text";

/// The setting key of an edition's reprint policy.
pub fn reprint_key(lang: Lang) -> String {
    format!("reprint_policy.{}", lang.code())
}

/// The setting keys of an edition's breaking strip: text, link, expiry.
pub fn strip_keys(lang: Lang) -> [String; 3] {
    let c = lang.code();
    [
        format!("breaking.{c}.text"),
        format!("breaking.{c}.link"),
        format!("breaking.{c}.until"),
    ]
}

/// A field that breaks a rule: the form field's name and the catalog key of the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub key: &'static str,
}

/// Every field a form got wrong.
pub type FieldErrors = Vec<FieldError>;

fn err(errors: &mut FieldErrors, field: &str, key: &'static str) {
    errors.push(FieldError {
        field: field.to_owned(),
        key,
    });
}

/// Text that reads as what it is: no control characters (line breaks only where `lines`) and
/// no invisible formatting characters.
fn clean_text(s: &str, lines: bool) -> bool {
    s.chars().all(|c| {
        !is_invisible_format(c) && (!c.is_control() || (lines && matches!(c, '\n' | '\r' | '\t')))
    })
}

/// An absolute `https://host/…` address: a host of letters, digits, dots and hyphens (and a
/// port), no credentials, no spaces or control characters.
pub fn is_https_url(s: &str) -> bool {
    let Some(rest) = s
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &s[8..])
    else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..host_end];
    let host = authority
        .rsplit_once(':')
        .filter(|(_, port)| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()))
        .map_or(authority, |(h, _)| h);
    s.len() <= URL_MAX
        && !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && host
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && url_chars_ok(rest)
}

/// A path of this site: one `/` and then not another (`//host` is another site) nor a
/// backslash (which browsers read as `/`).
pub fn is_site_path(s: &str) -> bool {
    s.starts_with('/')
        && !s.starts_with("//")
        && !s.starts_with("/\\")
        && s.len() <= URL_MAX
        && url_chars_ok(s)
}

fn url_chars_ok(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\' || is_invisible_format(c))
}

/// A link the site may show as an `href`: an https address or a path of this site.
pub fn is_safe_link(s: &str) -> bool {
    is_https_url(s) || is_site_path(s)
}

/// The general settings form as typed (SPEC N6).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettingsInput {
    pub site_name: String,
    /// The edition codes ticked, in the order the form lists them.
    pub editions: Vec<String>,
    /// The edition served at `/`; it goes first.
    pub default_edition: String,
    pub time_zone: String,
    /// Social and app-store links by setting key ([`SOCIAL`], [`APP_LINKS`]); other keys are
    /// ignored, missing ones are empty.
    pub links: Vec<(String, String)>,
    /// Reprint policies by edition code; other codes are ignored.
    pub reprint: Vec<(String, String)>,
    /// Whether feeds carry each article's whole text (else the lead alone).
    pub feed_full_text: bool,
}

/// General settings that keep every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidSettings {
    pub site_name: String,
    /// At least one; the first is the default edition.
    pub editions: Vec<Lang>,
    pub time_zone: String,
    /// Every link key, each empty or an https address.
    pub links: Vec<(&'static str, String)>,
    /// Every known edition's policy (editions may be turned on later).
    pub reprint: Vec<(Lang, String)>,
    pub feed_full_text: bool,
}

impl SettingsInput {
    /// Checks every field; all the errors at once.
    ///
    /// # Errors
    /// Each field that breaks a rule: `site_name` (`invalid-site-name`), `editions`
    /// (`editions-empty`, `unknown-edition`), `default_edition`
    /// (`invalid-default-edition`), `time_zone` (`invalid-time-zone`), a link key
    /// (`invalid-https-url`), a reprint field `reprint_policy.{code}` (`invalid-reprint`).
    pub fn validate(&self) -> Result<ValidSettings, FieldErrors> {
        let mut errors = FieldErrors::new();
        let site_name = self.site_name.trim().to_owned();
        let n = site_name.chars().count();
        if n == 0 || n > SITE_NAME_MAX || !clean_text(&site_name, false) {
            err(&mut errors, "site_name", "invalid-site-name");
        }
        let editions = self.editions(&mut errors);
        let time_zone = self.time_zone.trim().to_owned();
        if time_zone.is_empty() || TimeZone::get(&time_zone).is_err() {
            err(&mut errors, "time_zone", "invalid-time-zone");
        }
        let typed = |k: &str| {
            self.links
                .iter()
                .find(|(key, _)| key == k)
                .map_or("", |(_, v)| v.trim())
        };
        let mut links = Vec::new();
        for key in SOCIAL.iter().map(|(_, k, _)| *k).chain(APP_LINKS) {
            let v = typed(key);
            if !v.is_empty() && !is_https_url(v) {
                err(&mut errors, key, "invalid-https-url");
            }
            links.push((key, v.to_owned()));
        }
        let mut reprint = Vec::new();
        for lang in Lang::ALL {
            let v = self
                .reprint
                .iter()
                .find(|(code, _)| code == lang.code())
                .map_or("", |(_, v)| v.trim());
            if v.chars().count() > REPRINT_MAX || !clean_text(v, true) {
                err(&mut errors, &reprint_key(lang), "invalid-reprint");
            }
            reprint.push((lang, v.replace("\r\n", "\n")));
        }
        if errors.is_empty() {
            Ok(ValidSettings {
                site_name,
                editions,
                time_zone,
                links,
                reprint,
                feed_full_text: self.feed_full_text,
            })
        } else {
            Err(errors)
        }
    }

    /// The editions in order with the default first; errors go to `errors`.
    fn editions(&self, errors: &mut FieldErrors) -> Vec<Lang> {
        let mut out: Vec<Lang> = Vec::new();
        for code in &self.editions {
            match code.trim().parse::<Lang>() {
                Ok(l) if !out.contains(&l) => out.push(l),
                Ok(_) => {}
                Err(_) => {
                    err(errors, "editions", "unknown-edition");
                    return out;
                }
            }
        }
        if out.is_empty() {
            err(errors, "editions", "editions-empty");
            return out;
        }
        match self.default_edition.trim().parse::<Lang>() {
            Ok(d) if out.contains(&d) => {
                out.retain(|l| *l != d);
                out.insert(0, d);
            }
            _ => err(errors, "default_edition", "invalid-default-edition"),
        }
        out
    }
}

impl ValidSettings {
    /// The settings as stored: `site_name`, `editions` (`ru,en,hy`), `time_zone`, the links,
    /// `reprint_policy.{code}`.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("site_name".to_owned(), self.site_name.clone()),
            (
                "editions".to_owned(),
                self.editions
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            ("time_zone".to_owned(), self.time_zone.clone()),
            (
                FEED_FULL_TEXT.to_owned(),
                if self.feed_full_text { "1" } else { "0" }.to_owned(),
            ),
        ];
        out.extend(self.links.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
        out.extend(
            self.reprint
                .iter()
                .map(|(l, v)| (reprint_key(*l), v.clone())),
        );
        out
    }
}

/// An edition's breaking strip as typed: text, link, and expiry as `YYYY-MM-DDTHH:MM[:SS]` in
/// the site's time zone (what a `datetime-local` field sends).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StripInput {
    pub text: String,
    pub link: String,
    pub until: String,
}

/// A breaking strip set by an editor: shown on every page of its edition until `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Strip {
    pub text: String,
    /// An https address or a path of this site.
    pub link: Option<String>,
    pub until: Option<Timestamp>,
}

impl StripInput {
    /// Checks the strip against the rules, reading the expiry in `tz`.
    ///
    /// # Errors
    /// `text` (`invalid-strip-text`: 1 to 200 characters, one line), `link` (`invalid-strip-link`: https or
    /// a path of this site), `until` (`invalid-strip-until`: not a time; `strip-until-past`).
    pub fn validate(&self, tz: &TimeZone, now: Timestamp) -> Result<Strip, FieldErrors> {
        let mut errors = FieldErrors::new();
        let text = self.text.trim().to_owned();
        let n = text.chars().count();
        if n == 0 || n > STRIP_TEXT_MAX || !clean_text(&text, false) {
            err(&mut errors, "text", "invalid-strip-text");
        }
        let link = self.link.trim();
        if !link.is_empty() && !is_safe_link(link) {
            err(&mut errors, "link", "invalid-strip-link");
        }
        let until = match self.until.trim() {
            "" => None,
            s => match s
                .parse::<DateTime>()
                .ok()
                .and_then(|d| d.to_zoned_datetime(tz.clone()).ok())
            {
                Some(z) if z.timestamp() > now => Some(z.timestamp()),
                Some(_) => {
                    err(&mut errors, "until", "strip-until-past");
                    None
                }
                None => {
                    err(&mut errors, "until", "invalid-strip-until");
                    None
                }
            },
        };
        if errors.is_empty() {
            Ok(Strip {
                text,
                link: (!link.is_empty()).then(|| link.to_owned()),
                until,
            })
        } else {
            Err(errors)
        }
    }
}

impl Strip {
    /// The strip of `lang` in stored settings (`get` answers a key's non-empty value).
    pub fn from_settings<'a>(lang: Lang, get: impl Fn(&str) -> Option<&'a str>) -> Option<Strip> {
        let [text, link, until] = strip_keys(lang);
        let text = get(&text)?.to_owned();
        Some(Strip {
            text,
            // A stored link that is not safe (written around the rules) is not shown.
            link: get(&link).filter(|l| is_safe_link(l)).map(str::to_owned),
            until: get(&until).and_then(|u| u.parse().ok()),
        })
    }

    /// Whether readers see it at `now`.
    pub fn shown_at(&self, now: Timestamp) -> bool {
        self.until.is_none_or(|u| now < u)
    }

    /// The settings that store it for `lang`.
    pub fn pairs(&self, lang: Lang) -> Vec<(String, String)> {
        let [text, link, until] = strip_keys(lang);
        vec![
            (text, self.text.clone()),
            (link, self.link.clone().unwrap_or_default()),
            (until, self.until.map(|u| u.to_string()).unwrap_or_default()),
        ]
    }

    /// The settings that clear the strip of `lang`.
    pub fn cleared(lang: Lang) -> Vec<(String, String)> {
        strip_keys(lang)
            .into_iter()
            .map(|k| (k, String::new()))
            .collect()
    }
}

/// An ad as typed in the newsroom. `html` is `None` when the person may not set it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdInput {
    pub slot: String,
    /// An edition code, or empty for every edition.
    pub edition: String,
    pub image_url: String,
    pub link_url: String,
    pub alt: String,
    pub width: String,
    pub height: String,
    pub html: Option<String>,
}

impl AdInput {
    /// Checks the ad. With HTML, the image, link and text are optional (the HTML is shown in
    /// their place); without, an image, a link and its text are needed. The HTML itself is
    /// sanitized where the sanitizer lives (`service`).
    ///
    /// # Errors
    /// `slot` (`invalid-ad-slot`), `edition` (`unknown-edition`), `image_url` / `link_url`
    /// (`invalid-ad-url`), `alt` (`invalid-ad-alt`), `width` / `height` (`invalid-ad-size`), `html` (`invalid-ad-html`).
    pub fn validate(&self) -> Result<NewAd, FieldErrors> {
        let mut errors = FieldErrors::new();
        let slot = self.slot.trim();
        if !AD_SLOTS.contains(&slot) {
            err(&mut errors, "slot", "invalid-ad-slot");
        }
        let edition = match self.edition.trim() {
            "" => None,
            code => match code.parse::<Lang>() {
                Ok(l) => Some(l),
                Err(_) => {
                    err(&mut errors, "edition", "unknown-edition");
                    None
                }
            },
        };
        let html = self
            .html
            .as_deref()
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .map(str::to_owned);
        if html.as_ref().is_some_and(|h| h.len() > AD_HTML_MAX) {
            err(&mut errors, "html", "invalid-ad-html");
        }
        let needed = html.is_none();
        let image_url = self.image_url.trim();
        let link_url = self.link_url.trim();
        for (field, v) in [("image_url", image_url), ("link_url", link_url)] {
            if (needed || !v.is_empty()) && !is_safe_link(v) {
                err(&mut errors, field, "invalid-ad-url");
            }
        }
        let alt = self.alt.trim();
        let n = alt.chars().count();
        if (needed && n == 0) || n > AD_ALT_MAX || !clean_text(alt, false) {
            err(&mut errors, "alt", "invalid-ad-alt");
        }
        let size = |field: &str, v: &str, errors: &mut FieldErrors| match v.trim().parse::<i64>() {
            Ok(n) if (1..=AD_SIZE_MAX).contains(&n) => n,
            _ => {
                err(errors, field, "invalid-ad-size");
                0
            }
        };
        let width = size("width", &self.width, &mut errors);
        let height = size("height", &self.height, &mut errors);
        if errors.is_empty() {
            Ok(NewAd {
                edition,
                slot: slot.to_owned(),
                image_url: image_url.to_owned(),
                link_url: link_url.to_owned(),
                alt: alt.to_owned(),
                width,
                height,
                html,
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn fields(e: &FieldErrors) -> Vec<(&str, &str)> {
        e.iter().map(|f| (f.field.as_str(), f.key)).collect()
    }

    fn good() -> SettingsInput {
        SettingsInput {
            site_name: "  Meridian News ".into(),
            editions: vec!["en".into(), "ru".into(), "hy".into()],
            default_edition: "ru".into(),
            time_zone: "Asia/Baku".into(),
            links: vec![
                ("social.telegram".into(), "https://t.me/meridian".into()),
                ("app.ios".into(), " https://apps.apple.com/app/id1 ".into()),
                ("social.evil".into(), "javascript:alert(1)".into()),
            ],
            reprint: vec![("en".into(), "Link to us.\r\nThank you.".into())],
            feed_full_text: true,
        }
    }

    #[test]
    fn good_settings_are_typed_with_the_default_edition_first() {
        let v = good().validate().unwrap();
        assert_eq!(v.site_name, "Meridian News");
        assert_eq!(v.editions, [Lang::Ru, Lang::En, Lang::Hy]);
        let pairs = v.pairs();
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("editions"), Some("ru,en,hy"));
        assert_eq!(get("app.ios"), Some("https://apps.apple.com/app/id1"));
        assert_eq!(get("social.youtube"), Some(""), "every link key is written");
        assert_eq!(get("social.evil"), None, "unknown keys are ignored");
        assert_eq!(get("reprint_policy.en"), Some("Link to us.\nThank you."));
        assert_eq!(get("reprint_policy.az"), Some(""));
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let mut f = good();
        f.site_name = "   ".into();
        f.time_zone = "Mars/Olympus".into();
        f.links = vec![
            ("social.twitter".into(), "javascript:alert(1)".into()),
            ("social.facebook".into(), "http://facebook.com/x".into()),
            ("app.android".into(), "https://user@evil.example/".into()),
        ];
        f.reprint = vec![("hy".into(), "x".repeat(REPRINT_MAX + 1))];
        let e = f.validate().unwrap_err();
        assert_eq!(
            fields(&e),
            [
                ("site_name", "invalid-site-name"),
                ("time_zone", "invalid-time-zone"),
                ("social.twitter", "invalid-https-url"),
                ("social.facebook", "invalid-https-url"),
                ("app.android", "invalid-https-url"),
                ("reprint_policy.hy", "invalid-reprint"),
            ]
        );
    }

    #[test]
    fn names_are_bounded_and_visible() {
        for bad in [
            "",
            "a\u{7}b",
            "Ad\u{202E}min",
            &"я".repeat(SITE_NAME_MAX + 1),
        ] {
            let mut f = good();
            f.site_name = bad.into();
            assert!(f.validate().is_err(), "{bad:?}");
        }
        let mut f = good();
        f.site_name = "я".repeat(SITE_NAME_MAX);
        assert!(f.validate().is_ok());
    }

    #[test]
    fn editions_are_known_present_and_hold_the_default() {
        let mut f = good();
        f.editions = vec!["en".into(), "xx".into()];
        assert_eq!(
            fields(&f.validate().unwrap_err()),
            [("editions", "unknown-edition")]
        );
        f.editions = vec![];
        assert_eq!(
            fields(&f.validate().unwrap_err()),
            [("editions", "editions-empty")]
        );
        f.editions = vec!["en".into()];
        assert_eq!(
            fields(&f.validate().unwrap_err()),
            [("default_edition", "invalid-default-edition")]
        );
        f.editions = vec!["hy".into(), "en".into(), "hy".into()];
        f.default_edition = "en".into();
        assert_eq!(f.validate().unwrap().editions, [Lang::En, Lang::Hy]);
    }

    #[test]
    fn links_are_https_or_site_paths() {
        assert!(is_https_url("https://t.me/x?a=1#b"));
        assert!(is_https_url("HTTPS://Example.org:8443/"));
        for bad in [
            "http://example.org/",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://a b.org/",
            "https://evil.example\\@good.org/",
            "https://user:pw@evil.example/",
            "https://-x.org/",
            "//evil.example/",
            "data:text/html,x",
        ] {
            assert!(!is_https_url(bad), "{bad:?}");
        }
        assert!(is_site_path("/en/post/x"));
        for bad in ["//evil.example", "/\\evil.example", "relative", "/a b", ""] {
            assert!(!is_site_path(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_strip_has_short_text_a_safe_link_and_a_future_expiry() {
        let tz = TimeZone::get("Asia/Baku").unwrap();
        let now: Timestamp = "2026-03-01T10:00:00Z".parse().unwrap();
        let s = StripInput {
            text: " Polls close at 20:00 ".into(),
            link: "/en/post/polls".into(),
            until: "2026-03-01T20:30".into(),
        }
        .validate(&tz, now)
        .unwrap();
        assert_eq!(s.text, "Polls close at 20:00");
        // 20:30 in Baku (UTC+4) is 16:30 UTC.
        assert_eq!(s.until, Some("2026-03-01T16:30:00Z".parse().unwrap()));
        assert!(s.shown_at(now));
        assert!(!s.shown_at("2026-03-01T16:30:00Z".parse().unwrap()));
        let pairs = s.pairs(Lang::En);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.is_empty())
        };
        assert_eq!(Strip::from_settings(Lang::En, get), Some(s));
        assert_eq!(Strip::from_settings(Lang::Ru, get), None);

        let e = StripInput {
            text: "x".repeat(STRIP_TEXT_MAX + 1),
            link: "//evil.example".into(),
            until: "2026-03-01T13:59".into(),
        }
        .validate(&tz, now)
        .unwrap_err();
        assert_eq!(
            fields(&e),
            [
                ("text", "invalid-strip-text"),
                ("link", "invalid-strip-link"),
                ("until", "strip-until-past")
            ]
        );
        let e = StripInput {
            text: "Line\nbreak".into(),
            link: "javascript:alert(1)".into(),
            until: "tomorrow".into(),
        }
        .validate(&tz, now)
        .unwrap_err();
        assert_eq!(
            fields(&e),
            [
                ("text", "invalid-strip-text"),
                ("link", "invalid-strip-link"),
                ("until", "invalid-strip-until")
            ]
        );
        assert!(
            StripInput {
                text: "No link, no end".into(),
                ..Default::default()
            }
            .validate(&tz, now)
            .is_ok_and(|s| s.link.is_none() && s.until.is_none())
        );
    }

    #[test]
    fn ads_need_a_slot_and_an_image_or_html() {
        let ad = AdInput {
            slot: "home".into(),
            edition: "en".into(),
            image_url: "/static/ads/a.svg".into(),
            link_url: "https://shop.example/".into(),
            alt: "Shop".into(),
            width: "300".into(),
            height: "250".into(),
            html: None,
        };
        let got = ad.validate().unwrap();
        assert_eq!(
            (got.edition, got.width, got.html),
            (Some(Lang::En), 300, None)
        );
        let bad = AdInput {
            slot: "footer".into(),
            edition: "xx".into(),
            image_url: "javascript:alert(1)".into(),
            link_url: "//evil.example".into(),
            alt: String::new(),
            width: "0".into(),
            height: "wide".into(),
            html: Some("x".repeat(AD_HTML_MAX + 1)),
        };
        assert_eq!(
            fields(&bad.validate().unwrap_err()),
            [
                ("slot", "invalid-ad-slot"),
                ("edition", "unknown-edition"),
                ("html", "invalid-ad-html"),
                ("image_url", "invalid-ad-url"),
                ("link_url", "invalid-ad-url"),
                ("width", "invalid-ad-size"),
                ("height", "invalid-ad-size"),
            ]
        );
        let html_only = AdInput {
            slot: "article".into(),
            html: Some("<p>Hi</p>".into()),
            width: "300".into(),
            height: "100".into(),
            ..Default::default()
        };
        let got = html_only.validate().unwrap();
        assert_eq!(
            (got.edition, got.html.as_deref()),
            (None, Some("<p>Hi</p>"))
        );
    }
}
