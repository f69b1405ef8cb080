//! Corrections and updates (SPEC N9): an editor attaches a dated note to a published article;
//! readers see it on the article page and on the edition's corrections page.

use super::may;
use crate::pages::{card, tags};
use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::newsroom::CorrectionKind;
use masthead_core::page::{CorrectionItem, CorrectionsBody, CorrectionsPage, Head, Page, Pager};
use masthead_core::{AuditAction, CacheTag, Found, Lang, Paging, Permission, Urls};
use masthead_i18n::Catalogs;

/// Notes per page of the corrections page.
const PER_PAGE: u32 = 20;

impl Site {
    /// Adds a correction or update note to published article `id`.
    ///
    /// # Errors
    /// `Invalid` for an empty or too long text, or an article that is not published;
    /// `Forbidden` without `PublishOwn` on it; `NotFound`; the store's.
    pub async fn add_correction(
        &self,
        me: &SignedIn,
        id: i64,
        kind: CorrectionKind,
        text: &str,
    ) -> Result<(), ServiceError> {
        let a = self.article_for(me, id).await?;
        if !may(&me.actor(), &a, Permission::PublishOwn) {
            return Err(ServiceError::Forbidden(Permission::PublishOwn));
        }
        self.store
            .add_correction(&me.actor(), id, kind, text, Timestamp::now())
            .await?;
        self.written();
        self.audit_article(me, AuditAction::CorrectionAdded, id, kind.as_str())
            .await;
        Ok(())
    }

    /// The edition's corrections page.
    ///
    /// # Errors
    /// The store's.
    pub async fn corrections_page(
        &self,
        lang: Lang,
        page: Option<&str>,
    ) -> Result<Found<CorrectionsPage>, ServiceError> {
        let Some(paging) = Paging::parse(page, PER_PAGE) else {
            return Ok(Found::NotFound);
        };
        let now = Timestamp::now();
        let urls = self.urls();
        let (total, rows) = tokio::join!(
            self.store.count_corrections(lang, now),
            self.store
                .recent_corrections(lang, now, PER_PAGE, paging.offset())
        );
        let total = total?;
        let last = Paging::last_page(total, PER_PAGE);
        if paging.page > last {
            return Ok(Found::NotFound);
        }
        let items: Vec<CorrectionItem> = rows?
            .into_iter()
            .map(|(a, c)| CorrectionItem {
                article: card(&urls, a),
                correction: c,
            })
            .collect();
        let path = urls.corrections(lang);
        let same_page = |l: Lang| Some(urls.corrections(l));
        let chrome = self.chrome(lang, None, Some(&same_page)).await?;
        let heading = Catalogs::embedded().t(lang, "corrections-heading", &[]);
        let head = Head {
            title: format!("{heading} — {}", chrome.site_name),
            description: String::new(),
            path: Urls::paged(&path, paging.page),
            noindex: total == 0,
            image: None,
            breadcrumbs: self.breadcrumbs(lang, &[(heading.clone(), path.clone())]),
        };
        let page_tags = tags(
            lang,
            [CacheTag::Home(lang)],
            items
                .iter()
                .map(|i| &i.article)
                .chain(chrome.breaking.as_ref()),
        );
        Ok(Found::Page(Page {
            chrome,
            head,
            body: CorrectionsBody {
                total,
                items,
                pager: Pager {
                    page: paging.page,
                    last,
                    prev_href: (paging.page > 1).then(|| Urls::paged(&path, paging.page - 1)),
                    next_href: (paging.page < last).then(|| Urls::paged(&path, paging.page + 1)),
                },
            },
            tags: page_tags,
        }))
    }
}
