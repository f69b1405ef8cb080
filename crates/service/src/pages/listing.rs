//! Paginated listings (R5): section, tag, author and day archive; and the search page shell.

use super::{Outcome, Site};
use crate::ServiceError;
use jiff::Timestamp;
use jiff::civil::Date;
use masthead_core::{ArticleFilter, Lang, Paging};
use masthead_i18n::Catalogs;
use masthead_render::{Head, ListPage, Pager, SearchPage};

pub const PER_PAGE: u32 = 20;

/// What a listing is of.
pub enum Listing<'a> {
    Section(&'a str),
    Tag(&'a str),
    Author(&'a str),
    Day {
        year: &'a str,
        month: &'a str,
        day: &'a str,
    },
}

/// A day from path segments like `2026/11/05`; anything else is `None`.
fn parse_day(year: &str, month: &str, day: &str) -> Option<Date> {
    let num = |s: &str, len: usize| -> Option<i16> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (y, m, d) = (num(year, 4)?, num(month, 2)?, num(day, 2)?);
    if !(1970..=2200).contains(&y) {
        return None;
    }
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn day_path(prefix: &str, d: Date) -> String {
    format!(
        "{prefix}/archive/{:04}/{:02}/{:02}",
        d.year(),
        d.month(),
        d.day()
    )
}

impl Site {
    pub async fn listing(
        &self,
        lang: Lang,
        what: Listing<'_>,
        page: Option<&str>,
    ) -> Result<Outcome, ServiceError> {
        let Some(paging) = Paging::parse(page, PER_PAGE) else {
            return Ok(Outcome::NotFound);
        };
        let now = Timestamp::now();
        let settings = self.settings();
        let prefix = settings.prefix(lang);
        let c = Catalogs::embedded();
        let mut filter = ArticleFilter {
            edition: Some(lang),
            ..Default::default()
        };
        let mut active_section = None;
        let (mut prev_day_href, mut next_day_href) = (None, None);
        let (kind, heading, intro, path) = match what {
            Listing::Section(slug) => {
                let Some(s) = self.store.section_by_slug(lang, slug).await? else {
                    return Ok(Outcome::NotFound);
                };
                filter.section_id = Some(s.id);
                active_section = Some(s.slug.clone());
                (
                    "section",
                    s.name,
                    None,
                    format!("{prefix}/category/{}", s.slug),
                )
            }
            Listing::Tag(slug) => {
                let Some(t) = self.store.tag_by_slug(lang, slug).await? else {
                    return Ok(Outcome::NotFound);
                };
                filter.tag_id = Some(t.id);
                let heading = c.t(
                    lang,
                    "tag-heading",
                    &[("name", masthead_i18n::Arg::Str(&t.name))],
                );
                ("tag", heading, None, format!("{prefix}/tag/{}", t.slug))
            }
            Listing::Author(slug) => {
                let Some(a) = self.store.author_by_slug(lang, slug).await? else {
                    return Ok(Outcome::NotFound);
                };
                filter.author_id = Some(a.id);
                let heading = c.t(
                    lang,
                    "author-heading",
                    &[("name", masthead_i18n::Arg::Str(&a.name))],
                );
                (
                    "author",
                    heading,
                    Some(a.bio).filter(|b| !b.is_empty()),
                    format!("{prefix}/author/{}", a.slug),
                )
            }
            Listing::Day { year, month, day } => {
                let Some(date) = parse_day(year, month, day) else {
                    return Ok(Outcome::NotFound);
                };
                let tz = settings.time_zone.clone();
                let start = date
                    .to_zoned_datetime(tz.clone())
                    .map_err(|e| ServiceError::Invalid(e.to_string()))?;
                let start_ts = start.timestamp();
                let next = date
                    .tomorrow()
                    .map_err(|e| ServiceError::Invalid(e.to_string()))?;
                let end_ts = next
                    .to_zoned_datetime(tz)
                    .map_err(|e| ServiceError::Invalid(e.to_string()))?
                    .timestamp();
                if start_ts > now {
                    return Ok(Outcome::NotFound);
                }
                filter.from = Some(start_ts);
                filter.until = Some(end_ts);
                if let Ok(prev) = date.yesterday() {
                    prev_day_href = Some(day_path(&prefix, prev));
                }
                if end_ts <= now {
                    next_day_href = Some(day_path(&prefix, next));
                }
                let heading = c.t(
                    lang,
                    "archive-heading",
                    &[(
                        "date",
                        masthead_i18n::Arg::Str(&masthead_i18n::format_date(lang, date)),
                    )],
                );
                ("archive", heading, None, day_path(&prefix, date))
            }
        };
        let total = self.store.count(&filter, now).await?;
        let last = Paging::last_page(total, PER_PAGE);
        if paging.page > last {
            return Ok(Outcome::NotFound);
        }
        let articles = self
            .store
            .list(&filter, now, PER_PAGE, paging.offset())
            .await?;
        let page_href = |n: u32| {
            if n == 1 {
                path.clone()
            } else {
                format!("{path}?page={n}")
            }
        };
        let pager = Pager {
            page: paging.page,
            last,
            prev_href: (paging.page > 1).then(|| page_href(paging.page - 1)),
            next_href: (paging.page < last).then(|| page_href(paging.page + 1)),
        };
        let chrome = self.chrome(lang, active_section.as_deref(), None).await?;
        let title = if paging.page > 1 {
            let of = c.t(
                lang,
                "page-of",
                &[
                    ("page", masthead_i18n::Arg::Num(paging.page.into())),
                    ("total", masthead_i18n::Arg::Num(last.into())),
                ],
            );
            format!("{heading} ({of}) — {}", chrome.site_name)
        } else {
            format!("{heading} — {}", chrome.site_name)
        };
        let head = Head {
            title,
            description: intro.clone().unwrap_or_default(),
            path: page_href(paging.page),
            noindex: false,
        };
        let ad = self.ad(lang, "list").await?;
        let page = ListPage {
            kind,
            heading,
            intro,
            total,
            articles,
            pager,
            prev_day_href,
            next_day_href,
            ad,
        };
        Ok(Outcome::Page(self.renderer.render(&chrome, &head, &page)?))
    }

    /// The search page. Full-text results come with the search engine (R6); until then the
    /// page keeps the form working and shows the latest news.
    pub async fn search(&self, lang: Lang, query: &str) -> Result<Outcome, ServiceError> {
        let now = Timestamp::now();
        let query: String = query
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        let chrome = self.chrome(lang, None, None).await?;
        let latest = self
            .store
            .list(
                &ArticleFilter {
                    edition: Some(lang),
                    ..Default::default()
                },
                now,
                10,
                0,
            )
            .await?;
        let title = Catalogs::embedded().t(lang, "search-title", &[]);
        let head = Head {
            title: format!("{title} — {}", chrome.site_name),
            description: String::new(),
            path: format!("{}/search", chrome.prefix),
            noindex: true,
        };
        Ok(Outcome::Page(self.renderer.render(
            &chrome,
            &head,
            &SearchPage {
                query: query.trim().to_owned(),
                latest,
            },
        )?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_strictly() {
        assert!(parse_day("2026", "11", "05").is_some());
        for (y, m, d) in [
            ("2026", "13", "01"),
            ("2026", "02", "30"),
            ("26", "11", "05"),
            ("2026", "1", "05"),
            ("-001", "01", "01"),
            ("1900", "01", "01"),
        ] {
            assert!(parse_day(y, m, d).is_none(), "{y}/{m}/{d}");
        }
    }
}
