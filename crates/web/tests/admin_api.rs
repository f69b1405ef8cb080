//! The admin API for integrations (SPEC A2): tokens made in the newsroom (shown once, stored
//! hashed), scoped by role, revocable; articles created, saved, published and unpublished with
//! the newsroom's permissions, revisions and audit entries; bad tokens and bodies refused with
//! stable codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead_core::Role;
use serde_json::{Value, json};
use support::{TestApp, attr_of, text_of};

/// An admin makes a token with `role` on the Integrations page; the token as shown once.
async fn token(app: &TestApp, role: &str, name: &str) -> String {
    let mut admin = app.signed_in(Role::Admin).await;
    token_by(&mut admin, role, name).await
}

async fn token_by(admin: &mut support::staff::Staff<'_>, role: &str, name: &str) -> String {
    let r = admin
        .post(
            "/admin/tokens",
            "/admin/tokens",
            &[("name", name), ("role", role)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let doc = r.html();
    let t = attr_of(&doc, "#made-token", "value");
    assert!(t.starts_with("mh_") && t.len() > 40, "{t}");
    // Shown once: the list shows its first characters only.
    let list = admin.get("/admin/tokens").await.text();
    assert!(!list.contains(&t));
    assert!(list.contains(&t[..9]));
    t
}

async fn call(app: &TestApp, method: &str, path: &str, token: &str, body: Value) -> (u16, Value) {
    let auth = format!("Bearer {token}");
    let req = axum::http::Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", auth)
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    let r = app.request(req).await;
    let v: Value = if r.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&r.body).unwrap_or_else(|_| panic!("{path}: {}", r.text()))
    };
    (r.status.as_u16(), v)
}

fn story(title: &str) -> Value {
    json!({
        "edition": "en",
        "title": title,
        "lead": "A lead.",
        "body": "Some **bold** text.",
        "section": "economy",
        "tags": ["Wire", "Markets"],
    })
}

#[tokio::test]
async fn an_editor_token_creates_saves_publishes_and_unpublishes_with_audit() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let t = token_by(&mut admin, "editor", "Wire importer").await;

    let (s, a) = call(
        &app,
        "POST",
        "/api/v1/admin/articles",
        &t,
        story("Markets open higher"),
    )
    .await;
    assert_eq!(s, 201, "{a}");
    assert_eq!(a["status"], "draft");
    assert_eq!(a["slug"], "markets-open-higher");
    let id = a["id"].as_i64().unwrap();
    let rev = a["revision"].as_i64().unwrap();
    assert_eq!(
        app.get(&format!("/en/post/{}", a["slug"].as_str().unwrap()))
            .await
            .status,
        404,
        "a draft is not on the site"
    );

    // Save from the revision read; a second save from the same revision is a conflict.
    let mut edit = story("Markets open higher after the holiday");
    edit["revision"] = json!(rev);
    edit["slug"] = json!("markets-open-higher");
    let (s, saved) = call(
        &app,
        "PUT",
        &format!("/api/v1/admin/articles/{id}"),
        &t,
        edit.clone(),
    )
    .await;
    assert_eq!(s, 200, "{saved}");
    assert!(saved["revision"].as_i64().unwrap() > rev);
    let (s, stale) = call(
        &app,
        "PUT",
        &format!("/api/v1/admin/articles/{id}"),
        &t,
        edit,
    )
    .await;
    assert_eq!(s, 409, "{stale}");
    assert_eq!(stale["error"]["code"], "stale-revision");

    // Publish: the article is on the site; every save is a history row.
    let rev = saved["revision"].as_i64().unwrap();
    let (s, p) = call(
        &app,
        "POST",
        &format!("/api/v1/admin/articles/{id}/publish"),
        &t,
        json!({"revision": rev}),
    )
    .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(p["status"], "published");
    app.settle().await;
    let page = app.get("/en/post/markets-open-higher").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        text_of(&page.html(), "h1.article-title"),
        "Markets open higher after the holiday"
    );
    let history = app.site.history_rows(id).await.unwrap();
    assert!(history.len() >= 2, "{history:?}");

    let rev = p["revision"].as_i64().unwrap();
    let (s, u) = call(
        &app,
        "POST",
        &format!("/api/v1/admin/articles/{id}/unpublish"),
        &t,
        json!({"revision": rev}),
    )
    .await;
    assert_eq!(s, 200, "{u}");
    app.settle().await;
    assert_eq!(app.get("/en/post/markets-open-higher").await.status, 404);

    // The audit log names the token for each move.
    let export = admin.get("/admin/audit.jsonl").await.text();
    let entries: Vec<Value> = export
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let moves: Vec<&Value> = entries
        .iter()
        .filter(|e| e["target"] == format!("article:{id}"))
        .collect();
    assert!(!moves.is_empty(), "{export}");
    assert!(
        moves
            .iter()
            .all(|e| e["actor"].as_str().unwrap().starts_with("token:")),
        "{moves:?}"
    );
    let details: Vec<&str> = moves
        .iter()
        .map(|e| e["detail"].as_str().unwrap())
        .collect();
    assert!(
        details.contains(&"published") && details.contains(&"unpublished"),
        "{details:?}"
    );
    assert!(export.contains("token_created"), "{export}");
}

#[tokio::test]
async fn token_roles_are_enforced_and_revoked_tokens_stop_working() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let contributor = token_by(&mut admin, "contributor", "Draft bot").await;
    let editor = token_by(&mut admin, "editor", "Desk tool").await;

    // A contributor's token writes drafts and sends them to review, but cannot publish.
    let (s, a) = call(
        &app,
        "POST",
        "/api/v1/admin/articles",
        &contributor,
        story("Contributed"),
    )
    .await;
    assert_eq!(s, 201, "{a}");
    let mut published = story("Straight to the site");
    published["status"] = json!("published");
    let (s, e) = call(
        &app,
        "POST",
        "/api/v1/admin/articles",
        &contributor,
        published,
    )
    .await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (403, Some("forbidden")),
        "{e}"
    );
    let id = a["id"].as_i64().unwrap();
    let (s, _) = call(
        &app,
        "POST",
        &format!("/api/v1/admin/articles/{id}/publish"),
        &contributor,
        json!({"revision": a["revision"]}),
    )
    .await;
    assert_eq!(s, 403);
    // Nor touch another's article.
    let (_, other) = call(
        &app,
        "POST",
        "/api/v1/admin/articles",
        &editor,
        story("Editor's own"),
    )
    .await;
    let (s, _) = call(
        &app,
        "GET",
        &format!("/api/v1/admin/articles/{}", other["id"]),
        &contributor,
        Value::Null,
    )
    .await;
    assert_eq!(
        s, 200,
        "both act for the admin who made them: the same owner"
    );

    // Revoked: refused at once, with 401 and the stable code.
    let list = admin.get("/admin/tokens").await.html();
    let form = list
        .select(&support::sel(
            "form[action^='/admin/tokens/'][action$='/revoke']",
        ))
        .next()
        .unwrap()
        .value()
        .attr("action")
        .unwrap()
        .to_owned();
    let r = admin.post(&form, "/admin/tokens", &[]).await;
    assert_eq!(r.status, 303);
    let revoked_ones = admin.get("/admin/tokens").await.html();
    assert_eq!(support::count(&revoked_ones, "tr.is-disabled"), 1);
    let (s1, _) = call(
        &app,
        "GET",
        &format!("/api/v1/admin/articles/{id}"),
        &editor,
        Value::Null,
    )
    .await;
    let (s2, _) = call(
        &app,
        "GET",
        &format!("/api/v1/admin/articles/{id}"),
        &contributor,
        Value::Null,
    )
    .await;
    assert_eq!(
        [s1, s2].iter().filter(|s| **s == 401).count(),
        1,
        "exactly the revoked one is refused"
    );
}

#[tokio::test]
async fn bad_tokens_and_bodies_get_stable_codes() {
    let app = TestApp::new().await;
    let t = token(&app, "editor", "Tool").await;
    for bad in ["", "Bearer", "mh_nope", &format!("{t}x"), &t[..20]] {
        let (s, v) = call(&app, "POST", "/api/v1/admin/articles", bad, story("X")).await;
        assert_eq!(s, 401, "{bad:?}");
        assert_eq!(v["error"]["code"], "invalid-token");
    }
    let r = app
        .post(
            "/api/v1/admin/articles",
            &[("content-type", "application/json")],
            story("X").to_string(),
        )
        .await;
    assert_eq!(r.status, 401);
    assert!(r.header("www-authenticate").unwrap().starts_with("Bearer"));

    for (body, status, code) in [
        (json!("not an object"), 400, "invalid-json"),
        (json!({"title": "No body"}), 400, "invalid-json"),
        (
            json!({"title": "T", "body": "B", "section": "economy", "colour": "red"}),
            400,
            "invalid-json",
        ),
        (
            json!({"title": "T", "body": "B", "section": "economy", "status": "gone"}),
            400,
            "invalid-status",
        ),
        (
            json!({"title": "T", "body": "B", "section": "economy", "edition": "xx"}),
            400,
            "unknown-edition",
        ),
        (
            json!({"title": "", "body": "B", "section": "economy", "edition": "en"}),
            422,
            "invalid-title",
        ),
        (
            json!({"title": "T", "body": "B", "section": "no-such", "edition": "en"}),
            422,
            "invalid-section",
        ),
    ] {
        let (s, v) = call(&app, "POST", "/api/v1/admin/articles", &t, body.clone()).await;
        assert_eq!(s, status, "{body}: {v}");
        let got = v["error"]["code"].as_str().unwrap();
        assert!(
            got == code
                || v["error"]["fields"]
                    .as_object()
                    .is_some_and(|f| f.values().any(|c| c == code)),
            "{body}: {v}"
        );
    }
    // A body over the limit is 413 in JSON; the schedule time is named as the API names it.
    let mut big = story("Big");
    big["body"] = json!("x".repeat(5 * 1024 * 1024));
    let (s, v) = call(&app, "POST", "/api/v1/admin/articles", &t, big).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (413, Some("body-too-large"))
    );
    let mut scheduled = story("Later");
    scheduled["status"] = json!("scheduled");
    let (s, v) = call(&app, "POST", "/api/v1/admin/articles", &t, scheduled).await;
    assert_eq!(s, 422, "{v}");
    assert!(v["error"]["fields"]["publish_at"].is_string(), "{v}");
    // Hostile text is stored as typed and comes out inert.
    let mut hostile = story("</script><script>alert(1)</script> & ]]>");
    hostile["body"] = json!("<script>alert(2)</script> text");
    hostile["status"] = json!("published");
    let (s, a) = call(&app, "POST", "/api/v1/admin/articles", &t, hostile).await;
    assert_eq!(s, 201, "{a}");
    app.settle().await;
    let page = app
        .get(&format!("/en/post/{}", a["slug"].as_str().unwrap()))
        .await
        .text();
    assert!(!page.contains("<script>alert"));
    for (path, code) in [
        ("/api/v1/admin/articles/abc", "invalid-article-id"),
        ("/api/v1/admin/articles/999999", "not-found"),
    ] {
        let (s, v) = call(&app, "GET", path, &t, Value::Null).await;
        assert!(s == 400 || s == 404, "{path}");
        assert_eq!(v["error"]["code"], code);
    }
    let (s, v) = call(
        &app,
        "PUT",
        &format!("/api/v1/admin/articles/{}", a["id"]),
        &t,
        story("No revision"),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("missing-revision"))
    );
}
