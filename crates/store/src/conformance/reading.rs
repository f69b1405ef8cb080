//! Conformance cases: reading what was written (slugs, listings, filters, translations).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{article, filter, hours_ago, import, now, taxonomy};
use crate::{DynStore, ListQuery};
use masthead_core::{ArticleFilter, Cover, Flags, Lang, Source, Status};

pub(super) async fn import_and_read_back(s: DynStore) {
    let mut b = taxonomy();
    let mut a = article(Lang::En, "news", "first-story", 2);
    a.content.tag_slugs = vec!["beta".into(), "alpha".into()];
    a.content.author_slug = Some("ann".into());
    a.content.flags = Flags {
        breaking: true,
        top: false,
        important: true,
    };
    a.content.source = Some(Source {
        name: "Ledger".into(),
        url: "https://ledger.example/a".into(),
    });
    a.content.cover = Some(Cover {
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
    let ids = import(&s, &b).await;
    assert_eq!(ids.len(), 2);

    let rec = s
        .article_page(Lang::En, "first-story", now())
        .await
        .unwrap()
        .unwrap();
    let got = rec.article.clone();
    assert_eq!(got.id, ids[0]);
    assert_eq!(got.revision, 1);
    assert_eq!(got.title, "Title of first-story");
    assert_eq!(got.body_html, "<p>Body.</p>");
    assert!(got.flags.breaking && got.flags.important && !got.flags.top);
    assert_eq!(got.source.as_ref().unwrap().url, "https://ledger.example/a");
    assert_eq!(got.cover.as_ref().unwrap().credit, "cr");
    assert_eq!(got.views, 7);
    assert_eq!(s.views_of(got.id).await.unwrap(), 7);
    assert_eq!(rec.author.as_ref().unwrap().name, "Ann Lee");
    assert_eq!(rec.author.as_ref().unwrap().id, got.author_id.unwrap());
    assert_eq!(rec.section.slug, "news");
    assert_eq!(rec.section.id, got.section_id);
    let tags: Vec<_> = rec.tags.iter().map(|t| t.slug.as_str()).collect();
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
        s.article_page(Lang::Ru, "first-story", now())
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
    import(&s, &taxonomy()).await;
    assert_eq!(s.sections(Lang::En).await.unwrap().len(), 2);
}

pub(super) async fn only_published_and_due_are_visible(s: DynStore) {
    let mut b = taxonomy();
    let mut draft = article(Lang::En, "news", "draft-one", 1);
    draft.status = Status::Draft;
    let future = article(Lang::En, "news", "future-one", -5);
    b.articles = vec![draft, future, article(Lang::En, "news", "live-one", 1)];
    let ids = import(&s, &b).await;
    assert!(
        s.article_page(Lang::En, "draft-one", now())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.article_page(Lang::En, "future-one", now())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.article_page(Lang::En, "future-one", hours_ago(-6))
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
    a.content.tag_slugs = vec!["alpha".into()];
    a.content.author_slug = Some("ann".into());
    a.content.flags.important = true;
    let mut c = article(Lang::En, "sport", "c-sport", 30);
    c.content.flags.breaking = true;
    c.content.flags.top = true;
    b.articles = vec![a, c, article(Lang::En, "news", "d-news", 50)];
    import(&s, &b).await;
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
    import(&s, &b).await;
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
    let ids = import(&s, &b).await;
    let rec = s
        .article_page(Lang::Ru, "ru-story", now())
        .await
        .unwrap()
        .unwrap();
    let t = &rec.translations;
    assert_eq!(t.len(), 1, "drafts are not offered as translations");
    assert_eq!((t[0].edition, t[0].slug.as_str()), (Lang::En, "en-story"));
    assert_eq!(t[0].id, ids[1]);
    assert_eq!(t[0].title, "Title of en-story");
    let en = s
        .article_page(Lang::En, "en-story", now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(en.translations.len(), 1);
    assert_eq!(en.translations[0].id, ids[0]);
    let lone = s.article_page(Lang::En, "en-draft", now()).await.unwrap();
    assert!(lone.is_none());
}

pub(super) async fn related_prefers_shared_tags(s: DynStore) {
    let mut b = taxonomy();
    let mut main = article(Lang::En, "news", "main", 5);
    main.content.tag_slugs = vec!["alpha".into(), "beta".into()];
    let mut both = article(Lang::En, "sport", "both-tags", 10);
    both.content.tag_slugs = vec!["alpha".into(), "beta".into()];
    let mut one = article(Lang::En, "news", "one-tag", 1);
    one.content.tag_slugs = vec!["beta".into()];
    b.articles = vec![main, both, one, article(Lang::En, "news", "no-tags", 1)];
    let ids = import(&s, &b).await;
    let rel: Vec<_> = s
        .list(
            &ArticleFilter {
                related_to: Some(ids[0]),
                ..Default::default()
            },
            now(),
            5,
            0,
        )
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.slug)
        .collect();
    assert_eq!(rel, ["both-tags", "one-tag"]);
}

pub(super) async fn list_many_answers_each_query(s: DynStore) {
    let mut b = taxonomy();
    let mut imp = article(Lang::En, "news", "important-one", 3);
    imp.content.flags.important = true;
    b.articles = vec![
        imp,
        article(Lang::En, "news", "news-two", 2),
        article(Lang::En, "sport", "sport-one", 1),
        article(Lang::Ru, "news", "ru-one", 1),
    ];
    import(&s, &b).await;
    let news = s.section_by_slug(Lang::En, "news").await.unwrap().unwrap();
    let q = |filter: ArticleFilter, limit: u32, offset: u64| ListQuery {
        filter,
        limit,
        offset,
    };
    let lists = s
        .list_many(
            &[
                q(filter(Lang::En), 10, 0),
                q(
                    ArticleFilter {
                        section_id: Some(news.id),
                        ..filter(Lang::En)
                    },
                    1,
                    1,
                ),
                q(
                    ArticleFilter {
                        important: true,
                        ..filter(Lang::En)
                    },
                    5,
                    0,
                ),
                q(filter(Lang::Hy), 5, 0),
            ],
            now(),
        )
        .await
        .unwrap();
    let slugs = |i: usize| -> Vec<&str> { lists[i].iter().map(|a| a.slug.as_str()).collect() };
    assert_eq!(lists.len(), 4, "one answer per query, empty ones too");
    assert_eq!(slugs(0), ["sport-one", "news-two", "important-one"]);
    assert_eq!(
        slugs(1),
        ["important-one"],
        "limit and offset apply per query"
    );
    assert_eq!(slugs(2), ["important-one"]);
    assert!(slugs(3).is_empty());
    assert!(s.list_many(&[], now()).await.unwrap().is_empty());
}
