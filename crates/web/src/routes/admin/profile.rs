//! One's own profile: name and language, password, and the TOTP second factor.

use super::form::LenientForm;
use super::view::{Admin, form_error, retry_after, see_other};
use axum::body::Body;
use axum::http::{Response, StatusCode};
use masthead_core::admin::FormState;
use serde::Deserialize;

async fn show(
    a: &Admin,
    forms: [FormState; 3],
    codes: Vec<String>,
    status: StatusCode,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.profile_page(me, forms, codes).await {
        Ok(body) => a.page("admin-profile", body, status),
        Err(e) => a.fail(e),
    }
}

pub async fn page(a: Admin) -> Response<Body> {
    show(&a, Default::default(), Vec::new(), StatusCode::OK).await
}

/// Name and language. A `role` or `email` sent along is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    name: String,
    ui_lang: String,
}

pub async fn update(a: Admin, LenientForm(f): LenientForm<ProfileForm>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.update_profile(me, &f.name, &f.ui_lang).await {
        Ok(()) => see_other("/admin/profile?done=saved"),
        Err(e) => {
            let (field, key, status) = form_error(e);
            let form = FormState::with_values([("name", f.name.as_str())]).error(field, key);
            show(
                &a,
                [form, FormState::default(), FormState::default()],
                Vec::new(),
                status,
            )
            .await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    password: String,
}

pub async fn password(a: Admin, LenientForm(f): LenientForm<PasswordForm>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a
        .state
        .site
        .change_password(me, &f.current, &f.password)
        .await
    {
        Ok(()) => see_other("/admin/profile?done=password-changed"),
        Err(e) => {
            let retry = retry_after(&e);
            let (field, key, status) = form_error(e);
            let mut form = FormState::default().error(field, key);
            form.retry_after = retry;
            show(
                &a,
                [FormState::default(), form, FormState::default()],
                Vec::new(),
                status,
            )
            .await
        }
    }
}

/// TOTP: `action` is `begin`, `confirm` (with `code`) or `disable` (with `current`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TotpForm {
    action: String,
    code: String,
    current: String,
}

pub async fn totp(a: Admin, LenientForm(f): LenientForm<TotpForm>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let site = &a.state.site;
    let done = match f.action.as_str() {
        "begin" => site.begin_totp(me).await.map(|()| None),
        "confirm" => site.confirm_totp(me, &f.code).await.map(Some),
        "disable" => site.disable_totp(me, &f.current).await.map(|()| None),
        _ => Err(masthead_service::ServiceError::Invalid(
            masthead_core::CoreError::Invalid {
                field: "action",
                key: "invalid-action",
            },
        )),
    };
    match done {
        Ok(Some(codes)) => show(&a, Default::default(), codes, StatusCode::OK).await,
        Ok(None) if f.action == "disable" => see_other("/admin/profile?done=totp-off#totp"),
        Ok(None) => see_other("/admin/profile#totp"),
        Err(e) => {
            let retry = retry_after(&e);
            let (field, key, status) = form_error(e);
            // Only the password field of the "turn off" form stands on the page at every step;
            // anything else is said above the section.
            let field = if field == "current" { field } else { "_form" };
            let mut form = FormState::default().error(field, key);
            form.retry_after = retry;
            show(
                &a,
                [FormState::default(), FormState::default(), form],
                Vec::new(),
                status,
            )
            .await
        }
    }
}
