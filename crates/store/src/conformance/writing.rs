//! Conformance cases: writes (views, atomic imports, conflicts, settings, ads, hostile data).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{actor, article, filter, hours_ago, import, now, taxonomy};
use crate::{Conflict, DynStore, StoreError, hour_bucket};
use masthead_core::{ContentBundle, Lang, NewAd};

pub(super) async fn views_add_up_and_rank(s: DynStore) {
    let mut b = taxonomy();
    b.articles = vec![
        article(Lang::En, "news", "popular", 3),
        article(Lang::En, "news", "quiet", 3),
    ];
    let ids = import(&s, &b).await;
    let h = hour_bucket(now());
    s.add_views(&[(ids[0], h, 5), (ids[1], h, 2)])
        .await
        .unwrap();
    s.add_views(&[(ids[0], h, 1), (ids[1], h - 200, 50)])
        .await
        .unwrap();
    assert_eq!(s.views_of(ids[0]).await.unwrap(), 6);
    assert_eq!(s.views_of(ids[1]).await.unwrap(), 52);
    let windows = s
        .most_read(Lang::En, &[hours_ago(24), hours_ago(24 * 30)], now(), 5)
        .await
        .unwrap();
    let slugs = |i: usize| -> Vec<&str> { windows[i].iter().map(|a| a.slug.as_str()).collect() };
    assert_eq!(slugs(0), ["popular", "quiet"]);
    assert_eq!(
        slugs(1),
        ["quiet", "popular"],
        "each window ranks on its own"
    );
    assert!(
        s.most_read(Lang::Ru, &[hours_ago(24)], now(), 5)
            .await
            .unwrap()
            .iter()
            .all(Vec::is_empty)
    );
    assert!(
        s.most_read(Lang::En, &[], now(), 5)
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
    let err = s.import(&actor(), &b).await.unwrap_err();
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
    import(&s, &b).await;
    let err = s.import(&actor(), &b).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict(Conflict::SlugTaken { edition: Lang::En, slug }) if slug == "same"),
        "a taken slug is a typed conflict: {err:?}"
    );
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 1);
    // The same slug in another edition is a different article.
    let mut other = taxonomy();
    other.articles = vec![article(Lang::Ru, "news", "same", 1)];
    import(&s, &other).await;
}

pub(super) async fn settings_round_trip(s: DynStore) {
    let set = |k: &str, v: &str| {
        let s = s.clone();
        let pair = vec![(k.to_owned(), v.to_owned())];
        async move { s.set_settings(&actor(), &pair).await.unwrap() }
    };
    set("site_name", "Meridian").await;
    set("site_name", "Meridian Daily").await;
    set("time_zone", "Asia/Baku").await;
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
    import(&s, &b).await;
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
        html: None,
    };
    b.ads = vec![
        ad(None, "article"),
        ad(Some(Lang::Ru), "home"),
        ad(Some(Lang::En), "home"),
    ];
    import(&s, &b).await;
    let ru = s.ads(Lang::Ru).await.unwrap();
    assert_eq!(ru.len(), 2);
    assert!(ru.iter().all(|a| a.edition != Some(Lang::En)));
}

pub(super) async fn hostile_strings_are_data(s: DynStore) {
    let mut b = taxonomy();
    let mut a = article(Lang::En, "news", "quotes", 1);
    a.content.title = "Robert'); DROP TABLE articles;-- \"x\" <script>".into();
    b.articles.push(a);
    import(&s, &b).await;
    let got = s
        .article_page(Lang::En, "quotes", now())
        .await
        .unwrap()
        .unwrap()
        .article;
    assert_eq!(got.title, "Robert'); DROP TABLE articles;-- \"x\" <script>");
    assert!(
        s.tag_by_slug(Lang::En, "' OR 1=1 --")
            .await
            .unwrap()
            .is_none()
    );
    s.set_settings(&actor(), &[("k'; --".into(), "v".into())])
        .await
        .unwrap();
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 1);
}
