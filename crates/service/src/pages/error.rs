//! Error pages (SPEC R11): localized, with the edition's chrome when the store answers and the
//! chrome of settings alone when it does not.

use crate::Site;
use masthead_core::page::{ErrorBody, ErrorPage, Head, Page};
use masthead_core::{CacheTag, Lang};
use masthead_i18n::Catalogs;

impl Site {
    /// The error page of an edition for an HTTP status. Never fails: without the store, the
    /// chrome has no sections, breaking strip or ads.
    pub async fn error_page(&self, lang: Lang, status: u16) -> ErrorPage {
        let chrome = match self.chrome(lang, None, None).await {
            Ok(c) => c,
            Err(e) => {
                tracing::debug!(error = %e, "error page without the store's chrome");
                self.settings_chrome(lang, None)
            }
        };
        let key = match status {
            404 => "error-404-title",
            429 => "error-429-title",
            400..=499 => "error-400-title",
            _ => "error-500-title",
        };
        let title = Catalogs::embedded().t(lang, key, &[]);
        Page {
            head: Head {
                title: format!("{title} — {}", chrome.site_name),
                description: String::new(),
                path: String::new(),
                noindex: true,
                image: None,
                breadcrumbs: Vec::new(),
            },
            chrome,
            body: ErrorBody { status },
            tags: vec![CacheTag::Edition(lang)],
        }
    }
}
