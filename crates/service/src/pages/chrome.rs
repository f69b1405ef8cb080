//! The chrome around every page: sections, edition switch, social links, breaking strip.

use super::Site;
use crate::ServiceError;
use crate::settings::SOCIAL;
use jiff::Timestamp;
use masthead_core::{Ad, ArticleFilter, ArticleSummary, Lang, Section};
use masthead_render::{Chrome, EditionLink, SocialLink};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// What every page of an edition shows around its content. Kept for a few seconds (and dropped
/// on every content change) so that rendering a page does not ask the store for it each time.
pub(crate) struct EditionParts {
    pub sections: Vec<Section>,
    pub breaking: Option<ArticleSummary>,
    pub ads: Vec<Ad>,
}

/// How long edition parts are reused; bounds how late a scheduled breaking article appears.
const PARTS_TTL: Duration = Duration::from_secs(10);

#[derive(Default)]
pub(crate) struct PartsCache(RwLock<HashMap<Lang, (Instant, Arc<EditionParts>)>>);

impl PartsCache {
    pub(crate) fn clear(&self) {
        self.0.write().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

impl Site {
    pub(crate) async fn edition_parts(
        &self,
        lang: Lang,
    ) -> Result<Arc<EditionParts>, ServiceError> {
        if let Some((at, parts)) = self
            .parts
            .0
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&lang)
            && at.elapsed() < PARTS_TTL
        {
            return Ok(parts.clone());
        }
        let breaking_filter = ArticleFilter {
            edition: Some(lang),
            breaking: true,
            ..Default::default()
        };
        let parts = Arc::new(EditionParts {
            sections: self.store.sections(lang).await?,
            breaking: self
                .store
                .list(&breaking_filter, Timestamp::now(), 1, 0)
                .await?
                .into_iter()
                .next(),
            ads: self.store.ads(lang).await?,
        });
        self.parts
            .0
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(lang, (Instant::now(), parts.clone()));
        Ok(parts)
    }

    /// `same_page`: the path of this page in each other edition, when it has one (e.g. an
    /// article's translation); other editions link to their home page.
    pub(crate) async fn chrome(
        &self,
        lang: Lang,
        active_section: Option<&str>,
        same_page: Option<&(dyn Fn(Lang) -> Option<String> + Sync)>,
    ) -> Result<Chrome, ServiceError> {
        let s = self.settings();
        let now = Timestamp::now();
        let parts = self.edition_parts(lang).await?;
        let editions = s
            .editions
            .iter()
            .map(|&l| {
                let home = format!("{}/", s.prefix(l));
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
                    href: href.unwrap_or(home),
                    current: l == lang,
                }
            })
            .collect();
        let social = SOCIAL
            .iter()
            .filter_map(|(network, key, label)| {
                s.get(key).map(|url| SocialLink {
                    network,
                    label,
                    url: url.to_owned(),
                })
            })
            .collect();
        Ok(Chrome {
            lang,
            prefix: s.prefix(lang),
            site_name: s.site_name.clone(),
            base_url: self.base_url.clone(),
            time_zone: s.time_zone_name.clone(),
            editions,
            sections: parts.sections.clone(),
            active_section: active_section.map(str::to_owned),
            social,
            app_store_url: s.get("app.ios").map(str::to_owned),
            google_play_url: s.get("app.android").map(str::to_owned),
            breaking: parts.breaking.clone(),
            reprint_policy: s.reprint_policy(lang),
            year: now.to_zoned_datetime(s.time_zone.clone()).year(),
        })
    }
}
