//! `masthead import jsonl`: articles as JSON Lines, one object a line (SPEC's command table).
//! Every bad line is reported with its number and reason; without `skip_invalid` one bad line
//! stops the import before anything is written, with it the good lines land. Each record keeps
//! a source key (its `doc_id`/`id`, else its source URL, else a hash of title and body), so
//! importing the same file again adds nothing.

use crate::error::LineError;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use jiff::civil::Date;
use masthead_core::slug::{MAX_SLUG_LEN, slugify};
use masthead_core::{
    Actor, ArticleContent, ContentBundle, Flags, Lang, NewArticle, NewAuthor, NewSection, NewTag,
    Source, Status,
};
use masthead_store::{Conflict, ImportLock, StoreError};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};

/// At most this many bytes in one line: a longer one is an error, not a silent cut.
const MAX_LINE: usize = 2 * 1024 * 1024;

#[derive(Deserialize)]
struct Line {
    title: String,
    body: String,
    #[serde(default, alias = "doc_id")]
    id: Option<serde_json::Value>,
    #[serde(default)]
    lead: Option<String>,
    #[serde(default, alias = "category")]
    section: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    published_at: Option<String>,
    #[serde(default)]
    source_name: Option<String>,
    #[serde(default)]
    source_url: Option<String>,
    #[serde(default)]
    kicker: Option<String>,
    #[serde(default)]
    author: Option<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Ids of the articles written, in file order.
    pub imported: Vec<i64>,
    /// Records already stored (same source key), left as they are.
    pub existing: usize,
    /// Lines skipped as invalid (only with `skip_invalid`).
    pub invalid: Vec<LineError>,
    /// The change-log sequence of the import (0 when nothing was written).
    pub seq: i64,
    /// For a `masthead export` file: records written, by type (`article`, `page`, …); empty
    /// for article lines.
    pub written: Vec<(&'static str, u64)>,
    /// For a `masthead export` file: stems of images whose files are not in the media store,
    /// left unregistered (copy the files and import again to register them).
    pub media_missing: Vec<String>,
}

fn default_section(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "Новости",
        Lang::En => "News",
        Lang::Hy => "Լուրեր",
        Lang::Az => "Xəbərlər",
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.trim().chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `2024-05-12T06:37:00+04:00`, `2024-05-12T02:37:00Z` or a plain date (taken as noon in the
/// site's time zone).
fn parse_time(raw: &str, tz: &masthead_i18n::TimeZone) -> Option<Timestamp> {
    if let Ok(ts) = raw.parse::<Timestamp>() {
        return Some(ts);
    }
    let date: Date = raw.parse().ok()?;
    date.at(12, 0, 0, 0)
        .to_zoned_datetime(tz.clone())
        .ok()
        .map(|z| z.timestamp())
}

/// The `k`-th slug made from `base`: `base` itself, then `base-2`, `base-3`, …
fn suffixed(base: &str, k: u32) -> String {
    if k <= 1 {
        return base.to_owned();
    }
    let stem: String = base.chars().take(MAX_SLUG_LEN - 8).collect();
    format!("{}-{k}", stem.trim_end_matches('-'))
}

/// Names of one kind of taxonomy (sections, tags or authors) given slugs: the same name (any
/// case) always gets the same slug, and two names never share one (`C++` is `c`, `C#` is
/// `c-2`), whether the other name is in this file or already stored.
#[derive(Default)]
struct Names {
    by_name: HashMap<String, String>,
    taken: HashMap<String, String>,
}

impl Names {
    /// The slug for `name`; `stored` answers the name stored under a slug, if any.
    async fn slug<F, Fut>(&mut self, name: &str, stored: F) -> Result<(String, bool), ServiceError>
    where
        F: Fn(String) -> Fut,
        Fut: std::future::Future<Output = Result<Option<String>, ServiceError>>,
    {
        let key = name.to_lowercase();
        if let Some(s) = self.by_name.get(&key) {
            return Ok((s.clone(), false));
        }
        let base = slugify(name);
        let mut k = 1;
        loop {
            let candidate = suffixed(&base, k);
            let owner = match self.taken.get(&candidate) {
                Some(n) => Some(n.clone()),
                None => stored(candidate.clone()).await?.map(|n| n.to_lowercase()),
            };
            match owner {
                Some(n) if n != key => k += 1,
                found => {
                    self.by_name.insert(key.clone(), candidate.clone());
                    self.taken.insert(candidate.clone(), key);
                    return Ok((candidate, found.is_none()));
                }
            }
        }
    }
}

/// The source key of a record: its id, else its source URL, else a hash of title and body.
fn source_key(line: &Line) -> String {
    match &line.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => format!("id:{}", s.trim()),
        Some(serde_json::Value::Number(n)) => format!("id:{n}"),
        _ => match line.source_url.as_deref().map(str::trim) {
            Some(url) if url.starts_with("http") => format!("url:{url}"),
            _ => {
                let mut h = Sha256::new();
                h.update(line.title.trim().as_bytes());
                h.update([0]);
                h.update(line.body.trim().as_bytes());
                let hex: String = h
                    .finalize()
                    .iter()
                    .take(16)
                    .map(|b| format!("{b:02x}"))
                    .collect();
                format!("sha256:{hex}")
            }
        },
    }
}

/// Lines read per batch: each batch is one transaction, so memory stays bounded whatever the
/// size of the file.
pub const JSONL_BATCH: usize = 1000;

/// Where an import reads its lines from: opened once to check every line, then again to write.
pub type LineSource<'a> =
    &'a (dyn Fn() -> std::io::Result<Box<dyn std::io::BufRead + Send>> + Send + Sync);

/// One line of the file: its text, or why it could not be read as text.
pub(crate) enum RawLine {
    Text(String),
    TooLong,
    NotUtf8,
}

/// Reads the next line (without its end) into memory, at most [`MAX_LINE`] bytes of it: a
/// longer line is skipped to its end, never held whole.
fn next_line(r: &mut dyn std::io::BufRead) -> std::io::Result<Option<RawLine>> {
    next_line_max(r, MAX_LINE)
}

/// [`next_line`] with a limit of `max` bytes.
pub(crate) fn next_line_max(
    r: &mut dyn std::io::BufRead,
    max: usize,
) -> std::io::Result<Option<RawLine>> {
    let mut buf: Vec<u8> = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > max {
                too_long = true;
                buf = Vec::new();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(if done { take + 1 } else { take });
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if too_long {
        return Ok(Some(RawLine::TooLong));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(match String::from_utf8(buf) {
        Ok(s) => RawLine::Text(s),
        Err(_) => RawLine::NotUtf8,
    }))
}

/// What carries over from one batch to the next: slugs given out, keys seen.
#[derive(Default)]
struct Batches {
    sections: Names,
    tags: Names,
    authors: Names,
    slugs: HashSet<String>,
    seen_keys: HashSet<String>,
}

impl Site {
    /// Imports JSON Lines from a string; see [`Site::import_jsonl_from`].
    ///
    /// # Errors
    /// As [`Site::import_jsonl_from`].
    pub async fn import_jsonl(
        &self,
        actor: &Actor,
        text: &str,
        lang: Lang,
        skip_invalid: bool,
    ) -> Result<ImportReport, ServiceError> {
        let bytes = text.as_bytes().to_vec();
        let open = move || -> std::io::Result<Box<dyn std::io::BufRead + Send>> {
            Ok(Box::new(std::io::Cursor::new(bytes.clone())))
        };
        self.import_jsonl_from(actor, &open, lang, skip_invalid, &|_, _| {})
            .await
    }

    /// The site's import lock, held until the returned guard is dropped.
    ///
    /// # Errors
    /// `Conflict::ImportRunning` when another import (in any process) holds it.
    pub(crate) async fn import_lock(&self) -> Result<ImportLock, ServiceError> {
        Ok(self
            .store
            .import_lock()
            .await?
            .ok_or(StoreError::Conflict(Conflict::ImportRunning))?)
    }

    /// Imports JSON Lines into `lang` as `actor`, reading `open`'s lines twice: once to
    /// check every line, then to write them in batches of [`JSONL_BATCH`] (one transaction
    /// each), so memory stays bounded. With `skip_invalid`, bad lines are reported in the
    /// result and the rest is written; without it, any bad line is an `InvalidLines` error
    /// listing every bad line, and nothing is written. `progress` is told `(lines done,
    /// lines)` after each batch. A kill between batches leaves whole batches; the next run
    /// adds only the rest (records already stored are left alone).
    ///
    /// # Errors
    /// `InvalidLines`, `Forbidden` without `Import`, reading errors as `InvalidLines` naming
    /// line 0, and the store's errors.
    pub async fn import_jsonl_from(
        &self,
        actor: &Actor,
        open: LineSource<'_>,
        lang: Lang,
        skip_invalid: bool,
        progress: &(dyn Fn(u64, u64) + Send + Sync),
    ) -> Result<ImportReport, ServiceError> {
        Self::authorize(actor, masthead_core::Permission::Import)?;
        let _lock = self.import_lock().await?;
        let read_error = |e: std::io::Error| {
            ServiceError::InvalidLines(vec![LineError {
                line: 0,
                reason: format!("cannot read the file: {e}"),
            }])
        };
        // A `masthead export` file (typed records, every edition) rather than article lines.
        if crate::export::is_export(open).map_err(read_error)? {
            return self
                .import_export_from(actor, open, skip_invalid, progress)
                .await;
        }
        // Pass 1: check every line; nothing is written.
        let mut check = ImportReport::default();
        let mut state = Batches::default();
        let mut lines = 0u64;
        let mut reader = open().map_err(read_error)?;
        let mut n = 0usize;
        loop {
            let mut chunk: Vec<(usize, RawLine)> = Vec::with_capacity(JSONL_BATCH);
            while chunk.len() < JSONL_BATCH {
                match next_line(&mut *reader).map_err(read_error)? {
                    Some(line) => {
                        n += 1;
                        chunk.push((n, line));
                    }
                    None => break,
                }
            }
            if chunk.is_empty() {
                break;
            }
            lines += chunk.len() as u64;
            self.jsonl_batch(&mut state, chunk, lang, &mut check)
                .await?;
        }
        check.invalid.sort_by_key(|e| e.line);
        if !check.invalid.is_empty() && !skip_invalid {
            return Err(ServiceError::InvalidLines(check.invalid));
        }
        // Pass 2: the same lines, written batch by batch.
        let mut report = ImportReport::default();
        let mut state = Batches::default();
        let mut reader = open().map_err(read_error)?;
        let (mut n, mut done) = (0usize, 0u64);
        progress(0, lines);
        loop {
            let mut chunk: Vec<(usize, RawLine)> = Vec::with_capacity(JSONL_BATCH);
            while chunk.len() < JSONL_BATCH {
                match next_line(&mut *reader).map_err(read_error)? {
                    Some(line) => {
                        n += 1;
                        chunk.push((n, line));
                    }
                    None => break,
                }
            }
            if chunk.is_empty() {
                break;
            }
            done += chunk.len() as u64;
            let b = self
                .jsonl_batch(&mut state, chunk, lang, &mut report)
                .await?;
            if !b.articles.is_empty() {
                let written = self.import(actor, &b).await?;
                report.imported.extend(written.ids);
                report.seq = written.seq;
            }
            progress(done, lines);
        }
        report.invalid.sort_by_key(|e| e.line);
        Ok(report)
    }

    /// Maps one batch of lines to a bundle (nothing written), counting records already stored
    /// and bad lines into `report`.
    async fn jsonl_batch(
        &self,
        st: &mut Batches,
        chunk: Vec<(usize, RawLine)>,
        lang: Lang,
        report: &mut ImportReport,
    ) -> Result<ContentBundle, ServiceError> {
        let settings = self.settings();
        let now = Timestamp::now();
        let mut records: Vec<(usize, Line)> = Vec::new();
        for (n, raw) in chunk {
            let bad = |reason: String| LineError { line: n, reason };
            let raw = match raw {
                RawLine::Text(t) => t,
                RawLine::TooLong => {
                    report
                        .invalid
                        .push(bad(format!("longer than {MAX_LINE} bytes")));
                    continue;
                }
                RawLine::NotUtf8 => {
                    report.invalid.push(bad("not UTF-8 text".into()));
                    continue;
                }
            };
            if raw.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Line>(&raw) {
                Ok(line) if line.title.trim().is_empty() || line.body.trim().is_empty() => {
                    report
                        .invalid
                        .push(bad("title and body are required".into()));
                }
                Ok(line) => records.push((n, line)),
                Err(e) => report.invalid.push(bad(format!("not a valid record: {e}"))),
            }
        }
        // Records already stored are left alone; so is a second copy within the file.
        let keys: Vec<String> = records.iter().map(|(_, l)| source_key(l)).collect();
        let stored: HashSet<String> = self
            .store
            .existing_source_keys(lang, &keys)
            .await?
            .into_iter()
            .collect();
        let mut b = ContentBundle::default();
        let Batches {
            sections,
            tags,
            authors,
            slugs,
            seen_keys,
        } = st;
        for ((n, line), key) in records.into_iter().zip(keys) {
            if stored.contains(&key) || !seen_keys.insert(key.clone()) {
                report.existing += 1;
                continue;
            }
            let bad = |reason: String| LineError { line: n, reason };
            let published_at = match line.published_at.as_deref() {
                Some(raw) => match parse_time(raw, &settings.time_zone) {
                    Some(t) => t,
                    None => {
                        report
                            .invalid
                            .push(bad(format!("published_at `{raw}` is not a date")));
                        continue;
                    }
                },
                None => now,
            };
            let section_name = line
                .section
                .as_deref()
                .map(capitalize)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| default_section(lang).to_owned());
            let store = &self.store;
            let (section_slug, new) = sections
                .slug(&section_name, |slug| async move {
                    Ok(store.section_by_slug(lang, &slug).await?.map(|s| s.name))
                })
                .await?;
            if new {
                b.sections.push(NewSection {
                    edition: lang,
                    slug: section_slug.clone(),
                    name: section_name,
                    position: 100,
                });
            }
            let mut tag_slugs = Vec::new();
            for name in line
                .kicker
                .iter()
                .chain(line.tags.iter())
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .take(masthead_core::article::MAX_TAGS)
            {
                let (slug, new) = tags
                    .slug(name, |slug| async move {
                        Ok(store.tag_by_slug(lang, &slug).await?.map(|t| t.name))
                    })
                    .await?;
                if new {
                    b.tags.push(NewTag {
                        edition: lang,
                        slug: slug.clone(),
                        name: name.to_owned(),
                    });
                }
                if !tag_slugs.contains(&slug) {
                    tag_slugs.push(slug);
                }
            }
            let author_slug = match line
                .author
                .as_deref()
                .map(str::trim)
                .filter(|a| !a.is_empty())
            {
                Some(name) => {
                    let (slug, new) = authors
                        .slug(name, |slug| async move {
                            Ok(store.author_by_slug(lang, &slug).await?.map(|a| a.name))
                        })
                        .await?;
                    if new {
                        b.authors.push(NewAuthor {
                            edition: lang,
                            slug: slug.clone(),
                            name: name.to_owned(),
                            bio: String::new(),
                        });
                    }
                    Some(slug)
                }
                None => None,
            };
            // A lead given apart stays apart; otherwise the first paragraph leads.
            let (lead, body) = match line.lead {
                Some(lead) => (lead, line.body),
                None => {
                    let mut parts = line.body.splitn(2, "\n\n");
                    let first = parts.next().unwrap_or("").trim().to_owned();
                    match parts.next() {
                        Some(rest) if first.chars().count() <= 600 => (first, rest.to_owned()),
                        _ => (String::new(), line.body),
                    }
                }
            };
            let source = match (line.source_name, line.source_url) {
                (Some(name), Some(url)) if !name.trim().is_empty() && url.starts_with("http") => {
                    Some(Source { name, url })
                }
                _ => None,
            };
            let base = slugify(&line.title);
            let mut k = 1;
            let mut slug = base.clone();
            while slugs.contains(&slug) || self.store.slug_taken(lang, &slug).await? {
                k += 1;
                slug = suffixed(&base, k);
            }
            let article = NewArticle {
                edition: lang,
                content: ArticleContent {
                    slug: slug.clone(),
                    title: line.title.trim().to_owned(),
                    lead,
                    body_html: masthead_markdown::to_html(&body),
                    body_md: body,
                    section_slug,
                    tag_slugs,
                    author_slug,
                    coauthor_slugs: Vec::new(),
                    flags: Flags::default(),
                    source,
                    cover: None,
                    seo: Default::default(),
                },
                status: Status::Published,
                published_at: Some(published_at),
                translation_key: None,
                views: 0,
                old_slugs: Vec::new(),
                source_key: Some(key),
            };
            if let Err(e) = article.validate() {
                let why = masthead_i18n::Catalogs::embedded().t(Lang::En, e.key(), &[]);
                let detail = match e.key() {
                    "invalid-title" => format!(
                        "{why} (this one has {})",
                        article.content.title.chars().count()
                    ),
                    _ => format!("{why} ({e})"),
                };
                report.invalid.push(bad(detail));
                continue;
            }
            slugs.insert(slug);
            b.articles.push(article);
        }
        Ok(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_count_from_two() {
        assert_eq!(suffixed("a", 1), "a");
        assert_eq!(suffixed("a", 3), "a-3");
        let long = "x".repeat(MAX_SLUG_LEN);
        assert!(suffixed(&long, 12).len() <= MAX_SLUG_LEN);
    }

    #[test]
    fn source_keys_prefer_ids_then_urls() {
        let line =
            |json: &str| serde_json::from_str::<Line>(json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            source_key(&line(r#"{"title":"T","body":"B","doc_id":"wiki:17"}"#)),
            "id:wiki:17"
        );
        assert_eq!(
            source_key(&line(r#"{"title":"T","body":"B","id":17}"#)),
            "id:17"
        );
        assert_eq!(
            source_key(&line(
                r#"{"title":"T","body":"B","source_url":"https://x.example/a"}"#
            )),
            "url:https://x.example/a"
        );
        let a = source_key(&line(r#"{"title":"T","body":"B"}"#));
        assert!(a.starts_with("sha256:"));
        assert_eq!(a, source_key(&line(r#"{"title":" T ","body":"B\n"}"#)));
        assert_ne!(a, source_key(&line(r#"{"title":"T","body":"C"}"#)));
    }
}
