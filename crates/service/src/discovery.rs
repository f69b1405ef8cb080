//! Feeds and sitemaps (SPEC R8): the models `render` writes as RSS, Atom and sitemap XML, with
//! every address absolute and the cache tags of what they list.

mod sitemaps;

use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::discovery::{
    AbsLink, FEED_ITEMS, Feed, FeedFormat, FeedImage, FeedItem, article_guid, feed_guid, image_mime,
};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang};
use masthead_i18n::{Arg, Catalogs};
use masthead_store::ArticleRecord;

/// A document with the cache tags of what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagged<T> {
    pub doc: T,
    pub tags: Vec<CacheTag>,
}

impl Site {
    /// An edition's feed, or a section's (`section`: its slug), in `format`, with the newest
    /// [`FEED_ITEMS`] articles. Full text when the site publishes it (setting
    /// `feed_full_text`), else the lead alone.
    ///
    /// # Errors
    /// The store's.
    pub async fn feed(
        &self,
        lang: Lang,
        section: Option<&str>,
        format: FeedFormat,
    ) -> Result<Found<Tagged<Feed>>, ServiceError> {
        let now = Timestamp::now();
        let urls = self.urls();
        let settings = self.settings();
        let base = self.base_url.as_str();
        let c = Catalogs::embedded();
        let mut filter = ArticleFilter {
            edition: Some(lang),
            ..Default::default()
        };
        let mut tags = vec![CacheTag::Edition(lang)];
        let (title, description, page_url, self_url, id) = match section {
            None => {
                tags.push(CacheTag::Home(lang));
                (
                    settings.site_name.clone(),
                    c.t(
                        lang,
                        "feed-description",
                        &[("site", Arg::Str(&settings.site_name))],
                    ),
                    urls.home(lang),
                    urls.feed(lang, format),
                    feed_guid(base, lang, None),
                )
            }
            Some(slug) => {
                if masthead_core::slug::validate(slug).is_err() {
                    return Ok(Found::NotFound);
                }
                let Some(sec) = self.store.section_by_slug(lang, slug).await? else {
                    return Ok(Found::NotFound);
                };
                filter.section_id = Some(sec.id);
                tags.push(CacheTag::Section(sec.id));
                (
                    format!("{}: {}", settings.site_name, sec.name),
                    c.t(
                        lang,
                        "feed-section-description",
                        &[
                            ("site", Arg::Str(&settings.site_name)),
                            ("section", Arg::Str(&sec.name)),
                        ],
                    ),
                    urls.section(lang, &sec.slug),
                    urls.section_feed(lang, &sec.slug, format),
                    feed_guid(base, lang, Some(&sec.slug)),
                )
            }
        };
        let full = settings.get("feed_full_text") == Some("1");
        let list = self.store.list(&filter, now, FEED_ITEMS, 0).await?;
        let mut items = Vec::with_capacity(list.len());
        for summary in list {
            tags.push(CacheTag::Article(summary.id));
            // Read one by one: a feed is rendered once and then served from the page cache.
            if let Some(rec) = self.store.article_page(lang, &summary.slug, now).await? {
                items.push(self.feed_item(lang, rec, full));
            }
        }
        let updated = items
            .iter()
            .map(|i| i.updated)
            .max()
            .unwrap_or(Timestamp::UNIX_EPOCH);
        Ok(Found::Page(Tagged {
            doc: Feed {
                lang,
                format,
                title,
                description,
                page_url: format!("{base}{page_url}"),
                self_url: format!("{base}{self_url}"),
                id,
                updated,
                logo_url: format!("{base}{}", crate::pages::chrome::LOGO_PATH),
                items,
            },
            tags,
        }))
    }

    fn feed_item(&self, lang: Lang, rec: ArticleRecord, full: bool) -> FeedItem {
        let urls = self.urls();
        let base = self.base_url.as_str();
        let abs = |path: &str| {
            if path.starts_with("http://") || path.starts_with("https://") {
                path.to_owned()
            } else {
                format!("{base}{path}")
            }
        };
        let a = rec.article;
        let authors = rec
            .author
            .iter()
            .chain(rec.coauthors.iter())
            .map(|au| AbsLink {
                name: au.name.clone(),
                url: abs(&urls.author(lang, &au.slug)),
            })
            .collect();
        let image = a.cover.as_ref().map(|c| FeedImage {
            url: abs(&c.url),
            mime: image_mime(&c.url).unwrap_or("image/jpeg"),
            alt: c.alt.clone(),
        });
        FeedItem {
            guid: article_guid(base, a.id),
            url: abs(&urls.article(lang, &a.slug)),
            summary: if a.seo.description.is_empty() {
                a.lead.clone()
            } else {
                a.seo.description.clone()
            },
            content_html: full
                .then(|| masthead_core::discovery::absolute_links(&a.body_html, base)),
            title: a.title,
            published: a.published_at.unwrap_or(a.updated_at),
            updated: a.updated_at.max(a.published_at.unwrap_or(a.updated_at)),
            authors,
            section: AbsLink {
                name: rec.section.name.clone(),
                url: abs(&urls.section(lang, &rec.section.slug)),
            },
            categories: rec.tags.into_iter().map(|t| t.name).collect(),
            image,
        }
    }
}
