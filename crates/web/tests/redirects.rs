//! R14: the redirects table. A redirect saved in the newsroom answers 301 from its old path
//! (with or without a trailing slash, and `/?p=17` before the cached home page); loops,
//! other hosts and the site's own paths are refused when saved, with the reason beside the
//! field and nothing saved; a live page wins over a redirect from its address.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::{Role, Status};
use support::staff::*;
use support::*;

fn ui(s: &Staff<'_>) -> &'static str {
    s.user.as_ref().unwrap().ui_lang.code()
}

async fn add(s: &mut Staff<'_>, from: &str, to: &str) -> Resp {
    s.post(
        "/admin/redirects",
        "/admin/redirects",
        &[("from", from), ("to", to)],
    )
    .await
}

/// How many redirects the table holds.
async fn total(app: &TestApp) -> u64 {
    app.site
        .redirects_page(&TestApp::actor(), "", None, None)
        .await
        .unwrap()
        .total
}

#[tokio::test]
async fn a_redirect_from_the_newsroom_answers_301_until_it_is_deleted() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let article = app.article_path("en", "climate-finance-meeting").await;
    // The home page is cached before the redirects exist.
    assert_eq!(app.get("/").await.status, 200);

    let r = add(&mut editor, "/2019/05/old-story/", &article).await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(
        r.header("location"),
        Some("/admin/redirects?done=redirect-added")
    );
    let r = add(&mut editor, "/?p=17", "http://news.test/en/").await;
    assert_eq!(r.status, 303, "{}", r.text());

    for path in ["/2019/05/old-story", "/2019/05/old-story/"] {
        let r = app.get(path).await;
        assert_eq!(r.status, 301, "{path}");
        assert_eq!(r.header("location"), Some(article.as_str()), "{path}");
    }
    let r = app.head("/2019/05/old-story/").await;
    assert_eq!(r.status, 301);
    // WordPress's `?p=` address, not the cached home page; a full address of this host was
    // kept as its path.
    let r = app.get("/?p=17").await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/en/"));
    // The home page with a query that names no old address is still the home page.
    for path in ["/?utm_source=x", "/?p=18", "/?fbclid=abc&utm_medium=y"] {
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(count(&r.html(), "main .home-lead"), 1, "{path}");
        assert_eq!(
            attr_of(&r.html(), "link[rel=canonical]", "href"),
            "http://news.test/"
        );
    }

    // The list shows them, newest first, with the notice of the save.
    let doc = editor
        .get("/admin/redirects?done=redirect-added")
        .await
        .html();
    assert_eq!(
        text_of(&doc, ".notice-ok"),
        msg(ui(&editor), "done-redirect-added")
    );
    let froms: Vec<String> = doc
        .select(&sel(".redirects-table .cell-from"))
        .map(|c| c.text().collect::<String>())
        .collect();
    assert_eq!(froms, vec!["/?p=17", "/2019/05/old-story"]);
    assert_eq!(
        attr_of(
            &doc,
            ".redirects-table tbody tr:last-child .cell-to a",
            "href"
        ),
        article
    );
    // The search finds one of them.
    let doc = editor.get("/admin/redirects?q=old-story").await.html();
    assert_eq!(count(&doc, ".redirects-table tbody tr"), 1);
    assert_eq!(attr_of(&doc, "#redirects-q", "value"), "old-story");

    // Deleted, the old address is not found again.
    let action = attr_of(
        &doc,
        ".redirects-table tbody tr form[action$='/delete']",
        "action",
    );
    let r = editor.post(&action, "/admin/redirects", &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location"),
        Some("/admin/redirects?done=redirect-deleted")
    );
    assert_eq!(app.get("/2019/05/old-story").await.status, 404);
    assert_eq!(total(&app).await, 1);
}

#[tokio::test]
async fn loops_other_hosts_and_the_sites_own_paths_are_refused() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let lang = ui(&editor);
    assert_eq!(add(&mut editor, "/a", "/b").await.status, 303);
    assert_eq!(add(&mut editor, "/b/", "/c").await.status, 303);
    assert_eq!(total(&app).await, 2);

    for (from, to, field, key) in [
        // c → a → b → c: a loop through the saved ones.
        ("/c", "/a", "to", "redirect-loop"),
        ("/old", "/old/", "to", "redirect-loop"),
        (
            "/old",
            "https://evil.example/x",
            "to",
            "redirect-other-host",
        ),
        ("/old", "//evil.example/x", "to", "redirect-other-host"),
        ("/old", "javascript:alert(1)", "to", "redirect-other-host"),
        (
            "/old",
            "http://news.test@evil.example/",
            "to",
            "redirect-other-host",
        ),
        ("old", "/en/", "from", "redirect-bad-from"),
        ("//evil.example/x", "/en/", "from", "redirect-bad-from"),
        ("/admin/login", "/en/", "from", "redirect-reserved"),
        ("/api/v1/articles", "/en/", "from", "redirect-reserved"),
        ("/", "/en/", "from", "redirect-reserved"),
        ("/a/", "/en/", "from", "redirect-taken"),
        ("", "/en/", "from", "redirect-required"),
    ] {
        let r = add(&mut editor, from, to).await;
        assert_eq!(r.status, 422, "{from} → {to}: {}", r.text());
        let doc = r.html();
        assert_eq!(
            text_of(&doc, &format!("#{field}-error")),
            msg(lang, key),
            "{from} → {to}"
        );
        assert_eq!(attr_of(&doc, "#redirect-from", "value"), from);
        assert_eq!(attr_of(&doc, "#redirect-to", "value"), to);
        assert_eq!(
            attr_of(&doc, &format!("#redirect-{field}"), "aria-invalid"),
            "true"
        );
    }
    // Every reason at once: the old address is taken and the new one is elsewhere.
    let doc = add(&mut editor, "/a", "https://evil.example/x")
        .await
        .html();
    assert_eq!(text_of(&doc, "#from-error"), msg(lang, "redirect-taken"));
    assert_eq!(text_of(&doc, "#to-error"), msg(lang, "redirect-other-host"));
    assert_eq!(total(&app).await, 2, "nothing refused was saved");
    // The refused javascript: target is nowhere on the page as a link.
    let r = add(&mut editor, "/old", "javascript:alert(1)").await;
    assert_eq!(count(&r.html(), "a[href^='javascript']"), 0);
}

#[tokio::test]
async fn a_live_page_wins_over_a_redirect_from_its_address() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = app
        .article_by(
            &TestApp::actor(),
            "Harbour reopens",
            "harbour-reopens",
            Status::Published,
            None,
        )
        .await;
    // Allowed: it takes over only once the article is gone.
    let r = add(&mut editor, "/en/post/harbour-reopens", "/en/").await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(app.get("/en/post/harbour-reopens").await.status, 200);
    app.site
        .change_status(&TestApp::actor(), id, 1, Status::Unpublished, None)
        .await
        .unwrap();
    app.settle().await;
    let r = app.get("/en/post/harbour-reopens").await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/en/"));
}

#[tokio::test]
async fn old_addresses_in_other_scripts_are_matched_as_browsers_send_them() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let r = add(&mut editor, "/новости/старая-статья/", "/post/x").await;
    assert_eq!(r.status, 303, "{}", r.text());
    let encoded = "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%80%D0%B0%D1%8F-%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F";
    for path in [encoded.to_owned(), encoded.to_lowercase()] {
        let r = app.get(&path).await;
        assert_eq!(r.status, 301, "{path}");
        assert_eq!(r.header("location"), Some("/post/x"));
    }
}

#[tokio::test]
async fn only_editors_and_admins_manage_redirects() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::Author).await;
    assert_eq!(author.get("/admin/redirects").await.status, 403);
    let r = author
        .post(
            "/admin/redirects",
            "/admin",
            &[("from", "/x"), ("to", "/en/")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(total(&app).await, 0);
}
