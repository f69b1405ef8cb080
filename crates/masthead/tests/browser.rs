//! End-to-end browser tests: headless Chromium driven over WebDriver (ChromeDriver, through the
//! `fantoccini` client set up in `browser_support`) against a real `masthead serve` with the demo
//! content. Checks the reader tools in site.js/boot.js:
//! night theme, text size, copy-link toast and the keyboard-driven search overlay.
//!
//! Without Chromium and ChromeDriver the test prints "skipped: ..." and passes, unless
//! `MASTHEAD_REQUIRE_BROWSER=1`, which makes it fail instead.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser_support;
mod support;

use browser_support::{Browser, Session, WAIT, catch_panic};
use fantoccini::key::Key;
use serde_json::{Value, json};
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};
use support::{Server, TempDir};

/// The copy-link toast's text in the Russian and English editions.
const RU_COPIED: &str = "Ссылка скопирована";
const EN_COPIED: &str = "Link copied";

/// The longest one check may run before it is abandoned and reported as failed.
const CHECK_LIMIT: Duration = Duration::from_secs(120);

// ---------------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------------

/// Parses `rgb(r, g, b)` / `rgba(r, g, b, a)` into its relative luminance (0 black … 1 white).
fn luminance(css: &str) -> Option<f64> {
    let inner = css
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| css.trim().strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<f64> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .ok()?;
    if parts.len() < 3 || parts.get(3).is_some_and(|a| *a < 0.5) {
        return None; // transparent: not a background
    }
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    Some(0.2126 * lin(parts[0]) + 0.7152 * lin(parts[1]) + 0.0722 * lin(parts[2]))
}

/// Waits until the body's computed background is dark (or light); returns it.
async fn wait_background(b: &Session, dark: bool, context: &str) -> String {
    let start = Instant::now();
    loop {
        let bg = b
            .js(
                "return getComputedStyle(document.body).backgroundColor",
                vec![],
            )
            .await;
        let bg = bg.as_str().unwrap_or_default().to_owned();
        let lum = luminance(&bg);
        if lum.is_some_and(|l| if dark { l < 0.1 } else { l > 0.6 }) {
            return bg;
        }
        assert!(
            start.elapsed() < WAIT,
            "{context}: the page background should be {} but getComputedStyle(document.body).backgroundColor \
             is {bg:?} (luminance {lum:?})",
            if dark { "dark" } else { "light" }
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn theme_attr(b: &Session) -> Value {
    b.js(
        "return document.documentElement.getAttribute('data-theme')",
        vec![],
    )
    .await
}

async fn root_font_px(b: &Session) -> f64 {
    let v = b
        .js(
            "return getComputedStyle(document.documentElement).fontSize",
            vec![],
        )
        .await;
    let s = v.as_str().unwrap_or_default();
    s.strip_suffix("px")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("root font size {v} is not in px"))
}

/// Article links (absolute URLs, distinct, in order) on the current page whose path starts with
/// `prefix/post/`.
async fn article_links(b: &Session, prefix: &str) -> Vec<String> {
    let v = b.js(
        "const want = arguments[0] + '/post/';
         const seen = new Set();
         for (const a of document.querySelectorAll('a[href*=\"/post/\"]')) {
           const u = new URL(a.href, location.href);
           if (u.origin === location.origin && u.pathname.startsWith(want)) seen.add(u.origin + u.pathname);
         }
         return Array.from(seen);",
        vec![json!(prefix)],
    ).await;
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The first article linked from an edition's home page.
async fn first_article(b: &Session, base: &str, prefix: &str) -> String {
    b.goto(&format!("{base}{prefix}/")).await;
    article_links(b, prefix)
        .await
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no article link on {base}{prefix}/"))
}

/// A string from a Fluent catalog (a plain `key = value` line).
fn catalog_string(lang: &str, key: &str) -> String {
    let path = format!("{}/../i18n/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    text.lines()
        .find_map(|l| {
            l.strip_prefix(key)
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix('='))
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("no `{key}` in {path}"))
}

/// Starts each check from a clean slate: no saved theme or text size.
async fn reset_storage(b: &Session, base: &str) {
    b.goto(&format!("{base}/healthz")).await;
    b.js("localStorage.clear(); return true", vec![]).await;
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

async fn check_theme(b: &Session, base: &str) {
    b.goto(&format!("{base}/en/")).await;
    assert_eq!(
        theme_attr(b).await,
        Value::Null,
        "a fresh profile should have no data-theme on <html>"
    );
    wait_background(b, false, "/en/ before any theme choice").await;

    let toggle = b.find(".theme-toggle").await;
    toggle.click().await;
    assert_eq!(
        b.js(
            "return document.documentElement.dataset.theme ?? null",
            vec![]
        )
        .await,
        json!("dark"),
        "after clicking .theme-toggle on /en/, document.documentElement.dataset.theme should be \"dark\""
    );
    wait_background(b, true, "/en/ after switching to the night theme").await;
    assert_eq!(
        b.js(
            "return document.querySelector('.theme-toggle').getAttribute('aria-pressed')",
            vec![]
        )
        .await,
        json!("true"),
        ".theme-toggle should be aria-pressed=true in the night theme"
    );

    b.refresh().await;
    assert_eq!(
        theme_attr(b).await,
        json!("dark"),
        "after reloading /en/, <html data-theme> should still be \"dark\""
    );
    let head = b.js(
        "const kids = Array.from(document.head.children);
         const boot = kids.findIndex(e => e.tagName === 'SCRIPT' && /(^|\\/)boot[.\\-]/.test(e.getAttribute('src') || ''));
         const css = kids.findIndex(e => e.tagName === 'LINK' && (e.getAttribute('rel') || '').split(/\\s+/).includes('stylesheet'));
         const s = kids[boot];
         return { boot, css, async: s ? s.async : null, defer: s ? s.defer : null, module: s ? s.type === 'module' : null };",
        vec![],
    ).await;
    let boot = head["boot"].as_i64().unwrap_or(-1);
    let css = head["css"].as_i64().unwrap_or(-1);
    assert!(
        boot >= 0,
        "no boot.js <script> among document.head's children ({head})"
    );
    assert!(
        css >= 0,
        "no <link rel=stylesheet> among document.head's children ({head})"
    );
    assert!(
        boot < css,
        "boot.js must come before the first stylesheet in <head> so the saved theme is set before \
         styles apply (boot at {boot}, first stylesheet at {css})"
    );
    assert!(
        head["async"] == json!(false)
            && head["defer"] == json!(false)
            && head["module"] == json!(false),
        "boot.js must be a classic synchronous script (no async/defer/module) to run before the first paint ({head})"
    );
    wait_background(b, true, "/en/ reloaded in the night theme").await;

    let toggle = b.find(".theme-toggle").await;
    toggle.click().await;
    assert_eq!(
        theme_attr(b).await,
        json!("light"),
        "clicking .theme-toggle in the night theme should set data-theme=\"light\""
    );
    wait_background(b, false, "/en/ after switching back to the day theme").await;

    b.goto(&format!("{base}/en/category/politics")).await;
    assert_eq!(
        theme_attr(b).await,
        json!("light"),
        "the day theme chosen on /en/ should persist on /en/category/politics (data-theme=\"light\")"
    );
    wait_background(
        b,
        false,
        "/en/category/politics after choosing the day theme",
    )
    .await;
}

async fn check_font_size(b: &Session, base: &str) {
    b.goto(&format!("{base}/en/")).await;
    let links = article_links(b, "/en").await;
    assert!(
        links.len() >= 2,
        "/en/ should link at least two articles, found {links:?}"
    );
    let (first, second) = (&links[0], &links[1]);

    b.goto(first).await;
    let normal = root_font_px(b).await;
    let up = b.find(".font-btn[data-font=up]").await;
    up.click().await;
    up.click().await;
    let enlarged = root_font_px(b).await;
    assert!(
        enlarged > normal * 1.1,
        "two clicks on A+ should enlarge the root font size (was {normal}px, now {enlarged}px) on {first}"
    );

    b.goto(second).await;
    let there = root_font_px(b).await;
    assert!(
        (there - enlarged).abs() < 0.01,
        "the enlarged text size ({enlarged}px) should persist to another article; {second} has {there}px"
    );

    let down = b.find(".font-btn[data-font=down]").await;
    down.click().await;
    let smaller = root_font_px(b).await;
    assert!(
        smaller < enlarged,
        "A- should shrink the root font size (was {enlarged}px, now {smaller}px) on {second}"
    );
    assert!(
        smaller > normal,
        "one A- after two A+ should still be above the default ({normal}px), got {smaller}px"
    );
}

/// Clicks "copy link" on an edition's first article and checks the toast's text.
async fn check_copy_toast(b: &Session, base: &str, prefix: &str, lang: &str, expected: &str) {
    let article = first_article(b, base, prefix).await;
    b.goto(&article).await;
    assert_eq!(
        b.js("return document.documentElement.lang", vec![]).await,
        json!(lang),
        "{article} should be a {lang} page"
    );
    let copy = b.find(".share-copy").await;
    copy.click().await;
    let state = b
        .wait_for(
            &format!("the .toast to get class `show` after clicking .share-copy on {article}"),
            "const t = document.querySelector('.toast');
         return t && t.classList.contains('show') ? { text: t.textContent } : null;",
        )
        .await;
    let text = state["text"].as_str().unwrap_or_default();
    if lang != "ru" {
        assert_ne!(
            text, RU_COPIED,
            "the copy-link toast on the {lang} article {article} is in Russian"
        );
    }
    assert_eq!(
        text, expected,
        "the copy-link toast on the {lang} article {article} should read {expected:?}"
    );
}

async fn check_copy_toasts(b: &Session, base: &str) {
    let hy = catalog_string("hy", "article-link-copied");
    let mut failures = Vec::new();
    for (prefix, lang, expected) in [
        ("/en", "en", EN_COPIED),
        ("", "ru", RU_COPIED),
        ("/hy", "hy", hy.as_str()),
    ] {
        // Each edition on its own task, so one failing edition does not hide the others.
        let (b, base, expected) = (b.clone(), base.to_owned(), expected.to_owned());
        let edition = async move { check_copy_toast(&b, &base, prefix, lang, &expected).await };
        if let Err(e) = catch_panic(CHECK_LIMIT, edition).await {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

async fn check_search_overlay(b: &Session, base: &str) {
    b.goto(&format!("{base}/en/")).await;
    let opener_is_focused =
        "return document.activeElement === document.querySelector('.search-open')";
    let overlay_state = "const o = document.getElementById('search-overlay');
         const a = document.activeElement;
         return { hidden: o.hidden, display: getComputedStyle(o).display,
                  inputFocused: a === o.querySelector('input[name=q]'),
                  active: a ? a.tagName + (a.id ? '#' + a.id : '') + (a.className ? '.' + a.className : '') : null };";

    let open_by_keyboard = async |when: &str| {
        let focused = b
            .js(
                &format!("document.querySelector('.search-open').focus(); {opener_is_focused}"),
                vec![],
            )
            .await;
        assert_eq!(
            focused,
            json!(true),
            "{when}: .search-open should take focus"
        );
        let opener = b.find(".search-open").await;
        opener.send_keys(&Key::Enter).await;
        let st = b.js(overlay_state, vec![]).await;
        assert!(
            st["hidden"] == json!(false) && st["display"] != json!("none"),
            "{when}: Enter on the focused .search-open should show #search-overlay ({st})"
        );
        assert_eq!(
            st["inputFocused"],
            json!(true),
            "{when}: the search input should have focus once the overlay opens ({st})"
        );
        assert!(
            b.current_url().await.ends_with("/en/"),
            "{when}: opening the overlay should not navigate (now at {})",
            b.current_url().await
        );
    };

    open_by_keyboard("first open").await;
    let input = b.find("#search-overlay input[name=q]").await;
    input.send_keys("ferry").await;
    assert_eq!(
        b.js(
            "return document.querySelector('#search-overlay input[name=q]').value",
            vec![]
        )
        .await,
        json!("ferry"),
        "typing into the overlay's search input"
    );
    b.wait_for(
        "a matching headline offered in the overlay as one types",
        "const a = document.querySelector('#search-overlay .search-suggest a[href*=\"/en/post/new-ferry-line-to-link-baku-and-aktau\"]'); \
         return !!a && !a.closest('section').hidden",
    )
    .await;
    input.send_keys(&Key::Escape).await;
    let st = b.js(overlay_state, vec![]).await;
    assert!(
        st["hidden"] == json!(true) && st["display"] == json!("none"),
        "Escape should hide #search-overlay ({st})"
    );
    assert_eq!(
        b.js(opener_is_focused, vec![]).await,
        json!(true),
        "after Escape, focus should return to .search-open (active element: {})",
        st["active"]
    );

    open_by_keyboard("second open").await;
    let input = b.find("#search-overlay input[name=q]").await;
    input.clear().await;
    input.send_keys(&format!("ferry{}", Key::Enter)).await;
    let url = b
        .wait_for_url("the search form to navigate to /en/search?q=ferry", |u| {
            u.contains("/en/search?q=ferry")
        })
        .await;
    assert!(
        url.starts_with(base),
        "the search should stay on the site, went to {url}"
    );
    b.wait_for(
        "the English ferry article among the search results",
        "return !!document.querySelector('main a[href*=\"/en/post/new-ferry-line-to-link-baku-and-aktau\"]')",
    ).await;
}

// ---------------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------------

/// One browser check, given the session and the site's base URL; boxed so that the checks, each
/// an `async fn`, fit in one list.
type Check = fn(Session, String) -> Pin<Box<dyn Future<Output = ()> + Send>>;

/// Text that fails WCAG AA contrast against its effective background (4.5:1, or 3:1 for large
/// text), as "selector ratio color on background" lines.
const CONTRAST_JS: &str = r#"
const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null;
  const p = m[1].split(',').map(parseFloat); if (p.length === 3) p.push(1); return p; };
const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
const lum = p => 0.2126 * lin(p[0]) + 0.7152 * lin(p[1]) + 0.0722 * lin(p[2]);
const background = el => {
  for (; el; el = el.parentElement) {
    const p = parse(getComputedStyle(el).backgroundColor);
    if (p && p[3] > 0.5) return p;
  }
  return [255, 255, 255, 1];
};
const bad = [];
for (const sel of arguments[0]) {
  let n = 0;
  for (const el of document.querySelectorAll(sel)) {
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || el.getClientRects().length === 0 || !el.textContent.trim()) continue;
    if (++n > 3) break;
    const fg = parse(cs.color), bg = background(el);
    const a = lum(fg), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight, 10) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(sel + ' ' + ratio.toFixed(2) + ' ' + cs.color + ' on rgb(' + bg.slice(0, 3).join(',') + ')');
  }
}
return bad;
"#;

const TEXT_SELECTORS: &[&str] = &[
    "body",
    ".article-body p",
    ".article-lead",
    ".article-title",
    ".card-title a",
    ".card-lead",
    ".card-time",
    ".section-label",
    ".kicker",
    ".latest-list a",
    ".latest-list time",
    ".breaking a",
    ".breaking-label",
    ".breaking time",
    ".sections-nav a",
    ".editions a",
    ".topbar a",
    ".site-footer p",
    ".site-footer a",
    ".byline",
    ".byline a",
    ".views",
    ".share-prompt",
    ".ad-label",
    ".reprint",
    ".reprint a",
    ".tags a",
    ".list-count",
    ".page-of",
    ".tab-title",
    ".block-title",
    ".headline-list a",
    ".headline-list time",
    ".translations a",
    ".article-cover figcaption",
    ".more a",
    ".empty-state",
];

/// WCAG AA contrast of the site's text in both themes, on the home, article and section pages.
async fn check_contrast(b: &Session, base: &str) {
    let article = first_article(b, base, "/en").await;
    let pages = [
        format!("{base}/en/"),
        article,
        format!("{base}/en/category/politics"),
    ];
    // The check itself must be able to fail: pale grey on white is caught.
    b.goto(&pages[0]).await;
    let probe = b.js(
        "const p = document.createElement('p'); p.className = 'contrast-probe'; p.textContent = 'probe'; \
         p.style.color = '#bbb'; p.style.background = '#fff'; document.querySelector('main').append(p); \
         return arguments[0];",
        vec![json!(CONTRAST_JS)],
    ).await;
    let caught = b
        .js(
            probe.as_str().unwrap_or(""),
            vec![json!([".contrast-probe"])],
        )
        .await;
    assert_eq!(
        caught.as_array().map(Vec::len),
        Some(1),
        "the contrast probe is reported: {caught}"
    );
    let mut failures = Vec::new();
    for theme in ["light", "dark"] {
        b.js(
            "localStorage.setItem('masthead.theme', arguments[0])",
            vec![json!(theme)],
        )
        .await;
        for url in &pages {
            b.goto(url).await;
            let bad = b.js(CONTRAST_JS, vec![json!(TEXT_SELECTORS)]).await;
            for line in bad.as_array().into_iter().flatten() {
                failures.push(format!("{theme} {url}: {}", line.as_str().unwrap_or("?")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "text below WCAG AA contrast:\n{}",
        failures.join("\n")
    );
}

/// At 320 CSS pixels no page scrolls sideways.
async fn check_phone_width(b: &Session, base: &str) {
    let article = first_article(b, base, "/hy").await;
    b.emulate_width(Some(320)).await;
    let mut wide = Vec::new();
    for url in [
        format!("{base}/"),
        format!("{base}/hy/"),
        article,
        format!("{base}/en/category/economy"),
        format!("{base}/en/no-such-page"),
    ] {
        b.goto(&url).await;
        let w = b
            .js(
                "return [document.documentElement.scrollWidth, window.innerWidth]",
                vec![],
            )
            .await;
        let (scroll, inner) = (w[0].as_f64().unwrap_or(0.0), w[1].as_f64().unwrap_or(0.0));
        if inner > 330.0 || scroll > inner + 1.0 {
            wide.push(format!("{url}: scrollWidth {scroll} in a {inner}px window"));
        }
    }
    b.emulate_width(None).await;
    assert!(
        wide.is_empty(),
        "pages wider than a 320px phone:\n{}",
        wide.join("\n")
    );
}

#[tokio::test]
async fn reader_tools_in_a_real_browser() {
    let Some(programs) = browser_support::programs_or_skip() else {
        return;
    };

    // Closed in reverse order: the browser session, then chromedriver, then the server.
    let tmp = TempDir::new("browser");
    let server = Server::start(
        &tmp.join("data"),
        &tmp.join("serve.log"),
        &[],
        Duration::from_secs(15),
    );
    let browser = Browser::launch(&programs, tmp.path()).await;
    let base = server.base();

    let checks: [(&str, Check); 6] = [
        ("theme", |b, base| {
            Box::pin(async move { check_theme(&b, &base).await })
        }),
        ("font size", |b, base| {
            Box::pin(async move { check_font_size(&b, &base).await })
        }),
        ("copy-link toast", |b, base| {
            Box::pin(async move { check_copy_toasts(&b, &base).await })
        }),
        ("search overlay", |b, base| {
            Box::pin(async move { check_search_overlay(&b, &base).await })
        }),
        ("contrast", |b, base| {
            Box::pin(async move { check_contrast(&b, &base).await })
        }),
        ("phone width", |b, base| {
            Box::pin(async move { check_phone_width(&b, &base).await })
        }),
    ];
    let mut failures = Vec::new();
    for (name, check) in checks {
        let started = Instant::now();
        let (b, base) = (browser.session().clone(), base.clone());
        let run = async move {
            reset_storage(&b, &base).await;
            check(b, base).await;
        };
        match catch_panic(CHECK_LIMIT, run).await {
            Ok(()) => eprintln!("browser check `{name}`: ok ({:?})", started.elapsed()),
            Err(e) => {
                eprintln!("browser check `{name}`: FAILED");
                failures.push(format!("[{name}] {e}"));
            }
        }
    }
    browser.close().await;
    drop(server);
    assert!(
        failures.is_empty(),
        "browser checks failed:\n{}",
        failures.join("\n")
    );
}
