//! Signing in and out, and checking a session (SPEC N1; ASVS V6.3, V7). A session's token
//! lives only in the person's cookie; the database keeps its hash, so any node can check it.
//! Sessions end after 12 hours without activity or 7 days after sign-in, whichever is first.

use super::limit::LoginLimiter;
use super::{AuthError, SignedIn, password, secret};
use crate::{ServiceError, Site};
use jiff::{SignedDuration, Timestamp};
use masthead_core::staff::{MAX_EMAIL_CHARS, normalize_email};
use masthead_core::{AuditAction, NewAuditEntry, Role, User};
use masthead_store::{NewSession, SessionStage};

/// A session ends this long after its last activity (12 hours).
pub const SESSION_IDLE_SECS: i64 = 12 * 3600;
/// A session ends this long after sign-in, active or not (7 days).
pub const SESSION_ABSOLUTE_SECS: i64 = 7 * 24 * 3600;
/// The time a person has to give their second factor after the password (10 minutes).
const PENDING_SECS: i64 = 600;
/// Longest target or detail an audit entry keeps, in characters.
const AUDIT_FIELD_CHARS: usize = 300;
/// Activity is written back at most this often per session.
const TOUCH_EVERY_SECS: i64 = 60;

/// Where a successful password leaves the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginStep {
    /// The new session's token, for the cookie.
    pub token: String,
    /// `Full` when signed in; `Totp` when the second factor is still to be given.
    pub stage: SessionStage,
}

impl Site {
    /// The hash unknown e-mails are checked against, made once, off the async threads.
    pub(crate) async fn dummy_hash(&self) -> &str {
        self.dummy_hash
            .get_or_init(|| async {
                password::hash_blocking("masthead timing equaliser".to_owned())
                    .await
                    .unwrap_or_default()
            })
            .await
    }

    /// Appends an audit entry; its target and detail are cut to 300 characters (an attacker's
    /// 60 KB "e-mail" is not stored whole).
    pub(crate) async fn audit_entry(&self, mut entry: NewAuditEntry) {
        for field in [&mut entry.target, &mut entry.detail] {
            if field.chars().count() > AUDIT_FIELD_CHARS {
                *field = field.chars().take(AUDIT_FIELD_CHARS).collect::<String>() + "…";
            }
        }
        if let Err(e) = self.store.append_audit(&entry, Timestamp::now()).await {
            tracing::error!(error = %e, action = entry.action.as_str(), "audit entry not written");
        }
    }

    async fn audit_login(&self, action: AuditAction, user: Option<&User>, email: &str, ip: &str) {
        self.audit_entry(NewAuditEntry {
            actor: user.map_or_else(|| "anonymous".to_owned(), |u| format!("user:{}", u.id)),
            actor_user_id: user.map(|u| u.id),
            action,
            target: email.to_owned(),
            detail: String::new(),
            ip: ip.to_owned(),
        })
        .await;
    }

    async fn open_session(
        &self,
        user_id: i64,
        stage: SessionStage,
        ip: &str,
    ) -> Result<String, ServiceError> {
        let token = secret::new_token().map_err(AuthError::from)?;
        let now = Timestamp::now();
        let life = match stage {
            SessionStage::Full => SESSION_ABSOLUTE_SECS,
            SessionStage::Totp => PENDING_SECS,
        };
        self.store
            .create_session(&NewSession {
                token_hash: secret::hash_token(&token),
                user_id,
                stage,
                created_at: now,
                expires_at: now + SignedDuration::from_secs(life),
                ip: ip.to_owned(),
            })
            .await?;
        Ok(token)
    }

    /// Checks an e-mail and password from `ip` and opens a session: a full one, or one waiting
    /// for the second factor when the account has TOTP on. Every outcome is audited.
    ///
    /// # Errors
    /// `WrongCredentials` for an unknown e-mail or a wrong password alike (both cost one
    /// Argon2 verification); `Limited` on the 6th failure in 15 minutes per address or
    /// account, and for every attempt until the wait is over; `Disabled` for a disabled account
    /// whose password was right.
    pub async fn login(
        &self,
        email: &str,
        password_typed: &str,
        ip: &str,
    ) -> Result<LoginStep, ServiceError> {
        // What is not an address is kept only as far as an address could go.
        let email = normalize_email(email).unwrap_or_else(|_| {
            email
                .trim()
                .chars()
                .take(MAX_EMAIL_CHARS)
                .collect::<String>()
                .to_lowercase()
        });
        let keys = LoginLimiter::keys(ip, &email);
        let _turn = self.limiter.turn(&keys).await;
        // Refused unchecked and not audited again: the entry was written when the limit tripped.
        if let Some(wait) = self.login_refused(&keys).await {
            return Err(AuthError::Limited(wait).into());
        }
        let found = self.store.credentials_by_email(&email).await?;
        let stored = found.as_ref().and_then(|c| c.password_hash.clone());
        let ok =
            password::verify_blocking(password_typed.to_owned(), stored, self.dummy_hash().await)
                .await;
        let Some(creds) = found.filter(|_| ok) else {
            if let Some(wait) = self.login_failed(&keys).await {
                self.audit_login(AuditAction::LoginLimited, None, &email, ip)
                    .await;
                return Err(AuthError::Limited(wait).into());
            }
            self.audit_login(AuditAction::LoginFailed, None, &email, ip)
                .await;
            return Err(AuthError::WrongCredentials.into());
        };
        if creds.user.disabled {
            // Counted like a failure: a disabled account's password is no way in, and must not
            // be a way to fill the audit log either.
            if let Some(wait) = self.login_failed(&keys).await {
                return Err(AuthError::Limited(wait).into());
            }
            self.audit_login(AuditAction::LoginFailed, Some(&creds.user), &email, ip)
                .await;
            return Err(AuthError::Disabled.into());
        }
        let stage = if creds.user.totp_enabled {
            SessionStage::Totp
        } else {
            SessionStage::Full
        };
        let token = self.open_session(creds.user.id, stage, ip).await?;
        if stage == SessionStage::Full {
            self.audit_login(AuditAction::LoginSucceeded, Some(&creds.user), &email, ip)
                .await;
        }
        Ok(LoginStep { token, stage })
    }

    /// The second factor after the password: a TOTP code (each time step accepted once) or
    /// one of the recovery codes (each used once). On success the waiting session is replaced
    /// by a new full one, whose token is returned.
    ///
    /// # Errors
    /// `CodeInvalid` for a wrong, stale or replayed code (counted like a wrong password);
    /// `Limited` as for [`Site::login`].
    pub async fn second_factor(
        &self,
        pending: &SignedIn,
        code: &str,
    ) -> Result<String, ServiceError> {
        let user = &pending.user;
        let keys = LoginLimiter::keys(&pending.ip, &user.email);
        let _turn = self.limiter.turn(&keys).await;
        if let Some(wait) = self.login_refused(&keys).await {
            return Err(AuthError::Limited(wait).into());
        }
        let ok = self.check_code(user.id, code, &pending.ip).await?;
        if !ok {
            self.audit_login(
                AuditAction::LoginFailed,
                Some(user),
                &user.email,
                &pending.ip,
            )
            .await;
            if let Some(wait) = self.login_failed(&keys).await {
                return Err(AuthError::Limited(wait).into());
            }
            return Err(AuthError::CodeInvalid.into());
        }
        self.store.end_session(&pending.token_hash).await?;
        let token = self
            .open_session(user.id, SessionStage::Full, &pending.ip)
            .await?;
        self.audit_login(
            AuditAction::LoginSucceeded,
            Some(user),
            &user.email,
            &pending.ip,
        )
        .await;
        Ok(token)
    }

    /// Whether `code` is the account's current TOTP code (not used before) or an unused
    /// recovery code, which it then uses up.
    pub(crate) async fn check_code(
        &self,
        user_id: i64,
        code: &str,
        ip: &str,
    ) -> Result<bool, ServiceError> {
        let code: String = code
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let Some(creds) = self.store.credentials(user_id).await? else {
            return Ok(false);
        };
        if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
            let Some(step) = creds
                .totp_secret
                .as_deref()
                .and_then(|s| super::profile::totp_for(s, &creds.user.email).ok())
                .and_then(|t| t.check(&code, Timestamp::now().as_second().max(0) as u64))
            else {
                return Ok(false);
            };
            return Ok(self.store.accept_totp_step(user_id, step as i64).await?);
        }
        let hash = secret::hash_token(&code.to_ascii_uppercase());
        let used = self.store.use_recovery_code(user_id, &hash).await?;
        if used {
            self.audit_entry(NewAuditEntry {
                actor: format!("user:{user_id}"),
                actor_user_id: Some(user_id),
                action: AuditAction::RecoveryCodeUsed,
                target: format!("user:{user_id}"),
                detail: String::new(),
                ip: ip.to_owned(),
            })
            .await;
        }
        Ok(used)
    }

    /// The person a session token belongs to, if the session is live: known, not past its
    /// absolute end, active within the idle lifetime, and its account not disabled. Activity
    /// is recorded (at most once a minute).
    ///
    /// # Errors
    /// The store's.
    pub async fn session(&self, token: &str, ip: &str) -> Result<Option<SignedIn>, ServiceError> {
        if token.is_empty() || token.len() > 100 {
            return Ok(None);
        }
        let hash = secret::hash_token(token);
        let Some(s) = self.store.session(&hash).await? else {
            return Ok(None);
        };
        let now = Timestamp::now();
        let idle = (now - s.last_seen_at).as_secs();
        if s.expires_at <= now || idle > SESSION_IDLE_SECS || s.user.disabled {
            self.store.end_session(&hash).await?;
            return Ok(None);
        }
        if idle > TOUCH_EVERY_SECS {
            self.store.touch_session(&hash, now).await?;
        }
        let must_enrol = s.stage == SessionStage::Full
            && !s.user.totp_enabled
            && self.totp_required_roles().contains(&s.user.role);
        Ok(Some(SignedIn {
            user: s.user,
            token_hash: hash,
            csrf: secret::csrf_for(token),
            stage: s.stage,
            must_enrol,
            ip: ip.to_owned(),
            via_token: None,
        }))
    }

    /// Ends the session (sign-out) and audits it.
    ///
    /// # Errors
    /// The store's.
    pub async fn logout(&self, me: &SignedIn) -> Result<(), ServiceError> {
        self.store.end_session(&me.token_hash).await?;
        if me.stage == SessionStage::Full {
            self.audit_login(AuditAction::Logout, Some(&me.user), &me.user.email, &me.ip)
                .await;
        }
        Ok(())
    }

    /// Roles that must sign in with a second factor (the `admin.totp_roles` setting).
    pub fn totp_required_roles(&self) -> Vec<Role> {
        self.settings()
            .get(TOTP_ROLES_KEY)
            .unwrap_or_default()
            .split(',')
            .filter_map(|r| r.trim().parse().ok())
            .collect()
    }
}

/// The setting that lists the roles required to use TOTP, comma-separated.
pub const TOTP_ROLES_KEY: &str = "admin.totp_roles";

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::Actor;
    use std::sync::Arc;

    async fn site() -> Site {
        let store = masthead_store_sqlite::SqliteStore::memory()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        Site::new(Arc::new(store), "http://news.test".into())
            .await
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// A session of `user_id` that began `age` ago and was last active `idle` ago.
    async fn aged_session(site: &Site, user_id: i64, age: i64, idle: i64) -> String {
        let token = secret::new_token().unwrap_or_default();
        let now = Timestamp::now();
        let created = now - SignedDuration::from_secs(age);
        site.store
            .create_session(&NewSession {
                token_hash: secret::hash_token(&token),
                user_id,
                stage: SessionStage::Full,
                created_at: created,
                expires_at: created + SignedDuration::from_secs(SESSION_ABSOLUTE_SECS),
                ip: String::new(),
            })
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        site.store
            .touch_session(
                &secret::hash_token(&token),
                now - SignedDuration::from_secs(idle),
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        token
    }

    #[tokio::test]
    async fn sessions_end_when_idle_or_old() {
        let site = site().await;
        let user = site
            .add_user(
                &Actor::system("test"),
                "a@news.test",
                "A",
                Role::Author,
                None,
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let live = aged_session(&site, user.id, 3600, 600).await;
        assert!(
            site.session(&live, "").await.ok().flatten().is_some(),
            "active an hour in"
        );
        let idle = aged_session(&site, user.id, 13 * 3600, SESSION_IDLE_SECS + 60).await;
        assert!(
            site.session(&idle, "").await.ok().flatten().is_none(),
            "12 hours idle ends it"
        );
        let old = aged_session(&site, user.id, SESSION_ABSOLUTE_SECS + 60, 60).await;
        assert!(
            site.session(&old, "").await.ok().flatten().is_none(),
            "7 days after sign-in ends it"
        );
        // An ended session stays ended.
        assert!(
            site.store
                .session(&secret::hash_token(&idle))
                .await
                .ok()
                .flatten()
                .is_none()
        );
        assert!(site.session("", "").await.ok().flatten().is_none());
        assert!(
            site.session(&"x".repeat(500), "")
                .await
                .ok()
                .flatten()
                .is_none()
        );
    }

    /// Two processes on one database (two nodes): failures on one count on the other, so a
    /// guesser who spreads attempts over the nodes meets the same limit.
    #[tokio::test]
    async fn failures_on_one_node_count_on_another() {
        let store = Arc::new(
            masthead_store_sqlite::SqliteStore::memory()
                .await
                .unwrap_or_else(|e| panic!("{e}")),
        );
        let one = Site::new(store.clone(), "http://news.test".into())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let two = Site::new(store, "http://news.test".into())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // Five failures, alternating nodes: each node has seen at most three.
        for i in 0..crate::staff::limit::FAILURES {
            let site = if i % 2 == 0 { &one } else { &two };
            let e = site
                .login("x@news.test", "wrong password", "192.0.2.9")
                .await
                .err();
            assert!(
                matches!(e, Some(ServiceError::Auth(AuthError::WrongCredentials))),
                "failure {i}: {e:?}"
            );
        }
        // The sixth, on either node, is one too many; then both refuse.
        let e = two
            .login("x@news.test", "wrong password", "192.0.2.9")
            .await
            .err();
        assert!(
            matches!(e, Some(ServiceError::Auth(AuthError::Limited(w))) if w > 800 && w <= 900),
            "{e:?}"
        );
        let e = one
            .login("x@news.test", "wrong password", "192.0.2.9")
            .await
            .err();
        assert!(
            matches!(e, Some(ServiceError::Auth(AuthError::Limited(_)))),
            "the other node refuses too: {e:?}"
        );
        // Another address and account are not affected.
        let e = two
            .login("y@news.test", "wrong", "198.51.100.4")
            .await
            .err();
        assert!(
            matches!(e, Some(ServiceError::Auth(AuthError::WrongCredentials))),
            "{e:?}"
        );
    }
}
