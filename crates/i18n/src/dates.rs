//! Localized dates in the site's time zone: "12 May 2024 06:37", "12 мая 2024 06:37".

use crate::{Arg, Catalogs};
use jiff::Timestamp;
use jiff::ZonedDateTime;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use masthead_core::Lang;

/// The instant as a wall-clock time in `tz`.
pub fn zoned(ts: Timestamp, tz: &TimeZone) -> ZonedDateTime {
    ts.to_zoned_datetime(tz.clone())
}

/// A calendar date written the edition's way.
pub fn format_date(lang: Lang, date: Date) -> String {
    let c = Catalogs::embedded();
    let month = c.t(lang, &format!("month-{}", date.month()), &[]);
    let day = date.day().to_string();
    let year = date.year().to_string();
    c.t(
        lang,
        "date-format",
        &[
            ("day", Arg::Str(&day)),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&year)),
        ],
    )
}

/// "06:37": hours and minutes, 24-hour clock, in `tz`.
pub fn format_time(ts: Timestamp, tz: &TimeZone) -> String {
    let z = zoned(ts, tz);
    format!("{:02}:{:02}", z.hour(), z.minute())
}

/// Date and time of an instant in `tz`, written the edition's way.
pub fn format_datetime(lang: Lang, ts: Timestamp, tz: &TimeZone) -> String {
    let c = Catalogs::embedded();
    let z = zoned(ts, tz);
    let month = c.t(lang, &format!("month-{}", z.month()), &[]);
    let (day, year, time) = (
        z.day().to_string(),
        z.year().to_string(),
        format_time(ts, tz),
    );
    c.t(
        lang,
        "datetime-format",
        &[
            ("day", Arg::Str(&day)),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&year)),
            ("time", Arg::Str(&time)),
        ],
    )
}

/// When something happened, as a list of news shows it: the bare time for today (in `tz`),
/// "yesterday, 23:31" for yesterday, and the full date and time before that or in the future.
pub fn format_recent(lang: Lang, ts: Timestamp, now: Timestamp, tz: &TimeZone) -> String {
    let day = zoned(ts, tz).date();
    let today = zoned(now, tz).date();
    if day == today {
        format_time(ts, tz)
    } else if today.yesterday().is_ok_and(|y| y == day) {
        let time = format_time(ts, tz);
        Catalogs::embedded().t(lang, "yesterday-at", &[("time", Arg::Str(&time))])
    } else {
        format_datetime(lang, ts, tz)
    }
}

/// The day a listed item belongs to, as a heading between a list's days: `None` for today (in
/// `tz`), "Yesterday", else the date ("28 November 2026").
pub fn day_label(lang: Lang, ts: Timestamp, now: Timestamp, tz: &TimeZone) -> Option<String> {
    let day = zoned(ts, tz).date();
    let today = zoned(now, tz).date();
    if day == today {
        None
    } else if today.yesterday().is_ok_and(|y| y == day) {
        Some(Catalogs::embedded().t(lang, "yesterday", &[]))
    } else {
        Some(format_date(lang, day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_date_in_each_edition() {
        let baku = TimeZone::get("Asia/Baku").unwrap_or_else(|e| panic!("{e}"));
        // 12 May 2024 06:37 in Baku (UTC+4) is 02:37 UTC.
        let ts: Timestamp = "2024-05-12T02:37:00Z"
            .parse()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(format_datetime(Lang::En, ts, &baku), "12 May 2024 06:37");
        assert_eq!(format_datetime(Lang::Ru, ts, &baku), "12 мая 2024 06:37");
        assert!(format_datetime(Lang::Hy, ts, &baku).contains("մայիսի"));
        assert_eq!(
            format_date(Lang::Ru, Date::constant(2024, 1, 3)),
            "3 января 2024"
        );
        let utc = TimeZone::UTC;
        assert_eq!(format_time(ts, &utc), "02:37");
    }

    #[test]
    fn recent_times_name_the_day_when_it_is_not_today() {
        let baku = TimeZone::get("Asia/Baku").unwrap_or_else(|e| panic!("{e}"));
        let at = |s: &str| s.parse::<Timestamp>().unwrap_or_else(|e| panic!("{e}"));
        // 23:31 on 11 May in Baku.
        let item = at("2024-05-11T19:31:00Z");
        assert_eq!(
            format_recent(Lang::En, item, at("2024-05-11T19:50:00Z"), &baku),
            "23:31"
        );
        // 00:10 on 12 May in Baku: the item is yesterday's.
        let after_midnight = at("2024-05-11T20:10:00Z");
        assert_eq!(
            format_recent(Lang::En, item, after_midnight, &baku),
            "Yesterday, 23:31"
        );
        assert_eq!(
            format_recent(Lang::Ru, item, after_midnight, &baku),
            "Вчера, 23:31"
        );
        assert_eq!(
            format_recent(Lang::En, item, at("2024-05-14T08:00:00Z"), &baku),
            "11 May 2024 23:31"
        );
        assert_eq!(
            day_label(Lang::En, item, at("2024-05-11T19:50:00Z"), &baku),
            None
        );
        assert_eq!(
            day_label(Lang::Ru, item, after_midnight, &baku).as_deref(),
            Some("Вчера")
        );
        assert_eq!(
            day_label(Lang::En, item, at("2024-05-14T08:00:00Z"), &baku).as_deref(),
            Some("11 May 2024")
        );
        // In UTC the same instants are both on 11 May.
        assert_eq!(
            format_recent(Lang::En, item, after_midnight, &TimeZone::UTC),
            "19:31"
        );
    }
}
