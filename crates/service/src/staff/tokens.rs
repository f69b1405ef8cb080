//! Integration tokens (SPEC A2): an admin makes one per integration (a wire importer, a
//! newsroom tool), sees it once, and can revoke it. A request that carries one acts for the
//! admin who made it, with the token's role (never more than theirs), through the newsroom's
//! own use cases: the same permissions, revisions and audit entries, the audit naming the token.

use super::{AuthError, SignedIn, secret};
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::token::{
    ApiToken, NewApiToken, SHOWN_PREFIX, TOKEN_PREFIX, validate_token_name,
};
use masthead_core::{AuditAction, NewAuditEntry, Permission, Role};
use masthead_store::SessionStage;

/// Longest bearer value looked up (a token is 46 characters).
const MAX_BEARER: usize = 128;

impl Site {
    /// Every integration token, newest first (admins only).
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; the store's.
    pub async fn api_tokens(&self, me: &SignedIn) -> Result<Vec<ApiToken>, ServiceError> {
        Self::authorize(&me.actor(), Permission::ManageStaff)?;
        Ok(self.store.api_tokens().await?)
    }

    /// Makes a token named `name` with `role`; returns it as listed and the token itself,
    /// which is shown this once and never stored.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `Invalid` for the name (`invalid-token-name`) or the
    /// role (`invalid-role`); the store's.
    pub async fn create_api_token(
        &self,
        me: &SignedIn,
        name: &str,
        role: &str,
    ) -> Result<(ApiToken, String), ServiceError> {
        Self::authorize(&me.actor(), Permission::ManageStaff)?;
        let name = validate_token_name(name)?;
        let role: Role = role.trim().parse()?;
        let token = format!(
            "{TOKEN_PREFIX}{}",
            secret::new_token().map_err(|e| AuthError::Crypto(e.to_string()))?
        );
        let made = self
            .store
            .create_token(
                &NewApiToken {
                    name: name.clone(),
                    role: role.min(me.user.role),
                    token_hash: secret::hash_token(&token),
                    prefix: token.chars().take(SHOWN_PREFIX).collect(),
                    created_by: me.user.id,
                },
                Timestamp::now(),
            )
            .await?;
        self.audit_entry(NewAuditEntry {
            actor: me.audit_label(),
            actor_user_id: Some(me.user.id),
            action: AuditAction::TokenCreated,
            target: format!("token:{}", made.id),
            detail: format!("{name} ({})", made.role.as_str()),
            ip: me.ip.clone(),
        })
        .await;
        Ok((made, token))
    }

    /// Revokes a token; `false` when it was revoked already or does not exist.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; the store's.
    pub async fn revoke_api_token(&self, me: &SignedIn, id: i64) -> Result<bool, ServiceError> {
        Self::authorize(&me.actor(), Permission::ManageStaff)?;
        let done = self.store.revoke_token(id, Timestamp::now()).await?;
        if done {
            self.audit_entry(NewAuditEntry {
                actor: me.audit_label(),
                actor_user_id: Some(me.user.id),
                action: AuditAction::TokenRevoked,
                target: format!("token:{id}"),
                detail: String::new(),
                ip: me.ip.clone(),
            })
            .await;
        }
        Ok(done)
    }

    /// Who a bearer token acts as: the admin who made it, with the token's role (lowered to
    /// theirs if they have less now). `None` for anything that is not a live token of an
    /// enabled account.
    ///
    /// # Errors
    /// The store's.
    pub async fn token_identity(
        &self,
        bearer: &str,
        ip: &str,
    ) -> Result<Option<SignedIn>, ServiceError> {
        let bearer = bearer.trim();
        if !bearer.starts_with(TOKEN_PREFIX) || bearer.len() > MAX_BEARER {
            return Ok(None);
        }
        let Some(t) = self
            .store
            .token_by_hash(&secret::hash_token(bearer))
            .await?
        else {
            return Ok(None);
        };
        if t.revoked_at.is_some() {
            return Ok(None);
        }
        let Some(mut user) = self.store.user(t.created_by).await? else {
            return Ok(None);
        };
        if user.disabled {
            return Ok(None);
        }
        user.role = t.role.min(user.role);
        self.store.token_used(t.id, Timestamp::now()).await?;
        Ok(Some(SignedIn {
            user,
            token_hash: String::new(),
            csrf: String::new(),
            stage: SessionStage::Full,
            must_enrol: false,
            ip: ip.to_owned(),
            via_token: Some(t.id),
        }))
    }
}
