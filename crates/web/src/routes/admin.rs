//! The newsroom at `/admin` (SPEC N1, N2, N7, N8). Every route is declared once in
//! [`ADMIN_ROUTES`] with the access it needs; the router is built from that table and the
//! guard looks each request's route up in it, so a route without a declaration cannot be
//! reached (default deny). The guard also resolves the session, checks CSRF on every state
//! change, and sets the newsroom's headers: `private, no-store`, a nonce-based CSP with no
//! inline script, `frame-ancestors 'none'`.

mod audit;
mod desk;
mod door;
pub(crate) mod editor;
mod form;
mod guard;
mod media;
mod pages;
mod parked;
mod profile;
mod redirects;
mod settings;
mod staff;
mod strip;
mod tokens;
mod view;

use crate::AppState;
use axum::Router;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use masthead_core::Permission;
pub use parked::Parked;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anybody (the sign-in page, one-time links).
    Anyone,
    /// A person who gave their password and owes the second factor.
    Pending,
    /// Anybody with a session, pending or full (signing out).
    Session,
    /// A signed-in person whose role holds the permission.
    Staff(Permission),
    /// Like `Staff`, and open while a required second factor is still to be enrolled.
    Enrol(Permission),
}

/// One declared route of the newsroom.
#[derive(Debug, Clone, Copy)]
pub struct AdminRoute {
    pub method: &'static str,
    /// The axum path pattern.
    pub path: &'static str,
    pub access: Access,
}

const fn route(method: &'static str, path: &'static str, access: Access) -> AdminRoute {
    AdminRoute {
        method,
        path,
        access,
    }
}

use Access::*;
use Permission::*;

/// Every route of the newsroom and the access it needs.
pub const ADMIN_ROUTES: &[AdminRoute] = &[
    route("GET", "/admin", Staff(ViewNewsroom)),
    route("GET", "/admin/login", Anyone),
    route("POST", "/admin/login", Anyone),
    route("GET", "/admin/login/totp", Pending),
    route("POST", "/admin/login/totp", Pending),
    route("POST", "/admin/logout", Session),
    route("GET", "/admin/link/{token}", Anyone),
    route("POST", "/admin/link/{token}", Anyone),
    route("GET", "/admin/profile", Enrol(ViewNewsroom)),
    route("POST", "/admin/profile", Enrol(ViewNewsroom)),
    route("POST", "/admin/profile/password", Enrol(ViewNewsroom)),
    route("POST", "/admin/profile/totp", Enrol(ViewNewsroom)),
    route("POST", "/admin/articles/{id}/status", Staff(WriteArticles)),
    route("GET", "/admin/staff", Staff(ManageStaff)),
    route("POST", "/admin/staff/invite", Staff(ManageStaff)),
    route("POST", "/admin/staff/totp", Staff(ManageSite)),
    route("POST", "/admin/staff/{id}/role", Staff(ManageStaff)),
    route("POST", "/admin/staff/{id}/disable", Staff(ManageStaff)),
    route("POST", "/admin/staff/{id}/enable", Staff(ManageStaff)),
    route("POST", "/admin/staff/{id}/reset", Staff(ManageStaff)),
    route("POST", "/admin/staff/{id}/totp-off", Staff(ManageStaff)),
    route("GET", "/admin/articles/new", Staff(WriteArticles)),
    route("POST", "/admin/articles", Staff(WriteArticles)),
    route("GET", "/admin/articles/{id}", Staff(WriteArticles)),
    route("POST", "/admin/articles/{id}", Staff(WriteArticles)),
    route("GET", "/admin/articles/{id}/history", Staff(WriteArticles)),
    route("POST", "/admin/articles/{id}/restore", Staff(WriteArticles)),
    route(
        "POST",
        "/admin/articles/{id}/translate",
        Staff(WriteArticles),
    ),
    route(
        "POST",
        "/admin/articles/{id}/translation-current",
        Staff(WriteArticles),
    ),
    route(
        "POST",
        "/admin/articles/{id}/corrections",
        Staff(PublishOwn),
    ),
    route("POST", "/admin/articles/{id}/delete", Staff(WriteArticles)),
    route("POST", "/admin/preview", Staff(WriteArticles)),
    route("GET", "/admin/parked", Staff(WriteArticles)),
    route("GET", "/admin/media", Staff(WriteArticles)),
    route("POST", "/admin/media", Staff(WriteArticles)),
    route("GET", "/admin/audit", Staff(ViewAudit)),
    route("GET", "/admin/audit.jsonl", Staff(ViewAudit)),
    route("GET", "/admin/settings", Staff(ManageSite)),
    route("POST", "/admin/settings", Staff(ManageSite)),
    route("GET", "/admin/tokens", Staff(ManageStaff)),
    route("POST", "/admin/tokens", Staff(ManageStaff)),
    route("POST", "/admin/tokens/{id}/revoke", Staff(ManageStaff)),
    route("GET", "/admin/strip", Staff(ManageTaxonomy)),
    route("POST", "/admin/strip/{lang}", Staff(ManageTaxonomy)),
    route("POST", "/admin/ads", Staff(ManageTaxonomy)),
    route("POST", "/admin/ads/{id}", Staff(ManageTaxonomy)),
    route("POST", "/admin/ads/{id}/delete", Staff(ManageTaxonomy)),
    route("GET", "/admin/pages", Staff(ManageTaxonomy)),
    route("GET", "/admin/pages/new", Staff(ManageTaxonomy)),
    route("POST", "/admin/pages", Staff(ManageTaxonomy)),
    route("POST", "/admin/pages/preview", Staff(ManageTaxonomy)),
    route("GET", "/admin/pages/{id}", Staff(ManageTaxonomy)),
    route("POST", "/admin/pages/{id}", Staff(ManageTaxonomy)),
    route("POST", "/admin/pages/{id}/delete", Staff(ManageTaxonomy)),
    route("GET", "/admin/redirects", Staff(ManageTaxonomy)),
    route("POST", "/admin/redirects", Staff(ManageTaxonomy)),
    route(
        "POST",
        "/admin/redirects/{id}/delete",
        Staff(ManageTaxonomy),
    ),
];

/// The handler of a declared route; `None` for a declaration without one (a test catches it).
fn handler(r: &AdminRoute) -> Option<MethodRouter<AppState>> {
    Some(match (r.method, r.path) {
        ("GET", "/admin") => get(desk::dashboard),
        ("GET", "/admin/login") => get(door::login_page),
        ("POST", "/admin/login") => post(door::login),
        ("GET", "/admin/login/totp") => get(door::totp_page),
        ("POST", "/admin/login/totp") => post(door::totp),
        ("POST", "/admin/logout") => post(door::logout),
        ("GET", "/admin/link/{token}") => get(door::link_page),
        ("POST", "/admin/link/{token}") => post(door::redeem_link),
        ("GET", "/admin/profile") => get(profile::page),
        ("POST", "/admin/profile") => post(profile::update),
        ("POST", "/admin/profile/password") => post(profile::password),
        ("POST", "/admin/profile/totp") => post(profile::totp),
        ("POST", "/admin/articles/{id}/status") => post(desk::move_article),
        ("GET", "/admin/staff") => get(staff::page),
        ("POST", "/admin/staff/invite") => post(staff::invite),
        ("POST", "/admin/staff/totp") => post(staff::totp_roles),
        ("POST", "/admin/staff/{id}/role") => post(staff::set_role),
        ("POST", "/admin/staff/{id}/disable") => post(staff::disable),
        ("POST", "/admin/staff/{id}/enable") => post(staff::enable),
        ("POST", "/admin/staff/{id}/reset") => post(staff::reset),
        ("POST", "/admin/staff/{id}/totp-off") => post(staff::totp_off),
        ("GET", "/admin/articles/new") => get(editor::new_page),
        ("POST", "/admin/articles") => post(editor::create),
        ("GET", "/admin/articles/{id}") => get(editor::edit_page),
        ("POST", "/admin/articles/{id}") => post(editor::save),
        ("GET", "/admin/articles/{id}/history") => get(editor::history),
        ("POST", "/admin/articles/{id}/restore") => post(editor::restore),
        ("POST", "/admin/articles/{id}/translate") => post(editor::translate),
        ("POST", "/admin/articles/{id}/translation-current") => post(editor::translation_current),
        ("POST", "/admin/articles/{id}/corrections") => post(editor::correction),
        ("POST", "/admin/articles/{id}/delete") => post(editor::delete),
        ("POST", "/admin/preview") => post(editor::preview),
        ("GET", "/admin/parked") => get(parked::restore),
        ("GET", "/admin/media") => get(media::library),
        ("POST", "/admin/media") => post(media::upload),
        ("GET", "/admin/audit") => get(audit::page),
        ("GET", "/admin/audit.jsonl") => get(audit::export),
        ("GET", "/admin/settings") => get(settings::page),
        ("POST", "/admin/settings") => post(settings::save),
        ("GET", "/admin/tokens") => get(tokens::page),
        ("POST", "/admin/tokens") => post(tokens::create),
        ("POST", "/admin/tokens/{id}/revoke") => post(tokens::revoke),
        ("GET", "/admin/strip") => get(strip::page),
        ("POST", "/admin/strip/{lang}") => post(strip::set),
        ("POST", "/admin/ads") => post(strip::add_ad),
        ("POST", "/admin/ads/{id}") => post(strip::update_ad),
        ("POST", "/admin/ads/{id}/delete") => post(strip::remove_ad),
        ("GET", "/admin/pages") => get(pages::list),
        ("GET", "/admin/pages/new") => get(pages::new_page),
        ("POST", "/admin/pages") => post(pages::create),
        ("POST", "/admin/pages/preview") => post(pages::preview),
        ("GET", "/admin/pages/{id}") => get(pages::edit_page),
        ("POST", "/admin/pages/{id}") => post(pages::save),
        ("POST", "/admin/pages/{id}/delete") => post(pages::delete),
        ("GET", "/admin/redirects") => get(redirects::list),
        ("POST", "/admin/redirects") => post(redirects::add),
        ("POST", "/admin/redirects/{id}/delete") => post(redirects::delete),
        _ => return None,
    })
}

/// The declared route a request matched, by its method and axum path pattern.
pub fn declared(method: &Method, pattern: &str) -> Option<&'static AdminRoute> {
    let m = if method == Method::HEAD {
        "GET"
    } else {
        method.as_str()
    };
    ADMIN_ROUTES
        .iter()
        .find(|r| r.method == m && r.path == pattern)
}

/// The newsroom's routes, each behind the guard.
pub fn router(state: AppState) -> Router<AppState> {
    let mut r: Router<AppState> = Router::new();
    for decl in ADMIN_ROUTES {
        match handler(decl) {
            Some(h) => r = r.route(decl.path, h),
            None => tracing::error!(path = decl.path, "declared admin route has no handler"),
        }
    }
    // The guard limits each route's body (413 above it); extractors must not apply axum's
    // own 2 MiB default on top of that (an upload of 15 MB, an article of 1 MiB of Cyrillic).
    r.route_layer(axum::middleware::from_fn_with_state(state, guard::guard))
        .layer(axum::extract::DefaultBodyLimit::disable())
}

/// The public media files (not part of the newsroom: readers fetch them).
pub fn media_router() -> Router<AppState> {
    Router::new().route("/media/{name}", get(media::file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_route_has_a_handler_and_one_declaration() {
        for (i, r) in ADMIN_ROUTES.iter().enumerate() {
            assert!(
                handler(r).is_some(),
                "{} {} has no handler",
                r.method,
                r.path
            );
            assert!(
                ADMIN_ROUTES[..i]
                    .iter()
                    .all(|o| (o.method, o.path) != (r.method, r.path)),
                "{} {} declared twice",
                r.method,
                r.path
            );
        }
    }
}
