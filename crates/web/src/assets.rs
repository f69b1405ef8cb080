//! Static assets embedded at build time (build.rs), served from memory under content-hashed
//! names with a one-year lifetime. Only names in the table exist: no path ever reaches the
//! file system, so `..`, `%2F` and the like find nothing.

use bytes::Bytes;
use std::collections::HashMap;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

pub struct Asset {
    pub body: Bytes,
    pub gzip: Option<Bytes>,
    pub br: Option<Bytes>,
    pub content_type: &'static str,
    /// Served under its hashed name (immutable) or its plain name (short lifetime).
    pub immutable: bool,
    /// Strong validators of its identity, gzip and brotli bodies.
    pub etags: [axum::http::HeaderValue; 3],
}

pub struct Assets {
    by_path: HashMap<String, std::sync::Arc<Asset>>,
    /// Logical name ("site.css") → public URL ("/static/site.0a1b2c3d4e.css").
    pub urls: HashMap<String, String>,
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

impl Assets {
    pub fn load() -> Self {
        let mut by_path = HashMap::new();
        let mut urls = HashMap::new();
        for (name, hash, bytes) in embedded::EMBEDDED {
            let ct = content_type(name);
            let compressible = ct.starts_with("text/") || ct == "image/svg+xml";
            let body = Bytes::from_static(bytes);
            let (gzip, br) = if compressible && bytes.len() > 512 {
                (
                    Some(crate::cache::gzip(bytes)),
                    Some(crate::cache::brotli(bytes, 9)),
                )
            } else {
                (None, None)
            };
            let hashed = hashed_name(name, hash);
            for (path, immutable) in [(hashed.clone(), true), ((*name).to_owned(), false)] {
                let asset = Asset {
                    body: body.clone(),
                    gzip: gzip.clone(),
                    br: br.clone(),
                    content_type: ct,
                    immutable,
                    etags: crate::encoding::Etags::of(
                        &axum::http::HeaderValue::try_from(format!("\"{hash}\""))
                            .unwrap_or(axum::http::HeaderValue::from_static("\"0\"")),
                    ),
                };
                by_path.insert(path, std::sync::Arc::new(asset));
            }
            urls.insert((*name).to_owned(), format!("/static/{hashed}"));
        }
        Assets { by_path, urls }
    }

    /// The asset at a path under /static/, exactly as named.
    pub fn get(&self, path: &str) -> Option<std::sync::Arc<Asset>> {
        self.by_path.get(path).cloned()
    }
}
