//! The newsroom's desk (SPEC N3, N4, N9, N10) through its HTTP forms: writing, the workflow by
//! role, pending edits, history, conflicts, translations, corrections.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead_core::{Role, Status};
use support::staff::Staff;
use support::{TestApp, attr_of, count, sel, text_of};

/// The text of the first element matching `css`, as is.
fn raw(doc: &scraper::Html, css: &str) -> String {
    doc.select(&sel(css))
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_else(|| panic!("no element matches `{css}`"))
}

/// The editor's fields for an English story in the demo's `economy` section.
fn story<'a>(title: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("edition", "en"),
        ("title", title),
        ("lead", "What happened, in one sentence."),
        ("body", body),
        ("section", "economy"),
        ("kicker", "Harbour works"),
        ("tags", "Port, Shipping"),
    ]
}

/// Creates an article through the editor; its id.
async fn write(s: &mut Staff<'_>, title: &str, body: &str, action: &str) -> i64 {
    let mut f = story(title, body);
    f.push(("action", action));
    let r = s.post("/admin/articles", "/admin/articles/new", &f).await;
    assert_eq!(r.status, 303, "creating {title}: {}", r.text());
    let to = r.header("location").unwrap_or_default().to_owned();
    to.trim_start_matches("/admin/articles/")
        .split('?')
        .next()
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("created article address: {to}"))
}

/// The revision the editor of article `id` is based on, as its form carries it.
async fn revision(s: &mut Staff<'_>, id: i64) -> String {
    let r = s.get(&format!("/admin/articles/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.text());
    attr_of(&r.html(), "input[name=revision]", "value")
}

/// Saves the editor's form over article `id` with `action`.
async fn save(
    s: &mut Staff<'_>,
    id: i64,
    rev: &str,
    title: &str,
    body: &str,
    action: &str,
) -> support::Resp {
    let mut f = story(title, body);
    f.push(("revision", rev));
    f.push(("action", action));
    s.post(&format!("/admin/articles/{id}"), "/admin", &f).await
}

async fn status_of(app: &TestApp, id: i64) -> Status {
    app.site
        .article_by_id(id)
        .await
        .expect("the store answers")
        .expect("the article exists")
        .status
}

#[tokio::test]
async fn a_contributor_writes_an_editor_publishes_and_readers_see_it() {
    let app = TestApp::new().await;
    let mut contributor = app.signed_in(Role::Contributor).await;
    let id = write(
        &mut contributor,
        "Harbour cranes arrive",
        "The **first** cranes came in.",
        "save",
    )
    .await;
    let page = contributor.get(&format!("/admin/articles/{id}")).await;
    assert_eq!(
        attr_of(&page.html(), "input[name=title]", "value"),
        "Harbour cranes arrive"
    );
    // No publish button for a contributor, and the form refused when sent anyway.
    assert_eq!(
        count(&page.html(), "button[name=action][value=published]"),
        0
    );
    let rev = revision(&mut contributor, id).await;
    let r = save(
        &mut contributor,
        id,
        &rev,
        "Harbour cranes arrive",
        "x",
        "published",
    )
    .await;
    assert_eq!(r.status, 403);
    assert_eq!(status_of(&app, id).await, Status::Draft);
    let r = save(
        &mut contributor,
        id,
        &rev,
        "Harbour cranes arrive",
        "The **first** cranes came in.",
        "review",
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(status_of(&app, id).await, Status::Review);

    let mut editor = app.signed_in(Role::Editor).await;
    let rev = revision(&mut editor, id).await;
    let r = save(
        &mut editor,
        id,
        &rev,
        "Harbour cranes arrive",
        "The **first** cranes came in.",
        "published",
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(status_of(&app, id).await, Status::Published);
    app.settle().await;
    let article = app.get("/en/post/harbour-cranes-arrive").await;
    assert_eq!(article.status, 200);
    let doc = article.html();
    assert_eq!(text_of(&doc, "h1.article-title"), "Harbour cranes arrive");
    assert_eq!(text_of(&doc, ".article-body strong"), "first");
    assert_eq!(text_of(&doc, "a.kicker"), "Harbour works");
    let home = app.get("/en/").await.text();
    assert!(
        home.contains("/en/post/harbour-cranes-arrive"),
        "home lists it"
    );
    let section = app.get("/en/category/economy").await.text();
    assert!(section.contains("/en/post/harbour-cranes-arrive"));
    let tag = app.get("/en/tag/shipping").await;
    assert_eq!(tag.status, 200, "a tag typed in the editor was created");
    // The publish is in the audit log, under the editor.
    let mut admin = app.signed_in(Role::Admin).await;
    let audit = admin
        .get("/admin/audit?action=article_status_changed")
        .await
        .text();
    assert!(audit.contains(&format!("article:{id}")), "{audit}");
}

#[tokio::test]
async fn an_author_publishes_own_work_only_and_an_editor_anyones() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::Author).await;
    let own = write(&mut author, "Author's own story", "Text.", "published").await;
    assert_eq!(status_of(&app, own).await, Status::Published);
    let mut editor = app.signed_in(Role::Editor).await;
    let theirs = write(&mut editor, "Editor's story", "Text.", "save").await;
    // Someone else's article: not shown, not saved, not moved.
    assert_eq!(
        author
            .get(&format!("/admin/articles/{theirs}"))
            .await
            .status,
        403
    );
    let r = save(&mut author, theirs, "1", "Taken over", "x", "published").await;
    assert_eq!(r.status, 403);
    assert_eq!(status_of(&app, theirs).await, Status::Draft);
    // An editor publishes the author's article too.
    let rev = revision(&mut editor, own).await;
    let r = save(
        &mut editor,
        own,
        &rev,
        "Author's own story, edited",
        "Text.",
        "save",
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
}

#[tokio::test]
async fn an_edit_saved_as_pending_waits_until_it_is_published() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = write(&mut editor, "Live headline", "Live text.", "published").await;
    let rev = revision(&mut editor, id).await;
    let r = save(
        &mut editor,
        id,
        &rev,
        "Live headline",
        "Corrected text.",
        "pending",
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let live = app.get("/en/post/live-headline").await.text();
    assert!(live.contains("Live text."), "the live page is unchanged");
    assert!(!live.contains("Corrected text."));
    // The editor shows the pending edit, and publishing it makes it live.
    let page = editor.get(&format!("/admin/articles/{id}")).await;
    let doc = page.html();
    assert_eq!(text_of(&doc, "textarea[name=body]"), "Corrected text.");
    assert_eq!(count(&doc, "button[value=publish_pending]"), 1);
    let rev = attr_of(&doc, "input[name=revision]", "value");
    let r = editor
        .post(
            &format!("/admin/articles/{id}"),
            "/admin",
            &[("revision", rev.as_str()), ("action", "publish_pending")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let live = app.get("/en/post/live-headline").await.text();
    assert!(live.contains("Corrected text."));
}

#[tokio::test]
async fn history_lists_every_save_compares_two_and_restores_one() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = write(&mut editor, "First title", "Old words here.", "save").await;
    let rev = revision(&mut editor, id).await;
    let r = save(
        &mut editor,
        id,
        &rev,
        "Second title",
        "New words here.",
        "save",
    )
    .await;
    assert_eq!(r.status, 303);
    let page = editor.get(&format!("/admin/articles/{id}/history")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let doc = page.html();
    let rows: Vec<String> = doc
        .select(&sel("input[name=from]"))
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(rows.len(), 2, "two saves with content: {}", page.text());
    let cmp = editor
        .get(&format!(
            "/admin/articles/{id}/history?from={}&to={}",
            rows[1], rows[0]
        ))
        .await;
    let doc = cmp.html();
    let removed: String = doc
        .select(&sel("del"))
        .map(|e| e.text().collect::<String>())
        .collect();
    let added: String = doc
        .select(&sel("ins"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(
        removed.contains("First") && removed.contains("Old"),
        "{removed}"
    );
    assert!(added.contains("Second") && added.contains("New"), "{added}");
    // Restoring the first save makes its text live again, as a new revision.
    let rev = revision(&mut editor, id).await;
    let r = editor
        .post(
            &format!("/admin/articles/{id}/restore"),
            "/admin",
            &[("revision", rev.as_str()), ("row", rows[1].as_str())],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let page = editor.get(&format!("/admin/articles/{id}")).await;
    assert_eq!(
        attr_of(&page.html(), "input[name=title]", "value"),
        "First title"
    );
    let history = editor
        .get(&format!("/admin/articles/{id}/history"))
        .await
        .html();
    assert_eq!(count(&history, "input[name=from]"), 3);
}

#[tokio::test]
async fn the_second_of_two_saves_is_told_who_saved_and_both_texts_are_kept() {
    let app = TestApp::new().await;
    let mut first = app.signed_in(Role::Editor).await;
    let mut second = app.signed_in(Role::Admin).await;
    let id = write(&mut first, "Shared story", "Original.", "save").await;
    let rev = revision(&mut first, id).await;
    let r = save(
        &mut first,
        id,
        &rev,
        "Shared story",
        "First person's text.",
        "save",
    )
    .await;
    assert_eq!(r.status, 303);
    // The second started from the same revision.
    let r = save(
        &mut second,
        id,
        &rev,
        "Shared story",
        "Second person's text.",
        "save",
    )
    .await;
    assert_eq!(r.status, 409, "{}", r.text());
    let doc = r.html();
    let alert = text_of(&doc, ".conflict");
    assert!(alert.contains("editor editor"), "names who saved: {alert}");
    let removed: String = doc
        .select(&sel(".conflict del"))
        .map(|e| e.text().collect::<String>())
        .collect();
    let added: String = doc
        .select(&sel(".conflict ins"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(removed.contains("First"), "shows their text: {alert}");
    assert!(added.contains("Second"), "and the one sent: {alert}");
    // The form still holds the second text, re-based so that saving again goes through.
    assert_eq!(
        text_of(&doc, "textarea[name=body]"),
        "Second person's text."
    );
    let rebased = attr_of(&doc, "input[name=revision]", "value");
    assert_ne!(rebased, rev);
    // Nothing live changed; the second text is in the history, newest row first.
    let live = app
        .site
        .article_by_id(id)
        .await
        .expect("the store answers")
        .expect("the article exists");
    assert_eq!(live.body_md, "First person's text.");
    let history = first
        .get(&format!("/admin/articles/{id}/history"))
        .await
        .html();
    let rows: Vec<String> = history
        .select(&sel("input[name=from]"))
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(rows.len(), 3, "created, saved, kept conflict");
    let cmp = first
        .get(&format!(
            "/admin/articles/{id}/history?from={}&to={}",
            rows[1], rows[0]
        ))
        .await
        .html();
    let added: String = cmp
        .select(&sel("ins"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(added.contains("Second"), "the kept text: {added}");
    let r = save(
        &mut second,
        id,
        &rebased,
        "Shared story",
        "Second person's text.",
        "save",
    )
    .await;
    assert_eq!(r.status, 303, "saving again goes through");
}

#[tokio::test]
async fn a_translation_goes_stale_when_its_source_changes() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = write(
        &mut editor,
        "Bridge opens",
        "The bridge opened.",
        "published",
    )
    .await;
    let r = editor
        .post(
            &format!("/admin/articles/{id}/translate"),
            "/admin",
            &[("edition", "ru")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let to = r.header("location").unwrap_or_default().to_owned();
    let tid: i64 = to
        .trim_start_matches("/admin/articles/")
        .split('?')
        .next()
        .and_then(|x| x.parse().ok())
        .expect("translation id");
    let tr = editor.get(&format!("/admin/articles/{tid}")).await.html();
    assert_eq!(
        text_of(&tr, "textarea[name=body]"),
        "The bridge opened.",
        "pre-filled from the source"
    );
    assert_eq!(count(&tr, ".stale"), 0);
    // Translating twice into the same edition is refused.
    let again = editor
        .post(
            &format!("/admin/articles/{id}/translate"),
            "/admin",
            &[("edition", "ru")],
        )
        .await;
    assert_eq!(again.status, 409);
    // The source changes: the translation is stale, with what changed.
    let rev = revision(&mut editor, id).await;
    let r = save(
        &mut editor,
        id,
        &rev,
        "Bridge opens",
        "The bridge opened to traffic.",
        "save",
    )
    .await;
    assert_eq!(r.status, 303);
    let tr = editor.get(&format!("/admin/articles/{tid}")).await.html();
    assert_eq!(count(&tr, ".stale"), 1);
    let added: String = tr
        .select(&sel(".stale ins"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(added.contains("traffic"), "{added}");
    let dash = editor.get("/admin").await.text();
    assert!(
        dash.contains(&format!("/admin/articles/{tid}")),
        "dashboard lists it"
    );
    // Marked up to date, it is stale no more.
    let rev = attr_of(&tr, "input[name=revision]", "value");
    let r = editor
        .post(
            &format!("/admin/articles/{tid}/translation-current"),
            "/admin",
            &[("revision", rev.as_str())],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let tr = editor.get(&format!("/admin/articles/{tid}")).await.html();
    assert_eq!(count(&tr, ".stale"), 0);
}

#[tokio::test]
async fn corrections_show_on_the_article_and_the_corrections_page() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = write(
        &mut editor,
        "Budget passed",
        "The budget passed.",
        "published",
    )
    .await;
    app.settle().await;
    let before = app.get("/en/post/budget-passed").await.html();
    let modified_before = attr_of(&before, "meta[property='article:modified_time']", "content");
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let r = editor
        .post(
            &format!("/admin/articles/{id}/corrections"),
            "/admin",
            &[
                ("kind", "correction"),
                ("text", "An earlier version gave the wrong vote count."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let page = app.get("/en/post/budget-passed").await;
    let doc = page.html();
    assert!(text_of(&doc, ".article-corrections").contains("wrong vote count"));
    assert_ne!(
        attr_of(&doc, "meta[property='article:modified_time']", "content"),
        modified_before,
        "dateModified moves"
    );
    // Feeds carry the new time: the Atom entry's `updated` moves to it.
    let modified: jiff::Timestamp =
        attr_of(&doc, "meta[property='article:modified_time']", "content")
            .parse()
            .unwrap();
    let atom = app.get("/en/atom.xml").await;
    let feed = atom_syndication::Feed::read_from(&atom.body[..]).unwrap();
    let entry = feed
        .entries()
        .iter()
        .find(|e| {
            e.links()
                .iter()
                .any(|l| l.href().ends_with("/en/post/budget-passed"))
        })
        .expect("the corrected article is in the feed");
    assert_eq!(entry.updated().timestamp(), modified.as_second());
    assert!(entry.published().unwrap().timestamp() < modified.as_second());
    let ld = news_article(&doc);
    assert_eq!(ld["correction"][0]["@type"], "CorrectionComment");
    assert_eq!(
        ld["correction"][0]["text"],
        "An earlier version gave the wrong vote count."
    );
    let list = app.get("/en/corrections").await;
    assert_eq!(list.status, 200);
    let doc = list.html();
    assert_eq!(text_of(&doc, ".correction-title a"), "Budget passed");
    assert!(text_of(&doc, ".correction-text").contains("wrong vote count"));
    // A draft takes no corrections; an empty note is refused with the form kept.
    let draft = write(&mut editor, "Unpublished thing", "x", "save").await;
    let r = editor
        .post(
            &format!("/admin/articles/{draft}/corrections"),
            "/admin",
            &[("kind", "update"), ("text", "x")],
        )
        .await;
    assert_eq!(r.status, 422);
    let r = editor
        .post(
            &format!("/admin/articles/{id}/corrections"),
            "/admin",
            &[("kind", "update"), ("text", "   ")],
        )
        .await;
    assert_eq!(r.status, 422);
}

#[tokio::test]
async fn a_refused_save_keeps_every_field_and_names_the_problem() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::Author).await;
    let long_seo = "s".repeat(400);
    let r = author
        .post(
            "/admin/articles",
            "/admin/articles/new",
            &[
                ("edition", "en"),
                ("title", "Kept title"),
                ("lead", "Kept lead"),
                ("body", "Kept body\n\nwith paragraphs."),
                ("section", "economy"),
                ("seo_description", long_seo.as_str()),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text());
    let doc = r.html();
    assert_eq!(attr_of(&doc, "input[name=title]", "value"), "Kept title");
    assert_eq!(
        raw(&doc, "textarea[name=body]").trim_start_matches('\n'),
        "Kept body\n\nwith paragraphs."
    );
    assert!(!text_of(&doc, "#seo_description-error").is_empty());
    // A body over the limit is 413.
    let huge = "x".repeat(5 * 1024 * 1024);
    let r = author
        .post(
            "/admin/articles",
            "/admin/articles/new",
            &[
                ("title", "Huge"),
                ("section", "economy"),
                ("body", huge.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, 413);
}

#[tokio::test]
async fn the_preview_is_the_sites_own_page_and_saves_nothing() {
    let app = TestApp::new().await;
    let mut contributor = app.signed_in(Role::Contributor).await;
    let mut f = story("Preview only", "A *styled* body.");
    f.push(("preview", "1"));
    let r = contributor
        .post("/admin/preview", "/admin/articles/new", &f)
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let doc = r.html();
    assert_eq!(text_of(&doc, "h1.article-title"), "Preview only");
    assert_eq!(text_of(&doc, ".article-body em"), "styled");
    assert_eq!(
        attr_of(&doc, "meta[name=robots]", "content"),
        "noindex",
        "a preview is never indexed"
    );
    let csp = r.header("content-security-policy").unwrap_or_default();
    assert!(csp.contains("frame-ancestors 'self'"), "{csp}");
    assert_eq!(r.header("cache-control"), Some("private, no-store"));
    assert_eq!(app.get("/en/post/preview-only").await.status, 404);
    assert_eq!(app.get("/en/tag/shipping").await.status, 404, "no tag made");
}

#[tokio::test]
async fn text_sent_after_the_session_ended_comes_back_after_signing_in_again() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    let id = write(&mut s, "Late night story", "First lines.", "save").await;
    let rev = revision(&mut s, id).await;
    let token = s.token("/admin").await;
    let old = s.session.clone();
    let r = s.post("/admin/logout", "/admin", &[]).await;
    assert_eq!(r.status, 303);
    // The browser still sends its old (now ended) session with the form it was writing.
    s.session = old;
    let body = support::staff::form(&[
        ("csrf", token.as_str()),
        ("revision", rev.as_str()),
        ("title", "Late night story"),
        ("section", "economy"),
        ("body", "Every word written before the session ended."),
        ("action", "save"),
    ]);
    let r = s
        .post_raw(
            &format!("/admin/articles/{id}"),
            &[("origin", support::staff::ORIGIN)],
            body,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/admin/login?done=parked"));
    let parked = support::staff::set_cookie(&r, "masthead_parked").expect("a parked-form cookie");
    let email = s.user.as_ref().map(|u| u.email.clone()).unwrap_or_default();
    let mut again = Staff::anonymous(&app);
    let r = again.sign_in(&email, support::staff::PASSWORD).await;
    assert_eq!(r.status, 303);
    let session = again.session.clone().unwrap_or_default();
    let cookie = format!("masthead_session={session}; masthead_parked={parked}");
    let h = [("cookie", cookie.as_str()), ("accept-language", "en")];
    let dash = app.get_with("/admin", &h).await;
    assert_eq!(dash.status, 303);
    assert_eq!(dash.header("location"), Some("/admin/parked"));
    let page = app.get_with("/admin/parked", &h).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let doc = page.html();
    assert_eq!(
        raw(&doc, "textarea[name=body]").trim_start_matches('\n'),
        "Every word written before the session ended."
    );
    assert_eq!(attr_of(&doc, "input[name=revision]", "value"), rev);
    // Shown once: the cookie is cleared and the form is not kept any more.
    assert!(support::staff::set_cookie(&page, "masthead_parked").is_some_and(|v| v.is_empty()));
    let r = app.get_with("/admin/parked", &h).await;
    assert_eq!(r.header("location"), Some("/admin"));
}

#[tokio::test]
async fn a_move_that_cannot_be_made_writes_nothing() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let id = write(&mut editor, "Not yet", "Old text.", "save").await;
    let rev = revision(&mut editor, id).await;
    // Scheduling without a time: refused, the text kept, nothing saved.
    let r = save(&mut editor, id, &rev, "Not yet", "New text.", "scheduled").await;
    assert_eq!(r.status, 422, "{}", r.text());
    let doc = r.html();
    assert_eq!(
        raw(&doc, "textarea[name=body]").trim_start_matches('\n'),
        "New text."
    );
    assert_eq!(attr_of(&doc, "input[name=revision]", "value"), rev);
    let a = app.site.article_by_id(id).await.unwrap().unwrap();
    assert_eq!(a.body_md, "Old text.");
    assert_eq!(a.revision.to_string(), rev);
    // With a time in the future it is scheduled.
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(30);
    let local = later
        .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Baku").unwrap())
        .strftime("%Y-%m-%dT%H:%M")
        .to_string();
    let mut f = story("Not yet", "New text.");
    f.push(("revision", rev.as_str()));
    f.push(("publish_at", local.as_str()));
    f.push(("action", "scheduled"));
    let r = editor
        .post(&format!("/admin/articles/{id}"), "/admin", &f)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(status_of(&app, id).await, Status::Scheduled);
}

#[tokio::test]
async fn a_byline_of_several_authors_shows_on_the_page_and_each_authors_listing() {
    let app = TestApp::new().await;
    let mut editor = app.signed_in(Role::Editor).await;
    let page = editor.get("/admin/articles/new?edition=en").await.html();
    let authors: Vec<String> = page
        .select(&sel("select[name=author] option"))
        .filter_map(|o| o.value().attr("value").map(str::to_owned))
        .filter(|v| !v.is_empty())
        .collect();
    assert!(authors.len() >= 3, "the demo has authors: {authors:?}");
    let mut f = story("Three bylines", "Text.");
    f.push(("author", authors[0].as_str()));
    // A multiple select sends the field once per chosen author.
    f.push(("coauthors", authors[1].as_str()));
    f.push(("coauthors", authors[2].as_str()));
    f.push(("action", "published"));
    let r = editor
        .post("/admin/articles", "/admin/articles/new", &f)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let doc = app.get("/en/post/three-bylines").await.html();
    let byline: Vec<String> = doc
        .select(&sel(".byline a[rel=author]"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(
        byline,
        authors[..3]
            .iter()
            .map(|a| format!("/en/author/{a}"))
            .collect::<Vec<_>>()
    );
    let ld = news_article(&doc);
    assert_eq!(ld["author"].as_array().map(Vec::len), Some(3));
    assert_eq!(ld["author"][0]["@type"], "Person");
    assert_eq!(
        ld["author"][0]["url"],
        format!("http://news.test/en/author/{}", authors[0])
    );
    for a in &authors[..3] {
        let listing = app.get(&format!("/en/author/{a}")).await.text();
        assert!(
            listing.contains("/en/post/three-bylines"),
            "{a}'s page lists it"
        );
    }
    // The editor shows the chosen co-authors again.
    let id = r
        .header("location")
        .unwrap_or_default()
        .trim_start_matches("/admin/articles/")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let ed = editor.get(&format!("/admin/articles/{id}")).await.html();
    assert_eq!(count(&ed, "select[name=coauthors] option[selected]"), 2);
}

#[tokio::test]
async fn two_saves_at_the_same_moment_give_one_save_and_one_told_conflict() {
    let app = TestApp::with_config(masthead::Config {
        // A file database: writers on separate connections, as in production.
        database_url: format!(
            "sqlite://{}",
            std::env::temp_dir()
                .join(format!("masthead-race-{}.db", std::process::id()))
                .display()
        ),
        ..TestApp::config()
    })
    .await;
    let mut a = app.signed_in(Role::Editor).await;
    let mut b = app.signed_in(Role::Admin).await;
    for round in 0..5 {
        let title = format!("Race {round}");
        let id = write(&mut a, &title, "Start.", "save").await;
        let rev = revision(&mut a, id).await;
        let ta = a.token("/admin").await;
        let tb = b.token("/admin").await;
        let body = |token: &str, text: &str| {
            let mut f = story(&title, text);
            f.push(("csrf", token));
            f.push(("revision", rev.as_str()));
            f.push(("action", "save"));
            support::staff::form(&f)
        };
        let (ba, bb) = (body(&ta, "Text of A."), body(&tb, "Text of B."));
        let path = format!("/admin/articles/{id}");
        let ha = vec![("origin", support::staff::ORIGIN)];
        let (ra, rb) = tokio::join!(a.post_raw(&path, &ha, ba), b.post_raw(&path, &ha, bb));
        let mut statuses = [ra.status.as_u16(), rb.status.as_u16()];
        statuses.sort();
        assert_eq!(
            statuses,
            [303, 409],
            "round {round}: one saves, the other is told"
        );
        let rows = a.get(&format!("/admin/articles/{id}/history")).await.text();
        assert!(
            rows.contains("conflict"),
            "round {round}: the losing text is kept"
        );
    }
    let _ = std::fs::remove_file(
        std::env::temp_dir().join(format!("masthead-race-{}.db", std::process::id())),
    );
}

#[tokio::test]
async fn a_long_cyrillic_article_over_two_mebibytes_encoded_is_saved() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    // 360,000 Cyrillic characters: 720 KB of text, 2.1 MB once a browser encodes the form.
    let body = "ж".repeat(360_000);
    let id = write(&mut s, "Long read", &body, "save").await;
    let a = app.site.article_by_id(id).await.unwrap().unwrap();
    assert_eq!(a.body_md.chars().count(), 360_000);
}

#[tokio::test]
async fn an_unpublished_draft_cannot_be_read_by_translating_it() {
    let app = TestApp::new().await;
    let mut owner = app.signed_in(Role::Contributor).await;
    let secret = write(&mut owner, "Secret draft", "Confidential source.", "save").await;
    let mut other = app.signed_in(Role::Author).await;
    let r = other
        .post(
            &format!("/admin/articles/{secret}/translate"),
            "/admin",
            &[("edition", "ru")],
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    // A published story may be translated by anyone on the desk.
    let mut editor = app.signed_in(Role::Editor).await;
    let public = write(&mut editor, "Public story", "Text.", "published").await;
    let r = other
        .post(
            &format!("/admin/articles/{public}/translate"),
            "/admin",
            &[("edition", "ru")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
}

#[tokio::test]
async fn every_wrong_field_is_named_at_once() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    let long_tag = "t".repeat(100);
    let r = s
        .post(
            "/admin/articles",
            "/admin/articles/new",
            &[
                ("edition", "en"),
                ("title", "Several problems"),
                ("section", "economy"),
                ("tags", long_tag.as_str()),
                ("cover_url", "javascript:alert(1)"),
                ("cover_alt", "x"),
                ("source_name", "Outlet"),
                ("source_url", "ftp://outlet.example"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text());
    let doc = r.html();
    for field in ["tags", "cover_url", "source_url"] {
        assert!(
            !text_of(&doc, &format!("#{field}-error")).is_empty(),
            "{field} is named"
        );
    }
    assert_eq!(
        attr_of(&doc, "input[name=title]", "value"),
        "Several problems"
    );
}

#[tokio::test]
async fn a_newsroom_address_asked_with_another_method_is_405() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Editor).await;
    let id = write(&mut s, "Methods", "Text.", "save").await;
    let cookie = format!("masthead_session={}", s.session.clone().unwrap_or_default());
    for (method, path) in [
        ("PUT", format!("/admin/articles/{id}")),
        ("DELETE", format!("/admin/articles/{id}")),
        ("GET", format!("/admin/articles/{id}/restore")),
    ] {
        let req = axum::http::Request::builder()
            .method(method)
            .uri(path.as_str())
            .header("cookie", cookie.as_str())
            .header("origin", support::staff::ORIGIN)
            .body(axum::body::Body::empty())
            .unwrap();
        let r = app.request(req).await;
        assert_eq!(r.status, 405, "{method} {path}");
        assert!(
            r.header("allow").is_some_and(|a| a.contains("POST")),
            "{method} {path}"
        );
    }
}

/// The page's `NewsArticle` JSON-LD block, parsed.
fn news_article(doc: &scraper::Html) -> serde_json::Value {
    doc.select(&sel("script[type='application/ld+json']"))
        .map(|s| serde_json::from_str::<serde_json::Value>(&s.text().collect::<String>()).unwrap())
        .find(|v| v["@type"] == "NewsArticle")
        .expect("a NewsArticle block")
}
