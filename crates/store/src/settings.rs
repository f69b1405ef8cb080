//! Ports of the settings pages (SPEC N6): the newsroom's list of ads and their writes. Every
//! write runs in one transaction that also appends an `Ads` change (the ad slots are in every
//! page's chrome).

use crate::Result;
use async_trait::async_trait;
use masthead_core::{Actor, Ad, NewAd};

/// What an ad write left behind: the ad's id and the change-log sequence of the write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdWritten {
    pub id: i64,
    pub seq: i64,
}

/// Managing ads (readers' pages read them through `AdRepo::ads`).
#[async_trait]
pub trait AdWriter: Send + Sync {
    /// Every ad, by slot, then edition (every edition's first), then id.
    async fn all_ads(&self) -> Result<Vec<Ad>>;
    async fn ad(&self, id: i64) -> Result<Option<Ad>>;
    async fn create_ad(&self, actor: &Actor, ad: &NewAd) -> Result<AdWritten>;
    /// Replaces the ad's fields; `NotFound` for an unknown id (nothing written).
    async fn update_ad(&self, actor: &Actor, id: i64, ad: &NewAd) -> Result<AdWritten>;
    /// Removes the ad; `NotFound` for an unknown id (nothing written).
    async fn delete_ad(&self, actor: &Actor, id: i64) -> Result<AdWritten>;
}
