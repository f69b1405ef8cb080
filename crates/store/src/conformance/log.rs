//! Conformance cases: the change log (ordered, complete, catch-up, what each change touches).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::changes::create;
use super::{actor, article, content, import, now, taxonomy};
use crate::DynStore;
use masthead_core::{ArticleChange, ChangeKind, ContentBundle, Lang, NewAd, Status};

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
        html: None,
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
            ChangeKind::Pages { .. } => "pages",
            ChangeKind::Redirects => "redirects",
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
