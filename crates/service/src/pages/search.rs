//! The search page. Full-text results come with the search engine (SPEC R6); until then the
//! page keeps the form working and shows the latest news.

use super::{cards, tags};
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::page::{Head, Page, SearchBody, SearchPage};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang};
use masthead_i18n::Catalogs;

/// Longest query kept, in characters.
pub const MAX_QUERY: usize = 200;

impl Site {
    pub async fn search(&self, lang: Lang, query: &str) -> Result<Found<SearchPage>, ServiceError> {
        let now = Timestamp::now();
        let urls = self.urls();
        let query: String = query
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_QUERY)
            .collect();
        let query = query.trim().to_owned();
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
        let latest = cards(&urls, latest);
        let q = query.clone();
        let same_page = move |l: Lang| Some(urls.search(l, Some(&q)));
        let chrome = self.chrome(lang, None, Some(&same_page)).await?;
        let title = Catalogs::embedded().t(lang, "search-title", &[]);
        let head = Head {
            title: format!("{title} — {}", chrome.site_name),
            description: String::new(),
            path: urls.search(lang, None),
            noindex: true,
        };
        let page_tags = tags(
            lang,
            [CacheTag::Home(lang)],
            latest.iter().chain(chrome.breaking.as_ref()),
        );
        Ok(Found::Page(Page {
            chrome,
            head,
            body: SearchBody { query, latest },
            tags: page_tags,
        }))
    }
}
