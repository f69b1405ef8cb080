//! N6 (with N1, N8, B1, B4): the site settings page (admins) and the breaking strip and ads
//! page (editors and admins). A save shows on the site at once (cached pages are purged) and
//! leaves one audit entry; bad input answers the form again with each error beside its field
//! and everything typed kept; hostile ad HTML is inert; a strip disappears after its end.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::Role;
use scraper::Html;
use support::staff::*;
use support::*;

/// A form's fields as a browser would send them: text, hidden, number and date inputs, ticked
/// boxes and radios, text areas, the selected option of each select.
fn fields_of(doc: &Html, form: &str) -> Vec<(String, String)> {
    let form = doc
        .select(&sel(form))
        .next()
        .unwrap_or_else(|| panic!("no form {form}"));
    let mut out = Vec::new();
    for el in form.select(&sel("input, textarea, select")) {
        let v = el.value();
        let Some(name) = v.attr("name") else { continue };
        let value = match v.name() {
            "textarea" => el.text().collect::<String>(),
            "select" => el
                .select(&sel("option[selected]"))
                .next()
                .or_else(|| el.select(&sel("option")).next())
                .and_then(|o| o.value().attr("value"))
                .unwrap_or("")
                .to_owned(),
            _ => match v.attr("type").unwrap_or("text") {
                "checkbox" | "radio" if v.attr("checked").is_none() => continue,
                _ => v.attr("value").unwrap_or("").to_owned(),
            },
        };
        out.push((name.to_owned(), value));
    }
    out
}

/// Replaces every value of `name` by `value`.
fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_owned(), value.to_owned()));
}

/// Posts a page's form with `change` applied to its fields, as the browser would.
async fn submit(
    s: &mut Staff<'_>,
    page: &str,
    form: &str,
    action: &str,
    change: impl FnOnce(&mut Vec<(String, String)>),
) -> Resp {
    let doc = s.get(page).await.html();
    let mut fields = fields_of(&doc, form);
    change(&mut fields);
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    s.post_raw(action, &[("origin", ORIGIN)], form_body(&pairs))
        .await
}

fn form_body(pairs: &[(&str, &str)]) -> String {
    form(pairs)
}

fn lang_of(s: &Staff<'_>) -> &'static str {
    s.user.as_ref().unwrap().ui_lang.code()
}

/// The audit log's settings entries, as JSON lines.
async fn settings_audit(s: &mut Staff<'_>) -> Vec<serde_json::Value> {
    let r = s.get("/admin/audit.jsonl?action=settings_changed").await;
    assert_eq!(r.status, 200);
    r.text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A time `secs` from now in the site's time zone, as a `datetime-local` field takes it.
fn local_in(secs: i64) -> String {
    let tz = jiff::tz::TimeZone::get("Asia/Baku").unwrap();
    (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(secs))
        .to_zoned_datetime(tz)
        .strftime("%Y-%m-%dT%H:%M:%S")
        .to_string()
}

#[tokio::test]
async fn an_admin_saves_settings_and_the_site_shows_them_at_once() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    // Pages cached before the save.
    assert_eq!(app.get("/").await.status, 200);
    assert_eq!(app.get("/en/").await.status, 200);
    assert!(!app.cache.is_empty(), "the home pages are cached");

    let r = submit(
        &mut admin,
        "/admin/settings",
        "form.settings-form",
        "/admin/settings",
        |f| {
            set(f, "site_name", "  Caspian Herald ");
            set(f, "social.telegram", "https://t.me/caspian_herald");
            set(f, "app.ios", "https://apps.apple.com/app/id424242");
            set(
                f,
                "reprint_policy.en",
                "Reprints need a link to caspian-herald.example.",
            );
        },
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(
        r.header("location"),
        Some("/admin/settings?done=settings-saved")
    );
    app.settle().await;

    let home = app.get("/").await.html();
    assert_eq!(text_of(&home, ".brand-row .logo-word"), "Caspian Herald");
    assert_eq!(
        count(
            &home,
            ".topbar .social a[href='https://t.me/caspian_herald']"
        ),
        1
    );
    assert_eq!(
        count(&home, ".apps a[href='https://apps.apple.com/app/id424242']"),
        1
    );
    let en = app.get("/en/").await.html();
    assert_eq!(
        text_of(&en, ".reprint-policy"),
        "Reprints need a link to caspian-herald.example."
    );
    assert!(text_of(&en, ".copyright").contains("Caspian Herald"));

    // The page after the redirect says so, in the person's language, with the new values.
    let r = admin.get("/admin/settings?done=settings-saved").await;
    let doc = r.html();
    assert_eq!(
        text_of(&doc, ".notice-ok"),
        msg(lang_of(&admin), "done-settings-saved")
    );
    assert_eq!(
        attr_of(&doc, "input[name=site_name]", "value"),
        "Caspian Herald"
    );

    // One audit entry for the save, naming the keys that changed (and only those).
    let entries = settings_audit(&mut admin).await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    let detail = entries[0]["detail"].as_str().unwrap();
    for key in [
        "site_name",
        "social.telegram",
        "app.ios",
        "reprint_policy.en",
    ] {
        assert!(detail.contains(key), "{key} in {detail}");
    }
    assert!(!detail.contains("social.youtube"), "{detail}");

    // Saving the same form again changes nothing and writes nothing.
    let r = submit(
        &mut admin,
        "/admin/settings",
        "form.settings-form",
        "/admin/settings",
        |_| {},
    )
    .await;
    assert_eq!(
        r.header("location"),
        Some("/admin/settings?done=settings-unchanged")
    );
    assert_eq!(settings_audit(&mut admin).await.len(), 1);
}

#[tokio::test]
async fn editions_and_time_zone_are_saved_in_order() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    let r = submit(
        &mut admin,
        "/admin/settings",
        "form.settings-form",
        "/admin/settings",
        |f| {
            f.retain(|(k, _)| k != "editions");
            for code in ["hy", "en", "ru"] {
                f.push(("editions".into(), code.into()));
            }
            set(f, "default_edition", "en");
            set(f, "time_zone", "Asia/Yerevan");
        },
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let s = app.site.settings();
    assert_eq!(
        s.editions,
        [
            masthead_core::Lang::En,
            masthead_core::Lang::Hy,
            masthead_core::Lang::Ru
        ]
    );
    assert_eq!(s.time_zone_name, "Asia/Yerevan");
    // English is now served at `/`, Russian under `/ru/`.
    assert_eq!(attr_of(&app.get("/").await.html(), "html", "lang"), "en");
    assert_eq!(app.get("/ru/").await.status, 200);
}

#[tokio::test]
async fn editors_manage_the_strip_and_ads_only_and_writers_neither() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    assert_eq!(editor.get("/admin/settings").await.status, 403);
    let r = editor
        .post("/admin/settings", "/admin/strip", &[("site_name", "Taken")])
        .await;
    assert_eq!(r.status, 403);
    assert_ne!(app.site.settings().site_name, "Taken");
    let r = editor.get("/admin/strip").await;
    assert_eq!(r.status, 200);
    let doc = r.html();
    assert_eq!(count(&doc, "nav.admin-nav a[href='/admin/strip']"), 1);
    assert_eq!(count(&doc, "nav.admin-nav a[href='/admin/settings']"), 0);
    assert_eq!(
        count(&doc, "textarea[name=html]"),
        0,
        "HTML ads are for admins"
    );

    for role in [Role::Contributor, Role::Author] {
        let mut s = app.signed_in(role).await;
        for path in ["/admin/settings", "/admin/strip"] {
            assert_eq!(s.get(path).await.status, 403, "{role:?} {path}");
        }
        for path in ["/admin/strip/ru", "/admin/ads", "/admin/ads/1/delete"] {
            let r = s
                .post(path, "/admin/profile", &[("text", "Hijacked")])
                .await;
            assert_eq!(r.status, 403, "{role:?} POST {path}");
        }
        let doc = s.get("/admin").await.html();
        assert_eq!(count(&doc, "nav.admin-nav a[href='/admin/strip']"), 0);
        assert_eq!(count(&doc, "nav.admin-nav a[href='/admin/settings']"), 0);
    }
    assert!(app.site.settings().strip(masthead_core::Lang::Ru).is_none());

    let mut admin = app.signed_in(Role::Admin).await;
    let doc = admin.get("/admin").await.html();
    assert_eq!(count(&doc, "nav.admin-nav a[href='/admin/strip']"), 1);
    assert_eq!(count(&doc, "nav.admin-nav a[href='/admin/settings']"), 1);
    assert!(
        count(
            &admin.get("/admin/strip").await.html(),
            "textarea[name=html]"
        ) > 0
    );
}

#[tokio::test]
async fn bad_settings_are_named_beside_their_fields_with_everything_kept() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    // In the person's language, not the site's default one.
    let r = admin
        .post(
            "/admin/profile",
            "/admin/profile",
            &[("name", "Ani"), ("ui_lang", "hy")],
        )
        .await;
    assert_eq!(r.status, 303);
    let name_before = app.site.settings().site_name.clone();
    let r = submit(
        &mut admin,
        "/admin/settings",
        "form.settings-form",
        "/admin/settings",
        |f| {
            set(f, "site_name", "   ");
            f.retain(|(k, _)| k != "editions");
            f.push(("editions".into(), "en".into()));
            f.push(("editions".into(), "xx".into()));
            set(f, "time_zone", "Mars/Olympus");
            set(f, "social.twitter", "javascript:alert(1)");
            set(f, "reprint_policy.hy", "Կարելի է արտատպել հղումով։");
        },
    )
    .await;
    assert_eq!(r.status, 422, "{}", r.text());
    let lang = "hy";
    let doc = r.html();
    assert_eq!(attr_of(&doc, "html", "lang"), lang);
    for (id, key) in [
        ("site_name-error", "invalid-site-name"),
        ("editions-error", "unknown-edition"),
        ("time_zone-error", "invalid-time-zone"),
        ("social.twitter-error", "invalid-https-url"),
    ] {
        assert_eq!(
            text_of(&doc, &format!("[id='{id}']")),
            msg(lang, key),
            "{id}"
        );
    }
    assert_eq!(
        text_of(&doc, ".notice-error"),
        msg(lang, "invalid-form"),
        "the form says it was not saved"
    );
    assert_eq!(
        attr_of(&doc, "input[name=time_zone]", "aria-invalid"),
        "true"
    );
    // Everything typed is kept.
    assert_eq!(
        attr_of(&doc, "input[name=time_zone]", "value"),
        "Mars/Olympus"
    );
    assert_eq!(
        attr_of(&doc, "input[name='social.twitter']", "value"),
        "javascript:alert(1)"
    );
    assert_eq!(
        text_of(&doc, "textarea[name='reprint_policy.hy']"),
        "Կարելի է արտատպել հղումով։"
    );
    assert_eq!(count(&doc, "input[name=editions][value=en][checked]"), 1);
    assert_eq!(count(&doc, "input[name=editions][value=ru][checked]"), 0);
    // Nothing was written.
    assert_eq!(app.site.settings().site_name, name_before);
    assert!(settings_audit(&mut admin).await.is_empty());

    // An empty list of editions, and a default that is not ticked.
    let r = submit(
        &mut admin,
        "/admin/settings",
        "form.settings-form",
        "/admin/settings",
        |f| {
            f.retain(|(k, _)| k != "editions");
        },
    )
    .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        text_of(&r.html(), "[id='editions-error']"),
        msg(lang, "editions-empty")
    );
}

#[tokio::test]
async fn a_bad_strip_is_named_beside_its_fields_with_everything_kept() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let lang = lang_of(&editor);
    let long = "Ж".repeat(300);
    let r = editor
        .post(
            "/admin/strip/en",
            "/admin/strip",
            &[
                ("action", "save"),
                ("text", &long),
                ("link", "//evil.example"),
                ("until", "2001-01-01T10:00"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text());
    let doc = r.html();
    for (id, key) in [
        ("strip-en-text-error", "invalid-strip-text"),
        ("strip-en-link-error", "invalid-strip-link"),
        ("strip-en-until-error", "strip-until-past"),
    ] {
        assert_eq!(text_of(&doc, &format!("#{id}")), msg(lang, key), "{id}");
    }
    assert_eq!(attr_of(&doc, "#strip-en-text", "value"), long);
    assert_eq!(attr_of(&doc, "#strip-en-link", "value"), "//evil.example");
    assert_eq!(attr_of(&doc, "#strip-en-link", "inputmode"), "url");
    assert_eq!(
        attr_of(&doc, "#strip-en-until", "value"),
        "2001-01-01T10:00"
    );
    // The other editions' forms are untouched.
    assert_eq!(count(&doc, "#strip-ru-text-error"), 0);
    assert!(app.site.settings().strip(masthead_core::Lang::En).is_none());

    // A link to another site written as a path, and an edition the site does not have.
    let r = editor
        .post(
            "/admin/strip/en",
            "/admin/strip",
            &[("text", "Polls"), ("link", "/\\evil.example")],
        )
        .await;
    assert_eq!(r.status, 422);
    let r = editor
        .post("/admin/strip/xx", "/admin/strip", &[("text", "Polls")])
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        text_of(&r.html(), ".notice-error"),
        msg(lang, "unknown-edition")
    );
}

#[tokio::test]
async fn the_breaking_strip_shows_on_the_home_page_until_its_end() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    // Cached before the strip is set.
    assert_eq!(count(&app.get("/").await.html(), ".breaking-strip"), 0);
    let until = local_in(3);
    let r = editor
        .post(
            "/admin/strip/ru",
            "/admin/strip",
            &[
                ("action", "save"),
                ("text", "Избирательные участки закрываются в 20:00"),
                ("link", "/category/politics"),
                ("until", &until),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let home = app.get("/").await.html();
    assert_eq!(
        text_of(&home, ".breaking-strip a"),
        "Избирательные участки закрываются в 20:00"
    );
    assert_eq!(
        attr_of(&home, ".breaking-strip a", "href"),
        "/category/politics"
    );
    assert_eq!(count(&home, ".breaking"), 1, "in place of the article");
    assert_eq!(
        count(&app.get("/en/").await.html(), ".breaking-strip"),
        0,
        "another edition's strip"
    );
    let doc = editor.get("/admin/strip").await.html();
    assert!(text_of(&doc, "#strip-ru").contains(&msg(lang_of(&editor), "strip-shown")));

    // After its end the strip is gone, from the cached page too, with no job run.
    assert_eq!(count(&app.get("/").await.html(), ".breaking-strip"), 1);
    tokio::time::sleep(std::time::Duration::from_millis(3300)).await;
    assert_eq!(count(&app.get("/").await.html(), ".breaking-strip"), 0);
    let doc = editor.get("/admin/strip").await.html();
    assert!(text_of(&doc, "#strip-ru").contains(&msg(lang_of(&editor), "strip-expired")));

    // Set without an end, then cleared.
    let r = editor
        .post(
            "/admin/strip/ru",
            "/admin/strip",
            &[("action", "save"), ("text", "Прямой эфир")],
        )
        .await;
    assert_eq!(r.status, 303);
    app.settle().await;
    assert_eq!(
        text_of(&app.get("/").await.html(), ".breaking-strip .breaking-text"),
        "Прямой эфир"
    );
    let r = editor
        .post("/admin/strip/ru", "/admin/strip", &[("action", "clear")])
        .await;
    assert_eq!(
        r.header("location"),
        Some("/admin/strip?done=strip-cleared")
    );
    app.settle().await;
    assert_eq!(count(&app.get("/").await.html(), ".breaking-strip"), 0);

    // Each save is one audit entry.
    let mut admin = app.signed_in(Role::Admin).await;
    let entries = settings_audit(&mut admin).await;
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert!(
        entries
            .iter()
            .all(|e| e["detail"].as_str().unwrap().contains("breaking.ru.text"))
    );
}

#[tokio::test]
async fn hostile_ad_html_is_inert_on_the_site() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Admin).await;
    assert_eq!(app.get("/en/").await.status, 200);
    let hostile = r#"<p>Fresh <strong>coffee</strong><script>alert(1)</script></p>
<img src="https://cdn.example/c.png" onerror="alert(2)" alt="Cup">
<a href="javascript:alert(3)">click</a> <a href="https://coffee.example/">shop</a>
<iframe src="https://evil.example/"></iframe><span style="position:fixed" onmouseover="alert(4)">x</span>"#;
    let r = admin
        .post(
            "/admin/ads",
            "/admin/strip",
            &[
                ("slot", "home"),
                ("edition", "en"),
                ("width", "300"),
                ("height", "250"),
                ("html", hostile),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let page = app.get("/en/").await;
    let doc = page.html();
    let slot = doc
        .select(&sel(".ad-slot .ad-html"))
        .next()
        .expect("the HTML ad is in the home page's slot")
        .inner_html();
    for bad in [
        "script",
        "onerror",
        "onmouseover",
        "javascript:",
        "iframe",
        "style",
        "alert",
    ] {
        assert!(!slot.contains(bad), "{bad} in {slot}");
    }
    assert!(slot.contains("<strong>coffee</strong>"), "{slot}");
    assert!(slot.contains(r#"href="https://coffee.example/""#), "{slot}");
    assert!(!page.text().contains("alert("), "nowhere on the page");

    // An editor's HTML has no effect; an image ad needs its image, link and text.
    let mut editor = app.signed_in(Role::Editor).await;
    let r = editor
        .post(
            "/admin/ads",
            "/admin/strip",
            &[
                ("slot", "article"),
                ("width", "300"),
                ("height", "250"),
                ("html", "<p>Sneaky</p>"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    let doc = r.html();
    let lang = lang_of(&editor);
    assert_eq!(
        text_of(&doc, "#ad-new-image_url-error"),
        msg(lang, "invalid-ad-url")
    );
    assert_eq!(
        attr_of(&doc, "#ad-new-width", "value"),
        "300",
        "typed values kept"
    );
    let r = editor
        .post(
            "/admin/ads",
            "/admin/strip",
            &[
                ("slot", "article"),
                ("image_url", "javascript:alert(1)"),
                ("link_url", "https://shop.example/"),
                ("alt", "Shop"),
                ("width", "300"),
                ("height", "250"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        attr_of(&r.html(), "#ad-new-image_url", "value"),
        "javascript:alert(1)"
    );
}

#[tokio::test]
async fn ads_are_added_changed_and_removed_with_the_site_following() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    assert_eq!(app.get("/en/").await.status, 200);
    let r = editor
        .post(
            "/admin/ads",
            "/admin/strip",
            &[
                ("slot", "home"),
                ("edition", "en"),
                ("image_url", "/static/ads/ad-300x250.svg"),
                ("link_url", "https://tea.example/"),
                ("alt", "Tea of the Caucasus"),
                ("width", "300"),
                ("height", "250"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let id: i64 = r
        .header("location")
        .unwrap()
        .rsplit("#ad-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    app.settle().await;
    let doc = app.get("/en/").await.html();
    assert_eq!(attr_of(&doc, ".ad-slot img", "alt"), "Tea of the Caucasus");
    let r = submit(
        &mut editor,
        "/admin/strip",
        &format!("form[action='/admin/ads/{id}']"),
        &format!("/admin/ads/{id}"),
        |f| set(f, "alt", "Mountain tea"),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    assert_eq!(
        attr_of(&app.get("/en/").await.html(), ".ad-slot img", "alt"),
        "Mountain tea"
    );
    let r = editor
        .post(&format!("/admin/ads/{id}/delete"), "/admin/strip", &[])
        .await;
    assert_eq!(r.header("location"), Some("/admin/strip?done=ad-removed"));
    app.settle().await;
    assert_ne!(
        attr_of(&app.get("/en/").await.html(), ".ad-slot img", "alt"),
        "Mountain tea",
        "the shared ad is back"
    );
    let r = editor
        .post(&format!("/admin/ads/{id}/delete"), "/admin/strip", &[])
        .await;
    assert_eq!(r.status, 404, "already removed");
    let mut admin = app.signed_in(Role::Admin).await;
    let entries = settings_audit(&mut admin).await;
    let targets: Vec<&str> = entries
        .iter()
        .map(|e| e["target"].as_str().unwrap())
        .collect();
    let target = format!("ad:{id}");
    assert_eq!(targets, [target.as_str(); 3], "added, changed, removed");
}
