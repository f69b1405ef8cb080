//! The article page (SPEC R2): the story and everything around it, in two round trips (the
//! article with its section, byline, tags and translations; then its related articles and the
//! section's lists together).

use super::{card, cards, tags};
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::page::{
    ArticleBody, ArticlePage, ArticleView, Card, Head, Link, Page, TranslationLink,
};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang};
use masthead_store::{ArticleRecord, ListQuery};

/// Related articles shown under the story.
const RELATED: usize = 4;
/// "The most important news" of the section.
const IMPORTANT: u32 = 5;
/// Latest articles of the section and of the edition read to fill the related ones: enough
/// for four after leaving out those already shown (at most 4 related and 5 important).
const FILL: u32 = 9;

impl Site {
    pub async fn article(
        &self,
        lang: Lang,
        slug: &str,
    ) -> Result<Found<ArticlePage>, ServiceError> {
        let now = Timestamp::now();
        let urls = self.urls();
        if masthead_core::slug::validate(slug).is_err() {
            return Ok(Found::NotFound);
        }
        let Some(rec) = self.store.article_page(lang, slug, now).await? else {
            return Ok(match self.store.redirect_slug(lang, slug).await? {
                Some(current) => Found::Moved(urls.article(lang, &current)),
                None => Found::NotFound,
            });
        };
        Ok(Found::Page(
            self.article_from_record(lang, rec, now, false).await?,
        ))
    }

    /// The article page of a record read from the store, or made from an editor's form for
    /// the preview (`preview`: not indexed, no view counted).
    pub(crate) async fn article_from_record(
        &self,
        lang: Lang,
        rec: ArticleRecord,
        now: Timestamp,
        preview: bool,
    ) -> Result<ArticlePage, ServiceError> {
        let urls = self.urls();
        let a = rec.article;
        let section = rec.section;
        let same_section = ArticleFilter {
            edition: Some(lang),
            section_id: Some(section.id),
            exclude_id: Some(a.id),
            ..Default::default()
        };
        let lists = [
            ListQuery {
                filter: ArticleFilter {
                    related_to: Some(a.id),
                    ..Default::default()
                },
                limit: RELATED as u32,
                offset: 0,
            },
            ListQuery {
                filter: ArticleFilter {
                    important: true,
                    ..same_section.clone()
                },
                limit: IMPORTANT,
                offset: 0,
            },
            ListQuery {
                filter: same_section.clone(),
                limit: FILL,
                offset: 0,
            },
            ListQuery {
                filter: ArticleFilter {
                    section_id: None,
                    ..same_section
                },
                limit: FILL,
                offset: 0,
            },
        ];
        let [related, important, section_latest, edition_latest]: [Vec<_>; 4] = self
            .store
            .list_many(&lists, now)
            .await?
            .try_into()
            .map_err(|_| masthead_store::StoreError::Corrupt("list_many answer".into()))?;
        // The most important news of the section, or its latest when none is marked.
        let important = if important.is_empty() {
            section_latest
                .iter()
                .take(IMPORTANT as usize)
                .cloned()
                .collect()
        } else {
            important
        };
        let important: Vec<Card> = cards(&urls, important);
        // Related: shared tags first, then the section's latest, then the edition's latest.
        let mut related: Vec<Card> = cards(&urls, related);
        for a2 in section_latest.into_iter().chain(edition_latest) {
            if related.len() >= RELATED {
                break;
            }
            if !related.iter().any(|r| r.id == a2.id) && !important.iter().any(|i| i.id == a2.id) {
                related.push(card(&urls, a2));
            }
        }
        let settings = self.settings();
        let translations: Vec<TranslationLink> = rec
            .translations
            .into_iter()
            .filter(|t| settings.editions.contains(&t.edition))
            .map(|t| TranslationLink {
                lang: t.edition,
                native: t.edition.native_name(),
                href: urls.article(t.edition, &t.slug),
                title: t.title,
            })
            .collect();
        let same_page = |l: Lang| {
            translations
                .iter()
                .find(|t| t.lang == l)
                .map(|t| t.href.clone())
        };
        let chrome = self
            .chrome(lang, Some(&section.slug), Some(&same_page))
            .await?;
        let ad = self.ad(lang, "article").await?;
        let url = urls.article(lang, &a.slug);
        let seo_title = if a.seo.title.is_empty() {
            a.title.clone()
        } else {
            a.seo.title.clone()
        };
        let seo_description = if a.seo.description.is_empty() {
            a.lead.clone()
        } else {
            a.seo.description.clone()
        };
        let head = Head {
            title: format!("{seo_title} — {}", chrome.site_name),
            description: seo_description.clone(),
            path: url.clone(),
            noindex: preview,
            image: match &a.cover {
                Some(c) => Some(self.head_image(c).await),
                None => None,
            },
            breadcrumbs: self.breadcrumbs(
                lang,
                &[
                    (section.name.clone(), urls.section(lang, &section.slug)),
                    (a.title.clone(), url.clone()),
                ],
            ),
        };
        let tag_links: Vec<Link> = rec
            .tags
            .iter()
            .map(|t| Link {
                name: t.name.clone(),
                url: urls.tag(lang, &t.slug),
            })
            .collect();
        let page_tags = tags(
            lang,
            [CacheTag::ArticlePage(a.id)],
            important
                .iter()
                .chain(&related)
                .chain(chrome.breaking.as_ref()),
        );
        let article = ArticleView {
            id: a.id,
            url,
            views: a.views + self.views.pending_of(a.id),
            title: a.title,
            lead: a.lead,
            body_html: a.body_html,
            published_at: a.published_at.unwrap_or(a.updated_at),
            updated_at: a.updated_at,
            flags: a.flags,
            source: a.source,
            cover: a.cover,
            section: Link {
                name: section.name.clone(),
                url: urls.section(lang, &section.slug),
            },
            kicker: tag_links.first().cloned(),
            authors: rec
                .author
                .iter()
                .chain(&rec.coauthors)
                .map(|au| Link {
                    url: urls.author(lang, &au.slug),
                    name: au.name.clone(),
                })
                .collect(),
            author: rec.author.map(|au| Link {
                url: urls.author(lang, &au.slug),
                name: au.name,
            }),
            tags: tag_links,
            corrections: rec.corrections,
            seo_title,
            seo_description,
        };
        Ok(Page {
            chrome,
            head,
            body: ArticleBody {
                article,
                translations,
                important,
                related,
                ad,
            },
            tags: page_tags,
        })
    }
}
