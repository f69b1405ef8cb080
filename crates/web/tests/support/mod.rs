//! TestApp: the whole site over a private in-memory SQLite store with the demo loaded, driven
//! with `oneshot` requests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use masthead_render::Renderer;
use masthead_service::Site;
use masthead_store::DynStore;
use masthead_store_sqlite::SqliteStore;
use masthead_web::assets::Assets;
use masthead_web::{AppState, Masthead, PageCache};
use scraper::{Html, Selector};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

pub const BROWSER_UA: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

pub struct TestApp {
    pub app: Masthead,
    pub site: Arc<Site>,
    pub sqlite: SqliteStore,
    pub cache: PageCache,
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
        let sqlite = SqliteStore::memory().await.unwrap();
        let store: DynStore = Arc::new(sqlite.clone());
        let assets = Arc::new(Assets::load());
        let renderer = Renderer::new(assets.urls.clone()).unwrap();
        let site = Arc::new(
            Site::new(store, renderer, "http://news.test".into())
                .await
                .unwrap(),
        );
        masthead_service::ensure_setup(&site, demo).await.unwrap();
        let cache = PageCache::new(16 * 1024 * 1024, Duration::from_secs(60));
        let app = masthead_web::app(AppState::new(site.clone(), assets, cache.clone()));
        TestApp {
            app,
            site,
            sqlite,
            cache,
        }
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
        let prefix = if lang == "ru" {
            String::new()
        } else {
            format!("/{lang}")
        };
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
        format!("{prefix}/post/{slug}")
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
