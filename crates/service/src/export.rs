//! `masthead export`: the whole site as Masthead JSON Lines (`core::export`), written from one
//! snapshot of the database while the site keeps serving; `masthead import jsonl` reads the
//! file back (`restore`) into another site with the same pages.

mod restore;

use crate::demo::SETUP_DONE_KEY;
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::export::{EXPORT_FORMAT, EXPORT_VERSION, End, Header, Record};
use masthead_core::{Actor, Permission};
use std::io::Write;
use std::ops::ControlFlow;

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    /// Records by type (`article`, `revision`, `page`, …), in the order they first came.
    pub records: Vec<(&'static str, u64)>,
    /// Lines written, header and end included.
    pub lines: u64,
}

impl ExportReport {
    /// How many records of `kind` were written.
    pub fn count(&self, kind: &str) -> u64 {
        self.records
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }

    fn one(&mut self, kind: &'static str) {
        match self.records.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => self.records.push((kind, 1)),
        }
    }
}

/// Why an export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Service(#[from] ServiceError),
    /// Writing the file failed (disk full, closed pipe).
    #[error("writing the export: {0}")]
    Write(#[from] std::io::Error),
}

fn write_line(out: &mut (dyn Write + Send), record: &Record) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// Whether the file `open` reads is a `masthead export` file: its first line is the export
/// header (whatever its version; a version this Masthead cannot read is refused later, by
/// name).
///
/// # Errors
/// Reading errors.
pub fn is_export(open: crate::import::LineSource<'_>) -> std::io::Result<bool> {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(rename = "type")]
        kind: Option<String>,
    }
    let mut reader = open()?;
    let first = crate::import::next_line_max(&mut *reader, restore::MAX_EXPORT_LINE)?;
    Ok(match first {
        Some(crate::import::RawLine::Text(t)) => serde_json::from_str::<Probe>(&t)
            .is_ok_and(|p| p.kind.as_deref() == Some(EXPORT_FORMAT)),
        _ => false,
    })
}

/// Whether an import's bad lines refuse the whole file (an unknown version, a file cut short),
/// which `skip_invalid` cannot change.
pub fn refused_whole(lines: &[crate::LineError]) -> bool {
    lines
        .iter()
        .any(|l| l.reason.ends_with(restore::REFUSED_WHOLE))
}

impl Site {
    /// Writes the whole site to `out` as an export file: a header, the settings (but the
    /// setup marker), sections, tags, authors, ads, the media library's records, static
    /// pages, redirects, then every article (any status) followed by its history, and an end
    /// line counting the lines before it. Read from one snapshot in pages of rows, so memory
    /// stays bounded and the site keeps serving.
    ///
    /// # Errors
    /// `Forbidden` without `ManageSite` (settings are in it); the store's; `Write` when `out`
    /// fails (what was written is then incomplete: it has no end line, and an import refuses
    /// it).
    pub async fn export_to(
        &self,
        actor: &Actor,
        out: &mut (dyn Write + Send),
    ) -> Result<ExportReport, ExportError> {
        Self::authorize(actor, Permission::ManageSite)?;
        let settings = self.settings();
        let header = Record::Header(Header {
            version: EXPORT_VERSION,
            exported_at: Timestamp::now(),
            default_edition: settings.default_edition(),
            editions: settings.editions.clone(),
            base_url: self.base_url.clone(),
            generator: concat!("masthead ", env!("CARGO_PKG_VERSION")).to_owned(),
        });
        write_line(out, &header)?;
        let mut report = ExportReport {
            lines: 1,
            ..Default::default()
        };
        let mut failed: Option<std::io::Error> = None;
        {
            let mut sink = |mut record: Record| {
                if let Record::Settings(s) = &mut record {
                    s.values.remove(SETUP_DONE_KEY);
                }
                match write_line(out, &record) {
                    Ok(()) => {
                        report.lines += 1;
                        report.one(record.kind());
                        ControlFlow::Continue(())
                    }
                    Err(e) => {
                        failed = Some(e);
                        ControlFlow::Break(())
                    }
                }
            };
            self.store
                .export(&mut sink)
                .await
                .map_err(ServiceError::from)?;
        }
        if let Some(e) = failed {
            return Err(e.into());
        }
        write_line(
            out,
            &Record::End(End {
                records: report.lines,
            }),
        )?;
        report.lines += 1;
        out.flush()?;
        Ok(report)
    }
}
