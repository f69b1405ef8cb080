//! Nothing typed is lost when a session ends while someone writes (SPEC B1, issue "Bad input"):
//! an editor form sent without a valid session is kept, under a random key named by a cookie of
//! that browser only, for a day; after signing in again the person lands in the editor with the
//! text back, to check and save. Kept in this process's memory (bounded in count and bytes):
//! the editor's script also keeps a copy in the browser, which survives a restart.

use super::editor::form_of;
use super::view::Admin;
use crate::session::{Cookies, PARKED_SECS};
use axum::body::Body;
use axum::http::{HeaderMap, Response, StatusCode, header};
use masthead_core::Lang;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

/// The most bytes of kept forms held at once.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// One kept form: the address it was sent to and its body.
#[derive(Debug, Clone)]
struct Kept {
    path: String,
    body: Arc<Vec<u8>>,
}

/// Forms kept while their authors sign in again.
#[derive(Clone)]
pub struct Parked {
    forms: moka::sync::Cache<String, Kept>,
}

impl Default for Parked {
    fn default() -> Self {
        Self::new()
    }
}

impl Parked {
    pub fn new() -> Self {
        Parked {
            forms: moka::sync::Cache::builder()
                .max_capacity(MAX_BYTES)
                .weigher(|k: &String, v: &Kept| {
                    u32::try_from(k.len() + v.path.len() + v.body.len()).unwrap_or(u32::MAX)
                })
                .time_to_live(Duration::from_secs(PARKED_SECS as u64))
                .build(),
        }
    }

    /// Keeps `body` sent to `path`; returns the key for the cookie.
    pub fn keep(&self, path: &str, body: Vec<u8>) -> Option<String> {
        let key = masthead_service::staff::secret::new_token().ok()?;
        self.forms.insert(
            key.clone(),
            Kept {
                path: path.to_owned(),
                body: Arc::new(body),
            },
        );
        Some(key)
    }

    fn take(&self, key: &str) -> Option<Kept> {
        self.forms.remove(key)
    }

    /// Whether a form is kept under `key`.
    pub fn has(&self, key: &str) -> bool {
        self.forms.contains_key(key)
    }
}

/// `GET /admin/parked`: the editor with the kept form's text back, not saved yet.
pub async fn restore(a: Admin, headers: HeaderMap) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let cookies = Cookies::for_base_url(a.state.site.base_url());
    let kept = cookies
        .parked(&headers)
        .and_then(|k| a.state.parked.take(&k));
    let Some(kept) = kept else {
        return super::view::see_other("/admin");
    };
    let raw: BTreeMap<String, String> = super::editor::editor_fields(&kept.body);
    let form = form_of(&raw);
    let id = kept
        .path
        .strip_prefix("/admin/articles/")
        .and_then(|x| x.parse::<i64>().ok());
    let body = match id {
        Some(id) => a
            .state
            .site
            .editor_page(me, id, Some(form))
            .await
            .map(|mut b| {
                // Saving goes from the revision the text was written on: a colleague's save
                // meanwhile is then shown as a conflict, never overwritten.
                if let Some(r) = raw.get("revision").and_then(|r| r.parse().ok()) {
                    b.revision = r;
                }
                b
            }),
        None => {
            let edition = raw.get("edition").and_then(|e| e.parse::<Lang>().ok());
            a.state.site.new_article_page(me, edition, Some(form)).await
        }
    };
    let mut r = match body {
        Ok(mut b) => {
            b.restored = true;
            let key = if b.id.is_some() {
                "admin-edit-article"
            } else {
                "admin-new-article"
            };
            a.page(key, b, StatusCode::OK)
        }
        Err(e) => a.fail(e),
    };
    r.headers_mut()
        .append(header::SET_COOKIE, cookies.clear_parked());
    r
}
