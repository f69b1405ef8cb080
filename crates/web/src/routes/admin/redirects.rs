//! Old addresses in the newsroom (editors and admins, SPEC R14): the redirects table with a
//! search and pages, a form to add one, deleting. A refused redirect is answered with the form
//! as typed and the reason beside its field; nothing is saved.

use super::form::{LenientForm, LenientQuery};
use super::view::{Admin, form_error, see_other};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{Response, StatusCode};
use masthead_core::admin::FormState;
use masthead_service::ServiceError;
use serde::Deserialize;

/// The list's search and page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    page: String,
}

async fn show(
    a: &Admin,
    q: &ListQuery,
    form: Option<FormState>,
    status: StatusCode,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let page = (!q.page.is_empty()).then_some(q.page.as_str());
    match a
        .state
        .site
        .redirects_page(&me.actor(), &q.q, page, form)
        .await
    {
        Ok(body) => a.page("admin-redirects", body, status),
        Err(e) => a.fail(e),
    }
}

pub async fn list(a: Admin, LenientQuery(q): LenientQuery<ListQuery>) -> Response<Body> {
    show(&a, &q, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RedirectForm {
    from: String,
    to: String,
}

pub async fn add(a: Admin, LenientForm(f): LenientForm<RedirectForm>) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    let kept = FormState::with_values([("from", f.from.as_str()), ("to", f.to.as_str())]);
    match a.state.site.add_redirect(&me, &f.from, &f.to).await {
        // Newest first: the new redirect heads the list.
        Ok(_) => see_other("/admin/redirects?done=redirect-added"),
        Err(ServiceError::InvalidFields(errors)) => {
            let form = kept.field_errors(&errors);
            show(
                &a,
                &ListQuery::default(),
                Some(form),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e @ ServiceError::Forbidden(_)) => a.fail(e),
        Err(e) => {
            let (field, key, status) = form_error(e);
            show(
                &a,
                &ListQuery::default(),
                Some(kept.error(field, key)),
                status,
            )
            .await
        }
    }
}

pub async fn delete(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    let Some(id) = id.parse::<i64>().ok() else {
        return a.fail(masthead_service::StoreError::NotFound.into());
    };
    match a.state.site.delete_redirect(&me, id).await {
        Ok(()) => see_other("/admin/redirects?done=redirect-deleted"),
        Err(e) => a.fail(e),
    }
}
