//! The chrome around every page: sections, edition switch, social links, breaking strip.

use crate::settings::SOCIAL;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::page::{Card, Chrome, EditionLink, HeadImage, Link, NavLink, SocialLink};
use masthead_core::{Ad, ArticleFilter, Lang, Section};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// What every page of an edition shows around its content. Kept for a few seconds (and dropped
/// when the change log says it changed) so that rendering a page does not ask the store for it.
pub(crate) struct EditionParts {
    pub sections: Vec<Section>,
    pub breaking: Option<Card>,
    pub ads: Vec<Ad>,
    /// The edition's static pages linked from the footer, in order: `(title, slug)`.
    pub footer: Vec<(String, String)>,
}

/// How long edition parts are reused; bounds how late a breaking article that becomes due
/// (published with a future time) appears.
const PARTS_TTL: Duration = Duration::from_secs(10);

/// A page's address in each other edition, when it has one (an article's translation, a
/// section of the same slug); other editions link to their home page.
pub(crate) type SamePage<'a> = &'a (dyn Fn(Lang) -> Option<String> + Sync);

/// The most-read rankings of an edition (24 hours, 7 days), as summaries.
pub(crate) type MostRead = [Vec<masthead_core::ArticleSummary>; 2];

/// How long most-read rankings are reused: they move slowly, and ranking a week of view counts
/// is the dearest read of the home page.
pub(crate) const MOST_READ_TTL: Duration = Duration::from_secs(60);

/// An edition's values kept for a while.
type Timed<T> = RwLock<HashMap<Lang, (Instant, Arc<T>)>>;

#[derive(Default)]
pub(crate) struct PartsCache {
    parts: Timed<EditionParts>,
    most_read: Timed<MostRead>,
}

fn fresh<T>(map: &Timed<T>, lang: Lang, ttl: Duration) -> Option<Arc<T>> {
    map.read()
        .unwrap_or_else(|p| p.into_inner())
        .get(&lang)
        .filter(|(at, _)| at.elapsed() < ttl)
        .map(|(_, v)| v.clone())
}

fn keep<T>(map: &Timed<T>, lang: Lang, value: Arc<T>) {
    map.write()
        .unwrap_or_else(|p| p.into_inner())
        .insert(lang, (Instant::now(), value));
}

/// Drops one edition's values, or every edition's.
fn forget<T>(map: &Timed<T>, lang: Option<Lang>) {
    let mut map = map.write().unwrap_or_else(|p| p.into_inner());
    match lang {
        Some(l) => {
            map.remove(&l);
        }
        None => map.clear(),
    }
}

impl PartsCache {
    /// Drops what is kept of one edition, or of every edition.
    pub(crate) fn clear(&self, lang: Option<Lang>) {
        forget(&self.parts, lang);
        forget(&self.most_read, lang);
    }

    pub(crate) fn most_read(&self, lang: Lang) -> Option<Arc<MostRead>> {
        fresh(&self.most_read, lang, MOST_READ_TTL)
    }

    pub(crate) fn keep_most_read(&self, lang: Lang, value: Arc<MostRead>) {
        keep(&self.most_read, lang, value);
    }
}

/// An ad as pages show it: its HTML sanitized again (rows may come from an import or an older
/// version), a link or image that is not https or of this site dropped.
fn shown_ad(mut ad: Ad) -> Ad {
    ad.html = ad
        .html
        .map(|h| masthead_markdown::ad_html(&h))
        .filter(|h| !h.trim().is_empty());
    if !masthead_core::settings::is_safe_link(&ad.link_url) {
        ad.link_url.clear();
    }
    if !masthead_core::settings::is_safe_link(&ad.image_url) {
        ad.image_url.clear();
    }
    ad
}

impl Site {
    pub(crate) async fn edition_parts(
        &self,
        lang: Lang,
    ) -> Result<Arc<EditionParts>, ServiceError> {
        if let Some(parts) = fresh(&self.parts.parts, lang, PARTS_TTL) {
            return Ok(parts);
        }
        let breaking_filter = ArticleFilter {
            edition: Some(lang),
            breaking: true,
            ..Default::default()
        };
        let (sections, breaking, ads, pages) = tokio::join!(
            self.store.sections(lang),
            self.store.list(&breaking_filter, Timestamp::now(), 1, 0),
            self.store.ads(lang),
            self.store.static_pages(Some(lang)),
        );
        let urls = self.urls();
        let parts = Arc::new(EditionParts {
            sections: sections?,
            breaking: breaking?.into_iter().next().map(|a| super::card(&urls, a)),
            ads: ads?.into_iter().map(shown_ad).collect(),
            footer: pages?
                .into_iter()
                .filter(|p| p.in_footer)
                .map(|p| (p.title, p.slug))
                .collect(),
        });
        keep(&self.parts.parts, lang, parts.clone());
        Ok(parts)
    }

    /// The chrome of a page of `lang`; `active_section` is the slug of the section the page
    /// belongs to.
    pub(crate) async fn chrome(
        &self,
        lang: Lang,
        active_section: Option<&str>,
        same_page: Option<SamePage<'_>>,
    ) -> Result<Chrome, ServiceError> {
        let parts = self.edition_parts(lang).await?;
        let urls = self.urls();
        let mut chrome = self.settings_chrome(lang, same_page);
        chrome.sections = parts
            .sections
            .iter()
            .map(|sec| NavLink {
                url: urls.section(lang, &sec.slug),
                current: active_section == Some(sec.slug.as_str()),
                slug: sec.slug.clone(),
                name: sec.name.clone(),
            })
            .collect();
        chrome.breaking = parts.breaking.clone();
        chrome.footer_pages = parts
            .footer
            .iter()
            .map(|(title, slug)| Link {
                name: title.clone(),
                url: urls.page(lang, slug),
            })
            .collect();
        Ok(chrome)
    }

    /// The chrome from settings alone: no sections or breaking strip, which need the store
    /// (an error page shows this when the database does not answer).
    pub(crate) fn settings_chrome(&self, lang: Lang, same_page: Option<SamePage<'_>>) -> Chrome {
        let s = self.settings();
        let urls = self.urls();
        Chrome {
            lang,
            default_edition: s.default_edition(),
            site_name: s.site_name.clone(),
            base_url: self.base_url.clone(),
            time_zone: s.time_zone_name.clone(),
            home_url: urls.home(lang),
            search_url: urls.search(lang, None),
            editions: self.edition_links(lang, same_page),
            sections: Vec::new(),
            social: SOCIAL
                .iter()
                .filter_map(|(network, key, label)| {
                    s.get(key).map(|url| SocialLink {
                        network,
                        label,
                        url: url.to_owned(),
                    })
                })
                .collect(),
            app_store_url: s.get("app.ios").map(str::to_owned),
            google_play_url: s.get("app.android").map(str::to_owned),
            breaking: None,
            strip: s.strip(lang).filter(|st| st.shown_at(Timestamp::now())),
            reprint_policy: s.reprint_policy(lang),
            footer_pages: Vec::new(),
            year: Timestamp::now()
                .to_zoned_datetime(s.time_zone.clone())
                .year(),
            feeds: feed_links(&urls, lang, None),
            logo_url: format!("{}{LOGO_PATH}", self.base_url),
            logo_size: LOGO_SIZE,
        }
    }

    /// The edition switch of a page of `lang`: each edition's address of the same page where
    /// it has one, else its home.
    pub(crate) fn edition_links(
        &self,
        lang: Lang,
        same_page: Option<SamePage<'_>>,
    ) -> Vec<EditionLink> {
        let urls = self.urls();
        self.settings()
            .editions
            .iter()
            .map(|&l| {
                let href = if l == lang {
                    None
                } else {
                    same_page.and_then(|f| f(l))
                };
                EditionLink {
                    lang: l,
                    code: l.code(),
                    label: l.short_label(),
                    native: l.native_name(),
                    alternate: l == lang || href.is_some(),
                    href: href.unwrap_or_else(|| urls.home(l)),
                    current: l == lang,
                }
            })
            .collect()
    }

    /// The ad for a slot of an edition: one for that edition if there is one, else a shared one.
    pub(crate) async fn ad(&self, lang: Lang, slot: &str) -> Result<Option<Ad>, ServiceError> {
        let parts = self.edition_parts(lang).await?;
        let in_slot = || parts.ads.iter().filter(|a| a.slot == slot);
        let mine = in_slot().find(|a| a.edition == Some(lang));
        Ok(mine.or_else(|| in_slot().next()).cloned())
    }

    /// A breadcrumb trail: the edition's home, then `steps` (`(name, path)`), absolute.
    pub(crate) fn breadcrumbs(&self, lang: Lang, steps: &[(String, String)]) -> Vec<Link> {
        let home = Link {
            name: self.settings().site_name.clone(),
            url: format!("{}{}", self.base_url, self.urls().home(lang)),
        };
        std::iter::once(home)
            .chain(steps.iter().map(|(name, path)| Link {
                name: name.clone(),
                url: format!("{}{path}", self.base_url),
            }))
            .collect()
    }

    /// A cover as link previews show it: absolute, with its size where it is known (an
    /// uploaded image's variant, the demo covers).
    pub(crate) async fn head_image(&self, cover: &masthead_core::Cover) -> HeadImage {
        let url = if cover.url.starts_with("http://") || cover.url.starts_with("https://") {
            cover.url.clone()
        } else {
            format!("{}{}", self.base_url, cover.url)
        };
        let mut size = None;
        if cover.url.starts_with("/static/covers/") {
            size = Some((1200, 675));
        } else if let Some(name) = cover.url.strip_prefix("/media/")
            && let Some((stem_w, _ext)) = name.rsplit_once('.')
            && let Some((stem, w)) = stem_w.rsplit_once('-')
            && let Ok(w) = w.parse::<u32>()
            && let Ok(Some(m)) = self.store.media_by_stem(stem).await
            && m.width > 0
        {
            let h = u64::from(w) * u64::from(m.height) / u64::from(m.width);
            size = Some((w, u32::try_from(h).unwrap_or(0)));
        }
        HeadImage {
            url,
            width: size.map(|s| s.0),
            height: size.map(|s| s.1),
            alt: cover.alt.clone(),
        }
    }

    /// Whether another edition has a section with this slug.
    pub(crate) async fn section_in(&self, lang: Lang, slug: &str) -> bool {
        self.edition_parts(lang)
            .await
            .is_ok_and(|p| p.sections.iter().any(|s| s.slug == slug))
    }
}

/// The site's logo: a square PNG (Google asks for a raster logo of at least 112 px).
pub(crate) const LOGO_PATH: &str = "/static/logo.png";
/// The logo's width and height, in pixels.
pub(crate) const LOGO_SIZE: u32 = 512;

/// The RSS and Atom feeds of an edition, or of a section (`(slug, name)`).
pub(crate) fn feed_links(
    urls: &masthead_core::Urls,
    lang: Lang,
    section: Option<(&str, &str)>,
) -> Vec<masthead_core::page::FeedLink> {
    use masthead_core::discovery::FeedFormat;
    let c = masthead_i18n::Catalogs::embedded();
    [FeedFormat::Rss, FeedFormat::Atom]
        .into_iter()
        .map(|f| {
            let kind = match f {
                FeedFormat::Rss => "feed-rss",
                FeedFormat::Atom => "feed-atom",
            };
            let (href, title) = match section {
                Some((slug, name)) => (
                    urls.section_feed(lang, slug, f),
                    format!("{name}: {}", c.t(lang, kind, &[])),
                ),
                None => (urls.feed(lang, f), c.t(lang, kind, &[])),
            };
            masthead_core::page::FeedLink {
                title,
                href,
                mime: match f {
                    FeedFormat::Rss => "application/rss+xml",
                    FeedFormat::Atom => "application/atom+xml",
                },
            }
        })
        .collect()
}
