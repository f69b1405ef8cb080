//! TestApp: the whole site over a private in-memory SQLite database, built by the same
//! `masthead::build` that `masthead serve` uses, driven with `oneshot` requests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use masthead::{Config, Setup};
use masthead_core::{Actor, Urls};
use masthead_service::Site;
use masthead_web::{Masthead, PageCache};
use scraper::{Html, Selector};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

pub mod staff;

pub const BROWSER_UA: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

pub struct TestApp {
    pub app: Masthead,
    pub site: Arc<Site>,
    pub cache: PageCache,
    /// Keeps the change follower running for the test's lifetime.
    _built: masthead::App,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn html(&self) -> Html {
        Html::parse_document(&self.text())
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_demo(true).await
    }

    pub async fn with_demo(demo: bool) -> Self {
        Self::with_config(Config {
            setup: if demo { Setup::Demo } else { Setup::Empty },
            ..Self::config()
        })
        .await
    }

    /// The configuration tests start from: in-memory SQLite, the demo, `http://news.test`.
    pub fn config() -> Config {
        Config {
            base_url: "http://news.test".into(),
            page_cache_bytes: 16 * 1024 * 1024,
            search: masthead::SearchSetup::Memory,
            // Tests search in bursts; the limit has its own test.
            search_per_minute: 0,
            ..Config::new("sqlite::memory:")
        }
    }

    pub async fn with_config(config: Config) -> Self {
        let built = masthead::build(config).await.unwrap();
        TestApp {
            app: built.service.clone(),
            site: built.site.clone(),
            cache: built.state.cache.clone(),
            _built: built,
        }
    }

    /// The actor tests write as.
    pub fn actor() -> Actor {
        Actor::system("test")
    }

    /// The site's address builder.
    pub fn urls(&self) -> Urls {
        self.site.urls()
    }

    /// Waits until this process has applied every committed change (purges done).
    pub async fn settle(&self) {
        for _ in 0..200 {
            if self.site.health().await.change_lag == Some(0) {
                self.site.catch_up().await.unwrap();
                return;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        panic!("the change follower did not catch up within 1 s");
    }

    /// Sets settings as an admin would, and waits until the site shows them.
    pub async fn set_settings(&self, pairs: &[(&str, &str)]) {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let seq = self
            .site
            .set_settings(&Self::actor(), &pairs)
            .await
            .unwrap();
        assert!(self.site.wait_applied(seq, Duration::from_secs(2)).await);
    }

    pub async fn request(&self, req: Request<Body>) -> Resp {
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = to_bytes(resp.into_body(), 16 * 1024 * 1024)
            .await
            .unwrap()
            .to_vec();
        Resp {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, uri: &str) -> Resp {
        self.request(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn head(&self, uri: &str) -> Resp {
        self.request(Request::head(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Resp {
        let mut b = Request::get(uri);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        self.request(b.body(Body::empty()).unwrap()).await
    }

    pub async fn post(&self, uri: &str, headers: &[(&str, &str)], body: impl Into<Body>) -> Resp {
        let mut b = Request::post(uri);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        self.request(b.body(body.into()).unwrap()).await
    }

    /// The path of the demo article with translation `key` in an edition.
    pub async fn article_path(&self, lang: &str, key: &str) -> String {
        let src = match lang {
            "ru" => include_str!("../../../service/demo/ru.json"),
            "en" => include_str!("../../../service/demo/en.json"),
            _ => include_str!("../../../service/demo/hy.json"),
        };
        let v: serde_json::Value = serde_json::from_str(src).unwrap();
        let slug = v["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["key"] == key)
            .unwrap_or_else(|| panic!("no {key} in {lang}"))["slug"]
            .as_str()
            .unwrap()
            .to_owned();
        self.urls().article(lang.parse().unwrap(), &slug)
    }
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

/// Text of the first element matching `css`, trimmed; panics with the selector when missing.
pub fn text_of(doc: &Html, css: &str) -> String {
    let el = doc
        .select(&sel(css))
        .next()
        .unwrap_or_else(|| panic!("no element matches `{css}`"));
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn attr_of(doc: &Html, css: &str, attr: &str) -> String {
    let el = doc
        .select(&sel(css))
        .next()
        .unwrap_or_else(|| panic!("no element matches `{css}`"));
    el.value()
        .attr(attr)
        .unwrap_or_else(|| panic!("`{css}` has no {attr}"))
        .to_owned()
}

pub fn count(doc: &Html, css: &str) -> usize {
    doc.select(&sel(css)).count()
}

/// A catalog message as the site renders it (no arguments).
pub fn msg(lang: &str, key: &str) -> String {
    masthead_i18n::Catalogs::embedded().t(lang.parse().unwrap(), key, &[])
}
