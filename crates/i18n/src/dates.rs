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
}
