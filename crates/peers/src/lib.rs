//! Reading other platforms' exports into plain records: WordPress WXR 1.2 (`wordpress`) and
//! Ghost's JSON export (`ghost`). Nothing here touches a database or the media store: the
//! service maps these records onto Masthead's and writes them.
//!
//! Both readers work in two passes over the file so that memory stays bounded whatever the
//! number of posts: [`scan`] reads everything but post bodies (site, authors, terms,
//! attachments, counts, problems), then [`posts`] streams the posts and pages one at a time.
//!
//! WordPress files are streamed (quick-xml): memory is one item at a time, whatever the file's
//! size. Ghost's JSON is parsed whole in each pass (a post's authors and tags come in tables
//! after the posts); [`posts`] then holds every post's rendered HTML, not its Lexical/mobiledoc
//! source, and converts one post at a time. See the `wordpress` and `ghost` modules for how
//! each field is mapped; bodies go through `html` (htmd, with handlers for figures, quotes,
//! embeds and the platforms' card markup).

use jiff::Timestamp;
use std::path::{Path, PathBuf};

mod ghost;
mod html;
mod util;
mod wordpress;

/// Which platform wrote the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    WordPress,
    Ghost,
}

impl Platform {
    /// `wordpress` or `ghost`: the prefix of every source key of this platform.
    pub fn key(self) -> &'static str {
        match self {
            Platform::WordPress => "wp",
            Platform::Ghost => "ghost",
        }
    }
}

/// A staff member of the peer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerAuthor {
    /// The peer's id (WordPress `wp:author_id`, Ghost user id).
    pub source_id: String,
    /// What posts name them by (WordPress login, Ghost user slug), also the wanted slug.
    pub login: String,
    pub name: String,
    pub email: String,
    pub bio: String,
    /// The peer's role, lower case (`administrator`, `editor`, `author`, `contributor`, Ghost's
    /// `owner`, …). WordPress's WXR carries no role: every WordPress author is `author`.
    pub role: String,
}

/// A category or tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerTerm {
    pub slug: String,
    pub name: String,
    /// The parent category's slug (WordPress categories only).
    pub parent: Option<String>,
}

/// An image: a featured image, an attachment or one inside a body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PeerImage {
    /// The URL as the export writes it (`http://old.example/wp-content/uploads/…`,
    /// `__GHOST_URL__/content/images/…`).
    pub url: String,
    /// Where the file is under the uploads/images directory given on the command line
    /// (`2025/07/harbour-feature.png`), when the URL is one of the peer's own uploads.
    pub relative_path: Option<String>,
    pub alt: String,
    pub caption: String,
}

/// What a post is on the peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostKind {
    Post,
    Page,
}

/// A post's state on the peer.
///
/// WordPress: `publish` → Published, `future` → Scheduled, `draft`, `pending`, `private`,
/// `auto-draft` (and anything else) → Draft. Ghost: `published`, `scheduled`, `draft` (and
/// anything else) as named; Ghost's `sent` (e-mail-only newsletters) are not yielded at all
/// but counted in [`Scan::skipped`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostStatus {
    Published,
    Draft,
    /// Publishes by itself at `published_at`.
    Scheduled,
}

/// One post or page, its body already converted to Masthead's Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerPost {
    /// The peer's id (`wp:post_id`, Ghost post id).
    pub source_id: String,
    pub kind: PostKind,
    pub status: PostStatus,
    pub title: String,
    /// The slug the export gives (percent-decoded: `новости`, not `%d0%bd…`); may be empty
    /// for a draft that never had one.
    pub slug: String,
    /// The body as CommonMark: paragraphs, `##` headings, `>` quotes, lists, links, `**`/`*`,
    /// images as `![alt](url "caption")` with the URL as the export writes it.
    pub body_markdown: String,
    /// Every image of the body, in order (the URLs in `body_markdown` are these `url`s).
    pub body_images: Vec<PeerImage>,
    /// The excerpt (WordPress `excerpt:encoded`, Ghost `custom_excerpt`), plain text.
    pub excerpt: String,
    pub published_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    /// Author logins/slugs, the primary first.
    pub authors: Vec<String>,
    /// Category slugs, the first being the one that becomes the section (WordPress), or the
    /// primary tag (Ghost: its first public tag).
    pub categories: Vec<String>,
    /// Tag slugs (Ghost's internal `#` tags left out).
    pub tags: Vec<String>,
    pub feature_image: Option<PeerImage>,
    /// The paths this post answered at on the peer (`/2025/07/04/fixture-rich-html/`,
    /// `/?p=2010`, Ghost's `/fixture-rich-html/`), each starting with `/`. WordPress: the
    /// `<link>`'s path and query as exported (percent-encoded where WordPress encodes it), then
    /// `/?p=ID`, and `/?page_id=ID` for a page.
    pub old_paths: Vec<String>,
    /// Size of the body as exported, in bytes.
    pub raw_len: usize,
}

/// An attachment (WordPress media item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerAttachment {
    pub source_id: String,
    pub image: PeerImage,
    /// Addresses of the attachment on the peer (its file URL's path, `/?attachment_id=N`, its
    /// attachment page), each starting with `/`.
    pub old_paths: Vec<String>,
}

/// A record the import cannot take, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// Names the record for a person: `post 2010 "fixture-rich-html"` or `line 1234`.
    pub record: String,
    pub reason: String,
}

/// What [`scan`] finds: everything but the posts' bodies.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub site_title: String,
    /// The peer's address (`http://127.0.0.1:8081`), without a trailing slash; Ghost's is
    /// `__GHOST_URL__`.
    pub base_url: String,
    pub authors: Vec<PeerAuthor>,
    /// WordPress categories. Ghost has none: there this lists the tags that are some post's
    /// primary tag (its first public tag), which is what [`PeerPost::categories`] names, so
    /// every slug a post gives there is here.
    pub categories: Vec<PeerTerm>,
    /// WordPress tags (`wp:tag`; the generic `wp:term` repeats are ignored); Ghost's public
    /// tags (internal `#` tags left out).
    pub tags: Vec<PeerTerm>,
    pub attachments: Vec<PeerAttachment>,
    /// Posts and pages [`posts`] will yield (problems included).
    pub posts: u64,
    /// What has no place in Masthead, with counts: `("comments", 1)`, `("newsletters", 1)`,
    /// `("members", 0)`, `("theme settings", 19)`, `("nav_menu_item", 3)`, …
    ///
    /// WordPress: `comments` always, then every other post type by its name. Ghost: each of
    /// `newsletters`, `members`, `products`, `offers`, `snippets`, `theme settings`,
    /// `settings`, `comments` that the export holds, then `email-only posts` (status `sent`)
    /// if any.
    pub skipped: Vec<(String, u64)>,
    /// Records that cannot be imported as they are (no title, body over the limit, a date
    /// that does not parse, …), found without reading them into memory whole.
    pub problems: Vec<RecordError>,
}

/// Why an export cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum PeerError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not well-formed (truncated, broken XML or JSON), with where.
    #[error("{0}")]
    Malformed(String),
    /// An export version this reader does not know (WXR other than 1.0–1.2, Ghost other than
    /// 4.x–6.x).
    #[error("{0}")]
    Version(String),
}

/// Largest post body taken, in bytes; a longer one is a [`RecordError`].
pub const MAX_BODY: usize = 4 << 20;

/// Reads everything but the bodies. See [`Scan`].
///
/// # Errors
/// [`PeerError`] for a file that cannot be read, is not well-formed or is of an unknown
/// version.
pub fn scan(platform: Platform, path: &Path) -> Result<Scan, PeerError> {
    match platform {
        Platform::WordPress => wordpress::scan(path),
        Platform::Ghost => ghost::scan(path),
    }
}

/// The posts and pages, one at a time, in file order; a post that cannot be taken is an `Err`
/// naming it.
///
/// # Errors
/// As [`scan`].
pub fn posts(
    platform: Platform,
    path: &Path,
    scan: &Scan,
) -> Result<Box<dyn Iterator<Item = Result<PeerPost, RecordError>>>, PeerError> {
    Ok(Box::new(
        pending_posts(platform, path, scan)?.map(|p| p.and_then(Pending::finish)),
    ))
}

/// As [`posts`], but each post read and not yet converted: the caller runs
/// [`Pending::finish`] (the HTML-to-Markdown conversion, most of the cost of reading) where
/// it likes, for example on several threads at once. Order and errors are those of [`posts`].
///
/// # Errors
/// As [`scan`].
pub fn pending_posts(
    platform: Platform,
    path: &Path,
    scan: &Scan,
) -> Result<Box<dyn Iterator<Item = Result<Pending, RecordError>>>, PeerError> {
    match platform {
        Platform::WordPress => wordpress::posts(path, scan),
        Platform::Ghost => {
            Ok(Box::new(ghost::posts(path, scan)?.map(|p| {
                p.map(|post| Pending(Deferred::Ready(Box::new(post))))
            })))
        }
    }
}

/// A post of [`pending_posts`]: read, its body not yet converted. `Send`, so it can be
/// finished on another thread.
pub struct Pending(Deferred);

enum Deferred {
    /// Converted already (Ghost's posts are read whole).
    Ready(Box<PeerPost>),
    WordPress(Box<wordpress::PendingItem>),
}

impl Pending {
    fn wordpress(item: wordpress::PendingItem) -> Self {
        Pending(Deferred::WordPress(Box::new(item)))
    }

    /// Converts the body and maps the rest: the post, or why it cannot be taken.
    ///
    /// # Errors
    /// A [`RecordError`] naming the post, as [`posts`] gives it.
    pub fn finish(self) -> Result<PeerPost, RecordError> {
        match self.0 {
            Deferred::Ready(post) => Ok(*post),
            Deferred::WordPress(item) => item.finish(),
        }
    }
}
