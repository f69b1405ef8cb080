//! Sitemaps (sitemaps.org protocol 0.9) with `hreflang` alternates between editions, and each
//! edition's Google News sitemap.

use super::Tagged;
use crate::{ServiceError, Site};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use masthead_core::discovery::{
    Alternate, NEWS_SITEMAP_HOURS, NEWS_SITEMAP_MAX, NewsEntry, SITEMAP_MAX_URLS, Sitemap,
    SitemapPart, SitemapRef, SitemapUrl,
};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang};
use std::collections::HashMap;

impl Site {
    /// The tags every sitemap carries: any listing or navigation change of any edition.
    fn sitemap_tags(&self) -> Vec<CacheTag> {
        self.settings()
            .editions
            .iter()
            .flat_map(|&l| [CacheTag::Edition(l), CacheTag::Home(l)])
            .collect()
    }

    /// `sitemap.xml`: every edition's section, tag, author and news sitemaps, and one per
    /// month of articles (more where a month has over 50,000).
    ///
    /// # Errors
    /// The store's.
    pub async fn sitemap_index(&self) -> Result<Tagged<Sitemap>, ServiceError> {
        let now = Timestamp::now();
        let urls = self.urls();
        let base = &self.base_url;
        let mut refs = Vec::new();
        for &lang in &self.settings().editions {
            let months = self.store.article_months(lang, now).await?;
            let newest = months.first().map(|m| m.lastmod);
            for part in [
                SitemapPart::Sections(lang),
                SitemapPart::Tags(lang),
                SitemapPart::Authors(lang),
                SitemapPart::News(lang),
            ] {
                refs.push(SitemapRef {
                    loc: format!("{base}{}", urls.sitemap(&part)),
                    lastmod: newest,
                });
            }
            for m in months {
                let parts = m.articles.div_ceil(u64::from(SITEMAP_MAX_URLS)).max(1);
                for part in 1..=u32::try_from(parts).unwrap_or(u32::MAX) {
                    let p = SitemapPart::Articles {
                        lang,
                        year: m.year,
                        month: m.month,
                        part,
                    };
                    refs.push(SitemapRef {
                        loc: format!("{base}{}", urls.sitemap(&p)),
                        lastmod: Some(m.lastmod),
                    });
                }
            }
        }
        Ok(Tagged {
            doc: Sitemap::Index(refs),
            tags: self.sitemap_tags(),
        })
    }

    /// One sitemap file; `NotFound` for an edition the site does not have or an empty part.
    ///
    /// # Errors
    /// The store's.
    pub async fn sitemap(&self, part: SitemapPart) -> Result<Found<Tagged<Sitemap>>, ServiceError> {
        let lang = match part {
            SitemapPart::Articles { lang, .. }
            | SitemapPart::Sections(lang)
            | SitemapPart::Tags(lang)
            | SitemapPart::Authors(lang)
            | SitemapPart::News(lang) => lang,
        };
        if !self.settings().editions.contains(&lang) {
            return Ok(Found::NotFound);
        }
        let doc = match part {
            SitemapPart::Articles {
                year, month, part, ..
            } => match self.article_sitemap(lang, year, month, part).await? {
                Some(d) => d,
                None => return Ok(Found::NotFound),
            },
            SitemapPart::Sections(_) => self.section_sitemap(lang).await?,
            SitemapPart::Tags(_) => self.tag_sitemap(lang, false).await?,
            SitemapPart::Authors(_) => self.tag_sitemap(lang, true).await?,
            SitemapPart::News(_) => self.news_sitemap(lang).await?,
        };
        Ok(Found::Page(Tagged {
            doc,
            tags: self.sitemap_tags(),
        }))
    }

    /// Alternates of a page present in `present` editions (`(edition, path)`): each of them
    /// and `x-default` (the default edition's, when it has the page). Empty when the page is
    /// in one edition only.
    fn alternates(&self, present: &[(Lang, String)]) -> Vec<Alternate> {
        if present.len() < 2 {
            return Vec::new();
        }
        let default = self.settings().default_edition();
        let base = &self.base_url;
        let mut out: Vec<Alternate> = present
            .iter()
            .map(|(l, p)| Alternate {
                hreflang: l.code().to_owned(),
                href: format!("{base}{p}"),
            })
            .collect();
        if let Some((_, p)) = present.iter().find(|(l, _)| *l == default) {
            out.push(Alternate {
                hreflang: "x-default".into(),
                href: format!("{base}{p}"),
            });
        }
        out
    }

    async fn article_sitemap(
        &self,
        lang: Lang,
        year: i16,
        month: i8,
        part: u32,
    ) -> Result<Option<Sitemap>, ServiceError> {
        let Ok(first) = Date::new(year, month, 1) else {
            return Ok(None);
        };
        let (Ok(from), Ok(next)) = (
            first.to_zoned_datetime(TimeZone::UTC),
            first
                .checked_add(jiff::Span::new().months(1))
                .and_then(|d| d.to_zoned_datetime(TimeZone::UTC)),
        ) else {
            return Ok(None);
        };
        let offset = u64::from(part - 1) * u64::from(SITEMAP_MAX_URLS);
        let list = self
            .store
            .sitemap_articles(
                lang,
                from.timestamp(),
                next.timestamp(),
                Timestamp::now(),
                SITEMAP_MAX_URLS,
                offset,
            )
            .await?;
        if list.is_empty() {
            return Ok(None);
        }
        let urls = self.urls();
        let editions = self.settings().editions.clone();
        let out = list
            .into_iter()
            .map(|a| {
                let mut present = vec![(lang, urls.article(lang, &a.slug))];
                present.extend(
                    a.translations
                        .iter()
                        .filter(|(l, _)| editions.contains(l))
                        .map(|(l, s)| (*l, urls.article(*l, s))),
                );
                SitemapUrl {
                    loc: format!("{}{}", self.base_url, present[0].1),
                    lastmod: Some(a.updated_at),
                    alternates: self.alternates(&present),
                }
            })
            .collect();
        Ok(Some(Sitemap::Urls(out)))
    }

    /// The edition's home, its sections and its corrections page.
    async fn section_sitemap(&self, lang: Lang) -> Result<Sitemap, ServiceError> {
        let urls = self.urls();
        let editions = self.settings().editions.clone();
        let mut slugs_by_edition: HashMap<Lang, Vec<String>> = HashMap::new();
        for &l in &editions {
            let parts = self.edition_parts(l).await?;
            slugs_by_edition.insert(l, parts.sections.iter().map(|s| s.slug.clone()).collect());
        }
        let homes: Vec<(Lang, String)> = editions.iter().map(|&l| (l, urls.home(l))).collect();
        let mut out = vec![SitemapUrl {
            loc: format!("{}{}", self.base_url, urls.home(lang)),
            lastmod: None,
            alternates: self.alternates(&homes),
        }];
        for slug in slugs_by_edition.get(&lang).into_iter().flatten() {
            let present: Vec<(Lang, String)> = editions
                .iter()
                .filter(|l| {
                    **l == lang
                        || slugs_by_edition
                            .get(l)
                            .is_some_and(|v| v.iter().any(|s| s == slug))
                })
                .map(|&l| (l, urls.section(l, slug)))
                .collect();
            out.push(SitemapUrl {
                loc: format!("{}{}", self.base_url, urls.section(lang, slug)),
                lastmod: None,
                alternates: self.alternates(&present),
            });
        }
        // The edition's static pages (About, Contacts, …), with their translations.
        let pages = self.store.static_pages(None).await?;
        for p in pages.iter().filter(|p| p.edition == lang) {
            let present: Vec<(Lang, String)> = editions
                .iter()
                .filter_map(|&l| {
                    pages
                        .iter()
                        .find(|o| {
                            o.edition == l
                                && (o.id == p.id
                                    || (o.translation_key.is_some()
                                        && o.translation_key == p.translation_key))
                        })
                        .map(|o| (l, urls.page(l, &o.slug)))
                })
                .collect();
            out.push(SitemapUrl {
                loc: format!("{}{}", self.base_url, urls.page(lang, &p.slug)),
                lastmod: Some(p.updated_at),
                alternates: self.alternates(&present),
            });
        }
        Ok(Sitemap::Urls(out))
    }

    /// The edition's tag pages (or author pages) that list published articles.
    async fn tag_sitemap(&self, lang: Lang, authors: bool) -> Result<Sitemap, ServiceError> {
        let urls = self.urls();
        let now = Timestamp::now();
        let editions = self.settings().editions.clone();
        let mut by_edition: HashMap<Lang, Vec<(String, Timestamp)>> = HashMap::new();
        for &l in &editions {
            let list: Vec<(String, Timestamp)> = if authors {
                self.store
                    .authors_in_use(l, now)
                    .await?
                    .into_iter()
                    .map(|u| (u.item.slug, u.latest))
                    .collect()
            } else {
                self.store
                    .tags_in_use(l, now)
                    .await?
                    .into_iter()
                    .map(|u| (u.item.slug, u.latest))
                    .collect()
            };
            by_edition.insert(l, list);
        }
        let path = |l: Lang, slug: &str| {
            if authors {
                urls.author(l, slug)
            } else {
                urls.tag(l, slug)
            }
        };
        let mut out = Vec::new();
        for (slug, latest) in by_edition.get(&lang).into_iter().flatten() {
            let present: Vec<(Lang, String)> = editions
                .iter()
                .filter(|l| {
                    **l == lang
                        || by_edition
                            .get(l)
                            .is_some_and(|v| v.iter().any(|(s, _)| s == slug))
                })
                .map(|&l| (l, path(l, slug)))
                .collect();
            out.push(SitemapUrl {
                loc: format!("{}{}", self.base_url, path(lang, slug)),
                lastmod: Some(*latest),
                alternates: self.alternates(&present),
            });
        }
        Ok(Sitemap::Urls(out))
    }

    /// Articles of the last [`NEWS_SITEMAP_HOURS`] hours, newest first.
    async fn news_sitemap(&self, lang: Lang) -> Result<Sitemap, ServiceError> {
        let now = Timestamp::now();
        let urls = self.urls();
        let filter = ArticleFilter {
            edition: Some(lang),
            from: Some(now - SignedDuration::from_hours(NEWS_SITEMAP_HOURS)),
            ..Default::default()
        };
        let list = self.store.list(&filter, now, NEWS_SITEMAP_MAX, 0).await?;
        Ok(Sitemap::News {
            publication: self.settings().site_name.clone(),
            lang,
            entries: list
                .into_iter()
                .map(|a| NewsEntry {
                    loc: format!("{}{}", self.base_url, urls.article(lang, &a.slug)),
                    title: a.title,
                    published: a.published_at,
                })
                .collect(),
        })
    }
}
