//! The media library (SPEC N5): the page with its upload form and search, the upload itself
//! (a multipart form; answered in JSON for the editor's toolbar), and the public files.

use super::form::LenientQuery;
use super::view::{Admin, form_error, see_other};
use crate::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::admin::FormState;
use masthead_service::newsroom::Upload;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LibraryQuery {
    q: String,
    page: String,
}

pub async fn library(a: Admin, LenientQuery(q): LenientQuery<LibraryQuery>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let page = q.page.parse::<u64>().unwrap_or(1).clamp(1, 100_000);
    match a
        .state
        .site
        .media_page(me, &q.q, page, FormState::default())
        .await
    {
        Ok(body) => a.page("admin-media", body, StatusCode::OK),
        Err(e) => a.fail(e),
    }
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

/// Reads the upload's fields; a body that is not a multipart form reads as an empty upload,
/// which the use case refuses in the person's language.
async fn read_upload(req: Request, state: &AppState) -> (Upload, bool) {
    let mut up = Upload::default();
    let mut wants_json = false;
    let Ok(mut mp) = Multipart::from_request(req, state).await else {
        return (up, wants_json);
    };
    while let Ok(Some(field)) = mp.next_field().await {
        let name = field.name().unwrap_or("").to_owned();
        match name.as_str() {
            "file" => {
                up.file_name = field.file_name().unwrap_or("").to_owned();
                up.bytes = field.bytes().await.map(|b| b.to_vec()).unwrap_or_default();
            }
            "alt" | "caption" | "credit" | "format" => {
                let v = field.text().await.unwrap_or_default();
                match name.as_str() {
                    "alt" => up.alt = v,
                    "caption" => up.caption = v,
                    "credit" => up.credit = v,
                    _ => wants_json = v == "json",
                }
            }
            _ => {}
        }
    }
    (up, wants_json)
}

pub async fn upload(a: Admin, State(state): State<AppState>, req: Request) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let (up, wants_json) = read_upload(req, &state).await;
    let kept = FormState::with_values([
        ("alt", up.alt.as_str()),
        ("caption", up.caption.as_str()),
        ("credit", up.credit.as_str()),
    ]);
    match a.state.site.upload_media(me, up).await {
        Ok(m) => {
            if wants_json {
                let item = masthead_service::Site::media_item(m);
                return json(
                    StatusCode::CREATED,
                    serde_json::json!({"url": item.url, "markdown": item.markdown, "alt": item.media.alt}),
                );
            }
            see_other("/admin/media?done=uploaded")
        }
        Err(e) => {
            let (field, key, status) = form_error(e);
            if wants_json {
                let c = masthead_i18n::Catalogs::embedded();
                return json(
                    status,
                    serde_json::json!({"error": {"code": key, "field": field, "message": c.t(a.lang, key, &[])}}),
                );
            }
            let field = if field == "_form" { "file" } else { field };
            match a
                .state
                .site
                .media_page(me, "", 1, kept.error(field, key))
                .await
            {
                Ok(body) => a.page("admin-media", body, status),
                Err(e) => a.fail(e),
            }
        }
    }
}

/// A public media file: immutable (its name changes with its content), never sniffed.
pub async fn file(State(state): State<AppState>, Path(name): Path<String>) -> Response<Body> {
    match state.site.media_file(&name).await {
        Ok(Some((bytes, content_type))) => {
            let mut r = Response::new(Body::from(bytes));
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
            h.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; sandbox"),
            );
            r
        }
        Ok(None) => {
            let mut r = Response::new(Body::from("not found"));
            *r.status_mut() = StatusCode::NOT_FOUND;
            r
        }
        Err(e) => crate::error::AppError::from(e).json(masthead_core::Lang::En),
    }
}
