//! `masthead import wordpress|ghost`: moving a site in from WordPress (WXR) or Ghost (JSON
//! export). The file is read by `masthead-peers` in passes, never whole:
//!
//! 1. **scan**: authors, categories, tags, attachments, counts and the records that cannot be
//!    taken as they are;
//! 2. **check**: every post is read and mapped once without writing, so that a bad record (no
//!    title, a missing or broken image, a slug another article holds, …) stops the import
//!    before anything is written, or is skipped with `skip_invalid`;
//! 3. **write**: taxonomy and staff, the attachments into the media library, then the posts in
//!    batches of [`BATCH`], each batch one transaction with its redirects and ledger rows.
//!
//! Every record keeps its source key (`wp:2010`, `ghost:6b0a…`) and the ledger keeps a
//! fingerprint of what was read, so a second run adds nothing and rewrites only the records
//! that changed at the source. A kill at any moment leaves whole batches only; the next run
//! skips them by their fingerprints and writes the rest. Images are stored once per source
//! URL (the media row carries it).
//!
//! Mapping: posts become articles (published, draft, scheduled with its time), pages become
//! static pages; the body's HTML (converted to Markdown by `masthead-peers`) keeps its images,
//! which are copied into the media store and point at their new addresses; the excerpt is the
//! lead; the featured image is the cover with its alt text and caption. A WordPress category
//! tree becomes sections of its top-level categories, a child category becoming a tag of the
//! posts filed under it; Ghost's primary tag is the section, its internal `#` tags are left
//! out. Authors become author profiles and staff accounts without a password (they cannot
//! sign in until invited from Staff). Old addresses (permalinks, `?p=ID`, Ghost's `/{slug}/`,
//! attachment URLs) go into the redirects table.

use crate::newsroom::Upload;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::site_page::{NewRedirect, NewStaticPage, redirect_path};
use masthead_core::slug::{MAX_SLUG_LEN, slugify};
use masthead_core::{
    Actor, ArticleContent, ContentBundle, Cover, Flags, Lang, NewArticle, NewAuthor, NewSection,
    NewTag, Permission, Role, Status,
};
use masthead_peers::{
    PeerImage, PeerPost, Pending, Platform, PostKind, PostStatus, RecordError, Scan, pending_posts,
    scan,
};
use masthead_store::NewUser;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Posts written per transaction.
pub const BATCH: usize = 2000;

/// What to import.
#[derive(Debug, Clone)]
pub struct PeerImport {
    pub platform: Platform,
    /// The export file.
    pub file: PathBuf,
    /// The uploads (WordPress `wp-content/uploads`) or images (Ghost `content/images`)
    /// directory; without it images keep their old addresses and are not copied.
    pub files: Option<PathBuf>,
    pub edition: Lang,
    /// Import the good records and report the bad ones, instead of importing nothing.
    pub skip_invalid: bool,
}

/// Counts of one kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// New in this run.
    pub imported: u64,
    /// Changed at the source since the last run, rewritten.
    pub updated: u64,
    /// Already imported as they are.
    pub unchanged: u64,
    /// Changed at the source, but saved in the newsroom since the last import: left as they
    /// are (the newsroom's version wins).
    pub kept: u64,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeerReport {
    /// Posts (articles), and of them how many are published, drafts and scheduled.
    pub posts: Counts,
    pub published: u64,
    pub drafts: u64,
    pub scheduled: u64,
    /// Pages (static pages).
    pub pages: Counts,
    /// Sections, tags and author profiles created (existing ones are kept).
    pub sections: u64,
    pub tags: u64,
    pub authors: u64,
    /// Staff accounts created (without a password; existing e-mail addresses are kept).
    pub accounts: u64,
    /// Images copied into the media library, and ones already there from an earlier run.
    pub images: u64,
    pub images_existing: u64,
    /// Redirects added or changed.
    pub redirects: u64,
    /// What has no place in Masthead, with counts (comments, newsletters, …).
    pub not_imported: Vec<(String, u64)>,
    /// Records skipped (only with `skip_invalid`), each named with its reason.
    pub invalid: Vec<RecordError>,
    /// The change-log sequence of the last write (0 when nothing was written).
    pub seq: i64,
}

/// Told how far an import has come: `(done, total)` posts and pages.
pub type Progress = dyn Fn(u64, u64) + Send + Sync;

/// A post as read, with its body HTML when it could be made while reading.
type Read = (PeerPost, Option<String>);

/// A post as it will be written, with what it needs from the media store.
struct Mapped {
    post: PeerPost,
    html: Option<String>,
    key: String,
    slug: String,
    fingerprint: String,
}

/// A category of the peer as it maps here.
struct Category {
    /// The section of its top-level ancestor (itself when it is top-level).
    section: String,
    top_level: bool,
    /// The tag it becomes when it is not the post's section.
    tag: String,
    name: String,
}

/// Taxonomy slugs by the peer's slugs.
#[derive(Default)]
struct Names {
    categories: HashMap<String, Category>,
    tags: HashMap<String, String>,
    authors: HashMap<String, String>,
}

/// A slug Masthead takes: the export's own when it is one, else one made from it (WordPress
/// keeps non-Latin slugs percent-encoded; `masthead-peers` decodes them) or from `fallback`.
fn our_slug(given: &str, fallback: &str) -> String {
    let given = given.trim();
    if masthead_core::slug::validate(given).is_ok() {
        return given.to_owned();
    }
    let from = if given.is_empty() { fallback } else { given };
    let s = slugify(from);
    s.chars().take(MAX_SLUG_LEN).collect()
}

fn default_section(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Ru => ("novosti", "Новости"),
        Lang::En => ("news", "News"),
        Lang::Hy => ("lurer", "Լուրեր"),
        Lang::Az => ("xeberler", "Xəbərlər"),
    }
}

fn fingerprint(p: &PeerPost) -> String {
    let mut h = Sha256::new();
    let mut put = |s: &str| {
        h.update(s.as_bytes());
        h.update([0]);
    };
    put(&p.title);
    put(&p.slug);
    put(&p.body_markdown);
    put(&p.excerpt);
    put(match p.status {
        PostStatus::Published => "published",
        PostStatus::Draft => "draft",
        PostStatus::Scheduled => "scheduled",
    });
    put(&p.published_at.map(|t| t.to_string()).unwrap_or_default());
    for list in [&p.authors, &p.categories, &p.tags] {
        put(&list.join("\u{1}"));
    }
    if let Some(f) = &p.feature_image {
        put(&f.url);
        put(&f.alt);
        put(&f.caption);
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether the first bytes are those of an image format the media pipeline takes (PNG, JPEG,
/// GIF, WebP).
fn looks_like_image(head: &[u8]) -> bool {
    head.starts_with(b"\x89PNG\r\n\x1a\n")
        || head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"GIF87a")
        || head.starts_with(b"GIF89a")
        || (head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP")
}

/// Why an image of the export cannot be copied, if it cannot.
fn image_problem(files: &Path, image: &PeerImage) -> Option<String> {
    let rel = image.relative_path.as_deref()?;
    if rel.split('/').any(|part| part == ".." || part.is_empty()) {
        return Some(format!("image path `{rel}` leaves the files directory"));
    }
    let path = files.join(rel);
    let mut head = [0u8; 16];
    match std::fs::File::open(&path) {
        Err(_) => Some(format!("image `{rel}` is missing from {}", files.display())),
        Ok(mut f) => {
            use std::io::Read;
            let n = f.read(&mut head).unwrap_or(0);
            if looks_like_image(&head[..n]) {
                None
            } else {
                Some(format!("`{rel}` is not an image"))
            }
        }
    }
}

fn record_name(p: &PeerPost) -> String {
    let kind = match p.kind {
        PostKind::Post => "post",
        PostKind::Page => "page",
    };
    format!("{kind} {} \"{}\"", p.source_id, p.slug)
}

/// Streams the export's posts to an async consumer in chunks, from a blocking thread; one
/// chunk waits while the next is made, so memory stays bounded (a second waiting chunk held
/// about 40 MB more on 100,000 posts and made the import no faster: the writer, not the
/// reader, is the slower side).
///
/// With `render` (the write pass), the body HTML of a post without images is made here too,
/// beside the reading, so that it overlaps the database writes of the batch before (a post
/// with images is rendered once its images have their new addresses). Without it (the check
/// pass, which writes nothing) the bodies of a chunk are converted on every core at once.
fn stream_posts(
    platform: Platform,
    file: PathBuf,
    scan: Arc<Scan>,
    render: bool,
) -> tokio::sync::mpsc::Receiver<Result<Vec<Result<Read, RecordError>>, ServiceError>> {
    use rayon::prelude::*;
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tokio::task::spawn_blocking(move || {
        let iter = match pending_posts(platform, &file, &scan) {
            Ok(i) => i,
            Err(e) => {
                let _ = tx.blocking_send(Err(e.into()));
                return;
            }
        };
        let finish = |item: Result<Pending, RecordError>| {
            item.and_then(Pending::finish).map(|post| {
                let html = (render && post.body_images.is_empty())
                    .then(|| masthead_markdown::to_html(&post.body_markdown));
                (post, html)
            })
        };
        let mut pending = Vec::with_capacity(BATCH);
        let mut iter = iter.fuse();
        loop {
            pending.extend(iter.by_ref().take(BATCH - pending.len()));
            if pending.is_empty() {
                return;
            }
            let chunk: Vec<Result<Read, RecordError>> = if render {
                pending.drain(..).map(finish).collect()
            } else {
                pending.par_drain(..).map(finish).collect()
            };
            if tx.blocking_send(Ok(chunk)).is_err() {
                return;
            }
        }
    });
    rx
}

impl Site {
    /// Imports a WordPress or Ghost export into `job.edition` as `actor`; see the module
    /// documentation for what becomes what. `progress` is told after each batch.
    ///
    /// # Errors
    /// `Export` for a file that cannot be read (missing, not well-formed, unknown version);
    /// `InvalidRecords` naming every record that cannot be taken, when `skip_invalid` is off
    /// (nothing is written then); `Forbidden` without `Import`; the store's and the media
    /// store's errors (batches written before such a failure stay, and the next run goes on
    /// from them).
    pub async fn import_peer(
        &self,
        actor: &Actor,
        job: &PeerImport,
        progress: &Progress,
    ) -> Result<PeerReport, ServiceError> {
        Self::authorize(actor, Permission::Import)?;
        let _lock = self.import_lock().await?;
        let started = std::time::Instant::now();
        let (platform, file) = (job.platform, job.file.clone());
        let found = tokio::task::spawn_blocking(move || scan(platform, &file))
            .await
            .map_err(|e| {
                ServiceError::Export(masthead_peers::PeerError::Malformed(format!(
                    "reading the export stopped: {e}"
                )))
            })??;
        let found = Arc::new(found);
        tracing::debug!(elapsed = ?started.elapsed(), "import: scanned");
        let mut report = PeerReport {
            not_imported: found.skipped.clone(),
            ..PeerReport::default()
        };
        let mut invalid: Vec<RecordError> = found.problems.clone();

        // Pass 2: check every post without writing.
        let lang = job.edition;
        let names = self.names(&found);
        let mut bad: HashSet<String> = HashSet::new();
        let mut slugs: HashMap<(bool, String), String> = HashMap::new();
        let mut rx = stream_posts(job.platform, job.file.clone(), found.clone(), false);
        let mut total = 0u64;
        let mut needs_default = false;
        let mut category_tags: HashMap<String, String> = HashMap::new();
        while let Some(chunk) = rx.recv().await {
            for item in chunk? {
                match item {
                    // The scan named it already.
                    Err(e) if found.problems.contains(&e) => {}
                    Err(e) => invalid.push(e),
                    Ok((p, _)) => {
                        total += 1;
                        if p.kind == PostKind::Post {
                            let (_, filed) = filing(&p, &names, lang);
                            needs_default |= !p
                                .categories
                                .iter()
                                .any(|c| names.categories.contains_key(c));
                            category_tags.extend(filed);
                        }
                        if let Err(reason) = self.check(&p, job, &names, &mut slugs) {
                            bad.insert(p.source_id.clone());
                            invalid.push(RecordError {
                                record: record_name(&p),
                                reason,
                            });
                        }
                    }
                }
            }
        }
        // A slug another article holds (now or formerly), one not brought by this very
        // record, is a collision.
        let post_slugs: Vec<String> = slugs
            .keys()
            .filter(|(is_page, _)| !is_page)
            .map(|(_, slug)| slug.clone())
            .collect();
        for (slug, holder) in self.store.slugs_held(lang, &post_slugs).await? {
            let Some(key) = slugs.get(&(false, slug.clone())) else {
                continue;
            };
            if holder.as_deref() == Some(key.as_str()) {
                continue;
            }
            let id = key.split_once(':').map_or("", |(_, id)| id).to_owned();
            if bad.insert(id.clone()) {
                invalid.push(RecordError {
                    record: format!("post {id} \"{slug}\""),
                    reason: format!(
                        "the slug `{slug}` is taken by another article of the {lang} edition"
                    ),
                });
            }
        }
        for (is_page, slug) in slugs.keys() {
            if *is_page
                && let Some(existing) = self.store.static_page(lang, slug).await?
                && existing.source_key.as_deref()
                    != slugs.get(&(true, slug.clone())).map(|s| s.as_str())
            {
                let key = &slugs[&(true, slug.clone())];
                let id = key.split_once(':').map_or("", |(_, id)| id).to_owned();
                bad.insert(id.clone());
                invalid.push(RecordError {
                    record: format!("page {id} \"{slug}\""),
                    reason: format!("the page slug `{slug}` is taken in the {lang} edition"),
                });
            }
        }
        tracing::debug!(elapsed = ?started.elapsed(), "import: checked");
        if !invalid.is_empty() && !job.skip_invalid {
            return Err(ServiceError::InvalidRecords(invalid));
        }

        // Pass 3: write.
        progress(0, total);
        self.write_taxonomy(
            actor,
            &found,
            lang,
            &names,
            (needs_default, &category_tags),
            &mut report,
        )
        .await?;
        let media = self
            .import_attachments(actor, &found, job, &mut report)
            .await?;
        let mut media = media;
        tracing::debug!(elapsed = ?started.elapsed(), "import: taxonomy and attachments written");
        let mut rx = stream_posts(job.platform, job.file.clone(), found.clone(), true);
        let mut done = 0u64;
        // Where the write pass spends its time: waiting for posts to be read, or writing them.
        let (mut waiting, mut writing) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
        let mut mark = std::time::Instant::now();
        while let Some(chunk) = rx.recv().await {
            waiting += mark.elapsed();
            mark = std::time::Instant::now();
            let chunk: Vec<Read> = chunk?
                .into_iter()
                .filter_map(Result::ok)
                .filter(|(p, _)| !bad.contains(&p.source_id))
                .collect();
            let n = chunk.len() as u64;
            self.write_batch(actor, chunk, job, &names, &mut media, &mut report)
                .await?;
            done += n;
            progress(done, total);
            tracing::debug!(done, total, "import: batch written");
            writing += mark.elapsed();
            mark = std::time::Instant::now();
        }
        tracing::debug!(elapsed = ?started.elapsed(), ?waiting, ?writing, "import: posts written");
        invalid.sort_by(|a, b| a.record.cmp(&b.record));
        report.invalid = invalid;
        Ok(report)
    }

    /// The slugs the export's categories, tags and authors get here.
    fn names(&self, found: &Scan) -> Names {
        let mut names = Names::default();
        let parent: HashMap<&str, Option<&str>> = found
            .categories
            .iter()
            .map(|c| (c.slug.as_str(), c.parent.as_deref()))
            .collect();
        for c in &found.categories {
            // The top-level ancestor is the section (a broken or cyclic tree stops at 16).
            let mut top = c.slug.as_str();
            for _ in 0..16 {
                match parent.get(top).copied().flatten() {
                    Some(p) if parent.contains_key(p) => top = p,
                    _ => break,
                }
            }
            let top_name = found
                .categories
                .iter()
                .find(|x| x.slug == top)
                .map_or(top, |x| x.name.as_str());
            names.categories.insert(
                c.slug.clone(),
                Category {
                    section: our_slug(top, top_name),
                    top_level: top == c.slug,
                    tag: our_slug(&c.slug, &c.name),
                    name: c.name.clone(),
                },
            );
        }
        for t in &found.tags {
            names
                .tags
                .insert(t.slug.clone(), our_slug(&t.slug, &t.name));
        }
        for a in &found.authors {
            names
                .authors
                .insert(a.login.clone(), our_slug(&a.login, &a.name));
        }
        names
    }

    /// Why `p` cannot be imported as it is, if it cannot; records its slug.
    fn check(
        &self,
        p: &PeerPost,
        job: &PeerImport,
        names: &Names,
        slugs: &mut HashMap<(bool, String), String>,
    ) -> Result<(), String> {
        if p.title.trim().is_empty() {
            return Err("it has no title".into());
        }
        if let Some(files) = &job.files {
            for image in p.feature_image.iter().chain(p.body_images.iter()) {
                if let Some(why) = image_problem(files, image) {
                    return Err(why);
                }
            }
        }
        let slug = our_slug(&p.slug, &p.title);
        let key = format!("{}:{}", job.platform.key(), p.source_id);
        let is_page = p.kind == PostKind::Page;
        if let Some(other) = slugs.get(&(is_page, slug.clone())) {
            return Err(format!("its slug `{slug}` is also {other}'s"));
        }
        // Images that will be copied get a library address; check with one of that shape.
        let copied: HashMap<String, (String, u32, u32)> = match &job.files {
            Some(_) => p
                .feature_image
                .iter()
                .chain(p.body_images.iter())
                .filter(|i| i.relative_path.is_some())
                .map(|i| {
                    (
                        i.url.clone(),
                        ("/media/checked-640.png".to_owned(), 640, 400),
                    )
                })
                .collect(),
            None => HashMap::new(),
        };
        if !is_page {
            let article = article_of(p, job, names, &slug, &copied);
            if let Err(e) = article.validate() {
                let why = masthead_i18n::Catalogs::embedded().t(Lang::En, e.key(), &[]);
                return Err(format!("{why} ({e})"));
            }
        } else {
            let page = page_of(p, job, &slug, &copied);
            if let Err(e) = page.validate() {
                let why = masthead_i18n::Catalogs::embedded().t(Lang::En, e.key(), &[]);
                return Err(format!("{why} ({e})"));
            }
        }
        slugs.insert((is_page, slug), key);
        Ok(())
    }

    /// Sections, tags, author profiles and staff accounts, in one transaction (kept as they
    /// are when they exist).
    async fn write_taxonomy(
        &self,
        actor: &Actor,
        found: &Scan,
        lang: Lang,
        names: &Names,
        (needs_default, category_tags): (bool, &HashMap<String, String>),
        report: &mut PeerReport,
    ) -> Result<(), ServiceError> {
        let mut b = ContentBundle::default();
        let mut seen: HashSet<String> = HashSet::new();
        let (def_slug, def_name) = default_section(lang);
        let mut sections: Vec<(String, String)> = found
            .categories
            .iter()
            .filter_map(|c| names.categories.get(&c.slug))
            .filter(|c| c.top_level)
            .map(|c| (c.section.clone(), c.name.clone()))
            .collect();
        if needs_default {
            // Posts filed nowhere go to the edition's usual news section.
            sections.push((def_slug.to_owned(), def_name.to_owned()));
        }
        for (i, (slug, name)) in sections.into_iter().enumerate() {
            if !seen.insert(slug.clone()) {
                continue;
            }
            b.sections.push(NewSection {
                edition: lang,
                slug,
                name,
                position: 100 + i as i64,
            });
        }
        let mut tags: Vec<(String, String)> = found
            .tags
            .iter()
            .filter_map(|t| names.tags.get(&t.slug).map(|s| (s.clone(), t.name.clone())))
            .collect();
        let mut filed: Vec<(&String, &String)> = category_tags.iter().collect();
        filed.sort();
        tags.extend(filed.into_iter().map(|(s, n)| (s.clone(), n.clone())));
        let mut seen_tags: HashSet<String> = HashSet::new();
        for (slug, name) in tags {
            if !seen_tags.insert(slug.clone()) {
                continue;
            }
            b.tags.push(NewTag {
                edition: lang,
                slug,
                name,
            });
        }
        let now = Timestamp::now();
        for a in &found.authors {
            let Some(slug) = names.authors.get(&a.login) else {
                continue;
            };
            b.authors.push(NewAuthor {
                edition: lang,
                slug: slug.clone(),
                name: if a.name.trim().is_empty() {
                    a.login.clone()
                } else {
                    a.name.clone()
                },
                bio: a.bio.clone(),
            });
            let email = if a.email.contains('@') {
                a.email.trim().to_lowercase()
            } else {
                format!("{slug}@imported.invalid")
            };
            if self.store.credentials_by_email(&email).await?.is_none() {
                let role = match a.role.as_str() {
                    "administrator" | "owner" | "admin" => Role::Admin,
                    "editor" => Role::Editor,
                    "contributor" => Role::Contributor,
                    _ => Role::Author,
                };
                self.store
                    .create_user(
                        &NewUser {
                            email,
                            name: if a.name.trim().is_empty() {
                                a.login.clone()
                            } else {
                                a.name.clone()
                            },
                            role,
                            ui_lang: lang,
                            password_hash: None,
                        },
                        now,
                    )
                    .await?;
                report.accounts += 1;
            }
        }
        let done = self.store.import(actor, &b).await?;
        report.sections += done.terms.sections;
        report.tags += done.terms.tags;
        report.authors += done.terms.authors;
        report.seq = report.seq.max(done.seq);
        self.written();
        Ok(())
    }

    /// Copies one image into the media library (once per source URL); returns its new URL and
    /// size.
    async fn import_image(
        &self,
        actor: &Actor,
        files: &Path,
        image: &PeerImage,
        report: &mut PeerReport,
    ) -> Result<Option<(String, u32, u32)>, ServiceError> {
        let Some(rel) = image.relative_path.as_deref() else {
            return Ok(None);
        };
        let key = format!("url:{}", image.url);
        if let Some(m) = self.store.media_by_source(&key).await? {
            report.images_existing += 1;
            return Ok(Some((m.url(), m.width, m.height)));
        }
        let bytes = tokio::fs::read(files.join(rel)).await.map_err(|e| {
            ServiceError::Media(masthead_media::MediaError::Encode(format!("{rel}: {e}")))
        })?;
        let alt = if image.alt.trim().is_empty() {
            rel.rsplit('/').next().unwrap_or(rel).to_owned()
        } else {
            image.alt.clone()
        };
        let m = self
            .store_media(
                actor,
                Upload {
                    bytes,
                    file_name: rel.rsplit('/').next().unwrap_or(rel).to_owned(),
                    alt,
                    caption: image.caption.chars().take(500).collect(),
                    credit: String::new(),
                },
                Some(key),
            )
            .await?;
        report.images += 1;
        Ok(Some((m.url(), m.width, m.height)))
    }

    /// The export's attachments into the media library, with redirects from their old
    /// addresses; returns old URL → (new URL, width, height).
    async fn import_attachments(
        &self,
        actor: &Actor,
        found: &Scan,
        job: &PeerImport,
        report: &mut PeerReport,
    ) -> Result<HashMap<String, (String, u32, u32)>, ServiceError> {
        let mut media = HashMap::new();
        let Some(files) = &job.files else {
            return Ok(media);
        };
        let mut redirects = Vec::new();
        for a in &found.attachments {
            if image_problem(files, &a.image).is_some() {
                continue;
            }
            let Some(new) = self.import_image(actor, files, &a.image, report).await? else {
                continue;
            };
            let by_id = format!("/?p={}", a.source_id);
            let by_id = (job.platform == Platform::WordPress).then_some(&by_id);
            for old in a.old_paths.iter().chain(by_id) {
                if let Ok(from) = redirect_path(old) {
                    redirects.push(NewRedirect {
                        from_path: from,
                        to_path: new.0.clone(),
                        source_key: Some(format!("{}:{}", job.platform.key(), a.source_id)),
                    });
                }
            }
            media.insert(a.image.url.clone(), new);
        }
        if !redirects.is_empty() {
            let (n, seq) = self.store.save_redirects(actor, &redirects, true).await?;
            report.redirects += n;
            report.seq = report.seq.max(seq);
        }
        Ok(media)
    }

    /// One batch of posts and pages in one transaction: new ones inserted, changed ones
    /// rewritten, unchanged ones left.
    /// Writes a chunk of posts in one transaction, copying their images and rendering their
    /// bodies first; counts them in `report`.
    async fn write_batch(
        &self,
        actor: &Actor,
        chunk: Vec<Read>,
        job: &PeerImport,
        names: &Names,
        media: &mut HashMap<String, (String, u32, u32)>,
        report: &mut PeerReport,
    ) -> Result<(), ServiceError> {
        let lang = job.edition;
        let mapped: Vec<Mapped> = chunk
            .into_iter()
            .map(|(post, html)| Mapped {
                key: format!("{}:{}", job.platform.key(), post.source_id),
                slug: our_slug(&post.slug, &post.title),
                fingerprint: fingerprint(&post),
                post,
                html,
            })
            .collect();
        let keys: Vec<String> = mapped.iter().map(|m| m.key.clone()).collect();
        let known: HashMap<String, String> = self
            .store
            .import_fingerprints(lang, &keys)
            .await?
            .into_iter()
            .collect();
        let urls = self.urls();
        let mut b = ContentBundle::default();
        // Articles whose bodies have images: rendered together once their images have their
        // new addresses (the others were rendered while reading).
        let mut to_render: Vec<usize> = Vec::new();
        // Their images' sizes by new address, for the figures' width and height.
        let mut sizes: HashMap<String, (u32, u32)> = HashMap::new();
        for m in mapped {
            let is_new = match known.get(&m.key) {
                Some(f) if *f == m.fingerprint => {
                    let c = if m.post.kind == PostKind::Page {
                        &mut report.pages
                    } else {
                        &mut report.posts
                    };
                    c.unchanged += 1;
                    continue;
                }
                Some(_) => false,
                None => true,
            };
            if let Some(files) = &job.files {
                for image in m.post.feature_image.iter().chain(m.post.body_images.iter()) {
                    if media.contains_key(&image.url) {
                        continue;
                    }
                    if let Some(new) = self.import_image(actor, files, image, report).await? {
                        media.insert(image.url.clone(), new);
                    }
                }
            }
            let to = match m.post.kind {
                PostKind::Post => {
                    let mut a = article_of(&m.post, job, names, &m.slug, media);
                    match m.html {
                        Some(html) => a.content.body_html = html,
                        None => {
                            to_render.push(b.articles.len());
                            sizes.extend(m.post.body_images.iter().filter_map(|i| {
                                media.get(&i.url).map(|(url, w, h)| (url.clone(), (*w, *h)))
                            }));
                        }
                    }
                    match a.status {
                        Status::Published => report.published += 1,
                        Status::Scheduled => report.scheduled += 1,
                        _ => report.drafts += 1,
                    }
                    b.articles.push(a);
                    if is_new {
                        report.posts.imported += 1;
                    } else {
                        report.posts.updated += 1;
                    }
                    urls.article(lang, &m.slug)
                }
                PostKind::Page => {
                    b.pages.push(page_of(&m.post, job, &m.slug, media));
                    if is_new {
                        report.pages.imported += 1;
                    } else {
                        report.pages.updated += 1;
                    }
                    format!("{}/page/{}", urls.prefix(lang), m.slug)
                }
            };
            // Only what readers may see gets its old addresses: a redirect to a draft or to a
            // scheduled post would tell its address before its time.
            let public = m.post.status == PostStatus::Published;
            for old in m.post.old_paths.iter().filter(|_| public) {
                if let Ok(from) = redirect_path(old)
                    && from != to
                    && from != "/"
                {
                    b.redirects.push(NewRedirect {
                        from_path: from,
                        to_path: to.clone(),
                        source_key: Some(m.key.clone()),
                    });
                }
            }
            b.ledger.push((lang, m.key, m.fingerprint));
        }
        if b.ledger.is_empty() {
            return Ok(());
        }
        if !to_render.is_empty() {
            // Off the async threads: rendering is CPU work, as reading is.
            let mut articles = std::mem::take(&mut b.articles);
            b.articles = tokio::task::spawn_blocking(move || {
                for i in to_render {
                    let c = &mut articles[i].content;
                    c.body_html = masthead_markdown::to_html_sized(&c.body_md, &|url| {
                        sizes.get(url).copied()
                    });
                }
                articles
            })
            .await
            .map_err(|e| {
                ServiceError::Export(masthead_peers::PeerError::Malformed(format!(
                    "rendering the posts stopped: {e}"
                )))
            })?;
        }
        let done = self.store.import(actor, &b).await?;
        let kept = done.kept.len() as u64;
        report.posts.updated -= kept.min(report.posts.updated);
        report.posts.kept += kept;
        report.redirects += done.redirects;
        report.seq = report.seq.max(done.seq);
        self.written();
        Ok(())
    }
}

/// The article `p` becomes, its images at `images` (old URL → new URL); its body HTML is
/// left empty for the caller to render (checking needs the Markdown only).
fn article_of(
    p: &PeerPost,
    job: &PeerImport,
    names: &Names,
    slug: &str,
    images: &HashMap<String, (String, u32, u32)>,
) -> NewArticle {
    let lang = job.edition;
    let (section_slug, filed) = filing(p, names, lang);
    let mut tag_slugs: Vec<String> = filed.into_iter().map(|(slug, _)| slug).collect();
    // Ghost's primary tag is the section; it is not repeated as a tag.
    let primary = |t: &&String| job.platform == Platform::Ghost && p.categories.contains(t);
    for t in p
        .tags
        .iter()
        .filter(|t| !primary(t))
        .filter_map(|t| names.tags.get(t))
    {
        if !tag_slugs.contains(t) {
            tag_slugs.push(t.clone());
        }
    }
    tag_slugs.truncate(masthead_core::article::MAX_TAGS);
    let mut authors = p
        .authors
        .iter()
        .filter_map(|a| names.authors.get(a))
        .cloned();
    let author_slug = authors.next();
    let coauthor_slugs: Vec<String> = authors.collect();
    let body_md = rewrite_images(&p.body_markdown, images);
    // A cover that was not copied keeps its old address when that is a web address;
    // Ghost's `__GHOST_URL__/…` without --images has none, so the post has no cover.
    let cover = p.feature_image.as_ref().and_then(|f| {
        let url = images
            .get(&f.url)
            .map_or_else(|| f.url.clone(), |(u, _, _)| u.clone());
        if !(url.starts_with('/') || url.starts_with("http://") || url.starts_with("https://")) {
            return None;
        }
        Some(Cover {
            url,
            alt: if f.alt.trim().is_empty() {
                p.title.clone()
            } else {
                f.alt.clone()
            },
            caption: f.caption.clone(),
            credit: String::new(),
        })
    });
    let (status, published_at) = match p.status {
        PostStatus::Published => (Status::Published, p.published_at.or(p.updated_at)),
        PostStatus::Draft => (Status::Draft, None),
        PostStatus::Scheduled => (Status::Scheduled, p.published_at),
    };
    let lead: String = p.excerpt.trim().to_owned();
    NewArticle {
        edition: lang,
        content: ArticleContent {
            slug: slug.to_owned(),
            title: p.title.trim().to_owned(),
            lead,
            body_html: String::new(),
            body_md,
            section_slug,
            tag_slugs,
            author_slug,
            coauthor_slugs,
            flags: Flags::default(),
            source: None,
            cover,
            seo: Default::default(),
        },
        status,
        published_at,
        translation_key: None,
        views: 0,
        old_slugs: Vec::new(),
        source_key: Some(format!("{}:{}", job.platform.key(), p.source_id)),
    }
}

/// Where a post is filed: its section, and the categories that become its tags `(slug,
/// name)`. The section is the first top-level category the post is filed in directly, else
/// the top-level ancestor of its first category (WordPress exports list a post's categories
/// by name and core WordPress has no primary category); the other categories become tags, a
/// child category by its own name. No category at all: the edition's news section.
fn filing(p: &PeerPost, names: &Names, lang: Lang) -> (String, Vec<(String, String)>) {
    let cats: Vec<&Category> = p
        .categories
        .iter()
        .filter_map(|c| names.categories.get(c))
        .collect();
    let Some(home) = cats.iter().find(|c| c.top_level).or(cats.first()) else {
        return (default_section(lang).0.to_owned(), Vec::new());
    };
    let section = home.section.clone();
    let mut tags: Vec<(String, String)> = Vec::new();
    for c in &cats {
        if c.top_level && c.section == section {
            continue;
        }
        if !tags.iter().any(|(t, _)| *t == c.tag) {
            tags.push((c.tag.clone(), c.name.clone()));
        }
    }
    (section, tags)
}

/// The static page a peer's page becomes.
fn page_of(
    p: &PeerPost,
    job: &PeerImport,
    slug: &str,
    images: &HashMap<String, (String, u32, u32)>,
) -> NewStaticPage {
    let body_md = rewrite_images(&p.body_markdown, images);
    NewStaticPage {
        edition: job.edition,
        slug: slug.to_owned(),
        title: p.title.trim().to_owned(),
        body_html: masthead_markdown::to_html_sized(&body_md, &|url| {
            images
                .values()
                .find(|(new, _, _)| new == url)
                .map(|(_, w, h)| (*w, *h))
        }),
        body_md,
        translation_key: None,
        in_footer: false,
        position: 100,
        source_key: Some(format!("{}:{}", job.platform.key(), p.source_id)),
    }
}

/// The body with each copied image's old URL replaced by its new one (inside `(…)` of an image,
/// where the converter put it).
fn rewrite_images(md: &str, images: &HashMap<String, (String, u32, u32)>) -> String {
    if images.is_empty() || !md.contains("![") {
        return md.to_owned();
    }
    let mut out = md.to_owned();
    for (old, (new, _, _)) in images {
        if out.contains(old.as_str()) {
            out = out.replace(&format!("]({old}"), &format!("]({new}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_slugs_win_when_they_are_slugs() {
        assert_eq!(our_slug("fixture-cyrillic", "x"), "fixture-cyrillic");
        assert_eq!(our_slug("новости-дня", "x"), "novosti-dnya");
        assert_eq!(our_slug("", "Мост открыт"), "most-otkryt");
        assert_eq!(our_slug("Has Caps", "x"), "has-caps");
    }

    #[test]
    fn images_are_known_by_their_first_bytes() {
        assert!(looks_like_image(b"\x89PNG\r\n\x1a\n...."));
        assert!(looks_like_image(&[0xFF, 0xD8, 0xFF, 0xE0]));
        assert!(looks_like_image(b"RIFF\0\0\0\0WEBPVP8 "));
        assert!(!looks_like_image(b"<html>"));
        assert!(!looks_like_image(b""));
    }

    #[test]
    fn image_urls_are_rewritten_only_inside_images() {
        let images = HashMap::from([(
            "http://old/a.png".to_owned(),
            ("/media/x-640.png".to_owned(), 640, 400),
        )]);
        let md = "See http://old/a.png\n\n![A](http://old/a.png \"Cap\")";
        assert_eq!(
            rewrite_images(md, &images),
            "See http://old/a.png\n\n![A](/media/x-640.png \"Cap\")"
        );
    }
}
