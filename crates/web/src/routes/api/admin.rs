//! The admin API for integrations (SPEC A2): `Authorization: Bearer mh_…` with a token an admin
//! made in the newsroom. Articles are created, saved, published and unpublished through the
//! newsroom's own use cases (the editor's form, read from JSON), so the same permissions,
//! revisions, workflow rules and audit entries apply; the audit names the token.
//!
//! - `GET /api/v1/admin/articles/{id}`: an article in any status, with its revision
//! - `POST /api/v1/admin/articles`: create (a draft, or moved to `status`)
//! - `PUT /api/v1/admin/articles/{id}`: save over `revision` (409 when someone saved since)
//! - `POST /api/v1/admin/articles/{id}/publish` and `/unpublish` with `{"revision": n}`

use super::model::ErrorOut;
use crate::AppState;
use crate::app::ClientAddr;
use crate::error::{AppError, json};
use crate::extract::{client_ip, header_str};
use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_core::admin::FormState;
use masthead_core::{Article, Lang, Status};
use masthead_service::ServiceError;
use masthead_service::newsroom::{SaveAction, Saved};
use masthead_service::staff::SignedIn;
use serde::{Deserialize, Serialize};
use serde_json::json as j;
use utoipa::ToSchema;

/// Largest request body, bytes (a body of 1 MiB Markdown and its JSON escaping).
const MAX_BODY: usize = 4 * 1024 * 1024;

/// The body limit of the admin API's routes (axum's default, 2 MiB, is below [`MAX_BODY`]).
pub(crate) fn body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAX_BODY + 1)
}

/// The integration a request acts as; a missing, unknown or revoked token is refused with 401.
pub(crate) struct Integration {
    pub state: AppState,
    pub me: SignedIn,
}

impl FromRequestParts<AppState> for Integration {
    type Rejection = Response<Body>;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let lang = state.site.settings().default_edition();
        let peer = parts.extensions.get::<ClientAddr>().copied();
        let ip = client_ip(state, &parts.headers, peer).to_string();
        let bearer = header_str(&parts.headers, "authorization").and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        });
        let found = match bearer {
            Some(b) => state.site.token_identity(b, &ip).await,
            None => Ok(None),
        };
        match found {
            Ok(Some(me)) => Ok(Integration {
                state: state.clone(),
                me,
            }),
            Ok(None) => {
                let mut r = AppError::Unauthorized("invalid-token").json(lang);
                r.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"masthead\""),
                );
                Err(r)
            }
            Err(e) => Err(AppError::from(e).json(lang)),
        }
    }
}

/// An article as an integration writes it. Taxonomy is named as in the editor: the section and
/// authors by slug, tags by name (new ones are created).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleIn {
    /// Edition code (create only; the default edition when absent).
    pub edition: Option<String>,
    /// The revision this save starts from (required to save over an article).
    pub revision: Option<i64>,
    pub title: String,
    #[serde(default)]
    pub lead: String,
    /// Markdown.
    pub body: String,
    /// Section slug.
    pub section: String,
    /// Tag names, in order.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The story tag shown above the title (a name).
    pub kicker: Option<String>,
    /// Author slug, then further authors of the byline.
    pub author: Option<String>,
    #[serde(default)]
    pub coauthors: Vec<String>,
    /// Made from the title when absent.
    pub slug: Option<String>,
    #[serde(default)]
    pub breaking: bool,
    #[serde(default)]
    pub top: bool,
    #[serde(default)]
    pub important: bool,
    pub cover_url: Option<String>,
    pub cover_alt: Option<String>,
    pub cover_caption: Option<String>,
    pub cover_credit: Option<String>,
    pub source_name: Option<String>,
    pub source_url: Option<String>,
    pub seo_title: Option<String>,
    pub seo_description: Option<String>,
    /// `draft` (the default), `review`, `scheduled` or `published`.
    pub status: Option<String>,
    /// For `scheduled` (and optionally `published`): `YYYY-MM-DDTHH:MM` in the site's time zone.
    pub publish_at: Option<String>,
}

impl ArticleIn {
    /// The editor's form with these values.
    fn form(&self) -> FormState {
        let mut v = std::collections::BTreeMap::new();
        let mut put = |k: &str, val: &str| {
            v.insert(k.to_owned(), val.to_owned());
        };
        put("title", &self.title);
        put("lead", &self.lead);
        put("body", &self.body);
        put("section", &self.section);
        put("tags", &self.tags.join(", "));
        put("coauthors", &self.coauthors.join(", "));
        for (k, val) in [
            ("kicker", &self.kicker),
            ("author", &self.author),
            ("slug", &self.slug),
            ("cover_url", &self.cover_url),
            ("cover_alt", &self.cover_alt),
            ("cover_caption", &self.cover_caption),
            ("cover_credit", &self.cover_credit),
            ("source_name", &self.source_name),
            ("source_url", &self.source_url),
            ("seo_title", &self.seo_title),
            ("seo_description", &self.seo_description),
            ("publish_at", &self.publish_at),
        ] {
            if let Some(val) = val {
                put(k, val);
            }
        }
        for (k, on) in [
            ("breaking", self.breaking),
            ("top", self.top),
            ("important", self.important),
        ] {
            if on {
                put(k, "on");
            }
        }
        FormState {
            values: v,
            ..Default::default()
        }
    }

    fn action(&self) -> Result<SaveAction, AppError> {
        match self.status.as_deref().map(str::trim) {
            None | Some("") => Ok(SaveAction::Save),
            Some(s) => match s.parse::<Status>() {
                Ok(Status::Unpublished) | Err(_) => Err(AppError::BadRequest("invalid-status")),
                Ok(to) => Ok(SaveAction::Move(to)),
            },
        }
    }
}

/// `{"revision": n}` of a publish or unpublish.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveIn {
    pub revision: i64,
}

/// An article as the admin API returns it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AdminArticleOut {
    pub id: i64,
    pub edition: String,
    /// Name the revision in the next save, publish or unpublish.
    pub revision: i64,
    pub status: String,
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub body: String,
    pub published_at: Option<String>,
    pub updated_at: String,
    /// The reader's address (it answers once published).
    pub url: String,
}

fn article_out(state: &AppState, a: Article) -> AdminArticleOut {
    AdminArticleOut {
        url: format!(
            "{}{}",
            state.site.base_url(),
            state.site.urls().article(a.edition, &a.slug)
        ),
        id: a.id,
        edition: a.edition.code().to_owned(),
        revision: a.revision,
        status: a.status.as_str().to_owned(),
        slug: a.slug,
        title: a.title,
        lead: a.lead,
        body: a.body_md,
        published_at: a.published_at.map(|t| t.to_string()),
        updated_at: a.updated_at.to_string(),
    }
}

/// A refused write as JSON: the error, and for a form every field it got wrong.
fn refused(e: ServiceError, lang: Lang) -> Response<Body> {
    match e {
        ServiceError::InvalidFields(errors) => {
            let fields: serde_json::Map<String, serde_json::Value> = errors
                .iter()
                .map(|f| (api_field(&f.field).to_owned(), j!(f.key)))
                .collect();
            let app = AppError::from(ServiceError::InvalidFields(errors));
            json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &j!({"error": {"code": "invalid-form", "message": app.message(lang), "fields": fields}}),
            )
        }
        ServiceError::Invalid(masthead_core::CoreError::Invalid { field, key }) => json(
            StatusCode::UNPROCESSABLE_ENTITY,
            &j!({"error": {
                "code": key,
                "message": AppError::from(ServiceError::Invalid(masthead_core::CoreError::Invalid { field, key })).message(lang),
                "fields": {api_field(field): key},
            }}),
        ),
        other => AppError::from(other).json(lang),
    }
}

/// The API's name of a form field the rules name (the schedule time is `publish_at` here).
fn api_field(field: &str) -> &str {
    match field {
        "published_at" => "publish_at",
        other => other,
    }
}

/// The request body as `T`; a body over the limit is 413, anything else unreadable 400.
fn body_json<T: for<'de> Deserialize<'de>>(
    body: &Result<Bytes, BytesRejection>,
) -> Result<T, AppError> {
    let body = match body {
        Ok(b) if b.len() <= MAX_BODY => b,
        Ok(_) => return Err(AppError::TooLarge("body-too-large")),
        Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Err(AppError::TooLarge("body-too-large"));
        }
        Err(_) => return Err(AppError::BadRequest("invalid-json")),
    };
    serde_json::from_slice(body).map_err(|_| AppError::BadRequest("invalid-json"))
}

fn read_id(raw: &str) -> Result<i64, AppError> {
    raw.parse()
        .ok()
        .filter(|n: &i64| *n > 0)
        .ok_or(AppError::BadRequest("invalid-article-id"))
}

/// An article in any status the token may act on.
#[utoipa::path(
    get,
    path = "/api/v1/admin/articles/{id}",
    tag = "admin",
    params(("id" = i64, Path, minimum = 1, description = "Article id")),
    security(("token" = [])),
    responses(
        (status = 200, description = "The article with its revision", body = AdminArticleOut),
        (status = 400, description = "The id is not a positive number", body = ErrorOut),
        (status = 401, description = "Missing, unknown or revoked token", body = ErrorOut),
        (status = 403, description = "Another's article, without the right to edit all", body = ErrorOut),
        (status = 404, description = "No such article", body = ErrorOut),
    )
)]
pub async fn get_article(i: Integration, Path(id): Path<String>) -> Response<Body> {
    let lang = i.state.site.settings().default_edition();
    let id = match read_id(&id) {
        Ok(id) => id,
        Err(e) => return e.json(lang),
    };
    match i.state.site.article_to_edit(&i.me, id).await {
        Ok(a) => json(StatusCode::OK, &j!(article_out(&i.state, a))),
        Err(e) => refused(e, lang),
    }
}

/// Creates an article: a draft, or moved on to `status` as the editor's buttons do.
#[utoipa::path(
    post,
    path = "/api/v1/admin/articles",
    tag = "admin",
    request_body = ArticleIn,
    security(("token" = [])),
    responses(
        (status = 201, description = "Created", body = AdminArticleOut),
        (status = 400, description = "Not JSON, an unknown field or status", body = ErrorOut),
        (status = 401, description = "Missing, unknown or revoked token", body = ErrorOut),
        (status = 403, description = "The token's role may not do this", body = ErrorOut),
        (status = 409, description = "The slug is taken", body = ErrorOut),
        (status = 413, description = "The body is over 4 MiB", body = ErrorOut),
        (status = 422, description = "Fields that break a rule, each named in `fields`", body = ErrorOut),
    )
)]
pub async fn create(i: Integration, body: Result<Bytes, BytesRejection>) -> Response<Body> {
    let lang = i.state.site.settings().default_edition();
    let input: ArticleIn = match body_json(&body) {
        Ok(v) => v,
        Err(e) => return e.json(lang),
    };
    let edition = match input.edition.as_deref().map(str::trim) {
        None | Some("") => lang,
        Some(code) => match code.parse::<Lang>() {
            Ok(l) => l,
            Err(_) => return AppError::BadRequest("unknown-edition").json(lang),
        },
    };
    let action = match input.action() {
        Ok(a) => a,
        Err(e) => return e.json(lang),
    };
    let site = &i.state.site;
    let made = site
        .create_from_form(&i.me, edition, &input.form(), action)
        .await;
    match made {
        Ok(id) => match site.article_to_edit(&i.me, id).await {
            Ok(a) => json(StatusCode::CREATED, &j!(article_out(&i.state, a))),
            Err(e) => refused(e, lang),
        },
        Err(e) => refused(e, lang),
    }
}

/// Saves over an article, from the revision named; then moves it to `status` if given.
#[utoipa::path(
    put,
    path = "/api/v1/admin/articles/{id}",
    tag = "admin",
    params(("id" = i64, Path, minimum = 1, description = "Article id")),
    request_body = ArticleIn,
    security(("token" = [])),
    responses(
        (status = 200, description = "Saved", body = AdminArticleOut),
        (status = 400, description = "Not JSON, an unknown field or status, no revision", body = ErrorOut),
        (status = 401, description = "Missing, unknown or revoked token", body = ErrorOut),
        (status = 403, description = "The token's role may not do this", body = ErrorOut),
        (status = 404, description = "No such article", body = ErrorOut),
        (status = 409, description = "Someone saved since `revision` (the text sent is kept in the history)", body = ErrorOut),
        (status = 413, description = "The body is over 4 MiB", body = ErrorOut),
        (status = 422, description = "Fields that break a rule, each named in `fields`", body = ErrorOut),
    )
)]
pub async fn update(
    i: Integration,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response<Body> {
    let lang = i.state.site.settings().default_edition();
    let input: ArticleIn = match body_json(&body) {
        Ok(v) => v,
        Err(e) => return e.json(lang),
    };
    let (id, revision, action) = match (read_id(&id), input.revision, input.action()) {
        (Ok(id), Some(r), Ok(a)) => (id, r, a),
        (Err(e), _, _) | (_, _, Err(e)) => return e.json(lang),
        (_, None, _) => return AppError::BadRequest("missing-revision").json(lang),
    };
    let site = &i.state.site;
    match site
        .save_from_form(&i.me, id, revision, &input.form(), action)
        .await
    {
        Ok(Saved::Done { id, .. }) => match site.article_to_edit(&i.me, id).await {
            Ok(a) => json(StatusCode::OK, &j!(article_out(&i.state, a))),
            Err(e) => refused(e, lang),
        },
        Ok(Saved::Conflict(notice)) => json(
            StatusCode::CONFLICT,
            &j!({"error": {
                "code": "stale-revision",
                "message": AppError::BadRequest("stale-revision").message(lang),
                "revision": notice.revision,
                "saved_by": notice.by,
            }}),
        ),
        Err(e) => refused(e, lang),
    }
}

async fn move_to(
    i: Integration,
    id: String,
    body: Result<Bytes, BytesRejection>,
    to: Status,
) -> Response<Body> {
    let lang = i.state.site.settings().default_edition();
    let (id, input) = match (read_id(&id), body_json::<MoveIn>(&body)) {
        (Ok(id), Ok(m)) => (id, m),
        (Err(e), _) | (_, Err(e)) => return e.json(lang),
    };
    let site = &i.state.site;
    match site.move_article(&i.me, id, input.revision, to).await {
        Ok(_) => match site.article_to_edit(&i.me, id).await {
            Ok(a) => json(StatusCode::OK, &j!(article_out(&i.state, a))),
            Err(e) => refused(e, lang),
        },
        Err(e) => refused(e, lang),
    }
}

/// Publishes an article now.
#[utoipa::path(
    post,
    path = "/api/v1/admin/articles/{id}/publish",
    tag = "admin",
    params(("id" = i64, Path, minimum = 1, description = "Article id")),
    request_body = MoveIn,
    security(("token" = [])),
    responses(
        (status = 200, description = "Published", body = AdminArticleOut),
        (status = 400, description = "Not `{\"revision\": n}`, or a bad id", body = ErrorOut),
        (status = 401, description = "Missing, unknown or revoked token", body = ErrorOut),
        (status = 403, description = "The token's role may not publish it", body = ErrorOut),
        (status = 404, description = "No such article", body = ErrorOut),
        (status = 409, description = "Someone saved since `revision`", body = ErrorOut),
        (status = 422, description = "A move the workflow does not allow", body = ErrorOut),
    )
)]
pub async fn publish(
    i: Integration,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response<Body> {
    move_to(i, id, body, Status::Published).await
}

/// Takes a published article off the site.
#[utoipa::path(
    post,
    path = "/api/v1/admin/articles/{id}/unpublish",
    tag = "admin",
    params(("id" = i64, Path, minimum = 1, description = "Article id")),
    request_body = MoveIn,
    security(("token" = [])),
    responses(
        (status = 200, description = "Unpublished", body = AdminArticleOut),
        (status = 400, description = "Not `{\"revision\": n}`, or a bad id", body = ErrorOut),
        (status = 401, description = "Missing, unknown or revoked token", body = ErrorOut),
        (status = 403, description = "The token's role may not unpublish it", body = ErrorOut),
        (status = 404, description = "No such article", body = ErrorOut),
        (status = 409, description = "Someone saved since `revision`", body = ErrorOut),
        (status = 422, description = "A move the workflow does not allow", body = ErrorOut),
    )
)]
pub async fn unpublish(
    i: Integration,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response<Body> {
    move_to(i, id, body, Status::Unpublished).await
}
