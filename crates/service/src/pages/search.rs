//! The search page (SPEC R6): works without JavaScript. The form keeps the query and filters;
//! results come with their count, marked snippets and pages; with nothing found (or nothing
//! asked) the page offers the edition's popular queries and the latest news instead.

use super::{cards, tags};
use crate::search::{Finding, PAGE_SIZE, SearchInputError, SearchParams, SearchRequest};
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::page::{
    Head, Link, Page, Pager, QueryLink, SearchBody, SearchItem, SearchPage, SearchState,
};
use masthead_core::search::{MAX_DEPTH, SearchResults};
use masthead_core::{ArticleFilter, CacheTag, Found, Lang};
use masthead_i18n::{Arg, Catalogs};

impl Site {
    /// The search page of `lang` for `params` (unreadable dates or numbers are dropped and
    /// said so; the page never fails on input).
    ///
    /// # Errors
    /// The store's or the index's.
    pub async fn search(
        &self,
        lang: Lang,
        params: &SearchParams,
    ) -> Result<Found<SearchPage>, ServiceError> {
        let (request, error) = SearchRequest::read_lenient(lang, params, PAGE_SIZE);
        let mut notice = error.map(error_key);
        if request.swapped {
            notice = Some("search-dates-swapped");
        }
        let urls = self.urls();
        let finding = if request.q.is_empty() {
            Finding::Results(SearchResults::default())
        } else {
            self.find(&request).await?
        };
        let mut partial = false;
        let (state, results, total, percent) = match finding {
            Finding::Rebuilding { done, total } => {
                let pct = done
                    .saturating_mul(100)
                    .checked_div(total)
                    .map_or(0, |p| p.min(99));
                (SearchState::Rebuilding, Vec::new(), 0, pct as u8)
            }
            Finding::Results(found) => {
                partial = found.partial;
                let state = if request.q.is_empty() {
                    SearchState::Idle
                } else if request.too_deep() && found.total > 0 {
                    SearchState::TooDeep
                } else if found.hits.is_empty() && found.total > 0 {
                    SearchState::PastEnd
                } else if found.hits.is_empty() {
                    SearchState::Nothing
                } else {
                    SearchState::Results
                };
                let items = found
                    .hits
                    .into_iter()
                    .map(|h| SearchItem {
                        url: urls.article(lang, &h.slug),
                        title: h.title,
                        kicker: h.kicker,
                        section: Link {
                            url: urls.section(lang, &h.section_slug),
                            name: h.section_name,
                        },
                        published_at: h.published_at,
                        snippet: h.snippet,
                    })
                    .collect();
                (state, items, found.total, 0)
            }
        };
        let section = request.section.clone().unwrap_or_default();
        let from = request.from.map(|d| d.to_string()).unwrap_or_default();
        let to = request.to.map(|d| d.to_string()).unwrap_or_default();
        let params: [(&str, &str); 4] = [
            ("q", &request.q),
            ("section", &section),
            ("from", &from),
            ("to", &to),
        ];
        let reachable = (MAX_DEPTH / PAGE_SIZE) as u64;
        let last = total.div_ceil(PAGE_SIZE as u64).clamp(1, reachable);
        let pager = (state == SearchState::Results && last > 1).then(|| Pager {
            page: u32::try_from(request.page).unwrap_or(u32::MAX),
            last: u32::try_from(last).unwrap_or(u32::MAX),
            prev_href: (request.page > 1)
                .then(|| urls.search_with(lang, &params, (request.page - 1).min(last))),
            next_href: (request.page < last)
                .then(|| urls.search_with(lang, &params, request.page + 1)),
        });
        let offer = !matches!(state, SearchState::Results);
        let popular = if offer {
            self.popular_searches(lang)
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|text| QueryLink {
                    url: urls.search(lang, Some(&text)),
                    text,
                })
                .collect()
        } else {
            Vec::new()
        };
        let latest = if offer {
            let f = ArticleFilter {
                edition: Some(lang),
                ..Default::default()
            };
            cards(&urls, self.store.list(&f, Timestamp::now(), 6, 0).await?)
        } else {
            Vec::new()
        };
        let q = request.q.clone();
        let same_page = move |l: Lang| Some(urls.search(l, Some(&q)));
        let chrome = self.chrome(lang, None, Some(&same_page)).await?;
        let sections = chrome
            .sections
            .iter()
            .cloned()
            .map(|mut s| {
                s.current = s.slug == section;
                s
            })
            .collect();
        let title = Catalogs::embedded().t(lang, "search-title", &[]);
        let head = Head {
            title: if request.q.is_empty() {
                format!("{title} — {}", chrome.site_name)
            } else {
                format!("{} — {title} — {}", request.q, chrome.site_name)
            },
            description: Catalogs::embedded().t(
                lang,
                "search-description",
                &[("site", Arg::Str(&chrome.site_name))],
            ),
            path: self.urls().search(lang, None),
            noindex: true,
            image: None,
            breadcrumbs: self.breadcrumbs(lang, &[(title.clone(), self.urls().search(lang, None))]),
        };
        let page_tags = tags(
            lang,
            [CacheTag::Search(lang), CacheTag::Home(lang)],
            latest.iter().chain(chrome.breaking.as_ref()),
        );
        let filtered = !(section.is_empty() && from.is_empty() && to.is_empty());
        let clear_filters_url = self.urls().search(lang, Some(&request.q));
        let first_page_url = self.urls().search_with(lang, &params, 1);
        Ok(Found::Page(Page {
            chrome,
            head,
            body: SearchBody {
                query: request.q,
                state,
                total,
                partial,
                results,
                pager,
                sections,
                section,
                from,
                to,
                filtered,
                clear_filters_url,
                first_page_url,
                notice,
                popular,
                latest,
                rebuilt_percent: percent,
            },
            tags: page_tags,
        }))
    }
}

/// The page's notice for an unreadable parameter: `search-error-` and the error's code.
fn error_key(e: SearchInputError) -> &'static str {
    match e {
        SearchInputError::InvalidDate => "search-error-invalid-date",
        SearchInputError::InvalidNumber => "search-error-invalid-number",
    }
}
