//! Conformance cases: reading what was written (slugs, listings, filters, translations).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{article, filter, hours_ago, now, taxonomy};
use crate::DynStore;
use masthead_core::{ArticleFilter, Cover, Flags, Lang, Source, Status};

pub(super) async fn import_and_read_back(s: DynStore) {
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

pub(super) async fn only_published_and_due_are_visible(s: DynStore) {
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

pub(super) async fn filters_narrow_listings(s: DynStore) {
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

pub(super) async fn old_slug_redirects(s: DynStore) {
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

pub(super) async fn translations_link_editions(s: DynStore) {
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

pub(super) async fn related_prefers_shared_tags(s: DynStore) {
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
