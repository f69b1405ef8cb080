//! Static pages in the newsroom (editors and admins, SPEC R14): the list of every edition's
//! pages with their translations side by side, the form (new and existing), its preview and
//! deleting. A refused form is answered with everything typed and each error beside its field.

use super::editor::FramedPreview;
use super::form::{LenientForm, LenientQuery};
use super::view::{Admin, form_error, see_other};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::admin::FormState;
use masthead_service::ServiceError;
use masthead_service::newsroom::PageInput;
use serde::Deserialize;

pub async fn list(a: Admin) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.pages_list(&me.actor()).await {
        Ok(body) => a.page("admin-static-pages", body, StatusCode::OK),
        Err(e) => a.fail(e),
    }
}

/// The form of page `id` (or a new one): as stored, or as typed with its errors.
async fn form_page(
    a: &Admin,
    id: Option<i64>,
    typed: Option<FormState>,
    new_in: Option<(&str, &str)>,
    status: StatusCode,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let title = if id.is_some() {
        "admin-page-edit"
    } else {
        "admin-page-new"
    };
    match a.state.site.page_form(&me.actor(), id, typed, new_in).await {
        Ok(body) => a.page(title, body, status),
        Err(e) => a.fail(e),
    }
}

/// The list's "add a translation" link names the edition and the page it translates.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    edition: String,
    translation_of: String,
}

pub async fn new_page(a: Admin, LenientQuery(q): LenientQuery<NewQuery>) -> Response<Body> {
    form_page(
        &a,
        None,
        None,
        Some((&q.edition, &q.translation_of)),
        StatusCode::OK,
    )
    .await
}

fn id_of(raw: &str) -> Option<i64> {
    raw.parse().ok().filter(|i| *i > 0)
}

pub async fn edit_page(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(id) = id_of(&id) else {
        return a.fail(masthead_service::StoreError::NotFound.into());
    };
    form_page(&a, Some(id), None, None, StatusCode::OK).await
}

/// The page form's fields (`in_footer` is present only when ticked).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageForm {
    edition: String,
    title: String,
    slug: String,
    body: String,
    in_footer: Option<String>,
    position: String,
    translation_of: String,
}

impl From<PageForm> for PageInput {
    fn from(f: PageForm) -> Self {
        PageInput {
            edition: f.edition,
            title: f.title,
            slug: f.slug,
            body: f.body,
            in_footer: f.in_footer.is_some_and(|v| !v.is_empty()),
            position: f.position,
            translation_of: f.translation_of,
        }
    }
}

async fn write(a: Admin, id: Option<i64>, input: PageInput) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    match a.state.site.save_page(&me, id, &input).await {
        Ok(id) => see_other(&format!("/admin/pages/{id}?done=page-saved")),
        Err(ServiceError::InvalidFields(errors)) => {
            let form = input
                .form()
                .field_errors(&errors)
                .error("_form", "invalid-form");
            form_page(&a, id, Some(form), None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e @ ServiceError::Forbidden(_)) => a.fail(e),
        Err(e) => {
            let (field, key, status) = form_error(e);
            form_page(&a, id, Some(input.form().error(field, key)), None, status).await
        }
    }
}

pub async fn create(a: Admin, LenientForm(f): LenientForm<PageForm>) -> Response<Body> {
    write(a, None, f.into()).await
}

pub async fn save(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<PageForm>,
) -> Response<Body> {
    let Some(id) = id_of(&id) else {
        return a.fail(masthead_service::StoreError::NotFound.into());
    };
    write(a, Some(id), f.into()).await
}

pub async fn delete(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    let Some(id) = id_of(&id) else {
        return a.fail(masthead_service::StoreError::NotFound.into());
    };
    match a.state.site.delete_page(&me, id).await {
        Ok(()) => see_other("/admin/pages?done=page-deleted"),
        Err(e) => a.fail(e),
    }
}

/// The form as readers would see the page, for the editor's preview frame (never cached, shown
/// only framed by the newsroom).
pub async fn preview(a: Admin, LenientForm(f): LenientForm<PageForm>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let input: PageInput = f.into();
    let page = match a.state.site.page_preview(&me.actor(), &input).await {
        Ok(p) => p,
        Err(e) => return a.fail(e),
    };
    match a.state.renderer.render(&page) {
        Ok(html) => {
            let mut r = Response::new(Body::from(html));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r.extensions_mut().insert(FramedPreview);
            r
        }
        Err(e) => a.fail(masthead_service::StoreError::Corrupt(e.to_string()).into()),
    }
}
