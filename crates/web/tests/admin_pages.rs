//! N7, N8 and the shell: what the newsroom's pages show. The dashboard's counts, queues and
//! most-read lists with views; the audit log's entries, filters and JSON Lines export; the
//! navigation each role sees; every page in the person's own language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::{Actor, Role};
use masthead_service::Reader;
use std::net::{IpAddr, Ipv4Addr};
use support::staff::*;
use support::*;

#[tokio::test]
async fn the_dashboard_shows_counts_queues_and_most_read_with_views() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let lang_of_editor = editor.user.as_ref().unwrap().ui_lang;
    let views_label = |n: i64| {
        masthead_i18n::Catalogs::embedded().t(
            lang_of_editor,
            "admin-views",
            &[("count", masthead_i18n::Arg::Num(n))],
        )
    };
    // The most read article of today, as the dashboard shows it, and its page.
    let doc = editor.get("/admin").await.html();
    let top = sel("#read-today-h + ol li:first-child a");
    let top = doc.select(&top).next().expect("a most-read article today");
    let title: String = top.text().collect();
    let url = top
        .value()
        .attr("href")
        .unwrap()
        .trim_start_matches("http://news.test")
        .to_owned();
    let page = app.get(&url).await.html();
    let id: i64 = attr_of(&page, "[data-article-id]", "data-article-id")
        .parse()
        .unwrap();
    let before = app
        .site
        .dashboard(
            &app.site
                .session(editor.session.as_deref().unwrap(), "")
                .await
                .unwrap()
                .unwrap(),
        )
        .await
        .unwrap();
    let before_views = before
        .read_today
        .iter()
        .find(|r| r.title == title)
        .unwrap()
        .views;
    // Three more readers read it; the flush writes their views.
    for n in 1..=3u8 {
        let reader = Reader {
            addr: IpAddr::V4(Ipv4Addr::new(203, 0, 113, n)),
            user_agent: BROWSER_UA,
        };
        app.site
            .record_view(id, reader, jiff::Timestamp::now())
            .await
            .unwrap();
    }
    app.site.flush_views().await.unwrap();
    let r = editor.get("/admin").await;
    assert_eq!(r.status, 200);
    let doc = r.html();
    let published = app
        .site
        .count_published(masthead_core::Lang::En)
        .await
        .unwrap()
        + app
            .site
            .count_published(masthead_core::Lang::Ru)
            .await
            .unwrap()
        + app
            .site
            .count_published(masthead_core::Lang::Hy)
            .await
            .unwrap();
    let counts: Vec<String> = doc
        .select(&sel(".counts li"))
        .map(|e| e.text().collect::<String>())
        .collect();
    let lang = editor.user.as_ref().unwrap().ui_lang.code();
    let published_label = msg(lang, "status-published");
    assert!(
        counts
            .iter()
            .any(|c| c.contains(&published_label) && c.contains(&published.to_string())),
        "the published count {published} is shown: {counts:?}"
    );
    let today = text_of(&doc, "#read-today-h + ol");
    assert!(
        today.contains(&title),
        "most read today lists the article: {today}"
    );
    // Page text is read with its whitespace collapsed (the number's no-break space too).
    let views = views_label(before_views + 3)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        today.contains(&views),
        "with its views, the new ones counted ({views}): {today}"
    );
    assert!(text_of(&doc, "#read-week-h + ol").contains(&title));
    assert_eq!(
        count(&doc, "#scheduled-h"),
        1,
        "the scheduled queue is there"
    );
    assert!(
        count(&doc, "#desk-published-h + ol li") > 0,
        "latest published articles are listed"
    );
}

#[tokio::test]
async fn navigation_follows_the_role() {
    let app = TestApp::new().await;
    for (role, sees_staff, sees_audit) in [
        (Role::Contributor, false, false),
        (Role::Author, false, false),
        (Role::Editor, false, false),
        (Role::Admin, true, true),
    ] {
        let mut s = app.signed_in(role).await;
        let doc = s.get("/admin").await.html();
        assert_eq!(
            count(&doc, "nav.admin-nav a[href='/admin/staff']") == 1,
            sees_staff,
            "{role:?} staff link"
        );
        assert_eq!(
            count(&doc, "nav.admin-nav a[href='/admin/audit']") == 1,
            sees_audit,
            "{role:?} audit link"
        );
        assert_eq!(
            count(&doc, "nav.admin-nav a[href='/admin'][aria-current='page']"),
            1,
            "{role:?}"
        );
        assert_eq!(
            count(&doc, "nav.admin-nav a[href='/admin/profile']"),
            1,
            "{role:?}"
        );
    }
}

#[tokio::test]
async fn each_person_gets_the_newsroom_in_their_language() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Admin).await;
    for lang in ["en", "hy", "ru"] {
        let r = s
            .post(
                "/admin/profile",
                "/admin/profile",
                &[("name", "Anna"), ("ui_lang", lang)],
            )
            .await;
        assert_eq!(r.status, 303);
        for path in ["/admin", "/admin/staff", "/admin/audit", "/admin/profile"] {
            let doc = s.get(path).await.html();
            assert_eq!(attr_of(&doc, "html", "lang"), lang, "{path}");
            assert!(
                text_of(&doc, "nav.admin-nav").contains(&msg(lang, "admin-dashboard")),
                "{lang} {path}"
            );
        }
        // A refused form names the problem in the person's language.
        let r = s
            .post(
                "/admin/profile/password",
                "/admin/profile",
                &[("current", "not it at all"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(
            text_of(&r.html(), "#current-error").contains(&msg(lang, "current-password-wrong")),
            "{lang}"
        );
    }
    // Before sign-in: the browser's language.
    let r = app
        .get_with("/admin/login", &[("accept-language", "hy,en;q=0.5")])
        .await;
    assert_eq!(attr_of(&r.html(), "html", "lang"), "hy");
    assert!(text_of(&r.html(), "h1").contains(&msg("hy", "admin-sign-in-title")));
}

#[tokio::test]
async fn the_audit_log_records_filters_and_exports() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let me = admin.user.clone().unwrap();
    app.account(Role::Author, "writer@news.test").await;
    let mut other = Staff::anonymous(&app);
    other
        .sign_in("writer@news.test", "definitely wrong pw")
        .await;
    let writer = app
        .site
        .user_by_email(&Actor::system("t"), "writer@news.test")
        .await
        .unwrap();
    admin
        .post(
            &format!("/admin/staff/{}/role", writer.id),
            "/admin/staff",
            &[("role", "editor")],
        )
        .await;
    admin
        .post(
            &format!("/admin/staff/{}/disable", writer.id),
            "/admin/staff",
            &[],
        )
        .await;
    admin
        .post(
            "/admin/staff/totp",
            "/admin/staff",
            &[("roles", "contributor"), ("roles", "editor")],
        )
        .await;

    let r = admin.get("/admin/audit").await;
    assert_eq!(r.status, 200, "{}", r.text());
    let doc = r.html();
    let text = text_of(&doc, ".audit-table");
    let lang = me.ui_lang;
    let c = masthead_i18n::Catalogs::embedded();
    for action in [
        "login_succeeded",
        "login_failed",
        "role_changed",
        "user_disabled",
        "settings_changed",
        "user_created",
    ] {
        let label = c.t(lang, &format!("audit-{action}"), &[]);
        assert!(text.contains(&label), "the log shows {action} ({label})");
    }
    let change = format!(
        "{} → {}",
        c.t(lang, "role-author", &[]),
        c.t(lang, "role-editor", &[])
    );
    assert!(
        text.contains(&change),
        "what changed, in words ({change}): {text}"
    );
    let required = c.t(lang, "admin-totp-required", &[]);
    assert!(text.contains(&required), "the setting by its name: {text}");
    assert!(text.contains(&me.name), "who, by name");
    assert!(text.contains(&writer.name), "to whom, by name: {text}");
    let system = msg(lang.code(), "admin-system");
    assert!(
        text.contains(&system),
        "accounts made by the system say so: {text}"
    );

    let r = admin.get("/admin/audit?action=login_failed").await;
    let rows = r.html().select(&sel(".audit-table tbody tr")).count();
    assert_eq!(rows, 1, "filtered to the failed sign-in");
    assert!(text_of(&r.html(), ".audit-table").contains("writer@news.test"));
    let r = admin.get(&format!("/admin/audit?user={}", me.id)).await;
    assert!(r.html().select(&sel(".audit-table tbody tr")).count() >= 4);
    let r = admin.get("/admin/audit?from=not-a-date").await;
    assert!(
        r.status.is_client_error(),
        "a bad filter is refused: {}",
        r.status
    );

    let r = admin.get("/admin/audit.jsonl?action=role_changed").await;
    assert_eq!(r.status, 200);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/x-ndjson")
    );
    let lines: Vec<serde_json::Value> = r
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["action"], "role_changed");
    assert_eq!(lines[0]["actor_user_id"], me.id);
    assert_eq!(lines[0]["target"], format!("user:{}", writer.id));
    assert!(lines[0]["at"].as_str().unwrap().ends_with('Z'));
    assert!(lines[0]["ip"].is_string());
    // Other roles may not read it (an author here: editors must now enrol TOTP first).
    let mut author = app.signed_in(Role::Author).await;
    assert_eq!(author.get("/admin/audit.jsonl").await.status, 403);
    assert_eq!(author.get("/admin/audit").await.status, 403);
}

#[tokio::test]
async fn a_role_that_must_use_totp_is_sent_to_enrol_first() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    admin
        .post("/admin/staff/totp", "/admin/staff", &[("roles", "editor")])
        .await;
    app.settle().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let r = editor.get("/admin").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/admin/profile#totp"));
    let doc = editor.get("/admin/profile").await.html();
    let lang = editor.user.as_ref().unwrap().ui_lang.code();
    assert!(text_of(&doc, ".notice-error").contains(&msg(lang, "admin-totp-must-enrol")));
    // An author is not concerned.
    let mut author = app.signed_in(Role::Author).await;
    assert_eq!(author.get("/admin").await.status, 200);
    // The last admin cannot be demoted or disabled.
    let id = admin.user.as_ref().unwrap().id;
    let other = app.account(Role::Editor, "e2@news.test").await;
    let r = admin
        .post(
            &format!("/admin/staff/{}/role", other.id),
            "/admin/staff",
            &[("role", "admin")],
        )
        .await;
    assert_eq!(r.status, 303);
    app.site
        .set_disabled(&Actor::system("t"), "", other.id, true)
        .await
        .unwrap();
    let err = app
        .site
        .set_role(&Actor::system("t"), "", id, Role::Editor)
        .await
        .unwrap_err();
    assert_eq!(AppErrorKey::of(err), "last-admin");
}

/// The catalog key a service error is shown under.
struct AppErrorKey;
impl AppErrorKey {
    fn of(e: masthead_service::ServiceError) -> &'static str {
        masthead_web::AppError::from(e).status_and_code().1
    }
}

#[tokio::test]
async fn a_refused_staff_action_shows_the_staff_page_with_the_reason() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let lang = admin.user.as_ref().unwrap().ui_lang.code();
    let other = app.account(Role::Admin, "second@news.test").await;
    // Two admins: disabling the other works; then this one is the last, and the other's
    // account (disabled) cannot be the reason to keep none.
    let r = admin
        .post(
            &format!("/admin/staff/{}/disable", other.id),
            "/admin/staff",
            &[],
        )
        .await;
    assert_eq!(
        r.header("location"),
        Some("/admin/staff?done=user-disabled")
    );
    // A page shown straight from a form keeps its section marked in the navigation.
    let r = admin
        .post("/admin/staff/invite", "/admin/staff", &[("role", "author")])
        .await;
    assert_eq!(
        count(
            &r.html(),
            "nav.admin-nav a[href='/admin/staff'][aria-current='page']"
        ),
        1
    );
    let r = admin.get("/admin/staff?done=user-disabled").await;
    assert!(text_of(&r.html(), ".notice").contains(&msg(lang, "done-user-disabled")));
    let r = admin
        .post(
            &format!("/admin/staff/{}/role", other.id),
            "/admin/staff",
            &[("role", "nonsense")],
        )
        .await;
    assert_eq!(r.status, 422);
    let doc = r.html();
    assert!(text_of(&doc, ".notice-error").contains(&msg(lang, "invalid-role")));
    assert_eq!(
        count(&doc, "form[action='/admin/staff/invite']"),
        1,
        "the staff page again"
    );
    // The last active admin cannot disable their own kind away: done through the use case
    // (the page offers no button for oneself).
    let me = admin.user.as_ref().unwrap().id;
    let r = admin
        .post(&format!("/admin/staff/{me}/disable"), "/admin/staff", &[])
        .await;
    assert_eq!(r.status, 409);
    assert!(text_of(&r.html(), ".notice-error").contains(&msg(lang, "last-admin")));
    assert!(
        admin.get("/admin").await.status == 200,
        "and nothing changed: still signed in"
    );
}

#[tokio::test]
async fn the_scheduled_count_is_the_whole_queue_and_the_list_is_soonest_first() {
    use masthead_core::Status;
    let app = TestApp::new().await;
    let now = jiff::Timestamp::now();
    for i in 0..12i64 {
        let at = now + jiff::SignedDuration::from_hours(2 + (12 - i));
        app.article_by(
            &Actor::system("t"),
            &format!("Later story {i:02}"),
            &format!("later-{i}"),
            Status::Scheduled,
            Some(at),
        )
        .await;
    }
    let mut editor = app.signed_in(Role::Editor).await;
    let doc = editor.get("/admin").await.html();
    let lang = editor.user.as_ref().unwrap().ui_lang.code();
    let counts: Vec<String> = doc
        .select(&sel(".counts li"))
        .map(|e| e.text().collect::<String>())
        .collect();
    let label = msg(lang, "status-scheduled");
    assert!(
        counts
            .iter()
            .any(|c| c.contains(&label) && c.contains("12")),
        "all 12 scheduled are counted: {counts:?}"
    );
    let queue: Vec<String> = doc
        .select(&sel("#scheduled-h + ol li .desk-title"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert_eq!(queue.len(), 10, "the queue shows the first ten");
    assert!(
        queue[0].contains("Later story 11"),
        "soonest first: {queue:?}"
    );
}
