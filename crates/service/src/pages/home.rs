//! The home page of an edition (SPEC R5), in two round trips made at once: every list it
//! shows in one query, the most-read rankings in another.

use super::chrome::MostRead;
use super::{cards, tags};
use crate::{ServiceError, Site};
use jiff::{SignedDuration, Timestamp};
use masthead_core::page::{Head, HomeBody, HomePage, Page, SectionBlock};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang};
use masthead_store::ListQuery;

/// Headlines in the "latest news" list.
const LATEST: usize = 12;
/// Cards in each section's block.
const PER_SECTION: u32 = 4;
/// Entries of each most-read ranking.
const MOST_READ: u32 = 5;

impl Site {
    /// The edition's most-read rankings of the last 24 hours and 7 days, kept for a minute.
    async fn most_read(
        &self,
        lang: Lang,
        now: Timestamp,
    ) -> Result<std::sync::Arc<MostRead>, ServiceError> {
        if let Some(kept) = self.parts.most_read(lang) {
            return Ok(kept);
        }
        let windows = [
            now - SignedDuration::from_hours(24),
            now - SignedDuration::from_hours(24 * 7),
        ];
        let mut found = self
            .store
            .most_read(lang, &windows, now, MOST_READ)
            .await?
            .into_iter();
        let ranked = std::sync::Arc::new([
            found.next().unwrap_or_default(),
            found.next().unwrap_or_default(),
        ]);
        self.parts.keep_most_read(lang, ranked.clone());
        Ok(ranked)
    }

    pub async fn home(&self, lang: Lang) -> Result<Found<HomePage>, ServiceError> {
        let now = Timestamp::now();
        let urls = self.urls();
        let parts = self.edition_parts(lang).await?;
        let all = ArticleFilter {
            edition: Some(lang),
            ..Default::default()
        };
        let mut queries = vec![
            ListQuery {
                filter: ArticleFilter {
                    top: true,
                    ..all.clone()
                },
                limit: 1,
                offset: 0,
            },
            ListQuery {
                filter: all.clone(),
                limit: LATEST as u32 + 1,
                offset: 0,
            },
        ];
        queries.extend(parts.sections.iter().map(|s| ListQuery {
            filter: ArticleFilter {
                section_id: Some(s.id),
                ..all.clone()
            },
            limit: PER_SECTION,
            offset: 0,
        }));
        let (lists, most_read) = tokio::join!(
            self.store.list_many(&queries, now),
            self.most_read(lang, now)
        );
        let mut lists = lists?.into_iter();
        let most_read = most_read?;
        let flagged_top = lists.next().unwrap_or_default();
        let mut latest = cards(&urls, lists.next().unwrap_or_default());
        let top = match flagged_top.into_iter().next() {
            Some(a) => Some(super::card(&urls, a)),
            None if !latest.is_empty() => Some(latest.remove(0)),
            None => None,
        };
        latest.retain(|a| Some(a.id) != top.as_ref().map(|t| t.id));
        latest.truncate(LATEST);
        let blocks: Vec<SectionBlock> = parts
            .sections
            .iter()
            .zip(lists)
            .map(|(s, list)| SectionBlock {
                url: urls.section(lang, &s.slug),
                slug: s.slug.clone(),
                name: s.name.clone(),
                articles: cards(&urls, list),
            })
            .collect();
        let most_read_day = cards(&urls, most_read[0].clone());
        let most_read_week = cards(&urls, most_read[1].clone());
        let same_page = |l: Lang| Some(urls.home(l));
        let chrome = self.chrome(lang, None, Some(&same_page)).await?;
        let ad = self.ad(lang, "home").await?;
        let head = Head {
            title: chrome.site_name.clone(),
            description: masthead_i18n::Catalogs::embedded().t(lang, "home-title", &[]),
            path: urls.home(lang),
            noindex: false,
            image: None,
            breadcrumbs: Vec::new(),
        };
        let page_tags = tags(
            lang,
            [CacheTag::Home(lang)],
            top.iter()
                .chain(&latest)
                .chain(blocks.iter().flat_map(|b| &b.articles))
                .chain(&most_read_day)
                .chain(&most_read_week)
                .chain(chrome.breaking.as_ref()),
        );
        Ok(Found::Page(Page {
            chrome,
            head,
            body: HomeBody {
                top,
                latest,
                blocks,
                most_read_day,
                most_read_week,
                ad,
            },
            tags: page_tags,
        }))
    }
}
