//! Ghost's JSON export (`{"db":[{"meta":{"version":…},"data":{…}}]}`, Ghost 4.x–6.x), read
//! with serde into structs that keep only what the import needs.
//!
//! Memory: JSON cannot be streamed record by record here (a post's authors and tags come in
//! tables after the posts), so each pass parses the whole file. [`scan`] keeps no bodies (it
//! only measures them); [`posts`] keeps every post's rendered `html` (not its Lexical or
//! mobiledoc source, nor `plaintext`) and converts one post at a time as it is asked for. So
//! memory is about the file's size plus its HTML while parsing, then the HTML.
//!
//! Mapping notes:
//! - Posts and pages both come from `data.posts` (`type`). Status `published` → Published,
//!   `scheduled` → Scheduled, `draft` and anything unknown → Draft; `sent` (a newsletter sent
//!   by e-mail only, never on the site) is not yielded and is counted in `skipped` as
//!   `"email-only posts"`.
//! - Internal tags (name starting with `#`, slug `hash-…`, visibility `internal`) are left out
//!   everywhere. A post's first public tag is its primary tag: `categories = [primary]`, and
//!   `tags` holds all its public tags, the primary included. [`Scan::categories`] lists the
//!   tags that are some post's primary tag, so every slug in a post's `categories` is there.
//! - Users keep id, slug, name, e-mail and bio; nothing else (no password hash, no tokens) is
//!   even deserialized. Role: the user's first role in `roles_users`, lower case.
//! - The body is the `html` Ghost rendered from its Lexical/mobiledoc source. A post with
//!   Lexical or mobiledoc but no `html` cannot be converted here: it is a [`RecordError`].

use crate::html::{self, BodyImage};
use crate::util::parse_utc;
use crate::{
    MAX_BODY, PeerAuthor, PeerError, PeerImage, PeerPost, PeerTerm, PostKind, PostStatus,
    RecordError, Scan,
};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// The `__GHOST_URL__` placeholder Ghost writes for its own address.
pub(crate) const GHOST_URL: &str = "__GHOST_URL__";

// ---------------------------------------------------------------------------------------------
// Pass 1

pub(crate) fn scan(path: &Path) -> Result<Scan, PeerError> {
    let data = load::<BodyLen>(path)?;
    let mut scan = Scan {
        site_title: data.settings.title.clone().unwrap_or_default(),
        base_url: GHOST_URL.into(),
        ..Scan::default()
    };

    let roles: HashMap<&str, &str> = data
        .roles
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    let mut user_roles: HashMap<&str, String> = HashMap::new();
    for ru in &data.roles_users {
        if let Some(role) = roles.get(ru.role_id.as_str()) {
            user_roles
                .entry(ru.user_id.as_str())
                .or_insert_with(|| role.to_lowercase());
        }
    }
    scan.authors = data
        .users
        .iter()
        .map(|u| PeerAuthor {
            source_id: u.id.clone(),
            login: u.slug.clone(),
            name: u.name.clone(),
            email: u.email.clone(),
            bio: u.bio.clone(),
            role: user_roles
                .get(u.id.as_str())
                .cloned()
                .unwrap_or_else(|| "author".into()),
        })
        .collect();

    let relations = Relations::new(&data);
    let mut primary: Vec<&str> = Vec::new();
    let mut email_only = 0u64;
    let mut other_types: Vec<(String, u64)> = Vec::new();
    for post in &data.posts {
        match (post.kind.as_str(), post.status.as_str()) {
            (_, "sent") => email_only += 1,
            ("post" | "page", _) => {
                scan.posts += 1;
                if let Err(problem) = check(post) {
                    scan.problems.push(problem);
                }
                if let Some(first) = relations.tags_of(&post.id).first()
                    && !primary.contains(first)
                {
                    primary.push(first);
                }
            }
            (other, _) => match other_types.iter_mut().find(|(n, _)| n == other) {
                Some((_, n)) => *n += 1,
                None => other_types.push((other.to_owned(), 1)),
            },
        }
    }
    for tag in data.tags.iter().filter(|t| t.is_public()) {
        let term = PeerTerm {
            slug: tag.slug.clone(),
            name: tag.name.clone(),
            parent: None,
        };
        if primary.contains(&tag.slug.as_str()) {
            scan.categories.push(term.clone());
        }
        scan.tags.push(term);
    }

    let tables = [
        ("newsletters", data.newsletters),
        ("members", data.members),
        ("products", data.products),
        ("offers", data.offers),
        ("snippets", data.snippets),
        ("theme settings", data.custom_theme_settings),
        ("settings", Some(Count(data.settings.count))),
        ("comments", data.comments),
    ];
    for (name, count) in tables {
        if let Some(Count(n)) = count {
            scan.skipped.push((name.into(), n));
        }
    }
    if email_only > 0 {
        scan.skipped.push(("email-only posts".into(), email_only));
    }
    scan.skipped.extend(other_types);
    Ok(scan)
}

fn check<B: Body>(post: &GhostPost<B>) -> Result<Dates, RecordError> {
    let fail = |reason: String| RecordError {
        record: post.record_name(),
        reason,
    };
    if post.id.is_empty() {
        return Err(fail("no id".into()));
    }
    if let Some(len) = post.html.len()
        && len > MAX_BODY
    {
        return Err(fail(format!(
            "body is {len} bytes, over the limit of {MAX_BODY} bytes"
        )));
    }
    if post.html.len().is_none() && (post.lexical.0 || post.mobiledoc.0) {
        return Err(fail(
            "no rendered HTML in the export (Lexical/mobiledoc only)".into(),
        ));
    }
    let status = status_of(&post.status);
    if post.title.trim().is_empty() && status != PostStatus::Draft {
        return Err(fail(
            "no title (a published or scheduled post needs one)".into(),
        ));
    }
    let date = |field: &str, value: &str| {
        parse_utc(value).map_err(|()| fail(format!("{field} {value:?} is not a date")))
    };
    Ok(Dates {
        status,
        published_at: date("published_at", &post.published_at)?,
        updated_at: date("updated_at", &post.updated_at)?,
    })
}

struct Dates {
    status: PostStatus,
    published_at: Option<jiff::Timestamp>,
    updated_at: Option<jiff::Timestamp>,
}

fn status_of(s: &str) -> PostStatus {
    match s {
        "published" => PostStatus::Published,
        "scheduled" => PostStatus::Scheduled,
        _ => PostStatus::Draft,
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 2

pub(crate) fn posts(
    path: &Path,
    _scan: &Scan,
) -> Result<Box<dyn Iterator<Item = Result<PeerPost, RecordError>>>, PeerError> {
    let mut data = load::<Option<String>>(path)?;
    let relations = Relations::new(&data);
    let authors: HashMap<String, Vec<String>> = data
        .posts
        .iter()
        .map(|p| (p.id.clone(), relations.authors_of(&p.id)))
        .collect();
    let tags: HashMap<String, Vec<String>> = data
        .posts
        .iter()
        .map(|p| {
            let tags = relations
                .tags_of(&p.id)
                .into_iter()
                .map(str::to_owned)
                .collect();
            (p.id.clone(), tags)
        })
        .collect();
    let meta: HashMap<String, (String, String)> = std::mem::take(&mut data.posts_meta)
        .into_iter()
        .map(|m| (m.post_id, (m.feature_image_alt, m.feature_image_caption)))
        .collect();
    let posts = std::mem::take(&mut data.posts);
    drop(data);
    let mut authors = authors;
    let mut tags = tags;
    let iter = posts
        .into_iter()
        .filter(|p| matches!(p.kind.as_str(), "post" | "page") && p.status != "sent")
        .map(move |p| {
            let a = authors.remove(&p.id).unwrap_or_default();
            let t = tags.remove(&p.id).unwrap_or_default();
            let m = meta.get(&p.id);
            build_post(p, a, t, m)
        });
    Ok(Box::new(iter))
}

fn build_post(
    post: GhostPost<Option<String>>,
    authors: Vec<String>,
    tags: Vec<String>,
    meta: Option<&(String, String)>,
) -> Result<PeerPost, RecordError> {
    let dates = check(&post)?;
    let html_body = post.html.as_deref().unwrap_or("");
    let converted = html::convert(html_body).map_err(|reason| RecordError {
        record: post.record_name(),
        reason,
    })?;
    let body_images = converted.images.into_iter().map(body_image).collect();
    let feature_image = post
        .feature_image
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(|url| {
            let (alt, caption) = meta.cloned().unwrap_or_default();
            PeerImage {
                url: url.to_owned(),
                relative_path: relative_path(url),
                alt: html::plain_text(&alt),
                caption: html::plain_text(&caption),
            }
        });
    let kind = if post.kind == "page" {
        PostKind::Page
    } else {
        PostKind::Post
    };
    let old_paths = if post.slug.is_empty() {
        Vec::new()
    } else {
        vec![format!("/{}/", post.slug)]
    };
    Ok(PeerPost {
        source_id: post.id,
        kind,
        status: dates.status,
        title: post.title,
        slug: post.slug,
        body_markdown: converted.markdown,
        body_images,
        excerpt: html::plain_text(&post.custom_excerpt),
        published_at: dates.published_at,
        updated_at: dates.updated_at,
        authors,
        categories: tags.first().cloned().into_iter().collect(),
        tags,
        feature_image,
        old_paths,
        raw_len: html_body.len(),
    })
}

fn body_image(img: BodyImage) -> PeerImage {
    PeerImage {
        relative_path: relative_path(&img.url),
        url: img.url,
        alt: img.alt,
        caption: img.caption,
    }
}

/// `__GHOST_URL__/content/images/2026/11/a.png` → `2026/11/a.png`. A resized copy
/// (`…/content/images/size/w600/2026/11/a.png`) maps to the original.
pub(crate) fn relative_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix(GHOST_URL)
        .unwrap_or(url)
        .strip_prefix("/content/images/")?;
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let rest = match rest.strip_prefix("size/") {
        Some(sized) => sized.split_once('/').map_or("", |(_, r)| r),
        None => rest,
    };
    let rest = crate::util::percent_decode(rest);
    (!rest.is_empty() && !rest.ends_with('/') && !rest.split('/').any(|s| s == ".."))
        .then_some(rest)
}

// ---------------------------------------------------------------------------------------------
// Relations

struct Relations<'a> {
    authors: HashMap<&'a str, Vec<(i64, &'a str)>>,
    tags: HashMap<&'a str, Vec<(i64, &'a str)>>,
}

impl<'a> Relations<'a> {
    fn new<B: Body>(data: &'a Data<B>) -> Self {
        let users: HashMap<&str, &str> = data
            .users
            .iter()
            .map(|u| (u.id.as_str(), u.slug.as_str()))
            .collect();
        let public_tags: HashMap<&str, &str> = data
            .tags
            .iter()
            .filter(|t| t.is_public())
            .map(|t| (t.id.as_str(), t.slug.as_str()))
            .collect();
        let mut authors: HashMap<&str, Vec<(i64, &str)>> = HashMap::new();
        for pa in &data.posts_authors {
            if let Some(slug) = users.get(pa.author_id.as_str()) {
                authors
                    .entry(pa.post_id.as_str())
                    .or_default()
                    .push((pa.sort_order, slug));
            }
        }
        let mut tags: HashMap<&str, Vec<(i64, &str)>> = HashMap::new();
        for pt in &data.posts_tags {
            if let Some(slug) = public_tags.get(pt.tag_id.as_str()) {
                tags.entry(pt.post_id.as_str())
                    .or_default()
                    .push((pt.sort_order, slug));
            }
        }
        for list in authors.values_mut().chain(tags.values_mut()) {
            list.sort_by_key(|(order, _)| *order);
        }
        Relations { authors, tags }
    }

    fn authors_of(&self, post_id: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (_, slug) in self.authors.get(post_id).into_iter().flatten() {
            if !out.iter().any(|s| s == slug) {
                out.push((*slug).to_owned());
            }
        }
        out
    }

    fn tags_of(&self, post_id: &str) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        for (_, slug) in self.tags.get(post_id).into_iter().flatten() {
            if !out.contains(slug) {
                out.push(slug);
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Loading

fn load<B: Body>(path: &Path) -> Result<Data<B>, PeerError> {
    let bytes = std::fs::read(path).map_err(|source| PeerError::Io {
        path: path.to_owned(),
        source,
    })?;
    let top: Top<B> = serde_json::from_slice(&bytes).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => "the file ends too early (truncated?)",
            serde_json::error::Category::Syntax => "not valid JSON",
            serde_json::error::Category::Data => "not a Ghost export",
            serde_json::error::Category::Io => "cannot be read",
        };
        PeerError::Malformed(format!(
            "{}: {what}: line {}, column {}: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
    })?;
    drop(bytes);
    let export = match top.db.into_iter().next() {
        Some(db) => db,
        None => match (top.meta, top.data) {
            (meta, Some(data)) => Db { meta, data },
            (_, None) => {
                return Err(PeerError::Malformed(format!(
                    "{}: no \"db\" (or \"data\") object: not a Ghost export",
                    path.display()
                )));
            }
        },
    };
    let version = export.meta.map(|m| m.version).unwrap_or_default();
    let major = version
        .split('.')
        .next()
        .and_then(|m| m.parse::<u32>().ok());
    if !matches!(major, Some(4..=6)) {
        return Err(PeerError::Version(if version.is_empty() {
            format!("{}: no meta.version in the Ghost export", path.display())
        } else {
            format!("Ghost export version {version:?}: this reader knows Ghost 4.x, 5.x and 6.x")
        }));
    }
    Ok(export.data)
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "B: Body"))]
struct Top<B> {
    #[serde(default = "Vec::new")]
    db: Vec<Db<B>>,
    #[serde(default)]
    meta: Option<Meta>,
    #[serde(default = "Option::default")]
    data: Option<Data<B>>,
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "B: Body"))]
struct Db<B> {
    #[serde(default)]
    meta: Option<Meta>,
    data: Data<B>,
}

#[derive(Deserialize, Default)]
struct Meta {
    #[serde(default, deserialize_with = "nullable")]
    version: String,
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "B: Body"))]
struct Data<B> {
    #[serde(default = "Vec::new")]
    posts: Vec<GhostPost<B>>,
    #[serde(default)]
    posts_meta: Vec<PostMeta>,
    #[serde(default)]
    users: Vec<User>,
    #[serde(default)]
    posts_authors: Vec<PostAuthor>,
    #[serde(default)]
    roles: Vec<Role>,
    #[serde(default)]
    roles_users: Vec<RoleUser>,
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    tags: Vec<Tag>,
    #[serde(default)]
    posts_tags: Vec<PostTag>,
    #[serde(default)]
    newsletters: Option<Count>,
    #[serde(default)]
    members: Option<Count>,
    #[serde(default)]
    products: Option<Count>,
    #[serde(default)]
    offers: Option<Count>,
    #[serde(default)]
    snippets: Option<Count>,
    #[serde(default)]
    custom_theme_settings: Option<Count>,
    #[serde(default)]
    comments: Option<Count>,
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "B: Body"))]
struct GhostPost<B> {
    #[serde(default, deserialize_with = "nullable")]
    id: String,
    #[serde(default, deserialize_with = "nullable")]
    title: String,
    #[serde(default, deserialize_with = "nullable")]
    slug: String,
    #[serde(default = "B::default")]
    html: B,
    #[serde(default)]
    lexical: Present,
    #[serde(default)]
    mobiledoc: Present,
    #[serde(default)]
    feature_image: Option<String>,
    #[serde(
        rename = "type",
        default = "post_type",
        deserialize_with = "nullable_post"
    )]
    kind: String,
    #[serde(default, deserialize_with = "nullable")]
    status: String,
    #[serde(default, deserialize_with = "nullable")]
    published_at: String,
    #[serde(default, deserialize_with = "nullable")]
    updated_at: String,
    #[serde(default, deserialize_with = "nullable")]
    custom_excerpt: String,
}

impl<B> GhostPost<B> {
    /// `post 6b0a… "fixture-rich-html"`.
    fn record_name(&self) -> String {
        let label = if self.slug.is_empty() {
            &self.title
        } else {
            &self.slug
        };
        format!("{} {} {label:?}", self.kind, self.id)
    }
}

fn post_type() -> String {
    "post".into()
}

fn nullable_post<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_else(post_type))
}

#[derive(Deserialize)]
struct PostMeta {
    #[serde(default, deserialize_with = "nullable")]
    post_id: String,
    #[serde(default, deserialize_with = "nullable")]
    feature_image_alt: String,
    #[serde(default, deserialize_with = "nullable")]
    feature_image_caption: String,
}

/// A staff user: only these fields are read (never `password` or any token).
#[derive(Deserialize)]
struct User {
    #[serde(default, deserialize_with = "nullable")]
    id: String,
    #[serde(default, deserialize_with = "nullable")]
    name: String,
    #[serde(default, deserialize_with = "nullable")]
    slug: String,
    #[serde(default, deserialize_with = "nullable")]
    email: String,
    #[serde(default, deserialize_with = "nullable")]
    bio: String,
}

#[derive(Deserialize)]
struct PostAuthor {
    #[serde(default, deserialize_with = "nullable")]
    post_id: String,
    #[serde(default, deserialize_with = "nullable")]
    author_id: String,
    #[serde(default)]
    sort_order: i64,
}

#[derive(Deserialize)]
struct PostTag {
    #[serde(default, deserialize_with = "nullable")]
    post_id: String,
    #[serde(default, deserialize_with = "nullable")]
    tag_id: String,
    #[serde(default)]
    sort_order: i64,
}

#[derive(Deserialize)]
struct Role {
    #[serde(default, deserialize_with = "nullable")]
    id: String,
    #[serde(default, deserialize_with = "nullable")]
    name: String,
}

#[derive(Deserialize)]
struct RoleUser {
    #[serde(default, deserialize_with = "nullable")]
    role_id: String,
    #[serde(default, deserialize_with = "nullable")]
    user_id: String,
}

#[derive(Deserialize)]
struct Tag {
    #[serde(default, deserialize_with = "nullable")]
    id: String,
    #[serde(default, deserialize_with = "nullable")]
    name: String,
    #[serde(default, deserialize_with = "nullable")]
    slug: String,
    #[serde(default, deserialize_with = "nullable")]
    visibility: String,
}

impl Tag {
    /// Not one of Ghost's internal `#` tags.
    fn is_public(&self) -> bool {
        !self.name.starts_with('#')
            && !self.slug.starts_with("hash-")
            && self.visibility != "internal"
    }
}

fn nullable<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Custom fields

/// What a post's `html` is deserialized into: its length only (scan) or the text (posts).
trait Body: for<'de> Deserialize<'de> + Default {
    /// `None` for a null (or missing) body.
    fn len(&self) -> Option<usize>;
}

impl Body for Option<String> {
    fn len(&self) -> Option<usize> {
        self.as_ref().map(String::len)
    }
}

/// A string's length, the string itself dropped at once.
#[derive(Default)]
struct BodyLen(Option<usize>);

impl Body for BodyLen {
    fn len(&self) -> Option<usize> {
        self.0
    }
}

impl<'de> Deserialize<'de> for BodyLen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BodyLen;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<BodyLen, E> {
                Ok(BodyLen(Some(v.len())))
            }
            fn visit_none<E: de::Error>(self) -> Result<BodyLen, E> {
                Ok(BodyLen(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<BodyLen, E> {
                Ok(BodyLen(None))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<BodyLen, D::Error> {
                d.deserialize_str(V)
            }
        }
        d.deserialize_option(V)
    }
}

/// Whether a field holds a non-empty string (Lexical, mobiledoc), not kept.
#[derive(Default)]
struct Present(bool);

impl<'de> Deserialize<'de> for Present {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let len = BodyLen::deserialize(d)?;
        Ok(Present(len.0.is_some_and(|n| n > 0)))
    }
}

/// The number of rows of a table that is not read.
#[derive(Clone, Copy)]
struct Count(u64);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
                Ok(Count(0))
            }
        }
        d.deserialize_any(V)
    }
}

/// `settings`: their number, and the site title; every other value (secrets among them) is
/// dropped as it is read.
#[derive(Default)]
struct Settings {
    title: Option<String>,
    count: u64,
}

impl<'de> Deserialize<'de> for Settings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Setting {
            #[serde(default, deserialize_with = "nullable")]
            key: String,
            #[serde(default)]
            value: Option<serde_json::Value>,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Settings;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array of settings")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Settings, A::Error> {
                let mut out = Settings::default();
                while let Some(s) = seq.next_element::<Setting>()? {
                    out.count += 1;
                    if s.key == "title"
                        && let Some(serde_json::Value::String(t)) = s.value
                    {
                        out.title = Some(t);
                    }
                }
                Ok(out)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Settings, E> {
                Ok(Settings::default())
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_paths() {
        assert_eq!(
            relative_path("__GHOST_URL__/content/images/2026/11/a.png").as_deref(),
            Some("2026/11/a.png")
        );
        assert_eq!(
            relative_path("__GHOST_URL__/content/images/size/w600/2026/11/a.png").as_deref(),
            Some("2026/11/a.png")
        );
        assert_eq!(relative_path("https://cdn.example/a.png"), None);
        assert_eq!(relative_path("__GHOST_URL__/content/images/../x"), None);
    }
}
