//! The editor's form (SPEC N3) as text fields, read into an article's content and written back
//! from one. Every field a person typed is kept as typed so that a refused save loses nothing.

use masthead_core::admin::FormState;
use masthead_core::slug::slugify;
use masthead_core::{ArticleContent, CoreError, Cover, Flags, Lang, NewTag, Seo, Source, Tag};
use std::collections::BTreeMap;

/// The editor's text fields, in the order of the form.
pub const EDITOR_FIELDS: &[&str] = &[
    "title",
    "kicker",
    "lead",
    "body",
    "section",
    "tags",
    "author",
    "coauthors",
    "slug",
    "cover_url",
    "cover_alt",
    "cover_caption",
    "cover_credit",
    "source_name",
    "source_url",
    "seo_title",
    "seo_description",
    "publish_at",
];

/// The editor's check boxes.
pub const EDITOR_FLAGS: &[&str] = &["breaking", "top", "important"];

/// Longest tag name, in characters.
const MAX_TAG_NAME: usize = 80;

fn invalid(field: &'static str, key: &'static str) -> CoreError {
    CoreError::Invalid { field, key }
}

/// The form of an article's content. Tags are written by name, the kicker apart.
pub fn content_to_form(c: &ArticleContent, tags: &[Tag]) -> FormState {
    let name_of = |slug: &str| {
        tags.iter()
            .find(|t| t.slug == slug)
            .map_or_else(|| slug.to_owned(), |t| t.name.clone())
    };
    let mut v: BTreeMap<String, String> = BTreeMap::new();
    let mut put = |k: &str, val: String| {
        v.insert(k.to_owned(), val);
    };
    put("title", c.title.clone());
    put("lead", c.lead.clone());
    put("body", c.body_md.clone());
    put("section", c.section_slug.clone());
    put(
        "kicker",
        c.tag_slugs.first().map(|s| name_of(s)).unwrap_or_default(),
    );
    put(
        "tags",
        c.tag_slugs
            .iter()
            .skip(1)
            .map(|s| name_of(s))
            .collect::<Vec<_>>()
            .join(", "),
    );
    put("author", c.author_slug.clone().unwrap_or_default());
    put("coauthors", c.coauthor_slugs.join(","));
    put("slug", c.slug.clone());
    if let Some(cv) = &c.cover {
        put("cover_url", cv.url.clone());
        put("cover_alt", cv.alt.clone());
        put("cover_caption", cv.caption.clone());
        put("cover_credit", cv.credit.clone());
    }
    if let Some(s) = &c.source {
        put("source_name", s.name.clone());
        put("source_url", s.url.clone());
    }
    put("seo_title", c.seo.title.clone());
    put("seo_description", c.seo.description.clone());
    for (on, k) in [
        (c.flags.breaking, "breaking"),
        (c.flags.top, "top"),
        (c.flags.important, "important"),
    ] {
        if on {
            put(k, "on".into());
        }
    }
    FormState {
        values: v,
        ..Default::default()
    }
}

/// A tag named in the form: an existing tag of the edition (by name, any case, or by slug) or
/// a new one.
fn tag_for(
    field: &'static str,
    name: &str,
    edition: Lang,
    existing: &[Tag],
    new: &mut Vec<NewTag>,
) -> Result<String, CoreError> {
    let name = name.trim();
    if name.chars().count() > MAX_TAG_NAME || masthead_core::article::has_hidden_characters(name) {
        return Err(invalid(field, "invalid-tag-name"));
    }
    let lower = name.to_lowercase();
    if let Some(t) = existing
        .iter()
        .find(|t| t.name.to_lowercase() == lower || t.slug == name)
    {
        return Ok(t.slug.clone());
    }
    let slug = slugify(name);
    if let Some(t) = existing.iter().find(|t| t.slug == slug) {
        return Ok(t.slug.clone());
    }
    if !new.iter().any(|n| n.slug == slug) {
        new.push(NewTag {
            edition,
            slug: slug.clone(),
            name: name.to_owned(),
        });
    }
    Ok(slug)
}

/// Reads the form into content for `edition`. Tags named that the edition does not have are
/// returned to be created. The slug is made from the title when left empty, and from what was
/// typed otherwise (so `Мой заголовок` becomes `moy-zagolovok`).
///
/// # Errors
/// Every `CoreError::Invalid` the form breaks, one per field, in the form's order.
pub fn content_from_form(
    f: &FormState,
    edition: Lang,
    existing_tags: &[Tag],
) -> Result<(ArticleContent, Vec<NewTag>), Vec<CoreError>> {
    // Zero-width spaces pasted with text from the web are taken out of every field.
    let cleaned: std::collections::BTreeMap<&str, String> = f
        .values
        .iter()
        .map(|(k, v)| (k.as_str(), masthead_core::article::strip_invisible(v)))
        .collect();
    let get = |k: &str| cleaned.get(k).map(|s| s.trim()).unwrap_or("");
    let raw = |k: &str| cleaned.get(k).map(String::as_str).unwrap_or("");
    let mut errors: Vec<CoreError> = Vec::new();
    let title = get("title").to_owned();
    if title.is_empty() {
        errors.push(invalid("title", "invalid-title"));
    }
    let slug = match get("slug") {
        "" => slugify(&title),
        typed => slugify(typed),
    };
    let section = get("section");
    if section.is_empty() {
        errors.push(invalid("section", "invalid-section"));
    }
    let mut new_tags = Vec::new();
    let mut tag_slugs: Vec<String> = Vec::new();
    let kicker = get("kicker");
    let names = std::iter::once(("kicker", kicker))
        .chain(get("tags").split([',', ';']).map(|t| ("tags", t.trim())))
        .filter(|(_, n)| !n.is_empty());
    for (field, name) in names {
        match tag_for(field, name, edition, existing_tags, &mut new_tags) {
            Ok(slug) if !tag_slugs.contains(&slug) => tag_slugs.push(slug),
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    let cover = match get("cover_url") {
        "" => None,
        url => Some(Cover {
            url: url.to_owned(),
            alt: get("cover_alt").to_owned(),
            caption: get("cover_caption").to_owned(),
            credit: get("cover_credit").to_owned(),
        }),
    };
    if cover.as_ref().is_some_and(|c| c.alt.is_empty()) {
        errors.push(invalid("cover_alt", "invalid-alt"));
    }
    let source = match (get("source_name"), get("source_url")) {
        ("", "") => None,
        (name, url) => Some(Source {
            name: name.to_owned(),
            url: url.to_owned(),
        }),
    };
    let on = |k: &str| !get(k).is_empty();
    let content = ArticleContent {
        slug,
        title,
        lead: get("lead").to_owned(),
        // The body keeps its own whitespace (Markdown cares about indentation).
        body_md: raw("body").replace("\r\n", "\n"),
        body_html: String::new(),
        section_slug: section.to_owned(),
        tag_slugs,
        author_slug: Some(get("author"))
            .filter(|a| !a.is_empty())
            .map(str::to_owned),
        // Further authors, in the order chosen, without the first or repeats.
        coauthor_slugs: get("coauthors")
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty() && *a != get("author"))
            .fold(Vec::new(), |mut v: Vec<String>, a| {
                if !v.iter().any(|x| x == a) {
                    v.push(a.to_owned());
                }
                v
            }),
        flags: Flags {
            breaking: on("breaking"),
            top: on("top"),
            important: on("important"),
        },
        source,
        cover,
        seo: Seo {
            title: get("seo_title").to_owned(),
            description: get("seo_description").to_owned(),
        },
    };
    // The content's own rules, for the fields not already named.
    let field_of = |e: &CoreError| match e {
        CoreError::Invalid { field, .. } => *field,
        _ => "_form",
    };
    for e in content.problems() {
        if !errors.iter().any(|x| field_of(x) == field_of(&e)) {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok((content, new_tags))
    } else {
        let order = |e: &CoreError| {
            EDITOR_FIELDS
                .iter()
                .chain(["cover_url", "source_name", "source_url"].iter())
                .position(|k| *k == field_of(e))
                .unwrap_or(usize::MAX)
        };
        errors.sort_by_key(order);
        Err(errors)
    }
}

/// The error a refused form is answered with: the one problem, or every field's.
pub fn form_errors(mut errors: Vec<CoreError>) -> crate::ServiceError {
    if errors.len() == 1
        && let Some(e) = errors.pop()
    {
        return e.into();
    }
    crate::ServiceError::InvalidFields(
        errors
            .into_iter()
            .filter_map(|e| match e {
                CoreError::Invalid { field, key } => Some(masthead_core::settings::FieldError {
                    field: field.to_owned(),
                    key,
                }),
                _ => None,
            })
            .collect(),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormState {
        FormState::with_values(pairs.iter().copied())
    }

    #[test]
    fn a_form_round_trips() {
        let tags = vec![Tag {
            id: 1,
            edition: Lang::Ru,
            slug: "vybory".into(),
            name: "Выборы".into(),
        }];
        let f = form(&[
            ("title", "Мэр\u{200B} ответил"),
            ("section", "politics"),
            ("kicker", "выборы"),
            ("tags", "Новый тег, Выборы"),
            ("body", "Text\r\n\r\n  indented"),
            ("important", "on"),
        ]);
        let (c, new) = content_from_form(&f, Lang::Ru, &tags).expect("valid form");
        assert_eq!(c.slug, "mer-otvetil");
        assert_eq!(
            c.title, "Мэр ответил",
            "a pasted zero-width space is taken out"
        );
        assert_eq!(c.tag_slugs, vec!["vybory", "novyy-teg"]);
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].name, "Новый тег");
        assert_eq!(c.body_md, "Text\n\n  indented");
        assert!(c.flags.important && !c.flags.top);
        let back = content_to_form(&c, &tags);
        assert_eq!(
            back.values.get("kicker").map(String::as_str),
            Some("Выборы")
        );
        assert_eq!(
            back.values.get("tags").map(String::as_str),
            Some("novyy-teg")
        );
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let errs = content_from_form(
            &form(&[
                ("title", ""),
                ("tags", &"x".repeat(100)),
                ("cover_url", "javascript:x"),
                ("source_name", "S"),
                ("source_url", "ftp://x"),
                ("seo_title", &"s".repeat(200)),
            ]),
            Lang::En,
            &[],
        )
        .err()
        .unwrap_or_default();
        let fields: Vec<&str> = errs
            .iter()
            .map(|e| match e {
                CoreError::Invalid { field, .. } => *field,
                _ => "?",
            })
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "section",
                "tags",
                "cover_url",
                "cover_alt",
                "source_url",
                "seo_title"
            ]
            .iter()
            .filter(|f| fields.contains(f))
            .copied()
            .collect::<Vec<_>>(),
            "in the form's order"
        );
        for f in [
            "title",
            "section",
            "tags",
            "cover_url",
            "source_url",
            "seo_title",
        ] {
            assert!(fields.contains(&f), "{f} named: {fields:?}");
        }
    }

    #[test]
    fn errors_name_the_field() {
        let key = |pairs: &[(&str, &str)]| {
            content_from_form(&form(pairs), Lang::En, &[])
                .err()
                .and_then(|e| e.into_iter().next())
                .map(|e| match e {
                    CoreError::Invalid { field, key } => (field, key),
                    other => panic!("{other:?}"),
                })
        };
        assert_eq!(
            key(&[("section", "news")]),
            Some(("title", "invalid-title"))
        );
        assert_eq!(key(&[("title", "T")]), Some(("section", "invalid-section")));
        assert_eq!(
            key(&[
                ("title", "T"),
                ("section", "news"),
                ("cover_url", "/media/x.jpg")
            ]),
            Some(("cover_alt", "invalid-alt"))
        );
        assert_eq!(
            key(&[
                ("title", "T"),
                ("section", "news"),
                ("source_name", "X"),
                ("source_url", "javascript:alert(1)")
            ]),
            Some(("source_url", "invalid-source-url"))
        );
        assert_eq!(
            key(&[
                ("title", "T"),
                ("section", "news"),
                ("cover_url", "javascript:x"),
                ("cover_alt", "a")
            ]),
            Some(("cover_url", "invalid-cover-url"))
        );
    }
}
