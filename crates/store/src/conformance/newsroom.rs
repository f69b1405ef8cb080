//! Conformance cases: the desk's storage (history rows, kept conflicts, pending edits,
//! translation provenance, corrections, the scheduler's queue, the media library).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::changes::create;
use super::{actor, content, import, now, taxonomy};
use crate::{Conflict, DynStore, StoreError};
use jiff::SignedDuration;
use masthead_core::newsroom::{CorrectionKind, NewMedia, RevisionKind};
use masthead_core::{Lang, NewArticle, Status};

pub(super) async fn every_save_is_a_history_row(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (id, _) = create(&s, Lang::En, "story", Status::Draft).await;
    let mut c = content("news", "story");
    c.body_md = "Second text.".into();
    s.update_article(&actor(), id, 1, &c).await.unwrap();
    s.set_status(&actor(), id, 2, Status::Review, None, now())
        .await
        .unwrap();
    let rows = s.revisions(id, 10).await.unwrap();
    let kinds: Vec<RevisionKind> = rows.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        vec![
            RevisionKind::Status,
            RevisionKind::Saved,
            RevisionKind::Created
        ]
    );
    assert_eq!(rows[0].revision, 3);
    assert_eq!(rows[0].note, "draft");
    let saved = s.revision(id, rows[1].id).await.unwrap().unwrap();
    assert_eq!(saved.content.unwrap().body_md, "Second text.");
    // A row of another article is not this article's.
    let (other, _) = create(&s, Lang::En, "other", Status::Draft).await;
    assert!(s.revision(other, rows[1].id).await.unwrap().is_none());
    // A losing save is kept whole, nothing live changes.
    let mut lost = content("news", "story");
    lost.body_md = "Lost text.".into();
    let kept = s.keep_conflict(&actor(), id, 1, &lost).await.unwrap();
    let row = s.revision(id, kept).await.unwrap().unwrap();
    assert_eq!(row.info.kind, RevisionKind::Conflict);
    assert_eq!(row.content.unwrap().body_md, "Lost text.");
    assert_eq!(
        s.article(id).await.unwrap().unwrap().body_md,
        "Second text."
    );
    // Restoring the first save makes it live as a new revision.
    let first = rows[2].id;
    let mut back = s
        .revision(id, first)
        .await
        .unwrap()
        .unwrap()
        .content
        .unwrap();
    back.body_html = "<p>Body.</p>".into();
    let w = s
        .apply_revision(&actor(), id, 3, first, &back, RevisionKind::Restored)
        .await
        .unwrap();
    assert_eq!(w.revision, 4);
    let a = s.article(id).await.unwrap().unwrap();
    assert_eq!(a.body_md, "Body.");
    assert_eq!(a.content_revision, 4);
    // A row without content cannot be restored.
    let status_row = rows[0].id;
    let err = s
        .apply_revision(&actor(), id, 4, status_row, &back, RevisionKind::Restored)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err:?}");
}

pub(super) async fn pending_edits_wait_for_publishing(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (draft, _) = create(&s, Lang::En, "draft", Status::Draft).await;
    let mut c = content("news", "draft");
    c.body_md = "Pending.".into();
    assert!(matches!(
        s.save_pending(&actor(), draft, 1, &c).await.unwrap_err(),
        StoreError::Rule(_)
    ));
    let (id, _) = create(&s, Lang::En, "live", Status::Published).await;
    let mut c = content("news", "live");
    c.body_md = "Pending text.".into();
    let w = s.save_pending(&actor(), id, 1, &c).await.unwrap();
    let a = s.article(id).await.unwrap().unwrap();
    assert_eq!(a.body_md, "Body.", "the live text stays");
    let pending = a.pending_revision_id.expect("points to the pending row");
    // A second pending save from the old revision is a conflict.
    assert!(matches!(
        s.save_pending(&actor(), id, 1, &c).await.unwrap_err(),
        StoreError::Conflict(Conflict::StaleRevision { .. })
    ));
    c.body_html = "<p>Pending text.</p>".into();
    s.apply_revision(
        &actor(),
        id,
        w.revision,
        pending,
        &c,
        RevisionKind::PendingPublished,
    )
    .await
    .unwrap();
    let a = s.article(id).await.unwrap().unwrap();
    assert_eq!(a.body_md, "Pending text.");
    assert_eq!(a.pending_revision_id, None);
}

pub(super) async fn translations_record_their_source_revision(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (source, _) = create(&s, Lang::En, "bridge", Status::Published).await;
    let tr = NewArticle {
        edition: Lang::Ru,
        content: content("news", "most"),
        status: Status::Draft,
        published_at: None,
        translation_key: None,
        views: 0,
        old_slugs: vec![],
        source_key: None,
    };
    let w = s.create_translation(&actor(), source, &tr).await.unwrap();
    let state = s.translation_state(w.id).await.unwrap().unwrap();
    assert_eq!((state.source_id, state.source_revision), (source, 1));
    assert!(!state.stale());
    let story: Vec<Lang> = s
        .story_articles(
            s.article(source)
                .await
                .unwrap()
                .unwrap()
                .translation_key
                .as_deref()
                .unwrap(),
        )
        .await
        .unwrap()
        .iter()
        .map(|a| a.edition)
        .collect();
    assert_eq!(story, vec![Lang::En, Lang::Ru]);
    assert!(matches!(
        s.create_translation(&actor(), source, &tr)
            .await
            .unwrap_err(),
        StoreError::Conflict(Conflict::TranslationExists { .. })
    ));
    // A status move of the source does not make it stale; a content save does.
    s.set_status(&actor(), source, 1, Status::Unpublished, None, now())
        .await
        .unwrap();
    assert!(s.stale_translations(None, 10).await.unwrap().is_empty());
    let mut c = content("news", "bridge");
    c.body_md = "Changed.".into();
    s.update_article(&actor(), source, 2, &c).await.unwrap();
    let stale = s.stale_translations(None, 10).await.unwrap();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].id, w.id);
    s.mark_translation_current(&actor(), w.id, 1).await.unwrap();
    assert!(s.stale_translations(None, 10).await.unwrap().is_empty());
}

pub(super) async fn corrections_and_the_schedule(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (id, _) = create(&s, Lang::En, "budget", Status::Published).await;
    let before = s.article(id).await.unwrap().unwrap();
    s.add_correction(
        &actor(),
        id,
        CorrectionKind::Correction,
        "The vote count was wrong.",
        now() + SignedDuration::from_secs(5),
    )
    .await
    .unwrap();
    let after = s.article(id).await.unwrap().unwrap();
    assert_eq!(after.revision, before.revision, "a note is not an edit");
    assert!(after.updated_at > before.updated_at);
    assert_eq!(
        s.corrections(id).await.unwrap()[0].text,
        "The vote count was wrong."
    );
    assert_eq!(s.count_corrections(Lang::En, now()).await.unwrap(), 1);
    assert_eq!(s.count_corrections(Lang::Ru, now()).await.unwrap(), 0);
    let (draft, _) = create(&s, Lang::En, "draft", Status::Draft).await;
    assert!(
        s.add_correction(&actor(), draft, CorrectionKind::Update, "x", now())
            .await
            .is_err()
    );
    // The scheduler's queue: only scheduled articles whose time has come.
    let mut a = super::article(Lang::En, "news", "later", 0);
    a.status = Status::Scheduled;
    a.published_at = Some(now() + SignedDuration::from_secs(3600));
    let later = s.create_article(&actor(), &a).await.unwrap().id;
    assert!(s.due_scheduled(now(), 10).await.unwrap().is_empty());
    let due = s
        .due_scheduled(now() + SignedDuration::from_secs(7200), 10)
        .await
        .unwrap();
    assert_eq!(due, vec![(later, 1)]);
    // Deleting takes the history and the notes with it.
    s.delete_article(&actor(), id, after.revision)
        .await
        .unwrap();
    assert!(s.article(id).await.unwrap().is_none());
    assert!(s.corrections(id).await.unwrap().is_empty());
    assert!(s.revisions(id, 10).await.unwrap().is_empty());
    // Media records are found by their words.
    let m = s
        .add_media(
            &actor(),
            &NewMedia {
                stem: "0123456789abcdef0123456789abcdef".into(),
                ext: "jpg".into(),
                width: 800,
                height: 600,
                widths: vec![320, 640, 800],
                bytes: 1234,
                alt: "Harbour cranes at dawn".into(),
                caption: String::new(),
                credit: "Photo: A. Lee".into(),
                original_name: "IMG_1.jpg".into(),
                source_key: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(m.widths, vec![320, 640, 800]);
    assert_eq!(s.find_media("cranes", 10, 0).await.unwrap().1, 1);
    assert_eq!(s.find_media("100%_", 10, 0).await.unwrap().1, 0);
    assert_eq!(s.find_media("", 10, 0).await.unwrap().1, 1);
    assert_eq!(
        s.media_by_stem("0123456789abcdef0123456789abcdef")
            .await
            .unwrap()
            .map(|m| m.alt),
        Some("Harbour cranes at dawn".into())
    );
}
