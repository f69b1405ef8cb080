//! Integration tokens (admins, SPEC A2): the list, a form to make one (shown once, on the
//! answer to the form), and revoking.

use super::form::LenientForm;
use super::view::{Admin, form_error, see_other};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{Response, StatusCode};
use masthead_core::Role;
use masthead_core::admin::{FormState, MadeToken, TokensBody};
use masthead_service::ServiceError;
use serde::Deserialize;

async fn show(
    a: Admin,
    form: FormState,
    made: Option<MadeToken>,
    status: StatusCode,
) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    match a.state.site.api_tokens(me).await {
        Ok(tokens) => {
            let body = TokensBody {
                tokens,
                roles: Role::ALL.iter().map(|r| r.as_str()).collect(),
                form,
                made,
            };
            a.page("admin-tokens", body, status)
        }
        Err(e) => a.fail(e),
    }
}

pub async fn page(a: Admin) -> Response<Body> {
    show(a, FormState::default(), None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TokenForm {
    name: String,
    role: String,
}

pub async fn create(a: Admin, LenientForm(f): LenientForm<TokenForm>) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    let kept = FormState {
        values: [
            ("name".to_owned(), f.name.clone()),
            ("role".to_owned(), f.role.clone()),
        ]
        .into_iter()
        .collect(),
        ..Default::default()
    };
    match a.state.site.create_api_token(&me, &f.name, &f.role).await {
        // The token is on this answer only: it is never stored and never shown again.
        Ok((t, token)) => {
            let made = MadeToken {
                name: t.name,
                token,
            };
            show(a, FormState::default(), Some(made), StatusCode::OK).await
        }
        Err(e @ ServiceError::Forbidden(_)) => a.fail(e),
        Err(e) => {
            let (field, key, status) = form_error(e);
            show(a, kept.error(field, key), None, status).await
        }
    }
}

pub async fn revoke(a: Admin, Path(id): Path<String>) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    let Ok(id) = id.parse::<i64>() else {
        return see_other("/admin/tokens");
    };
    match a.state.site.revoke_api_token(&me, id).await {
        Ok(_) => see_other("/admin/tokens?done=token-revoked"),
        Err(e) => a.fail(e),
    }
}
