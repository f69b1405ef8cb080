//! The home page of an edition (R5).

use super::{Outcome, Site};
use crate::ServiceError;
use jiff::{SignedDuration, Timestamp};
use masthead_core::{ArticleFilter, Lang};
use masthead_render::{Head, HomePage, SectionBlock};

impl Site {
    pub async fn home(&self, lang: Lang) -> Result<Outcome, ServiceError> {
        let now = Timestamp::now();
        let chrome = self.chrome(lang, None, None).await?;
        let all = ArticleFilter {
            edition: Some(lang),
            ..Default::default()
        };
        let top_filter = ArticleFilter {
            top: true,
            ..all.clone()
        };
        let top = match self
            .store
            .list(&top_filter, now, 1, 0)
            .await?
            .into_iter()
            .next()
        {
            Some(a) => Some(a),
            None => self.store.list(&all, now, 1, 0).await?.into_iter().next(),
        };
        let latest_filter = ArticleFilter {
            exclude_id: top.as_ref().map(|a| a.id),
            ..all.clone()
        };
        let latest = self.store.list(&latest_filter, now, 12, 0).await?;
        let mut blocks = Vec::with_capacity(chrome.sections.len());
        for section in &chrome.sections {
            let f = ArticleFilter {
                section_id: Some(section.id),
                ..all.clone()
            };
            let articles = self.store.list(&f, now, 4, 0).await?;
            blocks.push(SectionBlock {
                section: section.clone(),
                articles,
            });
        }
        let most_read_day = self
            .store
            .most_read(lang, now - SignedDuration::from_hours(24), now, 5)
            .await?;
        let most_read_week = self
            .store
            .most_read(lang, now - SignedDuration::from_hours(24 * 7), now, 5)
            .await?;
        let ad = self.ad(lang, "home").await?;
        let head = Head {
            title: chrome.site_name.clone(),
            description: masthead_i18n::Catalogs::embedded().t(lang, "home-title", &[]),
            path: format!("{}/", chrome.prefix),
            noindex: false,
        };
        let page = HomePage {
            top,
            latest,
            blocks,
            most_read_day,
            most_read_week,
            ad,
        };
        Ok(Outcome::Page(self.renderer.render(&chrome, &head, &page)?))
    }

    /// The ad for a slot of an edition: one for that edition if there is one, else a shared one.
    pub(crate) async fn ad(
        &self,
        lang: Lang,
        slot: &str,
    ) -> Result<Option<masthead_core::Ad>, ServiceError> {
        let parts = self.edition_parts(lang).await?;
        let in_slot = || parts.ads.iter().filter(|a| a.slot == slot);
        let mine = in_slot().find(|a| a.edition == Some(lang));
        Ok(mine.or_else(|| in_slot().next()).cloned())
    }
}
