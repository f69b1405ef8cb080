//! A small WebDriver client (W3C protocol over HTTP with ureq) for the browser tests: starts
//! ChromeDriver, opens a headless Chromium session, and offers the few commands the tests use.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crate::support;
use serde_json::{Value, json};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The W3C WebDriver key for an element reference.
pub const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// WebDriver key codes.
pub const KEY_ENTER: &str = "\u{E007}";
pub const KEY_ESCAPE: &str = "\u{E00C}";
/// The longest any single wait in these tests may take.
pub const WAIT: Duration = Duration::from_secs(10);

pub const RU_COPIED: &str = "Ссылка скопирована";
pub const EN_COPIED: &str = "Link copied";

// ---------------------------------------------------------------------------------------------
// Finding the browser
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// A tiny WebDriver client
// ---------------------------------------------------------------------------------------------

/// A running `chromedriver`; killed on drop.
pub struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Driver {
    pub fn start(program: &Path, log: &Path) -> Driver {
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
        let mut d = Driver {
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

    pub fn wait_ready(&mut self) {
        let probe = support::agent_with_timeout(Duration::from_secs(2));
        let url = format!("{}/status", self.url());
        let start = Instant::now();
        loop {
            if let Ok(Some(st)) = self.child.try_wait() {
                panic!(
                    "chromedriver exited before it was ready ({st})\n{}",
                    support::log_tail(&self.log, 3000)
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
                support::log_tail(&self.log, 3000)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One WebDriver session (one browser); deleted on drop, which closes the browser.
pub struct Session {
    base: String,
    agent: ureq::Agent,
}

impl Session {
    pub fn new(driver: &Driver, chromium: &Path, profile: &Path) -> Session {
        // Starting the browser is the one request allowed a little longer than WAIT: on a busy
        // two-core machine a cold Chromium start can take several seconds.
        let agent = support::agent_with_timeout(Duration::from_secs(30));
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": chromium.to_string_lossy(),
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
                    }
                }
            }
        });
        let url = format!("{}/session", driver.url());
        let value = request(&agent, "POST", &url, Some(&caps)).unwrap_or_else(|e| {
            panic!(
                "creating a WebDriver session: {e}\n{}",
                support::log_tail(&driver.log, 3000)
            )
        });
        let id = value["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no sessionId in {value}"));
        let s = Session {
            base: format!("{url}/{id}"),
            agent: support::agent_with_timeout(WAIT + Duration::from_secs(5)),
        };
        let ms = u64::try_from(WAIT.as_millis()).unwrap_or(10_000);
        s.cmd(
            "POST",
            "/timeouts",
            Some(json!({ "pageLoad": ms, "script": ms, "implicit": 0 })),
        );
        s
    }

    pub fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        request(&self.agent, method, &url, body.as_ref())
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"))
    }

    pub fn goto(&self, url: &str) {
        self.cmd("POST", "/url", Some(json!({ "url": url })));
    }

    /// Emulates a device of this width (CSS pixels) through the DevTools protocol, or clears the
    /// emulation with `None`.
    pub fn emulate_width(&self, width: Option<u32>) {
        let (cmd, params) = match width {
            Some(w) => (
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": w, "height": 800, "deviceScaleFactor": 1, "mobile": true }),
            ),
            None => ("Emulation.clearDeviceMetricsOverride", json!({})),
        };
        self.cmd(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": cmd, "params": params })),
        );
    }

    pub fn refresh(&self) {
        self.cmd("POST", "/refresh", Some(json!({})));
    }

    pub fn current_url(&self) -> String {
        self.cmd("GET", "/url", None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Runs a script (a function body; use `return`) with `arguments`.
    pub fn js(&self, script: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
    }

    pub fn find(&self, css: &str) -> String {
        let v = self.cmd(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        v[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("no element reference for {css:?} in {v}"))
            .to_owned()
    }

    pub fn click(&self, el: &str) {
        self.cmd("POST", &format!("/element/{el}/click"), Some(json!({})));
    }

    pub fn clear(&self, el: &str) {
        self.cmd("POST", &format!("/element/{el}/clear"), Some(json!({})));
    }

    pub fn send_keys(&self, el: &str, text: &str) {
        self.cmd(
            "POST",
            &format!("/element/{el}/value"),
            Some(json!({ "text": text })),
        );
    }

    /// Polls `script` until it returns a truthy value; panics with `what` and the last value
    /// after WAIT.
    pub fn wait_for(&self, what: &str, script: &str) -> Value {
        let start = Instant::now();
        loop {
            let v = self.js(script, json!([]));
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
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the current URL satisfies `ok`.
    pub fn wait_for_url(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let u = self.current_url();
            if ok(&u) {
                return u;
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out after {WAIT:?} waiting for {what} (current URL: {u})"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = request(
            &support::agent_with_timeout(WAIT),
            "DELETE",
            &self.base,
            None,
        );
    }
}

/// One WebDriver request; the `value` of the answer, or the WebDriver error.
pub fn request(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    body: Option<&Value>,
) -> Result<Value, String> {
    let resp = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, Some(b)) => agent.post(url).send_json(b),
        (_, None) => agent.post(url).send_json(json!({})),
    };
    let mut resp = resp.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let v: Value = resp
        .body_mut()
        .read_json()
        .map_err(|e| format!("status {status}, body is not JSON: {e}"))?;
    let value = v.get("value").cloned().unwrap_or(Value::Null);
    if status != 200 || value.get("error").is_some() {
        return Err(format!(
            "status {status}: {} — {}",
            value["error"].as_str().unwrap_or("?"),
            value["message"]
                .as_str()
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("")
        ));
    }
    Ok(value)
}
