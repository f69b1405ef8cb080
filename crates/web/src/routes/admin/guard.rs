//! The newsroom's guard, in front of every admin route: finds the route's declaration (none:
//! 403), resolves the session, checks CSRF on every state change (a same-origin `Origin` /
//! `Sec-Fetch-Site` and a token: the session's, or before sign-in the double-submit cookie's),
//! applies the declared access, and sets the newsroom's headers on the answer.

use super::view::{self, Nonce, see_other};
use super::{Access, declared};
use crate::AppState;
use crate::app::ClientAddr;
use crate::extract::{client_ip, is_same_origin};
use crate::session::Cookies;
use axum::body::{Body, to_bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, Response, StatusCode, header};
use axum::middleware::Next;
use masthead_service::staff::secret;
use masthead_service::{SessionStage, SignedIn};

/// Largest form body the newsroom reads on most routes.
pub const MAX_FORM: usize = 64 * 1024;
/// Largest body of the article editor's routes: a body at its limit (1 MiB of Markdown),
/// percent-encoded, with every other field.
pub const MAX_EDITOR_FORM: usize = 4 * masthead_core::article::MAX_BODY;
/// Largest body of the static page form's routes: a body at its limit, percent-encoded.
pub const MAX_PAGE_FORM: usize = 4 * masthead_core::site_page::MAX_PAGE_BODY;
/// Largest upload body: the file at its limit and the multipart framing around it.
pub const MAX_UPLOAD_BODY: usize = masthead_service::newsroom::MAX_UPLOAD + 64 * 1024;

/// The largest body a route reads; more is answered 413.
fn body_limit(pattern: &str) -> usize {
    match pattern {
        "/admin/media" => MAX_UPLOAD_BODY,
        "/admin/articles" | "/admin/articles/{id}" | "/admin/preview" => MAX_EDITOR_FORM,
        "/admin/pages" | "/admin/pages/{id}" | "/admin/pages/preview" => MAX_PAGE_FORM,
        _ => MAX_FORM,
    }
}

/// An editor form sent after its session ended: kept for the person to sign in again (a
/// script's autosave is told in JSON; the browser keeps its own copy too).
fn park(state: &AppState, path: &str, body: Vec<u8>, lang: masthead_core::Lang) -> Response<Body> {
    let autosave = form_urlencoded::parse(&body).any(|(k, v)| k == "autosave" && v == "1");
    if autosave {
        let c = masthead_i18n::Catalogs::embedded();
        let mut r = Response::new(Body::from(
            serde_json::json!({"error": {"code": "session-ended", "message": c.t(lang, "session-ended", &[])}})
                .to_string(),
        ));
        *r.status_mut() = StatusCode::UNAUTHORIZED;
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        return r;
    }
    let cookies = Cookies::for_base_url(state.site.base_url());
    let mut r = see_other("/admin/login?done=parked");
    if let Some(key) = state.parked.keep(path, body) {
        r.headers_mut()
            .append(header::SET_COOKIE, cookies.set_parked(key));
    }
    r
}

/// The token a request sent: the `X-CSRF-Token` header (scripts), the `csrf` query parameter
/// (multipart forms, whose body is not read here) or the `csrf` field of an urlencoded body.
fn sent_token(req: &Request, body: &[u8]) -> String {
    if let Some(t) = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        return t.to_owned();
    }
    if let Some(t) = req.uri().query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned())
    }) {
        return t;
    }
    let multipart = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("multipart/"));
    if multipart {
        return String::new();
    }
    form_token(body).unwrap_or_default()
}

/// The CSRF token forms on this response must carry.
#[derive(Debug, Clone)]
pub struct FormToken(pub String);

/// The token a form sent, read from an urlencoded body.
fn form_token(body: &[u8]) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.into_owned())
}

pub async fn guard(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    mut req: Request,
    next: Next,
) -> Response<Body> {
    let nonce = Nonce::new();
    let resp = check(&state, matched, &mut req, &nonce).await;
    let mut resp = match resp {
        Ok(extra) => {
            let mut resp = next.run(req).await;
            if let Some(cookie) = extra {
                resp.headers_mut().append(header::SET_COOKIE, cookie);
            }
            resp
        }
        Err(refusal) => refusal,
    };
    let framed = resp
        .extensions()
        .get::<super::editor::FramedPreview>()
        .is_some();
    view::admin_headers(resp.headers_mut(), &nonce);
    if framed {
        view::preview_headers(resp.headers_mut());
    }
    resp
}

/// Checks the request; `Ok` with a cookie to set (a fresh pre-sign-in CSRF token) lets it
/// through, `Err` is the answer instead.
async fn check(
    state: &AppState,
    matched: Option<MatchedPath>,
    req: &mut Request,
    nonce: &Nonce,
) -> Result<Option<HeaderValue>, Response<Body>> {
    let lang = view::door_language(state, req.headers());
    let pattern = matched.as_ref().map(|m| m.as_str().to_owned());
    let Some(route) = pattern.as_deref().and_then(|p| declared(req.method(), p)) else {
        // A declared address asked with another method: 405 naming the methods it takes.
        let allowed: Vec<&str> = super::ADMIN_ROUTES
            .iter()
            .filter(|r| Some(r.path) == pattern.as_deref())
            .map(|r| r.method)
            .collect();
        if !allowed.is_empty() {
            let mut r = view::refusal(
                state,
                lang,
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                nonce,
            );
            let mut allow = allowed.join(", ");
            if allowed.contains(&"GET") {
                allow.push_str(", HEAD");
            }
            if let Ok(v) = HeaderValue::from_str(&allow) {
                r.headers_mut().insert(header::ALLOW, v);
            }
            return Err(r);
        }
        return Err(view::refusal(
            state,
            lang,
            StatusCode::FORBIDDEN,
            "forbidden",
            nonce,
        ));
    };
    let cookies = Cookies::for_base_url(state.site.base_url());
    let peer = req.extensions().get::<ClientAddr>().copied();
    let ip = client_ip(state, req.headers(), peer).to_string();
    let signed: Option<SignedIn> = match cookies.session(req.headers()) {
        Some(token) => state
            .site
            .session(&token, &ip)
            .await
            .map_err(|e| view::service_refusal(state, lang, None, e, nonce))?,
        None => None,
    };
    let lang = signed.as_ref().map_or(lang, |s| s.user.ui_lang);
    let mut set_cookie = None;
    let token = match &signed {
        Some(s) => s.csrf.clone(),
        None => match cookies.csrf(req.headers()) {
            Some(t) => t,
            None => {
                let t = secret::new_token().map_err(|_| {
                    view::refusal(
                        state,
                        lang,
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "internal",
                        nonce,
                    )
                })?;
                set_cookie = Some(cookies.set_csrf(t.clone()));
                t
            }
        },
    };
    let changes_state = !matches!(*req.method(), Method::GET | Method::HEAD);
    if changes_state {
        let refuse = |status, key| view::refusal(state, lang, status, key, nonce);
        if !is_same_origin(req.headers(), state.site.base_url()) {
            return Err(refuse(StatusCode::FORBIDDEN, "csrf-refused"));
        }
        let body = std::mem::take(req.body_mut());
        let Ok(bytes) = to_bytes(body, body_limit(route.path)).await else {
            return Err(refuse(StatusCode::PAYLOAD_TOO_LARGE, "form-too-large"));
        };
        let editor_save = matches!(route.path, "/admin/articles" | "/admin/articles/{id}");
        if signed.is_none() && editor_save {
            return Err(park(state, req.uri().path(), bytes.to_vec(), lang));
        }
        let sent = sent_token(req, &bytes);
        if !secret::same_secret(&sent, &token) {
            return Err(refuse(StatusCode::FORBIDDEN, "csrf-refused"));
        }
        *req.body_mut() = Body::from(bytes);
    }
    let full = signed.as_ref().filter(|s| s.stage == SessionStage::Full);
    // Signed in again with a form kept from before: back to it.
    if full.is_some()
        && route.path == "/admin"
        && *req.method() == Method::GET
        && let Some(key) = cookies.parked(req.headers())
        && state.parked.has(&key)
    {
        return Err(see_other("/admin/parked"));
    }
    match route.access {
        Access::Anyone => {}
        Access::Session if signed.is_some() => {}
        Access::Session => return Err(see_other("/admin/login")),
        Access::Pending => {
            if full.is_some() {
                return Err(see_other("/admin"));
            }
            if signed.is_none() {
                return Err(see_other("/admin/login"));
            }
        }
        Access::Staff(p) | Access::Enrol(p) => {
            let Some(me) = full else {
                return Err(see_other(if signed.is_some() {
                    "/admin/login/totp"
                } else {
                    "/admin/login"
                }));
            };
            if me.must_enrol && !matches!(route.access, Access::Enrol(_)) {
                return Err(see_other("/admin/profile#totp"));
            }
            if !me.actor().allows(p) {
                return Err(view::refusal_for(
                    state,
                    lang,
                    Some(me),
                    StatusCode::FORBIDDEN,
                    "forbidden",
                    None,
                    nonce,
                ));
            }
        }
    }
    req.extensions_mut().insert(FormToken(token));
    req.extensions_mut().insert(nonce.clone());
    if let Some(s) = signed {
        req.extensions_mut().insert(s);
    }
    Ok(set_cookie)
}
