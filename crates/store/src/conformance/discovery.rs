//! Conformance cases: what feeds, sitemaps and the API read (months, sitemap entries with
//! translations, tags and authors in use) and keyset paging of listings.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{article, filter, hours_ago, import, now, taxonomy};
use crate::DynStore;
use jiff::{SignedDuration, Timestamp};
use masthead_core::{Lang, Status};

pub(super) async fn sitemaps_see_months_translations_and_taxonomy_in_use(s: DynStore) {
    let mut b = taxonomy();
    let mut en = article(Lang::En, "news", "en-story", 2);
    en.translation_key = Some("story".into());
    en.content.tag_slugs = vec!["alpha".into()];
    en.content.author_slug = Some("ann".into());
    b.articles.push(en);
    let mut ru = article(Lang::Ru, "news", "ru-story", 1);
    ru.translation_key = Some("story".into());
    b.articles.push(ru);
    let mut old = article(Lang::En, "sport", "old", 24 * 400);
    old.content.tag_slugs = vec!["alpha".into()];
    b.articles.push(old);
    let mut draft = article(Lang::En, "news", "draft", 1);
    draft.status = Status::Draft;
    draft.content.tag_slugs = vec!["beta".into()];
    b.articles.push(draft);
    let ids = import(&s, &b).await;

    let months = s.article_months(Lang::En, now()).await.unwrap();
    assert_eq!(months.len(), 2, "{months:?}");
    assert!(
        (months[0].year, months[0].month) > (months[1].year, months[1].month),
        "newest first"
    );
    assert_eq!(
        months.iter().map(|m| m.articles).sum::<u64>(),
        2,
        "drafts do not count"
    );

    let all = s
        .sitemap_articles(
            Lang::En,
            Timestamp::UNIX_EPOCH,
            now() + SignedDuration::from_hours(1),
            now(),
            10,
            0,
        )
        .await
        .unwrap();
    let slugs: Vec<&str> = all.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, ["old", "en-story"], "oldest first, drafts left out");
    assert_eq!(all[1].id, ids[0]);
    assert_eq!(all[1].translations, vec![(Lang::Ru, "ru-story".to_owned())]);
    assert!(all[0].translations.is_empty());
    assert!(all[1].updated_at >= all[1].published_at);
    let second = s
        .sitemap_articles(
            Lang::En,
            Timestamp::UNIX_EPOCH,
            now() + SignedDuration::from_hours(1),
            now(),
            1,
            1,
        )
        .await
        .unwrap();
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].slug, "en-story");
    let recent = s
        .sitemap_articles(Lang::En, hours_ago(48), now(), now(), 10, 0)
        .await
        .unwrap();
    assert_eq!(recent.len(), 1);

    let tags = s.tags_in_use(Lang::En, now()).await.unwrap();
    assert_eq!(tags.len(), 1, "a tag only drafts carry is not in use");
    assert_eq!((tags[0].item.slug.as_str(), tags[0].articles), ("alpha", 2));
    assert!(tags[0].latest >= hours_ago(3));
    let authors = s.authors_in_use(Lang::En, now()).await.unwrap();
    assert_eq!(authors.len(), 1);
    assert_eq!(
        (authors[0].item.slug.as_str(), authors[0].articles),
        ("ann", 1)
    );
    assert!(s.authors_in_use(Lang::Ru, now()).await.unwrap().is_empty());
}

pub(super) async fn keyset_paging_walks_ties_once(s: DynStore) {
    let mut b = taxonomy();
    let same = hours_ago(5);
    for i in 0..7 {
        let mut a = article(Lang::En, "news", &format!("tie-{i}"), 5);
        a.published_at = Some(if i < 5 { same } else { hours_ago(i) });
        b.articles.push(a);
    }
    import(&s, &b).await;
    let mut seen = Vec::new();
    let mut f = filter(Lang::En);
    loop {
        let page = s.list(&f, now(), 2, 0).await.unwrap();
        let Some(last) = page.last() else { break };
        f.before = Some((last.published_at, last.id));
        seen.extend(page.iter().map(|a| a.slug.clone()));
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(seen.len(), 7, "{seen:?}");
    assert_eq!(sorted.len(), 7, "no article twice: {seen:?}");
}
