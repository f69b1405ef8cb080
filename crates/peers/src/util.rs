//! Small helpers shared by the readers: times, URLs, slugs, entities.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

/// `2025-07-04 08:00:00` (WordPress `*_gmt`, Ghost) read as UTC. `Ok(None)` for an empty value
/// or WordPress's zero date `0000-00-00 00:00:00`; `Err` for anything else that does not parse.
/// Ghost's ISO form (`2025-07-04T08:00:00.000Z`) is accepted too.
pub(crate) fn parse_utc(s: &str) -> Result<Option<Timestamp>, ()> {
    let s = s.trim();
    if s.is_empty() || s.starts_with("0000-00-00") {
        return Ok(None);
    }
    if let Some(dt) = parse_civil(s) {
        return TimeZone::UTC.to_timestamp(dt).map(Some).map_err(|_| ());
    }
    if let Ok(ts) = s.parse::<Timestamp>() {
        return Ok(Some(ts));
    }
    if let Ok(dt) = s.parse::<DateTime>() {
        return TimeZone::UTC.to_timestamp(dt).map(Some).map_err(|_| ());
    }
    Err(())
}

/// Exactly `YYYY-MM-DD HH:MM:SS`, the common case, without the general parser.
fn parse_civil(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    if b.len() != 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b' ' || b[13] != b':' {
        return None;
    }
    if b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i32> {
        let mut n = 0i32;
        for &c in &b[r] {
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + i32::from(c - b'0');
        }
        Some(n)
    };
    let year = i16::try_from(num(0..4)?).ok()?;
    let month = i8::try_from(num(5..7)?).ok()?;
    let day = i8::try_from(num(8..10)?).ok()?;
    let hour = i8::try_from(num(11..13)?).ok()?;
    let minute = i8::try_from(num(14..16)?).ok()?;
    let second = i8::try_from(num(17..19)?).ok()?;
    DateTime::new(year, month, day, hour, minute, second, 0).ok()
}

/// Splits an absolute URL into its host (lower case, with port) and the rest from the path on
/// (`/a/b?c`). A URL without scheme and host (`/a/b`) gives no host.
pub(crate) fn split_url(url: &str) -> (Option<String>, &str) {
    let url = url.trim();
    let after_scheme = if let Some(i) = url.find("://") {
        let scheme = &url[..i];
        if scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.')
        {
            Some(&url[i + 3..])
        } else {
            None
        }
    } else {
        url.strip_prefix("//")
    };
    match after_scheme {
        Some(rest) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let host = &rest[..end];
            let host = host.rsplit('@').next().unwrap_or(host);
            (Some(host.to_ascii_lowercase()), &rest[end..])
        }
        None => (None, url),
    }
}

/// The path and query of a URL, always starting with `/`, fragment dropped.
pub(crate) fn path_of(url: &str) -> Option<String> {
    let (_, rest) = split_url(url);
    let rest = rest.split('#').next().unwrap_or("");
    if rest.is_empty() {
        return Some("/".into());
    }
    if rest.starts_with('/') {
        Some(rest.to_owned())
    } else if rest.starts_with('?') {
        Some(format!("/{rest}"))
    } else {
        None
    }
}

/// Host without a leading `www.`, for comparing a site's own addresses.
pub(crate) fn bare_host(host: &str) -> &str {
    host.strip_prefix("www.").unwrap_or(host)
}

/// Percent-decodes (lossy for invalid UTF-8).
pub(crate) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Decodes the character references WordPress leaves in titles and term names (`&amp;`,
/// `&#8217;`, `&nbsp;`…). Unknown named references are kept as written.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(';').map(|j| j + 1).filter(|&j| j <= 12);
        let decoded = end.and_then(|j| {
            let name = &rest[1..j];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = if let Some(hex) =
                        num.strip_prefix('x').or_else(|| num.strip_prefix('X'))
                    {
                        u32::from_str_radix(hex, 16).ok()?
                    } else {
                        num.parse::<u32>().ok()?
                    };
                    char::from_u32(code).filter(|&c| c != '\0')
                }
            }?;
            Some((ch, j + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert_eq!(
            parse_utc("2025-07-04 08:00:00")
                .ok()
                .flatten()
                .map(|t| t.to_string()),
            Some("2025-07-04T08:00:00Z".to_owned())
        );
        assert_eq!(parse_utc("0000-00-00 00:00:00"), Ok(None));
        assert_eq!(parse_utc(""), Ok(None));
        assert!(parse_utc("2025-13-04 08:00:00").is_err());
        assert!(parse_utc("yesterday").is_err());
        assert_eq!(
            parse_utc("2025-07-04T08:00:00.000Z")
                .ok()
                .flatten()
                .map(|t| t.to_string()),
            Some("2025-07-04T08:00:00Z".to_owned())
        );
    }

    #[test]
    fn urls() {
        assert_eq!(
            path_of("http://127.0.0.1:8081/fixture-rich-html/").as_deref(),
            Some("/fixture-rich-html/")
        );
        assert_eq!(
            path_of("http://127.0.0.1:8081/?p=2007").as_deref(),
            Some("/?p=2007")
        );
        assert_eq!(path_of("http://127.0.0.1:8081").as_deref(), Some("/"));
        assert_eq!(
            split_url("https://Example.com:8080/a?b#c"),
            (Some("example.com:8080".to_owned()), "/a?b#c")
        );
        assert_eq!(split_url("/wp-content/x.png"), (None, "/wp-content/x.png"));
    }

    #[test]
    fn entities_and_percent() {
        assert_eq!(
            decode_entities("Arts &amp; Culture &#8217;&#x41;&bogus; &"),
            "Arts & Culture ’A&bogus; &"
        );
        assert_eq!(
            percent_decode("%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8"),
            "новости"
        );
    }
}
