//! Template functions that shape schema.org JSON-LD (<https://schema.org>) from page models:
//! lists with positions and absolute addresses, which templates cannot number themselves. The
//! templates print the result with `tojson`, which escapes `<`, `>` and `&`, so no text can
//! close the script element.

use minijinja::Environment;
use minijinja::value::Value;
use serde_json::{Value as Json, json};

fn to_value(j: impl serde::Serialize) -> Value {
    Value::from(minijinja::value::Serde(j))
}

fn text(v: &Value, name: &str) -> String {
    match v.get_attr(name) {
        Ok(a) if !a.is_undefined() && !a.is_none() => a.to_string(),
        _ => String::new(),
    }
}

/// `base` + `path`, unless `path` is already absolute.
fn absolute(base: &str, path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_owned()
    } else {
        format!("{base}{path}")
    }
}

/// A `BreadcrumbList` of `[{name, url}]` (absolute addresses), the page last.
fn breadcrumb_ld(items: Vec<Value>) -> Value {
    let list: Vec<Json> = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            json!({"@type": "ListItem", "position": i + 1, "name": text(it, "name"), "item": text(it, "url")})
        })
        .collect();
    to_value(json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": list,
    }))
}

/// An `ItemList` of a listing's cards (`{title, url}`), in order.
fn item_list_ld(cards: Vec<Value>, base: &str) -> Value {
    let list: Vec<Json> = cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            json!({"@type": "ListItem", "position": i + 1, "name": text(c, "title"), "url": absolute(base, &text(c, "url"))})
        })
        .collect();
    to_value(json!({"@type": "ItemList", "itemListElement": list}))
}

/// `Person`s of a byline's links (`{name, url}`).
fn person_ld(authors: Vec<Value>, base: &str) -> Value {
    let list: Vec<Json> = authors
        .iter()
        .map(|a| json!({"@type": "Person", "name": text(a, "name"), "url": absolute(base, &text(a, "url"))}))
        .collect();
    to_value(list)
}

/// `CorrectionComment`s of an article's dated notes (`{text, at}`).
fn correction_ld(notes: Vec<Value>) -> Value {
    let list: Vec<Json> = notes
        .iter()
        .map(|n| json!({"@type": "CorrectionComment", "text": text(n, "text"), "datePublished": text(n, "at")}))
        .collect();
    to_value(list)
}

pub(crate) fn register(env: &mut Environment<'_>) {
    env.add_function("breadcrumb_ld", breadcrumb_ld);
    env.add_function("item_list_ld", |cards: Vec<Value>, base: String| {
        item_list_ld(cards, &base)
    });
    env.add_function("person_ld", |authors: Vec<Value>, base: String| {
        person_ld(authors, &base)
    });
    env.add_function("correction_ld", correction_ld);
}
