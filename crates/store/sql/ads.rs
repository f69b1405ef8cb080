//! Ads as the newsroom manages them: list, add, change, remove. Each write appends an `Ads`
//! change naming the edition the ad shows in, or every edition when it is (or was) shown in
//! all of them or moves between editions.

use crate::DbRow;
use crate::rows::{col, lang};
use crate::writer::BindContent;
use crate::{DbStore, backend};
use async_trait::async_trait;
use masthead_core::{Actor, Ad, ChangeKind, Lang, NewAd};
use masthead_store::{AdWriter, AdWritten, Result, StoreError};

/// The columns [`ad_of`] reads (a macro, so that queries stay literals).
macro_rules! ad_columns {
    () => {
        "id, edition, slot, image_url, link_url, alt, width, height, html"
    };
}

/// Binds an ad's edition, slot, image_url, link_url, alt, width, height and html, in that
/// order.
fn bind_ad<'q, Q: BindContent<'q>>(q: Q, ad: &'q NewAd) -> Q {
    q.b(ad.edition.map(|e| e.code()))
        .b(&ad.slot)
        .b(&ad.image_url)
        .b(&ad.link_url)
        .b(&ad.alt)
        .b(ad.width)
        .b(ad.height)
        .b(&ad.html)
}

/// Adds an ad (shown or not, `active`); its id.
pub(crate) async fn insert_ad(
    tx: &mut sqlx::Transaction<'_, crate::Db>,
    ad: &NewAd,
    active: bool,
) -> Result<i64> {
    bind_ad(
        sqlx::query_scalar(
            "INSERT INTO ads (edition, slot, image_url, link_url, alt, width, height, html, \
             active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        ),
        ad,
    )
    .bind(active)
    .fetch_one(&mut **tx)
    .await
    .map_err(backend)
}

pub(crate) fn ad_of(r: &DbRow) -> Result<Ad> {
    let ed: Option<String> = col(r, "edition")?;
    Ok(Ad {
        id: col(r, "id")?,
        edition: ed.as_deref().map(lang).transpose()?,
        slot: col(r, "slot")?,
        image_url: col(r, "image_url")?,
        link_url: col(r, "link_url")?,
        alt: col(r, "alt")?,
        width: col(r, "width")?,
        height: col(r, "height")?,
        html: col(r, "html")?,
    })
}

/// The editions a change of an ad touches: one, when it stays in one edition.
fn touched(before: Option<Lang>, after: Option<Lang>) -> ChangeKind {
    ChangeKind::Ads {
        edition: if before == after { after } else { None },
    }
}

#[async_trait]
impl AdWriter for DbStore {
    async fn all_ads(&self) -> Result<Vec<Ad>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            ad_columns!(),
            " FROM ads ORDER BY slot, edition IS NOT NULL, edition, id"
        ))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(ad_of).collect()
    }

    async fn ad(&self, id: i64) -> Result<Option<Ad>> {
        let row = sqlx::query(concat!("SELECT ", ad_columns!(), " FROM ads WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(ad_of).transpose()
    }

    async fn create_ad(&self, actor: &Actor, ad: &NewAd) -> Result<AdWritten> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let id = insert_ad(&mut tx, ad, true).await?;
        let change = ChangeKind::Ads {
            edition: ad.edition,
        };
        let seq = crate::changes::append(&mut tx, actor, &change).await?;
        tx.commit().await.map_err(backend)?;
        Ok(AdWritten { id, seq })
    }

    async fn update_ad(&self, actor: &Actor, id: i64, ad: &NewAd) -> Result<AdWritten> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let before: Option<Option<String>> =
            sqlx::query_scalar("SELECT edition FROM ads WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
        let before = before.ok_or(StoreError::NotFound)?;
        let before = before.as_deref().map(lang).transpose()?;
        bind_ad(
            sqlx::query(
                "UPDATE ads SET edition = $1, slot = $2, image_url = $3, link_url = $4, \
                 alt = $5, width = $6, height = $7, html = $8 WHERE id = $9",
            ),
            ad,
        )
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        let seq = crate::changes::append(&mut tx, actor, &touched(before, ad.edition)).await?;
        tx.commit().await.map_err(backend)?;
        Ok(AdWritten { id, seq })
    }

    async fn delete_ad(&self, actor: &Actor, id: i64) -> Result<AdWritten> {
        let mut tx = crate::write_tx(&self.pool).await?;
        let before: Option<Option<String>> =
            sqlx::query_scalar("DELETE FROM ads WHERE id = $1 RETURNING edition")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
        let before = before.ok_or(StoreError::NotFound)?;
        let edition = before.as_deref().map(lang).transpose()?;
        let seq = crate::changes::append(&mut tx, actor, &ChangeKind::Ads { edition }).await?;
        tx.commit().await.map_err(backend)?;
        Ok(AdWritten { id, seq })
    }
}
