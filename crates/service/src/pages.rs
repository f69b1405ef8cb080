//! The reader site's pages: each use case loads what a page shows and renders it.

mod article;
mod chrome;
mod home;
pub mod listing;

use crate::ServiceError;
use crate::events::{Change, ChangeFeed};
use crate::settings::SiteSettings;
use crate::views::ViewCounter;
use masthead_core::{ContentBundle, Lang};
use masthead_render::{ErrorPage, Head, Renderer};
use masthead_store::DynStore;
use std::sync::{Arc, RwLock};

/// What a page request comes to.
#[derive(Debug)]
pub enum Outcome {
    /// Rendered HTML.
    Page(String),
    /// The page lives at another path (an old slug): answer 301.
    Moved(String),
    NotFound,
}

/// The reader site: store, settings, renderer, view counter and change feed in one place.
pub struct Site {
    pub store: DynStore,
    pub renderer: Renderer,
    pub views: ViewCounter,
    pub changes: ChangeFeed,
    pub base_url: String,
    settings: RwLock<Arc<SiteSettings>>,
    parts: chrome::PartsCache,
}

impl Site {
    pub async fn new(
        store: DynStore,
        renderer: Renderer,
        base_url: String,
    ) -> Result<Self, ServiceError> {
        let settings = SiteSettings::from_pairs(store.settings().await?);
        Ok(Site {
            store,
            renderer,
            views: ViewCounter::default(),
            changes: ChangeFeed::default(),
            base_url: base_url.trim_end_matches('/').to_owned(),
            settings: RwLock::new(Arc::new(settings)),
            parts: chrome::PartsCache::default(),
        })
    }

    pub fn settings(&self) -> Arc<SiteSettings> {
        self.settings
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Re-reads settings from the store and tells everyone that content changed.
    pub async fn content_changed(&self) -> Result<(), ServiceError> {
        let fresh = SiteSettings::from_pairs(self.store.settings().await?);
        *self.settings.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(fresh);
        self.views.forget_known();
        self.parts.clear();
        self.changes.publish(Change::Content);
        Ok(())
    }

    /// Writes a bundle of content in one transaction and announces the change.
    pub async fn import(&self, bundle: &ContentBundle) -> Result<Vec<i64>, ServiceError> {
        let ids = self.store.import(bundle).await?;
        self.content_changed().await?;
        Ok(ids)
    }

    /// The edition served under `prefix` (`None` for `/`), if the site has it. The default
    /// edition has no prefix of its own.
    pub fn edition_for(&self, prefix: Option<&str>) -> Option<Lang> {
        let s = self.settings();
        match prefix {
            None => Some(s.default_edition()),
            Some(code) => {
                let lang: Lang = code.parse().ok()?;
                (s.editions.contains(&lang) && lang != s.default_edition()).then_some(lang)
            }
        }
    }

    /// The localized error page of an edition. Never fails: a page that cannot be rendered
    /// falls back to a bare one, with no internals in it.
    pub async fn error_page(&self, lang: Lang, status: u16) -> String {
        let head = Head {
            title: String::new(),
            path: String::new(),
            noindex: true,
            ..Default::default()
        };
        let rendered = async {
            let chrome = self.chrome(lang, None, None).await?;
            let title = masthead_i18n::Catalogs::embedded().t(
                lang,
                match status {
                    404 => "error-404-title",
                    400 => "error-400-title",
                    _ => "error-500-title",
                },
                &[],
            );
            let head = Head {
                title: format!("{title} — {}", chrome.site_name),
                ..head.clone()
            };
            Ok::<_, ServiceError>(
                self.renderer
                    .render(&chrome, &head, &ErrorPage { status })?,
            )
        }
        .await;
        rendered.unwrap_or_else(|e| {
            tracing::error!(error = %e, status, "error page could not be rendered");
            let c = masthead_i18n::Catalogs::embedded();
            let (title, text) = if status == 404 {
                (c.t(lang, "error-404-title", &[]), c.t(lang, "error-404-text", &[]))
            } else {
                (c.t(lang, "error-500-title", &[]), c.t(lang, "error-500-text", &[]))
            };
            let home = c.t(lang, "error-back-home", &[]);
            let esc = masthead_render::markdown::esc;
            format!(
                "<!doctype html><html lang=\"{lang}\"><meta charset=\"utf-8\"><title>{}</title><h1>{}</h1><p>{}</p><p><a href=\"/\">{}</a></p></html>",
                esc(&title),
                esc(&title),
                esc(&text),
                esc(&home)
            )
        })
    }
}
