//! The application: address canonicalization and the page cache in front of the routes, as one
//! `tower::Service` (ADR 0002). A reader request's path is made canonical first (SPEC R12), its
//! query cut to the parameters its route reads (so junk parameters cannot fill the cache), and
//! only then looked up or rendered.

mod keys;

use crate::assets::Assets;
use crate::cache::{Cacheable, CachedPage, Lookup, PageCache};
use crate::error::moved;
use crate::routes;
use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, Uri, header};
use keys::{cache_key, canonical_redirect, has_session};
use masthead_core::RouteKind;
use masthead_render::Renderer;
use masthead_service::Site;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

#[derive(Clone)]
pub struct AppState {
    pub site: Arc<Site>,
    pub renderer: Arc<Renderer>,
    pub assets: Arc<Assets>,
    pub cache: PageCache,
    /// Take the client's address from the last `X-Forwarded-For` hop (behind a proxy).
    pub trust_forwarded: bool,
    /// Editor forms sent after their session ended, kept until the person signs in again.
    pub parked: crate::routes::admin::Parked,
    /// Networks whose clients may read `/metrics` (others get 404); loopback by default.
    pub metrics_from: Arc<[ipnet::IpNet]>,
}

/// Who may read `/metrics` unless the operator says otherwise: this machine only
/// (`127.0.0.0/8`, `::1/128`).
pub fn loopback_networks() -> Vec<ipnet::IpNet> {
    ["127.0.0.0/8", "::1/128"]
        .iter()
        .filter_map(|n| n.parse().ok())
        .collect()
}

impl AppState {
    /// Wires the state and has the page cache purged as the site's change follower says.
    pub fn new(
        site: Arc<Site>,
        renderer: Arc<Renderer>,
        assets: Arc<Assets>,
        cache: PageCache,
    ) -> Self {
        let c = cache.clone();
        site.on_purge(Arc::new(move |purge| {
            let n = c.purge(purge);
            tracing::debug!(pages = n, "purged cached pages");
        }));
        AppState {
            site,
            renderer,
            assets,
            cache,
            trust_forwarded: false,
            parked: crate::routes::admin::Parked::new(),
            metrics_from: loopback_networks().into(),
        }
    }
}

/// The address of the client a request came from, set by [`serve`] for each connection.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub Option<SocketAddr>);

/// The whole site as a service: canonical addresses and cache lookups first, then the router.
#[derive(Clone)]
pub struct Masthead {
    router: Router,
    cache: PageCache,
    peer: Option<SocketAddr>,
}

pub fn app(state: AppState) -> Masthead {
    let cache = state.cache.clone();
    Masthead {
        router: routes::router(state),
        cache,
        peer: None,
    }
}

impl Masthead {
    /// The same service, for requests from `peer`.
    pub fn for_peer(&self, peer: SocketAddr) -> Self {
        Masthead {
            peer: Some(peer),
            ..self.clone()
        }
    }
}

/// Largest page body the cache will hold.
const MAX_PAGE: usize = 4 * 1024 * 1024;

/// Where a leader's own response goes when it is not a cacheable page (a 301, a 404).
type Slot = Arc<Mutex<Option<Response<Body>>>>;

/// Routes `req` and, when the answer is a cacheable page, stores it under `key`.
async fn render(
    router: Router,
    cache: PageCache,
    key: String,
    req: Request<Body>,
    slot: Slot,
) -> Option<Arc<CachedPage>> {
    let epoch = cache.epoch();
    let resp = tower::ServiceExt::oneshot(router, req)
        .await
        .unwrap_or_else(|e| match e {});
    let Some(Cacheable { tags, until }) = resp.extensions().get::<Cacheable>().cloned() else {
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(resp);
        return None;
    };
    let (parts, body) = resp.into_parts();
    let bytes = match to_bytes(body, MAX_PAGE).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "page body could not be read");
            let mut r = Response::new(Body::empty());
            *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
            return None;
        }
    };
    let ct = parts
        .headers
        .get(header::CONTENT_TYPE)
        .cloned()
        .unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
    let page = Arc::new(CachedPage::new(&bytes, ct, tags).until(until));
    cache.insert_since(key, page.clone(), epoch);
    Some(page)
}

/// A plain GET of `key`, as a background refresh asks for it.
fn refresh_request(key: &str) -> Option<Request<Body>> {
    Request::get(key).body(Body::empty()).ok()
}

type BoxFuture = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

impl tower::Service<Request<Body>> for Masthead {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut req: Request<Body>) -> Self::Future {
        // Only the API, the newsroom, searches (rate-limited per client) and the metrics (for
        // whom they are) read the client's address; other pages need no extensions.
        if req.uri().path().starts_with("/api/")
            || req.uri().path().starts_with("/admin")
            || req.uri().path() == "/metrics"
            || keys::has_query(&req)
                && RouteKind::of_path(req.uri().path()) == Some(RouteKind::Search)
        {
            req.extensions_mut().insert(ClientAddr(self.peer));
        }
        let head_only = req.method() == Method::HEAD;
        if (req.method() == Method::GET || head_only)
            && let Some(to) = canonical_redirect(req.uri())
        {
            let mut r = moved(&to);
            crate::headers::apply(r.headers_mut());
            return Box::pin(std::future::ready(Ok(r)));
        }
        let key = cache_key(&req).filter(|_| self.cache.enabled());
        let router = self.router.clone();
        let cache = self.cache.clone();
        let Some(key) = key else {
            return Box::pin(async move {
                let cacheable_page =
                    |r: &Response<Body>| r.extensions().get::<Cacheable>().is_some();
                let anonymous = !has_session(req.headers());
                let mut resp = tower::ServiceExt::oneshot(router, req)
                    .await
                    .unwrap_or_else(|e| match e {});
                // B4: a page asked for with a session is for that reader only.
                if cacheable_page(&resp) && !anonymous {
                    resp.headers_mut().insert(
                        header::CACHE_CONTROL,
                        HeaderValue::from_static("private, no-store"),
                    );
                }
                if head_only {
                    *resp.body_mut() = Body::empty();
                }
                crate::headers::apply(resp.headers_mut());
                Ok(resp)
            });
        };
        match cache.lookup(&key) {
            Lookup::Fresh(page) => {
                let mut resp = page.respond(req.headers(), head_only);
                crate::headers::apply(resp.headers_mut());
                return Box::pin(std::future::ready(Ok(resp)));
            }
            Lookup::Stale(page) => {
                if !cache.rendering(&key)
                    && let Some(fresh) = refresh_request(&key)
                {
                    let (router, c, k) = (router.clone(), cache.clone(), key.clone());
                    tokio::spawn(async move {
                        let slot = Slot::default();
                        c.render_once(&k, || render(router, c.clone(), k.clone(), fresh, slot))
                            .await;
                    });
                }
                let mut resp = page.respond(req.headers(), head_only);
                crate::headers::apply(resp.headers_mut());
                return Box::pin(std::future::ready(Ok(resp)));
            }
            Lookup::Miss => {}
        }
        // The handler sees the canonical query only; a HEAD miss is rendered as a GET, so that
        // what the cache stores is the whole page.
        if let Ok(uri) = key.parse::<Uri>() {
            *req.uri_mut() = uri;
        }
        if head_only {
            *req.method_mut() = Method::GET;
        }
        let headers = req.headers().clone();
        Box::pin(async move {
            let slot = Slot::default();
            let (page, led) = cache
                .render_once(&key, || {
                    render(
                        router.clone(),
                        cache.clone(),
                        key.clone(),
                        req,
                        slot.clone(),
                    )
                })
                .await;
            let mut resp = match page {
                Some(p) => p.respond(&headers, head_only),
                None if led => slot
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take()
                    .unwrap_or_default(),
                // Another request rendered something that is not a page (a 404): ask again.
                None => {
                    let mut again = Request::get(key.as_str())
                        .body(Body::empty())
                        .unwrap_or_default();
                    *again.headers_mut() = headers;
                    tower::ServiceExt::oneshot(router, again)
                        .await
                        .unwrap_or_else(|e| match e {})
                }
            };
            if head_only {
                *resp.body_mut() = Body::empty();
            }
            crate::headers::apply(resp.headers_mut());
            Ok(resp)
        })
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets requests in flight finish.
/// Each connection's requests carry the client's address ([`ClientAddr`]).
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
    let make = tower::service_fn(
        move |conn: axum::serve::IncomingStream<
            '_,
            axum::serve::TapIo<tokio::net::TcpListener, _>,
        >| {
            let svc = app.for_peer(*conn.remote_addr());
            std::future::ready(Ok::<_, Infallible>(svc))
        },
    );
    axum::serve(listener, make)
        .with_graceful_shutdown(shutdown)
        .await
}
