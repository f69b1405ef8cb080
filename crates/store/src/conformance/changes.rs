//! Conformance cases: the write model (revisions, workflow, typed conflicts).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{actor, article, content, hours_ago, import, now, taxonomy};
use crate::{Conflict, DynStore, StoreError};
use masthead_core::{CoreError, Lang, Status};

/// Creates one article through the writer port; its id and revision.
pub(super) async fn create(s: &DynStore, edition: Lang, slug: &str, status: Status) -> (i64, i64) {
    let mut a = article(edition, "news", slug, 1);
    a.status = status;
    if status != Status::Published {
        a.published_at = None;
    }
    let w = s.create_article(&actor(), &a).await.unwrap();
    (w.id, w.revision)
}

pub(super) async fn stale_revision_is_a_conflict(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (id, rev) = create(&s, Lang::En, "story", Status::Draft).await;
    assert_eq!(rev, 1);
    let mut first = content("news", "story");
    first.title = "First editor's title".into();
    let w = s.update_article(&actor(), id, 1, &first).await.unwrap();
    assert_eq!(w.revision, 2);
    let mut second = content("news", "story");
    second.title = "Second editor's title".into();
    let err = s
        .update_article(&actor(), id, 1, &second)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Conflict(Conflict::StaleRevision {
                expected: 1,
                current: 2,
                ..
            })
        ),
        "{err:?}"
    );
    let stored = s.article(id).await.unwrap().unwrap();
    assert_eq!(stored.title, "First editor's title", "nothing overwritten");
    assert_eq!(stored.revision, 2);
    let err = s
        .set_status(&actor(), id, 1, Status::Review, None, now())
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Conflict(Conflict::StaleRevision { .. })
    ));
    let err = s
        .update_article(&actor(), 999_999, 1, &second)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err:?}");
}

pub(super) async fn transitions_follow_the_rules(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (id, _) = create(&s, Lang::En, "flow", Status::Draft).await;
    assert!(
        s.article_page(Lang::En, "flow", now())
            .await
            .unwrap()
            .is_none()
    );
    let w = s
        .set_status(&actor(), id, 1, Status::Review, None, now())
        .await
        .unwrap();
    let w = s
        .set_status(&actor(), id, w.revision, Status::Published, None, now())
        .await
        .unwrap();
    assert_eq!(w.revision, 3);
    let page = s.article_page(Lang::En, "flow", now()).await.unwrap();
    assert!(page.is_some(), "published without a time means now");
    let err = s
        .set_status(&actor(), id, w.revision, Status::Draft, None, now())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Rule(CoreError::Transition {
                from: Status::Published,
                to: Status::Draft
            })
        ),
        "{err:?}"
    );
    let stored = s.article(id).await.unwrap().unwrap();
    assert_eq!(
        (stored.status, stored.revision),
        (Status::Published, 3),
        "a refused transition writes nothing"
    );
    let w = s
        .set_status(&actor(), id, 3, Status::Unpublished, None, now())
        .await
        .unwrap();
    assert!(
        s.article_page(Lang::En, "flow", now())
            .await
            .unwrap()
            .is_none()
    );
    let republished = s
        .set_status(&actor(), id, w.revision, Status::Published, None, now())
        .await
        .unwrap();
    let again = s.article(id).await.unwrap().unwrap();
    assert_eq!(
        again.published_at, stored.published_at,
        "a restored article keeps its publication time"
    );
    // Scheduling needs a time to come.
    let (draft, _) = create(&s, Lang::En, "later", Status::Draft).await;
    let err = s
        .set_status(
            &actor(),
            draft,
            1,
            Status::Scheduled,
            Some(hours_ago(1)),
            now(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Rule(CoreError::Invalid { .. })),
        "{err:?}"
    );
    s.set_status(
        &actor(),
        draft,
        1,
        Status::Scheduled,
        Some(hours_ago(-1)),
        now(),
    )
    .await
    .unwrap();
    assert!(
        s.article_page(Lang::En, "later", now())
            .await
            .unwrap()
            .is_none()
    );
    let scheduled = s.article(draft).await.unwrap().unwrap();
    assert_eq!(scheduled.status, Status::Scheduled);
    assert!(scheduled.published_at.is_some_and(|t| t > now()));
    assert_eq!(republished.revision, 5);
}

pub(super) async fn slug_conflicts_are_typed(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (first, _) = create(&s, Lang::En, "taken", Status::Published).await;
    let mut dup = article(Lang::En, "news", "taken", 1);
    dup.content.title = "Another story".into();
    let err = s.create_article(&actor(), &dup).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict(Conflict::SlugTaken { edition: Lang::En, slug }) if slug == "taken"),
        "{err:?}"
    );
    let (second, _) = create(&s, Lang::En, "other", Status::Published).await;
    let err = s
        .update_article(&actor(), second, 1, &content("news", "taken"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict(Conflict::SlugTaken { .. })),
        "{err:?}"
    );
    // A former slug stays reserved for its article.
    s.update_article(&actor(), first, 1, &content("news", "renamed"))
        .await
        .unwrap();
    let err = s
        .update_article(&actor(), second, 1, &content("news", "taken"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict(Conflict::SlugTaken { .. })),
        "{err:?}"
    );
    let err = s
        .create_article(&actor(), &article(Lang::En, "news", "taken", 1))
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict(Conflict::SlugTaken { .. })),
        "{err:?}"
    );
    // The same slug in another edition is another article.
    create(&s, Lang::Ru, "taken", Status::Published).await;
    // An unknown section is a reference error, not a conflict.
    let err = s
        .create_article(&actor(), &article(Lang::En, "no-such", "x", 1))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidReference(_)), "{err:?}");
    let err = s
        .create_article(&actor(), &article(Lang::En, "news", "Bad Slug", 1))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Rule(CoreError::Invalid {
                field: "slug",
                key: "invalid-slug"
            })
        ),
        "{err:?}"
    );
}

pub(super) async fn a_changed_slug_redirects(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (id, _) = create(&s, Lang::En, "first-name", Status::Published).await;
    s.update_article(&actor(), id, 1, &content("news", "second-name"))
        .await
        .unwrap();
    assert_eq!(
        s.redirect_slug(Lang::En, "first-name")
            .await
            .unwrap()
            .as_deref(),
        Some("second-name")
    );
    // Back to the first name: the address is the article's again, the other one redirects.
    s.update_article(&actor(), id, 2, &content("news", "first-name"))
        .await
        .unwrap();
    assert_eq!(s.redirect_slug(Lang::En, "first-name").await.unwrap(), None);
    assert_eq!(
        s.redirect_slug(Lang::En, "second-name")
            .await
            .unwrap()
            .as_deref(),
        Some("first-name")
    );
    assert!(
        s.article_page(Lang::En, "first-name", now())
            .await
            .unwrap()
            .is_some()
    );
}

pub(super) async fn source_keys_are_unique_per_edition(s: DynStore) {
    import(&s, &taxonomy()).await;
    let mut a = article(Lang::En, "news", "from-wire", 1);
    a.source_key = Some("jsonl:doc-1".into());
    s.create_article(&actor(), &a).await.unwrap();
    let keys = ["jsonl:doc-1".to_owned(), "jsonl:doc-2".to_owned()];
    assert_eq!(
        s.existing_source_keys(Lang::En, &keys).await.unwrap(),
        ["jsonl:doc-1"]
    );
    assert!(
        s.existing_source_keys(Lang::Ru, &keys)
            .await
            .unwrap()
            .is_empty()
    );
    let mut again = article(Lang::En, "news", "from-wire-2", 1);
    again.source_key = Some("jsonl:doc-1".into());
    let err = s.create_article(&actor(), &again).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict(Conflict::SourceKeyTaken { key, .. }) if key == "jsonl:doc-1"),
        "{err:?}"
    );
    let mut ru = article(Lang::Ru, "news", "from-wire", 1);
    ru.source_key = Some("jsonl:doc-1".into());
    s.create_article(&actor(), &ru).await.unwrap();
}
