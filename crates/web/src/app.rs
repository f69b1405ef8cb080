//! The application: routes behind the page cache, as one `tower::Service`.

use crate::assets::Assets;
use crate::cache::{Cacheable, CachedPage, PageCache};
use crate::routes;
use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderValue, Method, Request, Response, header};
use masthead_service::Site;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

#[derive(Clone)]
pub struct AppState {
    pub site: Arc<Site>,
    pub assets: Arc<Assets>,
    pub cache: PageCache,
}

impl AppState {
    /// Wires the state and keeps the page cache in step with the site's change feed.
    pub fn new(site: Arc<Site>, assets: Arc<Assets>, cache: PageCache) -> Self {
        let mut rx = site.changes.subscribe();
        let c = cache.clone();
        if let Ok(handle) = tokio::runtime::Handle::try_current() {
            handle.spawn(async move {
                use tokio::sync::broadcast::error::RecvError;
                while let Ok(_) | Err(RecvError::Lagged(_)) = rx.recv().await {
                    c.clear();
                }
            });
        }
        AppState {
            site,
            assets,
            cache,
        }
    }
}

/// The whole site as a service: cache lookups first, then the router.
#[derive(Clone)]
pub struct Masthead {
    router: Router,
    cache: PageCache,
}

pub fn app(state: AppState) -> Masthead {
    let cache = state.cache.clone();
    Masthead {
        router: routes::router(state),
        cache,
    }
}

/// Requests that may be answered from, and stored in, the page cache: anonymous GET or HEAD.
fn cache_key(req: &Request<Body>) -> Option<String> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return None;
    }
    let has_session = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .any(|v| v.to_str().map_or(true, |s| s.contains("masthead_session")));
    if has_session {
        return None;
    }
    let uri = req.uri();
    Some(match uri.query() {
        Some(q) => format!("{}?{q}", uri.path()),
        None => uri.path().to_owned(),
    })
}

/// Largest page body the cache will hold.
const MAX_PAGE: usize = 4 * 1024 * 1024;

impl tower::Service<Request<Body>> for Masthead {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request<Body>) -> Self::Future {
        let key = cache_key(&req);
        let head_only = req.method() == Method::HEAD;
        if let Some(k) = &key
            && let Some(page) = self.cache.get(k)
        {
            let mut resp = page.respond(req.headers(), head_only);
            crate::headers::apply(resp.headers_mut());
            return Box::pin(std::future::ready(Ok(resp)));
        }
        // A HEAD miss is rendered as a GET, so that what the cache stores is the whole page.
        let mut req = req;
        if head_only && key.is_some() {
            *req.method_mut() = Method::GET;
        }
        let req_headers = req.headers().clone();
        let router = self.router.clone();
        let cache = self.cache.clone();
        Box::pin(async move {
            let resp = tower::ServiceExt::oneshot(router, req)
                .await
                .unwrap_or_else(|e| match e {});
            let cacheable = resp.extensions().get::<Cacheable>().is_some();
            let mut resp = match (key, cacheable) {
                (Some(k), true) => {
                    let (parts, body) = resp.into_parts();
                    match to_bytes(body, MAX_PAGE).await {
                        Ok(bytes) => {
                            let ct =
                                parts.headers.get(header::CONTENT_TYPE).cloned().unwrap_or(
                                    HeaderValue::from_static("text/html; charset=utf-8"),
                                );
                            let page = Arc::new(CachedPage::new(bytes, ct));
                            cache.insert(k, page.clone());
                            page.respond(&req_headers, head_only)
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "page body could not be read");
                            Response::builder()
                                .status(500)
                                .body(Body::empty())
                                .unwrap_or_default()
                        }
                    }
                }
                (key, cacheable) => {
                    let (mut parts, body) = resp.into_parts();
                    // B4: a page asked for with a session is for that reader only.
                    if key.is_none() && cacheable {
                        parts.headers.insert(
                            header::CACHE_CONTROL,
                            HeaderValue::from_static("private, no-store"),
                        );
                    }
                    Response::from_parts(parts, if head_only { Body::empty() } else { body })
                }
            };
            crate::headers::apply(resp.headers_mut());
            Ok(resp)
        })
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets requests in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Masthead,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        // Small responses go out at once; a failure here only costs latency.
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, tower::make::Shared::new(app))
        .with_graceful_shutdown(shutdown)
        .await
}
