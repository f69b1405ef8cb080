//! The door: signing in (password, then the second factor when the account has one),
//! signing out, and the pages one-time links open (first admin, invitation, password reset).

use super::form::LenientForm;
use super::view::{Admin, form_error, retry_after, see_other};
use crate::session::Cookies;
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::admin::{FormState, LoginBody};
use masthead_service::SessionStage;
use masthead_service::staff::LinkForm;
use serde::Deserialize;

/// The sign-in form. Unknown fields are ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
}

fn cookies(a: &Admin) -> Cookies {
    Cookies::for_base_url(a.state.site.base_url())
}

/// The answer with `Retry-After` when the attempt was refused for too many failures.
fn with_retry_after(mut r: Response<Body>, retry: Option<u64>) -> Response<Body> {
    if let Some(s) = retry {
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(s));
    }
    r
}

/// A 303 that also sets (or clears) the session cookie.
fn with_cookie(mut r: Response<Body>, cookie: HeaderValue) -> Response<Body> {
    r.headers_mut().append(header::SET_COOKIE, cookie);
    r
}

pub async fn login_page(a: Admin) -> Response<Body> {
    if a.me.as_ref().is_some_and(|m| m.stage == SessionStage::Full) {
        return see_other("/admin");
    }
    let body = LoginBody {
        step: "password",
        form: FormState::default(),
    };
    a.page("admin-sign-in-title", body, StatusCode::OK)
}

pub async fn login(a: Admin, LenientForm(f): LenientForm<LoginForm>) -> Response<Body> {
    let ip = a.ip.clone();
    match a.state.site.login(&f.email, &f.password, &ip).await {
        Ok(step) => {
            // The session is new whatever the request carried (rotation at sign-in); a
            // session it carried is ended.
            if let Some(old) = &a.me {
                let _ = a.state.site.logout(old).await;
            }
            let to = match step.stage {
                SessionStage::Full => "/admin",
                SessionStage::Totp => "/admin/login/totp",
            };
            with_cookie(see_other(to), cookies(&a).set_session(step.token))
        }
        Err(e) => {
            let retry = retry_after(&e);
            let (_, key, status) = form_error(e);
            let mut form =
                FormState::with_values([("email", f.email.as_str())]).error("_form", key);
            form.retry_after = retry;
            let r = a.page(
                "admin-sign-in-title",
                LoginBody {
                    step: "password",
                    form,
                },
                status,
            );
            with_retry_after(r, retry)
        }
    }
}

pub async fn totp_page(a: Admin) -> Response<Body> {
    let body = LoginBody {
        step: "totp",
        form: FormState::default(),
    };
    a.page("admin-totp-title", body, StatusCode::OK)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

pub async fn totp(a: Admin, LenientForm(f): LenientForm<CodeForm>) -> Response<Body> {
    let Some(pending) = a.me.clone() else {
        return see_other("/admin/login");
    };
    match a.state.site.second_factor(&pending, &f.code).await {
        Ok(token) => with_cookie(see_other("/admin"), cookies(&a).set_session(token)),
        Err(e) => {
            let retry = retry_after(&e);
            let (field, key, status) = form_error(e);
            let mut form = FormState::default().error(field, key);
            form.retry_after = retry;
            let r = a.page("admin-totp-title", LoginBody { step: "totp", form }, status);
            with_retry_after(r, retry)
        }
    }
}

pub async fn logout(a: Admin) -> Response<Body> {
    if let Some(me) = &a.me
        && let Err(e) = a.state.site.logout(me).await
    {
        return a.fail(e);
    }
    with_cookie(
        see_other("/admin/login?done=signed-out"),
        cookies(&a).clear_session(),
    )
}

pub async fn link_page(a: Admin, Path(token): Path<String>) -> Response<Body> {
    // The language picker starts at the language the page is shown in.
    let form = FormState::with_values([("ui_lang", a.lang.code())]);
    match a.state.site.link_page(&token, form).await {
        Ok(body) => {
            let status = if body.valid {
                StatusCode::OK
            } else {
                StatusCode::GONE
            };
            a.page("admin-link-title", body, status)
        }
        Err(e) => a.fail(e),
    }
}

/// The form of a one-time link. Unknown fields (a `role`, say) are ignored: the role comes
/// from the link.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LinkFormData {
    email: String,
    name: String,
    password: String,
    ui_lang: String,
}

pub async fn redeem_link(
    a: Admin,
    Path(token): Path<String>,
    LenientForm(f): LenientForm<LinkFormData>,
) -> Response<Body> {
    let ip = a.ip.clone();
    let form = LinkForm {
        email: f.email.clone(),
        name: f.name.clone(),
        password: f.password,
        ui_lang: f.ui_lang.clone(),
    };
    match a.state.site.redeem_link(&token, &form, &ip).await {
        Ok((_, done)) => see_other(&format!("/admin/login?done={done}")),
        Err(e) => {
            let (field, key, status) = form_error(e);
            let kept = FormState::with_values([
                ("email", f.email.as_str()),
                ("name", f.name.as_str()),
                ("ui_lang", f.ui_lang.as_str()),
            ])
            .error(field, key);
            match a.state.site.link_page(&token, kept).await {
                Ok(body) => {
                    let status = if body.valid { status } else { StatusCode::GONE };
                    a.page("admin-link-title", body, status)
                }
                Err(e) => a.fail(e),
            }
        }
    }
}
