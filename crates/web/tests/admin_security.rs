//! N1, B4: the locks of the newsroom, tried with hostile input. Throttled sign-in, the same
//! answer for known and unknown e-mails, CSRF, sessions ended server-side, session rotation,
//! cookie attributes, TOTP codes (wrong, replayed, recovery), one-time links, oversized forms,
//! and never caching what a signed-in person sees.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::{Actor, Role};
use std::time::{Duration, Instant};
use support::staff::*;
use support::*;

#[tokio::test]
async fn the_sixth_failure_answers_429_with_retry_after() {
    let app = TestApp::new().await;
    app.account(Role::Editor, "ed@news.test").await;
    let mut s = Staff::anonymous(&app);
    for i in 1..=5 {
        let r = s.sign_in("ed@news.test", "wrong password here").await;
        assert_eq!(r.status, 401, "failure {i}");
        assert!(
            r.text().contains(&msg("en", "login-failed")),
            "failure {i} is named"
        );
        assert_eq!(
            attr_of(&r.html(), "#email", "value"),
            "ed@news.test",
            "the e-mail is kept"
        );
        assert!(
            !r.text().contains("wrong password here"),
            "the password is never sent back"
        );
    }
    let r = s.sign_in("ed@news.test", "wrong password here").await;
    assert_eq!(r.status, 429, "the 6th failure in 15 minutes");
    let retry: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "Retry-After {retry}");
    // Until the wait is over even the right password is refused, without being checked.
    let r = s.sign_in("ed@news.test", PASSWORD).await;
    assert_eq!(r.status, 429);
    assert!(
        r.header("set-cookie")
            .is_none_or(|c| !c.contains("masthead_session="))
    );
}

#[tokio::test]
async fn known_and_unknown_emails_get_the_same_answer_in_about_the_same_time() {
    use masthead_service::staff::password::verifications;
    let app = TestApp::new().await;
    app.account(Role::Author, "known@news.test").await;
    let mut s = Staff::anonymous(&app);
    // Warm up (the dummy hash is made on first use).
    let _ = s.sign_in("nobody@news.test", "wrong password one").await;
    let mut fastest = Vec::new();
    let mut bodies = Vec::new();
    for email in ["known@news.test", "nobody@news.test"] {
        let mut best = Duration::MAX;
        for _ in 0..2 {
            let before = verifications();
            let t = Instant::now();
            let r = s.sign_in(email, "wrong password two").await;
            best = best.min(t.elapsed());
            assert_eq!(r.status, 401, "{email}");
            // Other tests in this process may verify passwords too: at least ours ran.
            assert!(
                verifications() > before,
                "{email}: a password hash was checked"
            );
            bodies.push(text_of(&r.html(), ".door-card .notice"));
        }
        fastest.push(best);
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "same message: {bodies:?}"
    );
    // The unknown e-mail is not answered at once: it costs an Argon2 verification like the
    // known one (a loose bound, since the machine may be busy; the counter above is exact).
    let (known, unknown) = (fastest[0], fastest[1]);
    assert!(
        unknown.as_secs_f64() >= 0.25 * known.as_secs_f64(),
        "unknown {unknown:?} vs known {known:?}: the answer time must not tell them apart"
    );
}

#[tokio::test]
async fn a_cross_origin_post_without_the_token_changes_nothing() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let victim = app.account(Role::Author, "victim@news.test").await;
    let token = admin.token("/admin/staff").await;
    let path = format!("/admin/staff/{}/role", victim.id);
    for (what, headers, body) in [
        (
            "no token, other origin",
            vec![("origin", "https://evil.example")],
            form(&[("role", "admin")]),
        ),
        (
            "token, other origin",
            vec![("origin", "https://evil.example")],
            form(&[("csrf", &token), ("role", "admin")]),
        ),
        (
            "no token, same origin",
            vec![("origin", ORIGIN)],
            form(&[("role", "admin")]),
        ),
        (
            "wrong token, same origin",
            vec![("origin", ORIGIN)],
            form(&[("csrf", "x"), ("role", "admin")]),
        ),
        (
            "token, cross-site fetch",
            vec![("sec-fetch-site", "cross-site")],
            form(&[("csrf", &token), ("role", "admin")]),
        ),
        (
            "token, no origin at all",
            vec![],
            form(&[("csrf", &token), ("role", "admin")]),
        ),
    ] {
        let r = admin.post_raw(&path, &headers, body).await;
        assert_eq!(r.status, 403, "{what}");
        let u = app
            .site
            .user_by_email(&Actor::system("t"), "victim@news.test")
            .await
            .unwrap();
        assert_eq!(u.role, Role::Author, "{what}: nothing changed");
    }
    // Same request, done right, works.
    let r = admin
        .post_raw(
            &path,
            &[("origin", ORIGIN)],
            form(&[("csrf", &token), ("role", "editor")]),
        )
        .await;
    assert_eq!(r.status, 303);
    // No GET changes anything: the same address as a GET is not a route.
    let r = admin.get(&format!("{path}?role=admin&csrf={token}")).await;
    assert_ne!(r.status, 200);
    // Signing in needs the pre-sign-in token too (login CSRF).
    let mut anon = Staff::anonymous(&app);
    let r = anon
        .post_raw(
            "/admin/login",
            &[("origin", ORIGIN)],
            form(&[("email", "victim@news.test"), ("password", PASSWORD)]),
        )
        .await;
    assert_eq!(r.status, 403);
}

/// Whether the browser's session still opens the dashboard.
async fn session_alive(s: &mut Staff<'_>) -> bool {
    let r = s.get("/admin").await;
    if r.status == 303 {
        assert!(r.header("location").unwrap().starts_with("/admin/login"));
        return false;
    }
    assert_eq!(r.status, 200);
    true
}

#[tokio::test]
async fn logout_disable_and_role_change_end_sessions_server_side() {
    let app = TestApp::new().await;
    let admin_actor = Actor::system("test");
    // Logout: the old cookie, replayed, leads to the sign-in page.
    let mut s = app.signed_in(Role::Author).await;
    let old = s.session.clone();
    let r = s.post("/admin/logout", "/admin", &[]).await;
    assert_eq!(r.status, 303);
    let cleared = set_cookies(&r)
        .into_iter()
        .find(|c| c.starts_with("masthead_session="))
        .unwrap();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    s.session = old;
    assert!(
        !session_alive(&mut s).await,
        "the session ended on the server"
    );

    // Disable.
    let mut ed = app.signed_in(Role::Editor).await;
    assert!(session_alive(&mut ed).await);
    let id = ed.user.as_ref().unwrap().id;
    app.site
        .set_disabled(&admin_actor, "", id, true)
        .await
        .unwrap();
    assert!(!session_alive(&mut ed).await, "disabling ends the session");
    let r = ed.sign_in("editor@news.test", PASSWORD).await;
    assert_eq!(r.status, 403);
    assert!(r.text().contains(&msg("en", "account-disabled")));

    // Role change.
    let mut c = app.signed_in(Role::Contributor).await;
    assert!(session_alive(&mut c).await);
    let id = c.user.as_ref().unwrap().id;
    app.site
        .set_role(&admin_actor, "", id, Role::Author)
        .await
        .unwrap();
    assert!(
        !session_alive(&mut c).await,
        "a role change ends the session"
    );
}

#[tokio::test]
async fn the_session_id_changes_at_sign_in() {
    let app = TestApp::new().await;
    app.account(Role::Author, "a@news.test").await;
    let mut s = Staff::anonymous(&app);
    // A session id planted before sign-in (fixation) is not kept.
    s.session = Some("planted-by-an-attacker".into());
    let r = s.sign_in("a@news.test", PASSWORD).await;
    assert_eq!(r.status, 303);
    let first = s.session.clone().unwrap();
    assert_ne!(first, "planted-by-an-attacker");
    assert!(
        first.len() >= 22,
        "at least 128 random bits, base64: {first}"
    );
    let mut other = Staff::anonymous(&app);
    other.sign_in("a@news.test", PASSWORD).await;
    assert_ne!(
        other.session.clone().unwrap(),
        first,
        "every sign-in makes a new session"
    );
}

#[tokio::test]
async fn session_cookies_are_host_only_secure_http_only_and_strict() {
    let app = TestApp::with_config(masthead::Config {
        base_url: "https://news.test".into(),
        ..TestApp::config()
    })
    .await;
    app.account(Role::Author, "a@news.test").await;
    let login = app.get("/admin/login").await;
    let csrf_cookie = set_cookies(&login)
        .into_iter()
        .find(|c| c.starts_with("__Host-masthead_csrf="))
        .unwrap();
    let csrf = attr_of(&login.html(), "input[name=csrf]", "value");
    assert!(csrf_cookie.contains(&csrf));
    let r = app
        .post(
            "/admin/login",
            &[
                ("origin", "https://news.test"),
                ("cookie", &format!("__Host-masthead_csrf={csrf}")),
                ("content-type", "application/x-www-form-urlencoded"),
            ],
            form(&[
                ("csrf", &csrf),
                ("email", "a@news.test"),
                ("password", PASSWORD),
            ]),
        )
        .await;
    assert_eq!(r.status, 303);
    let c = set_cookies(&r)
        .into_iter()
        .find(|c| c.starts_with("__Host-masthead_session="))
        .unwrap();
    for attr in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
        assert!(c.contains(attr), "{attr} in {c}");
    }
    assert!(!c.to_ascii_lowercase().contains("domain="), "{c}");
    // The page cache never answers a request that carries it, and what it answers is private.
    let token = c.split(';').next().unwrap().to_owned();
    let page = app.get_with("/", &[("cookie", &token)]).await;
    assert_eq!(page.header("cache-control"), Some("private, no-store"));
    let dash = app.get_with("/admin", &[("cookie", &token)]).await;
    assert_eq!(dash.status, 200);
    assert_eq!(dash.header("cache-control"), Some("private, no-store"));
    let csp = dash.header("content-security-policy").unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    let doc = dash.html();
    assert_eq!(
        attr_of(&doc, "script[src]", "nonce"),
        nonce,
        "the script carries the nonce"
    );
    assert_eq!(count(&doc, "script:not([src])"), 0, "no inline script");
    assert_eq!(dash.header("x-frame-options"), Some("DENY"));
}

/// The current TOTP code of a base32 secret, shifted by `steps` of 30 s.
fn code(secret: &str, steps: i64) -> String {
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    let now = jiff::Timestamp::now().as_second() + steps * 30;
    totp.generate(now as u64).to_string()
}

#[tokio::test]
async fn totp_codes_wrong_replayed_and_recovery() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Admin).await;
    let r = s
        .post(
            "/admin/profile/totp",
            "/admin/profile",
            &[("action", "begin")],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = s.get("/admin/profile").await;
    let doc = page.html();
    assert!(attr_of(&doc, "img.qr", "src").starts_with("data:image/png;base64,"));
    let secret: String = text_of(&doc, "#totp-secret").split_whitespace().collect();
    let r = s
        .post(
            "/admin/profile/totp",
            "/admin/profile",
            &[("action", "confirm"), ("code", "000000")],
        )
        .await;
    assert_eq!(r.status, 401, "a wrong code does not enrol");
    let r = s
        .post(
            "/admin/profile/totp",
            "/admin/profile",
            &[("action", "confirm"), ("code", &code(&secret, 0))],
        )
        .await;
    assert_eq!(r.status, 200);
    let codes: Vec<String> = r
        .html()
        .select(&sel("ul.codes li"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(codes.len(), 10, "ten recovery codes, shown once");

    // "Turn on" again from a stale tab does not replace the working secret.
    let r = s
        .post(
            "/admin/profile/totp",
            "/admin/profile",
            &[("action", "begin")],
        )
        .await;
    assert!(r.status.is_redirection() || r.status.is_success());
    assert_eq!(
        count(&s.get("/admin/profile").await.html(), "img.qr"),
        0,
        "no new enrolment"
    );

    // Sign in again: the password alone is not enough.
    let mut again = Staff::anonymous(&app);
    let r = again.sign_in("admin@news.test", PASSWORD).await;
    assert_eq!(r.header("location"), Some("/admin/login/totp"));
    assert!(
        !session_alive_pending(&mut again).await,
        "the dashboard waits for the code"
    );
    let r = again
        .post(
            "/admin/login/totp",
            "/admin/login/totp",
            &[("code", "123456")],
        )
        .await;
    assert_eq!(r.status, 401);
    // The second step speaks the person's language (the account's, Russian here).
    assert!(r.text().contains(&msg("ru", "totp-invalid")));
    // The code that confirmed enrolment was used: replaying it fails.
    let r = again
        .post(
            "/admin/login/totp",
            "/admin/login/totp",
            &[("code", &code(&secret, 0))],
        )
        .await;
    assert_eq!(r.status, 401, "a used code cannot be replayed");
    let pending = again.session.clone();
    let next = code(&secret, 1);
    let r = again
        .post("/admin/login/totp", "/admin/login/totp", &[("code", &next)])
        .await;
    assert_eq!(r.header("location"), Some("/admin"), "{}", r.text());
    assert_ne!(
        again.session, pending,
        "the session is rotated after the second factor"
    );
    assert!(session_alive(&mut again).await);
    // Replaying the code that just worked, in another sign-in, fails.
    let mut third = Staff::anonymous(&app);
    third.sign_in("admin@news.test", PASSWORD).await;
    let r = third
        .post("/admin/login/totp", "/admin/login/totp", &[("code", &next)])
        .await;
    assert_eq!(r.status, 401);
    // A recovery code works once.
    let r = third
        .post(
            "/admin/login/totp",
            "/admin/login/totp",
            &[("code", &codes[0].to_lowercase())],
        )
        .await;
    assert_eq!(r.header("location"), Some("/admin"), "{}", r.text());
    let mut fourth = Staff::anonymous(&app);
    fourth.sign_in("admin@news.test", PASSWORD).await;
    let r = fourth
        .post(
            "/admin/login/totp",
            "/admin/login/totp",
            &[("code", &codes[0])],
        )
        .await;
    assert_eq!(r.status, 401, "a recovery code is single-use");
}

/// A pending (password-only) session: the dashboard sends it to the code page.
async fn session_alive_pending(s: &mut Staff<'_>) -> bool {
    let r = s.get("/admin").await;
    assert_eq!(r.status, 303);
    r.header("location") != Some("/admin/login/totp")
}

#[tokio::test]
async fn one_time_links_are_single_use() {
    let app = TestApp::new().await;
    let admin = Actor::system("test");
    let link = app.site.invite(&admin, "", Role::Editor).await.unwrap();
    let path = link.url.trim_start_matches(ORIGIN).to_owned();
    let mut s = Staff::anonymous(&app);
    // A refused form keeps the link usable and the typed input.
    let r = s
        .post(
            &path,
            &path,
            &[
                ("name", "Ed"),
                ("email", "ed@news.test"),
                ("password", "short"),
                ("ui_lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    let doc = r.html();
    assert_eq!(attr_of(&doc, "#email", "value"), "ed@news.test");
    assert_eq!(count(&doc, "#password[value]"), 0, "never the password");
    assert!(text_of(&doc, "#password-error").contains(&msg("en", "password-too-short")));
    let r = s
        .post(
            &path,
            &path,
            &[
                ("name", "Ed"),
                ("email", "ed@news.test"),
                ("password", "password1234"),
                ("ui_lang", "en"),
            ],
        )
        .await;
    assert!(
        r.text().contains(&msg("en", "password-common")),
        "common passwords are refused"
    );
    let r = s
        .post(
            &path,
            &path,
            &[
                ("name", "Ed"),
                ("email", "ed@news.test"),
                ("password", PASSWORD),
                ("ui_lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    // Used: the page says so, and nothing more can be made with it.
    let r = s.get(&path).await;
    assert_eq!(r.status, 410);
    assert!(r.text().contains(&msg("en", "link-invalid")));
    let token = s.token("/admin/login").await;
    let r = s
        .post_raw(
            &path,
            &[("origin", ORIGIN)],
            form(&[
                ("csrf", &token),
                ("name", "Eve"),
                ("email", "eve@news.test"),
                ("password", PASSWORD),
                ("ui_lang", "en"),
            ]),
        )
        .await;
    assert_eq!(r.status, 410);
    assert!(
        app.site
            .user_by_email(&admin, "eve@news.test")
            .await
            .is_err(),
        "nothing was created"
    );
    // An unknown token is the same.
    assert_eq!(
        s.get("/admin/link/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            .await
            .status,
        410
    );
    // The first-admin link stops working once there is an admin.
    let first = app.site.first_admin_link().await.unwrap().unwrap();
    app.account(Role::Admin, "boss@news.test").await;
    let r = s.get(first.trim_start_matches(ORIGIN)).await;
    assert_eq!(r.status, 410);
    assert!(app.site.first_admin_link().await.unwrap().is_none());
}

#[tokio::test]
async fn oversized_forms_answer_413_and_unknown_fields_are_ignored() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    let token = s.token("/admin/profile").await;
    let big = "x".repeat(200 * 1024);
    let r = s
        .post_raw(
            "/admin/profile",
            &[("origin", ORIGIN)],
            form(&[("csrf", &token), ("name", &big)]),
        )
        .await;
    assert_eq!(r.status, 413);
    let r = s
        .post_raw(
            "/admin/profile",
            &[("origin", ORIGIN)],
            form(&[
                ("csrf", &token),
                ("name", "Kept Name"),
                ("ui_lang", "en"),
                ("zzz", "1"),
            ]),
        )
        .await;
    assert_eq!(r.status, 303);
    // A name the rules refuse: the form again, the input kept, the field named.
    let r = s
        .post_raw(
            "/admin/profile",
            &[("origin", ORIGIN)],
            form(&[("csrf", &token), ("name", "   "), ("ui_lang", "en")]),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(text_of(&r.html(), "#name-error").contains(&msg("en", "invalid-name")));
}

#[tokio::test]
async fn links_die_with_the_rights_of_who_made_them_and_resets_replace_each_other() {
    let app = TestApp::new().await;
    let mut a = app.signed_in(Role::Admin).await;
    app.account(Role::Admin, "b@news.test").await;
    let mut b = Staff::anonymous(&app);
    assert_eq!(b.sign_in("b@news.test", PASSWORD).await.status, 303);
    let r = b
        .post("/admin/staff/invite", "/admin/staff", &[("role", "admin")])
        .await;
    let link = attr_of(&r.html(), "#issued-url", "value");
    let path = link.trim_start_matches(ORIGIN).to_owned();
    let b_user = app
        .site
        .user_by_email(&Actor::system("t"), "b@news.test")
        .await
        .unwrap();
    let r = a
        .post(
            &format!("/admin/staff/{}/disable", b_user.id),
            "/admin/staff",
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    let mut stranger = Staff::anonymous(&app);
    assert_eq!(
        stranger.get(&path).await.status,
        410,
        "the disabled admin's invitation is dead"
    );
    let r = stranger
        .post(
            &path,
            "/admin/login",
            &[
                ("name", "Backdoor"),
                ("email", "bd@news.test"),
                ("password", PASSWORD),
                ("ui_lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 410);
    assert!(
        app.site
            .user_by_email(&Actor::system("t"), "bd@news.test")
            .await
            .is_err()
    );

    // Two reset links for one account: only the newest works.
    let system = Actor::system("t");
    app.site
        .set_disabled(&system, "", b_user.id, false)
        .await
        .unwrap();
    let first = app.site.issue_reset(&system, "", b_user.id).await.unwrap();
    let second = app.site.issue_reset(&system, "", b_user.id).await.unwrap();
    assert_eq!(
        stranger
            .get(first.url.trim_start_matches(ORIGIN))
            .await
            .status,
        410
    );
    assert_eq!(
        stranger
            .get(second.url.trim_start_matches(ORIGIN))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn sign_in_noise_is_bounded_in_the_audit_log() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let mut s = Staff::anonymous(&app);
    let long = format!("{}@news.test", "x".repeat(20_000));
    let mut statuses = Vec::new();
    for _ in 0..9 {
        statuses.push(
            s.sign_in(&long, "wrong password here")
                .await
                .status
                .as_u16(),
        );
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429, 429, 429]);
    let r = admin.get("/admin/audit.jsonl").await;
    let lines: Vec<serde_json::Value> = r
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let noisy: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l["action"] == "login_failed" || l["action"] == "login_limited")
        .collect();
    assert_eq!(
        noisy.len(),
        6,
        "five failures and the one that tripped the limit, no more"
    );
    assert!(
        noisy
            .iter()
            .all(|l| l["target"].as_str().unwrap().chars().count() <= 301),
        "a 20,000-character e-mail is not stored whole"
    );
}

#[tokio::test]
async fn guessing_ones_own_password_while_signed_in_is_throttled() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let r = s
            .post(
                "/admin/profile/password",
                "/admin/profile",
                &[
                    ("current", "a wrong guess here"),
                    ("password", "mango tractor velvet"),
                ],
            )
            .await;
        statuses.push(r.status.as_u16());
    }
    assert_eq!(statuses, [422, 422, 422, 422, 422, 429]);
}

#[tokio::test]
async fn repeated_fields_and_odd_bodies_get_the_form_not_an_error_in_english() {
    let app = TestApp::new().await;
    let link = app
        .site
        .invite(&Actor::system("t"), "", Role::Author)
        .await
        .unwrap();
    let path = link.url.trim_start_matches(ORIGIN).to_owned();
    let mut s = Staff::anonymous(&app);
    let token = s.token(&path).await;
    let body = form(&[
        ("csrf", &token),
        ("email", "one@news.test"),
        ("email", "two@news.test"),
        ("name", "One"),
        ("password", "short"),
        ("ui_lang", "en"),
    ]);
    let r = s
        .post_raw(
            &path,
            &[("origin", ORIGIN), ("content-type", "text/plain")],
            body,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert_eq!(
        attr_of(&r.html(), "#email", "value"),
        "one@news.test",
        "the first value wins"
    );
    // An admin's page with a filter given twice keeps the first, it does not drop the filter.
    let mut admin = app.signed_in(Role::Admin).await;
    let r = admin
        .get("/admin/audit.jsonl?action=role_changed&action=login_succeeded")
        .await;
    assert_eq!(
        r.text().lines().count(),
        0,
        "no role changes yet: the filter held"
    );
    let r = admin.get("/admin/audit?from=2026-13-45").await;
    assert_eq!(r.status, 422);
    let doc = r.html();
    assert_eq!(
        attr_of(&doc, "#from", "value"),
        "2026-13-45",
        "the typed filter is kept"
    );
    assert_eq!(count(&doc, ".notice-error"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guesses_sent_together_are_counted_one_after_another() {
    use tower::ServiceExt;
    let app = TestApp::new().await;
    app.account(Role::Author, "target@news.test").await;
    let mut s = Staff::anonymous(&app);
    let token = s.token("/admin/login").await;
    let cookie = format!("masthead_csrf={}", s.csrf_cookie.clone().unwrap());
    let mut set = tokio::task::JoinSet::new();
    for i in 0..16 {
        let password = if i == 15 {
            PASSWORD.to_owned()
        } else {
            format!("wrong guess number {i}")
        };
        let body = form(&[
            ("csrf", &token),
            ("email", "target@news.test"),
            ("password", &password),
        ]);
        let req = axum::http::Request::post("/admin/login")
            .header("cookie", &cookie)
            .header("origin", ORIGIN)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(body))
            .unwrap();
        let svc = app.app.clone();
        set.spawn(async move { (i, svc.oneshot(req).await.unwrap().status().as_u16()) });
        if i == 14 {
            // The right password goes out last, while the guesses are still being checked.
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    let mut statuses = vec![0u16; 16];
    while let Some(r) = set.join_next().await {
        let (i, status) = r.unwrap();
        statuses[i] = status;
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        5,
        "five guesses checked: {statuses:?}"
    );
    assert_eq!(
        statuses[15], 429,
        "the right password after them is refused too: {statuses:?}"
    );
}
