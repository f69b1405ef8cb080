//! Conformance cases: the write model (revisions, workflow, typed conflicts) and the change log.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{actor, article, content, hours_ago, import, now, taxonomy};
use crate::{Conflict, DynStore, StoreError};
use masthead_core::{ArticleChange, ChangeKind, ContentBundle, CoreError, Lang, NewAd, Status};

/// Creates one article through the writer port; its id and revision.
async fn create(s: &DynStore, edition: Lang, slug: &str, status: Status) -> (i64, i64) {
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
        matches!(err, StoreError::Rule(CoreError::InvalidSlug(_))),
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

/// The article change a change-log entry carries, or a panic naming what it was.
fn article_change(kind: &ChangeKind) -> &ArticleChange {
    match kind {
        ChangeKind::Article(a) => a,
        other => panic!("expected an article change, got {other:?}"),
    }
}

pub(super) async fn change_log_is_ordered_and_complete(s: DynStore) {
    assert_eq!(s.latest_seq().await.unwrap(), 0);
    assert!(s.changes_since(0, 100).await.unwrap().is_empty());
    let mut b = taxonomy();
    b.settings.push(("site_name".into(), "Log".into()));
    b.ads.push(NewAd {
        edition: Some(Lang::En),
        slot: "home".into(),
        image_url: "/a.svg".into(),
        link_url: "https://ad.example/".into(),
        alt: "Ad".into(),
        width: 300,
        height: 250,
    });
    b.articles.push(article(Lang::En, "news", "imported", 1));
    let imported = s.import(&actor(), &b).await.unwrap();
    let (id, _) = create(&s, Lang::Ru, "created", Status::Draft).await;
    let upd = s
        .update_article(&actor(), id, 1, &content("news", "created"))
        .await
        .unwrap();
    let status = s
        .set_status(&actor(), id, 2, Status::Published, None, now())
        .await
        .unwrap();
    let settings = s
        .set_settings(&actor(), &[("time_zone".into(), "UTC".into())])
        .await
        .unwrap();
    let log = s.changes_since(0, 1000).await.unwrap();
    let seqs: Vec<i64> = log.iter().map(|c| c.seq).collect();
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "strictly increasing: {seqs:?}"
    );
    assert_eq!(s.latest_seq().await.unwrap(), *seqs.last().unwrap());
    assert_eq!(
        settings,
        *seqs.last().unwrap(),
        "the last write is the last row"
    );
    assert!(imported.seq < upd.seq && upd.seq < status.seq && status.seq < settings);
    let kinds: Vec<&str> = log
        .iter()
        .map(|c| match &c.what {
            ChangeKind::Article(_) => "article",
            ChangeKind::Taxonomy { .. } => "taxonomy",
            ChangeKind::Settings => "settings",
            ChangeKind::Ads { .. } => "ads",
        })
        .collect();
    for kind in ["article", "taxonomy", "settings", "ads"] {
        assert!(kinds.contains(&kind), "no {kind} change in {kinds:?}");
    }
    assert_eq!(
        kinds.iter().filter(|k| **k == "article").count(),
        4,
        "an import row, a create, an update and a status change"
    );
    assert!(log.iter().all(|c| c.actor == "system:conformance"));
    assert!(log.contains(&log[0]));
    assert!(log.iter().any(|c| c.what
        == ChangeKind::Ads {
            edition: Some(Lang::En)
        }));
    assert!(
        log.iter()
            .any(|c| c.what == ChangeKind::Taxonomy { edition: Lang::Ru })
    );
    // A failed write appends nothing.
    let before = s.latest_seq().await.unwrap();
    let _ = s
        .update_article(&actor(), id, 1, &content("news", "stale"))
        .await
        .unwrap_err();
    let _ = s
        .import(&actor(), &{
            let mut bad = ContentBundle::default();
            bad.articles.push(article(Lang::En, "nowhere", "x", 1));
            bad
        })
        .await
        .unwrap_err();
    assert_eq!(s.latest_seq().await.unwrap(), before);
}

pub(super) async fn change_log_catches_up_from_any_sequence(s: DynStore) {
    import(&s, &taxonomy()).await;
    for i in 0..12 {
        create(&s, Lang::En, &format!("story-{i}"), Status::Published).await;
    }
    let all = s.changes_since(0, 1000).await.unwrap();
    let last = s.latest_seq().await.unwrap();
    // Reading in small pages from any point gives the same rows as reading at once.
    for start in [0, all[3].seq, all[all.len() - 2].seq] {
        let mut seen = Vec::new();
        let mut after = start;
        loop {
            let page = s.changes_since(after, 5).await.unwrap();
            if page.is_empty() {
                break;
            }
            after = page.last().unwrap().seq;
            seen.extend(page);
        }
        let want: Vec<_> = all.iter().filter(|c| c.seq > start).cloned().collect();
        assert_eq!(seen, want, "catching up from {start}");
    }
    assert!(s.changes_since(last, 10).await.unwrap().is_empty());
}

pub(super) async fn article_changes_say_what_they_touch(s: DynStore) {
    let mut b = taxonomy();
    let mut ru = article(Lang::Ru, "news", "ru-story", 2);
    ru.translation_key = Some("story".into());
    b.articles.push(ru);
    let ru_id = import(&s, &b).await[0];
    let sport = s.section_by_slug(Lang::En, "sport").await.unwrap().unwrap();
    let news = s.section_by_slug(Lang::En, "news").await.unwrap().unwrap();
    let alpha = s.tag_by_slug(Lang::En, "alpha").await.unwrap().unwrap();

    // A draft: nobody sees it.
    let mut draft = article(Lang::En, "news", "en-story", 1);
    draft.status = Status::Draft;
    draft.published_at = None;
    draft.translation_key = Some("story".into());
    draft.content.tag_slugs = vec!["alpha".into()];
    let w = s.create_article(&actor(), &draft).await.unwrap();
    let log = s.changes_since(w.seq - 1, 10).await.unwrap();
    let c = article_change(&log[0].what);
    assert_eq!(
        (c.id, c.edition, c.visible, c.was_visible),
        (w.id, Lang::En, false, false)
    );

    // Published: it appears, in its section, tag and story.
    let w = s
        .set_status(&actor(), w.id, 1, Status::Published, None, now())
        .await
        .unwrap();
    let log = s.changes_since(w.seq - 1, 10).await.unwrap();
    let c = article_change(&log[0].what);
    assert!(c.visible && !c.was_visible && c.listing);
    assert_eq!(c.sections, [news.id]);
    assert_eq!(c.tags, [alpha.id]);
    assert_eq!(c.translations, [ru_id]);
    assert!(!c.breaking);

    // Moved to another section and made breaking: both sections, the strip.
    let mut moved = content("sport", "en-story");
    moved.flags.breaking = true;
    let w = s
        .update_article(&actor(), w.id, w.revision, &moved)
        .await
        .unwrap();
    let log = s.changes_since(w.seq - 1, 10).await.unwrap();
    let c = article_change(&log[0].what);
    assert!(c.visible && c.was_visible && c.listing && c.breaking);
    assert!(c.sections.contains(&news.id) && c.sections.contains(&sport.id));
    assert!(c.tags.contains(&alpha.id), "the tag it left is touched too");

    // A body edit of a visible article: seen, but no listing changed.
    let mut body = moved.clone();
    body.body_md = "New body.".into();
    let w = s
        .update_article(&actor(), w.id, w.revision, &body)
        .await
        .unwrap();
    let log = s.changes_since(w.seq - 1, 10).await.unwrap();
    let c = article_change(&log[0].what);
    assert!(c.visible && c.was_visible && !c.listing);
}
