//! Old addresses answered with 301 (SPEC R14), from the redirects table the importers fill and
//! the newsroom manages. The table is in the database: it survives restarts and every node
//! answers the same, with no copy in memory to keep in step.
//!
//! Two places ask it:
//! - [`on_not_found`], a layer around every route: a GET or HEAD the site answers 404 is looked
//!   up (its path with the query, then the path alone) and answered 301 when the table has it.
//!   A live page always wins, and the common case (a page that exists) costs nothing.
//! - [`home_query`], before the page cache: the cache key of a home page drops the query, so
//!   `/?p=2010` (WordPress's address of post 2010) would be served the cached home page. A home
//!   page asked for with a query is looked up first, unless every parameter is a known tracking
//!   one (`utm_*`, `fbclid`, …): those are the common case and never cost a query.

use crate::AppState;
use crate::error::moved;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, Response, StatusCode};
use axum::middleware::Next;
use masthead_core::RouteKind;
use masthead_service::Site;

/// Marks a home page request whose query was looked up already (and had no redirect).
#[derive(Debug, Clone, Copy)]
pub(crate) struct HomeChecked;

/// Query parameters that only track a visit: a home page with nothing else is not looked up.
fn is_tracking(name: &str) -> bool {
    name.starts_with("utm_")
        || matches!(
            name,
            "fbclid"
                | "gclid"
                | "dclid"
                | "gbraid"
                | "wbraid"
                | "msclkid"
                | "yclid"
                | "twclid"
                | "igshid"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "_gl"
                | "ref"
                | "from"
        )
}

/// The query of a GET/HEAD of an edition's home page (`/`, `/en/`) that may name an old
/// address: non-empty, with some parameter other than a tracking one, not looked up yet.
pub(crate) fn home_query(req: &Request<Body>) -> Option<String> {
    if !(req.method() == Method::GET || req.method() == Method::HEAD)
        || req.extensions().get::<HomeChecked>().is_some()
    {
        return None;
    }
    let q = req.uri().query().filter(|q| !q.is_empty())?;
    if RouteKind::of_path(req.uri().path()) != Some(RouteKind::Home) {
        return None;
    }
    form_urlencoded::parse(q.as_bytes())
        .any(|(k, _)| !k.is_empty() && !is_tracking(&k))
        .then(|| q.to_owned())
}

/// Where `path` (with `query`) has moved, if the table says so; a failing database is logged
/// and counts as "no redirect" (the answer stays what it was).
pub(crate) async fn lookup(site: &Site, path: &str, query: Option<&str>) -> Option<String> {
    match site.find_redirect(path, query).await {
        Ok(to) => to,
        Err(e) => {
            tracing::warn!(error = %e, path, "redirects table not read");
            None
        }
    }
}

/// A 404 to a GET or HEAD becomes a 301 when the redirects table has the address.
pub async fn on_not_found(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response<Body> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return next.run(req).await;
    }
    let uri = req.uri().clone();
    let resp = next.run(req).await;
    if resp.status() != StatusCode::NOT_FOUND {
        return resp;
    }
    match lookup(&state.site, uri.path(), uri.query()).await {
        Some(to) => {
            // The route that answered stays on the answer (request metrics by route).
            let (parts, _) = resp.into_parts();
            let mut r = moved(&to);
            *r.extensions_mut() = parts.extensions;
            r
        }
        None => resp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(uri: &str) -> Request<Body> {
        Request::get(uri).body(Body::empty()).unwrap_or_default()
    }

    #[test]
    fn only_home_pages_with_a_telling_query_are_looked_up() {
        assert_eq!(home_query(&get("/?p=17")).as_deref(), Some("p=17"));
        assert_eq!(
            home_query(&get("/en/?page_id=3&utm_source=x")).as_deref(),
            Some("page_id=3&utm_source=x")
        );
        for uri in [
            "/",
            "/?",
            "/?utm_source=x&utm_medium=y",
            "/?fbclid=abc",
            "/post/x?p=17",
            "/search?q=x",
        ] {
            assert_eq!(home_query(&get(uri)), None, "{uri}");
        }
        let mut checked = get("/?p=17");
        checked.extensions_mut().insert(HomeChecked);
        assert_eq!(home_query(&checked), None);
    }
}
