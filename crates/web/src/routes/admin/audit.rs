//! The audit log (admins): a filterable page and a JSON Lines export of the same filter.

use super::form::LenientQuery;
use super::view::{Admin, form_error};
use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode, header};
use masthead_service::staff::AuditQuery;
use serde::Deserialize;

/// The filter as the form sends it; a page that is not a number is the first.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuditParams {
    action: String,
    user: String,
    from: String,
    to: String,
    page: String,
}

impl AuditParams {
    fn query(self) -> AuditQuery {
        AuditQuery {
            action: self.action,
            user: self.user,
            from: self.from,
            to: self.to,
            page: self.page.parse().unwrap_or(1),
        }
    }
}

pub async fn page(mut a: Admin, LenientQuery(q): LenientQuery<AuditParams>) -> Response<Body> {
    let Some(me) = a.me().cloned() else {
        return a.forbidden();
    };
    let q = q.query();
    match a.state.site.audit_page(&me, &q).await {
        Ok(body) => a.page("admin-audit", body, StatusCode::OK),
        // A filter that does not parse: the page again with no filter, the typed values kept
        // in the form and the problem named above it.
        Err(e @ masthead_service::ServiceError::Invalid(_)) => {
            let (_, key, status) = form_error(e);
            match a.state.site.audit_page(&me, &AuditQuery::default()).await {
                Ok(mut body) => {
                    body.action = q.action;
                    body.user = q.user;
                    body.from = q.from;
                    body.to = q.to;
                    a.failed = Some(key.to_owned());
                    a.page("admin-audit", body, status)
                }
                Err(e) => a.fail(e),
            }
        }
        Err(e) => a.fail(e),
    }
}

pub async fn export(a: Admin, LenientQuery(q): LenientQuery<AuditParams>) -> Response<Body> {
    let Some(me) = a.me() else {
        return a.forbidden();
    };
    let q = q.query();
    match a.state.site.audit_export(me, &q).await {
        Ok(lines) => {
            let mut r = Response::new(Body::from(lines));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-ndjson; charset=utf-8"),
            );
            r.headers_mut().insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"masthead-audit.jsonl\""),
            );
            r
        }
        Err(e) => a.fail(e),
    }
}
