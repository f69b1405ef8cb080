//! The site settings page (admins, SPEC N6): one form of grouped fields; a refused save is
//! answered with the form as typed and each error beside its field.

use super::view::{Admin, form_error, see_other};
use axum::body::{Body, Bytes};
use axum::http::{Response, StatusCode};
use masthead_core::admin::FormState;
use masthead_core::settings::{APP_LINKS, FEED_FULL_TEXT, SOCIAL, SettingsInput};
use masthead_core::{Lang, settings::reprint_key};
use masthead_service::ServiceError;

async fn show(a: &Admin, typed: Option<FormState>, status: StatusCode) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.settings_page(&me.actor(), typed) {
        Ok(body) => a.page("admin-settings", body, status),
        Err(e) => a.fail(e),
    }
}

pub async fn page(a: Admin) -> Response<Body> {
    show(&a, None, StatusCode::OK).await
}

/// The form as typed: the first value of each field (unknown fields ignored), every ticked
/// edition in order.
fn read(body: &[u8]) -> (SettingsInput, FormState) {
    let mut values = std::collections::BTreeMap::new();
    let mut editions = Vec::new();
    for (k, v) in form_urlencoded::parse(body) {
        if k == "editions" {
            editions.push(v.into_owned());
        } else {
            values
                .entry(k.into_owned())
                .or_insert_with(|| v.into_owned());
        }
    }
    let get = |k: &str| values.get(k).cloned().unwrap_or_default();
    let link_keys = SOCIAL.iter().map(|(_, k, _)| *k).chain(APP_LINKS);
    let input = SettingsInput {
        site_name: get("site_name"),
        editions: editions.clone(),
        default_edition: get("default_edition"),
        time_zone: get("time_zone"),
        links: link_keys.map(|k| (k.to_owned(), get(k))).collect(),
        reprint: Lang::ALL
            .iter()
            .map(|l| (l.code().to_owned(), get(&reprint_key(*l))))
            .collect(),
        feed_full_text: get(FEED_FULL_TEXT) == "1",
    };
    let mut kept: Vec<(String, String)> = vec![
        ("site_name".into(), input.site_name.clone()),
        ("time_zone".into(), input.time_zone.clone()),
        ("default_edition".into(), input.default_edition.clone()),
        ("editions".into(), editions.join(",")),
    ];
    kept.extend(input.links.iter().cloned());
    kept.extend(
        Lang::ALL
            .iter()
            .map(|l| (reprint_key(*l), get(&reprint_key(*l)))),
    );
    kept.push((
        FEED_FULL_TEXT.into(),
        if input.feed_full_text { "1" } else { "0" }.into(),
    ));
    let form = FormState {
        values: kept.into_iter().collect(),
        ..Default::default()
    };
    (input, form)
}

pub async fn save(a: Admin, body: Bytes) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let (input, form) = read(&body);
    match a
        .state
        .site
        .save_settings(&me.actor(), &me.ip, &input)
        .await
    {
        Ok(keys) if keys.is_empty() => see_other("/admin/settings?done=settings-unchanged"),
        Ok(_) => see_other("/admin/settings?done=settings-saved"),
        Err(ServiceError::InvalidFields(errors)) => {
            let form = form.field_errors(&errors).error("_form", "invalid-form");
            show(&a, Some(form), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e @ ServiceError::Forbidden(_)) => a.fail(e),
        Err(e) => {
            let (field, key, status) = form_error(e);
            show(&a, Some(form.error(field, key)), status).await
        }
    }
}
