//! Signed-in clients of the newsroom for tests: accounts made through the service, sessions
//! made by signing in over HTTP, forms posted with the session's token and a same-origin
//! `Origin`, as a browser would.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use super::{Resp, TestApp, attr_of};
use masthead_core::{Actor, Role, User};

/// A password the rules accept.
pub const PASSWORD: &str = "violet kettle drums at noon";
/// The origin of the test site (`TestApp::config`'s base URL).
pub const ORIGIN: &str = "http://news.test";

/// The value of cookie `name` set by a response, if any.
pub fn set_cookie(r: &Resp, name: &str) -> Option<String> {
    r.headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| {
            v[name.len() + 1..]
                .split(';')
                .next()
                .unwrap_or("")
                .to_owned()
        })
}

/// Every `Set-Cookie` header of a response, whole.
pub fn set_cookies(r: &Resp) -> Vec<String> {
    r.headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

/// `k=v&…`, values form-encoded.
pub fn form(pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// A browser of the newsroom: its cookies, kept between requests.
pub struct Staff<'a> {
    pub app: &'a TestApp,
    pub session: Option<String>,
    pub csrf_cookie: Option<String>,
    pub user: Option<User>,
}

impl<'a> Staff<'a> {
    /// A browser with no cookies.
    pub fn anonymous(app: &'a TestApp) -> Self {
        Staff {
            app,
            session: None,
            csrf_cookie: None,
            user: None,
        }
    }

    fn cookie_header(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = &self.session {
            parts.push(format!("masthead_session={s}"));
        }
        if let Some(c) = &self.csrf_cookie {
            parts.push(format!("masthead_csrf={c}"));
        }
        parts.join("; ")
    }

    fn keep_cookies(&mut self, r: &Resp) {
        if let Some(s) = set_cookie(r, "masthead_session") {
            self.session = (!s.is_empty()).then_some(s);
        }
        if let Some(c) = set_cookie(r, "masthead_csrf") {
            self.csrf_cookie = Some(c);
        }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let cookie = self.cookie_header();
        let r = self
            .app
            .get_with(
                path,
                &[("cookie", cookie.as_str()), ("accept-language", "en")],
            )
            .await;
        self.keep_cookies(&r);
        r
    }

    /// The form token the page at `path` carries.
    pub async fn token(&mut self, path: &str) -> String {
        let r = self.get(path).await;
        attr_of(&r.html(), "input[name=csrf]", "value")
    }

    /// Posts a form as the browser would: the page's token, a same-origin `Origin`.
    pub async fn post(&mut self, path: &str, token_from: &str, pairs: &[(&str, &str)]) -> Resp {
        let token = self.token(token_from).await;
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(pairs);
        self.post_raw(path, &[("origin", ORIGIN)], form(&all)).await
    }

    /// Posts a body with these headers (and the cookies), nothing added.
    pub async fn post_raw(&mut self, path: &str, headers: &[(&str, &str)], body: String) -> Resp {
        let cookie = self.cookie_header();
        let mut h = vec![
            ("cookie", cookie.as_str()),
            ("content-type", "application/x-www-form-urlencoded"),
            ("accept-language", "en"),
        ];
        h.extend_from_slice(headers);
        let r = self.app.post(path, &h, body).await;
        self.keep_cookies(&r);
        r
    }

    /// Signs in with an e-mail and password; returns the answer to the form.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> Resp {
        self.post(
            "/admin/login",
            "/admin/login",
            &[("email", email), ("password", password)],
        )
        .await
    }
}

/// The content of an English article in the demo's `economy` section, with a one-word body.
pub fn english_content(title: &str, slug: &str) -> masthead_core::ArticleContent {
    masthead_core::ArticleContent {
        slug: slug.to_owned(),
        title: title.into(),
        lead: String::new(),
        body_md: "Body.".into(),
        body_html: String::new(),
        section_slug: "economy".into(),
        tag_slugs: vec![],
        author_slug: None,
        coauthor_slugs: vec![],
        flags: masthead_core::Flags::default(),
        source: None,
        cover: None,
        seo: Default::default(),
    }
}

impl TestApp {
    /// An English article in the demo's `economy` section, created by `owner` in `status`
    /// (`at` is its publication time, for scheduled ones); its id.
    pub async fn article_by(
        &self,
        owner: &Actor,
        title: &str,
        slug: &str,
        status: masthead_core::Status,
        at: Option<jiff::Timestamp>,
    ) -> i64 {
        let content = english_content(title, slug);
        self.site
            .create_article(
                owner,
                masthead_core::NewArticle {
                    edition: masthead_core::Lang::En,
                    content,
                    status,
                    published_at: at,
                    translation_key: None,
                    views: 0,
                    old_slugs: vec![],
                    source_key: None,
                },
            )
            .await
            .unwrap()
            .id
    }

    /// A new account with `role` (made by the system, password [`PASSWORD`]).
    pub async fn account(&self, role: Role, email: &str) -> User {
        self.site
            .add_user(
                &Actor::system("test"),
                email,
                &format!(
                    "{} {}",
                    role.as_str(),
                    email.split('@').next().unwrap_or("x")
                ),
                role,
                Some(PASSWORD),
            )
            .await
            .unwrap()
    }

    /// A browser signed in as a new account with `role`.
    pub async fn signed_in(&self, role: Role) -> Staff<'_> {
        let email = format!("{}@news.test", role.as_str());
        let user = self.account(role, &email).await;
        let mut s = Staff::anonymous(self);
        let r = s.sign_in(&email, PASSWORD).await;
        assert_eq!(r.status, 303, "signing in as {email}: {}", r.text());
        assert_eq!(r.header("location"), Some("/admin"));
        s.user = Some(user);
        s
    }
}
