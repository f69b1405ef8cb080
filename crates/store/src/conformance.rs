//! The conformance kit: behaviour every storage backend must show. A backend's tests call
//! [`run`] with a factory that returns a fresh, empty, migrated store for each case.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::{DynStore, StoreError, hour_bucket};
use jiff::{SignedDuration, Timestamp};
use masthead_core::{
    ArticleFilter, ContentBundle, Cover, Flags, Lang, NewAd, NewArticle, NewAuthor, NewSection,
    NewTag, Source, Status,
};
use std::future::Future;
use std::pin::Pin;

type Case = fn(DynStore) -> Pin<Box<dyn Future<Output = ()> + Send>>;

/// Every case, by name.
pub const CASES: &[(&str, Case)] = &[
    ("import_and_read_back", |s| {
        Box::pin(import_and_read_back(s))
    }),
    ("only_published_and_due_are_visible", |s| {
        Box::pin(only_published_and_due_are_visible(s))
    }),
    ("filters_narrow_listings", |s| {
        Box::pin(filters_narrow_listings(s))
    }),
    ("old_slug_redirects", |s| Box::pin(old_slug_redirects(s))),
    ("translations_link_editions", |s| {
        Box::pin(translations_link_editions(s))
    }),
    ("related_prefers_shared_tags", |s| {
        Box::pin(related_prefers_shared_tags(s))
    }),
    ("views_add_up_and_rank", |s| {
        Box::pin(views_add_up_and_rank(s))
    }),
    ("import_is_all_or_nothing", |s| {
        Box::pin(import_is_all_or_nothing(s))
    }),
    ("duplicate_slug_is_conflict", |s| {
        Box::pin(duplicate_slug_is_conflict(s))
    }),
    ("settings_round_trip", |s| Box::pin(settings_round_trip(s))),
    ("ads_by_edition", |s| Box::pin(ads_by_edition(s))),
    ("hostile_strings_are_data", |s| {
        Box::pin(hostile_strings_are_data(s))
    }),
];

/// Runs every case against a fresh store from `fresh`.
pub async fn run<F, Fut>(fresh: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = DynStore>,
{
    for (name, case) in CASES {
        eprintln!("conformance: {name}");
        case(fresh().await).await;
    }
}

fn now() -> Timestamp {
    Timestamp::now()
}

fn hours_ago(h: i64) -> Timestamp {
    now() - SignedDuration::from_hours(h)
}

/// A published article in `edition`/`section` with the given slug and age.
pub fn article(edition: Lang, section: &str, slug: &str, age_hours: i64) -> NewArticle {
    NewArticle {
        edition,
        slug: slug.into(),
        title: format!("Title of {slug}"),
        lead: format!("Lead of {slug}"),
        body_md: "Body.".into(),
        body_html: "<p>Body.</p>".into(),
        section_slug: section.into(),
        tag_slugs: vec![],
        author_slug: None,
        status: Status::Published,
        published_at: Some(hours_ago(age_hours)),
        flags: Flags::default(),
        source: None,
        cover: None,
        translation_key: None,
        views: 0,
        old_slugs: vec![],
    }
}

/// Sections `news` and `sport`, tags `alpha`, `beta`, author `ann`, in ru and en.
pub fn taxonomy() -> ContentBundle {
    let mut b = ContentBundle::default();
    for ed in [Lang::Ru, Lang::En] {
        for (i, s) in ["news", "sport"].iter().enumerate() {
            b.sections.push(NewSection {
                edition: ed,
                slug: (*s).into(),
                name: format!("{s} {ed}"),
                position: i as i64,
            });
        }
        for t in ["alpha", "beta"] {
            b.tags.push(NewTag {
                edition: ed,
                slug: t.into(),
                name: format!("Tag {t}"),
            });
        }
        b.authors.push(NewAuthor {
            edition: ed,
            slug: "ann".into(),
            name: "Ann Lee".into(),
            bio: "Writes.".into(),
        });
    }
    b
}

fn filter(edition: Lang) -> ArticleFilter {
    ArticleFilter {
        edition: Some(edition),
        ..Default::default()
    }
}

async fn import_and_read_back(s: DynStore) {
    let mut b = taxonomy();
    let mut a = article(Lang::En, "news", "first-story", 2);
    a.tag_slugs = vec!["beta".into(), "alpha".into()];
    a.author_slug = Some("ann".into());
    a.flags = Flags {
        breaking: true,
        top: false,
        important: true,
    };
    a.source = Some(Source {
        name: "Ledger".into(),
        url: "https://ledger.example/a".into(),
    });
    a.cover = Some(Cover {
        url: "/static/c.svg".into(),
        alt: "alt".into(),
        caption: "cap".into(),
        credit: "cr".into(),
    });
    a.translation_key = Some("k1".into());
    a.views = 7;
    b.articles.push(a);
    b.articles
        .push(article(Lang::En, "news", "second-story", 1));
    let ids = s.import(&b).await.unwrap();
    assert_eq!(ids.len(), 2);

    let got = s
        .published_by_slug(Lang::En, "first-story", now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got.id, ids[0]);
    assert_eq!(got.title, "Title of first-story");
    assert_eq!(got.body_html, "<p>Body.</p>");
    assert!(got.flags.breaking && got.flags.important && !got.flags.top);
    assert_eq!(got.source.as_ref().unwrap().url, "https://ledger.example/a");
    assert_eq!(got.cover.as_ref().unwrap().credit, "cr");
    assert_eq!(got.views, 7);
    assert_eq!(s.views_of(got.id).await.unwrap(), 7);
    let author = s.author(got.author_id.unwrap()).await.unwrap().unwrap();
    assert_eq!(author.name, "Ann Lee");
    let section = s.section(got.section_id).await.unwrap().unwrap();
    assert_eq!(section.slug, "news");
    let tags: Vec<_> = s
        .tags_of(got.id)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.slug)
        .collect();
    assert_eq!(
        tags,
        ["beta", "alpha"],
        "tags keep their order; the first is the kicker"
    );

    let list = s.list(&filter(Lang::En), now(), 10, 0).await.unwrap();
    let slugs: Vec<_> = list.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, ["second-story", "first-story"], "newest first");
    assert_eq!(list[1].kicker_slug.as_deref(), Some("beta"));
    assert_eq!(list[1].section_name, "news en");
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 2);
    assert_eq!(s.count(&filter(Lang::Ru), now()).await.unwrap(), 0);
    assert!(
        s.published_by_slug(Lang::Ru, "first-story", now())
            .await
            .unwrap()
            .is_none()
    );
    let sections = s.sections(Lang::En).await.unwrap();
    assert_eq!(
        sections.iter().map(|x| x.slug.as_str()).collect::<Vec<_>>(),
        ["news", "sport"]
    );
    assert!(
        s.section_by_slug(Lang::En, "sport")
            .await
            .unwrap()
            .is_some()
    );
    assert!(s.tag_by_slug(Lang::En, "alpha").await.unwrap().is_some());
    assert!(s.author_by_slug(Lang::En, "ann").await.unwrap().is_some());
    assert!(s.author_by_slug(Lang::En, "bob").await.unwrap().is_none());

    // Importing the same taxonomy again keeps what exists.
    s.import(&taxonomy()).await.unwrap();
    assert_eq!(s.sections(Lang::En).await.unwrap().len(), 2);
}

async fn only_published_and_due_are_visible(s: DynStore) {
    let mut b = taxonomy();
    let mut draft = article(Lang::En, "news", "draft-one", 1);
    draft.status = Status::Draft;
    let future = article(Lang::En, "news", "future-one", -5);
    b.articles = vec![draft, future, article(Lang::En, "news", "live-one", 1)];
    let ids = s.import(&b).await.unwrap();
    assert!(
        s.published_by_slug(Lang::En, "draft-one", now())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.published_by_slug(Lang::En, "future-one", now())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.published_by_slug(Lang::En, "future-one", hours_ago(-6))
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(s.count(&filter(Lang::En), now()).await.unwrap(), 1);
    assert!(!s.is_published(ids[0], now()).await.unwrap());
    assert!(!s.is_published(ids[1], now()).await.unwrap());
    assert!(s.is_published(ids[2], now()).await.unwrap());
    assert!(!s.is_published(999_999, now()).await.unwrap());
}

async fn filters_narrow_listings(s: DynStore) {
    let mut b = taxonomy();
    let mut a = article(Lang::En, "news", "a-news", 1);
    a.tag_slugs = vec!["alpha".into()];
    a.author_slug = Some("ann".into());
    a.flags.important = true;
    let mut c = article(Lang::En, "sport", "c-sport", 30);
    c.flags.breaking = true;
    c.flags.top = true;
    b.articles = vec![a, c, article(Lang::En, "news", "d-news", 50)];
    s.import(&b).await.unwrap();
    let sec = s.section_by_slug(Lang::En, "news").await.unwrap().unwrap();
    let tag = s.tag_by_slug(Lang::En, "alpha").await.unwrap().unwrap();
    let author = s.author_by_slug(Lang::En, "ann").await.unwrap().unwrap();
    let slugs = |f: ArticleFilter| {
        let s = s.clone();
        async move {
            s.list(&f, now(), 10, 0)
                .await
                .unwrap()
                .into_iter()
                .map(|a| a.slug)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        slugs(ArticleFilter {
            section_id: Some(sec.id),
            ..filter(Lang::En)
        })
        .await,
        ["a-news", "d-news"]
    );
    assert_eq!(
        slugs(ArticleFilter {
            tag_id: Some(tag.id),
            ..filter(Lang::En)
        })
        .await,
        ["a-news"]
    );
    assert_eq!(
        slugs(ArticleFilter {
            author_id: Some(author.id),
            ..filter(Lang::En)
        })
        .await,
        ["a-news"]
    );
    assert_eq!(
        slugs(ArticleFilter {
            important: true,
            ..filter(Lang::En)
        })
        .await,
        ["a-news"]
    );
    assert_eq!(
        slugs(ArticleFilter {
            breaking: true,
            ..filter(Lang::En)
        })
        .await,
        ["c-sport"]
    );
    assert_eq!(
        slugs(ArticleFilter {
            top: true,
            ..filter(Lang::En)
        })
        .await,
        ["c-sport"]
    );
    assert_eq!(
        slugs(ArticleFilter {
            from: Some(hours_ago(40)),
            until: Some(hours_ago(10)),
            ..filter(Lang::En)
        })
        .await,
        ["c-sport"]
    );
    let first = s.list(&filter(Lang::En), now(), 1, 0).await.unwrap();
    assert_eq!(
        slugs(ArticleFilter {
            exclude_id: Some(first[0].id),
            ..filter(Lang::En)
        })
        .await,
        ["c-sport", "d-news"]
    );
    let page2 = s.list(&filter(Lang::En), now(), 2, 2).await.unwrap();
    assert_eq!(page2.len(), 1);
    assert_eq!(page2[0].slug, "d-news");
    assert!(
        s.list(&filter(Lang::En), now(), 2, 1_000_000)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn old_slug_redirects(s: DynStore) {
    let mut b = taxonomy();
    let mut a = article(Lang::Ru, "news", "new-name", 1);
    a.old_slugs = vec!["old-name".into()];
    b.articles.push(a);
    s.import(&b).await.unwrap();
    assert_eq!(
        s.redirect_slug(Lang::Ru, "old-name")
            .await
            .unwrap()
            .as_deref(),
        Some("new-name")
    );
    assert_eq!(s.redirect_slug(Lang::En, "old-name").await.unwrap(), None);
    assert_eq!(s.redirect_slug(Lang::Ru, "never").await.unwrap(), None);
    assert!(s.slug_taken(Lang::Ru, "new-name").await.unwrap());
    assert!(s.slug_taken(Lang::Ru, "old-name").await.unwrap());
    assert!(!s.slug_taken(Lang::En, "new-name").await.unwrap());
}

async fn translations_link_editions(s: DynStore) {
    let mut b = taxonomy();
    for (ed, slug) in [(Lang::Ru, "ru-story"), (Lang::En, "en-story")] {
        let mut a = article(ed, "news", slug, 1);
        a.translation_key = Some("shared".into());
        b.articles.push(a);
    }
    let mut draft = article(Lang::En, "news", "en-draft", 1);
    draft.translation_key = Some("shared".into());
    draft.status = Status::Draft;
    b.articles.push(draft);
    let ids = s.import(&b).await.unwrap();
    let t = s.translations("shared", ids[0], now()).await.unwrap();
    assert_eq!(t.len(), 1, "drafts are not offered as translations");
    assert_eq!((t[0].edition, t[0].slug.as_str()), (Lang::En, "en-story"));
}

async fn related_prefers_shared_tags(s: DynStore) {
    let mut b = taxonomy();
    let mut main = article(Lang::En, "news", "main", 5);
    main.tag_slugs = vec!["alpha".into(), "beta".into()];
    let mut both = article(Lang::En, "sport", "both-tags", 10);
    both.tag_slugs = vec!["alpha".into(), "beta".into()];
    let mut one = article(Lang::En, "news", "one-tag", 1);
    one.tag_slugs = vec!["beta".into()];
    b.articles = vec![main, both, one, article(Lang::En, "news", "no-tags", 1)];
    let ids = s.import(&b).await.unwrap();
    let rel: Vec<_> = s
        .related(ids[0], now(), 5)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.slug)
        .collect();
    assert_eq!(rel, ["both-tags", "one-tag"]);
}

async fn views_add_up_and_rank(s: DynStore) {
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

async fn import_is_all_or_nothing(s: DynStore) {
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

async fn duplicate_slug_is_conflict(s: DynStore) {
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

async fn settings_round_trip(s: DynStore) {
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

async fn ads_by_edition(s: DynStore) {
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

async fn hostile_strings_are_data(s: DynStore) {
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
