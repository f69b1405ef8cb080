//! The breaking strip and the ads (editors and admins, SPEC N1, N6): one page with a form per
//! edition's strip, one per ad and one to add an ad. A refused form is shown again as typed,
//! each error beside its field.

use super::form::LenientForm;
use super::view::{Admin, form_error, see_other};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{Response, StatusCode};
use masthead_core::admin::FormState;
use masthead_core::settings::{AdInput, StripInput};
use masthead_service::ServiceError;
use masthead_service::settings::Typed;
use serde::Deserialize;

const PAGE: &str = "/admin/strip";

async fn show(mut a: Admin, typed: Option<Typed>, status: StatusCode) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let body = a.state.site.strip_page(&me.actor(), typed).await;
    // A form answered from `/admin/ads/…` belongs to this page's section.
    a.path = PAGE.to_owned();
    match body {
        Ok(body) => a.page("admin-strip", body, status),
        Err(e) => a.fail(e),
    }
}

pub async fn page(a: Admin) -> Response<Body> {
    show(a, None, StatusCode::OK).await
}

/// A refused form: the page again with the form as typed and its errors; a refusal the form
/// cannot show (an unknown ad or edition) above the page.
async fn refused(
    mut a: Admin,
    e: ServiceError,
    form: FormState,
    typed: impl FnOnce(FormState) -> Typed,
) -> Response<Body> {
    match e {
        ServiceError::InvalidFields(errors) => {
            let form = form.field_errors(&errors).error("_form", "invalid-form");
            show(a, Some(typed(form)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        e @ ServiceError::Forbidden(_) => a.fail(e),
        e => {
            let (_, key, status) = form_error(e);
            a.failed = Some(key.to_owned());
            a.done = None;
            show(a, None, status).await
        }
    }
}

/// A strip form: `action` is `save` (with `text`, `link`, `until`) or `clear`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StripForm {
    action: String,
    text: String,
    link: String,
    until: String,
}

pub async fn set(
    a: Admin,
    Path(lang): Path<String>,
    LenientForm(f): LenientForm<StripForm>,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let clear = f.action == "clear";
    let input = StripInput {
        text: f.text,
        link: f.link,
        until: f.until,
    };
    let done = a
        .state
        .site
        .set_strip(&me.actor(), &me.ip, &lang, (!clear).then_some(&input))
        .await;
    match done {
        Ok(()) if clear => see_other("/admin/strip?done=strip-cleared"),
        Ok(()) => see_other(&format!("/admin/strip?done=strip-saved#strip-{lang}")),
        Err(e) => {
            let form = FormState::with_values([
                ("text", input.text.as_str()),
                ("link", input.link.as_str()),
                ("until", input.until.as_str()),
            ]);
            let Ok(l) = lang.parse() else {
                return refused(a, e, form, Typed::NewAd).await;
            };
            refused(a, e, form, move |f| Typed::Strip(l, f)).await
        }
    }
}

/// An ad's form. `html` is read only from admins (the use case ignores it for others).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdForm {
    slot: String,
    edition: String,
    image_url: String,
    link_url: String,
    alt: String,
    width: String,
    height: String,
    html: Option<String>,
}

impl AdForm {
    fn input(self) -> (AdInput, FormState) {
        let form = FormState::with_values([
            ("slot", self.slot.as_str()),
            ("edition", self.edition.as_str()),
            ("image_url", self.image_url.as_str()),
            ("link_url", self.link_url.as_str()),
            ("alt", self.alt.as_str()),
            ("width", self.width.as_str()),
            ("height", self.height.as_str()),
            ("html", self.html.as_deref().unwrap_or_default()),
        ]);
        let input = AdInput {
            slot: self.slot,
            edition: self.edition,
            image_url: self.image_url,
            link_url: self.link_url,
            alt: self.alt,
            width: self.width,
            height: self.height,
            html: self.html,
        };
        (input, form)
    }
}

fn id_of(raw: &str) -> Option<i64> {
    raw.parse().ok()
}

pub async fn add_ad(a: Admin, LenientForm(f): LenientForm<AdForm>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let (input, form) = f.input();
    match a.state.site.add_ad(&me.actor(), &me.ip, &input).await {
        Ok(id) => see_other(&format!("/admin/strip?done=ad-added#ad-{id}")),
        Err(e) => refused(a, e, form, Typed::NewAd).await,
    }
}

pub async fn update_ad(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<AdForm>,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let (input, form) = f.input();
    let Some(id) = id_of(&id) else {
        return refused(
            a,
            masthead_service::StoreError::NotFound.into(),
            form,
            Typed::NewAd,
        )
        .await;
    };
    match a
        .state
        .site
        .update_ad(&me.actor(), &me.ip, id, &input)
        .await
    {
        Ok(()) => see_other(&format!("/admin/strip?done=ad-saved#ad-{id}")),
        Err(e) => refused(a, e, form, move |f| Typed::Ad(id, f)).await,
    }
}

pub async fn remove_ad(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let Some(id) = id_of(&id) else {
        return refused(
            a,
            masthead_service::StoreError::NotFound.into(),
            FormState::default(),
            Typed::NewAd,
        )
        .await;
    };
    match a.state.site.remove_ad(&me.actor(), &me.ip, id).await {
        Ok(()) => see_other("/admin/strip?done=ad-removed"),
        Err(e) => refused(a, e, FormState::default(), Typed::NewAd).await,
    }
}
