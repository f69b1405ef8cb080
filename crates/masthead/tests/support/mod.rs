//! Shared helpers for the end-to-end tests: temporary directories, a `masthead serve` process
//! that dies with its guard, free ports and small HTTP helpers.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::fs::{self, File};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_masthead");

/// A desktop browser's User-Agent: counted as a reader by the view beacon.
pub const DESKTOP_UA: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

/// Environment variables the binary reads; cleared so the caller's shell cannot change a test.
const MASTHEAD_ENV: &[&str] = &[
    "MASTHEAD_ADDR",
    "MASTHEAD_DATA_DIR",
    "MASTHEAD_DATABASE_URL",
    "MASTHEAD_NO_DEMO",
    "MASTHEAD_BASE_URL",
    "MASTHEAD_VIEW_FLUSH_SECS",
    "MASTHEAD_PAGE_CACHE_MB",
    "MASTHEAD_LOG",
    "MASTHEAD_LOG_FORMAT",
    "MASTHEAD_SEARCH_PER_MINUTE",
];

/// A directory under Cargo's per-target temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "masthead-{label}-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1:0 to find a free port");
    l.local_addr()
        .expect("local address of the probe socket")
        .port()
}

/// The last `max` bytes of a log file, for failure messages.
pub fn log_tail(path: &Path, max: usize) -> String {
    let text = fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let start = text.len().saturating_sub(max);
    let start = (start..text.len())
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(text.len());
    format!(
        "--- {} (tail) ---\n{}\n--- end ---",
        path.display(),
        &text[start..]
    )
}

/// An HTTP agent that returns every status as a response (no error for 4xx/5xx), ignores proxy
/// variables and gives up on any request after `timeout`.
pub fn agent_with_timeout(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .timeout_global(Some(timeout))
        .build()
        .into()
}

/// The shared agent for ordinary requests (10 s per request).
pub fn agent() -> &'static ureq::Agent {
    static AGENT: OnceLock<ureq::Agent> = OnceLock::new();
    AGENT.get_or_init(|| agent_with_timeout(Duration::from_secs(10)))
}

/// GET a URL: status and body as text.
pub fn get(url: &str) -> (u16, String) {
    let mut resp = agent()
        .get(url)
        .call()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let status = resp.status().as_u16();
    let body = resp
        .body_mut()
        .read_to_string()
        .unwrap_or_else(|e| panic!("GET {url}: reading the body: {e}"));
    (status, body)
}

/// GET a URL that must answer 200; its body.
pub fn get_ok(url: &str) -> String {
    let (status, body) = get(url);
    assert_eq!(
        status, 200,
        "GET {url} answered {status}; body starts: {:.300}",
        body
    );
    body
}

/// POST a JSON body with a User-Agent: status and the JSON body, if any.
pub fn post_json(
    url: &str,
    user_agent: &str,
    body: &serde_json::Value,
) -> (u16, Option<serde_json::Value>) {
    let mut resp = agent()
        .post(url)
        .header("User-Agent", user_agent)
        .send_json(body)
        .unwrap_or_else(|e| panic!("POST {url}: {e}"));
    let status = resp.status().as_u16();
    let text = resp
        .body_mut()
        .read_to_string()
        .unwrap_or_else(|e| panic!("POST {url}: reading the body: {e}"));
    let json = if text.trim().is_empty() {
        None
    } else {
        Some(
            serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("POST {url}: body is not JSON ({e}): {text:.300}")),
        )
    };
    (status, json)
}

/// Decodes the entities the templates use inside attribute values.
pub fn unescape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if entity.starts_with("#x") || entity.starts_with("#X") => {
                u32::from_str_radix(&entity[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if entity.starts_with('#') => {
                entity[1..].parse::<u32>().ok().and_then(char::from_u32)
            }
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every value of an attribute (`name="..."`) in an HTML page, decoded, in document order.
pub fn attr_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!("{name}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        // Only a whole attribute name: preceded by whitespace.
        let preceded_ok = i == 0 || rest[..i].ends_with(|c: char| c.is_ascii_whitespace());
        rest = &rest[i + needle.len()..];
        let Some(end) = rest.find('"') else { break };
        if preceded_ok {
            out.push(unescape_attr(&rest[..end]));
        }
        rest = &rest[end + 1..];
    }
    out
}

/// Links to articles of one edition (`prefix` is "" for ru, "/en", "/hy"), in document order,
/// with repeats.
pub fn post_links(html: &str, prefix: &str) -> Vec<String> {
    let start = format!("{prefix}/post/");
    attr_values(html, "href")
        .into_iter()
        .filter(|h| h.starts_with(&start))
        .collect()
}

/// A `masthead serve` process; killed (SIGKILL) on drop if still running.
pub struct Server {
    child: Child,
    pub port: u16,
    pub data_dir: PathBuf,
    pub log: PathBuf,
}

impl Server {
    /// Starts `masthead serve` on a free port without waiting for it; output goes to `log`.
    pub fn spawn(data_dir: &Path, log: &Path, extra: &[&str]) -> Server {
        let port = free_port();
        let out = File::create(log).unwrap_or_else(|e| panic!("creating {}: {e}", log.display()));
        let err = out.try_clone().expect("cloning the log file handle");
        let mut cmd = Command::new(BIN);
        cmd.arg("serve")
            .arg("--addr")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--data-dir")
            .arg(data_dir)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err);
        for v in MASTHEAD_ENV {
            cmd.env_remove(v);
        }
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("starting {BIN}: {e}"));
        Server {
            child,
            port,
            data_dir: data_dir.to_owned(),
            log: log.to_owned(),
        }
    }

    /// Starts `masthead serve` and waits until `/healthz` answers 200.
    pub fn start(data_dir: &Path, log: &Path, extra: &[&str], timeout: Duration) -> Server {
        let mut s = Server::spawn(data_dir, log, extra);
        s.wait_ready(timeout);
        s
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base())
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Polls `/healthz` until it answers 200; panics (with the server's log) after `timeout` or
    /// when the process exits first. Returns how long it took.
    pub fn wait_ready(&mut self, timeout: Duration) -> Duration {
        let probe = agent_with_timeout(Duration::from_secs(2));
        let url = self.url("/healthz");
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "masthead serve exited before it was ready ({status})\n{}",
                    log_tail(&self.log, 4000)
                );
            }
            let last = match probe.get(&url).call() {
                Ok(resp) if resp.status().as_u16() == 200 => return start.elapsed(),
                Ok(resp) => format!("status {}", resp.status()),
                Err(e) => e.to_string(),
            };
            if start.elapsed() > timeout {
                panic!(
                    "masthead serve did not answer {url} with 200 within {timeout:?} (last: {last})\n{}",
                    log_tail(&self.log, 4000)
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILL, then reap.
    pub fn kill_hard(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends SIGTERM and waits (bounded) for the process to exit.
    pub fn terminate(&mut self, timeout: Duration) -> ExitStatus {
        let pid = self.child.id().to_string();
        let st = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("running kill -TERM");
        assert!(st.success(), "kill -TERM {pid} failed: {st}");
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("waiting for masthead serve") {
                return status;
            }
            if start.elapsed() > timeout {
                self.kill_hard();
                panic!(
                    "masthead serve did not exit within {timeout:?} after SIGTERM\n{}",
                    log_tail(&self.log, 4000)
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.kill_hard();
        }
    }
}
