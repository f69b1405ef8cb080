//! The staff page (admins): invitations, roles, disabling, password resets, and which roles
//! must use a second factor.

use super::form::LenientForm;
use super::view::{Admin, form_error, see_other};
use axum::body::{Body, Bytes};
use axum::extract::Path;
use axum::http::{Response, StatusCode};
use masthead_core::Role;
use masthead_core::admin::IssuedLink;
use masthead_service::ServiceError;
use serde::Deserialize;

async fn show(a: &Admin, new_link: Option<IssuedLink>) -> Response<Body> {
    show_with(a, new_link, StatusCode::OK).await
}

async fn show_with(a: &Admin, new_link: Option<IssuedLink>, status: StatusCode) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.staff_page(me, new_link).await {
        Ok(body) => a.page("admin-staff", body, status),
        Err(e) => a.fail(e),
    }
}

/// A refused staff action: the staff page again, the reason above it in the person's
/// language (a refusal page only when the person may not see the staff page at all).
async fn refused(mut a: Admin, e: ServiceError) -> Response<Body> {
    if matches!(e, ServiceError::Forbidden(_)) {
        return a.fail(e);
    }
    let (_, key, status) = form_error(e);
    a.failed = Some(key.to_owned());
    a.done = None;
    show_with(&a, None, status).await
}

pub async fn page(a: Admin) -> Response<Body> {
    show(&a, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

fn role_of(raw: &str) -> Result<Role, ServiceError> {
    Ok(raw.parse::<Role>()?)
}

fn id_of(raw: &str) -> Result<i64, ServiceError> {
    raw.parse::<i64>()
        .map_err(|_| masthead_service::StoreError::NotFound.into())
}

pub async fn invite(a: Admin, LenientForm(f): LenientForm<RoleForm>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let role = match role_of(&f.role) {
        Ok(r) => r,
        Err(e) => return refused(a, e).await,
    };
    match a.state.site.invite(&me.actor(), &me.ip, role).await {
        Ok(link) => show(&a, Some(link)).await,
        Err(e) => refused(a, e).await,
    }
}

pub async fn set_role(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<RoleForm>,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let (id, role) = match (id_of(&id), role_of(&f.role)) {
        (Ok(i), Ok(r)) => (i, r),
        (Err(e), _) | (_, Err(e)) => return refused(a, e).await,
    };
    match a.state.site.set_role(&me.actor(), &me.ip, id, role).await {
        Ok(()) => see_other("/admin/staff?done=role-changed"),
        Err(e) => refused(a, e).await,
    }
}

async fn set_disabled(a: Admin, id: String, disabled: bool) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let id = match id_of(&id) {
        Ok(i) => i,
        Err(e) => return refused(a, e).await,
    };
    match a
        .state
        .site
        .set_disabled(&me.actor(), &me.ip, id, disabled)
        .await
    {
        Ok(()) if disabled => see_other("/admin/staff?done=user-disabled"),
        Ok(()) => see_other("/admin/staff?done=user-enabled"),
        Err(e) => refused(a, e).await,
    }
}

pub async fn disable(a: Admin, Path(id): Path<String>) -> Response<Body> {
    set_disabled(a, id, true).await
}

pub async fn enable(a: Admin, Path(id): Path<String>) -> Response<Body> {
    set_disabled(a, id, false).await
}

pub async fn reset(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let id = match id_of(&id) {
        Ok(i) => i,
        Err(e) => return refused(a, e).await,
    };
    match a.state.site.issue_reset(&me.actor(), &me.ip, id).await {
        Ok(link) => show(&a, Some(link)).await,
        Err(e) => refused(a, e).await,
    }
}

/// Turns off a person's second factor.
pub async fn totp_off(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let id = match id_of(&id) {
        Ok(i) => i,
        Err(e) => return refused(a, e).await,
    };
    match a.state.site.reset_totp(&me.actor(), &me.ip, id).await {
        Ok(()) => see_other("/admin/staff?done=totp-reset"),
        Err(e) => refused(a, e).await,
    }
}

/// The roles that must use a second factor: repeated `roles` fields (checkboxes).
pub async fn totp_roles(a: Admin, body: Bytes) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let mut roles: Vec<Role> = Vec::new();
    for (k, v) in form_urlencoded::parse(&body) {
        if k == "roles" {
            match v.parse::<Role>() {
                Ok(r) if !roles.contains(&r) => roles.push(r),
                Ok(_) => {}
                Err(e) => return refused(a, ServiceError::Invalid(e)).await,
            }
        }
    }
    match a
        .state
        .site
        .set_totp_roles(&me.actor(), &me.ip, &roles)
        .await
    {
        Ok(()) => see_other("/admin/staff?done=totp-roles-saved"),
        Err(e) => refused(a, e).await,
    }
}
