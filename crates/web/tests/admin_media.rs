//! Uploads (SPEC N5, B1): images are decoded under limits, re-encoded into responsive variants
//! and served under server-generated names; hostile files are refused with a clear message and
//! nothing is written; the site's pages use the variants in `srcset`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use image::{ImageEncoder, RgbImage};
use masthead_core::Role;
use support::staff::{ORIGIN, Staff};
use support::{TestApp, attr_of};

const BOUNDARY: &str = "----mastheadtestboundary";

/// A multipart body with a file and text fields.
fn multipart(file_name: &str, file: &[u8], fields: &[(&str, &str)]) -> Vec<u8> {
    let mut b = Vec::new();
    for (k, v) in fields {
        b.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    b.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: image/jpeg\r\n\r\n"
        )
        .as_bytes(),
    );
    b.extend_from_slice(file);
    b.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    b
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .expect("encodes");
    out
}

/// A GIF whose header declares `w`×`h` pixels, with one byte of image data.
fn gif_flood(w: u16, h: u16) -> Vec<u8> {
    let mut gif = b"GIF89a".to_vec();
    gif.extend_from_slice(&w.to_le_bytes());
    gif.extend_from_slice(&h.to_le_bytes());
    gif.extend_from_slice(&[0x80, 0, 0, 0, 0, 0, 255, 255, 255, 0x2C, 0, 0, 0, 0]);
    gif.extend_from_slice(&w.to_le_bytes());
    gif.extend_from_slice(&h.to_le_bytes());
    gif.extend_from_slice(&[0, 2, 2, 0x4C, 0x01, 0, 0x3B]);
    gif
}

async fn upload(
    s: &mut Staff<'_>,
    name: &str,
    file: &[u8],
    fields: &[(&str, &str)],
) -> support::Resp {
    let token = s.token("/admin").await;
    let cookie = format!("masthead_session={}", s.session.clone().unwrap_or_default());
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    s.app
        .post(
            &format!("/admin/media?csrf={token}"),
            &[
                ("cookie", cookie.as_str()),
                ("origin", ORIGIN),
                ("content-type", ct.as_str()),
                ("accept-language", "en"),
            ],
            multipart(name, file, fields),
        )
        .await
}

fn json(r: &support::Resp) -> serde_json::Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|_| panic!("JSON: {}", r.text()))
}

#[tokio::test]
async fn an_upload_is_served_in_variants_and_used_with_srcset() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    let r = upload(
        &mut s,
        "../../etc/passwd.jpg",
        &jpeg(700, 400),
        &[("alt", "A test card"), ("format", "json")],
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let v = json(&r);
    let url = v["url"].as_str().expect("url").to_owned();
    assert!(
        url.starts_with("/media/") && url.ends_with("-700.jpg"),
        "{url}"
    );
    assert!(
        !url.contains("passwd"),
        "the name is the server's, never the client's"
    );
    assert_eq!(
        v["markdown"].as_str(),
        Some(format!("![A test card]({url})").as_str())
    );
    let file = app.get(&url).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.header("content-type"), Some("image/jpeg"));
    assert_eq!(file.header("x-content-type-options"), Some("nosniff"));
    let webp = app.get(&url.replace("-700.jpg", "-320.webp")).await;
    assert_eq!(webp.status, 200);
    assert_eq!(webp.header("content-type"), Some("image/webp"));
    assert_eq!(&webp.body[..4], b"RIFF");
    // The library lists it with its alt text.
    let lib = s.get("/admin/media?q=test+card").await.text();
    assert!(lib.contains(&url), "{lib}");
    // An article using it as its cover has a srcset on its page and in listings.
    let r = s
        .post(
            "/admin/articles",
            "/admin/articles/new",
            &[
                ("edition", "en"),
                ("title", "Pictured story"),
                ("section", "economy"),
                (
                    "body",
                    &format!("Text.\n\n{}", v["markdown"].as_str().unwrap_or("")),
                ),
                ("cover_url", url.as_str()),
                ("cover_alt", "A test card"),
                ("action", "published"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    app.settle().await;
    let page = app.get("/en/post/pictured-story").await.html();
    let srcset = attr_of(&page, ".article-cover source[type='image/webp']", "srcset");
    assert!(
        srcset.contains("-320.webp 320w") && srcset.contains("-700.webp 700w"),
        "{srcset}"
    );
    assert_eq!(attr_of(&page, ".article-cover img", "alt"), "A test card");
    let in_body = attr_of(
        &page,
        ".article-body picture source[type='image/webp']",
        "srcset",
    );
    assert!(
        in_body.contains("-320.webp 320w"),
        "an image in the text too: {in_body}"
    );
    let home = app.get("/en/").await.text();
    assert!(home.contains("-320.webp 320w"), "listing cards use srcset");
}

#[tokio::test]
async fn a_photo_of_several_megabytes_is_taken() {
    let app = TestApp::new().await;
    let mut s = app.signed_in(Role::Author).await;
    // Noise compresses badly: a 1,800 × 1,200 JPEG at quality 100 is several megabytes.
    let mut seed = 7u32;
    let img = RgbImage::from_fn(1800, 1200, |_, _| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let b = seed.to_le_bytes();
        image::Rgb([b[1], b[2], b[3]])
    });
    let mut big = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut big, 100)
        .write_image(img.as_raw(), 1800, 1200, image::ExtendedColorType::Rgb8)
        .unwrap();
    assert!(big.len() > 3 * 1024 * 1024, "{} bytes", big.len());
    let r = upload(
        &mut s,
        "big.jpg",
        &big,
        &[("alt", "Noise"), ("format", "json")],
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
}

#[tokio::test]
async fn hostile_uploads_are_refused_with_a_clear_message_and_nothing_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let media = dir.path().join("media");
    let app = TestApp::with_config(masthead::Config {
        media_dir: Some(media.clone()),
        ..TestApp::config()
    })
    .await;
    let mut s = app.signed_in(Role::Contributor).await;
    let mut html_in_jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
    html_in_jpeg.extend_from_slice(b"<html><script>alert(1)</script></html>");
    let full = jpeg(300, 200);
    let truncated = full[..full.len() / 2].to_vec();
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'></svg>".to_vec();
    let cases: Vec<(&str, Vec<u8>, &str, u16)> = vec![
        ("html.jpg", html_in_jpeg, "media-undecodable", 422),
        ("half.jpg", truncated, "media-undecodable", 422),
        (
            "flood.gif",
            gif_flood(60_000, 60_000),
            "media-too-many-pixels",
            422,
        ),
        ("x.svg", svg, "media-unsupported", 415),
        ("empty.jpg", Vec::new(), "media-unsupported", 415),
    ];
    for (name, bytes, code, status) in cases {
        let r = upload(&mut s, name, &bytes, &[("alt", "x"), ("format", "json")]).await;
        assert_eq!(r.status.as_u16(), status, "{name}: {}", r.text());
        let v = json(&r);
        assert_eq!(v["error"]["code"], code, "{name}");
        assert!(
            !v["error"]["message"].as_str().unwrap_or("").is_empty(),
            "{name}: a message in the person's language"
        );
        // The plain form answers with the page again, the fields kept.
        let r = upload(&mut s, name, &bytes, &[("alt", "Kept alt")]).await;
        assert_eq!(r.status.as_u16(), status, "{name}");
        assert_eq!(attr_of(&r.html(), "input[name=alt]", "value"), "Kept alt");
    }
    // A good image without alt text is refused too.
    let r = upload(&mut s, "ok.jpg", &jpeg(50, 50), &[("format", "json")]).await;
    assert_eq!(r.status, 422);
    assert_eq!(json(&r)["error"]["code"], "invalid-alt");
    // More than the limit: 413 before anything is read into the library.
    let big = vec![0u8; masthead_service::newsroom::MAX_UPLOAD + 100 * 1024];
    let r = upload(&mut s, "big.jpg", &big, &[("alt", "x")]).await;
    assert_eq!(r.status, 413);
    // Nothing was written for any of them, and nothing outside the media directory.
    let written: Vec<_> = std::fs::read_dir(&media)
        .map(|d| d.filter_map(Result::ok).collect())
        .unwrap_or_default();
    assert!(written.is_empty(), "{written:?}");
    let outside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(outside, vec![std::ffi::OsString::from("media")]);
    // Path tricks in a file address find nothing.
    for path in [
        "/media/..%2F..%2Fetc%2Fpasswd",
        "/media/../masthead.db",
        "/media/0123456789abcdef0123456789abcdef-320.svg",
    ] {
        assert_eq!(app.get(path).await.status, 404, "{path}");
    }
}
