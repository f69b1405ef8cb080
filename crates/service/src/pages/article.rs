//! The article page (R2): the story and everything around it.

use super::{Outcome, Site};
use crate::ServiceError;
use jiff::Timestamp;
use masthead_core::{ArticleFilter, Lang};
use masthead_render::{ArticlePage, Head, TranslationLink};

impl Site {
    pub async fn article(&self, lang: Lang, slug: &str) -> Result<Outcome, ServiceError> {
        let now = Timestamp::now();
        if masthead_core::slug::validate(slug).is_err() {
            return Ok(Outcome::NotFound);
        }
        let Some(mut article) = self.store.published_by_slug(lang, slug, now).await? else {
            return Ok(match self.store.redirect_slug(lang, slug).await? {
                Some(current) => {
                    Outcome::Moved(format!("{}/post/{current}", self.settings().prefix(lang)))
                }
                None => Outcome::NotFound,
            });
        };
        article.views += self.views.pending_of(article.id);
        let Some(section) = self.store.section(article.section_id).await? else {
            return Ok(Outcome::NotFound);
        };
        let author = match article.author_id {
            Some(id) => self.store.author(id).await?,
            None => None,
        };
        let tags = self.store.tags_of(article.id).await?;
        let translations = match &article.translation_key {
            Some(key) => {
                let editions = self.settings().editions.clone();
                let mut t = self.store.translations(key, article.id, now).await?;
                t.retain(|tr| editions.contains(&tr.edition));
                t
            }
            None => Vec::new(),
        };
        let important_filter = ArticleFilter {
            edition: Some(lang),
            section_id: Some(section.id),
            important: true,
            exclude_id: Some(article.id),
            ..Default::default()
        };
        let mut important = self.store.list(&important_filter, now, 5, 0).await?;
        if important.is_empty() {
            let f = ArticleFilter {
                important: false,
                ..important_filter
            };
            important = self.store.list(&f, now, 5, 0).await?;
        }
        // Related: shared tags first, then the section's latest, then the edition's latest.
        let mut related = self.store.related(article.id, now, 4).await?;
        let same_section = ArticleFilter {
            edition: Some(lang),
            section_id: Some(section.id),
            exclude_id: Some(article.id),
            ..Default::default()
        };
        let same_edition = ArticleFilter {
            section_id: None,
            ..same_section.clone()
        };
        for f in [same_section, same_edition] {
            if related.len() >= 4 {
                break;
            }
            for a in self.store.list(&f, now, 12, 0).await? {
                if related.len() < 4
                    && !related.iter().any(|r| r.id == a.id)
                    && !important.iter().any(|i| i.id == a.id)
                {
                    related.push(a);
                }
            }
        }
        let settings = self.settings();
        let translations: Vec<TranslationLink> = translations
            .into_iter()
            .map(|t| TranslationLink {
                lang: t.edition,
                native: t.edition.native_name(),
                href: format!("{}/post/{}", settings.prefix(t.edition), t.slug),
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
        let head = Head {
            title: format!("{} — {}", article.title, chrome.site_name),
            description: article.lead.clone(),
            path: format!("{}/post/{}", chrome.prefix, article.slug),
            noindex: false,
        };
        let ad = self.ad(lang, "article").await?;
        let page = ArticlePage {
            article,
            section,
            author,
            tags,
            translations,
            important,
            related,
            ad,
        };
        Ok(Outcome::Page(self.renderer.render(&chrome, &head, &page)?))
    }
}
