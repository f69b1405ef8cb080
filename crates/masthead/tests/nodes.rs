//! SPEC O2 as processes: three `masthead serve` nodes on one PostgreSQL database, each with its
//! own data directory (search index, page cache). One test runs the parts in order, because the
//! last one restarts PostgreSQL under the nodes:
//!
//! 1. an article published through node 1 is served, and found by search, on nodes 2 and 3
//!    within a second;
//! 2. an article scheduled a few seconds ahead is published once, on every node;
//! 3. views counted on all three nodes add up exactly in the database after SIGTERM;
//! 4. a session made on node 1 works on node 3, and a sign-out on node 2 ends it everywhere;
//! 5. node 2 killed with SIGKILL: nodes 1 and 3 answer every request meanwhile;
//! 6. PostgreSQL restarted (stopped with `pg_ctlcluster`, held down a little longer than the
//!    nodes wait for a connection, started again): cached pages keep being served, writes answer
//!    503 while it is down, writes work again within 5 s without restarting a node, every
//!    acknowledged write is kept, and the nodes still follow each other's changes.
//!
//! Each part runs even when an earlier one failed (as far as what it needs exists); the test
//! fails at the end naming every part that failed. Needs `MASTHEAD_TEST_POSTGRES_URL` (skipped
//! with a note without it); makes and drops its own database with `psql`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::panic::AssertUnwindSafe;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use support::{DESKTOP_UA, Server, TempDir, log_tail, post_links};

const PG_ENV: &str = "MASTHEAD_TEST_POSTGRES_URL";
/// Bound on a node's start (the first one loads the demo into PostgreSQL).
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// Bound on a node's exit after SIGTERM.
const STOP_TIMEOUT: Duration = Duration::from_secs(20);
/// Bound on each `masthead user …` and `psql` run.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// SPEC O2: what one node writes is visible on every node within this.
const SPREAD: Duration = Duration::from_secs(1);
/// How often the spread is polled.
const POLL: Duration = Duration::from_millis(50);
/// How long part 6 keeps PostgreSQL stopped: longer than the nodes' wait for a database
/// connection (5 s), so writes in the outage are answered (503), not held until it is back.
const DOWN_FOR: Duration = Duration::from_secs(6);

const ADMIN_EMAIL: &str = "chief@nodes.test";
const PASSPHRASE: &str = "violet kettle drums at noon";

// ---------------------------------------------------------------------------------------------
// Commands: psql and the masthead CLI, bounded.

/// Runs a command with `stdin`, killed after [`COMMAND_TIMEOUT`]: exit code, stdout, stderr.
fn run_bounded(cmd: &mut Command, stdin: &str) -> (Option<i32>, String, String) {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("starting {cmd:?}: {e}"));
    {
        let mut pipe = child.stdin.take().expect("the child's stdin");
        let _ = pipe.write_all(stdin.as_bytes());
    }
    let reader = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = reader(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let err = reader(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for a command") {
            break status;
        }
        if start.elapsed() > COMMAND_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not finish within {COMMAND_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (
        status.code(),
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    )
}

/// Where the test's PostgreSQL server is, from [`PG_ENV`].
#[derive(Clone)]
struct Pg {
    host: String,
    port: u16,
    user: String,
    password: Option<String>,
}

impl Pg {
    fn from_url(raw: &str) -> Pg {
        let u = url::Url::parse(raw).unwrap_or_else(|e| panic!("{PG_ENV}={raw:?}: {e}"));
        Pg {
            host: u.host_str().unwrap_or("127.0.0.1").to_owned(),
            port: u.port().unwrap_or(5432),
            user: if u.username().is_empty() {
                "postgres".to_owned()
            } else {
                u.username().to_owned()
            },
            password: u.password().map(str::to_owned),
        }
    }

    /// The URL of database `db` on this server.
    fn url(&self, db: &str) -> String {
        match &self.password {
            Some(p) => format!(
                "postgres://{}:{p}@{}:{}/{db}",
                self.user, self.host, self.port
            ),
            None => format!("postgres://{}@{}:{}/{db}", self.user, self.host, self.port),
        }
    }

    /// `psql` on database `db` with one statement: exit code, unaligned tuples, stderr.
    fn psql(&self, db: &str, sql: &str) -> (Option<i32>, String, String) {
        let mut cmd = Command::new("psql");
        cmd.args(["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1"])
            .args(["-h", &self.host, "-p", &self.port.to_string()])
            .args(["-U", &self.user, "-d", db, "-c", sql])
            .env("PGCONNECT_TIMEOUT", "5");
        if let Some(p) = &self.password {
            cmd.env("PGPASSWORD", p);
        }
        run_bounded(&mut cmd, "")
    }
}

/// A fresh database for one test, dropped at the end (after the nodes that use it).
struct TestDb {
    pg: Pg,
    name: String,
    url: String,
}

impl TestDb {
    fn create(pg: &Pg) -> TestDb {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "mh_nodes_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let (code, out, err) = pg.psql("postgres", &format!("CREATE DATABASE {name}"));
        assert_eq!(code, Some(0), "creating database {name}: {out}{err}");
        TestDb {
            url: pg.url(&name),
            pg: pg.clone(),
            name,
        }
    }

    /// One statement's result, trimmed; fails on any error.
    fn query(&self, sql: &str) -> String {
        let (code, out, err) = self.pg.psql(&self.name, sql);
        assert_eq!(code, Some(0), "psql {sql:?} on {}: {out}{err}", self.name);
        out.trim().to_owned()
    }

    fn count(&self, sql: &str) -> i64 {
        let v = self.query(sql);
        v.parse()
            .unwrap_or_else(|e| panic!("psql {sql:?} gave {v:?}, not a number: {e}"))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let (code, out, err) = self.pg.psql(
            "postgres",
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
        if code != Some(0) {
            eprintln!("note: dropping database {} failed: {out}{err}", self.name);
        }
    }
}

/// `masthead ARGS` with `stdin` and no `MASTHEAD_*` variable from the caller's shell.
fn masthead(args: &[&str], stdin: &str) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(support::BIN);
    cmd.args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("MASTHEAD_") {
            cmd.env_remove(k);
        }
    }
    run_bounded(&mut cmd, stdin)
}

// ---------------------------------------------------------------------------------------------
// HTTP: a client that does not follow redirects (sign-in answers 303 with the cookie).

fn http() -> &'static ureq::Agent {
    static AGENT: OnceLock<ureq::Agent> = OnceLock::new();
    AGENT.get_or_init(|| {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(None)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into()
    })
}

#[derive(Debug)]
struct Resp {
    status: u16,
    location: String,
    set_cookies: Vec<String>,
    body: String,
}

impl Resp {
    fn cookie(&self, name: &str) -> Option<String> {
        let prefix = format!("{name}=");
        self.set_cookies.iter().find_map(|c| {
            c.strip_prefix(&prefix)
                .map(|rest| rest.split(';').next().unwrap_or("").to_owned())
        })
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

fn read_resp(r: Result<http::Response<ureq::Body>, ureq::Error>) -> Result<Resp, String> {
    let mut r = r.map_err(|e| e.to_string())?;
    let header = |name: &str| -> Vec<String> {
        r.headers()
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    };
    let location = header("location").into_iter().next().unwrap_or_default();
    let set_cookies = header("set-cookie");
    let status = r.status().as_u16();
    let body = r
        .body_mut()
        .read_to_string()
        .map_err(|e| format!("reading the body: {e}"))?;
    Ok(Resp {
        status,
        location,
        set_cookies,
        body,
    })
}

/// GET with headers; a transport error as text.
fn try_get(url: &str, headers: &[(&str, &str)]) -> Result<Resp, String> {
    let mut req = http().get(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    read_resp(req.call())
}

/// POST `body` with headers; a transport error as text.
fn try_post(url: &str, headers: &[(&str, &str)], body: &str) -> Result<Resp, String> {
    let mut req = http().post(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    read_resp(req.send(body))
}

fn get(url: &str, headers: &[(&str, &str)]) -> Resp {
    try_get(url, headers).unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

fn post(url: &str, headers: &[(&str, &str)], body: &str) -> Resp {
    try_post(url, headers, body).unwrap_or_else(|e| panic!("POST {url}: {e}"))
}

/// `k=v&…`, form-encoded.
fn form(pairs: &[(&str, &str)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// The `value` of the first `<input>` whose tag contains `marker` (e.g. `name="csrf"`).
fn input_value(html: &str, marker: &str) -> Option<String> {
    html.split("<input").skip(1).find_map(|rest| {
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if !tag.contains(marker) {
            return None;
        }
        support::attr_values(&format!(" {tag}"), "value")
            .into_iter()
            .next()
    })
}

// ---------------------------------------------------------------------------------------------
// The newsroom over HTTP.

/// Signs in on `node` with the admin form (its CSRF cookie and token, a same-origin `Origin`);
/// the session token.
fn sign_in(node: &Server) -> String {
    let page = get(&node.url("/admin/login"), &[]);
    assert_eq!(page.status, 200, "GET /admin/login: {:.300}", page.body);
    let csrf_cookie = page
        .cookie("masthead_csrf")
        .unwrap_or_else(|| panic!("no masthead_csrf cookie: {:?}", page.set_cookies));
    let csrf = input_value(&page.body, "name=\"csrf\"").expect("a csrf field on the sign-in form");
    let r = post(
        &node.url("/admin/login"),
        &[
            ("Cookie", &format!("masthead_csrf={csrf_cookie}")),
            ("Origin", &node.base()),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &form(&[
            ("csrf", &csrf),
            ("email", ADMIN_EMAIL),
            ("password", PASSPHRASE),
        ]),
    );
    assert_eq!(
        (r.status, r.location.as_str()),
        (303, "/admin"),
        "signing in on {}: {:.500}\n{}",
        node.base(),
        r.body,
        log_tail(&node.log, 2000)
    );
    r.cookie("masthead_session")
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| panic!("no session cookie after signing in: {:?}", r.set_cookies))
}

fn session_cookie(session: &str) -> String {
    format!("masthead_session={session}")
}

/// Posts a newsroom form with the session: the token from the page at `token_from`.
fn staff_post(
    node: &Server,
    session: &str,
    path: &str,
    token_from: &str,
    pairs: &[(&str, &str)],
) -> Resp {
    let cookie = session_cookie(session);
    let page = get(&node.url(token_from), &[("Cookie", &cookie)]);
    assert_eq!(page.status, 200, "GET {token_from}: {:.300}", page.body);
    let csrf = input_value(&page.body, "name=\"csrf\"")
        .unwrap_or_else(|| panic!("no csrf field on {token_from}"));
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(pairs);
    post(
        &node.url(path),
        &[
            ("Cookie", &cookie),
            ("Origin", &node.base()),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &form(&all),
    )
}

/// An editor's token for the admin API, made on the Integrations page.
fn make_token(node: &Server, session: &str) -> String {
    let r = staff_post(
        node,
        session,
        "/admin/tokens",
        "/admin/tokens",
        &[("name", "Nodes test"), ("role", "editor")],
    );
    assert_eq!(r.status, 200, "POST /admin/tokens: {:.500}", r.body);
    let t = input_value(&r.body, "id=\"made-token\"").expect("the made token on the page");
    assert!(t.starts_with("mh_"), "{t}");
    t
}

/// `POST /api/v1/admin/articles` through `node` with the token.
fn try_create(node: &Server, token: &str, body: &Value) -> Result<Resp, String> {
    try_post(
        &node.url("/api/v1/admin/articles"),
        &[
            ("Authorization", &format!("Bearer {token}")),
            ("Content-Type", "application/json"),
        ],
        &body.to_string(),
    )
}

/// An article the API made: its id and address path.
#[derive(Debug, Clone)]
struct Made {
    id: i64,
    path: String,
}

fn made(r: &Resp, prefix: &str) -> Made {
    let v = r.json();
    Made {
        id: v["id"]
            .as_i64()
            .unwrap_or_else(|| panic!("no id in {}", r.body)),
        path: format!(
            "{prefix}/post/{}",
            v["slug"]
                .as_str()
                .unwrap_or_else(|| panic!("no slug in {}", r.body))
        ),
    }
}

fn story(edition: &str, section: &str, title: &str) -> Value {
    json!({
        "edition": edition,
        "title": title,
        "lead": "Written for the scale-out test.",
        "body": "A paragraph of the story.\n\nAnother paragraph.",
        "section": section,
        "status": "published",
    })
}

/// A word no demo article has, made of letters only (search reads digits apart).
fn unique_word(label: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut n = nanos ^ (u128::from(std::process::id()) << 40);
    let mut w = format!("zq{label}");
    for _ in 0..8 {
        w.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    w
}

/// Polls (every [`POLL`]) until `ok` holds for every one of `names`, at most `limit`; how long
/// each took (None: not within `limit`) and the last thing each saw.
fn poll_all(
    names: &[String],
    limit: Duration,
    mut probe: impl FnMut(usize) -> (bool, String),
) -> Vec<(Option<Duration>, String)> {
    let start = Instant::now();
    let mut out: Vec<(Option<Duration>, String)> = vec![(None, String::new()); names.len()];
    loop {
        for (i, o) in out.iter_mut().enumerate() {
            if o.0.is_none() {
                let (ok, seen) = probe(i);
                o.1 = seen;
                if ok {
                    o.0 = Some(start.elapsed());
                }
            }
        }
        if out.iter().all(|o| o.0.is_some()) || start.elapsed() > limit {
            return out;
        }
        std::thread::sleep(POLL);
    }
}

// ---------------------------------------------------------------------------------------------
// The cluster.

struct Cluster {
    /// Declared first: dropped (killed) before the directory and the database go.
    nodes: Vec<Server>,
    dir: TempDir,
    db: TestDb,
    /// Server flags every node gets.
    flags: Vec<String>,
    starts: usize,
}

impl Cluster {
    fn node_flags(&self) -> Vec<&str> {
        self.flags.iter().map(String::as_str).collect()
    }

    /// Starts node `i` (0-based) again in its own data directory, without waiting.
    fn spawn(&mut self, i: usize) -> Server {
        self.starts += 1;
        let data = self.dir.join(&format!("node{}", i + 1));
        let log = self.dir.join(&format!("node{}-{}.log", i + 1, self.starts));
        Server::spawn(&data, &log, &self.node_flags())
    }

    fn logs(&self) -> String {
        self.nodes
            .iter()
            .map(|n| log_tail(&n.log, 1500))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Runs one part, catching its failure (recorded in `failures`); what the part returned.
fn part<T>(name: &str, failures: &mut Vec<String>, f: impl FnOnce() -> T) -> Option<T> {
    let started = Instant::now();
    eprintln!("=== {name}");
    match std::panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => {
            eprintln!("=== {name}: ok ({:.1?})", started.elapsed());
            Some(v)
        }
        Err(e) => {
            let text = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            eprintln!("=== {name}: FAILED ({:.1?})", started.elapsed());
            failures.push(format!("{name}: {text}"));
            None
        }
    }
}

fn node_names(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("node {i}")).collect()
}

#[test]
fn three_nodes_on_one_postgres_database() {
    let Ok(pg_url) = std::env::var(PG_ENV) else {
        eprintln!("note: {PG_ENV} is not set; skipping the multi-node test");
        return;
    };
    let started = Instant::now();
    let (mut c, token) = start_cluster(&Pg::from_url(&pg_url));
    eprintln!("setup done in {:.1?}", started.elapsed());
    let mut failures = Vec::new();

    // Part 2's article is scheduled first, so its wait overlaps part 1.
    let scheduled = part("2a. schedule an article", &mut failures, || {
        schedule(&c, &token)
    });
    let published = part(
        "1. publish on node 1, read on nodes 2 and 3",
        &mut failures,
        || published_everywhere(&c, &token),
    );
    if let Some((m, due)) = scheduled {
        part(
            "2. scheduled publishing happens once",
            &mut failures,
            || {
                scheduled_once(&c, &m, due);
            },
        );
    }
    if let Some(m) = &published {
        part(
            "3. views over three nodes survive SIGTERM exactly",
            &mut failures,
            || views_add_up(&mut c, m),
        );
    }

    // The nodes again (part 3 stopped them; if it failed early, kill what still runs).
    for node in &mut c.nodes {
        node.kill_hard();
    }
    let mut again: Vec<Server> = (0..3).map(|i| c.spawn(i)).collect();
    for s in &mut again {
        s.wait_ready(START_TIMEOUT);
    }
    c.nodes = again;

    part("4. sessions are shared by the nodes", &mut failures, || {
        shared_sessions(&c);
    });
    let article = published
        .as_ref()
        .map_or_else(|| "/en/".to_owned(), |m| m.path.clone());
    part(
        "5. SIGKILL of node 2 while nodes 1 and 3 serve",
        &mut failures,
        || sigkill_one_node(&mut c, &article),
    );
    // Last: it disturbs everything.
    part("6. PostgreSQL restart", &mut failures, || {
        postgres_restart(&c, &token, &article);
    });

    for (n, node) in c.nodes.iter_mut().enumerate() {
        if n != 1 {
            let exit = node.terminate(STOP_TIMEOUT);
            if !exit.success() {
                failures.push(format!(
                    "node {} exited with {exit} after SIGTERM at the end\n{}",
                    n + 1,
                    log_tail(&node.log, 2000)
                ));
            }
        }
    }
    eprintln!("total {:.1?}", started.elapsed());
    assert!(
        failures.is_empty(),
        "{} part(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// A fresh database, three nodes on it (node 1 loads the demo first), an admin added with
/// `masthead user add`, signed in on node 1, and an editor's API token made there. Waits until
/// every node's search index answers.
fn start_cluster(pg: &Pg) -> (Cluster, String) {
    let db = TestDb::create(pg);
    let flags = vec![
        "--database-url".to_owned(),
        db.url.clone(),
        "--search-per-minute".to_owned(),
        "0".to_owned(),
        "--api-per-minute".to_owned(),
        "0".to_owned(),
    ];
    let mut c = Cluster {
        nodes: Vec::new(),
        dir: TempDir::new("nodes"),
        db,
        flags,
        starts: 0,
    };
    let mut first = c.spawn(0);
    let took = first.wait_ready(START_TIMEOUT);
    eprintln!(
        "node 1 ready in {took:.1?} (demo loaded into {})",
        c.db.name
    );
    c.nodes.push(first);
    let mut more = vec![c.spawn(1), c.spawn(2)];
    for s in &mut more {
        s.wait_ready(START_TIMEOUT);
    }
    c.nodes.append(&mut more);

    let cli_data = c.dir.join("cli");
    let (code, out, err) = masthead(
        &[
            "user",
            "add",
            "--email",
            ADMIN_EMAIL,
            "--name",
            "Nodes Chief",
            "--role",
            "admin",
            "--password-stdin",
            "--database-url",
            &c.db.url,
            "--data-dir",
            cli_data.to_str().unwrap(),
        ],
        &format!("{PASSPHRASE}\n"),
    );
    assert_eq!(code, Some(0), "masthead user add: {out}{err}");
    let session = sign_in(&c.nodes[0]);
    let token = make_token(&c.nodes[0], &session);

    // Nodes 2 and 3 build their indexes from the database in the background.
    let ready = poll_all(&node_names(3), Duration::from_secs(40), |i| {
        let r = get(&c.nodes[i].url("/api/v1/search?lang=en&q=ferry"), &[]);
        let v = r.json();
        (
            r.status == 200 && v["status"] == "ok" && v["total"].as_u64().unwrap_or(0) > 0,
            format!("{} {:.200}", r.status, r.body),
        )
    });
    for (i, (t, seen)) in ready.iter().enumerate() {
        assert!(
            t.is_some(),
            "node {}'s search index was not ready within 40 s (last: {seen})\n{}",
            i + 1,
            log_tail(&c.nodes[i].log, 3000)
        );
    }
    (c, token)
}

/// Part 2, first half: an article scheduled through node 1 for 3 to 4 s from now (whole
/// seconds, in the site's time zone); it and its time.
fn schedule(c: &Cluster, token: &str) -> (Made, jiff::Timestamp) {
    let tz =
        c.db.query("SELECT value FROM settings WHERE key = 'time_zone'");
    let tz = if tz.is_empty() {
        "Asia/Baku".to_owned()
    } else {
        tz
    };
    let due = jiff::Timestamp::from_second(jiff::Timestamp::now().as_second() + 4).unwrap();
    let local = due
        .in_tz(&tz)
        .unwrap_or_else(|e| panic!("time zone {tz:?}: {e}"))
        .strftime("%Y-%m-%dT%H:%M:%S")
        .to_string();
    let mut body = story("en", "economy", &format!("Scheduled {}", unique_word("s")));
    body["status"] = json!("scheduled");
    body["publish_at"] = json!(local);
    let r = try_create(&c.nodes[0], token, &body).unwrap();
    assert_eq!(r.status, 201, "scheduling: {}", r.body);
    assert_eq!(r.json()["status"], "scheduled", "{}", r.body);
    let m = made(&r, "/en");
    let early = get(&c.nodes[1].url(&m.path), &[]);
    assert_eq!(
        early.status, 404,
        "a scheduled article answered {} on node 2 before its time",
        early.status
    );
    eprintln!("  article {} scheduled for {local} ({tz})", m.id);
    (m, due)
}

/// Part 1: published through node 1, the article is served and found by search on nodes 2
/// and 3 within [`SPREAD`]; the article.
fn published_everywhere(c: &Cluster, token: &str) -> Made {
    let word = unique_word("p");
    let title = format!("Harbour {word} reopens");
    let r = try_create(&c.nodes[0], token, &story("en", "economy", &title)).unwrap();
    let acked = Instant::now();
    assert_eq!(r.status, 201, "publishing through node 1: {}", r.body);
    assert_eq!(r.json()["status"], "published", "{}", r.body);
    let m = made(&r, "/en");
    // For nodes 2 and 3: the article page, then the search page.
    let checks: Vec<String> = [2, 3]
        .iter()
        .flat_map(|n| [format!("node {n} article page"), format!("node {n} search")])
        .collect();
    let search = format!("/en/search?q={word}");
    let seen = poll_all(&checks, Duration::from_secs(5), |k| {
        let node = &c.nodes[1 + k / 2];
        if k % 2 == 0 {
            let r = get(&node.url(&m.path), &[]);
            (
                r.status == 200 && r.body.contains(&word),
                format!("status {}", r.status),
            )
        } else {
            let r = get(&node.url(&search), &[]);
            let links = post_links(&r.body, "/en");
            (
                r.status == 200 && links.contains(&m.path),
                format!("status {}, result links {links:?}", r.status),
            )
        }
    });
    let mut late = Vec::new();
    for (name, (t, last)) in checks.iter().zip(&seen) {
        eprintln!("  {name}: {t:.1?} after the 201");
        if !t.is_some_and(|t| t <= SPREAD) {
            late.push(format!("{name}: {t:?} (last: {last:.300})"));
        }
    }
    assert!(
        late.is_empty(),
        "article {} ({}) published through node 1 {:?} ago was not served within {SPREAD:?}: \
         {late:#?}\n{}",
        m.id,
        m.path,
        acked.elapsed(),
        c.logs()
    );
    assert_eq!(
        get(&c.nodes[0].url(&m.path), &[]).status,
        200,
        "node 1 itself"
    );
    m
}

/// Part 2: once due, the scheduled article shows on all three nodes, and two seconds later
/// (every node's scheduler has looked again) it was published exactly once.
fn scheduled_once(c: &Cluster, m: &Made, due: jiff::Timestamp) {
    let wait_ms = due.as_millisecond() - jiff::Timestamp::now().as_millisecond();
    if wait_ms > 0 {
        std::thread::sleep(Duration::from_millis(wait_ms.unsigned_abs()));
    }
    let names = node_names(3);
    let seen = poll_all(&names, Duration::from_secs(6), |i| {
        let r = get(&c.nodes[i].url(&m.path), &[]);
        (r.status == 200, format!("status {}", r.status))
    });
    // The scheduler looks every second; then a second to spread.
    for (name, (t, last)) in names.iter().zip(&seen) {
        eprintln!("  {name}: visible {t:.1?} after its time");
        assert!(
            t.is_some_and(|t| t <= Duration::from_secs(3)),
            "scheduled article {} not on {name} within 3 s of its time ({t:?}, last: {last})\n{}",
            m.id,
            c.logs()
        );
    }
    std::thread::sleep(Duration::from_secs(2));
    let entries = c.db.count(&format!(
        "SELECT count(*) FROM audit_log WHERE detail = 'published (scheduled)' \
         AND target = 'article:{}'",
        m.id
    ));
    let status =
        c.db.query(&format!("SELECT status FROM articles WHERE id = {}", m.id));
    let all = c.db.query(&format!(
        "SELECT string_agg(actor || ' ' || action || ' ' || detail, '; ' ORDER BY id) \
         FROM audit_log WHERE target = 'article:{}'",
        m.id
    ));
    eprintln!("  audit of article {}: {all}", m.id);
    assert_eq!(status, "published", "article {} in the database", m.id);
    assert_eq!(
        entries, 1,
        "article {}: {entries} \"published (scheduled)\" audit entries, not 1 ({all})",
        m.id
    );
}

/// Part 3: 30 readers' beacons on each node, then SIGTERM to all three: the database has
/// every view, once.
fn views_add_up(c: &mut Cluster, m: &Made) {
    const PER_NODE: i64 = 30;
    let views = format!("SELECT views FROM articles WHERE id = {}", m.id);
    let before = c.db.count(&views);
    let body = json!({ "lang": "en" }).to_string();
    for i in 0..PER_NODE {
        for (n, node) in c.nodes.iter().enumerate() {
            let ua = format!("{DESKTOP_UA} Reader/{n}-{i}");
            let r = post(
                &node.url(&format!("/api/v1/articles/{}/views", m.id)),
                &[("User-Agent", &ua), ("Content-Type", "application/json")],
                &body,
            );
            assert!(
                r.status == 200 && r.json()["counted"] == true,
                "beacon {i} on node {}: {} {}",
                n + 1,
                r.status,
                r.body
            );
        }
    }
    let total = PER_NODE * 3;
    for (n, node) in c.nodes.iter_mut().enumerate() {
        let exit = node.terminate(STOP_TIMEOUT);
        assert!(
            exit.success(),
            "node {} exited with {exit} after SIGTERM\n{}",
            n + 1,
            log_tail(&node.log, 3000)
        );
    }
    let after = c.db.count(&views);
    eprintln!("  views: {before} before, {after} after {total} beacons and SIGTERM");
    assert_eq!(
        after,
        before + total,
        "article {}: {total} views counted over three nodes, then SIGTERM: the database has \
         {after}, expected {} (less: lost, more: counted twice)\n{}",
        m.id,
        before + total,
        c.logs()
    );
}

/// Whether an answer sends the browser to the sign-in page.
fn to_sign_in(r: &Resp) -> bool {
    r.status == 303 && r.location.starts_with("/admin/login")
}

/// Part 4: a session made on node 1 opens admin pages on nodes 3 and 2; a sign-out on node 2
/// ends it on nodes 1 and 3.
fn shared_sessions(c: &Cluster) {
    let s = sign_in(&c.nodes[0]);
    let cookie = session_cookie(&s);
    for n in [2usize, 1] {
        let r = get(&c.nodes[n].url("/admin"), &[("Cookie", &cookie)]);
        assert_eq!(
            r.status,
            200,
            "a session made on node 1, on node {}'s /admin: {} (location {:?})",
            n + 1,
            r.status,
            r.location
        );
    }
    let r = staff_post(&c.nodes[1], &s, "/admin/logout", "/admin", &[]);
    assert!(
        to_sign_in(&r),
        "sign-out on node 2: {} {:?} {:.300}",
        r.status,
        r.location,
        r.body
    );
    let others = ["node 1".to_owned(), "node 3".to_owned()];
    let seen = poll_all(&others, SPREAD, |k| {
        let r = get(&c.nodes[k * 2].url("/admin"), &[("Cookie", &cookie)]);
        (
            to_sign_in(&r),
            format!("{} location {:?}", r.status, r.location),
        )
    });
    for (name, (t, last)) in others.iter().zip(&seen) {
        assert!(
            t.is_some(),
            "after signing out on node 2, {name}'s /admin still takes the session: {last}"
        );
    }
    let r = get(&c.nodes[2].url("/admin/tokens"), &[("Cookie", &cookie)]);
    assert!(
        to_sign_in(&r),
        "node 3's /admin/tokens after the sign-out: {} {:?}",
        r.status,
        r.location
    );
}

/// Part 5: 200 page requests alternating between nodes 1 and 3; node 2 is killed with SIGKILL
/// after the 50th. Every one answers 200.
fn sigkill_one_node(c: &mut Cluster, article: &str) {
    let paths = [
        article.to_owned(),
        "/en/".to_owned(),
        "/en/category/economy".to_owned(),
    ];
    let bases = [c.nodes[0].base(), c.nodes[2].base()];
    let done = Arc::new(AtomicUsize::new(0));
    let client = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut bad = Vec::new();
            for i in 0..200usize {
                let url = format!("{}{}", bases[i % 2], paths[(i / 2) % paths.len()]);
                match try_get(&url, &[]) {
                    Ok(r) if r.status == 200 => {}
                    Ok(r) => bad.push(format!("#{i} {url}: {}", r.status)),
                    Err(e) => bad.push(format!("#{i} {url}: {e}")),
                }
                done.fetch_add(1, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
            }
            bad
        })
    };
    let wait = Instant::now();
    while done.load(Ordering::SeqCst) < 50 && wait.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let at = done.load(Ordering::SeqCst);
    c.nodes[1].kill_hard();
    let bad = client.join().expect("the client thread");
    eprintln!(
        "  node 2 killed after request {at} of 200; {} not 200",
        bad.len()
    );
    assert!(at < 200, "the kill came after every request ({at})");
    assert!(
        bad.is_empty(),
        "requests to nodes 1 and 3 around node 2's SIGKILL: {bad:#?}\n{}",
        c.logs()
    );
}

/// One write of part 6: which node, when, and what it answered.
#[derive(Debug)]
struct Attempt {
    node: usize,
    title: String,
    started: Instant,
    finished: Instant,
    answer: Result<(u16, Option<Made>), String>,
}

impl Attempt {
    fn acked(&self) -> bool {
        matches!(self.answer, Ok((201, _)))
    }

    fn status(&self) -> Option<u16> {
        self.answer.as_ref().ok().map(|(s, _)| *s)
    }
}

/// Part 6's writes: articles published through the admin API in the Armenian edition, each
/// with its own title.
struct Writes {
    token: String,
    section: String,
    word: String,
    n: AtomicUsize,
}

impl Writes {
    fn write(&self, node: usize, base: &str) -> Attempt {
        let i = self.n.fetch_add(1, Ordering::SeqCst);
        let title = format!("Night ferry {} {i}", self.word);
        let body = story("hy", &self.section, &title);
        let started = Instant::now();
        let answer = try_post(
            &format!("{base}/api/v1/admin/articles"),
            &[
                ("Authorization", &format!("Bearer {}", self.token)),
                ("Content-Type", "application/json"),
            ],
            &body.to_string(),
        )
        .map(|r| {
            let m = (r.status == 201).then(|| made(&r, "/hy"));
            (r.status, m)
        });
        Attempt {
            node,
            title,
            started,
            finished: Instant::now(),
            answer,
        }
    }
}

/// `pg_ctlcluster … main ACTION` through `sh -c`: exit code and what to show.
fn pg_ctl(action: &str) -> (Option<i32>, String) {
    let cmd =
        format!("pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main {action}");
    let (code, out, err) = run_bounded(Command::new("sh").args(["-c", &cmd]), "");
    let said = format!("{cmd}: exit {code:?} {}{}", out.trim(), err.trim());
    // Another process on this machine (a CI step, a benchmark) may have started the server at
    // the same moment, which makes our start fail on its lock file: what counts is that the
    // server answers.
    if action == "start" && code != Some(0) && postgres_answers_within(Duration::from_secs(10)) {
        return (Some(0), format!("{said} (but the server answers)"));
    }
    (code, said)
}

/// Whether 127.0.0.1:5432 accepts a connection within `limit`.
fn postgres_answers_within(limit: Duration) -> bool {
    let until = Instant::now() + limit;
    while Instant::now() < until {
        if std::net::TcpStream::connect_timeout(
            &std::net::SocketAddr::from(([127, 0, 0, 1], 5432)),
            Duration::from_millis(200),
        )
        .is_ok()
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Starts PostgreSQL again if part 6 fails between its stop and its start, so nothing after
/// this test finds it down.
struct StartAgain {
    armed: bool,
}

impl Drop for StartAgain {
    fn drop(&mut self) {
        if self.armed {
            let said = std::panic::catch_unwind(|| pg_ctl("start"));
            eprintln!("note: PostgreSQL started again after a failure: {said:?}");
        }
    }
}

/// When part 6's restart happened.
struct Restart {
    began: Instant,
    stopped: Instant,
    starting: Instant,
    ended: Instant,
}

impl Restart {
    /// An instant relative to the stop, for the report.
    fn t(&self, i: Instant) -> String {
        if i >= self.began {
            format!("+{:.2}s", (i - self.began).as_secs_f64())
        } else {
            format!("-{:.2}s", (self.began - i).as_secs_f64())
        }
    }
}

/// One read of part 6: when, what, and the status or the transport error.
type PageRead = (Instant, String, Result<u16, String>);

/// Reads every URL in turn until `stop`.
fn read_until(stop: Arc<AtomicBool>, urls: Vec<String>) -> std::thread::JoinHandle<Vec<PageRead>> {
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut k = 0usize;
        while !stop.load(Ordering::SeqCst) {
            let url = &urls[k % urls.len()];
            k += 1;
            let at = Instant::now();
            seen.push((at, url.clone(), try_get(url, &[]).map(|r| r.status)));
            std::thread::sleep(Duration::from_millis(20));
        }
        seen
    })
}

/// Writes through `base` until `stop`, counting in `ok_after` the acknowledged ones that
/// started after the restart ended (`end`, once set).
fn write_until(
    writes: Arc<Writes>,
    node: usize,
    base: String,
    stop: Arc<AtomicBool>,
    end: Arc<OnceLock<Instant>>,
    ok_after: Arc<AtomicUsize>,
) -> std::thread::JoinHandle<Vec<Attempt>> {
    std::thread::spawn(move || {
        let mut mine = Vec::new();
        while !stop.load(Ordering::SeqCst) {
            let a = writes.write(node, &base);
            if a.acked() && end.get().is_some_and(|e| a.started >= *e) {
                ok_after.fetch_add(1, Ordering::SeqCst);
            }
            mine.push(a);
            std::thread::sleep(Duration::from_millis(100));
        }
        mine
    })
}

/// Part 6: PostgreSQL stopped for [`DOWN_FOR`] and started again under nodes 1 and 3 while
/// two writers publish through them and a reader reads cached English pages.
fn postgres_restart(c: &Cluster, token: &str, article: &str) {
    let has_ctl = Command::new("sh")
        .args(["-c", "command -v pg_ctlcluster"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_ctl {
        eprintln!("note: pg_ctlcluster is not on PATH; skipping the PostgreSQL restart part");
        return;
    }
    let live = [0usize, 2];
    let bases: Vec<String> = live.iter().map(|&i| c.nodes[i].base()).collect();
    // Writes go to the Armenian edition; the pages read during the restart are English ones,
    // which those writes do not touch, so they stay cached.
    let section =
        c.db.query("SELECT slug FROM sections WHERE edition = 'hy' ORDER BY position, id LIMIT 1");
    assert!(!section.is_empty(), "the demo has an Armenian section");
    let writes = Arc::new(Writes {
        token: token.to_owned(),
        section: section.clone(),
        word: unique_word("r"),
        n: AtomicUsize::new(0),
    });

    // Before: acknowledged writes on both nodes.
    let mut attempts: Vec<Attempt> = Vec::new();
    for _ in 0..3 {
        for (&i, base) in live.iter().zip(&bases) {
            let a = writes.write(i, base);
            assert!(
                a.acked(),
                "a write before the restart through node {}: {:?}",
                i + 1,
                a.answer
            );
            attempts.push(a);
        }
    }
    // A checkpoint now keeps the shutdown's own short (it took 15 s once on a busy machine).
    c.db.query("CHECKPOINT");
    // Pages to read while the database is away, cached on both nodes.
    let pages = ["/en/", "/en/category/economy", article];
    std::thread::sleep(Duration::from_millis(500));
    let urls: Vec<String> = bases
        .iter()
        .flat_map(|b| pages.iter().map(move |p| format!("{b}{p}")))
        .collect();
    for url in &urls {
        for _ in 0..2 {
            assert_eq!(get(url, &[]).status, 200, "warming {url}");
        }
    }

    let stop_reads = Arc::new(AtomicBool::new(false));
    let reader = read_until(stop_reads.clone(), urls);
    let stop_writes = Arc::new(AtomicBool::new(false));
    let end = Arc::new(OnceLock::new());
    let ok_after = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = live
        .iter()
        .zip(&bases)
        .map(|(&i, base)| {
            write_until(
                writes.clone(),
                i,
                base.clone(),
                stop_writes.clone(),
                end.clone(),
                ok_after.clone(),
            )
        })
        .collect();

    // The restart: stopped, held down for DOWN_FOR, started again.
    let began = Instant::now();
    let mut guard = StartAgain { armed: true };
    let (stop_code, stop_said) = pg_ctl("stop");
    let stopped = Instant::now();
    std::thread::sleep(DOWN_FOR.saturating_sub(stopped - began));
    let starting = Instant::now();
    let (start_code, start_said) = pg_ctl("start");
    guard.armed = start_code != Some(0);
    let ended = Instant::now();
    let _ = end.set(ended);
    let r = Restart {
        began,
        stopped,
        starting,
        ended,
    };
    eprintln!(
        "  {stop_said} (took {:.1?}); {start_said} (took {:.1?})",
        stopped - began,
        ended - starting,
    );
    // Reads go on a moment after the restart; writes until a few have worked again, at most
    // 5 s (plus the bound of a write in flight).
    std::thread::sleep(Duration::from_millis(500));
    stop_reads.store(true, Ordering::SeqCst);
    let limit = ended + Duration::from_secs(5);
    while Instant::now() < limit
        && (ok_after.load(Ordering::SeqCst) < 4 || ended.elapsed() < Duration::from_secs(1))
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    stop_writes.store(true, Ordering::SeqCst);
    let reads = reader.join().expect("the reader thread");
    for w in writers {
        attempts.extend(w.join().expect("a writer thread"));
    }
    assert!(
        stop_code == Some(0) && start_code == Some(0),
        "restarting PostgreSQL failed: {stop_said}; {start_said}"
    );

    let mut problems = Vec::new();
    // Cached pages kept being served.
    let bad_reads: Vec<String> = reads
        .iter()
        .filter(|(_, _, s)| !matches!(s, Ok(200)))
        .map(|(at, url, s)| format!("{} GET {url}: {s:?}", r.t(*at)))
        .collect();
    eprintln!(
        "  {} reads of cached pages around the restart, {} not 200",
        reads.len(),
        bad_reads.len()
    );
    if !bad_reads.is_empty() {
        problems.push(format!(
            "cached pages not served during the PostgreSQL restart:\n{}",
            bad_reads.join("\n")
        ));
    }
    problems.extend(check_writes(&attempts, &r));
    problems.extend(check_kept(c, &attempts, &bases));
    problems.extend(check_following(c, token, &section));
    assert!(problems.is_empty(), "{}\n{}", problems.join("\n"), c.logs());
}

/// Part 6's writes: every one answered 201 or 503 (never a 500 or no answer), some were made
/// while the database was away, and they work again within 5 s of the start.
fn check_writes(attempts: &[Attempt], r: &Restart) -> Vec<String> {
    let mut problems = Vec::new();
    let lines: Vec<String> = attempts
        .iter()
        .filter(|a| a.started + Duration::from_millis(200) >= r.began)
        .map(|a| {
            format!(
                "  write via node {} {}..{}: {}",
                a.node + 1,
                r.t(a.started),
                r.t(a.finished),
                match &a.answer {
                    Ok((s, _)) => s.to_string(),
                    Err(e) => e.clone(),
                }
            )
        })
        .collect();
    eprintln!(
        "  stopping {}, stopped {}, starting {}, started {}\n{}",
        r.t(r.began),
        r.t(r.stopped),
        r.t(r.starting),
        r.t(r.ended),
        lines.join("\n")
    );
    let in_outage: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.started >= r.began && a.started < r.starting)
        .collect();
    let with = |s: u16| in_outage.iter().filter(|a| a.status() == Some(s)).count();
    eprintln!(
        "  {} writes attempted from the stop until the start: {} answered 503, {} 201",
        in_outage.len(),
        with(503),
        with(201)
    );
    if in_outage.is_empty() {
        problems.push("no write was attempted while PostgreSQL was stopping or stopped".to_owned());
    }
    let bad: Vec<String> = attempts
        .iter()
        .filter(|a| !matches!(a.status(), Some(201 | 503)))
        .map(|a| {
            format!(
                "write via node {} {}..{}: {:?}",
                a.node + 1,
                r.t(a.started),
                r.t(a.finished),
                a.answer.as_ref().map(|(s, _)| s)
            )
        })
        .collect();
    if !bad.is_empty() {
        problems.push(format!(
            "writes answered neither 201 nor 503 around the restart:\n{}",
            bad.join("\n")
        ));
    }
    // Writes work again within 5 s of the restart, without restarting a node.
    let first_ok = attempts
        .iter()
        .filter(|a| a.finished >= r.ended && a.acked())
        .map(|a| a.finished - r.ended)
        .min();
    let started_after = attempts
        .iter()
        .filter(|a| a.started >= r.ended && a.acked())
        .count();
    eprintln!(
        "  first acknowledged write {first_ok:.1?} after the start; {started_after} writes \
         started after it were acknowledged"
    );
    if first_ok.is_none_or(|d| d > Duration::from_secs(5)) || started_after == 0 {
        problems.push(format!(
            "no write succeeded within 5 s after the restart (first: {first_ok:?}; started \
             after it and acknowledged: {started_after})"
        ));
    }
    problems
}

/// Every acknowledged write of part 6 is published in the database and served by both nodes.
fn check_kept(c: &Cluster, attempts: &[Attempt], bases: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    let acked: Vec<&Made> = attempts
        .iter()
        .filter_map(|a| match &a.answer {
            Ok((201, Some(m))) => Some(m),
            _ => None,
        })
        .collect();
    let ids: Vec<String> = acked.iter().map(|m| m.id.to_string()).collect();
    let present = c.db.count(&format!(
        "SELECT count(*) FROM articles WHERE status = 'published' AND id IN ({})",
        ids.join(",")
    ));
    let refused: Vec<String> = attempts
        .iter()
        .filter(|a| !a.acked())
        .map(|a| format!("'{}'", a.title))
        .collect();
    let refused_kept = if refused.is_empty() {
        0
    } else {
        c.db.count(&format!(
            "SELECT count(*) FROM articles WHERE title IN ({})",
            refused.join(",")
        ))
    };
    eprintln!(
        "  {} writes: {} acknowledged, {present} of them published in the database; {} \
         refused, {refused_kept} of those in the database anyway",
        attempts.len(),
        acked.len(),
        refused.len()
    );
    if present != i64::try_from(acked.len()).unwrap() {
        problems.push(format!(
            "{} writes were acknowledged but only {present} are published in the database",
            acked.len()
        ));
    }
    for m in &acked {
        for base in bases {
            let r = try_get(&format!("{base}{}", m.path), &[]);
            if !matches!(r, Ok(Resp { status: 200, .. })) {
                problems.push(format!(
                    "acknowledged article {} not served at {base}{}: {:?}",
                    m.id,
                    m.path,
                    r.map(|r| r.status)
                ));
            }
        }
    }
    problems
}

/// After the restart the nodes still follow each other: an article published on node 1 is
/// found by node 3's search within [`SPREAD`] (its change-log listener came back).
fn check_following(c: &Cluster, token: &str, section: &str) -> Option<String> {
    let word = unique_word("a");
    let r = try_create(
        &c.nodes[0],
        token,
        &story("hy", section, &format!("Morning tram {word}")),
    );
    let r = match r {
        Ok(r) if r.status == 201 => r,
        other => {
            return Some(format!(
                "a write on node 1 after the restart: {:?}",
                other.map(|r| (r.status, r.body))
            ));
        }
    };
    let m = made(&r, "/hy");
    let q = format!("/hy/search?q={word}");
    let seen = poll_all(&["node 3".to_owned()], SPREAD, |_| {
        let r = get(&c.nodes[2].url(&q), &[]);
        let links = post_links(&r.body, "/hy");
        (
            r.status == 200 && links.contains(&m.path),
            format!("{} {links:?}", r.status),
        )
    });
    eprintln!(
        "  published on node 1 after the restart, found by node 3's search after {:.1?}",
        seen[0].0
    );
    seen[0].0.is_none().then(|| {
        format!(
            "after the restart, an article published on node 1 was not found by node 3's search \
             within {SPREAD:?} (last: {})",
            seen[0].1
        )
    })
}
