//! The chrome around every page: sections, edition switch, social links, breaking strip.

use super::Site;
use crate::ServiceError;
use crate::settings::SOCIAL;
use jiff::Timestamp;
use masthead_core::{ArticleFilter, Lang};
use masthead_render::{Chrome, EditionLink, SocialLink};

impl Site {
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
        let sections = self.store.sections(lang).await?;
        let breaking_filter = ArticleFilter {
            edition: Some(lang),
            breaking: true,
            ..Default::default()
        };
        let breaking = self
            .store
            .list(&breaking_filter, now, 1, 0)
            .await?
            .into_iter()
            .next();
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
            sections,
            active_section: active_section.map(str::to_owned),
            social,
            app_store_url: s.get("app.ios").map(str::to_owned),
            google_play_url: s.get("app.android").map(str::to_owned),
            breaking,
            reprint_policy: s.reprint_policy(lang),
            year: now.to_zoned_datetime(s.time_zone.clone()).year(),
        })
    }
}
