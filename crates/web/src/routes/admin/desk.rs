//! The dashboard and the workflow buttons on it.

use super::form::LenientForm;
use super::view::{Admin, see_other};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{Response, StatusCode};
use masthead_core::Status;
use serde::Deserialize;

pub async fn dashboard(a: Admin) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.dashboard(me).await {
        Ok(body) => a.page("admin-dashboard", body, StatusCode::OK),
        Err(e) => a.fail(e),
    }
}

/// A workflow button: the status to move to and the revision the person saw. Anything else
/// sent (an owner, a role) is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    to: String,
    /// Read as text: anything that is not a number names no revision (a stale-revision
    /// conflict, said in the person's language).
    revision: String,
}

pub async fn move_article(
    a: Admin,
    Path(id): Path<String>,
    LenientForm(f): LenientForm<MoveForm>,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let Ok(id) = id.parse::<i64>() else {
        return a.fail(masthead_service::StoreError::NotFound.into());
    };
    let to: Status = match f.to.parse() {
        Ok(s) => s,
        Err(e) => return a.fail(masthead_service::ServiceError::Invalid(e)),
    };
    match a
        .state
        .site
        .move_article(me, id, f.revision.trim().parse().unwrap_or(0), to)
        .await
    {
        Ok(()) => see_other("/admin?done=article-moved"),
        Err(e) => a.fail(e),
    }
}
