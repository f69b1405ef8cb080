//! Ports of `masthead export` and of importing its file back (SPEC O3): the whole site read as
//! records from one consistent snapshot, and records written back batch by batch.

use crate::Result;
use async_trait::async_trait;
use masthead_core::Actor;
use masthead_core::export::Record;
use std::ops::ControlFlow;

/// Takes the records of an export one at a time; `Break` stops the reading (the sink keeps
/// its own reason, such as a full disk).
pub type ExportSink<'a> = &'a mut (dyn FnMut(Record) -> ControlFlow<()> + Send);

/// What a batch of records wrote: how many of each kind landed (kinds as in
/// [`Record::kind`]), the ids of the articles written, and the last change-log sequence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Restored {
    pub written: Vec<(&'static str, u64)>,
    pub articles: Vec<i64>,
    pub seq: i64,
}

impl Restored {
    /// How many records of `kind` landed.
    pub fn count(&self, kind: &str) -> u64 {
        self.written
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, n)| n)
            .sum()
    }

    pub(crate) fn add(&mut self, kind: &'static str, n: u64) {
        match self.written.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, m)) => *m += n,
            None => self.written.push((kind, n)),
        }
    }

    /// Counts one more record of `kind`.
    pub fn one(&mut self, kind: &'static str) {
        self.add(kind, 1);
    }
}

/// Reading the whole site for an export, and writing an export's records back.
#[async_trait]
pub trait SiteTransfer: Send + Sync {
    /// Gives `sink` every record of the site but the header and end lines, in the order the
    /// file has them (settings, sections, tags, authors, ads, media, pages, redirects, then
    /// each article followed by its revisions, by id), read from one snapshot in pages, so
    /// that memory stays bounded and a site being written to exports as of one moment.
    async fn export(&self, sink: ExportSink<'_>) -> Result<()>;

    /// Writes `records` in one transaction, with their change-log rows. Articles and pages
    /// are inserted with their exported ids and times (an id or slug already taken is a
    /// `Conflict`, and nothing is written); sections, tags, authors, media (by stem), ads
    /// (the same ad) and settings already stored are left as they are; redirects take their
    /// new target. A revision is added to its article, which must exist; `pending` makes it
    /// the article's pending edit. Header and end records are ignored. The caller renders
    /// `body_html` of articles and pages and leaves out what is already stored.
    async fn restore(&self, actor: &Actor, records: &[Record]) -> Result<Restored>;
}
