//! Conformance cases: what the search index reads (published, due articles with their tags and
//! byline in order) and the counts of readers' searches.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{article, hours_ago, import, now, taxonomy};
use crate::DynStore;
use masthead_core::{Lang, Status};

pub(super) async fn indexable_articles_are_the_visible_ones(s: DynStore) {
    let mut b = taxonomy();
    let mut first = article(Lang::En, "sport", "first", 3);
    first.content.tag_slugs = vec!["beta".into(), "alpha".into()];
    first.content.author_slug = Some("ann".into());
    first.content.body_md = "Some **bold** words.".into();
    b.articles.push(first);
    let mut draft = article(Lang::En, "news", "draft", 2);
    draft.status = Status::Draft;
    b.articles.push(draft);
    let mut later = article(Lang::En, "news", "scheduled", 1);
    later.status = Status::Scheduled;
    later.published_at = Some(now() + jiff::SignedDuration::from_hours(5));
    b.articles.push(later);
    b.articles.push(article(Lang::Ru, "news", "ru-one", 1));
    let ids = import(&s, &b).await;

    let got = s.indexable(&ids, now()).await.unwrap();
    let got_ids: Vec<i64> = got.iter().map(|a| a.id).collect();
    assert_eq!(
        got_ids,
        vec![ids[0], ids[3]],
        "drafts and future ones are left out"
    );
    let a = &got[0];
    assert_eq!((a.edition, a.slug.as_str()), (Lang::En, "first"));
    assert_eq!(a.title, "Title of first");
    assert_eq!(a.lead, "Lead of first");
    assert_eq!(a.body_md, "Some **bold** words.");
    assert_eq!(
        (a.section_slug.as_str(), a.section_name.as_str()),
        ("sport", "sport en")
    );
    let tags: Vec<&str> = a.tags.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(
        tags,
        ["Tag beta", "Tag alpha"],
        "in order; the first is the kicker"
    );
    let authors: Vec<&str> = a.authors.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(authors, ["Ann Lee"]);
    assert!(a.published_at <= hours_ago(2));
    assert!(s.indexable(&[], now()).await.unwrap().is_empty());
    assert!(s.indexable(&[i64::MAX], now()).await.unwrap().is_empty());

    // Walking the archive by id, a page at a time, finds each visible article once.
    let mut walked = Vec::new();
    let mut after = 0;
    loop {
        let page = s.indexable_after(after, 1, now()).await.unwrap();
        let Some(last) = page.last() else { break };
        after = last.id;
        walked.extend(page.iter().map(|a| a.id));
    }
    assert_eq!(walked, vec![ids[0], ids[3]]);
}

pub(super) async fn searches_are_counted_per_edition_and_day(s: DynStore) {
    let day = now().as_second().div_euclid(86_400);
    s.record_searches(
        day - 1,
        &[
            (Lang::En, "storm".into(), 3),
            (Lang::En, "budget".into(), 9),
            (Lang::Ru, "storm".into(), 50),
        ],
    )
    .await
    .unwrap();
    s.record_searches(day, &[(Lang::En, "storm".into(), 4)])
        .await
        .unwrap();
    s.record_searches(day - 30, &[(Lang::En, "old".into(), 100)])
        .await
        .unwrap();
    s.record_searches(day, &[]).await.unwrap();
    let popular = s.popular_searches(Lang::En, day - 6, 5, 10).await.unwrap();
    assert_eq!(
        popular,
        vec![("budget".to_owned(), 9), ("storm".to_owned(), 7)],
        "summed over the days, most first, old days and other editions left out"
    );
    let few = s.popular_searches(Lang::En, day - 6, 8, 10).await.unwrap();
    assert_eq!(
        few,
        vec![("budget".to_owned(), 9)],
        "below the floor: not offered"
    );
    let one = s.popular_searches(Lang::En, day - 6, 1, 1).await.unwrap();
    assert_eq!(one.len(), 1);
    // A query is data, whatever it holds.
    let hostile = "'; DROP TABLE search_queries; --".to_owned();
    s.record_searches(day, &[(Lang::Hy, hostile.clone(), 5)])
        .await
        .unwrap();
    assert_eq!(
        s.popular_searches(Lang::Hy, day, 1, 5).await.unwrap(),
        vec![(hostile, 5)]
    );
}
