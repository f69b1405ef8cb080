//! Paginated listings (SPEC R5): section, tag, author and day archive. The edition switch of a
//! listing leads to the same listing in the other edition where it exists (SPEC R12).

use super::{cards, tags};
use crate::{ServiceError, Site};
use jiff::Timestamp;
use jiff::civil::Date;
use masthead_core::page::{Head, ListBody, ListKind, ListPage, Page, Pager};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang, Paging, Urls};
use masthead_i18n::{Arg, Catalogs};

pub const PER_PAGE: u32 = 20;

/// What a listing is of.
#[derive(Debug, Clone, Copy)]
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

/// What a listing resolved to: its filter, heading, path and the editions that have it too.
struct Resolved {
    kind: ListKind,
    heading: String,
    intro: Option<String>,
    path: String,
    own: CacheTag,
    active_section: Option<String>,
    /// The same listing in other editions.
    elsewhere: Vec<(Lang, String)>,
    prev_day: Option<String>,
    next_day: Option<String>,
}

impl Site {
    async fn resolve(
        &self,
        lang: Lang,
        what: Listing<'_>,
        filter: &mut ArticleFilter,
        now: Timestamp,
    ) -> Result<Option<Resolved>, ServiceError> {
        let urls = self.urls();
        let settings = self.settings();
        let others: Vec<Lang> = settings
            .editions
            .iter()
            .copied()
            .filter(|l| *l != lang)
            .collect();
        let c = Catalogs::embedded();
        let base = |kind, heading, path, own| Resolved {
            kind,
            heading,
            intro: None,
            path,
            own,
            active_section: None,
            elsewhere: Vec::new(),
            prev_day: None,
            next_day: None,
        };
        Ok(Some(match what {
            Listing::Section(slug) => {
                let parts = self.edition_parts(lang).await?;
                let Some(s) = parts.sections.iter().find(|s| s.slug == slug) else {
                    return Ok(None);
                };
                filter.section_id = Some(s.id);
                let mut r = base(
                    ListKind::Section,
                    s.name.clone(),
                    urls.section(lang, &s.slug),
                    CacheTag::Section(s.id),
                );
                r.active_section = Some(s.slug.clone());
                for l in others {
                    if self.section_in(l, slug).await {
                        r.elsewhere.push((l, urls.section(l, slug)));
                    }
                }
                r
            }
            Listing::Tag(slug) => {
                let (tag, editions) = tokio::join!(
                    self.store.tag_by_slug(lang, slug),
                    self.store.tag_editions(slug)
                );
                let Some(t) = tag? else {
                    return Ok(None);
                };
                filter.tag_id = Some(t.id);
                let heading = c.t(lang, "tag-heading", &[("name", Arg::Str(&t.name))]);
                let mut r = base(
                    ListKind::Tag,
                    heading,
                    urls.tag(lang, &t.slug),
                    CacheTag::Tag(t.id),
                );
                r.elsewhere = editions?
                    .into_iter()
                    .filter(|l| others.contains(l))
                    .map(|l| (l, urls.tag(l, slug)))
                    .collect();
                r
            }
            Listing::Author(slug) => {
                let (author, editions) = tokio::join!(
                    self.store.author_by_slug(lang, slug),
                    self.store.author_editions(slug)
                );
                let Some(a) = author? else {
                    return Ok(None);
                };
                filter.author_id = Some(a.id);
                let heading = c.t(lang, "author-heading", &[("name", Arg::Str(&a.name))]);
                let mut r = base(
                    ListKind::Author,
                    heading,
                    urls.author(lang, &a.slug),
                    CacheTag::Author(a.id),
                );
                r.intro = Some(a.bio).filter(|b| !b.is_empty());
                r.elsewhere = editions?
                    .into_iter()
                    .filter(|l| others.contains(l))
                    .map(|l| (l, urls.author(l, slug)))
                    .collect();
                r
            }
            Listing::Day { year, month, day } => {
                let Some(date) = parse_day(year, month, day) else {
                    return Ok(None);
                };
                let tz = settings.time_zone.clone();
                let start = date.to_zoned_datetime(tz.clone()).map_err(corrupt_day)?;
                let next = date.tomorrow().map_err(corrupt_day)?;
                let end = next.to_zoned_datetime(tz).map_err(corrupt_day)?;
                if start.timestamp() > now {
                    return Ok(None);
                }
                filter.from = Some(start.timestamp());
                filter.until = Some(end.timestamp());
                let heading = c.t(
                    lang,
                    "archive-heading",
                    &[("date", Arg::Str(&masthead_i18n::format_date(lang, date)))],
                );
                let mut r = base(
                    ListKind::Archive,
                    heading,
                    urls.day(lang, date),
                    CacheTag::Day(lang, date),
                );
                r.prev_day = date.yesterday().ok().map(|d| urls.day(lang, d));
                r.next_day = (end.timestamp() <= now).then(|| urls.day(lang, next));
                r.elsewhere = others.into_iter().map(|l| (l, urls.day(l, date))).collect();
                r
            }
        }))
    }

    pub async fn listing(
        &self,
        lang: Lang,
        what: Listing<'_>,
        page: Option<&str>,
    ) -> Result<Found<ListPage>, ServiceError> {
        let Some(paging) = Paging::parse(page, PER_PAGE) else {
            return Ok(Found::NotFound);
        };
        let now = Timestamp::now();
        let urls = self.urls();
        let mut filter = ArticleFilter {
            edition: Some(lang),
            ..Default::default()
        };
        let Some(r) = self.resolve(lang, what, &mut filter, now).await? else {
            return Ok(Found::NotFound);
        };
        let (total, articles) = tokio::join!(
            self.store.count(&filter, now),
            self.store.list(&filter, now, PER_PAGE, paging.offset())
        );
        let total = total?;
        let last = Paging::last_page(total, PER_PAGE);
        if paging.page > last {
            return Ok(Found::NotFound);
        }
        let articles = cards(&urls, articles?);
        let pager = Pager {
            page: paging.page,
            last,
            prev_href: (paging.page > 1).then(|| Urls::paged(&r.path, paging.page - 1)),
            next_href: (paging.page < last).then(|| Urls::paged(&r.path, paging.page + 1)),
        };
        let same_page = |l: Lang| {
            r.elsewhere
                .iter()
                .find(|(e, _)| *e == l)
                .map(|(_, p)| p.clone())
        };
        let mut chrome = self
            .chrome(lang, r.active_section.as_deref(), Some(&same_page))
            .await?;
        if r.kind == ListKind::Section
            && let Some(slug) = r.active_section.as_deref()
        {
            chrome.feeds.extend(super::chrome::feed_links(
                &urls,
                lang,
                Some((slug, &r.heading)),
            ));
        }
        let c = Catalogs::embedded();
        let title = if paging.page > 1 {
            let of = c.t(
                lang,
                "page-of",
                &[
                    ("page", Arg::Num(paging.page.into())),
                    ("total", Arg::Num(last.into())),
                ],
            );
            format!("{} ({of}) — {}", r.heading, chrome.site_name)
        } else {
            format!("{} — {}", r.heading, chrome.site_name)
        };
        let head = Head {
            title,
            description: r.intro.clone().unwrap_or_else(|| {
                c.t(
                    lang,
                    "list-description",
                    &[
                        ("name", Arg::Str(&r.heading)),
                        ("site", Arg::Str(&chrome.site_name)),
                    ],
                )
            }),
            path: Urls::paged(&r.path, paging.page),
            // An empty listing (a day with no news) is a page, not something to index.
            noindex: total == 0,
            image: None,
            breadcrumbs: self.breadcrumbs(lang, &[(r.heading.clone(), r.path.clone())]),
        };
        let ad = self.ad(lang, "list").await?;
        let page_tags = tags(
            lang,
            [r.own],
            articles.iter().chain(chrome.breaking.as_ref()),
        );
        Ok(Found::Page(Page {
            chrome,
            head,
            body: ListBody {
                kind: r.kind,
                heading: r.heading,
                intro: r.intro,
                total,
                articles,
                pager,
                prev_day_href: r.prev_day,
                next_day_href: r.next_day,
                ad,
            },
            tags: page_tags,
        }))
    }
}

/// A date the time zone cannot place is not the reader's doing.
fn corrupt_day(e: jiff::Error) -> ServiceError {
    masthead_store::StoreError::Corrupt(format!("day archive date: {e}")).into()
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
