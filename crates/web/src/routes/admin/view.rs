//! Rendering the newsroom: the shell around each page (the person, the navigation their role
//! may see, the form token, a notice), the language (the person's, or before sign-in the
//! browser's), refusals as pages, and the headers every admin answer carries.

use super::guard::FormToken;
use super::{Access, declared};
use crate::AppState;
use crate::error::AppError;
use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, header};
use masthead_core::Lang;
use masthead_core::admin::{ADMIN_LANGS, AdminNav, AdminPage, AdminShell, MessageBody, Notice};
use masthead_render::PageModel;
use masthead_service::{ServiceError, SignedIn};

/// The CSP nonce of one response: 256 random bits, base64url.
#[derive(Debug, Clone)]
pub struct Nonce(pub String);

impl Nonce {
    pub fn new() -> Self {
        // Without OS randomness the nonce is empty and the page's script is refused: the
        // pages still work as plain forms.
        Nonce(masthead_service::staff::secret::new_token().unwrap_or_default())
    }
}

/// The newsroom's headers (ASVS V3.4): never cached, never framed, scripts only with this
/// response's nonce, nothing inline.
pub fn admin_headers(h: &mut HeaderMap, nonce: &Nonce) {
    let csp = format!(
        "default-src 'none'; script-src 'nonce-{}' 'strict-dynamic'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-src 'self'; \
         frame-ancestors 'none'; \
         base-uri 'none'; object-src 'none'",
        nonce.0
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // `same-origin`: no address (a one-time link's token) leaves for another site, and the
    // browser still sends our `Origin` with forms (under `no-referrer` it sends `null`).
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
}

/// Before sign-in: the browser's language if the newsroom speaks it, else the site's default
/// edition's (or English).
/// The preview's headers: the reader site's policy (it is the site's page), shown only in a
/// frame of the newsroom, never cached.
pub fn preview_headers(h: &mut HeaderMap) {
    let csp = crate::headers::CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_FRAME_OPTIONS,
        HeaderValue::from_static("SAMEORIGIN"),
    );
}

pub fn door_language(state: &AppState, h: &HeaderMap) -> Lang {
    h.get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|al| masthead_i18n::negotiate(al, &ADMIN_LANGS))
        .unwrap_or_else(|| {
            let d = state.site.settings().default_edition();
            if ADMIN_LANGS.contains(&d) {
                d
            } else {
                Lang::En
            }
        })
}

/// The navigation a person may see: each entry's route must be declared and open to them.
fn nav(me: &SignedIn, path: &str) -> Vec<AdminNav> {
    const ENTRIES: [(&str, &str); 11] = [
        ("admin-dashboard", "/admin"),
        ("admin-new-article", "/admin/articles/new"),
        ("admin-media", "/admin/media"),
        ("admin-strip", "/admin/strip"),
        ("admin-static-pages", "/admin/pages"),
        ("admin-redirects", "/admin/redirects"),
        ("admin-staff", "/admin/staff"),
        ("admin-tokens", "/admin/tokens"),
        ("admin-settings", "/admin/settings"),
        ("admin-audit", "/admin/audit"),
        ("admin-profile", "/admin/profile"),
    ];
    ENTRIES
        .iter()
        .filter(|(_, href)| {
            declared(&Method::GET, href).is_some_and(|r| match r.access {
                Access::Staff(p) | Access::Enrol(p) => {
                    me.actor().allows(p) && (!me.must_enrol || matches!(r.access, Access::Enrol(_)))
                }
                Access::Anyone | Access::Pending | Access::Session => false,
            })
        })
        .map(|(key, href)| AdminNav {
            key,
            href,
            // A page shown straight from a form (`/admin/staff/invite`) belongs to its section.
            current: path == *href || (*href != "/admin" && path.starts_with(&format!("{href}/"))),
        })
        .collect()
}

fn shell(state: &AppState, me: Option<&SignedIn>, csrf: String, path: &str) -> AdminShell {
    let settings = state.site.settings();
    AdminShell {
        site_name: settings.site_name.clone(),
        user: me
            .filter(|m| m.stage == masthead_service::SessionStage::Full)
            .map(|m| m.user.clone()),
        nav: me
            .filter(|m| m.stage == masthead_service::SessionStage::Full)
            .map(|m| nav(m, path))
            .unwrap_or_default(),
        csrf,
        notice: None,
        time_zone: settings.time_zone_name.clone(),
    }
}

fn html(status: StatusCode, body: String) -> Response<Body> {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

fn render<B: PageModel>(
    state: &AppState,
    page: &AdminPage<B>,
    nonce: &Nonce,
    status: StatusCode,
) -> Response<Body> {
    match state.renderer.render_admin(page, &nonce.0) {
        Ok(s) => html(status, s),
        Err(e) => {
            tracing::error!(error = %e, "admin page failed to render");
            html(
                StatusCode::INTERNAL_SERVER_ERROR,
                String::from("<!doctype html><title>500</title><p>500"),
            )
        }
    }
}

fn message(lang: Lang, key: &str, text: Option<String>) -> MessageBody {
    let title_key = match key {
        "forbidden" => "admin-forbidden-title",
        "csrf-refused" => "admin-csrf-title",
        "form-too-large" => "admin-too-large-title",
        _ => "admin-error-title",
    };
    MessageBody {
        title_key,
        text: text.unwrap_or_else(|| masthead_i18n::Catalogs::embedded().t(lang, key, &[])),
        back_href: "/admin",
        back_key: "admin-back-to-dashboard",
    }
}

/// A page that says why a request is refused (`key` names the message), in the person's
/// shell when signed in.
pub fn refusal_for(
    state: &AppState,
    lang: Lang,
    me: Option<&SignedIn>,
    status: StatusCode,
    key: &str,
    text: Option<String>,
    nonce: &Nonce,
) -> Response<Body> {
    let lang = me.map_or(lang, |m| m.user.ui_lang);
    let body = message(lang, key, text);
    let page = AdminPage {
        lang,
        title_key: body.title_key,
        shell: shell(
            state,
            me,
            me.map(|m| m.csrf.clone()).unwrap_or_default(),
            "",
        ),
        body,
    };
    render(state, &page, nonce, status)
}

/// A refusal before sign-in.
pub fn refusal(
    state: &AppState,
    lang: Lang,
    status: StatusCode,
    key: &str,
    nonce: &Nonce,
) -> Response<Body> {
    refusal_for(state, lang, None, status, key, None, nonce)
}

/// A service error as a refusal page with its status and localized message.
pub fn service_refusal(
    state: &AppState,
    lang: Lang,
    me: Option<&SignedIn>,
    e: ServiceError,
    nonce: &Nonce,
) -> Response<Body> {
    let err = AppError::from(e);
    let (status, code) = err.status_and_code();
    if status.is_server_error() {
        tracing::error!(error = %err, "newsroom request failed");
    }
    let lang = me.map_or(lang, |m| m.user.ui_lang);
    refusal_for(
        state,
        lang,
        me,
        status,
        code,
        Some(err.message(lang)),
        nonce,
    )
}

/// What a newsroom handler works with: the state, the person (if signed in), the form token,
/// the CSP nonce, the language and the path, as the guard left them.
pub struct Admin {
    pub state: AppState,
    pub me: Option<SignedIn>,
    pub token: String,
    pub nonce: Nonce,
    pub lang: Lang,
    pub path: String,
    /// The client's address, as text.
    pub ip: String,
    /// The `done` notice of the address (after a redirect), if it names one we know.
    pub done: Option<String>,
    /// A failure to show above the page (a staff action refused: "the last admin").
    pub failed: Option<String>,
}

/// Notices a redirect may name with `?done=`.
const DONE: [&str; 31] = [
    "parked",
    "restored",
    "translation-made",
    "translation-current",
    "correction-added",
    "article-deleted",
    "uploaded",
    "totp-reset",
    "saved",
    "password-changed",
    "totp-on",
    "totp-off",
    "role-changed",
    "user-disabled",
    "user-enabled",
    "article-moved",
    "account-created",
    "password-set",
    "signed-out",
    "totp-roles-saved",
    "settings-saved",
    "settings-unchanged",
    "strip-saved",
    "strip-cleared",
    "ad-added",
    "ad-saved",
    "ad-removed",
    "page-saved",
    "page-deleted",
    "redirect-added",
    "redirect-deleted",
];

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response<Body>;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let me = parts.extensions.get::<SignedIn>().cloned();
        let token = parts
            .extensions
            .get::<FormToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let nonce = parts
            .extensions
            .get::<Nonce>()
            .cloned()
            .unwrap_or_else(Nonce::new);
        let lang = me
            .as_ref()
            .map_or_else(|| door_language(state, &parts.headers), |m| m.user.ui_lang);
        let done = parts.uri.query().and_then(|q| {
            form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == "done")
                .map(|(_, v)| v.into_owned())
                .filter(|v| DONE.contains(&v.as_str()))
        });
        let peer = parts.extensions.get::<crate::app::ClientAddr>().copied();
        let ip = crate::extract::client_ip(state, &parts.headers, peer).to_string();
        Ok(Admin {
            failed: None,
            ip,
            state: state.clone(),
            me,
            token,
            nonce,
            lang,
            path: parts.uri.path().to_owned(),
            done,
        })
    }
}

impl Admin {
    /// The signed-in person (the guard let only them through to staff routes).
    pub fn me(&self) -> Option<&SignedIn> {
        self.me.as_ref()
    }

    /// The refusal page (for a handler reached without the person it needs).
    pub fn forbidden(&self) -> Response<Body> {
        refusal(
            &self.state,
            self.lang,
            StatusCode::FORBIDDEN,
            "forbidden",
            &self.nonce,
        )
    }

    /// The page, in the shell, with `status`.
    pub fn page<B: PageModel>(
        &self,
        title_key: &'static str,
        body: B,
        status: StatusCode,
    ) -> Response<Body> {
        let mut shell = shell(
            &self.state,
            self.me.as_ref(),
            self.token.clone(),
            &self.path,
        );
        shell.notice = match (&self.failed, &self.done) {
            (Some(key), _) => Some(Notice {
                kind: "error",
                key: key.clone(),
            }),
            (None, Some(d)) => Some(Notice {
                kind: "ok",
                key: format!("done-{d}"),
            }),
            (None, None) => None,
        };
        let page = AdminPage {
            lang: self.lang,
            title_key,
            shell,
            body,
        };
        render(&self.state, &page, &self.nonce, status)
    }

    /// A service error as a page (a store failure, a refusal the guard could not foresee).
    pub fn fail(&self, e: ServiceError) -> Response<Body> {
        service_refusal(&self.state, self.lang, self.me.as_ref(), e, &self.nonce)
    }
}

/// A 303 to `to` (after a form: the browser then GETs the page).
pub fn see_other(to: &str) -> Response<Body> {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// The seconds to wait, when the error is "too many attempts".
pub fn retry_after(e: &ServiceError) -> Option<u64> {
    match e {
        ServiceError::Auth(masthead_service::AuthError::Limited(s)) => Some(*s),
        _ => None,
    }
}

/// Where a service error belongs in a form: the field it names (or `_form`), its catalog key,
/// and the status the form is answered with. Server-side failures are logged here.
pub fn form_error(e: ServiceError) -> (&'static str, &'static str, StatusCode) {
    use masthead_core::CoreError;
    use masthead_service::{AuthError, Conflict, StoreError};
    match &e {
        ServiceError::Invalid(CoreError::Invalid { field, key })
        | ServiceError::Store(StoreError::Rule(CoreError::Invalid { field, key })) => {
            return (field, key, StatusCode::UNPROCESSABLE_ENTITY);
        }
        ServiceError::Store(StoreError::Conflict(Conflict::EmailTaken)) => {
            return ("email", "email-taken", StatusCode::CONFLICT);
        }
        ServiceError::Auth(AuthError::WrongPassword) => {
            return (
                "current",
                "current-password-wrong",
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        ServiceError::Auth(AuthError::CodeInvalid) => {
            return ("code", "totp-invalid", StatusCode::UNAUTHORIZED);
        }
        _ => {}
    }
    let app = AppError::from(e);
    let (status, code) = app.status_and_code();
    if status.is_server_error() {
        tracing::error!(error = %app, "newsroom form failed");
    }
    ("_form", code, status)
}
