//! Old addresses (SPEC R14): the redirects table as the newsroom manages it (a search, a page
//! at a time; add; delete) and as the site asks it when an address has nothing to show.
//! Redirects live in the database, so they survive restarts and every node answers the same.
//!
//! A redirect is refused when saved if its old path belongs to the site itself (the home, the
//! newsroom, the API, static files, media), if its new address is on another host or is not
//! a URL, or if it would loop: the new address is the old one, or following the redirects
//! already saved from the new address comes back to the old one or goes on for more than
//! [`MAX_REDIRECT_HOPS`]. A live page always wins over a redirect from its address: the site
//! only asks the table for addresses that would answer 404, so a redirect from an article's
//! address is allowed and takes over once the article is gone.

use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use masthead_core::admin::FormState;
use masthead_core::admin::pages::{RedirectRow, RedirectsBody};
use masthead_core::settings::FieldError;
use masthead_core::site_page::{
    MAX_REDIRECT_HOPS, NewRedirect, RedirectError, local_path, redirect_path,
};
use masthead_core::{Actor, AuditAction, NewAuditEntry, Paging, Permission};
use masthead_store::{Conflict, StoreError};

/// Redirects per page of the list.
pub const REDIRECTS_PER_PAGE: u32 = 50;
/// Longest search the list takes, in characters.
const MAX_QUERY: usize = 200;

/// Paths of the site itself: never an old address.
fn reserved(from: &str) -> bool {
    let path = from.split('?').next().unwrap_or(from);
    from == "/"
        || path == "/admin"
        || ["/admin/", "/api/", "/static/", "/media/"]
            .iter()
            .any(|p| path.starts_with(p))
        || [
            "/healthz",
            "/metrics",
            "/robots.txt",
            "/favicon.ico",
            "/sitemap.xml",
        ]
        .contains(&path)
        || (path.starts_with("/sitemap-") && path.ends_with(".xml"))
}

/// A new address as a `Location` header carries it: printable ASCII as it is, anything else
/// (a Cyrillic slug, a space) percent-encoded.
fn encode_unsafe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_graphic() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn field(field: &str, key: &'static str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        key,
    }
}

fn audit(me: &SignedIn, target: String, detail: String) -> NewAuditEntry {
    NewAuditEntry {
        actor: me.audit_label(),
        actor_user_id: Some(me.user.id),
        action: AuditAction::SettingsChanged,
        target,
        detail,
        ip: me.ip.clone(),
    }
}

impl Site {
    /// The host readers reach the site at (`news.example`, `127.0.0.1:8080`).
    fn own_host(&self) -> &str {
        let rest = self
            .base_url
            .split_once("://")
            .map_or(self.base_url.as_str(), |(_, r)| r);
        rest.split(['/', '?', '#']).next().unwrap_or(rest)
    }

    /// Where an address that has nothing to show has moved, if the redirects table says so:
    /// the path with its query first (`/?p=17`, `/index.php?p=17`), then the path alone. A
    /// path of the site itself (the newsroom, the API, static files, media) is never looked up.
    ///
    /// # Errors
    /// The store's.
    pub async fn find_redirect(
        &self,
        path: &str,
        query: Option<&str>,
    ) -> Result<Option<String>, ServiceError> {
        // The whole query first, then each of its parameters alone (`/?p=17&utm_source=x` is
        // WordPress's `/?p=17`), then the path.
        let mut candidates: Vec<String> = Vec::new();
        if let Some(q) = query.filter(|q| !q.is_empty()) {
            candidates.push(format!("{path}?{q}"));
            if q.contains('&') {
                candidates.extend(
                    q.split('&')
                        .filter(|pair| pair.contains('=') && pair.len() <= 100)
                        .take(8)
                        .map(|pair| format!("{path}?{pair}")),
                );
            }
        }
        candidates.push(path.to_owned());
        for raw in candidates.iter().map(String::as_str) {
            let Ok(from) = redirect_path(raw) else {
                continue;
            };
            if reserved(&from) {
                continue;
            }
            if let Some(to) = self.store.redirect_to(&from).await? {
                // Rows an import wrote may hold a target in another script.
                return Ok(Some(encode_unsafe(&to)));
            }
        }
        Ok(None)
    }

    /// Whether following the saved redirects from `to` comes back to `from` (or does not end
    /// within [`MAX_REDIRECT_HOPS`]).
    async fn loops(&self, from: &str, to: &str) -> Result<bool, ServiceError> {
        let mut cur = redirect_path(to).ok();
        for _ in 0..MAX_REDIRECT_HOPS {
            let Some(c) = cur else {
                return Ok(false);
            };
            if c == from {
                return Ok(true);
            }
            let (path, query) = match c.split_once('?') {
                Some((p, q)) => (p, Some(q)),
                None => (c.as_str(), None),
            };
            match self.find_redirect(path, query).await? {
                Some(next) => cur = redirect_path(&next).ok(),
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// The redirects page: those whose old or new address contains `query`, newest first, a
    /// page at a time; `form` is a refused form to show again.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; the store's.
    pub async fn redirects_page(
        &self,
        actor: &Actor,
        query: &str,
        page: Option<&str>,
        form: Option<FormState>,
    ) -> Result<RedirectsBody, ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let query: String = query.trim().chars().take(MAX_QUERY).collect();
        // A page number that is not one shows the first page.
        let paging = Paging::parse(page, REDIRECTS_PER_PAGE).unwrap_or(Paging {
            page: 1,
            per_page: REDIRECTS_PER_PAGE,
        });
        let (items, total) = self
            .store
            .redirects(&query, REDIRECTS_PER_PAGE, paging.offset())
            .await?;
        let pages = Paging::last_page(total, REDIRECTS_PER_PAGE);
        let href = |n: u32| {
            let mut params = Vec::new();
            if !query.is_empty() {
                params.push(format!(
                    "q={}",
                    masthead_core::urls::encode_query_value(&query)
                ));
            }
            if n > 1 {
                params.push(format!("page={n}"));
            }
            if params.is_empty() {
                "/admin/redirects".to_owned()
            } else {
                format!("/admin/redirects?{}", params.join("&"))
            }
        };
        Ok(RedirectsBody {
            items: items
                .into_iter()
                .map(|r| RedirectRow {
                    id: r.id,
                    from_path: r.from_path,
                    to_path: r.to_path,
                    source_key: r.source_key,
                    created_at: r.created_at,
                })
                .collect(),
            total,
            page: paging.page,
            pages,
            prev_href: (paging.page > 1).then(|| href(paging.page.min(pages + 1) - 1)),
            next_href: (paging.page < pages).then(|| href(paging.page + 1)),
            query,
            form: form.unwrap_or_default(),
            base_url: self.base_url.clone(),
        })
    }

    /// Adds a redirect from old path `from` to `to` (a path of this site, or an address of its
    /// host). Returns the old path as stored.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `InvalidFields` (`from`, `to`) with the catalog
    /// key of each reason, nothing written; the store's.
    pub async fn add_redirect(
        &self,
        me: &SignedIn,
        from: &str,
        to: &str,
    ) -> Result<String, ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::ManageTaxonomy)?;
        let mut errors = Vec::new();
        let from_path = if from.trim().is_empty() {
            errors.push(field("from", "redirect-required"));
            None
        } else {
            match redirect_path(from) {
                Ok(p) if reserved(&p) => {
                    errors.push(field("from", "redirect-reserved"));
                    None
                }
                Ok(p) => Some(p),
                Err(e) => {
                    errors.push(field("from", e.key()));
                    None
                }
            }
        };
        let to_path = if to.trim().is_empty() {
            errors.push(field("to", "redirect-required"));
            None
        } else {
            match local_path(to, self.own_host()) {
                Ok(p) => Some(encode_unsafe(&p)),
                Err(e) => {
                    errors.push(field("to", e.key()));
                    None
                }
            }
        };
        // Every reason at once: an old address already taken and a bad new one both show.
        if let Some(from) = &from_path
            && self.store.redirect_to(from).await?.is_some()
        {
            errors.push(field("from", RedirectError::Taken.key()));
        }
        if let (Some(from), Some(to)) = (&from_path, &to_path)
            && self.loops(from, to).await?
        {
            errors.push(field("to", RedirectError::Loop.key()));
        }
        let (Some(from_path), Some(to_path), true) = (from_path, to_path, errors.is_empty()) else {
            return Err(ServiceError::InvalidFields(errors));
        };
        let item = NewRedirect {
            from_path: from_path.clone(),
            to_path: to_path.clone(),
            source_key: None,
        };
        match self.store.save_redirects(&actor, &[item], false).await {
            Ok(_) => {}
            // Saved by someone else a moment ago.
            Err(StoreError::Conflict(Conflict::Unique(_))) => {
                return Err(ServiceError::InvalidFields(vec![field(
                    "from",
                    RedirectError::Taken.key(),
                )]));
            }
            Err(e) => return Err(e.into()),
        }
        self.written();
        self.audit_entry(audit(
            me,
            format!("redirect:{from_path}"),
            format!("redirect added: {from_path} -> {to_path}"),
        ))
        .await;
        Ok(from_path)
    }

    /// Deletes redirect `id`.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `NotFound`; the store's.
    pub async fn delete_redirect(&self, me: &SignedIn, id: i64) -> Result<(), ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::ManageTaxonomy)?;
        self.store.delete_redirect(&actor, id).await?;
        self.written();
        self.audit_entry(audit(
            me,
            format!("redirect:{id}"),
            "redirect deleted".into(),
        ))
        .await;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sites_own_paths_are_reserved() {
        for p in [
            "/",
            "/admin",
            "/admin/pages",
            "/api/v1/articles",
            "/static/site.css",
            "/media/x.jpg",
            "/sitemap-en-news.xml",
        ] {
            assert!(reserved(p), "{p}");
        }
        for p in [
            "/?p=17",
            "/2024/05/x",
            "/administration",
            "/wp-content/x.jpg",
        ] {
            assert!(!reserved(p), "{p}");
        }
    }

    #[test]
    fn targets_are_encoded_for_the_location_header() {
        assert_eq!(
            encode_unsafe("/post/мост?a=b c"),
            "/post/%D0%BC%D0%BE%D1%81%D1%82?a=b%20c"
        );
        assert_eq!(encode_unsafe("/en/post/x%2F"), "/en/post/x%2F");
    }
}
