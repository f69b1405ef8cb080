//! The article editor and what is done from it (SPEC N3, N4, N9, N10): new article, save (also
//! as autosave, answered in JSON), workflow moves, pending edits, preview, history and
//! restore, translations, corrections, deletion.

use super::form::{LenientForm, LenientQuery};
use super::view::{Admin, form_error, see_other};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::Lang;
use masthead_core::Status;
use masthead_core::admin::FormState;
use masthead_core::editor::EditorBody;
use masthead_core::newsroom::CorrectionKind;
use masthead_service::newsroom::{EDITOR_FIELDS, EDITOR_FLAGS, SaveAction, Saved};
use masthead_service::{ServiceError, StoreError};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The editor's form body: the first value of each field, except the byline's further
/// authors, which a multiple select sends once each (joined with commas, in order).
pub struct EditorForm(pub BTreeMap<String, String>);

impl<S: Send + Sync> axum::extract::FromRequest<S> for EditorForm {
    type Rejection = std::convert::Infallible;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .unwrap_or_default();
        Ok(EditorForm(editor_fields(&bytes)))
    }
}

/// Reads an urlencoded editor form (see [`EditorForm`]).
pub(super) fn editor_fields(body: &[u8]) -> BTreeMap<String, String> {
    let mut m: BTreeMap<String, String> = BTreeMap::new();
    let mut coauthors: Vec<String> = Vec::new();
    for (k, v) in form_urlencoded::parse(body) {
        if k == "coauthors" {
            coauthors.extend(
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
        } else {
            m.entry(k.into_owned()).or_insert_with(|| v.into_owned());
        }
    }
    if !coauthors.is_empty() {
        m.insert("coauthors".into(), coauthors.join(","));
    }
    m
}

/// The editor's fields as sent, with the check boxes present only when ticked.
pub(super) fn form_of(raw: &BTreeMap<String, String>) -> FormState {
    let mut values = BTreeMap::new();
    for k in EDITOR_FIELDS.iter().chain(EDITOR_FLAGS) {
        if let Some(v) = raw.get(*k) {
            values.insert((*k).to_owned(), v.clone());
        }
    }
    FormState {
        values,
        ..Default::default()
    }
}

fn action_of(raw: &BTreeMap<String, String>) -> Result<SaveAction, ServiceError> {
    Ok(
        match raw.get("action").map(String::as_str).unwrap_or("save") {
            "save" => SaveAction::Save,
            "pending" => SaveAction::Pending,
            "publish_pending" => SaveAction::PublishPending,
            "discard_pending" => SaveAction::DiscardPending,
            other => SaveAction::Move(other.parse::<Status>()?),
        },
    )
}

fn id_of(raw: &str) -> Result<i64, ServiceError> {
    raw.parse::<i64>().map_err(|_| StoreError::NotFound.into())
}

/// The signed-in person and the article id of the address, or the answer to give instead.
fn target<'a>(
    a: &'a Admin,
    id: &str,
) -> Result<(&'a masthead_service::SignedIn, i64), Box<Response<Body>>> {
    let Some(me) = a.me() else {
        return Err(Box::new(a.forbidden()));
    };
    id_of(id)
        .map(|id| (me, id))
        .map_err(|e| Box::new(a.fail(e)))
}

/// The form as typed with every problem of a refused save beside its field.
fn refused(mut form: FormState, e: ServiceError) -> (FormState, StatusCode) {
    if let ServiceError::InvalidFields(errors) = &e {
        for fe in errors {
            form.errors.insert(fe.field.clone(), fe.key.to_owned());
        }
        return (form, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (field, key, status) = form_error(e);
    (form.error(field, key), status)
}

fn json(status: StatusCode, v: serde_json::Value) -> Response<Body> {
    let mut r = Response::new(Body::from(v.to_string()));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

fn is_autosave(raw: &BTreeMap<String, String>) -> bool {
    raw.get("autosave").is_some_and(|v| v == "1")
}

impl Admin {
    fn editor(&self, body: EditorBody, status: StatusCode) -> Response<Body> {
        let key = if body.id.is_some() {
            "admin-edit-article"
        } else {
            "admin-new-article"
        };
        self.page(key, body, status)
    }

    /// An autosave's answer: the new revision, or the problem in the person's language.
    fn autosave_answer(&self, r: Result<(i64, i64), ServiceError>) -> Response<Body> {
        let c = masthead_i18n::Catalogs::embedded();
        match r {
            Ok((id, revision)) => json(
                StatusCode::OK,
                serde_json::json!({"id": id, "revision": revision, "url": format!("/admin/articles/{id}")}),
            ),
            Err(e) => {
                let conflict = matches!(
                    e,
                    ServiceError::Store(StoreError::Conflict(
                        masthead_service::Conflict::StaleRevision { .. }
                    ))
                );
                let (field, key, status) = form_error(e);
                let key = if conflict { "autosave-conflict" } else { key };
                json(
                    status,
                    serde_json::json!({"error": {"code": key, "field": field, "message": c.t(self.lang, key, &[])}}),
                )
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditionQuery {
    edition: String,
}

pub async fn new_page(a: Admin, LenientQuery(q): LenientQuery<EditionQuery>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let edition = q.edition.parse::<Lang>().ok();
    match a.state.site.new_article_page(me, edition, None).await {
        Ok(body) => a.editor(body, StatusCode::OK),
        Err(e) => a.fail(e),
    }
}

pub async fn create(a: Admin, EditorForm(raw): EditorForm) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let form = form_of(&raw);
    let edition = raw
        .get("edition")
        .and_then(|e| e.parse::<Lang>().ok())
        .unwrap_or(a.state.site.settings().editions[0]);
    let action = match action_of(&raw) {
        Ok(x) => x,
        Err(e) => return a.fail(e),
    };
    if is_autosave(&raw) {
        let r = a
            .state
            .site
            .create_from_form(me, edition, &form, SaveAction::Save)
            .await
            .map(|id| (id, 1));
        return a.autosave_answer(r);
    }
    match a
        .state
        .site
        .create_from_form(me, edition, &form, action)
        .await
    {
        Ok(id) => {
            let done = match action {
                SaveAction::Move(_) => "article-moved",
                _ => "saved",
            };
            see_other(&format!("/admin/articles/{id}?done={done}"))
        }
        Err(e) => {
            let (form, status) = refused(form, e);
            match a
                .state
                .site
                .new_article_page(me, Some(edition), Some(form))
                .await
            {
                Ok(body) => a.editor(body, status),
                Err(e) => a.fail(e),
            }
        }
    }
}

pub async fn edit_page(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    match a.state.site.editor_page(me, id, None).await {
        Ok(body) => a.editor(body, StatusCode::OK),
        Err(e) => a.fail(e),
    }
}

pub async fn save(a: Admin, Path(id): Path<String>, EditorForm(raw): EditorForm) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let form = form_of(&raw);
    let revision: i64 = raw
        .get("revision")
        .and_then(|r| r.trim().parse().ok())
        .unwrap_or(0);
    let action = match action_of(&raw) {
        Ok(x) => x,
        Err(e) => return a.fail(e),
    };
    let autosave = is_autosave(&raw);
    let action = if autosave { SaveAction::Save } else { action };
    let result = a
        .state
        .site
        .save_from_form(me, id, revision, &form, action)
        .await;
    if autosave {
        let r = match result {
            Ok(Saved::Done { id, revision }) => Ok((id, revision)),
            Ok(Saved::Conflict(n)) => Err(StoreError::Conflict(
                masthead_service::Conflict::StaleRevision {
                    id,
                    expected: revision,
                    current: n.revision,
                },
            )
            .into()),
            Err(e) => Err(e),
        };
        return a.autosave_answer(r);
    }
    match result {
        Ok(Saved::Done { id, .. }) => {
            let done = match action {
                SaveAction::Move(_) => "article-moved",
                _ => "saved",
            };
            see_other(&format!("/admin/articles/{id}?done={done}"))
        }
        Ok(Saved::Conflict(notice)) => match a.state.site.editor_page(me, id, Some(form)).await {
            Ok(mut body) => {
                body.revision = notice.revision;
                body.conflict = Some(*notice);
                a.editor(body, StatusCode::CONFLICT)
            }
            Err(e) => a.fail(e),
        },
        Err(e) => {
            let (form, status) = refused(form, e);
            match a.state.site.editor_page(me, id, Some(form)).await {
                Ok(mut body) => {
                    body.revision = revision;
                    a.editor(body, status)
                }
                Err(e) => a.fail(e),
            }
        }
    }
}

/// Marks a response as the preview, which the editor shows in a frame (the guard gives it
/// the reader site's policy with `frame-ancestors 'self'`).
#[derive(Debug, Clone, Copy)]
pub struct FramedPreview;

pub async fn preview(a: Admin, EditorForm(raw): EditorForm) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let form = form_of(&raw);
    let id = raw.get("id").and_then(|i| i.parse::<i64>().ok());
    let edition = raw
        .get("edition")
        .and_then(|e| e.parse::<Lang>().ok())
        .unwrap_or(a.state.site.settings().editions[0]);
    match a.state.site.preview(me, id, edition, &form).await {
        Ok(page) => match a.state.renderer.render(&page) {
            Ok(html) => {
                let mut r = Response::new(Body::from(html));
                r.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                );
                r.extensions_mut().insert(FramedPreview);
                r
            }
            Err(e) => a.fail(ServiceError::Store(StoreError::Corrupt(e.to_string()))),
        },
        Err(e) => {
            let (_, key, status) = form_error(e);
            let c = masthead_i18n::Catalogs::embedded();
            let msg = masthead_markdown::esc(&c.t(a.lang, key, &[]));
            let mut r = Response::new(Body::from(format!(
                "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/static/admin.css\"><body class=\"preview-problem\"><p role=\"alert\">{msg}</p></body></html>",
                a.lang.code()
            )));
            *r.status_mut() = status;
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r.extensions_mut().insert(FramedPreview);
            r
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CompareQuery {
    from: String,
    to: String,
}

pub async fn history(
    a: Admin,
    Path(id): Path<String>,
    LenientQuery(q): LenientQuery<CompareQuery>,
) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let compare = match (q.from.parse::<i64>(), q.to.parse::<i64>()) {
        (Ok(f), Ok(t)) => Some((f.min(t), f.max(t))),
        _ => None,
    };
    match a.state.site.history_page(me, id, compare).await {
        Ok(body) => a.page("admin-history", body, StatusCode::OK),
        Err(e) => a.fail(e),
    }
}

/// A form naming the revision the person saw, and maybe a history row, an edition, a text.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ArticleActionForm {
    revision: String,
    row: String,
    edition: String,
    kind: String,
    text: String,
}

impl ArticleActionForm {
    fn revision(&self) -> i64 {
        self.revision.trim().parse().unwrap_or(0)
    }
}

pub async fn restore(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<ArticleActionForm>,
) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let row = f.row.parse::<i64>().unwrap_or(0);
    match a
        .state
        .site
        .restore_revision(me, id, f.revision(), row)
        .await
    {
        Ok(_) => see_other(&format!("/admin/articles/{id}?done=restored")),
        Err(e) => a.fail(e),
    }
}

pub async fn translate(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<ArticleActionForm>,
) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let edition = match f.edition.parse::<Lang>() {
        Ok(e) => e,
        Err(e) => return a.fail(e.into()),
    };
    match a.state.site.translate(me, id, edition).await {
        Ok(new_id) => see_other(&format!("/admin/articles/{new_id}?done=translation-made")),
        Err(e) => a.fail(e),
    }
}

pub async fn translation_current(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<ArticleActionForm>,
) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    match a
        .state
        .site
        .mark_translation_current(me, id, f.revision())
        .await
    {
        Ok(_) => see_other(&format!("/admin/articles/{id}?done=translation-current")),
        Err(e) => a.fail(e),
    }
}

pub async fn correction(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<ArticleActionForm>,
) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let result = match f.kind.parse::<CorrectionKind>() {
        Ok(kind) => a.state.site.add_correction(me, id, kind, &f.text).await,
        Err(e) => Err(ServiceError::Invalid(e)),
    };
    match result {
        Ok(()) => see_other(&format!("/admin/articles/{id}?done=correction-added")),
        Err(e) => {
            let (field, key, status) = form_error(e);
            let mut form = FormState::default();
            form.values.insert("correction_text".into(), f.text.clone());
            form.values.insert("correction_kind".into(), f.kind.clone());
            let field = if field == "text" {
                "correction_text"
            } else {
                field
            };
            let form = form.error(field, key);
            match a.state.site.editor_page(me, id, None).await {
                Ok(mut body) => {
                    body.form.errors = form.errors;
                    body.form.values.extend(form.values);
                    a.editor(body, status)
                }
                Err(e) => a.fail(e),
            }
        }
    }
}

pub async fn delete(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<ArticleActionForm>,
) -> Response<Body> {
    let (me, id) = match target(&a, &id) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    match a.state.site.delete_article(me, id, f.revision()).await {
        Ok(()) => see_other("/admin?done=article-deleted"),
        Err(e) => a.fail(e),
    }
}
