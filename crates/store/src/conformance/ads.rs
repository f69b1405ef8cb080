//! Conformance case: ads written by the newsroom (add, change, remove), each write logged as
//! an `Ads` change that names the edition it shows in (or every edition).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::actor;
use crate::{DynStore, StoreError};
use masthead_core::{ChangeKind, Lang, NewAd};

fn ad(edition: Option<Lang>, slot: &str) -> NewAd {
    NewAd {
        edition,
        slot: slot.into(),
        image_url: "/static/ads/a.svg".into(),
        link_url: "https://shop.example/".into(),
        alt: "Shop".into(),
        width: 300,
        height: 250,
        html: None,
    }
}

async fn last_change(s: &DynStore) -> ChangeKind {
    let seq = s.latest_seq().await.unwrap();
    s.changes_since(seq - 1, 1).await.unwrap().remove(0).what
}

pub(super) async fn ads_are_written_and_logged(s: DynStore) {
    assert!(s.all_ads().await.unwrap().is_empty());
    let ru = s
        .create_ad(&actor(), &ad(Some(Lang::Ru), "home"))
        .await
        .unwrap();
    assert_eq!(ru.seq, s.latest_seq().await.unwrap());
    assert_eq!(
        last_change(&s).await,
        ChangeKind::Ads {
            edition: Some(Lang::Ru)
        }
    );
    let mut html = ad(None, "article");
    html.html = Some("<p>It's <strong>\"quoted\"</strong>; DROP TABLE ads;--</p>".into());
    let all = s.create_ad(&actor(), &html).await.unwrap();
    assert_eq!(last_change(&s).await, ChangeKind::Ads { edition: None });
    let got = s.ad(all.id).await.unwrap().unwrap();
    assert_eq!(got.html, html.html, "HTML is data, kept as written");
    assert_eq!(got.edition, None);
    assert_eq!(
        s.ads(Lang::En).await.unwrap().len(),
        1,
        "en sees the shared ad"
    );
    assert_eq!(s.ads(Lang::Ru).await.unwrap().len(), 2);

    // Moving an ad to another edition touches both: the change names every edition.
    let moved = s
        .update_ad(&actor(), ru.id, &ad(Some(Lang::En), "list"))
        .await
        .unwrap();
    assert_eq!(moved.id, ru.id);
    assert_eq!(last_change(&s).await, ChangeKind::Ads { edition: None });
    let got = s.ad(ru.id).await.unwrap().unwrap();
    assert_eq!((got.edition, got.slot.as_str()), (Some(Lang::En), "list"));
    s.update_ad(&actor(), ru.id, &ad(Some(Lang::En), "home"))
        .await
        .unwrap();
    assert_eq!(
        last_change(&s).await,
        ChangeKind::Ads {
            edition: Some(Lang::En)
        }
    );
    let slots: Vec<String> = s
        .all_ads()
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.slot)
        .collect();
    assert_eq!(slots, ["article", "home"], "by slot");

    let before = s.latest_seq().await.unwrap();
    assert!(matches!(
        s.update_ad(&actor(), 999, &ad(None, "home")).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        s.delete_ad(&actor(), 999).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(s.latest_seq().await.unwrap(), before, "nothing logged");

    s.delete_ad(&actor(), ru.id).await.unwrap();
    assert_eq!(
        last_change(&s).await,
        ChangeKind::Ads {
            edition: Some(Lang::En)
        }
    );
    assert!(s.ad(ru.id).await.unwrap().is_none());
    assert_eq!(s.all_ads().await.unwrap().len(), 1);
}
