//! Importing a `masthead export` file: read twice, as article lines are. The first pass
//! checks every line (the header's version, each record, references, ids and slugs already
//! taken here, the end line that proves the file whole) and writes nothing; the second writes
//! the records in batches, leaving out what is already stored (articles and pages by their
//! import key, the rest by its natural key), so that importing the same file again adds
//! nothing.

use crate::error::LineError;
use crate::import::{ImportReport, JSONL_BATCH, LineSource, RawLine, next_line_max};
use crate::{ServiceError, Site};
use masthead_core::export::{EXPORT_END, EXPORT_FORMAT, EXPORT_VERSION, Record};
use masthead_core::{Actor, Lang, Permission};
use std::collections::{HashMap, HashSet};

/// At most this many bytes in one line of an export: an article's Markdown may be 1 MiB, and
/// JSON escapes can double it.
pub(crate) const MAX_EXPORT_LINE: usize = 8 * 1024 * 1024;

/// At most this many bytes of lines in one batch (besides [`JSONL_BATCH`] lines): a batch of
/// long articles is written sooner, so memory stays bounded whatever the file holds.
const BATCH_BYTES: usize = 32 * 1024 * 1024;

/// The next batch of lines: up to [`JSONL_BATCH`] of them or [`BATCH_BYTES`], numbered from
/// `*n + 1`.
fn next_batch(
    reader: &mut dyn std::io::BufRead,
    n: &mut usize,
) -> std::io::Result<Vec<(usize, RawLine)>> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < JSONL_BATCH && bytes < BATCH_BYTES {
        match next_line_max(reader, MAX_EXPORT_LINE)? {
            Some(line) => {
                *n += 1;
                if let RawLine::Text(t) = &line {
                    bytes += t.len();
                }
                chunk.push((*n, line));
            }
            None => break,
        }
    }
    Ok(chunk)
}

/// What one pass has seen so far.
#[derive(Default)]
struct Pass {
    /// Non-empty lines read so far (the end line counts those before it).
    records: u64,
    header: bool,
    /// The line of the end record, once read.
    end: Option<usize>,
    sections: HashSet<(Lang, String)>,
    tags: HashSet<(Lang, String)>,
    authors: HashSet<(Lang, String)>,
    /// Article ids of the file: `true` when this run writes the article.
    articles: HashMap<i64, bool>,
    /// Articles refused as invalid: their history is left out with them.
    refused: HashSet<i64>,
    /// Slugs (and former slugs) of articles, and slugs of pages, this run writes.
    article_slugs: HashSet<(Lang, String)>,
    page_slugs: HashSet<(Lang, String)>,
    page_keys: HashSet<(Lang, String)>,
    /// Records already stored, left as they are.
    existing: usize,
    /// Lines the first pass found invalid, which the second leaves out.
    skip: HashSet<usize>,
}

/// Why a line cannot be read as a record at all.
fn unreadable(n: usize, raw: RawLine) -> Result<String, LineError> {
    match raw {
        RawLine::Text(t) => Ok(t),
        RawLine::TooLong => Err(LineError {
            line: n,
            reason: format!("longer than {MAX_EXPORT_LINE} bytes"),
        }),
        RawLine::NotUtf8 => Err(LineError {
            line: n,
            reason: "not UTF-8 text".into(),
        }),
    }
}

/// The version a header line names, before it is read as a whole (a later version may have
/// other fields).
fn header_version(line: &str) -> Option<u64> {
    #[derive(serde::Deserialize)]
    struct Probe {
        version: Option<u64>,
    }
    serde_json::from_str::<Probe>(line).ok()?.version
}

/// The end of the reason of a line that refuses the whole file (`--skip-invalid` cannot help).
pub(crate) const REFUSED_WHOLE: &str = "; the file is refused whole";

fn fatal(line: usize, reason: String) -> ServiceError {
    ServiceError::InvalidLines(vec![LineError {
        line,
        reason: format!("{reason}{REFUSED_WHOLE}"),
    }])
}

impl Site {
    /// Imports a `masthead export` file (see the module's description). Bad lines are
    /// reported as for article lines (`skip_invalid` writes the rest); an unknown version, a
    /// file without its end line (cut short) or with a wrong count are refused whole, with
    /// nothing written, whatever `skip_invalid` says.
    ///
    /// # Errors
    /// `InvalidLines`; `Forbidden` without `Import` and `ManageSite` (an export carries
    /// settings); the store's.
    pub(crate) async fn import_export_from(
        &self,
        actor: &Actor,
        open: LineSource<'_>,
        skip_invalid: bool,
        progress: &(dyn Fn(u64, u64) + Send + Sync),
    ) -> Result<ImportReport, ServiceError> {
        Self::authorize(actor, Permission::ManageSite)?;
        let read_error = |e: std::io::Error| fatal(0, format!("cannot read the file: {e}"));
        // Pass 1: every line checked, nothing written.
        let mut pass = Pass::default();
        let mut invalid: Vec<LineError> = Vec::new();
        let mut reader = open().map_err(read_error)?;
        let mut n = 0usize;
        loop {
            let chunk = next_batch(&mut *reader, &mut n).map_err(read_error)?;
            if chunk.is_empty() {
                break;
            }
            self.restore_plan(&mut pass, chunk, &mut invalid, false)
                .await?;
        }
        if pass.end.is_none() {
            return Err(fatal(
                n,
                format!(
                    "the file ends without its `{EXPORT_END}` line: it was cut short (export \
                     it again)"
                ),
            ));
        }
        invalid.sort_by_key(|e| e.line);
        if !invalid.is_empty() && !skip_invalid {
            return Err(ServiceError::InvalidLines(invalid));
        }
        let lines = n as u64;
        // Pass 2: the same lines, written batch by batch.
        let mut report = ImportReport {
            invalid,
            ..Default::default()
        };
        let mut pass = Pass {
            skip: report.invalid.iter().map(|e| e.line).collect(),
            ..Default::default()
        };
        let mut reader = open().map_err(read_error)?;
        let (mut n, mut done) = (0usize, 0u64);
        let mut ignored = Vec::new();
        progress(0, lines);
        loop {
            let chunk = next_batch(&mut *reader, &mut n).map_err(read_error)?;
            if chunk.is_empty() {
                break;
            }
            done += chunk.len() as u64;
            let batch = self
                .restore_plan(&mut pass, chunk, &mut ignored, true)
                .await?;
            // The first pass reported these already.
            ignored.clear();
            let batch = self
                .restore_media_present(batch, &mut report.media_missing)
                .await;
            if !batch.is_empty() {
                let written = self.store.restore(actor, &batch).await?;
                self.written();
                for (kind, k) in &written.written {
                    match report.written.iter_mut().find(|(w, _)| w == kind) {
                        Some((_, m)) => *m += k,
                        None => report.written.push((kind, *k)),
                    }
                }
                report.imported.extend(written.articles);
                if written.seq > 0 {
                    report.seq = written.seq;
                }
            }
            progress(done, lines);
        }
        report.existing = pass.existing;
        Ok(report)
    }

    /// Checks one batch of lines and returns the records to write (with their HTML made when
    /// `render`), recording what it saw in `pass` and bad lines in `invalid`.
    async fn restore_plan(
        &self,
        pass: &mut Pass,
        chunk: Vec<(usize, RawLine)>,
        invalid: &mut Vec<LineError>,
        render: bool,
    ) -> Result<Vec<Record>, ServiceError> {
        let mut out = Vec::new();
        for (n, raw) in chunk {
            let bad = |reason: String| LineError { line: n, reason };
            if pass.skip.contains(&n) {
                pass.records += 1;
                continue;
            }
            let text = match unreadable(n, raw) {
                Ok(t) => t,
                Err(e) => {
                    pass.records += 1;
                    invalid.push(e);
                    continue;
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            if let Some(end) = pass.end {
                return Err(fatal(
                    n,
                    format!("a line after the `{EXPORT_END}` line (line {end})"),
                ));
            }
            if !pass.header {
                // The first line was the header when the file was taken for an export.
                match header_version(&text) {
                    Some(v) if v == u64::from(EXPORT_VERSION) => {}
                    Some(v) => {
                        return Err(fatal(
                            n,
                            format!(
                                "export format version {v} is not supported: this Masthead \
                                 reads version {EXPORT_VERSION}"
                            ),
                        ));
                    }
                    None => {
                        return Err(fatal(
                            n,
                            format!("the `{EXPORT_FORMAT}` header has no version"),
                        ));
                    }
                }
            }
            let record = match serde_json::from_str::<Record>(&text) {
                Ok(r) => r,
                Err(e) => {
                    if !pass.header {
                        return Err(fatal(n, format!("not a valid export header: {e}")));
                    }
                    pass.records += 1;
                    invalid.push(bad(format!("not a valid record: {e}")));
                    continue;
                }
            };
            drop(text);
            let before = pass.records;
            pass.records += 1;
            match self.restore_check(pass, record, render).await? {
                Checked::Write(r) => out.push(r),
                Checked::Skip => {}
                Checked::Existing => pass.existing += 1,
                Checked::Bad(reason) => invalid.push(bad(reason)),
                Checked::Fatal(reason) => return Err(fatal(n, reason)),
                Checked::End(records) => {
                    if records != before {
                        return Err(fatal(
                            n,
                            format!(
                                "the end line counts {records} lines before it, the file has \
                                 {before}: lines are missing or were added"
                            ),
                        ));
                    }
                    pass.end = Some(n);
                }
            }
        }
        Ok(out)
    }
}

/// What becomes of one record.
enum Checked {
    Write(Record),
    /// Left out without a word (the history of an article already stored).
    Skip,
    /// Already stored.
    Existing,
    Bad(String),
    /// The whole file is refused.
    Fatal(String),
    /// The end line, with its count.
    End(u64),
}

mod check;
