//! End-to-end browser test of the newsroom's door and roles: headless Chromium (through
//! `fantoccini`, set up in `browser_support`) against a fresh `masthead serve`. It creates the
//! first admin from the link the server prints, signs in, turns on TOTP, signs in again with a
//! code, invites an editor, creates the editor's account in another language, and checks that
//! the editor's pages speak it, that the editor sees no staff link and that /admin/staff
//! answers the editor with the localized 403 page.
//!
//! Without Chromium and ChromeDriver the test prints "skipped: ..." and passes, unless
//! `MASTHEAD_REQUIRE_BROWSER=1`, which makes it fail instead.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser_support;
mod support;

use browser_support::{
    Browser, Session, WAIT, assert_local_only, bounded, catch_panic, describe, mark_page,
    page_facts, wait_new_page,
};
use masthead_core::Lang;
use masthead_i18n::{Arg, Catalogs};
use serde_json::json;
use std::str::FromStr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use support::{Server, TempDir};
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// The longest the whole browser flow may run before it is abandoned and reported as failed.
const FLOW_LIMIT: Duration = Duration::from_secs(240);

/// The line `masthead serve` prints before the first-admin link (which follows, indented).
const FIRST_ADMIN_BANNER: &str = "No admin yet. Create the first admin within 24 hours";

const ADMIN_NAME: &str = "Ada Chief";
const ADMIN_EMAIL: &str = "ada.chief@masthead.example";
const ADMIN_PASSWORD: &str = "violet kettle drums at noon";
const EDITOR_NAME: &str = "Gor Editor";
const EDITOR_EMAIL: &str = "gor.editor@masthead.example";
const EDITOR_PASSWORD: &str = "amber lanterns over quiet hills";
/// The editor's newsroom language (not the admin's, so the check means something).
const EDITOR_LANG: Lang = Lang::Hy;

// ---------------------------------------------------------------------------------------------
// Strings, codes, the server's output
// ---------------------------------------------------------------------------------------------

/// A newsroom string as the binary renders it (the same embedded catalogs).
fn t(lang: Lang, key: &str) -> String {
    Catalogs::embedded().t(lang, key, &[])
}

/// A newsroom string with one string argument.
fn t_with(lang: Lang, key: &str, name: &str, value: &str) -> String {
    Catalogs::embedded().t(lang, key, &[(name, Arg::Str(value))])
}

/// The first-admin link `masthead serve` printed: the line after the banner, trimmed.
fn link_after_banner(output: &str) -> Option<String> {
    let mut lines = output.lines();
    lines.find(|l| l.contains(FIRST_ADMIN_BANNER))?;
    let next = lines.next()?;
    let link = next.trim();
    (!link.is_empty() && next.starts_with(char::is_whitespace)).then(|| link.to_owned())
}

/// Reads the first-admin link from the server's output (its stdout goes to `server.log`),
/// waiting at most WAIT for it to appear.
fn first_admin_link(server: &Server) -> String {
    let start = Instant::now();
    loop {
        let output = std::fs::read_to_string(&server.log).unwrap_or_default();
        if let Some(link) = link_after_banner(&output) {
            return link;
        }
        assert!(
            start.elapsed() < WAIT,
            "masthead serve on a fresh data dir should print {FIRST_ADMIN_BANNER:?} followed by an \
             indented link line, but within {WAIT:?} it did not\n{}",
            support::log_tail(&server.log, 4000)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The TOTP of the secret the profile page shows (base32 in groups of four).
fn totp_of(shown: &str) -> Totp {
    let secret: String = shown.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        secret.len() >= 16
            && secret
                .chars()
                .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c)),
        "code#totp-secret should hold a base32 secret (A-Z, 2-7, at least 16 characters once the \
         spaces are removed), got {shown:?}"
    );
    let secret = Secret::try_from_base32(&secret)
        .unwrap_or_else(|e| panic!("code#totp-secret {shown:?} is not base32: {e:?}"));
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_skew(1)
        .with_secret(secret)
        .build()
        .unwrap_or_else(|e| panic!("a TOTP from code#totp-secret {shown:?}: {e:?}"))
}

/// The code for the time step `ahead` seconds from now.
fn code_at(totp: &Totp, ahead: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    totp.generate(now + ahead).to_string()
}

// ---------------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------------

/// Clicks `button` (which submits a form) and waits for the answer's page; returns its URL.
async fn submit(b: &Session, base: &str, button: &str, what: &str) -> String {
    mark_page(b).await;
    b.find(button).await.click().await;
    let url = wait_new_page(b, &format!("the page after {what}")).await;
    assert_local_only(b, base, &format!("after {what}")).await;
    url
}

/// Opens a URL and waits for it to load; returns the URL the browser ended on (after redirects).
async fn open(b: &Session, base: &str, url: &str) -> String {
    b.goto(url).await;
    let now = wait_new_page(b, &format!("{url} to load")).await;
    assert_local_only(b, base, &format!("opening {url}")).await;
    now
}

/// The path and query of a URL on the test server.
fn path_of(url: &str) -> String {
    let u = url::Url::parse(url).unwrap_or_else(|e| panic!("the browser's URL {url:?}: {e}"));
    match u.query() {
        Some(q) => format!("{}?{q}", u.path()),
        None => u.path().to_owned(),
    }
}

/// Asserts that the browser is at `want` (path and query) after `context`.
async fn assert_at(b: &Session, url: &str, want: &str, context: &str) {
    assert_eq!(
        path_of(url),
        want,
        "{context}: the browser should be at {want} {}",
        describe(b).await
    );
}

/// Asserts the page's `<html lang>` and h1.
async fn assert_page(b: &Session, lang: Lang, h1: &str, context: &str) {
    let f = page_facts(b).await;
    assert_eq!(
        f["lang"],
        json!(lang.code()),
        "{context}: <html lang> should be {:?} {}",
        lang.code(),
        describe(b).await
    );
    assert_eq!(
        f["h1"],
        json!(h1),
        "{context}: the h1 should be {h1:?} {}",
        describe(b).await
    );
}

/// The trimmed text of the first element matching `css`, or `None` when there is none.
async fn text_of(b: &Session, css: &str) -> Option<String> {
    let v = b
        .js(
            "const e = document.querySelector(arguments[0]);
             return e ? e.textContent.replace(/\\s+/g, ' ').trim() : null;",
            vec![json!(css)],
        )
        .await;
    v.as_str().map(str::to_owned)
}

/// Asserts that the first `css` element's text contains `want`.
async fn assert_text(b: &Session, css: &str, want: &str, context: &str) {
    let got = text_of(b, css).await;
    assert!(
        got.as_deref().is_some_and(|g| g.contains(want)),
        "{context}: {css} should say {want:?}, but it is {got:?} {}",
        describe(b).await
    );
}

/// Clears a field and types `text` into it.
async fn fill(b: &Session, css: &str, text: &str) {
    let field = b.find(css).await;
    field.clear().await;
    field.send_keys(text).await;
    let v = b
        .js(
            "return document.querySelector(arguments[0]).value",
            vec![json!(css)],
        )
        .await;
    assert_eq!(v, json!(text), "{css} should hold what was typed into it");
}

/// Picks the option with `value` in a `<select>` by clicking it.
async fn choose(b: &Session, select: &str, value: &str) {
    b.find(&format!("{select} option[value=\"{value}\"]"))
        .await
        .click()
        .await;
    let v = b
        .js(
            "return document.querySelector(arguments[0]).value",
            vec![json!(select)],
        )
        .await;
    assert_eq!(
        v,
        json!(value),
        "after clicking its option {value:?}, {select} should have the value {value:?}"
    );
}

/// The hrefs of the newsroom navigation's links.
async fn nav_links(b: &Session) -> Vec<String> {
    let v = b
        .js(
            "return Array.from(document.querySelectorAll('nav.admin-nav a'))
                 .map(a => a.getAttribute('href'));",
            vec![],
        )
        .await;
    serde_json::from_value(v).expect("nav hrefs are strings")
}

/// Fills the one-time link's form and submits it; asserts the redirect to the sign-in page.
async fn create_account(b: &Session, base: &str, name: &str, email: &str, lang: Lang, pw: &str) {
    fill(b, "#name", name).await;
    fill(b, "#email", email).await;
    choose(b, "#ui_lang", lang.code()).await;
    fill(b, "#password", pw).await;
    let url = submit(b, base, ".btn-primary", "creating the account").await;
    assert_at(
        b,
        &url,
        "/admin/login?done=account-created",
        &format!("creating the account of {email}"),
    )
    .await;
}

/// Fills the sign-in form and submits it; the URL the browser ends on.
async fn sign_in(b: &Session, base: &str, email: &str, pw: &str) -> String {
    fill(b, "#email", email).await;
    fill(b, "#password", pw).await;
    submit(
        b,
        base,
        ".btn-primary",
        &format!("signing in as {email} with the password"),
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// The flow
// ---------------------------------------------------------------------------------------------

async fn flow(b: Session, base: String, first_link: String) {
    let base = base.as_str();
    let en = Lang::En;

    // --- The first admin, from the link the server printed.
    let url = open(&b, base, &first_link).await;
    assert_eq!(
        url,
        first_link,
        "the first-admin link should open without a redirect {}",
        describe(&b).await
    );
    let door = page_facts(&b).await["lang"]
        .as_str()
        .and_then(|l| Lang::from_str(l).ok())
        .unwrap_or_else(|| panic!("the link page has no known <html lang>"));
    assert_page(
        &b,
        door,
        &t(door, "admin-first-admin-title"),
        "the first-admin link",
    )
    .await;
    let options = b
        .js(
            "return Array.from(document.querySelectorAll('#ui_lang option')).map(o => o.value);",
            vec![],
        )
        .await;
    assert_eq!(
        options,
        json!(["ru", "en", "hy"]),
        "select#ui_lang on the link page should offer the newsroom's languages ru, en, hy"
    );
    create_account(&b, base, ADMIN_NAME, ADMIN_EMAIL, en, ADMIN_PASSWORD).await;
    assert_text(
        &b,
        ".notice",
        &t(door, "done-account-created"),
        "the sign-in page after the first admin was created",
    )
    .await;

    // The link works once.
    let url = open(&b, base, &first_link).await;
    assert_eq!(
        path_of(&url),
        path_of(&first_link),
        "opening the used first-admin link again should stay on it (no redirect) {}",
        describe(&b).await
    );
    let status = page_facts(&b).await["status"].clone();
    assert_eq!(
        status,
        json!(410),
        "the used first-admin link should answer 410 Gone {}",
        describe(&b).await
    );
    assert_page(
        &b,
        door,
        &t(door, "admin-link-invalid-title"),
        "the used first-admin link",
    )
    .await;

    // --- Sign in with the password: no second factor yet, straight to the dashboard.
    open(&b, base, &format!("{base}/admin/login")).await;
    assert_page(
        &b,
        door,
        &t(door, "admin-sign-in-title"),
        "the sign-in page",
    )
    .await;
    let url = sign_in(&b, base, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_at(&b, &url, "/admin", "the admin's first sign-in").await;
    assert_page(
        &b,
        en,
        &t(en, "admin-dashboard"),
        "the admin's dashboard (English chosen)",
    )
    .await;
    assert_text(
        &b,
        ".admin-me-name",
        ADMIN_NAME,
        "the header of the admin's dashboard",
    )
    .await;
    assert_text(
        &b,
        ".role-badge",
        &t(en, "role-admin"),
        "the admin's role badge",
    )
    .await;
    let nav = nav_links(&b).await;
    assert!(
        nav.iter().any(|h| h == "/admin/staff"),
        "the admin's nav.admin-nav should link to /admin/staff; its links: {nav:?}"
    );

    // --- Turn on TOTP on the profile page.
    let url = open(&b, base, &format!("{base}/admin/profile")).await;
    assert_at(&b, &url, "/admin/profile", "opening the profile").await;
    assert_page(&b, en, &t(en, "admin-profile"), "the admin's profile").await;
    assert_text(
        &b,
        "#totp",
        &t(en, "admin-totp-is-off"),
        "section#totp before enrolment",
    )
    .await;
    assert_text(
        &b,
        "#totp form button[type=submit]",
        &t(en, "admin-totp-turn-on"),
        "the TOTP button before enrolment",
    )
    .await;
    let url = submit(
        &b,
        base,
        "#totp form button[type=submit]",
        "clicking \"Turn on\"",
    )
    .await;
    assert_at(&b, &url, "/admin/profile", "starting TOTP enrolment").await;
    let qr = b
        .wait_for(
            "the QR code (img.qr) to be decoded",
            "const img = document.querySelector('#totp img.qr');
             return img && img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;",
        )
        .await;
    assert!(
        qr.as_u64().is_some_and(|w| w >= 21),
        "img.qr should be a real QR code image, its natural width is {qr}"
    );
    let shown = text_of(&b, "code#totp-secret").await.unwrap_or_else(|| {
        panic!("after \"Turn on\" the page should show code#totp-secret (none found)")
    });
    let totp = totp_of(&shown);
    let confirm_code = code_at(&totp, 0);
    fill(&b, "#totp-code", &confirm_code).await;
    let url = submit(
        &b,
        base,
        "#totp button.btn-primary",
        "confirming TOTP with a code",
    )
    .await;
    assert_at(&b, &url, "/admin/profile/totp", "confirming TOTP").await;
    let codes = b
        .js(
            "return Array.from(document.querySelectorAll('#totp ul.codes li'))
                 .map(li => li.textContent.trim());",
            vec![],
        )
        .await;
    let codes: Vec<String> = serde_json::from_value(codes).expect("codes are strings");
    assert!(
        codes.len() == 10
            && codes
                .iter()
                .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'),
        "after confirming TOTP with code {confirm_code} the page should list 10 recovery codes \
         (XXXXX-XXXXX) in ul.codes, got {codes:?} {}",
        describe(&b).await
    );
    assert_text(
        &b,
        "#totp",
        &t(en, "admin-totp-is-on"),
        "section#totp after confirming",
    )
    .await;

    // --- Sign out.
    let url = submit(
        &b,
        base,
        "form[action=\"/admin/logout\"] button.btn-link",
        "clicking \"Sign out\"",
    )
    .await;
    assert_at(&b, &url, "/admin/login?done=signed-out", "signing out").await;
    assert_text(
        &b,
        ".notice",
        &t(door, "done-signed-out"),
        "the sign-in page after signing out",
    )
    .await;
    let url = open(&b, base, &format!("{base}/admin")).await;
    assert_at(
        &b,
        &url,
        "/admin/login",
        "opening /admin after signing out (should send to sign-in)",
    )
    .await;

    // --- Sign in again: the password, then a TOTP code of a later step than the one used.
    let url = sign_in(&b, base, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_at(
        &b,
        &url,
        "/admin/login/totp",
        "signing in with the password when TOTP is on",
    )
    .await;
    assert_page(&b, en, &t(en, "admin-totp-title"), "the second-factor step").await;
    let login_code = code_at(&totp, 30);
    fill(&b, "#code", &login_code).await;
    let url = submit(&b, base, ".btn-primary", "giving the TOTP code").await;
    assert_at(
        &b,
        &url,
        "/admin",
        &format!("the TOTP code {login_code} (for now + 30 s)"),
    )
    .await;
    assert_page(
        &b,
        en,
        &t(en, "admin-dashboard"),
        "the admin's dashboard after the second factor",
    )
    .await;

    // --- Invite an editor.
    let url = open(&b, base, &format!("{base}/admin/staff")).await;
    assert_at(&b, &url, "/admin/staff", "opening the staff page").await;
    assert_page(&b, en, &t(en, "admin-staff"), "the staff page").await;
    choose(&b, "#invite-role", "editor").await;
    let url = submit(
        &b,
        base,
        "form[action=\"/admin/staff/invite\"] button[type=submit]",
        "making an invitation for an editor",
    )
    .await;
    assert_at(&b, &url, "/admin/staff/invite", "making the invitation").await;
    assert_text(
        &b,
        ".issued-link",
        &t_with(en, "admin-invite-made", "role", &t(en, "role-editor")),
        "the notice of the new invitation",
    )
    .await;
    let invite = bounded(
        "read input#issued-url's value",
        b.find("input#issued-url").await.inner().attr("value"),
    )
    .await
    .unwrap_or_default();
    let link_prefix = format!("{base}/admin/link/");
    assert!(
        invite.len() > link_prefix.len() && invite.starts_with(&link_prefix),
        "input#issued-url should hold a link {link_prefix}TOKEN, got {invite:?}"
    );
    assert_ne!(
        invite, first_link,
        "the invitation should be a new link, not the first-admin one"
    );

    // --- A stranger (no cookies) opens the invitation and becomes the editor.
    bounded("delete all cookies", b.client().delete_all_cookies()).await;
    let cookies = bounded("get all cookies", b.client().get_all_cookies()).await;
    assert!(
        cookies.is_empty(),
        "after deleting all cookies the browser should have none, it has {cookies:?}"
    );
    let url = open(&b, base, &invite).await;
    assert_eq!(
        url,
        invite,
        "the invitation should open without a redirect {}",
        describe(&b).await
    );
    assert_page(
        &b,
        door,
        &t(door, "admin-invite-title"),
        "the invitation page",
    )
    .await;
    assert_text(
        &b,
        ".door-card .hint",
        &t_with(door, "admin-invite-hint", "role", &t(door, "role-editor")),
        "the invitation page's hint",
    )
    .await;
    assert!(
        b.js(
            "return document.querySelector('.admin-me') === null",
            vec![]
        )
        .await
            == json!(true),
        "nobody should be signed in on the invitation page after the cookies were deleted {}",
        describe(&b).await
    );
    create_account(
        &b,
        base,
        EDITOR_NAME,
        EDITOR_EMAIL,
        EDITOR_LANG,
        EDITOR_PASSWORD,
    )
    .await;

    // --- The editor signs in: no TOTP, the dashboard in the editor's language.
    let url = sign_in(&b, base, EDITOR_EMAIL, EDITOR_PASSWORD).await;
    assert_at(&b, &url, "/admin", "the editor's sign-in").await;
    let hy = EDITOR_LANG;
    for key in ["admin-dashboard", "admin-forbidden-title", "role-editor"] {
        assert_ne!(
            t(hy, key),
            t(en, key),
            "the catalogs should have a {} `{key}` different from the English one",
            hy.code()
        );
    }
    assert_page(
        &b,
        hy,
        &t(hy, "admin-dashboard"),
        "the editor's dashboard (their language chosen at sign-up)",
    )
    .await;
    assert_text(
        &b,
        ".role-badge",
        &t(hy, "role-editor"),
        "the editor's role badge",
    )
    .await;
    assert_text(
        &b,
        "form[action=\"/admin/logout\"] button.btn-link",
        &t(hy, "admin-sign-out"),
        "the editor's sign-out button",
    )
    .await;
    let nav = nav_links(&b).await;
    assert!(
        nav.iter().any(|h| h == "/admin") && nav.iter().any(|h| h == "/admin/profile"),
        "the editor's nav.admin-nav should link to /admin and /admin/profile; its links: {nav:?}"
    );
    assert!(
        !nav.iter().any(|h| h.starts_with("/admin/staff")),
        "the editor's nav.admin-nav should not link to /admin/staff; its links: {nav:?}"
    );
    let staff_links = b
        .js(
            "return document.querySelectorAll('a[href^=\"/admin/staff\"]').length",
            vec![],
        )
        .await;
    assert_eq!(
        staff_links,
        json!(0),
        "the editor's dashboard should have no link to /admin/staff anywhere"
    );

    // --- The editor asks for the staff page anyway: 403, in the editor's language.
    let url = open(&b, base, &format!("{base}/admin/staff")).await;
    assert_at(&b, &url, "/admin/staff", "the editor opening /admin/staff").await;
    let status = page_facts(&b).await["status"].clone();
    assert_eq!(
        status,
        json!(403),
        "GET /admin/staff as an editor should answer 403 {}",
        describe(&b).await
    );
    assert_page(
        &b,
        hy,
        &t(hy, "admin-forbidden-title"),
        "the editor's 403 page",
    )
    .await;
    assert_text(
        &b,
        "main",
        &t(hy, "forbidden"),
        "the editor's 403 page text",
    )
    .await;
    assert!(
        !b.js(
            "return document.body.innerHTML.includes('issued-url')",
            vec![]
        )
        .await
        .as_bool()
        .unwrap_or(true),
        "the editor's 403 page should not contain the staff page's invitation form"
    );
}

#[tokio::test]
async fn newsroom_door_totp_and_roles_in_a_real_browser() {
    let Some(programs) = browser_support::programs_or_skip() else {
        return;
    };
    let started = Instant::now();

    // Closed in reverse order: the browser session, then chromedriver, then the server.
    let tmp = TempDir::new("admin-browser");
    let server = Server::start(
        &tmp.join("data"),
        &tmp.join("serve.log"),
        &[],
        Duration::from_secs(15),
    );
    let first_link = first_admin_link(&server);
    let base = server.base();
    assert!(
        first_link.starts_with(&format!("{base}/admin/link/")),
        "the first-admin link should be {base}/admin/link/TOKEN, got {first_link:?}"
    );
    let browser = Browser::launch(&programs, tmp.path()).await;

    let result = catch_panic(
        FLOW_LIMIT,
        flow(browser.session().clone(), base, first_link),
    )
    .await;
    let driver_log = browser.driver_log_tail();
    browser.close().await;
    drop(server);
    if let Err(e) = result {
        panic!(
            "the newsroom browser flow failed:\n{e}\n{}\n{driver_log}",
            support::log_tail(&tmp.join("serve.log"), 4000)
        );
    }
    eprintln!("newsroom browser flow: ok ({:?})", started.elapsed());
}
