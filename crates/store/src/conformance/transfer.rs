//! Conformance cases: `masthead export` reads the whole site from one snapshot, and its records
//! written back keep the ids, times, counters and history they had.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::changes::create;
use super::{actor, content, import, now, taxonomy};
use crate::{DynStore, StoreError};
use masthead_core::export::Record;
use masthead_core::newsroom::{CorrectionKind, NewMedia};
use masthead_core::site_page::{NewRedirect, NewStaticPage};
use masthead_core::{Lang, Status};
use std::ops::ControlFlow;

async fn export(s: &DynStore) -> Vec<Record> {
    let mut out = Vec::new();
    let mut sink = |r: Record| {
        out.push(r);
        ControlFlow::Continue(())
    };
    s.export(&mut sink).await.unwrap();
    out
}

pub(super) async fn export_reads_everything_and_restore_keeps_ids(s: DynStore) {
    import(&s, &taxonomy()).await;
    let (id, _) = create(&s, Lang::En, "story", Status::Published).await;
    let mut c = content("news", "story-moved");
    c.tag_slugs = vec!["beta".into(), "alpha".into()];
    c.author_slug = Some("ann".into());
    s.update_article(&actor(), id, 1, &c).await.unwrap();
    s.add_correction(&actor(), id, CorrectionKind::Update, "More came in.", now())
        .await
        .unwrap();
    s.add_views(&[(id, 400_000, 5), (id, 400_001, 2)])
        .await
        .unwrap();
    s.save_static_page(
        &actor(),
        None,
        &NewStaticPage {
            edition: Lang::En,
            slug: "about".into(),
            title: "About".into(),
            body_md: "We.".into(),
            body_html: "<p>We.</p>".into(),
            in_footer: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    s.save_redirects(
        &actor(),
        &[NewRedirect {
            from_path: "/old".into(),
            to_path: "/en/post/story-moved".into(),
            source_key: None,
        }],
        false,
    )
    .await
    .unwrap();
    s.add_media(
        &actor(),
        &NewMedia {
            stem: "0123456789abcdef0123456789abcdef".into(),
            ext: "jpg".into(),
            width: 800,
            height: 600,
            widths: vec![320, 640, 800],
            bytes: 1234,
            alt: "Cranes".into(),
            caption: String::new(),
            credit: String::new(),
            original_name: "IMG_1.jpg".into(),
            source_key: None,
        },
    )
    .await
    .unwrap();

    let records = export(&s).await;
    let kinds: Vec<&str> = records.iter().map(Record::kind).collect();
    let n = |k: &str| kinds.iter().filter(|x| **x == k).count();
    assert_eq!(kinds[0], "settings");
    assert_eq!((n("section"), n("tag"), n("author")), (4, 4, 2));
    assert_eq!((n("page"), n("redirect"), n("media")), (1, 1, 1));
    assert_eq!(n("article"), 1);
    let Some(Record::Article(a)) = records.iter().find(|r| r.kind() == "article") else {
        panic!("no article in {kinds:?}");
    };
    assert_eq!((a.id, a.slug.as_str()), (id, "story-moved"));
    assert_eq!(a.old_slugs, vec!["story".to_owned()]);
    assert_eq!(a.tags, vec!["beta".to_owned(), "alpha".to_owned()]);
    assert_eq!(a.author.as_deref(), Some("ann"));
    assert_eq!(
        (a.views, a.view_hours.clone()),
        (7, vec![(400_000, 5), (400_001, 2)])
    );
    assert_eq!(a.corrections.len(), 1);
    let stored = s.article(id).await.unwrap().unwrap();
    assert_eq!(
        (a.revision, a.updated_at, a.published_at),
        (stored.revision, stored.updated_at, stored.published_at)
    );
    // The history follows its article, oldest first.
    let history: Vec<_> = records
        .iter()
        .filter_map(|r| match r {
            Record::Revision(r) => Some(r.as_ref().clone()),
            _ => None,
        })
        .collect();
    assert_eq!(history.len(), s.revisions(id, 100).await.unwrap().len());
    assert!(history.iter().all(|r| r.article == id));
    assert!(history.windows(2).all(|w| w[0].at <= w[1].at));

    // Written back under new ids and slugs (this store holds the originals), with the times,
    // counters and history they had; taxonomy, media and redirects already stored stay.
    let shifted: Vec<Record> = records
        .iter()
        .cloned()
        .map(|r| match r {
            Record::Article(mut a) => {
                a.id += 1000;
                a.slug.push_str("-copy");
                a.old_slugs = vec!["story-copy-old".into()];
                a.body_html = "<p>Body.</p>".into();
                Record::Article(a)
            }
            Record::Revision(mut r) => {
                r.article += 1000;
                Record::Revision(r)
            }
            Record::Page(mut p) => {
                p.id += 1000;
                p.slug.push_str("-copy");
                Record::Page(p)
            }
            other => other,
        })
        .collect();
    let done = s.restore(&actor(), &shifted).await.unwrap();
    assert_eq!(done.articles, vec![id + 1000]);
    assert_eq!((done.count("section"), done.count("media")), (0, 0));
    assert_eq!((done.count("redirect"), done.count("settings")), (0, 0));
    assert_eq!(done.count("revision") as usize, history.len());
    assert!(done.seq > 0);
    let copy = s.article(id + 1000).await.unwrap().unwrap();
    assert_eq!(
        (
            copy.updated_at,
            copy.published_at,
            copy.revision,
            copy.views
        ),
        (stored.updated_at, stored.published_at, stored.revision, 7)
    );
    assert_eq!(s.corrections(id + 1000).await.unwrap().len(), 1);
    assert_eq!(
        s.revisions(id + 1000, 100).await.unwrap().len(),
        history.len()
    );
    assert_eq!(
        s.redirect_slug(Lang::En, "story-copy-old").await.unwrap(),
        Some("story-moved-copy".into())
    );
    // New articles take ids after the ones written back.
    let (next, _) = create(&s, Lang::En, "later", Status::Draft).await;
    assert!(next > id + 1000, "{next}");
    // The id is now taken: the same records again are a conflict, and nothing is written.
    let err = s.restore(&actor(), &shifted).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert_eq!(s.static_pages(Some(Lang::En)).await.unwrap().len(), 2);
}
