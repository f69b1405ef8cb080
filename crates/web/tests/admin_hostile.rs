//! SPEC B2: hostile text typed into every field of the editor, by every role, stays inert on
//! the site, in the preview and in the newsroom's own pages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use masthead_core::Role;
use scraper::Html;
use support::TestApp;
use support::staff::Staff;

const SCRIPT: &str = "<script>alert(1)</script>";
const BREAKOUT: &str = "</script><script>alert(2)</script>";
const ATTR: &str = "\"><img src=x onerror=alert(3)>";
const SVG: &str =
    "<svg onload=alert(4)><math><mtext><table><mglyph><style><img src=x onerror=alert(5)>";

/// Checks a page is inert: the only scripts are ours (by address) or data blocks that parse as
/// JSON, no element has an event handler, no address runs script.
fn assert_inert(label: &str, html: &str) {
    let doc = Html::parse_document(html);
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let v = el.value();
        if v.name() == "script" {
            match (v.attr("src"), v.attr("type")) {
                (Some(src), _) => assert!(src.starts_with("/static/"), "{label}: script {src}"),
                (None, Some("application/ld+json")) => {
                    let text: String = el.text().collect();
                    assert!(
                        serde_json::from_str::<serde_json::Value>(&text).is_ok(),
                        "{label}: JSON-LD broken out of: {text}"
                    );
                }
                _ => {
                    let text: String = el.text().collect();
                    assert!(
                        !text.contains("alert("),
                        "{label}: an inline script runs: {text}"
                    );
                }
            }
        }
        for (name, value) in v.attrs() {
            assert!(
                !name.starts_with("on"),
                "{label}: <{} {name}={value}>",
                v.name()
            );
            if matches!(name, "href" | "src" | "action" | "formaction") {
                let low = value.trim().to_ascii_lowercase();
                assert!(
                    !low.starts_with("javascript:") && !low.starts_with("data:text"),
                    "{label}: {name}={value}"
                );
            }
        }
        // The editor's own preview frame has no address of its own (forms target it).
        let own_frame = v.name() == "iframe" && v.attr("src").is_none();
        assert!(
            own_frame || !matches!(v.name(), "iframe" | "object" | "embed" | "base"),
            "{label}: <{}>",
            v.name()
        );
    }
}

fn fields(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("edition", "en".into()),
        ("title", format!("{title} {SCRIPT}{ATTR}")),
        ("kicker", format!("Kicker {BREAKOUT}")),
        ("tags", format!("Tag {ATTR}, <svg onload=alert(4)>")),
        ("lead", format!("Lead {SCRIPT} {BREAKOUT}")),
        (
            "body",
            format!(
                "Para {SCRIPT}\n\n[x](javascript:alert(6)) <a href=\"JaVaScRiPt:alert(7)\">y</a>\n\n{SVG}\n\n<iframe src=\"https://evil.example\"></iframe>\n\n![i](x\"onerror=\"alert(8))\n\nhttps://youtu.be/abc\"><script>"
            ),
        ),
        ("section", "economy".into()),
        ("cover_url", "/cover.jpg\" onerror=\"alert(9)".into()),
        ("cover_alt", format!("Alt {ATTR}")),
        ("cover_caption", format!("Caption {SCRIPT}")),
        ("cover_credit", format!("Credit {BREAKOUT}")),
        ("source_name", format!("Source {SCRIPT}")),
        ("source_url", format!("https://source.example/{ATTR}")),
        ("seo_title", format!("SEO {BREAKOUT}")),
        ("seo_description", format!("Desc {ATTR}")),
    ]
}

async fn post(
    s: &mut Staff<'_>,
    path: &str,
    f: &[(&'static str, String)],
    extra: &[(&str, &str)],
) -> support::Resp {
    let mut pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    pairs.extend_from_slice(extra);
    s.post(path, "/admin/articles/new", &pairs).await
}

#[tokio::test]
async fn hostile_fields_are_inert_everywhere_for_every_role() {
    let app = TestApp::new().await;
    for role in Role::ALL {
        let mut s = app.signed_in(role).await;
        let title = format!("Hostile {}", role.as_str());
        let f = fields(&title);
        let preview = post(&mut s, "/admin/preview", &f, &[("preview", "1")]).await;
        assert_eq!(preview.status, 200, "{role:?} preview: {}", preview.text());
        assert_inert(&format!("{role:?} preview"), &preview.text());
        let publishes = role != Role::Contributor;
        let action = if publishes { "published" } else { "review" };
        let r = post(&mut s, "/admin/articles", &f, &[("action", action)]).await;
        assert_eq!(r.status, 303, "{role:?} save: {}", r.text());
        let editor_path = r.header("location").unwrap_or_default().to_owned();
        let id = editor_path
            .trim_start_matches("/admin/articles/")
            .split('?')
            .next()
            .unwrap_or_default()
            .to_owned();
        for path in [
            editor_path.clone(),
            "/admin".to_owned(),
            format!("/admin/articles/{id}/history"),
        ] {
            let page = s.get(&path).await;
            assert_eq!(page.status, 200, "{role:?} {path}");
            assert_inert(&format!("{role:?} {path}"), &page.text());
        }
        if publishes {
            app.settle().await;
            let slug = masthead_core::slug::slugify(&format!("{title} {SCRIPT}{ATTR}"));
            for path in [
                format!("/en/post/{slug}"),
                "/en/".to_owned(),
                "/en/category/economy".to_owned(),
            ] {
                let page = app.get(&path).await;
                assert_eq!(page.status, 200, "{role:?} {path}");
                let text = page.text();
                assert!(text.contains(&title), "{role:?} {path} shows the article");
                assert_inert(&format!("{role:?} {path}"), &text);
            }
        }
    }
}
