//! Conformance cases: writes (views, atomic imports, conflicts, settings, ads, hostile data).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{article, filter, hours_ago, now, taxonomy};
use crate::{DynStore, StoreError, hour_bucket};
use masthead_core::{ContentBundle, Lang, NewAd};

pub(super) async fn views_add_up_and_rank(s: DynStore) {
    let mut b = taxonomy();
    b.articles = vec![
        article(Lang::En, "news", "popular", 3),
        article(Lang::En, "news", "quiet", 3),
    ];
    let ids = s.import(&b).await.unwrap();
    let h = hour_bucket(now());
    s.add_views(&[(ids[0], h, 5), (ids[1], h, 2)])
        .await
        .unwrap();
    s.add_views(&[(ids[0], h, 1), (ids[1], h - 200, 50)])
        .await
        .unwrap();
    assert_eq!(s.views_of(ids[0]).await.unwrap(), 6);
    assert_eq!(s.views_of(ids[1]).await.unwrap(), 52);
    let day: Vec<_> = s
        .most_read(Lang::En, hours_ago(24), now(), 5)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.slug)
        .collect();
    assert_eq!(day, ["popular", "quiet"]);
    let long: Vec<_> = s
        .most_read(Lang::En, hours_ago(24 * 30), now(), 5)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.slug)
        .collect();
    assert_eq!(long, ["quiet", "popular"]);
    assert!(
        s.most_read(Lang::Ru, hours_ago(24), now(), 5)
            .await
            .unwrap()
            .is_empty()
    );
    s.add_views(&[]).await.unwrap();
}

pub(super) async fn import_is_all_or_nothing(s: DynStore) {
    let mut b = taxonomy();
    b.articles = vec![
        article(Lang::En, "news", "fine", 1),
        article(Lang::En, "no-such-section", "broken", 1),
    ];
    let err = s.import(&b).await.unwrap_err();
    assert!(matches!(err, StoreError::InvalidReference(_)), "{err:?}");
    assert!(
        s.sections(Lang::En).await.unwrap().is_empty(),
        "nothing of a failed import stays"
    );
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 0);
}

pub(super) async fn duplicate_slug_is_conflict(s: DynStore) {
    let mut b = taxonomy();
    b.articles = vec![article(Lang::En, "news", "same", 1)];
    s.import(&b).await.unwrap();
    let err = s.import(&b).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 1);
    // The same slug in another edition is a different article.
    let mut other = taxonomy();
    other.articles = vec![article(Lang::Ru, "news", "same", 1)];
    s.import(&other).await.unwrap();
}

pub(super) async fn settings_round_trip(s: DynStore) {
    s.set_setting("site_name", "Meridian").await.unwrap();
    s.set_setting("site_name", "Meridian Daily").await.unwrap();
    s.set_setting("time_zone", "Asia/Baku").await.unwrap();
    let mut got = s.settings().await.unwrap();
    got.sort();
    assert_eq!(
        got,
        [
            ("site_name".into(), "Meridian Daily".into()),
            ("time_zone".into(), "Asia/Baku".into())
        ]
    );
    let mut b = ContentBundle::default();
    b.settings.push(("demo_loaded".into(), "1".into()));
    s.import(&b).await.unwrap();
    assert!(
        s.settings()
            .await
            .unwrap()
            .iter()
            .any(|(k, v)| k == "demo_loaded" && v == "1")
    );
}

pub(super) async fn ads_by_edition(s: DynStore) {
    let mut b = ContentBundle::default();
    let ad = |edition, slot: &str| NewAd {
        edition,
        slot: slot.into(),
        image_url: "/static/ads/a.svg".into(),
        link_url: "https://shop.example/".into(),
        alt: "Shop".into(),
        width: 300,
        height: 250,
    };
    b.ads = vec![
        ad(None, "article"),
        ad(Some(Lang::Ru), "home"),
        ad(Some(Lang::En), "home"),
    ];
    s.import(&b).await.unwrap();
    let ru = s.ads(Lang::Ru).await.unwrap();
    assert_eq!(ru.len(), 2);
    assert!(ru.iter().all(|a| a.edition != Some(Lang::En)));
}

pub(super) async fn hostile_strings_are_data(s: DynStore) {
    let mut b = taxonomy();
    let mut a = article(Lang::En, "news", "quotes", 1);
    a.title = "Robert'); DROP TABLE articles;-- \"x\" <script>".into();
    b.articles.push(a);
    s.import(&b).await.unwrap();
    let got = s
        .published_by_slug(Lang::En, "quotes", now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got.title, "Robert'); DROP TABLE articles;-- \"x\" <script>");
    assert!(
        s.tag_by_slug(Lang::En, "' OR 1=1 --")
            .await
            .unwrap()
            .is_none()
    );
    s.set_setting("k'; --", "v").await.unwrap();
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 1);
}
