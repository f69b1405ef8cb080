//! The application: address canonicalization and the page cache in front of the routes, as one
//! `tower::Service` (ADR 0002). A reader request's path is made canonical first (SPEC R12), its
//! query cut to the parameters its route reads (so junk parameters cannot fill the cache), and
//! only then looked up or rendered.

mod keys;

use crate::assets::Assets;
use crate::cache::{Cacheable, CachedPage, Lookup, PageCache};
use crate::error::moved;
use crate::metrics::{Answered, HttpMetrics, MethodIdx};
use crate::request_id::X_REQUEST_ID;
use crate::routes;
use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::MatchedPath;
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
use std::time::Instant;
use tracing::Instrument as _;

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
    /// Requests and latency by route, counted by [`Masthead`].
    pub http_metrics: Arc<HttpMetrics>,
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
            http_metrics: Arc::default(),
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
    /// For the redirects table, asked before the cache for a home page with a query.
    site: Arc<Site>,
    peer: Option<SocketAddr>,
    metrics: Arc<HttpMetrics>,
}

pub fn app(state: AppState) -> Masthead {
    let cache = state.cache.clone();
    let metrics = state.http_metrics.clone();
    let site = state.site.clone();
    Masthead {
        router: routes::router(state),
        cache,
        site,
        peer: None,
        metrics,
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

/// What a leader's render leaves besides the page: its own response when it is not a
/// cacheable page (a 301, a 404), and the route that answered (for the metrics).
#[derive(Default)]
struct Rendered {
    resp: Option<Response<Body>>,
    route: Option<MatchedPath>,
}

type Slot = Arc<Mutex<Rendered>>;

fn lock(slot: &Slot) -> std::sync::MutexGuard<'_, Rendered> {
    slot.lock().unwrap_or_else(|p| p.into_inner())
}

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
    lock(&slot).route = resp.extensions().get::<MatchedPath>().cloned();
    let Some(Cacheable { tags, until }) = resp.extensions().get::<Cacheable>().cloned() else {
        lock(&slot).resp = Some(resp);
        return None;
    };
    let (parts, body) = resp.into_parts();
    let bytes = match to_bytes(body, MAX_PAGE).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "page body could not be read");
            let mut r = Response::new(Body::empty());
            *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            lock(&slot).resp = Some(r);
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

/// What the metrics and the logs need of a request once it is answered.
struct Ctx {
    started: Instant,
    method: MethodIdx,
    id: HeaderValue,
}

/// The span every log line about a request is written in (routed requests; answers from the
/// cache have one only when debug lines are written).
fn request_span(id: &HeaderValue, method: &str, path: &str) -> tracing::Span {
    tracing::info_span!(
        "request",
        request_id = id.to_str().unwrap_or(""),
        method,
        path
    )
}

/// Counts and times the response, writes the access line (debug) and sets `x-request-id`.
fn finish(metrics: &HttpMetrics, by: Answered, resp: &mut Response<Body>, ctx: Ctx) {
    let took = ctx.started.elapsed();
    let route = metrics.record(by, resp, ctx.method, took);
    tracing::debug!(
        status = resp.status().as_u16(),
        route,
        micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX),
        "answered"
    );
    resp.headers_mut().insert(&X_REQUEST_ID, ctx.id);
}

impl Masthead {
    /// A response made without the router (from the cache, a canonical redirect).
    fn now(&self, by: Answered, mut resp: Response<Body>, ctx: Ctx, path: &str) -> BoxFuture {
        if tracing::enabled!(tracing::Level::DEBUG) {
            let span = request_span(&ctx.id, ctx.method.label(), path);
            let _in = span.enter();
            finish(&self.metrics, by, &mut resp, ctx);
        } else {
            finish(&self.metrics, by, &mut resp, ctx);
        }
        Box::pin(std::future::ready(Ok(resp)))
    }

    /// A response the router makes, in the request's span.
    fn later<F>(&self, answer: F, ctx: Ctx, span: tracing::Span) -> BoxFuture
    where
        F: Future<Output = (Answered, Response<Body>)> + Send + 'static,
    {
        let metrics = self.metrics.clone();
        Box::pin(
            async move {
                let (by, mut resp) = answer.await;
                finish(&metrics, by, &mut resp, ctx);
                Ok(resp)
            }
            .instrument(span),
        )
    }
}

impl Masthead {
    /// A home page asked for with a query: 301 when the redirects table has the address, else
    /// the request goes on as any other (marked, so it is looked up once).
    fn home_with_query(&self, mut req: Request<Body>, query: String, ctx: Ctx) -> BoxFuture {
        let mut this = self.clone();
        Box::pin(async move {
            let path = req.uri().path().to_owned();
            match crate::redirects::lookup(&this.site, &path, Some(&query)).await {
                Some(to) => {
                    let mut r = moved(&to);
                    crate::headers::apply(r.headers_mut());
                    finish(&this.metrics, Answered::Redirect, &mut r, ctx);
                    Ok(r)
                }
                None => {
                    req.extensions_mut().insert(crate::redirects::HomeChecked);
                    tower::Service::call(&mut this, req).await
                }
            }
        })
    }
}

impl tower::Service<Request<Body>> for Masthead {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut req: Request<Body>) -> Self::Future {
        let ctx = Ctx {
            started: Instant::now(),
            method: MethodIdx::of(req.method()),
            id: crate::request_id::of(req.headers()),
        };
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
            return self.now(Answered::Redirect, r, ctx, req.uri().path());
        }
        // `/?p=17` is an old address, not the home page the cache would serve (SPEC R14).
        if let Some(query) = crate::redirects::home_query(&req) {
            return self.home_with_query(req, query, ctx);
        }
        let key = cache_key(&req).filter(|_| self.cache.enabled());
        let router = self.router.clone();
        let cache = self.cache.clone();
        let Some(key) = key else {
            let cacheable_page = |r: &Response<Body>| r.extensions().get::<Cacheable>().is_some();
            let anonymous = !has_session(req.headers());
            let span = request_span(&ctx.id, req.method().as_str(), req.uri().path());
            return self.later(
                async move {
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
                    (Answered::Router, resp)
                },
                ctx,
                span,
            );
        };
        match cache.lookup(&key) {
            Lookup::Fresh(page) => {
                let mut resp = page.respond(req.headers(), head_only);
                crate::headers::apply(resp.headers_mut());
                return self.now(Answered::PageCache, resp, ctx, req.uri().path());
            }
            Lookup::Stale(page) => {
                if !cache.rendering(&key)
                    && let Some(fresh) = refresh_request(&key)
                {
                    let (router, c, k) = (router.clone(), cache.clone(), key.clone());
                    let span = request_span(&ctx.id, "GET", &key);
                    tokio::spawn(
                        async move {
                            let slot = Slot::default();
                            c.render_once(&k, || render(router, c.clone(), k.clone(), fresh, slot))
                                .await;
                        }
                        .instrument(span),
                    );
                }
                let mut resp = page.respond(req.headers(), head_only);
                crate::headers::apply(resp.headers_mut());
                return self.now(Answered::PageCache, resp, ctx, req.uri().path());
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
        let span = request_span(&ctx.id, ctx.method.label(), req.uri().path());
        let answer = async move {
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
            let route = lock(&slot).route.take();
            let (by, mut resp) = match page {
                Some(p) if led => (Answered::Router, p.respond(&headers, head_only)),
                // Rendered by another request at the same time: the cache answered this one.
                Some(p) => (Answered::PageCache, p.respond(&headers, head_only)),
                None if led => (
                    Answered::Router,
                    lock(&slot).resp.take().unwrap_or_default(),
                ),
                // Another request rendered something that is not a page (a 404): ask again.
                None => {
                    let mut again = Request::get(key.as_str())
                        .body(Body::empty())
                        .unwrap_or_default();
                    *again.headers_mut() = headers;
                    let resp = tower::ServiceExt::oneshot(router, again)
                        .await
                        .unwrap_or_else(|e| match e {});
                    (Answered::Router, resp)
                }
            };
            if let Some(route) = route.filter(|_| by == Answered::Router) {
                resp.extensions_mut().insert(route);
            }
            if head_only {
                *resp.body_mut() = Body::empty();
            }
            crate::headers::apply(resp.headers_mut());
            (by, resp)
        };
        self.later(answer, ctx, span)
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
