//! End-to-end tests of `masthead user …` as a process: accounts added, listed, changed and
//! refused from the command line, one-time links, and the first-admin link `serve` prints.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{Server, TempDir, get};

/// Bound on each start of the server.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// Bound on each `masthead user …` run (an Argon2 hash in a debug build included).
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// Bound on a server's exit after SIGTERM.
const STOP_TIMEOUT: Duration = Duration::from_secs(15);

/// A passphrase the password rules accept.
const PASSPHRASE: &str = "violet kettle drums at noon";

/// What a finished command gave.
#[derive(Debug)]
struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Output {
    /// Everything, for failure messages.
    fn show(&self) -> String {
        format!(
            "exit {:?}\n--- stdout ---\n{}--- stderr ---\n{}--- end ---",
            self.code, self.stdout, self.stderr
        )
    }

    /// The non-empty lines of stderr.
    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect()
    }
}

/// Runs the binary with `args`, `stdin` (or none) and no `MASTHEAD_*` variable but `env`;
/// kills it and fails after [`COMMAND_TIMEOUT`].
fn run(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(support::BIN);
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("MASTHEAD_") {
            cmd.env_remove(k);
        }
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("starting {} {args:?}: {e}", support::BIN));
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("the child's stdin");
        // The command may exit before it reads (a bad role is refused first): a broken pipe
        // is not the test's failure.
        let _ = pipe.write_all(text.as_bytes());
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
        if let Some(status) = child.try_wait().expect("waiting for masthead") {
            break status;
        }
        if start.elapsed() > COMMAND_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "masthead {args:?} did not finish within {COMMAND_TIMEOUT:?}; stderr so far:\n{}",
                err.join().unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        code: status.code(),
        stdout: out.join().expect("reading stdout"),
        stderr: err.join().expect("reading stderr"),
    }
}

/// One row of `masthead user list`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    email: String,
    role: String,
    state: String,
    totp: String,
    name: String,
}

/// `masthead user …` against one data directory.
struct Users {
    data: PathBuf,
}

impl Users {
    fn new(data: &Path) -> Users {
        Users {
            data: data.to_owned(),
        }
    }

    /// `masthead user ARGS --data-dir DATA`.
    fn run_env(&self, args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
        let data = self.data.to_str().expect("a UTF-8 temp path");
        let mut all = vec!["user"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--data-dir", data]);
        run(&all, stdin, env)
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        self.run_env(args, stdin, &[])
    }

    /// Runs a command that must succeed; its output.
    fn ok(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let out = self.run(args, stdin);
        assert_eq!(
            out.code,
            Some(0),
            "masthead user {args:?} failed\n{}",
            out.show()
        );
        out
    }

    /// Runs a command that must be refused as bad input: exit 2, nothing on stdout and one line
    /// on stderr that contains `says`.
    fn refused(&self, args: &[&str], stdin: Option<&str>, says: &str) {
        let out = self.run(args, stdin);
        assert_eq!(
            out.code,
            Some(2),
            "masthead user {args:?}: expected exit 2 ({says})\n{}",
            out.show()
        );
        assert!(
            out.stdout.trim().is_empty(),
            "masthead user {args:?} was refused but printed on stdout\n{}",
            out.show()
        );
        let lines = out.stderr_lines();
        assert_eq!(
            lines.len(),
            1,
            "masthead user {args:?}: expected a one-line message on stderr\n{}",
            out.show()
        );
        assert!(
            lines[0].starts_with("masthead: ") && lines[0].contains(says),
            "masthead user {args:?}: the message does not say {says:?}\n{}",
            out.show()
        );
    }

    /// `masthead user add … --password-stdin` that must succeed.
    fn add(&self, email: &str, name: &str, role: &str, password: &str) {
        let out = self.ok(
            &[
                "add",
                "--email",
                email,
                "--name",
                name,
                "--role",
                role,
                "--password-stdin",
            ],
            Some(&format!("{password}\n")),
        );
        assert_eq!(
            out.stdout.trim(),
            format!("created {name} <{email}> as {role}"),
            "{}",
            out.show()
        );
    }

    /// Every account `masthead user list` shows.
    fn list(&self) -> Vec<Row> {
        let out = self.ok(&["list"], None);
        let mut lines = out.stdout.lines();
        let header: Vec<&str> = lines
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        assert_eq!(
            header,
            ["id", "email", "role", "state", "totp", "name"],
            "the header of `user list`\n{}",
            out.show()
        );
        lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                assert!(f.len() >= 6, "a short row in `user list`: {l:?}");
                assert!(
                    f[0].parse::<i64>().is_ok(),
                    "the id of a row in `user list` is not a number: {l:?}"
                );
                Row {
                    email: f[1].to_owned(),
                    role: f[2].to_owned(),
                    state: f[3].to_owned(),
                    totp: f[4].to_owned(),
                    name: f[5..].join(" "),
                }
            })
            .collect()
    }

    /// The row of one account; fails when it is missing.
    fn row(&self, email: &str) -> Row {
        let rows = self.list();
        rows.iter()
            .find(|r| r.email == email)
            .cloned()
            .unwrap_or_else(|| panic!("{email} is not in `user list`: {rows:?}"))
    }
}

fn row(email: &str, role: &str, state: &str, name: &str) -> Row {
    Row {
        email: email.to_owned(),
        role: role.to_owned(),
        state: state.to_owned(),
        totp: "off".to_owned(),
        name: name.to_owned(),
    }
}

/// The token of a one-time link under `base`: `BASE/admin/link/TOKEN`, the token 43 base64url
/// characters (256 random bits).
fn link_token(link: &str, base: &str) -> String {
    let prefix = format!("{base}/admin/link/");
    let token = link
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("the link {link:?} is not under {prefix}"));
    assert!(
        token.len() == 43
            && token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "the token of {link:?} is not 43 base64url characters"
    );
    token.to_owned()
}

/// The text after `marker` on the only stdout line that has it.
fn after<'a>(out: &'a Output, marker: &str) -> &'a str {
    let hits: Vec<&str> = out
        .stdout
        .lines()
        .filter_map(|l| l.split_once(marker).map(|(_, rest)| rest.trim()))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "expected one line with {marker:?}\n{}",
        out.show()
    );
    hits[0]
}

#[test]
fn user_help_lists_the_commands() {
    let out = run(&["user", "--help"], None, &[]);
    assert_eq!(out.code, Some(0), "{}", out.show());
    for cmd in [
        "add",
        "list",
        "disable",
        "enable",
        "set-role",
        "reset-password",
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.split_whitespace().next() == Some(cmd)),
            "`masthead user --help` does not list `{cmd}`\n{}",
            out.show()
        );
    }
}

#[test]
fn add_with_a_password_then_refusals_change_nothing() {
    let dir = TempDir::new("user-add");
    let users = Users::new(&dir.join("data"));
    assert_eq!(users.list(), [], "a new site has no accounts");

    // A passphrase from standard input.
    users.add("anna@example.org", "Anna Petrova", "editor", PASSPHRASE);
    let after_add = users.list();
    assert_eq!(
        after_add,
        [row("anna@example.org", "editor", "active", "Anna Petrova")]
    );

    // Refusals: exit 2, one line naming the problem, and nothing created.
    let add = |email: &'static str, role: &'static str| {
        move |extra: &[&'static str]| {
            let mut a = vec![
                "add",
                "--email",
                email,
                "--name",
                "Boris Kuznetsov",
                "--role",
                role,
            ];
            a.extend_from_slice(extra);
            a
        }
    };
    let stdin_pw = ["--password-stdin"];
    let taken_msg = "An account with this e-mail already exists";
    users.refused(
        &add("anna@example.org", "author")(&stdin_pw),
        Some("another kettle of fish today\n"),
        taken_msg,
    );
    users.refused(
        &add("  Anna@Example.ORG ", "author")(&stdin_pw),
        Some("another kettle of fish today\n"),
        taken_msg,
    );
    users.refused(&add("anna@example.org", "author")(&[]), None, taken_msg);
    let role_msg = "--role must be contributor, author, editor or admin";
    for bad_role in ["superuser", "", "Admins"] {
        users.refused(
            &add("boris@example.org", bad_role)(&stdin_pw),
            Some(&format!("{PASSPHRASE}\n")),
            role_msg,
        );
    }
    users.refused(&add("boris@example.org", "superuser")(&[]), None, role_msg);
    for bad_email in [
        "boris",
        "boris@",
        "@example.org",
        "boris@localhost",
        "bo ris@example.org",
    ] {
        users.refused(
            &add(bad_email, "author")(&stdin_pw),
            Some(&format!("{PASSPHRASE}\n")),
            "Enter an e-mail address",
        );
    }
    users.refused(
        &add("boris@example.org", "author")(&stdin_pw),
        Some("short pw1\n"),
        "at least 12 characters",
    );
    users.refused(
        &add("boris@example.org", "author")(&stdin_pw),
        Some(""),
        "at least 12 characters",
    );
    for common in ["password1234", "123456789012", "qwertyuiopasdf"] {
        users.refused(
            &add("boris@example.org", "author")(&stdin_pw),
            Some(&format!("{common}\n")),
            "too common or too easy to guess",
        );
    }
    users.refused(
        &add("boris@example.org", "author")(&stdin_pw),
        Some("kuznetsovboris\n"),
        "too common or too easy to guess",
    );
    assert_eq!(
        users.list(),
        after_add,
        "refused `user add` runs changed the accounts"
    );

    // A long password (past the length the guessability check looks at) is accepted, and only
    // the first line of standard input is the password.
    let long = "the quick brown fox jumps over the lazy dog, again and again, ".repeat(3);
    assert!(long.chars().count() >= 128);
    users.add(
        "boris@example.org",
        "Boris Kuznetsov",
        "author",
        &format!("{long}\nsecond line is not the password"),
    );
    assert_eq!(
        users.list(),
        [
            row("anna@example.org", "editor", "active", "Anna Petrova"),
            row("boris@example.org", "author", "active", "Boris Kuznetsov"),
        ]
    );
}

#[test]
fn add_without_a_password_prints_a_one_time_link() {
    let dir = TempDir::new("user-invite");
    let users = Users::new(&dir.join("data"));
    let base = "https://news.example.test";

    let mut tokens = Vec::new();
    for (email, name, base_arg) in [
        ("carla@example.org", "Carla Rossi", base.to_owned()),
        ("dmitri@example.org", "Dmitri Sokolov", format!("{base}/")),
    ] {
        let out = users.ok(
            &[
                "add",
                "--email",
                email,
                "--name",
                name,
                "--role",
                "contributor",
                "--base-url",
                &base_arg,
            ],
            None,
        );
        assert!(
            out.stdout
                .lines()
                .any(|l| l == format!("created {name} <{email}> as contributor")),
            "{}",
            out.show()
        );
        let link = after(&out, "set the password within 24 hours at: ");
        tokens.push(link_token(link, base));
        assert_eq!(users.row(email), row(email, "contributor", "active", name));
    }
    assert_ne!(tokens[0], tokens[1], "two accounts got the same link");

    // Without --base-url the link is under the default address, or MASTHEAD_BASE_URL.
    let out = users.ok(
        &[
            "add",
            "--email",
            "eve@example.org",
            "--name",
            "Eve Adams",
            "--role",
            "author",
        ],
        None,
    );
    link_token(
        after(&out, "set the password within 24 hours at: "),
        "http://127.0.0.1:8080",
    );
    let out = users.run_env(
        &[
            "add",
            "--email",
            "farid@example.org",
            "--name",
            "Farid Aliyev",
            "--role",
            "author",
        ],
        None,
        &[("MASTHEAD_BASE_URL", "https://env.example.test")],
    );
    assert_eq!(out.code, Some(0), "{}", out.show());
    link_token(
        after(&out, "set the password within 24 hours at: "),
        "https://env.example.test",
    );
}

#[test]
fn set_role_disable_enable_and_reset_password() {
    let dir = TempDir::new("user-change");
    let users = Users::new(&dir.join("data"));
    users.add("root@example.org", "Site Admin", "admin", PASSPHRASE);
    users.add("bob@example.org", "Bob Marsh", "author", PASSPHRASE);
    let bob = |role: &str, state: &str| row("bob@example.org", role, state, "Bob Marsh");
    let root = row("root@example.org", "admin", "active", "Site Admin");
    // `user list` is ordered by name.
    assert_eq!(users.list(), [bob("author", "active"), root.clone()]);

    let out = users.ok(
        &["set-role", "--email", "bob@example.org", "--role", "editor"],
        None,
    );
    assert_eq!(
        out.stdout.trim(),
        "bob@example.org is now editor; their sessions are ended"
    );
    assert_eq!(users.list(), [bob("editor", "active"), root.clone()]);

    // The e-mail is matched without regard to case.
    let out = users.ok(&["disable", "--email", "BOB@Example.org"], None);
    assert_eq!(
        out.stdout.trim(),
        "disabled bob@example.org; their sessions are ended"
    );
    assert_eq!(users.list(), [bob("editor", "disabled"), root.clone()]);

    let out = users.ok(&["enable", "--email", "bob@example.org"], None);
    assert_eq!(out.stdout.trim(), "enabled bob@example.org");
    assert_eq!(users.list(), [bob("editor", "active"), root.clone()]);

    let base = "https://news.example.test";
    let out = users.ok(
        &[
            "reset-password",
            "--email",
            "bob@example.org",
            "--base-url",
            base,
        ],
        None,
    );
    let first = link_token(
        after(&out, "one-time link for bob@example.org (valid 24 hours): "),
        base,
    );
    let out = users.ok(
        &[
            "reset-password",
            "--email",
            "bob@example.org",
            "--base-url",
            base,
        ],
        None,
    );
    let second = link_token(
        after(&out, "one-time link for bob@example.org (valid 24 hours): "),
        base,
    );
    assert_ne!(first, second, "two resets printed the same link");
    assert_eq!(
        users.list(),
        [bob("editor", "active"), root.clone()],
        "a reset link changes no account"
    );

    // Unknown accounts, unknown roles and the last admin are refused; nothing changes.
    let nobody = "nobody@example.org";
    users.refused(
        &["set-role", "--email", nobody, "--role", "editor"],
        None,
        "no such account",
    );
    users.refused(&["disable", "--email", nobody], None, "no such account");
    users.refused(&["enable", "--email", nobody], None, "no such account");
    users.refused(
        &["reset-password", "--email", nobody],
        None,
        "no such account",
    );
    users.refused(
        &["set-role", "--email", "bob@example.org", "--role", "chief"],
        None,
        "--role must be contributor, author, editor or admin",
    );
    users.refused(
        &[
            "set-role",
            "--email",
            "root@example.org",
            "--role",
            "editor",
        ],
        None,
        "at least one active admin",
    );
    users.refused(
        &["disable", "--email", "root@example.org"],
        None,
        "at least one active admin",
    );
    assert_eq!(users.list(), [bob("editor", "active"), root]);
}

/// Waits (bounded) until the server's log has the "Newsroom:" line, then returns the log.
fn startup_output(server: &Server) -> String {
    let start = Instant::now();
    loop {
        let text = std::fs::read_to_string(&server.log).unwrap_or_default();
        if text.lines().any(|l| l.starts_with("Newsroom: ")) {
            return text;
        }
        assert!(
            start.elapsed() < START_TIMEOUT,
            "masthead serve printed no \"Newsroom:\" line\n{}",
            support::log_tail(&server.log, 4000)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

const NO_ADMIN: &str =
    "No admin yet. Create the first admin within 24 hours (the link works once):";

/// What a start printed: checks the newsroom line and returns the first-admin link, if any.
fn first_admin_link(server: &Server) -> Option<String> {
    let text = startup_output(server);
    let newsroom = format!("Newsroom: {}/admin", server.base());
    assert!(
        text.lines().any(|l| l == newsroom),
        "no {newsroom:?} line\n{text}"
    );
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| *l == NO_ADMIN)?;
    let link = lines
        .get(at + 1)
        .unwrap_or_else(|| panic!("nothing after {NO_ADMIN:?}\n{text}"));
    assert!(
        link.starts_with("  "),
        "the line after {NO_ADMIN:?} is not the indented link\n{text}"
    );
    let link = link.trim();
    link_token(link, &server.base());
    Some(link.to_owned())
}

/// The path of a link, to ask a server on another port.
fn path_of(link: &str) -> &str {
    let at = link
        .find("/admin/link/")
        .unwrap_or_else(|| panic!("{link:?} is not a one-time link"));
    &link[at..]
}

fn stop(server: &mut Server) {
    let status = server.terminate(STOP_TIMEOUT);
    assert!(
        status.success(),
        "masthead serve exited with {status} after SIGTERM\n{}",
        support::log_tail(&server.log, 3000)
    );
}

#[test]
fn serve_prints_a_first_admin_link_until_an_admin_exists() {
    let dir = TempDir::new("first-admin");
    let data = dir.join("data");
    let users = Users::new(&data);

    // A fresh site: a link that opens the first-admin form.
    let mut server = Server::start(&data, &dir.join("serve-1.log"), &[], START_TIMEOUT);
    let first = first_admin_link(&server).unwrap_or_else(|| {
        panic!(
            "a fresh site printed no first-admin link\n{}",
            support::log_tail(&server.log, 3000)
        )
    });
    let (status, body) = get(&first);
    assert_eq!(status, 200, "GET {first} answered {status}: {body:.300}");
    let (status, _) = get(&server.url(&format!("/admin/link/{}", "A".repeat(43))));
    assert_eq!(status, 410, "a made-up link token answered {status}");
    stop(&mut server);
    drop(server);

    // Still no admin: the next start prints a new link, and that one works too.
    let mut server = Server::start(&data, &dir.join("serve-2.log"), &[], START_TIMEOUT);
    let second = first_admin_link(&server).unwrap_or_else(|| {
        panic!(
            "a second start without an admin printed no first-admin link\n{}",
            support::log_tail(&server.log, 3000)
        )
    });
    assert_ne!(
        path_of(&second),
        path_of(&first),
        "the second start printed the same link"
    );
    let (status, body) = get(&second);
    assert_eq!(status, 200, "GET {second} answered {status}: {body:.300}");
    stop(&mut server);
    drop(server);

    // An admin from the command line, with the server stopped: no link any more, and the
    // links printed before stop working.
    users.add("root@example.org", "Site Admin", "admin", PASSPHRASE);
    let server = Server::start(&data, &dir.join("serve-3.log"), &[], START_TIMEOUT);
    if let Some(link) = first_admin_link(&server) {
        panic!("a site with an admin printed a first-admin link: {link}");
    }
    let text = std::fs::read_to_string(&server.log).unwrap_or_default();
    assert!(
        !text.contains("/admin/link/"),
        "a site with an admin printed a one-time link\n{text}"
    );
    for old in [&first, &second] {
        let url = server.url(path_of(old));
        let (status, _) = get(&url);
        assert_eq!(
            status, 410,
            "a first-admin link printed before the admin existed answered {status} ({url})"
        );
    }
}

#[test]
fn an_admin_added_before_the_first_start_means_no_link() {
    let dir = TempDir::new("admin-first");
    let data = dir.join("data");
    let users = Users::new(&data);
    users.add("root@example.org", "Site Admin", "admin", PASSPHRASE);
    let server = Server::start(&data, &dir.join("serve.log"), &[], START_TIMEOUT);
    if let Some(link) = first_admin_link(&server) {
        panic!("a site whose admin was added before its first start printed {link}");
    }
    assert_eq!(
        users.list(),
        [row("root@example.org", "admin", "active", "Site Admin")],
        "serving changed the accounts"
    );
}

#[test]
fn links_from_the_command_line_work_on_a_live_site() {
    let dir = TempDir::new("live-links");
    let data = dir.join("data");
    let users = Users::new(&data);
    let server = Server::start(&data, &dir.join("serve.log"), &[], START_TIMEOUT);
    let first = first_admin_link(&server).expect("a fresh site prints a first-admin link");
    assert_eq!(get(&first).0, 200, "GET {first}");

    // An account without a password, added while the site runs: its link opens the form.
    let out = users.ok(
        &[
            "add",
            "--email",
            "gita@example.org",
            "--name",
            "Gita Rao",
            "--role",
            "editor",
            "--base-url",
            &server.base(),
        ],
        None,
    );
    let invite = format!(
        "{}/admin/link/{}",
        server.base(),
        link_token(
            after(&out, "set the password within 24 hours at: "),
            &server.base()
        )
    );
    let (status, body) = get(&invite);
    assert_eq!(status, 200, "GET {invite} answered {status}: {body:.300}");

    // An admin added while the site runs: the first-admin link stops working at once.
    users.add("root@example.org", "Site Admin", "admin", PASSPHRASE);
    let (status, _) = get(&first);
    assert_eq!(
        status, 410,
        "the first-admin link still answers {status} after an admin was added"
    );

    // A reset link for a disabled account does not open; enabled again, it does.
    let out = users.ok(
        &[
            "reset-password",
            "--email",
            "gita@example.org",
            "--base-url",
            &server.base(),
        ],
        None,
    );
    let reset = after(
        &out,
        "one-time link for gita@example.org (valid 24 hours): ",
    )
    .to_owned();
    link_token(&reset, &server.base());
    assert_eq!(get(&reset).0, 200, "GET {reset}");
    users.ok(&["disable", "--email", "gita@example.org"], None);
    assert_eq!(
        get(&reset).0,
        410,
        "a reset link of a disabled account still opens"
    );
    users.ok(&["enable", "--email", "gita@example.org"], None);
    assert_eq!(get(&reset).0, 200, "GET {reset} after enabling");
}

#[test]
fn a_refusal_on_a_new_data_dir_creates_no_account() {
    let dir = TempDir::new("user-fresh-refusal");
    let users = Users::new(&dir.join("data"));
    let out = users.run(
        &[
            "add",
            "--email",
            "not-an-address",
            "--name",
            "Hana Sato",
            "--role",
            "author",
            "--password-stdin",
        ],
        Some(&format!("{PASSPHRASE}\n")),
    );
    assert_eq!(out.code, Some(2), "{}", out.show());
    assert!(out.stdout.trim().is_empty(), "{}", out.show());
    // Account commands log quietly: even on a new data directory (its schema created) the
    // refusal is the one line on stderr.
    let lines = out.stderr_lines();
    assert_eq!(
        lines,
        ["masthead: Enter an e-mail address like name@example.org."],
        "{}",
        out.show()
    );
    assert_eq!(users.list(), [], "a refused add created an account");
}
