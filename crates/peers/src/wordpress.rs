//! WordPress WXR (1.0–1.2), streamed with quick-xml: the file is never held whole, one item at
//! a time (its body included) is.
//!
//! Elements are matched by their prefixed names (`wp:post_id`, `content:encoded`, …), the
//! prefixes every WordPress exporter writes, as WordPress's own importer does.
//!
//! Mapping notes:
//! - Status: `publish` → Published; `future` → Scheduled; `draft`, `pending`, `private`,
//!   `auto-draft` and anything else → Draft (`private` posts were never public; `pending` ones
//!   await review).
//! - `published_at`: `wp:post_date_gmt` as UTC. WordPress writes `0000-00-00 00:00:00` there for
//!   a draft that never got a date: no date then. A published or scheduled post with that zero
//!   date (seen in sites that were themselves imported) falls back to `wp:post_date`, the site's
//!   local time, read as UTC.
//! - Authors have no role in WXR: every author is `author` (the exporter writes login, e-mail,
//!   display and first/last names only; no bio either).
//! - Classic-editor bodies (no `<!-- wp:` block markup) are stored without `<p>` tags; the
//!   paragraphs are rebuilt from blank lines as WordPress's `wpautop` does at display time (a
//!   simplified version), and `[caption]` shortcodes become figures. Other shortcodes are left
//!   as text.
//! - Categories come in export order, except that a primary category set by Yoast SEO or Rank
//!   Math (`_yoast_wpseo_primary_category`, `rank_math_primary_category`) is put first.

use crate::html::{self, BodyImage};
use crate::util::{bare_host, decode_entities, parse_utc, path_of, percent_decode, split_url};
use crate::{
    MAX_BODY, PeerAttachment, PeerAuthor, PeerError, PeerImage, PeerPost, PeerTerm, Pending,
    PostKind, PostStatus, RecordError, Scan,
};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const ACCEPTED_VERSIONS: [&str; 3] = ["1.0", "1.1", "1.2"];

// ---------------------------------------------------------------------------------------------
// Pass 1

pub(crate) fn scan(path: &Path) -> Result<Scan, PeerError> {
    let mut reader = WxrReader::open(path, false)?;
    let mut scan = Scan::default();
    let mut version: Option<String> = None;
    let mut comments = 0u64;
    let mut other_types: Vec<(String, u64)> = Vec::new();
    let mut raw_attachments: Vec<RawItem> = Vec::new();
    while let Some(record) = reader.next_record()? {
        match record {
            Record::Title(t) => scan.site_title = decode_entities(t.trim()),
            Record::Link(l) => scan.base_url = l.trim().trim_end_matches('/').to_owned(),
            Record::Version(v) => {
                check_version(&v)?;
                version = Some(v);
            }
            Record::Author(a) => scan.authors.push(a),
            Record::Category { term, .. } => scan.categories.push(term),
            Record::Tag(t) => scan.tags.push(t),
            Record::Item(item) => {
                comments += item.comments;
                match item.post_type.as_str() {
                    "post" | "page" => {
                        scan.posts += 1;
                        if let Err(problem) = check(&item) {
                            scan.problems.push(problem);
                        }
                    }
                    "attachment" => raw_attachments.push(*item),
                    other => {
                        let name = if other.is_empty() {
                            "untyped items"
                        } else {
                            other
                        };
                        match other_types.iter_mut().find(|(n, _)| n == name) {
                            Some((_, n)) => *n += 1,
                            None => other_types.push((name.to_owned(), 1)),
                        }
                    }
                }
            }
        }
    }
    if version.is_none() {
        return Err(PeerError::Version(format!(
            "{}: no <wp:wxr_version> in the channel: not a WordPress export (WXR 1.0-1.2)",
            path.display()
        )));
    }
    let uploads = Uploads::new(&scan.base_url, &reader.st.base_site_url, &[]);
    scan.attachments = raw_attachments
        .into_iter()
        .map(|item| attachment(item, &uploads))
        .collect();
    scan.skipped.push(("comments".into(), comments));
    scan.skipped.extend(other_types);
    Ok(scan)
}

fn check_version(v: &str) -> Result<(), PeerError> {
    if ACCEPTED_VERSIONS.contains(&v.trim()) {
        Ok(())
    } else {
        Err(PeerError::Version(format!(
            "WXR version {:?}: this reader knows WXR 1.0, 1.1 and 1.2",
            v.trim()
        )))
    }
}

fn attachment(item: RawItem, uploads: &Uploads) -> PeerAttachment {
    let url = if item.attachment_url.trim().is_empty() {
        item.guid.trim().to_owned()
    } else {
        item.attachment_url.trim().to_owned()
    };
    let relative_path = item
        .attached_file
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty() && !f.starts_with('/') && !f.contains("://"))
        .map(str::to_owned)
        .or_else(|| uploads.relative(&url, None));
    let mut old_paths = Vec::new();
    if let Some(p) = path_of(&url) {
        old_paths.push(p);
    }
    if !item.post_id.is_empty() {
        old_paths.push(format!("/?attachment_id={}", item.post_id));
    }
    if let Some(p) = path_of(&item.link).filter(|p| !old_paths.contains(p)) {
        old_paths.push(p);
    }
    PeerAttachment {
        source_id: item.post_id,
        image: PeerImage {
            url,
            relative_path,
            alt: item.image_alt.unwrap_or_default().trim().to_owned(),
            caption: html::plain_text(&item.excerpt),
        },
        old_paths,
    }
}

/// What makes a post or page impossible to take as it is; the same checks in both passes.
fn check(item: &RawItem) -> Result<Dates, RecordError> {
    let fail = |reason: String| RecordError {
        record: item.record_name(),
        reason,
    };
    if item.post_id.trim().is_empty() {
        return Err(fail("no wp:post_id".into()));
    }
    if item.body_len > MAX_BODY {
        return Err(fail(format!(
            "body is {} bytes, over the limit of {MAX_BODY} bytes",
            item.body_len
        )));
    }
    let status = status_of(&item.status);
    if item.title.trim().is_empty() && status != PostStatus::Draft {
        return Err(fail(
            "no title (a published or scheduled post needs one)".into(),
        ));
    }
    let date = |field: &str, value: &str| {
        parse_utc(value).map_err(|()| fail(format!("{field} {value:?} is not a date")))
    };
    let mut published_at = date("wp:post_date_gmt", &item.post_date_gmt)?;
    if published_at.is_none() && status != PostStatus::Draft {
        published_at = date("wp:post_date", &item.post_date)?;
    }
    let updated_at = date("wp:post_modified_gmt", &item.modified_gmt)?;
    Ok(Dates {
        status,
        published_at,
        updated_at,
    })
}

struct Dates {
    status: PostStatus,
    published_at: Option<jiff::Timestamp>,
    updated_at: Option<jiff::Timestamp>,
}

fn status_of(s: &str) -> PostStatus {
    match s.trim() {
        "publish" => PostStatus::Published,
        "future" => PostStatus::Scheduled,
        _ => PostStatus::Draft,
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 2

pub(crate) fn posts(
    path: &Path,
    scan: &Scan,
) -> Result<Box<dyn Iterator<Item = Result<Pending, RecordError>>>, PeerError> {
    let reader = WxrReader::open(path, true)?;
    let attachments: HashMap<String, PeerImage> = scan
        .attachments
        .iter()
        .map(|a| (a.source_id.clone(), a.image.clone()))
        .collect();
    Ok(Box::new(WpPosts {
        reader,
        base_url: scan.base_url.clone(),
        attachments: Arc::new(attachments),
        uploads: None,
        term_ids: Arc::new(HashMap::new()),
        done: false,
    }))
}

struct WpPosts {
    reader: WxrReader,
    base_url: String,
    attachments: Arc<HashMap<String, PeerImage>>,
    /// Built on the first item, once `wp:base_site_url` has been read.
    uploads: Option<Arc<Uploads>>,
    /// Category term ids → slugs, for a primary category set by an SEO plugin.
    term_ids: Arc<HashMap<String, String>>,
    done: bool,
}

/// An item read, with what its conversion needs (shared with the other items).
pub(crate) struct PendingItem {
    item: RawItem,
    attachments: Arc<HashMap<String, PeerImage>>,
    uploads: Arc<Uploads>,
    term_ids: Arc<HashMap<String, String>>,
}

impl PendingItem {
    pub(crate) fn finish(self) -> Result<PeerPost, RecordError> {
        build_post(self.item, &self.attachments, &self.uploads, &self.term_ids)
    }
}

impl Iterator for WpPosts {
    type Item = Result<Pending, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let record = match self.reader.next_record() {
                Ok(Some(r)) => r,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(RecordError {
                        record: self.reader.st.path.display().to_string(),
                        reason: e.to_string(),
                    }));
                }
            };
            match record {
                Record::Version(v) => {
                    if let Err(e) = check_version(&v) {
                        self.done = true;
                        return Some(Err(RecordError {
                            record: self.reader.st.path.display().to_string(),
                            reason: e.to_string(),
                        }));
                    }
                }
                Record::Category { term_id, term } => {
                    // Copied only when items read before still hold the map.
                    Arc::make_mut(&mut self.term_ids).insert(term_id, term.slug);
                }
                Record::Item(item) if matches!(item.post_type.as_str(), "post" | "page") => {
                    let uploads = self.uploads.get_or_insert_with(|| {
                        Arc::new(Uploads::new(
                            &self.base_url,
                            &self.reader.st.base_site_url,
                            &self.attachments.values().collect::<Vec<_>>(),
                        ))
                    });
                    return Some(Ok(Pending::wordpress(PendingItem {
                        item: *item,
                        attachments: self.attachments.clone(),
                        uploads: uploads.clone(),
                        term_ids: self.term_ids.clone(),
                    })));
                }
                _ => {}
            }
        }
        None
    }
}

fn build_post(
    item: RawItem,
    attachments: &HashMap<String, PeerImage>,
    uploads: &Uploads,
    term_ids: &HashMap<String, String>,
) -> Result<PeerPost, RecordError> {
    let dates = check(&item)?;
    let kind = if item.post_type == "page" {
        PostKind::Page
    } else {
        PostKind::Post
    };
    let body: Cow<'_, str> = if item.body.contains("<!-- wp:") {
        Cow::Borrowed(&item.body)
    } else {
        match captions_to_figures(&item.body) {
            Cow::Borrowed(b) => autop(b),
            Cow::Owned(b) => Cow::Owned(autop(&b).into_owned()),
        }
    };
    let converted = html::convert(&body).map_err(|reason| RecordError {
        record: item.record_name(),
        reason,
    })?;
    let body_images = converted
        .images
        .into_iter()
        .map(|img| body_image(img, attachments, uploads))
        .collect();

    let mut categories = Vec::new();
    let mut tags = Vec::new();
    for (domain, nicename) in &item.terms {
        let slug = percent_decode(nicename.trim());
        if slug.is_empty() {
            continue;
        }
        let list = match domain {
            TermDomain::Category => &mut categories,
            TermDomain::Tag => &mut tags,
            TermDomain::Other => continue,
        };
        if !list.contains(&slug) {
            list.push(slug);
        }
    }
    if let Some(primary) = item
        .primary_category
        .as_deref()
        .and_then(|id| term_ids.get(id.trim()))
        && let Some(pos) = categories.iter().position(|c| c == primary)
    {
        let c = categories.remove(pos);
        categories.insert(0, c);
    }

    let feature_image = item
        .thumbnail_id
        .as_deref()
        .and_then(|id| attachments.get(id.trim()))
        .cloned();

    let mut old_paths: Vec<String> = Vec::new();
    let mut add = |p: String| {
        if !old_paths.contains(&p) {
            old_paths.push(p);
        }
    };
    if let Some(p) = path_of(&item.link) {
        add(p);
    }
    add(format!("/?p={}", item.post_id.trim()));
    if kind == PostKind::Page {
        add(format!("/?page_id={}", item.post_id.trim()));
    }

    Ok(PeerPost {
        source_id: item.post_id.trim().to_owned(),
        kind,
        status: dates.status,
        title: decode_entities(item.title.trim()),
        slug: percent_decode(item.post_name.trim()),
        body_markdown: converted.markdown,
        body_images,
        excerpt: html::plain_text(&item.excerpt),
        published_at: dates.published_at,
        updated_at: dates.updated_at,
        authors: if item.creator.trim().is_empty() {
            Vec::new()
        } else {
            vec![item.creator.trim().to_owned()]
        },
        categories,
        tags,
        feature_image,
        old_paths,
        raw_len: item.body_len,
    })
}

fn body_image(
    img: BodyImage,
    attachments: &HashMap<String, PeerImage>,
    uploads: &Uploads,
) -> PeerImage {
    let attachment = img
        .attachment_id
        .as_deref()
        .and_then(|id| attachments.get(id));
    let relative_path = uploads.relative(&img.url, attachment);
    let alt = if img.alt.is_empty() {
        attachment.map(|a| a.alt.clone()).unwrap_or_default()
    } else {
        img.alt
    };
    PeerImage {
        url: img.url,
        relative_path,
        alt,
        caption: img.caption,
    }
}

// ---------------------------------------------------------------------------------------------
// Uploads

/// Maps a URL to a file under `wp-content/uploads/`.
struct Uploads {
    /// The site's own hosts (`www.` stripped), from `<link>` and `wp:base_site_url`.
    hosts: Vec<String>,
    /// Files of attachments (`_wp_attached_file`), to map a generated size to its original.
    files: HashSet<String>,
}

impl Uploads {
    fn new(base_url: &str, base_site_url: &str, attachments: &[&PeerImage]) -> Self {
        let mut hosts = Vec::new();
        for url in [base_url, base_site_url] {
            if let (Some(h), _) = split_url(url) {
                let h = bare_host(&h).to_owned();
                if !hosts.contains(&h) {
                    hosts.push(h);
                }
            }
        }
        let files = attachments
            .iter()
            .filter_map(|a| a.relative_path.clone())
            .collect();
        Uploads { hosts, files }
    }

    /// The path under the uploads directory of one of the site's own upload URLs. A generated
    /// size (`photo-300x188.jpg`) maps to its original when the original is an attachment's
    /// file (the image's `wp-image-N` attachment, or any attachment).
    fn relative(&self, url: &str, attachment: Option<&PeerImage>) -> Option<String> {
        let (host, rest) = split_url(url);
        if let Some(h) = host
            && !self.hosts.iter().any(|own| own == bare_host(&h))
        {
            return None;
        }
        const MARK: &str = "/wp-content/uploads/";
        let at = rest.find(MARK)?;
        let file = rest[at + MARK.len()..]
            .split(['?', '#'])
            .next()
            .unwrap_or("");
        let file = percent_decode(file);
        if file.is_empty() || file.ends_with('/') || file.split('/').any(|s| s == "..") {
            return None;
        }
        if self.files.contains(&file) {
            return Some(file);
        }
        if let Some(original) = without_size_suffix(&file) {
            let is_attachment_file = attachment
                .and_then(|a| a.relative_path.as_deref())
                .is_some_and(|f| f == original)
                || self.files.contains(&original);
            if is_attachment_file {
                return Some(original);
            }
        }
        Some(file)
    }
}

/// `2025/07/photo-300x188.png` → `2025/07/photo.png`; `None` without such a suffix.
fn without_size_suffix(file: &str) -> Option<String> {
    let dot = file.rfind('.')?;
    let (stem, ext) = file.split_at(dot);
    let dash = stem.rfind('-')?;
    let size = &stem[dash + 1..];
    let (w, h) = size.split_once('x')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(w) && digits(h)).then(|| format!("{}{ext}", &stem[..dash]))
}

// ---------------------------------------------------------------------------------------------
// Classic-editor bodies

const BLOCK_TAGS: [&str; 24] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "table",
    "pre",
    "hr",
    "dl",
    "section",
    "article",
    "aside",
    "address",
    "form",
    "iframe",
    "script",
];

fn starts_with_block_tag(chunk: &str) -> bool {
    let Some(rest) = chunk.strip_prefix('<') else {
        return false;
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let name = rest[..name_end].to_ascii_lowercase();
    BLOCK_TAGS.contains(&name.as_str()) || rest.starts_with("!--")
}

fn has_block_tag(chunk: &str) -> bool {
    chunk
        .match_indices('<')
        .any(|(i, _)| starts_with_block_tag(&chunk[i..]))
}

/// A simplified `wpautop`: blank lines separate paragraphs, a single newline inside a plain
/// paragraph is a line break; chunks that are already block markup are left alone, and so is
/// everything inside `<pre>`.
fn autop(body: &str) -> Cow<'_, str> {
    let trimmed = body.trim_start();
    if !body.contains('\n') || (!body.contains("\n\n") && starts_with_block_tag(trimmed)) {
        return Cow::Borrowed(body);
    }
    let body = body.replace("\r\n", "\n");
    let mut out = String::with_capacity(body.len() + body.len() / 8);
    let mut rest = body.as_str();
    while !rest.is_empty() {
        let (text, pre, after) = match find_ci(rest, "<pre") {
            Some(start) => {
                let end = find_ci(&rest[start..], "</pre>")
                    .map(|e| start + e + "</pre>".len())
                    .unwrap_or(rest.len());
                (&rest[..start], &rest[start..end], &rest[end..])
            }
            None => (rest, "", ""),
        };
        for chunk in text.split("\n\n") {
            let chunk = chunk.trim();
            if chunk.is_empty() {
                continue;
            }
            if starts_with_block_tag(chunk) || has_block_tag(chunk) {
                out.push_str(chunk);
            } else {
                out.push_str("<p>");
                out.push_str(&chunk.replace('\n', "<br />"));
                out.push_str("</p>");
            }
            out.push_str("\n\n");
        }
        out.push_str(pre);
        rest = after;
    }
    Cow::Owned(out)
}

/// Position of an ASCII `needle` starting with `<`, ignoring case.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack.match_indices('<').map(|(i, _)| i).find(|&i| {
        haystack.as_bytes()[i..]
            .get(..needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    })
}

/// `[caption id="attachment_5" …]<img …/> The caption[/caption]` → a `<figure>`.
fn captions_to_figures(body: &str) -> Cow<'_, str> {
    if !body.contains("[caption") {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(start) = rest.find("[caption") {
        let Some(open_end) = rest[start..].find(']').map(|i| start + i) else {
            break;
        };
        let Some(close) = rest[open_end..].find("[/caption]").map(|i| open_end + i) else {
            break;
        };
        out.push_str(&rest[..start]);
        let attrs = &rest[start + "[caption".len()..open_end];
        let inner = rest[open_end + 1..close].trim();
        let media_end = if let Some(a_end) = inner.find("</a>") {
            a_end + "</a>".len()
        } else if let Some(img) = inner.find("<img") {
            inner[img..]
                .find('>')
                .map(|i| img + i + 1)
                .unwrap_or(inner.len())
        } else {
            0
        };
        let media = &inner[..media_end];
        let mut caption = inner[media_end..].trim().to_owned();
        if caption.is_empty()
            && let Some(i) = attrs.find("caption=\"")
        {
            let v = &attrs[i + "caption=\"".len()..];
            caption = v[..v.find('"').unwrap_or(v.len())].to_owned();
        }
        out.push_str("\n\n<figure>");
        out.push_str(media);
        if !caption.is_empty() {
            out.push_str("<figcaption>");
            out.push_str(&caption);
            out.push_str("</figcaption>");
        }
        out.push_str("</figure>\n\n");
        rest = &rest[close + "[/caption]".len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

// ---------------------------------------------------------------------------------------------
// The streaming reader

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TermDomain {
    Category,
    Tag,
    Other,
}

/// One `<item>`, its fields as written.
#[derive(Debug, Default)]
struct RawItem {
    ordinal: u64,
    title: String,
    link: String,
    guid: String,
    creator: String,
    /// Kept in pass 2 only (and only up to [`MAX_BODY`]).
    body: String,
    body_len: usize,
    excerpt: String,
    post_id: String,
    post_date: String,
    post_date_gmt: String,
    modified_gmt: String,
    post_name: String,
    status: String,
    post_type: String,
    attachment_url: String,
    terms: Vec<(TermDomain, String)>,
    thumbnail_id: Option<String>,
    attached_file: Option<String>,
    image_alt: Option<String>,
    primary_category: Option<String>,
    comments: u64,
}

impl RawItem {
    /// `post 2010 "fixture-rich-html"`.
    fn record_name(&self) -> String {
        let kind = if self.post_type.is_empty() {
            "item"
        } else {
            &self.post_type
        };
        let slug = percent_decode(self.post_name.trim());
        let label = if slug.is_empty() {
            self.title.trim()
        } else {
            &slug
        };
        let id = self.post_id.trim();
        if id.is_empty() {
            format!(
                "{kind} without id {label:?} (item {} of the file)",
                self.ordinal
            )
        } else {
            format!("{kind} {id} {label:?}")
        }
    }
}

enum Record {
    Title(String),
    Link(String),
    Version(String),
    Author(PeerAuthor),
    Category { term_id: String, term: PeerTerm },
    Tag(PeerTerm),
    Item(Box<RawItem>),
}

#[derive(Default)]
struct RawAuthor {
    id: String,
    login: String,
    email: String,
    display: String,
    first: String,
    last: String,
}

#[derive(Default)]
struct RawTerm {
    id: String,
    slug: String,
    name: String,
    parent: String,
}

/// Where the reader is in the channel.
enum Open {
    None,
    Author(RawAuthor),
    Category(RawTerm),
    Tag(RawTerm),
    Item(Box<RawItem>),
}

struct WxrReader {
    xml: Reader<BufReader<File>>,
    buf: Vec<u8>,
    st: St,
}

/// The reader's state, apart from quick-xml's (so that events borrowing the buffer can feed it).
struct St {
    path: PathBuf,
    /// Names of the open elements, reused between items.
    stack: Vec<Vec<u8>>,
    depth: usize,
    text: String,
    /// Pass 2 keeps bodies; pass 1 only measures them.
    keep_body: bool,
    in_body: bool,
    open: Open,
    meta_key: String,
    meta_value: String,
    items: u64,
    saw_rss: bool,
    saw_channel: bool,
    closed_rss: bool,
    base_site_url: String,
}

impl WxrReader {
    fn open(path: &Path, keep_body: bool) -> Result<Self, PeerError> {
        let file = File::open(path).map_err(|source| PeerError::Io {
            path: path.to_owned(),
            source,
        })?;
        let mut xml = Reader::from_reader(BufReader::with_capacity(256 * 1024, file));
        let config = xml.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = true;
        Ok(WxrReader {
            xml,
            buf: Vec::with_capacity(64 * 1024),
            st: St {
                path: path.to_owned(),
                stack: Vec::new(),
                depth: 0,
                text: String::new(),
                keep_body,
                in_body: false,
                open: Open::None,
                meta_key: String::new(),
                meta_value: String::new(),
                items: 0,
                saw_rss: false,
                saw_channel: false,
                closed_rss: false,
                base_site_url: String::new(),
            },
        })
    }

    fn malformed(&self, position: u64, message: &str) -> PeerError {
        let line = line_of(&self.st.path, position)
            .map(|l| format!(", line {l}"))
            .unwrap_or_default();
        PeerError::Malformed(format!(
            "{}: not well-formed XML at byte {position}{line}: {message}",
            self.st.path.display()
        ))
    }

    /// The next record of interest, `None` at a proper end of the file.
    fn next_record(&mut self) -> Result<Option<Record>, PeerError> {
        loop {
            self.buf.clear();
            let event = match self.xml.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(e) => {
                    let pos = self.xml.error_position();
                    let msg = e.to_string();
                    return Err(self.malformed(pos, &msg));
                }
            };
            match event {
                Event::Start(e) => {
                    let qname = e.name();
                    let name = qname.as_ref();
                    let attrs = start_attrs(&e, name);
                    self.st.start(name, attrs)?;
                }
                Event::End(_) => {
                    if let Some(record) = self.st.end()? {
                        return Ok(Some(record));
                    }
                }
                Event::Empty(_) => {} // expanded into Start + End
                Event::Text(t) => {
                    if self.st.capturing() {
                        match t.xml10_content() {
                            Ok(s) => self.st.push_text(&s),
                            Err(e) => {
                                let pos = self.xml.buffer_position();
                                return Err(self.malformed(pos, &e.to_string()));
                            }
                        }
                    }
                }
                Event::CData(t) => {
                    if self.st.capturing() {
                        match t.xml10_content() {
                            Ok(s) => self.st.push_text(&s),
                            Err(e) => {
                                let pos = self.xml.buffer_position();
                                return Err(self.malformed(pos, &e.to_string()));
                            }
                        }
                    }
                }
                Event::GeneralRef(r) => {
                    if self.st.capturing() {
                        let resolved = match r.resolve_char_ref() {
                            Ok(Some(c)) => c.to_string(),
                            Ok(None) => {
                                let name = r.decode().unwrap_or_default();
                                match &*name {
                                    "amp" => "&".into(),
                                    "lt" => "<".into(),
                                    "gt" => ">".into(),
                                    "quot" => "\"".into(),
                                    "apos" => "'".into(),
                                    other => format!("&{other};"),
                                }
                            }
                            Err(e) => {
                                let pos = self.xml.buffer_position();
                                return Err(self.malformed(pos, &e.to_string()));
                            }
                        };
                        self.st.push_text(&resolved);
                    }
                }
                Event::Eof => {
                    if self.st.closed_rss {
                        return Ok(None);
                    }
                    let pos = self.xml.buffer_position();
                    if !self.st.saw_rss {
                        return Err(self.malformed(
                            pos,
                            "the file ends without an <rss> element: not a WordPress export",
                        ));
                    }
                    return Err(self.malformed(pos, "the file ends before </rss>: it is truncated"));
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }
}

impl St {
    /// Whether text is collected at this point (not between channel-level elements).
    fn capturing(&self) -> bool {
        self.depth >= 3
    }

    fn push_text(&mut self, s: &str) {
        if self.in_body {
            if let Open::Item(item) = &mut self.open {
                item.body_len += s.len();
                if self.keep_body && item.body_len <= MAX_BODY {
                    item.body.push_str(s);
                }
            }
        } else {
            self.text.push_str(s);
        }
    }

    fn start(&mut self, name: &[u8], attrs: Option<(TermDomain, String)>) -> Result<(), PeerError> {
        self.depth += 1;
        let depth = self.depth;
        self.text.clear();
        match depth {
            1 => {
                if name != b"rss" {
                    return Err(PeerError::Malformed(format!(
                        "{}: the root element is <{}>, not <rss>: not a WordPress export",
                        self.path.display(),
                        String::from_utf8_lossy(name)
                    )));
                }
                self.saw_rss = true;
            }
            2 if name == b"channel" => self.saw_channel = true,
            3 if self.stack.get(1).is_some_and(|n| n == b"channel") => {
                self.open = match name {
                    b"item" => {
                        self.items += 1;
                        Open::Item(Box::new(RawItem {
                            ordinal: self.items,
                            ..RawItem::default()
                        }))
                    }
                    b"wp:author" => Open::Author(RawAuthor::default()),
                    b"wp:category" => Open::Category(RawTerm::default()),
                    b"wp:tag" => Open::Tag(RawTerm::default()),
                    _ => Open::None,
                };
            }
            4 => {
                if let Open::Item(item) = &mut self.open {
                    match name {
                        b"content:encoded" => self.in_body = true,
                        b"category" => {
                            if let Some(term) = attrs {
                                item.terms.push(term);
                            }
                        }
                        b"wp:comment" => item.comments += 1,
                        b"wp:postmeta" => {
                            self.meta_key.clear();
                            self.meta_value.clear();
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if self.stack.len() < depth {
            self.stack.push(name.to_vec());
        } else {
            let slot = &mut self.stack[depth - 1];
            slot.clear();
            slot.extend_from_slice(name);
        }
        Ok(())
    }

    fn end(&mut self) -> Result<Option<Record>, PeerError> {
        let depth = self.depth;
        if depth == 0 {
            return Ok(None);
        }
        self.depth -= 1;
        let text = std::mem::take(&mut self.text);
        let name = self.stack.get(depth - 1).map(Vec::as_slice).unwrap_or(b"");
        let in_channel = self.stack.get(1).is_some_and(|n| n == b"channel");
        let record = match depth {
            1 => {
                self.closed_rss = true;
                if !self.saw_channel {
                    return Err(PeerError::Malformed(format!(
                        "{}: <rss> has no <channel>: not a WordPress export",
                        self.path.display()
                    )));
                }
                None
            }
            3 if in_channel => match name {
                b"title" => Some(Record::Title(text)),
                b"link" => Some(Record::Link(text)),
                b"wp:wxr_version" => Some(Record::Version(text)),
                b"wp:base_site_url" => {
                    self.base_site_url = text.trim().to_owned();
                    None
                }
                _ => match std::mem::replace(&mut self.open, Open::None) {
                    Open::None => None,
                    Open::Author(a) => Some(Record::Author(author(a))),
                    Open::Category(t) => {
                        let term_id = t.id.trim().to_owned();
                        Some(Record::Category {
                            term_id,
                            term: PeerTerm {
                                slug: percent_decode(t.slug.trim()),
                                name: decode_entities(t.name.trim()),
                                parent: Some(percent_decode(t.parent.trim()))
                                    .filter(|p| !p.is_empty()),
                            },
                        })
                    }
                    Open::Tag(t) => Some(Record::Tag(PeerTerm {
                        slug: percent_decode(t.slug.trim()),
                        name: decode_entities(t.name.trim()),
                        parent: None,
                    })),
                    Open::Item(item) => Some(Record::Item(item)),
                },
            },
            4 if in_channel => {
                match &mut self.open {
                    Open::Author(a) => match name {
                        b"wp:author_id" => a.id = text,
                        b"wp:author_login" => a.login = text,
                        b"wp:author_email" => a.email = text,
                        b"wp:author_display_name" => a.display = text,
                        b"wp:author_first_name" => a.first = text,
                        b"wp:author_last_name" => a.last = text,
                        _ => {}
                    },
                    Open::Category(t) => match name {
                        b"wp:term_id" => t.id = text,
                        b"wp:category_nicename" => t.slug = text,
                        b"wp:cat_name" => t.name = text,
                        b"wp:category_parent" => t.parent = text,
                        _ => {}
                    },
                    Open::Tag(t) => match name {
                        b"wp:term_id" => t.id = text,
                        b"wp:tag_slug" => t.slug = text,
                        b"wp:tag_name" => t.name = text,
                        _ => {}
                    },
                    Open::Item(item) => match name {
                        b"title" => item.title = text,
                        b"link" => item.link = text,
                        b"guid" => item.guid = text,
                        b"dc:creator" => item.creator = text,
                        b"content:encoded" => self.in_body = false,
                        b"excerpt:encoded" => item.excerpt = text,
                        b"wp:post_id" => item.post_id = text,
                        b"wp:post_date" => item.post_date = text,
                        b"wp:post_date_gmt" => item.post_date_gmt = text,
                        b"wp:post_modified_gmt" => item.modified_gmt = text,
                        b"wp:post_name" => item.post_name = text,
                        b"wp:status" => item.status = text,
                        b"wp:post_type" => item.post_type = text,
                        b"wp:attachment_url" => item.attachment_url = text,
                        b"wp:postmeta" => {
                            let value = std::mem::take(&mut self.meta_value);
                            match self.meta_key.as_str() {
                                "_thumbnail_id" => item.thumbnail_id = Some(value),
                                "_wp_attached_file" => item.attached_file = Some(value),
                                "_wp_attachment_image_alt" => item.image_alt = Some(value),
                                "_yoast_wpseo_primary_category" | "rank_math_primary_category" => {
                                    item.primary_category = Some(value);
                                }
                                _ => {}
                            }
                        }
                        _ => {}
                    },
                    Open::None => {}
                }
                None
            }
            5 if in_channel && self.stack.get(3).is_some_and(|n| n == b"wp:postmeta") => {
                match name {
                    b"wp:meta_key" => self.meta_key = text,
                    b"wp:meta_value" => {
                        // Only a few keys are kept; the rest (serialized PHP arrays…) is dropped.
                        if matches!(
                            self.meta_key.as_str(),
                            "_thumbnail_id"
                                | "_wp_attached_file"
                                | "_wp_attachment_image_alt"
                                | "_yoast_wpseo_primary_category"
                                | "rank_math_primary_category"
                        ) {
                            self.meta_value = text;
                        }
                    }
                    _ => {}
                }
                None
            }
            _ => None,
        };
        Ok(record)
    }
}

/// `domain`/`nicename` of an item's `<category>`.
fn start_attrs(e: &BytesStart<'_>, name: &[u8]) -> Option<(TermDomain, String)> {
    if name != b"category" {
        return None;
    }
    let mut domain = TermDomain::Other;
    let mut nicename = None;
    for attr in e.attributes().flatten() {
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_default();
        match attr.key.as_ref() {
            b"domain" => {
                domain = match value.as_str() {
                    "category" => TermDomain::Category,
                    "post_tag" => TermDomain::Tag,
                    _ => TermDomain::Other,
                }
            }
            b"nicename" => nicename = Some(value),
            _ => {}
        }
    }
    nicename.map(|n| (domain, n))
}

fn author(a: RawAuthor) -> PeerAuthor {
    let login = a.login.trim().to_owned();
    let mut name = decode_entities(a.display.trim());
    if name.is_empty() {
        name = format!("{} {}", a.first.trim(), a.last.trim())
            .trim()
            .to_owned();
    }
    if name.is_empty() {
        name.clone_from(&login);
    }
    PeerAuthor {
        source_id: a.id.trim().to_owned(),
        login,
        name,
        email: a.email.trim().to_owned(),
        bio: String::new(),
        // WXR carries no role (see the module docs).
        role: "author".into(),
    }
}

/// The line of a byte position, by reading the file again (only done for an error).
fn line_of(path: &Path, position: u64) -> Option<u64> {
    let file = File::open(path).ok()?;
    let mut reader = BufReader::new(file);
    let mut remaining = position;
    let mut line = 1u64;
    while remaining > 0 {
        let chunk = reader.fill_buf().ok()?;
        if chunk.is_empty() {
            break;
        }
        let take = usize::try_from(remaining)
            .unwrap_or(usize::MAX)
            .min(chunk.len());
        line += chunk[..take].iter().filter(|&&b| b == b'\n').count() as u64;
        reader.consume(take);
        remaining -= take as u64;
    }
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_suffix() {
        assert_eq!(
            without_size_suffix("2025/07/harbour-feature-300x188.png").as_deref(),
            Some("2025/07/harbour-feature.png")
        );
        assert_eq!(without_size_suffix("2025/07/harbour-feature.png"), None);
        assert_eq!(without_size_suffix("2025/07/a-x1.png"), None);
    }

    #[test]
    fn uploads_mapping() {
        let original = PeerImage {
            url: "http://old.example/wp-content/uploads/2025/07/harbour-feature.png".into(),
            relative_path: Some("2025/07/harbour-feature.png".into()),
            ..PeerImage::default()
        };
        let uploads = Uploads::new(
            "http://old.example",
            "https://www.old.example",
            &[&original],
        );
        let rel = |u: &str| uploads.relative(u, None);
        assert_eq!(
            rel("http://old.example/wp-content/uploads/2025/07/harbour-feature-300x188.png")
                .as_deref(),
            Some("2025/07/harbour-feature.png")
        );
        assert_eq!(
            rel("https://old.example/wp-content/uploads/2025/07/other-300x188.png").as_deref(),
            Some("2025/07/other-300x188.png")
        );
        assert_eq!(
            rel("/wp-content/uploads/2024/01/a%20b.jpg?ver=2").as_deref(),
            Some("2024/01/a b.jpg")
        );
        assert_eq!(
            rel("https://elsewhere.example/wp-content/uploads/x.png"),
            None
        );
        assert_eq!(
            rel("http://old.example/wp-content/uploads/../../etc/passwd"),
            None
        );
    }

    #[test]
    fn classic_bodies() {
        let html = autop("First line\nsecond line\n\n<blockquote>Quoted</blockquote>\n\nLast");
        assert_eq!(
            html,
            "<p>First line<br />second line</p>\n\n<blockquote>Quoted</blockquote>\n\n<p>Last</p>\n\n"
        );
        let pre = autop("a\n\n<pre>x\n\ny</pre>\n\nb");
        assert!(pre.contains("<pre>x\n\ny</pre>"), "{pre}");
        let fig = captions_to_figures(
            "[caption id=\"attachment_5\" align=\"alignnone\" width=\"300\"]<img src=\"a.png\" alt=\"A\" /> The pier[/caption]",
        );
        assert_eq!(
            fig.trim(),
            "<figure><img src=\"a.png\" alt=\"A\" /><figcaption>The pier</figcaption></figure>"
        );
    }
}
