//! Search (SPEC R6, A1): reading what a reader or an app asked (query, section, dates, page)
//! into one checked request, asking the index (the `SearchIndex` port, set by the binary),
//! and the limits around it: a rate per client, the popular queries of each edition.
//! `indexer` keeps the index in step with the change log.

mod indexer;
mod popular;

pub use indexer::SEARCH_POLL;
pub use popular::MIN_POPULAR;
pub(crate) use popular::PopularQueries;

use crate::{ServiceError, Site};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use jiff::Timestamp;
use jiff::civil::Date;
use masthead_core::Lang;
use masthead_core::search::{
    IndexState, MAX_DEPTH, MAX_PAGE_SIZE, MAX_QUERY_CHARS, SearchError, SearchIndex, SearchQuery,
    SearchResults,
};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

/// Searches a minute a client may make by default (a burst of a quarter of them first): far
/// above what a reader types, suggestions as one types included.
pub const DEFAULT_SEARCHES_PER_MINUTE: u32 = 120;

/// Results on a page of the search page.
pub const PAGE_SIZE: usize = 10;

/// What a search was asked with, as typed (query string values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchParams {
    pub q: String,
    pub section: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub page: Option<String>,
    pub limit: Option<String>,
}

/// A parameter that cannot be read; its catalog key and stable API code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SearchInputError {
    /// `from`/`to` is not a date `YYYY-MM-DD`.
    #[error("invalid-date")]
    InvalidDate,
    /// `page`/`limit` is not a positive number.
    #[error("invalid-number")]
    InvalidNumber,
}

impl SearchInputError {
    /// The stable code (also the catalog key under `search-error-`).
    pub fn code(self) -> &'static str {
        match self {
            SearchInputError::InvalidDate => "invalid-date",
            SearchInputError::InvalidNumber => "invalid-number",
        }
    }
}

/// A checked request.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    pub lang: Lang,
    /// Control characters dropped, cut to [`MAX_QUERY_CHARS`], spaces trimmed.
    pub q: String,
    pub section: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// From 1.
    pub page: u64,
    pub limit: usize,
    /// The dates were given the wrong way round and were swapped.
    pub swapped: bool,
}

/// What a search found.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Results(SearchResults),
    /// The index is being rebuilt (`done` of `total`): ask again shortly.
    Rebuilding {
        done: u64,
        total: u64,
    },
}

/// The query as kept: control and invisible formatting characters (bidi overrides, zero-width
/// spaces: they would turn the page's echo of the query around) dropped, at most
/// [`MAX_QUERY_CHARS`], trimmed.
pub fn clean_query(q: &str) -> String {
    let q: String = q
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                    | '\u{2060}'..='\u{2069}' | '\u{feff}')
        })
        .take(MAX_QUERY_CHARS)
        .collect();
    q.trim().to_owned()
}

fn date(v: &Option<String>) -> Result<Option<Date>, SearchInputError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s
            .parse::<Date>()
            .map(Some)
            .map_err(|_| SearchInputError::InvalidDate),
    }
}

fn number(v: &Option<String>, default: u64) -> Result<u64, SearchInputError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => match s.parse::<u64>() {
            Ok(n) if n > 0 => Ok(n),
            // A number too large for u64 is still a page past the last.
            Err(_) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => Ok(u64::MAX),
            _ => Err(SearchInputError::InvalidNumber),
        },
    }
}

impl SearchRequest {
    /// Reads `params` for `lang`; `default_limit` when no limit is asked (capped at
    /// [`MAX_PAGE_SIZE`]).
    ///
    /// # Errors
    /// `InvalidDate` or `InvalidNumber` naming what cannot be read.
    pub fn read(
        lang: Lang,
        params: &SearchParams,
        default_limit: usize,
    ) -> Result<Self, SearchInputError> {
        match Self::read_lenient(lang, params, default_limit) {
            (_, Some(e)) => Err(e),
            (r, None) => Ok(r),
        }
    }

    /// Reads `params` as [`SearchRequest::read`] does, leaving out what cannot be read (and
    /// saying what, the first such error).
    pub fn read_lenient(
        lang: Lang,
        params: &SearchParams,
        default_limit: usize,
    ) -> (Self, Option<SearchInputError>) {
        let mut error = None;
        let mut or_note = |r: Result<Option<Date>, SearchInputError>| {
            r.unwrap_or_else(|e| {
                error.get_or_insert(e);
                None
            })
        };
        let mut from = or_note(date(&params.from));
        let mut to = or_note(date(&params.to));
        let swapped = matches!((from, to), (Some(f), Some(t)) if f > t);
        if swapped {
            std::mem::swap(&mut from, &mut to);
        }
        let mut num = |v: &Option<String>, default: u64| {
            number(v, default).unwrap_or_else(|e| {
                error.get_or_insert(e);
                default
            })
        };
        let limit = num(&params.limit, default_limit as u64).min(MAX_PAGE_SIZE as u64);
        // Past the deepest page anyway; kept within what a JSON number holds exactly.
        let page = num(&params.page, 1).min(1_000_000_000);
        let section = params
            .section
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.len() <= 100)
            .map(str::to_owned);
        let r = SearchRequest {
            lang,
            q: clean_query(&params.q),
            section,
            from,
            to,
            page,
            limit: limit as usize,
            swapped,
        };
        (r, error)
    }

    /// Whether the page asked for lies past the deepest result search reaches.
    pub fn too_deep(&self) -> bool {
        self.offset() >= MAX_DEPTH as u64
    }

    fn offset(&self) -> u64 {
        (self.page - 1).saturating_mul(self.limit as u64)
    }
}

/// Per-client rate of searches (page and API).
/// API requests a client may make a minute by default (after a burst of a quarter of them).
pub const DEFAULT_API_PER_MINUTE: u32 = 600;

/// A per-client rate limit (searches, API requests), keyed by address.
pub(crate) struct SearchLimiter {
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
}

impl SearchLimiter {
    /// `per_minute` searches a minute per client after a burst of a quarter of them (at least
    /// 10); 0 turns the limit off.
    pub(crate) fn new(per_minute: u32) -> Self {
        let limiter = NonZeroU32::new(per_minute).map(|n| {
            let burst = NonZeroU32::new((per_minute / 4).max(10)).unwrap_or(NonZeroU32::MIN);
            DefaultKeyedRateLimiter::keyed(Quota::per_minute(n).allow_burst(burst))
        });
        SearchLimiter { limiter }
    }

    /// Whether `client` may ask now; otherwise how long until it may.
    pub(crate) fn check(&self, client: IpAddr) -> Result<(), Duration> {
        let Some(l) = &self.limiter else {
            return Ok(());
        };
        // IPv6 clients are counted by their /64, which one household or server usually holds.
        let key = match client {
            IpAddr::V6(v6) => {
                let mut o = v6.octets();
                o[8..].fill(0);
                IpAddr::V6(o.into())
            }
            v4 => v4,
        };
        if l.len() > 100_000 {
            l.retain_recent();
        }
        l.check_key(&key)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

impl Site {
    /// Sets the search index (once, by the binary). Until then search answers "being rebuilt".
    pub fn set_search_index(&self, index: Arc<dyn SearchIndex>) {
        let _ = self.search.set(index);
    }

    /// Sets the per-client rate of the content API (requests a minute; 0 for none).
    pub fn set_api_rate(&self, per_minute: u32) {
        *self.api_limiter.write().unwrap_or_else(|p| p.into_inner()) =
            Arc::new(SearchLimiter::new(per_minute));
    }

    /// Whether `client` may call the content API now; otherwise how long until it may.
    ///
    /// # Errors
    /// The wait, when over the limit.
    pub fn api_allowed(&self, client: IpAddr) -> Result<(), Duration> {
        let limiter = self
            .api_limiter
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        limiter.check(client)
    }

    /// Sets the per-client search rate (searches a minute; 0 for none).
    pub fn set_search_rate(&self, per_minute: u32) {
        *self
            .search_limiter
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Arc::new(SearchLimiter::new(per_minute));
    }

    /// Whether `client` may search now; otherwise how long until it may.
    ///
    /// # Errors
    /// The wait, when over the limit.
    pub fn search_allowed(&self, client: IpAddr) -> Result<(), Duration> {
        let limiter = self
            .search_limiter
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        limiter.check(client)
    }

    pub(crate) fn search_index(&self) -> Option<Arc<dyn SearchIndex>> {
        self.search.get().cloned()
    }

    /// Asks the index. A request with no words finds nothing (and asks nothing).
    ///
    /// # Errors
    /// `Search` when the index cannot be read.
    pub async fn find(&self, r: &SearchRequest) -> Result<Finding, ServiceError> {
        let Some(index) = self.search_index() else {
            return Ok(Finding::Rebuilding { done: 0, total: 0 });
        };
        if let IndexState::Rebuilding { done, total } = index.state() {
            return Ok(Finding::Rebuilding { done, total });
        }
        if r.q.is_empty() {
            return Ok(Finding::Results(SearchResults::default()));
        }
        let tz = self.settings().time_zone.clone();
        let at = |d: Date| d.to_zoned_datetime(tz.clone()).ok().map(|z| z.timestamp());
        let query = SearchQuery {
            edition: r.lang,
            text: r.q.clone(),
            section: r.section.clone(),
            from: r.from.and_then(at),
            // Through the whole of the last day.
            until: r.to.and_then(|d| d.tomorrow().ok()).and_then(at),
            offset: usize::try_from(r.offset()).unwrap_or(usize::MAX),
            limit: r.limit.max(1),
            now: Timestamp::now(),
        };
        let started = std::time::Instant::now();
        let _slot = self
            .search_slots
            .acquire()
            .await
            .map_err(|e| ServiceError::Search(SearchError::Engine(e.to_string())))?;
        // A search is about half a millisecond of CPU: it runs here, on the worker thread,
        // holding one of the per-core slots. Handing it to a blocking thread and back cost more
        // than the search (measured: 2,000 → 4,000 searches/s at 16 connections).
        let found = index.search(&query);
        self.metrics.search.observe(started.elapsed());
        match found {
            Ok(results) => Ok(Finding::Results(results)),
            Err(SearchError::Rebuilding) => Ok(Finding::Rebuilding { done: 0, total: 0 }),
            Err(e) => Err(ServiceError::Search(e)),
        }
    }
}
