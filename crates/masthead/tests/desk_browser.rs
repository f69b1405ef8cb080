//! End-to-end browser test of the newsroom's desk (SPEC N3, N4, N5, N10): headless Chromium
//! (through `fantoccini`, set up in `browser_support`) against a fresh `masthead serve` with the
//! demo content. An author and an editor are made with `masthead user add`; the author signs in,
//! writes an article in the English edition, uploads its cover through the editor's own upload
//! dialog, previews it in the preview frame and sends it to review; the editor finds it on the
//! dashboard and publishes it; a reader (no cookies) sees it on the home and section pages with
//! a WebP `srcset`, and on its page; the editor translates it into Russian, changes the English
//! body, and the translation shows the stale notice with the changed words and is listed on the
//! dashboard as a stale translation.
//!
//! Without Chromium and ChromeDriver the test prints "skipped: ..." and passes, unless
//! `MASTHEAD_REQUIRE_BROWSER=1`, which makes it fail instead.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser_support;
mod support;

use browser_support::{
    Browser, COMMAND_TIMEOUT, Session, WAIT, assert_local_only, bounded, catch_panic, describe,
    mark_page, wait_new_page,
};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{Server, TempDir};

/// The longest the whole browser flow may run before it is abandoned and reported as failed.
const FLOW_LIMIT: Duration = Duration::from_secs(300);
/// Bound on each `masthead user add` (an Argon2 hash in a debug build included).
const CLI_TIMEOUT: Duration = Duration::from_secs(60);

const AUTHOR_NAME: &str = "Nora Writer";
const AUTHOR_EMAIL: &str = "nora.writer@masthead.example";
const AUTHOR_PASSWORD: &str = "copper whistles under cold rain";
const EDITOR_NAME: &str = "Ivo Desk";
const EDITOR_EMAIL: &str = "ivo.desk@masthead.example";
const EDITOR_PASSWORD: &str = "marble gardens behind the old mill";

const TITLE: &str = "Harbour cranes return to the old port";
const LEAD: &str = "Three cranes came back after ten years of silence on the quay.";
const BODY: &str = "The first crane was lifted into place on Monday morning.\n\nDock workers said the harbour felt alive again.";
/// The body after the source's change: the words in CHANGED_WORDS are new.
const BODY_CHANGED: &str = "The first crane was lifted into place on Monday morning.\n\nDock workers said the harbour felt alive again, and the mayor promised four more cranes.";
const CHANGED_WORDS: &str = "mayor promised four more cranes";
const SECTION: &str = "economy";
const COVER_ALT: &str = "Three orange cranes against a pale sky";
const COVER_CAPTION: &str = "The cranes on the north quay";
const COVER_CREDIT: &str = "Desk test";
/// The cover's size: wider than the first variant width (320), so the srcset has several.
const COVER_W: u32 = 800;
const COVER_H: u32 = 450;

/// The step the flow is in, named in the failure report, so that a failure inside a helper (a
/// WebDriver error, a bounded wait) still says which step it broke.
static STEP: std::sync::Mutex<&'static str> = std::sync::Mutex::new("step 1 (accounts)");

/// Records that the flow has begun `step`.
fn begin(step: &'static str) {
    *STEP
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = step;
}

/// The step the flow is in.
fn current_step() -> &'static str {
    *STEP
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

// ---------------------------------------------------------------------------------------------
// A small PNG, made by hand (no image crate here): stored deflate blocks, Adler-32 and CRC-32
// ---------------------------------------------------------------------------------------------

/// CRC-32 (IEEE) as PNG uses it.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Adler-32 as zlib uses it.
fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

/// Appends one PNG chunk (length, type, data, CRC of type and data).
fn push_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// An opaque RGB PNG: a gradient with a checkerboard, so its variants are real pictures.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::with_capacity(((width * 3 + 1) * height) as usize);
    for y in 0..height {
        raw.push(0); // filter: none
        for x in 0..width {
            let r = u8::try_from(x * 255 / width).unwrap();
            let g = u8::try_from(y * 255 / height).unwrap();
            let b = if (x / 25 + y / 25) % 2 == 0 { 40 } else { 200 };
            raw.extend_from_slice(&[r, g, b]);
        }
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len())); // BFINAL, BTYPE 00 (stored)
        let len = u16::try_from(block.len()).unwrap();
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    zlib.extend_from_slice(&adler32(&raw).to_be_bytes());

    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8 bits, RGB, deflate, no filter set, no interlace
    push_chunk(&mut out, b"IHDR", &ihdr);
    push_chunk(&mut out, b"IDAT", &zlib);
    push_chunk(&mut out, b"IEND", &[]);
    out
}

// ---------------------------------------------------------------------------------------------
// Accounts from the command line
// ---------------------------------------------------------------------------------------------

/// `masthead user add --email E --name N --role R --password-stdin --data-dir DATA`, which must
/// print "created N <E> as R"; killed and failed after CLI_TIMEOUT.
fn add_user(data: &Path, email: &str, name: &str, role: &str, password: &str) {
    let data = data.to_str().expect("a UTF-8 temp path");
    let args = [
        "user",
        "add",
        "--email",
        email,
        "--name",
        name,
        "--role",
        role,
        "--password-stdin",
        "--data-dir",
        data,
    ];
    let mut cmd = Command::new(support::BIN);
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("MASTHEAD_") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("step 1 (accounts): starting masthead {args:?}: {e}"));
    {
        let mut pipe = child.stdin.take().expect("the child's stdin");
        let _ = pipe.write_all(format!("{password}\n").as_bytes());
    }
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = reader(Box::new(child.stdout.take().expect("the child's stdout")));
    let err = reader(Box::new(child.stderr.take().expect("the child's stderr")));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for masthead user add") {
            break status;
        }
        if start.elapsed() > CLI_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "step 1 (accounts): masthead {args:?} did not finish within {CLI_TIMEOUT:?}; \
                 stderr:\n{}",
                err.join().unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = out.join().expect("reading stdout");
    let stderr = err.join().expect("reading stderr");
    assert!(
        status.success() && stdout.trim() == format!("created {name} <{email}> as {role}"),
        "step 1 (accounts): masthead user add --email {email} --role {role} should print \
         \"created {name} <{email}> as {role}\" and exit 0; it exited {status}\n--- stdout ---\n\
         {stdout}--- stderr ---\n{stderr}--- end ---"
    );
}

// ---------------------------------------------------------------------------------------------
// Page helpers (the same as admin_browser.rs)
// ---------------------------------------------------------------------------------------------

/// Scrolls the first `css` element to the middle of the window and clicks it. (WebDriver
/// scrolls an element only until it is in view, which leaves one below the window at its
/// bottom edge: under the editor's sticky action bar.)
async fn click(b: &Session, css: &str) {
    let found = b
        .js(
            "const e = document.querySelector(arguments[0]);
             if (!e) return false;
             e.scrollIntoView({ block: 'center', inline: 'nearest' });
             return true;",
            vec![json!(css)],
        )
        .await;
    assert_eq!(
        found,
        json!(true),
        "there is no {css} to click {}",
        describe(b).await
    );
    b.find(css).await.click().await;
}

/// Clicks `button` (which submits a form) and waits for the answer's page; returns its URL.
async fn submit(b: &Session, base: &str, button: &str, what: &str) -> String {
    mark_page(b).await;
    click(b, button).await;
    let url = wait_new_page(b, &format!("the page after {what}")).await;
    assert_local_only(b, base, &format!("after {what}")).await;
    url
}

/// Like [`submit`], but accepts a confirm dialog if the click opens one (`data-confirm`).
async fn submit_confirming(b: &Session, base: &str, button: &str, what: &str) -> String {
    mark_page(b).await;
    click(b, button).await;
    match tokio::time::timeout(COMMAND_TIMEOUT, b.client().get_alert_text()).await {
        Ok(Ok(text)) => {
            eprintln!("{what}: accepting the confirm dialog {text:?}");
            bounded("accept the confirm dialog", b.client().accept_alert()).await;
        }
        Ok(Err(e)) if e.is_no_such_alert() => {}
        Ok(Err(e)) => panic!("WebDriver get the alert text after {what}: {e}"),
        Err(_) => panic!("WebDriver get the alert text after {what}: no answer"),
    }
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

/// The value of the first form field matching `css`, or `None` when there is none.
async fn value_of(b: &Session, css: &str) -> Option<String> {
    let v = b
        .js(
            "const e = document.querySelector(arguments[0]); return e ? e.value : null;",
            vec![json!(css)],
        )
        .await;
    v.as_str().map(str::to_owned)
}

/// How many elements match `css`.
async fn count(b: &Session, css: &str) -> u64 {
    b.js(
        "return document.querySelectorAll(arguments[0]).length",
        vec![json!(css)],
    )
    .await
    .as_u64()
    .unwrap_or(0)
}

/// Clears a field and types `text` into it.
async fn fill(b: &Session, css: &str, text: &str) {
    let field = b.find(css).await;
    field.clear().await;
    field.send_keys(text).await;
    let v = value_of(b, css).await;
    assert_eq!(
        v.as_deref(),
        Some(text),
        "{css} should hold what was typed into it"
    );
}

/// Picks the option with `value` in a `<select>` by clicking it.
async fn choose(b: &Session, select: &str, value: &str) {
    b.find(&format!("{select} option[value=\"{value}\"]"))
        .await
        .click()
        .await;
    let v = value_of(b, select).await;
    assert_eq!(
        v.as_deref(),
        Some(value),
        "after clicking its option {value:?}, {select} should have the value {value:?}"
    );
}

/// Signs in from the sign-in page; asserts the dashboard.
async fn sign_in(b: &Session, base: &str, email: &str, pw: &str, step: &str) {
    let url = open(b, base, &format!("{base}/admin/login")).await;
    assert_at(
        b,
        &url,
        "/admin/login",
        &format!("{step}: the sign-in page"),
    )
    .await;
    fill(b, "#email", email).await;
    fill(b, "#password", pw).await;
    let url = submit(b, base, ".btn-primary", &format!("signing in as {email}")).await;
    assert_at(
        b,
        &url,
        "/admin",
        &format!("{step}: signing in as {email} (no second factor) should land on the dashboard"),
    )
    .await;
}

/// Signs out with the header's button; asserts the sign-in page.
async fn sign_out(b: &Session, base: &str, step: &str) {
    let url = submit(
        b,
        base,
        "form[action=\"/admin/logout\"] button.btn-link",
        "clicking \"Sign out\"",
    )
    .await;
    assert_at(
        b,
        &url,
        "/admin/login?done=signed-out",
        &format!("{step}: signing out"),
    )
    .await;
}

/// The article id in an editor URL `/admin/articles/{id}?…`.
fn article_id(url: &str, context: &str) -> i64 {
    let path = path_of(url);
    path.strip_prefix("/admin/articles/")
        .and_then(|rest| rest.split(['?', '/']).next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| {
            panic!("{context}: expected an editor URL /admin/articles/ID, got {url}")
        })
}

/// The cards of a reader page that link to `post_path`, each with its picture's sources.
async fn cards_linking_to(b: &Session, post_path: &str) -> Vec<Value> {
    let v = b
        .js(
            "const want = arguments[0];
             return Array.from(document.querySelectorAll('article.card'))
               .filter(c => Array.from(c.querySelectorAll('a[href]'))
                 .some(a => new URL(a.href).pathname === want))
               .map(c => {
                 const s = c.querySelector('picture source[type=\"image/webp\"]');
                 const img = c.querySelector('img');
                 const t = c.querySelector('.card-title');
                 return {
                   class: c.className,
                   title: t ? t.textContent.trim() : null,
                   webp_srcset: s ? s.getAttribute('srcset') : null,
                   img_srcset: img ? img.getAttribute('srcset') : null,
                 };
               });",
            vec![json!(post_path)],
        )
        .await;
    serde_json::from_value(v).expect("cards are objects")
}

/// Opens a reader page and waits (reloading, at most WAIT) until it has a card for
/// `post_path`; returns those cards.
async fn wait_for_cards(
    b: &Session,
    base: &str,
    url: &str,
    post_path: &str,
    step: &str,
) -> Vec<Value> {
    let start = Instant::now();
    loop {
        open(b, base, url).await;
        let cards = cards_linking_to(b, post_path).await;
        if !cards.is_empty() {
            return cards;
        }
        assert!(
            start.elapsed() < WAIT,
            "{step}: {url} should list the published article {post_path} within {WAIT:?} \
             (no article.card links to it) {}",
            describe(b).await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Asserts that one of `cards` has a `<source type="image/webp">` whose srcset has a 320w
/// WebP variant, and an `<img>` with a srcset too.
fn assert_card_srcset(cards: &[Value], page: &str, step: &str) {
    let ok = cards.iter().any(|c| {
        let webp = c["webp_srcset"].as_str().unwrap_or_default();
        let img = c["img_srcset"].as_str().unwrap_or_default();
        webp.contains(".webp 320w") && img.contains(" 320w")
    });
    assert!(
        ok,
        "{step}: on {page} the card of the article should have a <picture> with \
         <source type=\"image/webp\" srcset=\"… 320w, …\"> and an <img srcset> (the uploaded \
         cover in its variants); its cards: {cards:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The flow
// ---------------------------------------------------------------------------------------------

async fn flow(b: Session, base: String, cover_file: String) {
    let base = base.as_str();

    // --- Step 2: the author writes the article.
    const S2: &str = "step 2 (the author writes the article)";
    begin(S2);
    sign_in(&b, base, AUTHOR_EMAIL, AUTHOR_PASSWORD, S2).await;
    let url = open(&b, base, &format!("{base}/admin/articles/new?edition=en")).await;
    assert_at(
        &b,
        &url,
        "/admin/articles/new?edition=en",
        &format!("{S2}: opening the new-article editor"),
    )
    .await;
    assert_eq!(
        value_of(&b, "#edition").await.as_deref(),
        Some("en"),
        "{S2}: select#edition of /admin/articles/new?edition=en should be en {}",
        describe(&b).await
    );
    fill(&b, "#title", TITLE).await;
    fill(&b, "#lead", LEAD).await;
    fill(&b, "#body", BODY).await;
    choose(&b, "#section", SECTION).await;

    // The cover, through the editor's own upload control: the button opens the file chooser
    // (intercepted, so that no native dialog opens), the file goes into the hidden input, the
    // dialog asks for its description, and the answer fills the cover fields.
    b.cdp(
        "Page.setInterceptFileChooserDialog",
        json!({ "enabled": true }),
    )
    .await;
    let shown = b
        .js(
            "const btn = document.querySelector('button[data-cover-upload]');
             return !!btn && !btn.hidden && btn.getBoundingClientRect().width > 0;",
            vec![],
        )
        .await;
    assert_eq!(
        shown,
        json!(true),
        "{S2}: the cover's upload button (button[data-cover-upload]) should be shown once \
         admin.js runs {}",
        describe(&b).await
    );
    click(&b, "button[data-cover-upload]").await;
    b.find("input[data-upload-input]")
        .await
        .send_keys(&cover_file)
        .await;
    b.wait_for(
        &format!("{S2}: the upload dialog (dialog[data-upload-dialog]) to open"),
        "const d = document.querySelector('dialog[data-upload-dialog]'); return !!d && d.open;",
    )
    .await;
    fill(&b, "#upload-alt", COVER_ALT).await;
    fill(&b, "#upload-caption", COVER_CAPTION).await;
    fill(&b, "#upload-credit", COVER_CREDIT).await;
    click(&b, "button[data-upload-go]").await;
    let cover_url = b
        .wait_for(
            &format!("{S2}: the upload to finish and fill input#cover_url with /media/…"),
            "const d = document.querySelector('dialog[data-upload-dialog]');
             const u = document.querySelector('#cover_url').value;
             return (!d.open && u.startsWith('/media/')) ? u : null;",
        )
        .await;
    let cover_url = cover_url.as_str().unwrap_or_default().to_owned();
    assert!(
        cover_url.ends_with(&format!("-{COVER_W}.png")),
        "{S2}: the uploaded {COVER_W}×{COVER_H} PNG should be at /media/STEM-{COVER_W}.png, \
         input#cover_url holds {cover_url:?}"
    );
    for (css, want) in [
        ("#cover_alt", COVER_ALT),
        ("#cover_caption", COVER_CAPTION),
        ("#cover_credit", COVER_CREDIT),
    ] {
        assert_eq!(
            value_of(&b, css).await.as_deref(),
            Some(want),
            "{S2}: after the upload {css} should hold what the upload dialog was given"
        );
    }
    let error = text_of(&b, "[data-upload-error]").await.unwrap_or_default();
    assert!(
        error.is_empty(),
        "{S2}: the upload dialog shows an error: {error:?}"
    );
    b.wait_for(
        &format!("{S2}: the cover thumbnail (img[data-cover-thumb]) to show the upload"),
        "const i = document.querySelector('img[data-cover-thumb]');
         return !!i && !i.hidden && i.complete && i.naturalWidth > 0;",
    )
    .await;

    // --- Step 3: the preview frame shows the article.
    const S3: &str = "step 3 (preview)";
    begin(S3);
    click(&b, "button[data-preview-button]").await;
    let title_js = serde_json::to_string(TITLE).expect("a JSON string");
    b.wait_for(
        &format!("{S3}: the preview frame (iframe[name=masthead-preview]) to show the title"),
        &format!(
            "const f = document.querySelector('iframe[name=\"masthead-preview\"]');
             let d = null;
             try {{ d = f && f.contentDocument; }} catch (e) {{ d = null; }}
             const h = d && d.readyState === 'complete' && d.querySelector('h1');
             return !!h && h.textContent.includes({title_js});"
        ),
    )
    .await;
    let frame = b.find("iframe[name=\"masthead-preview\"]").await;
    bounded(
        "switch to the frame masthead-preview",
        frame.inner().enter_frame(),
    )
    .await;
    let inside = b
        .js(
            "const h = document.querySelector('h1');
             const s = document.querySelector('.article-cover source[type=\"image/webp\"]');
             return {
               h1: h ? h.textContent.trim() : null,
               text: document.body.innerText,
               webp_srcset: s ? s.getAttribute('srcset') : null,
             };",
            vec![],
        )
        .await;
    bounded("leave the preview frame", b.client().enter_parent_frame()).await;
    assert_eq!(
        inside["h1"],
        json!(TITLE),
        "{S3}: the preview frame's h1 should be the title typed; the frame: {inside:#}"
    );
    let text = inside["text"].as_str().unwrap_or_default();
    assert!(
        text.contains(LEAD) && text.contains("Dock workers said the harbour felt alive again"),
        "{S3}: the preview frame should show the lead and the body typed; the frame: {inside:#}"
    );
    assert!(
        inside["webp_srcset"]
            .as_str()
            .is_some_and(|s| s.contains(" 320w")),
        "{S3}: the preview's cover should have a WebP srcset with 320w; the frame: {inside:#}"
    );

    // --- Step 4: the author sends it to review and signs out.
    const S4: &str = "step 4 (send to review)";
    begin(S4);
    assert_eq!(
        count(&b, "button[name=\"action\"][value=\"review\"]").await,
        1,
        "{S4}: the new article's editor should have one \"Send to review\" button \
         (button[name=action][value=review]) {}",
        describe(&b).await
    );
    let url = submit(
        &b,
        base,
        "button[name=\"action\"][value=\"review\"]",
        "clicking \"Send to review\"",
    )
    .await;
    let id = article_id(&url, S4);
    // A new article sent straight to review is created by POST /admin/articles, which answers
    // `?done=saved` whatever the action; once autosave has created it (after 20 s), the same
    // click goes to POST /admin/articles/{id}, which answers `?done=article-moved`. Either is
    // accepted here; the status tag below is what counts.
    let landed = path_of(&url);
    assert!(
        [
            format!("/admin/articles/{id}?done=saved"),
            format!("/admin/articles/{id}?done=article-moved"),
        ]
        .contains(&landed),
        "{S4}: after sending to review the browser should be at /admin/articles/{id}?done=… \
         (saved or article-moved), it is at {landed} {}",
        describe(&b).await
    );
    assert_eq!(
        count(&b, ".editor-state .status-review").await,
        1,
        "{S4}: the editor should show the status tag of \"review\" (.status-review) {}",
        describe(&b).await
    );
    assert_eq!(
        value_of(&b, "#cover_url").await.as_deref(),
        Some(cover_url.as_str()),
        "{S4}: the saved article should keep the uploaded cover in input#cover_url"
    );
    assert_eq!(
        value_of(&b, "#body").await.as_deref(),
        Some(BODY),
        "{S4}: the saved article's body (textarea#body) should be what was typed"
    );
    sign_out(&b, base, S4).await;

    // --- Step 5: the editor finds it in review and publishes it.
    const S5: &str = "step 5 (the editor publishes)";
    begin(S5);
    sign_in(&b, base, EDITOR_EMAIL, EDITOR_PASSWORD, S5).await;
    let in_review =
        format!("section[aria-labelledby=\"desk-review-h\"] a[href=\"/admin/articles/{id}\"]");
    assert_eq!(
        text_of(&b, &in_review).await.as_deref(),
        Some(TITLE),
        "{S5}: the editor's dashboard should list the article under \"In review\" ({in_review}) \
         {}",
        describe(&b).await
    );
    let url = submit(
        &b,
        base,
        &in_review,
        "opening the article from \"In review\"",
    )
    .await;
    assert_at(
        &b,
        &url,
        &format!("/admin/articles/{id}"),
        &format!("{S5}: opening the article from the dashboard"),
    )
    .await;
    let url = submit_confirming(
        &b,
        base,
        "button[name=\"action\"][value=\"published\"]",
        "clicking \"Publish now\"",
    )
    .await;
    assert_at(
        &b,
        &url,
        &format!("/admin/articles/{id}?done=article-moved"),
        &format!("{S5}: after publishing"),
    )
    .await;
    assert_eq!(
        count(&b, ".editor-state .status-published").await,
        1,
        "{S5}: the editor should show the status tag of \"published\" {}",
        describe(&b).await
    );
    let public = value_of(&b, "#public-url").await.unwrap_or_default();
    let post_path = path_of(&public);
    assert!(
        public.starts_with(&format!("{base}/en/post/")),
        "{S5}: the published article's public link (input#public-url) should be \
         {base}/en/post/SLUG, got {public:?}"
    );

    // --- Step 6: a reader (no cookies) sees it with its cover in variants.
    const S6: &str = "step 6 (the reader)";
    begin(S6);
    bounded("delete all cookies", b.client().delete_all_cookies()).await;
    let cookies = bounded("get all cookies", b.client().get_all_cookies()).await;
    assert!(
        cookies.is_empty(),
        "{S6}: after deleting all cookies the browser should have none, it has {cookies:?}"
    );
    for page in [
        format!("{base}/en/"),
        format!("{base}/en/category/{SECTION}"),
    ] {
        let cards = wait_for_cards(&b, base, &page, &post_path, S6).await;
        assert_eq!(
            count(&b, ".admin-me").await,
            0,
            "{S6}: {page} should be seen by nobody signed in"
        );
        assert_card_srcset(&cards, &page, S6);
    }
    open(&b, base, &public).await;
    let cover = b
        .js(
            "const s = document.querySelector('.article-cover source[type=\"image/webp\"]');
             const i = document.querySelector('.article-cover img');
             const h = document.querySelector('h1');
             return {
               h1: h ? h.textContent.trim() : null,
               webp_srcset: s ? s.getAttribute('srcset') : null,
               img_srcset: i ? i.getAttribute('srcset') : null,
               alt: i ? i.getAttribute('alt') : null,
             };",
            vec![],
        )
        .await;
    assert_eq!(
        cover["h1"],
        json!(TITLE),
        "{S6}: the article page's h1 should be the title {}",
        describe(&b).await
    );
    assert!(
        cover["webp_srcset"]
            .as_str()
            .is_some_and(|s| s.contains(".webp 320w"))
            && cover["img_srcset"]
                .as_str()
                .is_some_and(|s| s.contains(".png 320w")),
        "{S6}: the article page's cover (.article-cover) should have a WebP <source srcset> and \
         an <img srcset> with 320w variants; it has {cover:#}"
    );
    assert_eq!(
        cover["alt"],
        json!(COVER_ALT),
        "{S6}: the article page's cover should have the alt text given at upload"
    );
    b.wait_for(
        &format!("{S6}: the article page's cover image to load one of its variants"),
        "const i = document.querySelector('.article-cover img');
         return !!i && i.complete && i.naturalWidth > 0 && i.currentSrc.includes('/media/');",
    )
    .await;

    // --- Step 7: the editor translates it, changes the source; the translation goes stale.
    const S7: &str = "step 7 (translation goes stale)";
    begin(S7);
    sign_in(&b, base, EDITOR_EMAIL, EDITOR_PASSWORD, S7).await;
    open(&b, base, &format!("{base}/admin/articles/{id}")).await;
    let translate = format!(
        "form[action=\"/admin/articles/{id}/translate\"]:has(input[name=\"edition\"][value=\"ru\"]) \
         button[type=\"submit\"]"
    );
    let label = text_of(&b, &translate).await;
    assert!(
        label.as_deref().is_some_and(|l| l.contains("Русский")),
        "{S7}: the article's editor should have a \"Translate into Русский\" button ({translate}); \
         its text is {label:?} {}",
        describe(&b).await
    );
    let url = submit(&b, base, &translate, "clicking \"Translate into Русский\"").await;
    let tid = article_id(&url, S7);
    assert_ne!(tid, id, "{S7}: the translation should be a new article");
    assert_at(
        &b,
        &url,
        &format!("/admin/articles/{tid}?done=translation-made"),
        &format!("{S7}: after \"Translate into\""),
    )
    .await;
    assert_eq!(
        text_of(&b, ".editor-state .edition-badge").await.as_deref(),
        Some("RU"),
        "{S7}: the new draft should be in the Russian edition {}",
        describe(&b).await
    );
    assert_eq!(
        value_of(&b, "#body").await.as_deref(),
        Some(BODY),
        "{S7}: the Russian draft's body should be pre-filled from the source"
    );
    assert_eq!(
        count(&b, ".stale").await,
        0,
        "{S7}: a fresh translation should not be flagged stale {}",
        describe(&b).await
    );
    let source_link = format!(".siblings a[href=\"/admin/articles/{id}\"]");
    assert_eq!(
        count(&b, &source_link).await,
        1,
        "{S7}: the translation's side panel should link to its English source ({source_link}) {}",
        describe(&b).await
    );

    // Back to the English original: change the body and save (it is live: "Update live").
    let url = submit(&b, base, &source_link, "opening the English original").await;
    assert_at(
        &b,
        &url,
        &format!("/admin/articles/{id}"),
        &format!("{S7}: opening the source from the translation's side panel"),
    )
    .await;
    fill(&b, "#body", BODY_CHANGED).await;
    let url = submit(&b, base, "button[data-save]", "saving the changed source").await;
    assert_at(
        &b,
        &url,
        &format!("/admin/articles/{id}?done=saved"),
        &format!("{S7}: saving the changed English body"),
    )
    .await;
    assert_eq!(
        value_of(&b, "#body").await.as_deref(),
        Some(BODY_CHANGED),
        "{S7}: the English body after saving should be the changed one"
    );

    // The Russian translation: the stale notice, with the changed words.
    let url = open(&b, base, &format!("{base}/admin/articles/{tid}")).await;
    assert_at(
        &b,
        &url,
        &format!("/admin/articles/{tid}"),
        &format!("{S7}: opening the translation"),
    )
    .await;
    assert_eq!(
        count(&b, "section.stale").await,
        1,
        "{S7}: the translation should show the stale notice (section.stale) once its source \
         changed {}",
        describe(&b).await
    );
    let added = b
        .js(
            "return Array.from(document.querySelectorAll('.stale ins'))
                 .map(e => e.textContent).join(' ').replace(/\\s+/g, ' ');",
            vec![],
        )
        .await;
    assert!(
        added.as_str().is_some_and(|a| a.contains(CHANGED_WORDS)),
        "{S7}: the stale notice should mark the source's new words {CHANGED_WORDS:?} as added \
         (.stale ins); it marks {added}; the notice says {:?}",
        text_of(&b, ".stale").await
    );
    let dash = open(&b, base, &format!("{base}/admin")).await;
    assert_at(&b, &dash, "/admin", &format!("{S7}: opening the dashboard")).await;
    let stale_row =
        format!("section[aria-labelledby=\"stale-h\"] a[href=\"/admin/articles/{tid}\"]");
    assert_eq!(
        count(&b, &stale_row).await,
        1,
        "{S7}: the dashboard should list the translation under stale translations ({stale_row}) {}",
        describe(&b).await
    );
}

#[tokio::test]
async fn desk_write_upload_preview_review_publish_translate_stale_in_a_real_browser() {
    let Some(programs) = browser_support::programs_or_skip() else {
        return;
    };
    let started = Instant::now();

    // Closed in reverse order: the browser session, then chromedriver, then the server.
    let tmp = TempDir::new("desk-browser");
    let data = tmp.join("data");
    let server = Server::start(&data, &tmp.join("serve.log"), &[], Duration::from_secs(15));
    // --- Step 1: the accounts, from the command line against the live site's data dir (after
    // the server's first start, so that the demo content is there).
    add_user(&data, AUTHOR_EMAIL, AUTHOR_NAME, "author", AUTHOR_PASSWORD);
    add_user(&data, EDITOR_EMAIL, EDITOR_NAME, "editor", EDITOR_PASSWORD);
    let cover = tmp.join("cover.png");
    std::fs::write(&cover, png(COVER_W, COVER_H))
        .unwrap_or_else(|e| panic!("writing {}: {e}", cover.display()));
    let cover = cover.to_str().expect("a UTF-8 temp path").to_owned();
    let base = server.base();
    let browser = Browser::launch(&programs, tmp.path()).await;

    let result = catch_panic(FLOW_LIMIT, flow(browser.session().clone(), base, cover)).await;
    let driver_log = browser.driver_log_tail();
    browser.close().await;
    drop(server);
    if let Err(e) = result {
        panic!(
            "the desk browser flow failed in {}:\n{e}\n{}\n{driver_log}",
            current_step(),
            support::log_tail(&tmp.join("serve.log"), 4000)
        );
    }
    eprintln!("desk browser flow: ok ({:?})", started.elapsed());
}
