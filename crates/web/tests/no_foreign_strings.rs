//! R1: no page of one edition shows another edition's interface strings. Text in another
//! language (the edition switch, links to translations) must carry its own `lang` attribute.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use masthead_core::Lang;
use masthead_i18n::Catalogs;
use scraper::{ElementRef, Node};
use support::*;

/// The page's visible text, leaving out elements marked with another language.
fn own_language_text(el: ElementRef<'_>, lang: &str, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                out.push_str(t);
                out.push(' ');
            }
            Node::Element(e) => {
                if matches!(e.name(), "script" | "style") {
                    continue;
                }
                if e.attr("lang").is_some_and(|l| l != lang) {
                    continue;
                }
                for (name, value) in e.attrs() {
                    if matches!(
                        name,
                        "aria-label" | "title" | "alt" | "placeholder" | "data-copied" | "content"
                    ) {
                        out.push_str(value);
                        out.push(' ');
                    }
                }
                if let Some(child_el) = ElementRef::wrap(child) {
                    own_language_text(child_el, lang, out);
                }
            }
            _ => {}
        }
    }
}

/// Interface strings of `other` that `lang`'s catalog does not also use.
fn foreign_strings(lang: Lang, other: Lang) -> Vec<String> {
    let c = Catalogs::embedded();
    let mine: Vec<String> = c.keys(lang).iter().map(|k| c.t(lang, k, &[])).collect();
    c.keys(other)
        .iter()
        .map(|k| c.t(other, k, &[]))
        .filter(|v| v.chars().count() >= 4 && !v.contains('{') && !mine.contains(v))
        .collect()
}

fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[tokio::test]
async fn each_edition_speaks_only_its_language() {
    let app = TestApp::new().await;
    for (lang, prefix) in [(Lang::Ru, ""), (Lang::En, "/en"), (Lang::Hy, "/hy")] {
        let mut paths = vec![
            format!("{prefix}/"),
            app.article_path(lang.code(), "climate-finance-meeting")
                .await,
            app.article_path(lang.code(), "caspian-ferry-line").await,
            format!("{prefix}/category/culture"),
            format!("{prefix}/search?q=test"),
            format!("{prefix}/post/missing-page"),
        ];
        let doc = app.get(&paths[1]).await.html();
        paths.push(attr_of(&doc, ".article-labels a.kicker", "href"));
        paths.push(attr_of(&doc, ".byline a", "href"));
        for path in paths {
            let r = app.get(&path).await;
            let doc = r.html();
            let mut text = String::new();
            own_language_text(doc.root_element(), lang.code(), &mut text);
            for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
                for s in foreign_strings(lang, other) {
                    assert!(
                        !contains_word(&text, &s),
                        "{path} ({lang}) shows the {other} string «{s}»"
                    );
                }
            }
        }
    }
}

#[test]
fn foreign_string_detection_works() {
    // The check itself must be able to fail: a Russian toast on an English page is caught.
    let ru = foreign_strings(Lang::En, Lang::Ru);
    assert!(ru.iter().any(|s| s == "Ссылка скопирована"));
    assert!(contains_word(
        "Views: 180 Ссылка скопирована",
        "Ссылка скопирована"
    ));
    assert!(!contains_word("Printer", "Print"));
}
