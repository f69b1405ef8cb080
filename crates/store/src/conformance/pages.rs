//! Static pages and redirects: slugs per edition, source keys, the change log, old paths.

use super::actor;
use crate::{Conflict, DynStore, StoreError};
use masthead_core::site_page::{NewRedirect, NewStaticPage};
use masthead_core::{ChangeKind, ContentBundle, Lang};

fn about(edition: Lang, slug: &str) -> NewStaticPage {
    NewStaticPage {
        edition,
        slug: slug.into(),
        title: "About us".into(),
        body_md: "Who we are.".into(),
        body_html: "<p>Who we are.</p>".into(),
        translation_key: Some("about".into()),
        in_footer: true,
        position: 10,
        source_key: None,
    }
}

pub async fn static_pages_and_redirects(s: DynStore) {
    let (id, seq) = s
        .save_static_page(&actor(), None, &about(Lang::En, "about"))
        .await
        .unwrap();
    assert!(seq > 0);
    let log = s.changes_since(seq - 1, 10).await.unwrap();
    assert_eq!(log[0].what, ChangeKind::Pages { edition: Lang::En });
    let got = s.static_page(Lang::En, "about").await.unwrap().unwrap();
    assert_eq!(
        (got.id, got.title.as_str(), got.in_footer),
        (id, "About us", true)
    );
    // The same slug in another edition is another page; in the same edition a conflict.
    s.save_static_page(&actor(), None, &about(Lang::Ru, "about"))
        .await
        .unwrap();
    let err = s
        .save_static_page(&actor(), None, &about(Lang::En, "about"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict(Conflict::SlugTaken { .. })),
        "{err:?}"
    );
    let mut edited = about(Lang::En, "about-us");
    edited.title = "About the newsroom".into();
    s.save_static_page(&actor(), Some(id), &edited)
        .await
        .unwrap();
    assert!(s.static_page(Lang::En, "about").await.unwrap().is_none());
    assert_eq!(s.static_pages(Some(Lang::En)).await.unwrap().len(), 1);
    assert_eq!(s.static_pages(None).await.unwrap().len(), 2);
    // Imported pages are found again by their source key and replaced, not doubled.
    let mut imported = about(Lang::En, "contacts");
    imported.source_key = Some("wp:9".into());
    let bundle = ContentBundle {
        pages: vec![imported.clone()],
        redirects: vec![NewRedirect {
            from_path: "/?page_id=9".into(),
            to_path: "/en/page/contacts".into(),
            source_key: Some("wp:9".into()),
        }],
        ..Default::default()
    };
    s.import(&actor(), &bundle).await.unwrap();
    imported.title = "Contact the desk".into();
    s.import(
        &actor(),
        &ContentBundle {
            pages: vec![imported],
            ..bundle.clone()
        },
    )
    .await
    .unwrap();
    let page = s
        .static_page_by_source(Lang::En, "wp:9")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(page.title, "Contact the desk");
    assert_eq!(s.static_pages(Some(Lang::En)).await.unwrap().len(), 2);
    assert_eq!(
        s.redirect_to("/?page_id=9").await.unwrap().as_deref(),
        Some("/en/page/contacts")
    );
    // Newsroom redirects refuse a taken old path; imports replace its target.
    let r = |from: &str, to: &str| NewRedirect {
        from_path: from.into(),
        to_path: to.into(),
        source_key: None,
    };
    let (n, seq) = s
        .save_redirects(&actor(), &[r("/old/a", "/en/post/a")], false)
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(
        s.changes_since(seq - 1, 1).await.unwrap()[0].what,
        ChangeKind::Redirects
    );
    assert!(
        s.save_redirects(&actor(), &[r("/old/a", "/en/post/b")], false)
            .await
            .is_err()
    );
    assert_eq!(
        s.save_redirects(&actor(), &[r("/old/a", "/en/post/a")], true)
            .await
            .unwrap(),
        (0, 0),
        "an unchanged redirect is no write"
    );
    s.save_redirects(&actor(), &[r("/old/a", "/en/post/b")], true)
        .await
        .unwrap();
    assert_eq!(
        s.redirect_to("/old/a").await.unwrap().as_deref(),
        Some("/en/post/b")
    );
    let (found, total) = s.redirects("old/", 10, 0).await.unwrap();
    assert_eq!((found.len(), total), (1, 1));
    s.delete_redirect(&actor(), found[0].id).await.unwrap();
    assert!(s.redirect_to("/old/a").await.unwrap().is_none());
    assert!(matches!(
        s.delete_redirect(&actor(), found[0].id).await,
        Err(StoreError::NotFound)
    ));
    s.delete_static_page(&actor(), id).await.unwrap();
    assert!(s.static_page_by_id(id).await.unwrap().is_none());
}
