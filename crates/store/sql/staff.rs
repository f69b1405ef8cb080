//! Staff accounts, sessions, one-time links, the audit log and the dashboard's article lists
//! (the ports in `masthead_store::staff`).

use crate::Db;
use crate::DbRow;
use crate::rows::{col, lang, status, ts};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::admin::DeskItem;
use masthead_core::{
    AuditAction, AuditEntry, AuditFilter, Lang, LinkPurpose, NewAuditEntry, OneTimeLink, Role,
    Status, User,
};
use masthead_store::{
    AuditRepo, Conflict, Credentials, DeskReader, LinkRepo, LinkUse, NewSession, NewUser, Redeemed,
    Result, SessionRecord, SessionRepo, SessionStage, StoreError, UserRepo,
};
use sqlx::{QueryBuilder, Transaction};

const USER_COLUMNS: &str = "u.id, u.email, u.name, u.role, u.ui_lang, u.disabled, u.totp_enabled, \
     u.created_at, u.password_hash, u.totp_secret";

pub(crate) fn role(raw: &str) -> Result<Role> {
    raw.parse()
        .map_err(|_| StoreError::Corrupt(format!("role `{raw}` in the database")))
}

fn user(row: &DbRow) -> Result<User> {
    Ok(User {
        id: col(row, "id")?,
        email: col(row, "email")?,
        name: col(row, "name")?,
        role: role(col(row, "role")?)?,
        ui_lang: lang(col(row, "ui_lang")?)?,
        disabled: col(row, "disabled")?,
        totp_enabled: col(row, "totp_enabled")?,
        created_at: ts(col(row, "created_at")?)?,
    })
}

fn credentials(row: &DbRow) -> Result<Credentials> {
    Ok(Credentials {
        user: user(row)?,
        password_hash: col(row, "password_hash")?,
        totp_secret: col(row, "totp_secret")?,
    })
}

/// A unique violation on the e-mail as the typed conflict.
fn email_conflict(e: sqlx::Error) -> StoreError {
    match backend(e) {
        StoreError::Conflict(Conflict::Unique(what)) if what.contains("email") => {
            StoreError::Conflict(Conflict::EmailTaken)
        }
        other => other,
    }
}

async fn insert_user(tx: &mut Transaction<'_, Db>, new: &NewUser, now: Timestamp) -> Result<User> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, name, role, ui_lang, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&new.email)
    .bind(&new.name)
    .bind(new.role.as_str())
    .bind(new.ui_lang.code())
    .bind(&new.password_hash)
    .bind(now.as_second())
    .fetch_one(&mut **tx)
    .await
    .map_err(email_conflict)?;
    Ok(User {
        id,
        email: new.email.clone(),
        name: new.name.clone(),
        role: new.role,
        ui_lang: new.ui_lang,
        disabled: false,
        totp_enabled: false,
        created_at: ts(now.as_second())?,
    })
}

async fn end_sessions(tx: &mut Transaction<'_, Db>, id: i64, keep: Option<&str>) -> Result<u64> {
    let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(id)
        .bind(keep.unwrap_or(""))
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    Ok(r.rows_affected())
}

/// A link made by a person works only while that person is an active admin (checked when the
/// link is read and in the UPDATE that uses it, so a link made at the moment its maker was
/// disabled is dead too). Links made by the system (first run, the command line) have no maker
/// to check.
macro_rules! ISSUER_STILL_ADMIN {
    () => {
        " AND (created_by NOT LIKE 'user:%' OR EXISTS (SELECT 1 FROM users m \
         WHERE 'user:' || m.id = one_time_links.created_by AND m.role = 'admin' \
         AND m.disabled = FALSE))"
    };
}

/// The condition under which a row may stop being an active admin: it is not one, or another
/// active admin remains. Part of the same UPDATE, so SQLite's single writer makes it atomic.
const KEEPS_AN_ADMIN: &str = " AND (role <> 'admin' OR disabled = TRUE OR (SELECT COUNT(*) \
     FROM users o WHERE o.role = 'admin' AND o.disabled = FALSE AND o.id <> users.id) > 0)";

impl DbStore {
    /// Runs an UPDATE that takes rights away (guarded by [`KEEPS_AN_ADMIN`]), then ends the
    /// account's sessions and the one-time links it issued, in one transaction.
    async fn take_rights(&self, id: i64, q: QueryBuilder<'_, Db>) -> Result<()> {
        let mut q = q;
        let mut tx = crate::write_tx(&self.pool).await?;
        let r = q.build().execute(&mut *tx).await.map_err(backend)?;
        if r.rows_affected() == 0 {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
            return Err(match exists {
                Some(_) => StoreError::Conflict(Conflict::LastAdmin),
                None => StoreError::NotFound,
            });
        }
        end_sessions(&mut tx, id, None).await?;
        sqlx::query(
            "UPDATE one_time_links SET used_at = created_at WHERE created_by = $1 AND used_at IS NULL",
        )
        .bind(format!("user:{id}"))
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    /// The account matching `clause` (a fixed condition with one `?`, bound to `value`).
    async fn credentials_where<V>(&self, clause: &str, value: V) -> Result<Option<Credentials>>
    where
        V: for<'q> sqlx::Encode<'q, Db> + sqlx::Type<Db> + Send,
    {
        let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE {clause}");
        let row = sqlx::query(&sql)
            .bind(value)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(credentials).transpose()
    }

    /// Runs one UPDATE of a user's row (and, when `end`, ends their sessions) in a transaction;
    /// `NotFound` when there is no such user.
    async fn update_user(
        &self,
        id: i64,
        q: QueryBuilder<'_, Db>,
        end: bool,
        keep: Option<&str>,
    ) -> Result<()> {
        let mut q = q;
        let mut tx = crate::write_tx(&self.pool).await?;
        let r = q.build().execute(&mut *tx).await.map_err(backend)?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if end {
            end_sessions(&mut tx, id, keep).await?;
        }
        tx.commit().await.map_err(backend)
    }
}

#[async_trait]
impl UserRepo for DbStore {
    async fn create_user(&self, new: &NewUser, now: Timestamp) -> Result<User> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let u = insert_user(&mut tx, new, now).await?;
        tx.commit().await.map_err(backend)?;
        Ok(u)
    }

    async fn user(&self, id: i64) -> Result<Option<User>> {
        Ok(self.credentials(id).await?.map(|c| c.user))
    }

    async fn credentials(&self, id: i64) -> Result<Option<Credentials>> {
        self.credentials_where("u.id = $1", id).await
    }

    async fn credentials_by_email(&self, email: &str) -> Result<Option<Credentials>> {
        self.credentials_where("u.email = $1", email.to_owned())
            .await
    }

    async fn users(&self) -> Result<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.name, u.id");
        let rows = sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(user).collect()
    }

    async fn count_active_admins(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = FALSE",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        Ok(n.max(0) as u64)
    }

    async fn set_role(&self, id: i64, role: Role) -> Result<()> {
        let mut q = QueryBuilder::new("UPDATE users SET role = ");
        q.push_bind(role.as_str())
            .push(" WHERE id = ")
            .push_bind(id);
        if role != Role::Admin {
            q.push(KEEPS_AN_ADMIN);
        }
        self.take_rights(id, q).await
    }

    async fn set_disabled(&self, id: i64, disabled: bool) -> Result<()> {
        let mut q = QueryBuilder::new("UPDATE users SET disabled = ");
        q.push_bind(disabled).push(" WHERE id = ").push_bind(id);
        if !disabled {
            return self.update_user(id, q, false, None).await;
        }
        q.push(KEEPS_AN_ADMIN);
        self.take_rights(id, q).await
    }

    async fn set_profile(&self, id: i64, name: &str, ui_lang: Lang) -> Result<()> {
        let mut q = QueryBuilder::new("UPDATE users SET name = ");
        q.push_bind(name)
            .push(", ui_lang = ")
            .push_bind(ui_lang.code())
            .push(" WHERE id = ")
            .push_bind(id);
        self.update_user(id, q, false, None).await
    }

    async fn set_password(&self, id: i64, password_hash: &str, keep: Option<&str>) -> Result<()> {
        let mut q = QueryBuilder::new("UPDATE users SET password_hash = ");
        q.push_bind(password_hash)
            .push(" WHERE id = ")
            .push_bind(id);
        self.update_user(id, q, true, keep).await?;
        // A reset link made before is no longer wanted once a new password is set.
        let purpose = serde_json::to_string(&LinkPurpose::Reset { user_id: id })
            .map_err(|e| StoreError::Corrupt(format!("link purpose: {e}")))?;
        let mut tx = crate::write_tx(&self.pool).await?;
        revoke_purpose(&mut tx, &purpose, Timestamp::now()).await?;
        tx.commit().await.map_err(backend)
    }

    async fn set_totp_secret(&self, id: i64, secret: Option<&str>) -> Result<bool> {
        let r =
            sqlx::query("UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_enabled = FALSE")
                .bind(secret)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
        if r.rows_affected() == 0 && self.user(id).await?.is_none() {
            return Err(StoreError::NotFound);
        }
        Ok(r.rows_affected() == 1)
    }

    async fn set_totp_enabled(
        &self,
        id: i64,
        confirmed_secret: Option<&str>,
        recovery: &[String],
    ) -> Result<bool> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let r = match confirmed_secret {
            Some(secret) => sqlx::query(
                "UPDATE users SET totp_enabled = TRUE WHERE id = $1 AND totp_secret = $2 \
                 AND totp_enabled = FALSE",
            )
            .bind(id)
            .bind(secret),
            None => sqlx::query(
                "UPDATE users SET totp_enabled = FALSE, totp_secret = NULL WHERE id = $1",
            )
            .bind(id),
        }
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        if r.rows_affected() == 0 {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
            return match exists {
                Some(_) => Ok(false),
                None => Err(StoreError::NotFound),
            };
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if confirmed_secret.is_some() {
            for h in recovery {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(id)
                    .bind(h)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
            }
        }
        tx.commit().await.map_err(backend)?;
        Ok(true)
    }

    async fn accept_totp_step(&self, id: i64, step: i64) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $3",
        )
        .bind(step)
        .bind(id)
        .bind(step)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(r.rows_affected() == 1)
    }

    async fn use_recovery_code(&self, id: i64, code_hash: &str) -> Result<bool> {
        let r = sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1 AND code_hash = $2")
            .bind(id)
            .bind(code_hash)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(r.rows_affected() == 1)
    }

    async fn recovery_codes_left(&self, id: i64) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        Ok(n.max(0) as u64)
    }
}

fn stage(raw: &str) -> Result<SessionStage> {
    match raw {
        "full" => Ok(SessionStage::Full),
        "totp" => Ok(SessionStage::Totp),
        other => Err(StoreError::Corrupt(format!("session stage `{other}`"))),
    }
}

#[async_trait]
impl SessionRepo for DbStore {
    async fn create_session(&self, s: &NewSession) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, stage, created_at, last_seen_at, expires_at, ip) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&s.token_hash)
        .bind(s.user_id)
        .bind(s.stage.as_str())
        .bind(s.created_at.as_second())
        .bind(s.created_at.as_second())
        .bind(s.expires_at.as_second())
        .bind(&s.ip)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>> {
        let sql = format!(
            "SELECT {USER_COLUMNS}, s.stage, s.created_at AS s_created, s.last_seen_at, \
             s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1"
        );
        let Some(row) = sqlx::query(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        Ok(Some(SessionRecord {
            user: user(&row)?,
            stage: stage(col(&row, "stage")?)?,
            created_at: ts(col(&row, "s_created")?)?,
            last_seen_at: ts(col(&row, "last_seen_at")?)?,
            expires_at: ts(col(&row, "expires_at")?)?,
        }))
    }

    async fn touch_session(&self, token_hash: &str, now: Timestamp) -> Result<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now.as_second())
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn end_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn end_user_sessions(&self, user_id: i64) -> Result<u64> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let n = end_sessions(&mut tx, user_id, None).await?;
        tx.commit().await.map_err(backend)?;
        Ok(n)
    }

    async fn prune_sessions(&self, now: Timestamp, idle_before: Timestamp) -> Result<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at < $2")
            .bind(now.as_second())
            .bind(idle_before.as_second())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(r.rows_affected())
    }

    async fn record_login_failure(
        &self,
        keys: &[String],
        at: Timestamp,
        forget_before: Timestamp,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(forget_before.as_millisecond())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        for key in keys {
            sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
                .bind(key)
                .bind(at.as_millisecond())
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn login_failures(
        &self,
        key: &str,
        since: Timestamp,
        limit: u32,
    ) -> Result<Vec<Timestamp>> {
        let times: Vec<i64> = sqlx::query_scalar(
            "SELECT at FROM login_failures WHERE key = $1 AND at >= $2 ORDER BY at DESC LIMIT $3",
        )
        .bind(key)
        .bind(since.as_millisecond())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        times
            .into_iter()
            .map(|t| {
                Timestamp::from_millisecond(t)
                    .map_err(|e| StoreError::Corrupt(format!("sign-in failure time: {e}")))
            })
            .collect()
    }
}

#[async_trait]
impl LinkRepo for DbStore {
    async fn create_link(
        &self,
        token_hash: &str,
        link: &OneTimeLink,
        now: Timestamp,
    ) -> Result<()> {
        let purpose = serde_json::to_string(&link.purpose)
            .map_err(|e| StoreError::Corrupt(format!("link purpose: {e}")))?;
        let mut tx = crate::write_tx(&self.pool).await?;
        if matches!(link.purpose, LinkPurpose::Reset { .. }) {
            // One reset link per account at a time: the new one ends the older ones.
            revoke_purpose(&mut tx, &purpose, now).await?;
        }
        sqlx::query(
            "INSERT INTO one_time_links (token_hash, purpose, created_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(purpose)
        .bind(&link.created_by)
        .bind(now.as_second())
        .bind(link.expires_at.as_second())
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    async fn link(&self, token_hash: &str, now: Timestamp) -> Result<Option<OneTimeLink>> {
        let row = sqlx::query(concat!(
            "SELECT purpose, created_by, expires_at FROM one_time_links \
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            ISSUER_STILL_ADMIN!()
        ))
        .bind(token_hash)
        .bind(now.as_second())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(link_row).transpose()
    }

    async fn redeem_link(
        &self,
        token_hash: &str,
        now: Timestamp,
        then: &LinkUse,
    ) -> Result<Option<Redeemed>> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let row = sqlx::query(concat!(
            "UPDATE one_time_links SET used_at = $1 \
                 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3",
            ISSUER_STILL_ADMIN!(),
            " RETURNING purpose, created_by, expires_at"
        ))
        .bind(now.as_second())
        .bind(token_hash)
        .bind(now.as_second())
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        let Some(link) = row.as_ref().map(link_row).transpose()? else {
            return Ok(None);
        };
        let done = match (&link.purpose, then) {
            (LinkPurpose::FirstAdmin, LinkUse::CreateUser(new)) => {
                let admins: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = FALSE",
                )
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                if admins > 0 || new.role != Role::Admin {
                    return Ok(None);
                }
                Redeemed::Created(insert_user(&mut tx, new, now).await?)
            }
            (LinkPurpose::Invite { role }, LinkUse::CreateUser(new)) if *role == new.role => {
                Redeemed::Created(insert_user(&mut tx, new, now).await?)
            }
            (
                LinkPurpose::Reset { user_id },
                LinkUse::SetPassword {
                    user_id: target,
                    password_hash,
                },
            ) if user_id == target => {
                let r = sqlx::query(
                    "UPDATE users SET password_hash = $1 WHERE id = $2 AND disabled = FALSE",
                )
                .bind(password_hash)
                .bind(user_id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Ok(None);
                }
                end_sessions(&mut tx, *user_id, None).await?;
                let purpose = serde_json::to_string(&link.purpose)
                    .map_err(|e| StoreError::Corrupt(format!("link purpose: {e}")))?;
                revoke_purpose(&mut tx, &purpose, now).await?;
                Redeemed::PasswordSet
            }
            // The link is for something else: nothing is done and it stays unused.
            _ => return Ok(None),
        };
        tx.commit().await.map_err(backend)?;
        Ok(Some(done))
    }
}

/// Marks every unused link with this purpose (as stored) used.
async fn revoke_purpose(tx: &mut Transaction<'_, Db>, purpose: &str, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE one_time_links SET used_at = $1 WHERE purpose = $2 AND used_at IS NULL")
        .bind(now.as_second())
        .bind(purpose)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    Ok(())
}

fn link_row(row: &DbRow) -> Result<OneTimeLink> {
    let raw: String = col(row, "purpose")?;
    Ok(OneTimeLink {
        purpose: serde_json::from_str(&raw)
            .map_err(|e| StoreError::Corrupt(format!("link purpose: {e}")))?,
        created_by: col(row, "created_by")?,
        expires_at: ts(col(row, "expires_at")?)?,
    })
}

fn push_audit_filter(q: &mut QueryBuilder<'_, Db>, f: &AuditFilter) {
    q.push(" WHERE 1 = 1");
    if let Some(a) = f.action {
        q.push(" AND action = ").push_bind(a.as_str());
    }
    if let Some(u) = f.actor_user_id {
        q.push(" AND actor_user_id = ").push_bind(u);
    }
    if let Some(from) = f.from {
        q.push(" AND at >= ").push_bind(from.as_second());
    }
    if let Some(to) = f.to {
        q.push(" AND at < ").push_bind(to.as_second());
    }
}

#[async_trait]
impl AuditRepo for DbStore {
    async fn append_audit(&self, e: &NewAuditEntry, at: Timestamp) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, actor, actor_user_id, action, target, detail, ip) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(at.as_second())
        .bind(&e.actor)
        .bind(e.actor_user_id)
        .bind(e.action.as_str())
        .bind(&e.target)
        .bind(&e.detail)
        .bind(&e.ip)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn audit(&self, f: &AuditFilter, limit: u32, offset: u64) -> Result<Vec<AuditEntry>> {
        let mut q = QueryBuilder::new(
            "SELECT id, at, actor, actor_user_id, action, target, detail, ip FROM audit_log",
        );
        push_audit_filter(&mut q, f);
        q.push(" ORDER BY id DESC LIMIT ")
            .push_bind(i64::from(limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(offset).unwrap_or(i64::MAX));
        let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        rows.iter()
            .map(|row| {
                let action: String = col(row, "action")?;
                Ok(AuditEntry {
                    id: col(row, "id")?,
                    at: ts(col(row, "at")?)?,
                    entry: NewAuditEntry {
                        actor: col(row, "actor")?,
                        actor_user_id: col(row, "actor_user_id")?,
                        action: action
                            .parse::<AuditAction>()
                            .map_err(|_| StoreError::Corrupt(format!("audit action `{action}`")))?,
                        target: col(row, "target")?,
                        detail: col(row, "detail")?,
                        ip: col(row, "ip")?,
                    },
                })
            })
            .collect()
    }

    async fn count_audit(&self, f: &AuditFilter) -> Result<u64> {
        let mut q = QueryBuilder::new("SELECT COUNT(*) FROM audit_log");
        push_audit_filter(&mut q, f);
        let n: i64 = q
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        Ok(n.max(0) as u64)
    }
}

#[async_trait]
impl DeskReader for DbStore {
    async fn status_counts(&self, owner: Option<i64>) -> Result<Vec<(Status, u64)>> {
        let mut q = QueryBuilder::new("SELECT status, COUNT(*) AS n FROM articles");
        if let Some(o) = owner {
            q.push(" WHERE owner_id = ").push_bind(o);
        }
        q.push(" GROUP BY status");
        let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        rows.iter()
            .map(|row| {
                let n: i64 = col(row, "n")?;
                Ok((status(col(row, "status")?)?, n.max(0) as u64))
            })
            .collect()
    }

    async fn desk(&self, st: Status, owner: Option<i64>, limit: u32) -> Result<Vec<DeskItem>> {
        let mut q = QueryBuilder::new(
            "SELECT id, revision, edition, slug, title, status, updated_at, published_at, owner_id, views \
             FROM articles WHERE status = ",
        );
        q.push_bind(st.as_str());
        if let Some(o) = owner {
            q.push(" AND owner_id = ").push_bind(o);
        }
        q.push(if st == Status::Scheduled {
            " ORDER BY published_at ASC, id"
        } else {
            " ORDER BY updated_at DESC, id DESC"
        });
        q.push(" LIMIT ").push_bind(i64::from(limit));
        let rows = q.build().fetch_all(&self.pool).await.map_err(backend)?;
        rows.iter()
            .map(|row| {
                Ok(DeskItem {
                    id: col(row, "id")?,
                    revision: col(row, "revision")?,
                    edition: lang(col(row, "edition")?)?,
                    slug: col(row, "slug")?,
                    title: col(row, "title")?,
                    status: status(col(row, "status")?)?,
                    updated_at: ts(col(row, "updated_at")?)?,
                    published_at: col::<Option<i64>>(row, "published_at")?
                        .map(ts)
                        .transpose()?,
                    owner_id: col(row, "owner_id")?,
                    views: col(row, "views")?,
                })
            })
            .collect()
    }
}
