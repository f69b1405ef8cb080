//! [`TantivyIndex`]: the [`SearchIndex`] port on a tantivy index in a directory (or in memory
//! for tests). The change-log sequence applied is kept in each commit's payload, so a restart
//! resumes where the last commit ended; a directory that is missing, unreadable or of another
//! schema is started afresh and reported as needing a rebuild.

use crate::analysis;
use crate::query::{self, Part};
use crate::schema::{self, Fields};
use crate::snippet;
use masthead_core::search::{
    IndexBatch, IndexState, MAX_DEPTH, MAX_PAGE_SIZE, SearchDoc, SearchError, SearchHit,
    SearchIndex, SearchQuery, SearchResults,
};
use std::ops::Bound;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentReader,
    TantivyDocument, Term,
};

/// How much a story published now gains over an old one of equal relevance (score × 1.5), and
/// the age in days at which half of that gain is left.
const RECENCY_GAIN: f32 = 0.5;
const RECENCY_HALF_DAYS: f32 = 30.0;

/// Stored fields in blocks of 4 KiB (tantivy's default is 16): a result reads one block, so a
/// page of results decompresses a quarter as much.
fn settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_blocksize: 4096,
        ..Default::default()
    }
}

fn engine(e: impl std::fmt::Display) -> SearchError {
    SearchError::Engine(e.to_string())
}

/// How the writer may use the machine.
#[derive(Debug, Clone, Copy)]
pub struct WriterOptions {
    pub threads: usize,
    /// Memory for documents not yet written to segments, in bytes (at least 15 MB a thread).
    pub heap_bytes: usize,
}

impl Default for WriterOptions {
    /// One thread and 50 MB: what a serving node spends on following the change log.
    fn default() -> Self {
        WriterOptions {
            threads: 1,
            heap_bytes: 50_000_000,
        }
    }
}

/// A tantivy index of every edition's published articles.
pub struct TantivyIndex {
    fields: Fields,
    reader: IndexReader,
    writer: Mutex<IndexWriter<TantivyDocument>>,
    seq: AtomicI64,
    /// Recent answers (see [`TantivyIndex::with_result_cache`]).
    cache: Option<moka::sync::Cache<CacheKey, SearchResults>>,
    rebuilding: AtomicBool,
    done: AtomicU64,
    total: AtomicU64,
}

/// An opened index, and whether it must be rebuilt from the database (it was missing, could
/// not be read, or never recorded a sequence).
pub struct Opened {
    pub index: TantivyIndex,
    pub needs_rebuild: bool,
}

impl TantivyIndex {
    /// Opens the index in `dir`, creating it when missing; an index that cannot be read or has
    /// another schema is removed and created anew.
    ///
    /// # Errors
    /// `Engine` when the directory cannot be created or written.
    pub fn open(dir: &Path, options: WriterOptions) -> Result<Opened, SearchError> {
        let (schema, fields) = schema::build();
        std::fs::create_dir_all(dir).map_err(engine)?;
        let existing = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema => Some(index),
            Ok(_) => {
                tracing::warn!(dir = %dir.display(), "search index of another schema; rebuilding");
                None
            }
            Err(tantivy::TantivyError::OpenDirectoryError(_)) => None,
            Err(e) if !dir.join("meta.json").exists() => {
                tracing::debug!(error = %e, "no search index yet");
                None
            }
            Err(e) => {
                tracing::warn!(error = %e, dir = %dir.display(), "search index unreadable; rebuilding");
                None
            }
        };
        let index = match existing {
            Some(index) => index,
            None => {
                std::fs::remove_dir_all(dir).map_err(engine)?;
                std::fs::create_dir_all(dir).map_err(engine)?;
                Index::builder()
                    .settings(settings())
                    .schema(schema)
                    .create_in_dir(dir)
                    .map_err(engine)?
            }
        };
        let seq = index
            .load_metas()
            .map_err(engine)?
            .payload
            .and_then(|p| p.parse::<i64>().ok());
        let this = Self::over(index, fields, options, seq.unwrap_or(0))?;
        // Reading every segment once proves the files are whole; a torn index is rebuilt.
        if let Err(e) = this
            .reader
            .searcher()
            .segment_readers()
            .iter()
            .try_for_each(|s| s.fast_fields().i64("published").map(|_| ()))
        {
            tracing::warn!(error = %e, "search index damaged; rebuilding");
            drop(this);
            std::fs::remove_dir_all(dir).map_err(engine)?;
            return Self::open(dir, options);
        }
        // Until the rebuild ends, search says so (an empty new index would answer "nothing").
        if seq.is_none() {
            this.rebuilding.store(true, Ordering::Release);
        }
        Ok(Opened {
            index: this,
            needs_rebuild: seq.is_none(),
        })
    }

    /// An index in memory (tests): empty, at sequence 0.
    ///
    /// # Errors
    /// `Engine` when tantivy cannot start a writer.
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        let index = Index::builder()
            .settings(settings())
            .schema(schema)
            .create_in_ram()
            .map_err(engine)?;
        Self::over(
            index,
            fields,
            WriterOptions {
                threads: 1,
                heap_bytes: 15_000_000,
            },
            0,
        )
    }

    fn over(
        index: Index,
        fields: Fields,
        options: WriterOptions,
        seq: i64,
    ) -> Result<Self, SearchError> {
        for (name, analyzer) in analysis::analyzers() {
            index.tokenizers().register(&name, analyzer);
        }
        let writer = index
            .writer_with_num_threads(options.threads.max(1), options.heap_bytes.max(15_000_000))
            .map_err(engine)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            // Results of popular questions come from the same few blocks.
            .doc_store_cache_num_blocks(256)
            .try_into()
            .map_err(engine)?;
        Ok(TantivyIndex {
            fields,
            reader,
            writer: Mutex::new(writer),
            seq: AtomicI64::new(seq),
            cache: None,
            rebuilding: AtomicBool::new(false),
            done: AtomicU64::new(0),
            total: AtomicU64::new(0),
        })
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, IndexWriter<TantivyDocument>> {
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn document(&self, d: &SearchDoc) -> TantivyDocument {
        let f = &self.fields;
        let e = f.of(d.edition);
        let mut doc = TantivyDocument::default();
        doc.add_i64(f.id, d.id);
        doc.add_text(f.edition, d.edition.code());
        doc.add_text(f.section, &d.section_slug);
        for t in &d.tag_ids {
            doc.add_i64(f.tags, *t);
        }
        for a in &d.author_ids {
            doc.add_i64(f.authors, *a);
        }
        doc.add_i64(f.published, d.published_at.as_second());
        doc.add_text(f.slug, &d.slug);
        doc.add_text(f.title, &d.title);
        if let Some(k) = &d.kicker {
            doc.add_text(f.kicker, k);
        }
        doc.add_text(f.lead, &d.lead);
        // Only the opening is kept: it is what snippets are made from.
        doc.add_text(f.body, snippet::head(&d.body, snippet::SCAN_BYTES));
        doc.add_text(f.section_name, &d.section_name);
        doc.add_text(e.title, &d.title);
        doc.add_text(e.lead, &d.lead);
        doc.add_text(e.body, &d.body);
        let meta = std::iter::once(d.section_name.as_str())
            .chain(d.kicker.as_deref())
            .chain(d.tag_names.iter().map(String::as_str))
            .chain(d.author_names.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" \n ");
        doc.add_text(e.meta, &meta);
        if matches!(d.edition, masthead_core::Lang::Ru | masthead_core::Lang::Hy) {
            for text in [&d.title, &d.lead, &meta] {
                doc.add_text(e.latin, text);
            }
        }
        doc
    }

    fn commit(
        &self,
        writer: &mut IndexWriter<TantivyDocument>,
        seq: i64,
    ) -> Result<(), SearchError> {
        let mut prepared = writer.prepare_commit().map_err(engine)?;
        prepared.set_payload(&seq.to_string());
        prepared.commit().map_err(engine)?;
        self.reader.reload().map_err(engine)?;
        self.seq.store(seq, Ordering::Release);
        if let Some(c) = &self.cache {
            c.invalidate_all();
        }
        Ok(())
    }

    fn hits(
        &self,
        searcher: &tantivy::Searcher,
        q: &SearchQuery,
        built: &query::Built,
        filtered: &dyn Query,
    ) -> Result<SearchResults, SearchError> {
        let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
        if q.offset.saturating_add(limit) > MAX_DEPTH {
            let total = searcher.search(filtered, &Count).map_err(engine)?;
            return Ok(SearchResults {
                total: total as u64,
                hits: Vec::new(),
                partial: false,
            });
        }
        let now = q.now.as_second();
        let top = TopDocs::with_limit(limit).and_offset(q.offset).tweak_score(
            move |segment: &SegmentReader| {
                let published = segment
                    .fast_fields()
                    .i64("published")
                    .ok()
                    .map(|c| c.first_or_default_col(now));
                move |doc: DocId, score: Score| {
                    let at = published.as_ref().map_or(now, |c| c.get_val(doc));
                    let days = (now - at).max(0) as f32 / 86_400.0;
                    score * (1.0 + RECENCY_GAIN / (1.0 + days / RECENCY_HALF_DAYS))
                }
            },
        );
        let (total, top) = searcher.search(filtered, &(Count, top)).map_err(engine)?;
        let generator = snippet::Generator::new(q.edition, &built.highlight);
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            hits.push(self.hit(searcher, address, score, &generator)?);
        }
        Ok(SearchResults {
            total: total as u64,
            hits,
            partial: false,
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        address: DocAddress,
        score: Score,
        generator: &snippet::Generator,
    ) -> Result<SearchHit, SearchError> {
        let doc: TantivyDocument = searcher.doc(address).map_err(engine)?;
        let f = &self.fields;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        let int = |field| doc.get_first(field).and_then(|v| v.as_i64()).unwrap_or(0);
        let kicker = text(f.kicker);
        let lead = text(f.lead);
        let body = text(f.body);
        Ok(SearchHit {
            id: int(f.id),
            slug: text(f.slug),
            title: text(f.title),
            kicker: (!kicker.is_empty()).then_some(kicker),
            section_slug: text(f.section),
            section_name: text(f.section_name),
            published_at: jiff::Timestamp::from_second(int(f.published)).unwrap_or_default(),
            snippet: generator.snippet(&lead, &body),
            score,
        })
    }
}

/// What a cached result answers: the whole question, and the minute it was asked in (the
/// recency blend moves with time).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CacheKey {
    edition: masthead_core::Lang,
    text: String,
    section: Option<String>,
    from: Option<i64>,
    until: Option<i64>,
    offset: usize,
    limit: usize,
    minute: i64,
}

impl CacheKey {
    fn of(q: &SearchQuery) -> Self {
        CacheKey {
            edition: q.edition,
            text: q.text.clone(),
            section: q.section.clone(),
            from: q.from.map(|t| t.as_second()),
            until: q.until.map(|t| t.as_second()),
            offset: q.offset,
            limit: q.limit,
            minute: q.now.as_second().div_euclid(60),
        }
    }
}

impl TantivyIndex {
    /// Keeps the last `entries` answers (0: none) until the next commit or for a minute at most:
    /// readers ask the same few questions (a breaking story's name), and an answer repeated
    /// costs a lookup instead of a search.
    pub fn with_result_cache(mut self, entries: u64) -> Self {
        self.cache = (entries > 0).then(|| {
            moka::sync::Cache::builder()
                .max_capacity(entries)
                .time_to_live(std::time::Duration::from_secs(60))
                .build()
        });
        self
    }

    fn search_uncached(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let parts: Vec<Part> = query::parse(&q.text);
        let mut filters: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(section) = &q.section {
            filters.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.section, section),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if q.from.is_some() || q.until.is_some() {
            let bound = |t: Option<jiff::Timestamp>, incl: bool| match t {
                None => Bound::Unbounded,
                Some(t) => {
                    let term = Term::from_field_i64(self.fields.published, t.as_second());
                    if incl {
                        Bound::Included(term)
                    } else {
                        Bound::Excluded(term)
                    }
                }
            };
            filters.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(q.from, true), bound(q.until, false))),
            ));
        }
        let searcher = self.reader.searcher();
        let doc_freq = |field, text: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, text))
                .unwrap_or(0)
        };
        let run = |any: bool| -> Result<Option<SearchResults>, SearchError> {
            let Some(built) = query::build(&self.fields, q.edition, &parts, any, &doc_freq) else {
                return Ok(None);
            };
            let mut all: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Must, built.query.box_clone())];
            all.extend(filters.iter().map(|(o, f)| (*o, f.box_clone())));
            let filtered = BooleanQuery::new(all);
            let mut found = self.hits(&searcher, q, &built, &filtered)?;
            found.partial = any;
            Ok((found.total > 0 || any || built.required < 2).then_some(found))
        };
        // All the words first; when no article has them all, the articles with most of them.
        match run(false)? {
            Some(found) => Ok(found),
            None => Ok(run(true)?.unwrap_or_default()),
        }
    }
}

impl SearchIndex for TantivyIndex {
    fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        if self.rebuilding.load(Ordering::Acquire) {
            return Err(SearchError::Rebuilding);
        }
        let Some(cache) = &self.cache else {
            return self.search_uncached(q);
        };
        let key = CacheKey::of(q);
        if let Some(found) = cache.get(&key) {
            return Ok(found);
        }
        let found = self.search_uncached(q)?;
        cache.insert(key, found.clone());
        Ok(found)
    }

    fn apply(&self, batch: IndexBatch) -> Result<(), SearchError> {
        let mut writer = self.writer();
        for id in batch
            .deletes
            .iter()
            .chain(batch.upserts.iter().map(|d| &d.id))
        {
            writer.delete_term(Term::from_field_i64(self.fields.id, *id));
        }
        for d in &batch.upserts {
            writer.add_document(self.document(d)).map_err(engine)?;
        }
        match batch.seq {
            Some(seq) => self.commit(&mut writer, seq),
            None => Ok(()),
        }
    }

    fn applied_seq(&self) -> i64 {
        self.seq.load(Ordering::Acquire)
    }

    fn state(&self) -> IndexState {
        if self.rebuilding.load(Ordering::Acquire) {
            IndexState::Rebuilding {
                done: self.done.load(Ordering::Relaxed),
                total: self.total.load(Ordering::Relaxed),
            }
        } else {
            IndexState::Ready
        }
    }

    fn start_rebuild(&self, total: u64) -> Result<(), SearchError> {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.rebuilding.store(true, Ordering::Release);
        // Nothing is committed until the rebuild ends: stopped half-way, the index is what it
        // was before (with its sequence), and the next start carries on from there.
        self.writer().delete_all_documents().map_err(engine)?;
        Ok(())
    }

    fn rebuilt(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    fn finish_rebuild(&self, seq: i64) -> Result<(), SearchError> {
        let mut writer = self.writer();
        self.commit(&mut writer, seq)?;
        self.rebuilding.store(false, Ordering::Release);
        Ok(())
    }

    fn doc_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}
