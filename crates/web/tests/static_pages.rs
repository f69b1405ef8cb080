//! R14: static pages written in the newsroom (editors and admins) are served at
//! `{e}/page/{slug}` with links to their translations, and linked from the footer of every page
//! of their edition while "in the footer" is ticked (cached pages are purged when it changes).
//! The form refuses bad input with each reason beside its field and everything typed kept.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::Role;
use support::staff::*;
use support::*;

/// The page id a successful save redirects to (`/admin/pages/{id}?done=page-saved`).
fn saved_id(r: &Resp) -> i64 {
    assert_eq!(r.status, 303, "{}", r.text());
    let loc = r.header("location").unwrap();
    assert!(loc.ends_with("?done=page-saved"), "{loc}");
    loc.trim_start_matches("/admin/pages/")
        .trim_end_matches("?done=page-saved")
        .parse()
        .unwrap()
}

/// Writes a page through the newsroom's form.
async fn write_page(s: &mut Staff<'_>, action: &str, fields: &[(&str, &str)]) -> Resp {
    s.post(action, "/admin/pages/new", fields).await
}

fn ui(s: &Staff<'_>) -> &'static str {
    s.user.as_ref().unwrap().ui_lang.code()
}

/// The footer's page links of a page: `(text, href)`.
fn footer_links(doc: &scraper::Html) -> Vec<(String, String)> {
    doc.select(&sel(".site-footer .footer-pages a"))
        .map(|a| {
            (
                a.text().collect::<String>().trim().to_owned(),
                a.value().attr("href").unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_page_from_the_newsroom_is_served_with_its_translation_and_in_the_footer() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let article = app.article_path("en", "climate-finance-meeting").await;
    // Cached before the pages exist: the saves must purge them.
    for path in ["/", "/en/", article.as_str()] {
        assert_eq!(app.get(path).await.status, 200);
    }
    assert!(footer_links(&app.get("/en/").await.html()).is_empty());

    let en = saved_id(
        &write_page(
            &mut editor,
            "/admin/pages",
            &[
                ("edition", "en"),
                ("title", "About us"),
                ("slug", ""),
                (
                    "body",
                    "We are **a newsroom** in Baku.\n\n## Contacts\n\nWrite to us.",
                ),
                ("in_footer", "1"),
                ("position", "10"),
            ],
        )
        .await,
    );
    let en_id = en.to_string();
    let ru = saved_id(
        &write_page(
            &mut editor,
            "/admin/pages",
            &[
                ("edition", "ru"),
                ("title", "О нас"),
                ("slug", ""),
                ("body", "Мы — редакция в Баку."),
                ("in_footer", "1"),
                ("position", "10"),
                ("translation_of", en_id.as_str()),
            ],
        )
        .await,
    );
    app.settle().await;

    // The English page, its slug made from the title.
    let r = app.get("/en/page/about-us").await;
    assert_eq!(r.status, 200, "{}", r.text());
    let doc = r.html();
    assert_eq!(text_of(&doc, "h1.article-title"), "About us");
    assert_eq!(text_of(&doc, ".article-body strong"), "a newsroom");
    assert_eq!(text_of(&doc, ".article-body h2"), "Contacts");
    assert_eq!(
        attr_of(&doc, "link[rel=canonical]", "href"),
        "http://news.test/en/page/about-us"
    );
    assert_eq!(
        text_of(&doc, "title"),
        format!("About us — {}", app.site.settings().site_name)
    );
    // Its translation: hreflang alternates, the edition switch and the link under the page.
    assert_eq!(
        attr_of(&doc, "link[rel=alternate][hreflang=ru]", "href"),
        "http://news.test/page/o-nas"
    );
    assert_eq!(
        attr_of(&doc, ".editions a[hreflang=ru]", "href"),
        "/page/o-nas"
    );
    assert_eq!(
        attr_of(&doc, ".editions a[hreflang=hy]", "href"),
        "/hy/",
        "an edition without the page leads to its home"
    );
    assert_eq!(
        text_of(&doc, ".translations a[hreflang=ru] .translation-title"),
        "О нас"
    );
    assert_eq!(count(&doc, "link[rel=alternate][hreflang=hy]"), 0);

    // The Russian page, in the default edition at the root, links back.
    let doc = app.get("/page/o-nas").await.html();
    assert_eq!(text_of(&doc, "h1.article-title"), "О нас");
    assert_eq!(
        attr_of(&doc, "link[rel=alternate][hreflang=en]", "href"),
        "http://news.test/en/page/about-us"
    );
    assert_eq!(
        attr_of(&doc, ".editions a[hreflang=en]", "href"),
        "/en/page/about-us"
    );
    assert_eq!(text_of(&doc, ".page-updated"), {
        let d = doc
            .select(&sel(".page-updated time"))
            .next()
            .unwrap()
            .text()
            .collect::<String>();
        format!("{} {d}", msg("ru", "page-updated"))
    });

    // In the footer of every page of its edition (the cached ones were purged), not others'.
    for path in [
        "/en/",
        article.as_str(),
        "/en/page/about-us",
        "/en/category/economy",
    ] {
        let doc = app.get(path).await.html();
        assert_eq!(
            footer_links(&doc),
            vec![("About us".to_owned(), "/en/page/about-us".to_owned())],
            "{path}"
        );
    }
    assert_eq!(
        footer_links(&app.get("/").await.html()),
        vec![("О нас".to_owned(), "/page/o-nas".to_owned())]
    );
    assert!(footer_links(&app.get("/hy/").await.html()).is_empty());

    // The edition's sitemap of its structure lists the page, with its translation.
    let xml = app.get("/sitemap-en-sections.xml").await.text();
    assert!(
        xml.contains("<loc>http://news.test/en/page/about-us</loc>"),
        "{xml}"
    );
    assert!(
        xml.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"http://news.test/page/o-nas\"/>"
        ),
        "{xml}"
    );

    // Unticked, it leaves the footer (the cached home is purged again) but stays online.
    let r = editor
        .post(
            &format!("/admin/pages/{en}"),
            &format!("/admin/pages/{en}"),
            &[
                ("edition", "en"),
                ("title", "About us"),
                ("slug", "about-us"),
                ("body", "We are **a newsroom** in Baku."),
                ("position", "10"),
                ("translation_of", &ru.to_string()),
            ],
        )
        .await;
    assert_eq!(saved_id(&r), en);
    app.settle().await;
    assert!(footer_links(&app.get("/en/").await.html()).is_empty());
    assert_eq!(app.get("/en/page/about-us").await.status, 200);
    // The Russian page still names its translation.
    let doc = app.get("/page/o-nas").await.html();
    assert_eq!(
        attr_of(&doc, ".editions a[hreflang=en]", "href"),
        "/en/page/about-us"
    );

    // The newsroom's list shows both, side by side in one row.
    let doc = editor.get("/admin/pages").await.html();
    assert_eq!(count(&doc, ".pages-table tbody tr"), 1);
    assert_eq!(
        attr_of(&doc, ".pages-table tbody tr a.page-title[lang=en]", "href"),
        format!("/admin/pages/{en}")
    );
    assert_eq!(
        attr_of(&doc, ".pages-table tbody tr a.page-title[lang=ru]", "href"),
        format!("/admin/pages/{ru}")
    );
    assert_eq!(
        attr_of(&doc, ".pages-table a.add-translation", "href"),
        format!("/admin/pages/new?edition=hy&translation_of={ru}")
    );
    assert_eq!(
        text_of(&doc, ".admin-nav a[aria-current=page]"),
        msg(ui(&editor), "admin-static-pages")
    );
}

#[tokio::test]
async fn unknown_pages_are_not_found() {
    let app = TestApp::new().await;
    for path in [
        "/page/no-such-page",
        "/en/page/no-such-page",
        "/en/page/..%2f..%2fetc",
        "/en/page/a/b",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 404, "{path}");
    }
}

#[tokio::test]
async fn the_page_form_refuses_bad_input_and_keeps_it() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let lang = ui(&editor);
    let body = "Text that must not be lost.\n\nSecond paragraph.";

    // No title: the reason beside the field, everything typed kept, nothing saved.
    let r = write_page(
        &mut editor,
        "/admin/pages",
        &[
            ("edition", "en"),
            ("title", "  "),
            ("slug", "contacts"),
            ("body", body),
            ("in_footer", "1"),
            ("position", "abc"),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    let doc = r.html();
    assert_eq!(
        text_of(&doc, "#title-error"),
        msg(lang, "page-invalid-title")
    );
    assert_eq!(
        text_of(&doc, "#position-error"),
        msg(lang, "page-invalid-position")
    );
    assert_eq!(attr_of(&doc, "#title", "aria-invalid"), "true");
    assert_eq!(attr_of(&doc, "#slug", "value"), "contacts");
    assert_eq!(attr_of(&doc, "#position", "value"), "abc");
    assert_eq!(
        doc.select(&sel("#body"))
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        body
    );
    assert_eq!(count(&doc, "input[name=in_footer][checked]"), 1);
    assert_eq!(attr_of(&doc, "#edition option[selected]", "value"), "en");
    assert_eq!(text_of(&doc, ".notice-error"), msg(lang, "invalid-form"));
    assert!(
        app.site
            .pages_list(&TestApp::actor())
            .await
            .unwrap()
            .rows
            .is_empty()
    );

    // A slug that is not one.
    let r = write_page(
        &mut editor,
        "/admin/pages",
        &[
            ("edition", "en"),
            ("title", "Contacts"),
            ("slug", "Contacts Page!"),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    assert_eq!(text_of(&r.html(), "#slug-error"), msg(lang, "invalid-slug"));

    // A slug another page of the edition has; the same slug in another edition is fine.
    let first = write_page(
        &mut editor,
        "/admin/pages",
        &[
            ("edition", "en"),
            ("title", "Contacts"),
            ("body", "Call us."),
        ],
    )
    .await;
    let first = saved_id(&first);
    let r = write_page(
        &mut editor,
        "/admin/pages",
        &[
            ("edition", "en"),
            ("title", "Contact us"),
            ("slug", "contacts"),
            ("body", body),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    let doc = r.html();
    assert_eq!(text_of(&doc, "#slug-error"), msg(lang, "page-slug-taken"));
    assert_eq!(attr_of(&doc, "#title", "value"), "Contact us");
    let r = write_page(
        &mut editor,
        "/admin/pages",
        &[
            ("edition", "hy"),
            ("title", "Կոնտակտներ"),
            ("slug", "contacts"),
        ],
    )
    .await;
    saved_id(&r);

    // A translation of a page of the same edition; an edition the site does not have.
    let r = write_page(
        &mut editor,
        "/admin/pages",
        &[
            ("edition", "en"),
            ("title", "Imprint"),
            ("translation_of", &first.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        text_of(&r.html(), "#translation_of-error"),
        msg(lang, "page-translation-same-edition")
    );
    let r = write_page(
        &mut editor,
        "/admin/pages",
        &[("edition", "xx"), ("title", "Imprint")],
    )
    .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        text_of(&r.html(), "#edition-error"),
        msg(lang, "unknown-edition")
    );

    // Two pages were saved, no more.
    assert_eq!(
        app.site.pages_list(&TestApp::actor()).await.unwrap().total,
        2
    );
}

#[tokio::test]
async fn deleting_a_page_takes_it_off_the_site_and_the_footer() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = saved_id(
        &write_page(
            &mut editor,
            "/admin/pages",
            &[
                ("edition", "en"),
                ("title", "Privacy"),
                ("body", "We keep nothing."),
                ("in_footer", "1"),
            ],
        )
        .await,
    );
    app.settle().await;
    assert_eq!(app.get("/en/page/privacy").await.status, 200);
    assert_eq!(footer_links(&app.get("/en/").await.html()).len(), 1);

    // The editor's delete button asks first, naming the page.
    let doc = editor.get(&format!("/admin/pages/{id}")).await.html();
    assert!(
        attr_of(&doc, ".delete-form button", "data-confirm").contains("Privacy"),
        "the confirmation names the page"
    );
    let r = editor
        .post(
            &format!("/admin/pages/{id}/delete"),
            &format!("/admin/pages/{id}"),
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/admin/pages?done=page-deleted"));
    app.settle().await;
    assert_eq!(app.get("/en/page/privacy").await.status, 404);
    assert!(footer_links(&app.get("/en/").await.html()).is_empty());
    let doc = editor.get("/admin/pages?done=page-deleted").await.html();
    assert_eq!(
        text_of(&doc, ".notice-ok"),
        msg(ui(&editor), "done-page-deleted")
    );
    assert_eq!(editor.get(&format!("/admin/pages/{id}")).await.status, 404);
}

#[tokio::test]
async fn the_preview_shows_the_page_as_readers_will() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let r = editor
        .post(
            "/admin/pages/preview",
            "/admin/pages/new",
            &[
                ("edition", "en"),
                ("title", "Advertising"),
                ("body", "Rates on *request*.<script>alert(1)</script>"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    let doc = r.html();
    assert_eq!(text_of(&doc, "h1.article-title"), "Advertising");
    assert_eq!(text_of(&doc, ".article-body em"), "request");
    assert_eq!(count(&doc, ".article-body script"), 0);
    assert_eq!(count(&doc, "meta[name=robots][content=noindex]"), 1);
    // Nothing was saved.
    assert_eq!(app.get("/en/page/advertising").await.status, 404);
}

#[tokio::test]
async fn only_editors_and_admins_manage_pages() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::Author).await;
    assert_eq!(author.get("/admin/pages").await.status, 403);
    assert_eq!(author.get("/admin/pages/new").await.status, 403);
    let doc = author.get("/admin").await.html();
    assert_eq!(count(&doc, ".admin-nav a[href='/admin/pages']"), 0);
    let mut admin = app.signed_in(Role::Admin).await;
    let doc = admin.get("/admin/pages").await.html();
    assert_eq!(count(&doc, ".admin-nav a[href='/admin/pages']"), 1);
    assert_eq!(count(&doc, ".admin-nav a[href='/admin/redirects']"), 1);
    assert_eq!(
        text_of(&doc, ".empty-panel .empty"),
        msg(ui(&admin), "pages-none")
    );
}
