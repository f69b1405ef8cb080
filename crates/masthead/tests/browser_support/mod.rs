//! Shared setup for the end-to-end browser tests: finds Chromium and ChromeDriver (or skips the
//! test), starts ChromeDriver on a free 127.0.0.1 port, opens a headless Chromium session
//! through `fantoccini`, and wraps the few WebDriver commands the tests use so that each one is
//! bounded in time and panics with a readable message.
//!
//! A test file uses it with `mod support; mod browser_support;` (this module reads free ports and
//! log tails from `support`):
//!
//! ```ignore
//! let Some(programs) = browser_support::programs_or_skip() else { return };
//! let browser = Browser::launch(&programs, tmp.path()).await;
//! let b = browser.session().clone();
//! // ... b.goto(..), b.find(..).click(), b.js(..), catch_panic(..) ...
//! browser.close().await;
//! ```

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crate::support;
use fantoccini::error::CmdError;
use fantoccini::wd::{Capabilities, TimeoutConfiguration, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use std::fmt::Display;
use std::fs::File;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The longest any single wait in these tests may take (page loads, scripts, polling waits).
pub const WAIT: Duration = Duration::from_secs(10);
/// The longest one WebDriver command may take before the test gives up on it: a little more than
/// WAIT, so the browser's own page-load and script timeouts are reported first.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(15);
/// Starting the browser is the one step allowed longer: on a busy two-core machine a cold
/// Chromium start can take several seconds.
pub const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Set to `1` to make a missing browser fail the test instead of skipping it.
pub const REQUIRE_ENV: &str = "MASTHEAD_REQUIRE_BROWSER";

// ---------------------------------------------------------------------------------------------
// Finding the browser
// ---------------------------------------------------------------------------------------------

/// The two programs a browser test needs.
#[derive(Clone, Debug)]
pub struct Programs {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// The first of `candidates`, or of `names` on `PATH`, that is a file.
pub fn find_program(candidates: &[&str], names: &[&str]) -> Option<PathBuf> {
    let fixed = candidates.iter().map(PathBuf::from);
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .flat_map(|d| names.iter().map(move |n| d.join(n)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    fixed.chain(on_path).find(|p| p.is_file())
}

/// Finds Chromium and ChromeDriver. When either is missing, prints "skipped: ..." and returns
/// `None` (the caller returns, and the test passes), or panics when `MASTHEAD_REQUIRE_BROWSER=1`.
pub fn programs_or_skip() -> Option<Programs> {
    let chromium = find_program(
        &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        &["chromium", "chromium-browser"],
    );
    let chromedriver = find_program(
        &["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"],
        &["chromedriver"],
    );
    if let (Some(chromium), Some(chromedriver)) = (chromium, chromedriver) {
        return Some(Programs {
            chromium,
            chromedriver,
        });
    }
    if std::env::var(REQUIRE_ENV).is_ok_and(|v| v == "1") {
        panic!("chromium/chromedriver not installed, and {REQUIRE_ENV}=1");
    }
    eprintln!("skipped: chromium/chromedriver not installed");
    None
}

// ---------------------------------------------------------------------------------------------
// ChromeDriver
// ---------------------------------------------------------------------------------------------

/// A running `chromedriver` on a free 127.0.0.1 port; killed on drop.
pub struct Chromedriver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Chromedriver {
    /// Starts `program` and waits (blocking, at most WAIT) until its `/status` reports ready.
    pub fn start(program: &Path, log: &Path) -> Chromedriver {
        let port = support::free_port();
        let out = File::create(log).expect("creating the chromedriver log");
        let err = out
            .try_clone()
            .expect("cloning the chromedriver log handle");
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", program.display()));
        let mut d = Chromedriver {
            child,
            port,
            log: log.to_owned(),
        };
        d.wait_ready();
        d
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The end of chromedriver's log, for failure messages.
    pub fn log_tail(&self) -> String {
        support::log_tail(&self.log, 3000)
    }

    fn wait_ready(&mut self) {
        let probe = support::agent_with_timeout(Duration::from_secs(2));
        let url = format!("{}/status", self.url());
        let start = Instant::now();
        loop {
            if let Ok(Some(st)) = self.child.try_wait() {
                panic!(
                    "chromedriver exited before it was ready ({st})\n{}",
                    self.log_tail()
                );
            }
            let ready = probe
                .get(&url)
                .call()
                .ok()
                .and_then(|mut r| r.body_mut().read_json::<Value>().ok())
                .is_some_and(|v| v["value"]["ready"] == json!(true));
            if ready {
                return;
            }
            assert!(
                start.elapsed() < WAIT,
                "chromedriver did not report ready at {url} within {WAIT:?}\n{}",
                self.log_tail()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

/// A headless Chromium under its own ChromeDriver. Call [`Browser::close`] at the end: it ends
/// the WebDriver session (which closes Chromium) and then stops ChromeDriver. If the browser is
/// dropped without it (a panic in the test body), the drop ends the session with a blocking
/// request before killing ChromeDriver: killing ChromeDriver alone would leave Chromium running.
pub struct Browser {
    session: Session,
    /// The WebDriver session id while the session is open.
    session_id: Option<String>,
    driver: Chromedriver,
}

impl Browser {
    /// Starts ChromeDriver (log in `dir/chromedriver.log`) and a headless Chromium with a fresh
    /// profile in `dir/profile` and a 1280×900 window; page-load and script timeouts are WAIT.
    pub async fn launch(programs: &Programs, dir: &Path) -> Browser {
        let program = programs.chromedriver.clone();
        let log = dir.join("chromedriver.log");
        let driver = tokio::task::spawn_blocking(move || Chromedriver::start(&program, &log))
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));

        let profile = dir.join("profile");
        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": programs.chromium.to_string_lossy(),
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    format!("--user-data-dir={}", profile.display()),
                    "--window-size=1280,900",
                ]
            }),
        );
        // The driver is plain HTTP on 127.0.0.1: no TLS connector needed.
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps);
        let url = driver.url();
        let connect = builder.connect(&url);
        let client = match tokio::time::timeout(START_TIMEOUT, connect).await {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => panic!("creating a WebDriver session: {e}\n{}", driver.log_tail()),
            Err(_) => panic!(
                "creating a WebDriver session: no answer within {START_TIMEOUT:?}\n{}",
                driver.log_tail()
            ),
        };
        let session_id = bounded("get the session id", client.session_id()).await;
        // From here on a panic drops the Browser, which ends the session.
        let browser = Browser {
            session: Session { client },
            session_id,
            driver,
        };
        bounded(
            "set timeouts",
            browser
                .session
                .client
                .update_timeouts(TimeoutConfiguration::new(
                    Some(WAIT),
                    Some(WAIT),
                    Some(Duration::ZERO),
                )),
        )
        .await;
        browser
    }

    /// A handle to the session; clone it to use it in another task.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The end of ChromeDriver's log, for failure messages.
    pub fn driver_log_tail(&self) -> String {
        self.driver.log_tail()
    }

    /// Ends the WebDriver session (closing Chromium; bounded by COMMAND_TIMEOUT), then stops
    /// ChromeDriver. A failure to end the session is reported but does not fail the test (the
    /// drop then tries once more).
    pub async fn close(mut self) {
        match tokio::time::timeout(COMMAND_TIMEOUT, self.session.client.clone().close()).await {
            Ok(Ok(())) => self.session_id = None,
            Ok(Err(e)) => eprintln!("closing the WebDriver session: {e}"),
            Err(_) => {
                eprintln!("closing the WebDriver session: no answer within {COMMAND_TIMEOUT:?}")
            }
        }
        // Dropping `self` kills ChromeDriver.
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(id) = self.session_id.take() {
            let url = format!("{}/session/{id}", self.driver.url());
            let _ = support::agent_with_timeout(WAIT).delete(&url).call();
        }
    }
}

/// One WebDriver session, cheap to clone (clones share the browser). Every command is bounded by
/// COMMAND_TIMEOUT and panics with the command and the error.
#[derive(Clone, Debug)]
pub struct Session {
    client: Client,
}

impl Session {
    /// The fantoccini client, for commands this wrapper does not offer (unbounded: wrap them in
    /// [`bounded`]).
    pub fn client(&self) -> &Client {
        &self.client
    }

    pub async fn goto(&self, url: &str) {
        bounded(format!("go to {url}"), self.client.goto(url)).await;
    }

    pub async fn refresh(&self) {
        bounded("refresh", self.client.refresh()).await;
    }

    pub async fn current_url(&self) -> String {
        bounded("get the current URL", self.client.current_url())
            .await
            .to_string()
    }

    /// Runs a script (a function body; use `return`) with `arguments`.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        let first = script.trim().lines().next().unwrap_or_default();
        bounded(
            format!("execute script `{first}`"),
            self.client.execute(script, args),
        )
        .await
    }

    /// The first element matching a CSS selector; panics if there is none.
    pub async fn find(&self, css: &str) -> Element {
        let inner = bounded(format!("find {css:?}"), self.client.find(Locator::Css(css))).await;
        Element {
            inner,
            css: css.to_owned(),
        }
    }

    /// Polls `script` until it returns a truthy value; panics with `what` and the last value
    /// after WAIT.
    pub async fn wait_for(&self, what: &str, script: &str) -> Value {
        let start = Instant::now();
        loop {
            let v = self.js(script, vec![]).await;
            let truthy = match &v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return v;
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out after {WAIT:?} waiting for {what} (last value: {v})"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the current URL satisfies `ok`.
    pub async fn wait_for_url(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let u = self.current_url().await;
            if ok(&u) {
                return u;
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out after {WAIT:?} waiting for {what} (current URL: {u})"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs a Chrome DevTools Protocol command through ChromeDriver's `goog/cdp/execute`.
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Value {
        bounded(
            format!("CDP {cmd}"),
            self.client.issue_cmd(CdpCommand { cmd, params }),
        )
        .await
    }

    /// Emulates a phone of this width (CSS pixels) through the DevTools protocol, or clears the
    /// emulation with `None`.
    pub async fn emulate_width(&self, width: Option<u32>) {
        match width {
            Some(w) => {
                self.cdp(
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": w, "height": 800, "deviceScaleFactor": 1, "mobile": true }),
                )
                .await
            }
            None => {
                self.cdp("Emulation.clearDeviceMetricsOverride", json!({}))
                    .await
            }
        };
    }
}

/// An element found by CSS selector; its commands are bounded like the session's.
#[derive(Clone, Debug)]
pub struct Element {
    inner: fantoccini::elements::Element,
    css: String,
}

impl Element {
    /// The fantoccini element, for commands this wrapper does not offer.
    pub fn inner(&self) -> &fantoccini::elements::Element {
        &self.inner
    }

    pub async fn click(&self) {
        bounded(format!("click {:?}", self.css), self.inner.click()).await;
    }

    pub async fn clear(&self) {
        bounded(format!("clear {:?}", self.css), self.inner.clear()).await;
    }

    /// Types `text` (which may hold `fantoccini::key::Key` characters) into the element.
    pub async fn send_keys(&self, text: &str) {
        bounded(
            format!("send keys to {:?}", self.css),
            self.inner.send_keys(text),
        )
        .await;
    }
}

/// ChromeDriver's vendor endpoint for a DevTools Protocol command.
#[derive(Debug)]
struct CdpCommand {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        let id = session_id.unwrap_or_default();
        base_url.join(&format!("session/{id}/goog/cdp/execute"))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

// ---------------------------------------------------------------------------------------------
// Bounds and panics
// ---------------------------------------------------------------------------------------------

/// Awaits one WebDriver command for at most COMMAND_TIMEOUT; its value, or a panic naming `what`.
pub async fn bounded<T>(
    what: impl Display + Send,
    cmd: impl Future<Output = Result<T, CmdError>>,
) -> T {
    match tokio::time::timeout(COMMAND_TIMEOUT, cmd).await {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => panic!("WebDriver {what}: {e}"),
        Err(_) => panic!("WebDriver {what}: no answer within {COMMAND_TIMEOUT:?}"),
    }
}

/// Runs `fut` on its own task so that a panic in it fails only it: its output, or the panic's
/// message. A task still running after `limit` is aborted and reported as a failure.
pub async fn catch_panic<F>(limit: Duration, fut: F) -> Result<F::Output, String>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    // Aborted when this future ends or is itself dropped (an outer catch_panic timing out), so
    // no abandoned task goes on driving the browser.
    let mut task = AbortOnDrop(tokio::spawn(fut));
    match tokio::time::timeout(limit, &mut task.0).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) if e.is_panic() => Err(panic_text(&e.into_panic())),
        Ok(Err(e)) => Err(format!("the task did not finish: {e}")),
        Err(_) => Err(format!("did not finish within {limit:?}")),
    }
}

/// A spawned task, aborted on drop (a no-op once it has finished).
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The message of a panic payload.
pub fn panic_text(e: &Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default()
}

// Page helpers shared by the newsroom browser tests.

/// What the browser shows: URL, HTTP status, `<html lang>`, the h1 and the start of the text.
pub async fn page_facts(b: &Session) -> Value {
    b.js(
        "const nav = performance.getEntriesByType('navigation')[0];
         const h1 = document.querySelector('h1');
         const main = document.querySelector('main') || document.body;
         return {
           url: location.href,
           status: nav ? nav.responseStatus : null,
           lang: document.documentElement.getAttribute('lang'),
           h1: h1 ? h1.textContent.trim() : null,
           text: main ? main.innerText.replace(/\\s+/g, ' ').trim().slice(0, 600) : ''
         };",
        vec![],
    )
    .await
}

/// The page, for failure messages.
pub async fn describe(b: &Session) -> String {
    let f = page_facts(b).await;
    format!(
        "[page: URL {} · HTTP {} · lang {} · h1 {} · text: {}]",
        f["url"], f["status"], f["lang"], f["h1"], f["text"]
    )
}

/// Fails when the page loaded anything from somewhere other than the test server.
pub async fn assert_local_only(b: &Session, base: &str, context: &str) {
    let foreign = b
        .js(
            "const base = arguments[0] + '/';
             const urls = performance.getEntriesByType('resource').map(e => e.name);
             urls.push(location.href);
             return urls.filter(u => !u.startsWith(base) && !u.startsWith('data:'));",
            vec![json!(base)],
        )
        .await;
    assert_eq!(
        foreign,
        json!([]),
        "{context}: every request should go to the test server at {base}, but the page also \
         loaded these"
    );
}

/// Waits until a new document (not the one marked by [`mark_page`]) has finished loading;
/// returns its URL.
pub async fn wait_new_page(b: &Session, what: &str) -> String {
    let v = b
        .wait_for(
            what,
            "return (!window.__mastheadOldPage && document.readyState === 'complete')
                 ? location.href : null",
        )
        .await;
    v.as_str().unwrap_or_default().to_owned()
}

/// Marks the current document so that [`wait_new_page`] can tell the next one from it.
pub async fn mark_page(b: &Session) {
    b.js("window.__mastheadOldPage = true; return true", vec![])
        .await;
}
