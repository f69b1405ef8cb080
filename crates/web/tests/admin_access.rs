//! N1: who may open what in the newsroom. Every declared route is walked by an anonymous
//! visitor and by each role; object-level rules (an author acts on their own articles only);
//! fields a person may not set are ignored; protected addresses written another way
//! (`/admin/staff/`, `//admin/staff`, `%2F`, `..`, capitals) lead nowhere.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::{Actor, Lang, Permission, Role, Status};
use masthead_web::{ADMIN_ROUTES, Access};
use support::staff::*;
use support::*;

/// A concrete address of a route pattern.
fn concrete(pattern: &str, id: i64) -> String {
    pattern
        .replace("{token}", "not-a-real-token")
        .replace("{id}", &id.to_string())
        .replace("{lang}", "en")
}

fn is_login_redirect(r: &Resp) -> bool {
    r.status == 303
        && r.header("location")
            .is_some_and(|l| l.starts_with("/admin/login"))
}

async fn draft(app: &TestApp, owner: &Actor, title: &str) -> i64 {
    let slug = masthead_core::slug::slugify(title);
    app.article_by(owner, title, &slug, Status::Draft, None)
        .await
}

#[tokio::test]
async fn every_route_is_walked_by_every_role() {
    let app = TestApp::new().await;
    let target = app.account(Role::Contributor, "target@news.test").await;
    let mut anon = Staff::anonymous(&app);
    for route in ADMIN_ROUTES {
        let path = concrete(route.path, target.id);
        let r = if route.method == "GET" {
            anon.get(&path).await
        } else {
            anon.post(&path, "/admin/login", &[]).await
        };
        match route.access {
            Access::Anyone => assert!(
                !is_login_redirect(&r) && r.status != 403,
                "anonymous {} {path}: open to anyone, got {}",
                route.method,
                r.status
            ),
            Access::Pending | Access::Session | Access::Staff(_) | Access::Enrol(_) => {
                assert!(
                    is_login_redirect(&r),
                    "anonymous {} {path}: should lead to the sign-in page, got {} {:?}",
                    route.method,
                    r.status,
                    r.header("location")
                )
            }
        }
    }
    for role in Role::ALL {
        let mut s = app.signed_in(role).await;
        // The article route acts on the person's own draft (object-level rules are tested
        // below); the staff routes on another account.
        let me = Actor::Staff {
            user_id: s.user.as_ref().unwrap().id,
            role,
        };
        let own = draft(&app, &me, &format!("Own draft of {}", role.as_str())).await;
        for route in ADMIN_ROUTES {
            if route.path == "/admin/logout" {
                continue;
            }
            let id = if route.path == "/admin/articles/{id}/delete" {
                // Deleting takes a draft (the walk has sent `own` to review by now).
                draft(&app, &me, &format!("Draft to delete of {}", role.as_str())).await
            } else if route.path.starts_with("/admin/articles/") {
                own
            } else {
                target.id
            };
            let path = concrete(route.path, id);
            let r = if route.method == "GET" {
                s.get(&path).await
            } else {
                let fields: &[(&str, &str)] = match route.path {
                    "/admin/staff/{id}/role" => &[("role", "author")],
                    "/admin/staff/invite" => &[("role", "author")],
                    "/admin/articles/{id}/status" => &[("to", "review"), ("revision", "1")],
                    _ => &[],
                };
                s.post(&path, "/admin/profile", fields).await
            };
            assert!(
                !is_login_redirect(&r),
                "{role:?} {} {path}: the session must hold, got {} {:?}",
                route.method,
                r.status,
                r.header("location")
            );
            let allowed = match route.access {
                Access::Staff(p) | Access::Enrol(p) => role.allows(p),
                Access::Anyone | Access::Session => true,
                Access::Pending => false,
            };
            if route.access == Access::Pending {
                assert_eq!(r.header("location"), Some("/admin"), "{role:?} {path}");
            } else if allowed {
                assert_ne!(
                    r.status,
                    403,
                    "{role:?} {} {path} is allowed: {}",
                    route.method,
                    r.text()
                );
            } else {
                assert_eq!(
                    r.status, 403,
                    "{role:?} {} {path} must be refused",
                    route.method
                );
                assert!(
                    r.text().contains(&msg(
                        s.user.as_ref().unwrap().ui_lang.code(),
                        "admin-forbidden-title"
                    )),
                    "{role:?} {path}: the refusal page names it"
                );
            }
        }
    }
}

#[tokio::test]
async fn undeclared_methods_and_addresses_are_refused() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let cookie = format!("masthead_session={}", admin.session.clone().unwrap());
    for (method, path) in [
        ("DELETE", "/admin/staff"),
        ("PUT", "/admin/profile"),
        ("GET", "/admin/staff/1/role"),
    ] {
        let req = axum::http::Request::builder()
            .method(method)
            .uri(path)
            .header("cookie", &cookie)
            .header("origin", ORIGIN)
            .body(axum::body::Body::empty())
            .unwrap();
        let r = app.request(req).await;
        assert!(
            r.status == 405 || r.status == 404 || r.status == 403,
            "{method} {path}: undeclared, got {}",
            r.status
        );
    }
    let r = admin.get("/admin/nothing-here").await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn protected_addresses_written_another_way_lead_nowhere() {
    let app = TestApp::new().await;
    let editor = app.signed_in(Role::Editor).await;
    let mut anon = Staff::anonymous(&app);
    let staff_table = "<table class=\"table\">";
    let mut editor = editor;
    for path in [
        "/admin/staff/",
        "//admin/staff",
        "/admin%2Fstaff",
        "/admin%2fstaff",
        "/admin/../admin/staff",
        "/admin/./staff",
        "/ADMIN/staff",
        "/Admin/Staff",
        "/admin/STAFF",
        "/admin/staff%2F",
        "/admin/audit.jsonl/",
        "/ADMIN/AUDIT.JSONL",
    ] {
        for (who, r) in [
            ("anonymous", anon.get(path).await),
            ("editor", editor.get(path).await),
        ] {
            assert!(
                matches!(r.status.as_u16(), 301 | 303 | 403 | 404),
                "{who} GET {path}: got {}",
                r.status
            );
            assert!(
                !r.text().contains(staff_table),
                "{who} GET {path} showed the staff table"
            );
            assert!(
                !r.text().contains("audit_log"),
                "{who} GET {path} showed audit entries"
            );
            if let Some(loc) = r.header("location") {
                // A redirect may only lead to the sign-in page or to a page that is itself
                // guarded: following it must not show the table either.
                let next = editor.get(loc).await;
                assert!(!next.text().contains(staff_table), "{who} {path} → {loc}");
            }
        }
    }
}

#[tokio::test]
async fn authors_act_on_their_own_articles_only() {
    let app = TestApp::new().await;
    let mut alice = app.signed_in(Role::Author).await;
    let bob_user = app.account(Role::Author, "bob@news.test").await;
    let bob = Actor::Staff {
        user_id: bob_user.id,
        role: Role::Author,
    };
    let alice_actor = Actor::Staff {
        user_id: alice.user.as_ref().unwrap().id,
        role: Role::Author,
    };
    let bobs = draft(&app, &bob, "Bob's scoop").await;
    let hers = draft(&app, &alice_actor, "Alice's story").await;
    // Guessing the id of Bob's draft does not let Alice move it.
    let r = alice
        .post(
            &format!("/admin/articles/{bobs}/status"),
            "/admin",
            &[("to", "review"), ("revision", "1")],
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    let me = app
        .site
        .session(alice.session.as_deref().unwrap(), "")
        .await
        .unwrap()
        .unwrap();
    let body = app.site.dashboard(&me).await.unwrap();
    assert!(
        body.own_only,
        "an author's dashboard lists their own articles"
    );
    let drafts = &body
        .desks
        .iter()
        .find(|d| d.status == Status::Draft)
        .unwrap()
        .items;
    assert!(
        drafts.iter().all(|d| d.item.id != bobs),
        "Bob's draft is not on Alice's desk"
    );
    assert!(drafts.iter().any(|d| d.item.id == hers && d.actionable));
    // Her own draft she may send to review.
    let r = alice
        .post(
            &format!("/admin/articles/{hers}/status"),
            "/admin",
            &[("to", "review"), ("revision", "1")],
        )
        .await;
    assert_eq!(
        r.header("location"),
        Some("/admin?done=article-moved"),
        "{}",
        r.text()
    );
    // An editor may move anybody's.
    let mut editor = app.signed_in(Role::Editor).await;
    let r = editor
        .post(
            &format!("/admin/articles/{bobs}/status"),
            "/admin",
            &[("to", "review"), ("revision", "1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    // The use case says the same without the web layer.
    let err = app
        .site
        .change_status(&alice_actor, bobs, 2, Status::Draft, None)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            masthead_service::ServiceError::Forbidden(Permission::EditAll)
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn fields_a_person_may_not_set_are_ignored() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::Author).await;
    let id = author.user.as_ref().unwrap().id;
    let r = author
        .post(
            "/admin/profile",
            "/admin/profile",
            &[
                ("name", "Renamed Author"),
                ("ui_lang", "hy"),
                ("role", "admin"),
                ("email", "boss@news.test"),
                ("disabled", "false"),
                ("id", "1"),
            ],
        )
        .await;
    assert_eq!(r.header("location"), Some("/admin/profile?done=saved"));
    let admin = Actor::system("test");
    let users = app.site.users(&admin).await.unwrap();
    let me = users.iter().find(|u| u.id == id).unwrap();
    assert_eq!(
        me.role,
        Role::Author,
        "role sent in the profile form is ignored"
    );
    assert_eq!(
        me.email, "author@news.test",
        "e-mail sent in the profile form is ignored"
    );
    assert_eq!(me.name, "Renamed Author");
    assert_eq!(me.ui_lang, Lang::Hy);

    // An invitation for an author cannot be turned into an admin account by the form.
    let link = app.site.invite(&admin, "", Role::Author).await.unwrap();
    let path = link.url.trim_start_matches(ORIGIN).to_owned();
    let mut newcomer = Staff::anonymous(&app);
    let r = newcomer
        .post(
            &path,
            &path,
            &[
                ("name", "New Person"),
                ("email", "new@news.test"),
                ("password", PASSWORD),
                ("ui_lang", "en"),
                ("role", "admin"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let users = app.site.users(&admin).await.unwrap();
    let new = users.iter().find(|u| u.email == "new@news.test").unwrap();
    assert_eq!(new.role, Role::Author, "the link's role, not the form's");

    // A contributor may not publish, whatever the form says.
    let mut contributor = app.signed_in(Role::Contributor).await;
    let cid = contributor.user.as_ref().unwrap().id;
    let art = draft(
        &app,
        &Actor::Staff {
            user_id: cid,
            role: Role::Contributor,
        },
        "Trainee piece",
    )
    .await;
    let r = contributor
        .post(
            &format!("/admin/articles/{art}/status"),
            "/admin",
            &[("to", "published"), ("revision", "1"), ("owner_id", "1")],
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
}
