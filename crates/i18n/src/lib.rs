//! Editions' interface strings: Fluent catalogs embedded in the binary (locales/*.ftl), plural
//! rules, localized dates in the site's time zone, and Accept-Language negotiation.

mod catalog;
mod dates;
mod negotiate;
mod numbers;

pub use catalog::{Arg, Catalogs};
pub use dates::{day_label, format_date, format_datetime, format_recent, format_time, zoned};
pub use jiff::tz::TimeZone;
pub use negotiate::negotiate;
pub use numbers::format_number;
