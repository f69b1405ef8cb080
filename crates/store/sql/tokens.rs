//! Integration tokens: hashes, names, roles, when they were last used and revoked.

use crate::DbRow;
use crate::rows::{col, ts};
use crate::{DbStore, backend};
use async_trait::async_trait;
use jiff::Timestamp;
use masthead_core::token::{ApiToken, NewApiToken};
use masthead_store::{Result, TokenRepo};

/// The listing columns, as a macro so queries are built with `concat!`, never `format!`.
macro_rules! token_select {
    () => {
        "SELECT t.id, t.name, t.role, t.prefix, t.created_by, u.name AS created_by_name, \
         t.created_at, t.last_used_at, t.revoked_at FROM api_tokens t \
         JOIN users u ON u.id = t.created_by"
    };
}

fn token(r: &DbRow) -> Result<ApiToken> {
    let opt = |name: &str| -> Result<Option<Timestamp>> {
        col::<Option<i64>>(r, name)?.map(ts).transpose()
    };
    Ok(ApiToken {
        id: col(r, "id")?,
        name: col(r, "name")?,
        role: crate::staff::role(col(r, "role")?)?,
        prefix: col(r, "prefix")?,
        created_by: col(r, "created_by")?,
        created_by_name: col(r, "created_by_name")?,
        created_at: ts(col(r, "created_at")?)?,
        last_used_at: opt("last_used_at")?,
        revoked_at: opt("revoked_at")?,
    })
}

#[async_trait]
impl TokenRepo for DbStore {
    async fn create_token(&self, t: &NewApiToken, now: Timestamp) -> Result<ApiToken> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_tokens (name, role, token_hash, prefix, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&t.name)
        .bind(t.role.as_str())
        .bind(&t.token_hash)
        .bind(&t.prefix)
        .bind(t.created_by)
        .bind(now.as_second())
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        let row = sqlx::query(concat!(token_select!(), " WHERE t.id = $1"))
            .bind(id)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        token(&row)
    }

    async fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query(concat!(token_select!(), " ORDER BY t.id DESC"))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(token).collect()
    }

    async fn token_by_hash(&self, hash: &str) -> Result<Option<ApiToken>> {
        let row = sqlx::query(concat!(token_select!(), " WHERE t.token_hash = $1"))
            .bind(hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(token).transpose()
    }

    async fn revoke_token(&self, id: i64, now: Timestamp) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(now.as_second())
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(done.rows_affected() == 1)
    }

    async fn token_used(&self, id: i64, now: Timestamp) -> Result<()> {
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now.as_second())
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
