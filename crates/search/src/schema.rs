//! The index schema: one index for every edition, with the text fields of each edition kept
//! apart (each analysed in its language), and the stored and fast fields results, filters and
//! the recency blend read.

use crate::analysis::{Form, analyzer_name};
use masthead_core::Lang;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// The text fields of one edition.
#[derive(Debug, Clone, Copy)]
pub struct EditionFields {
    pub lang: Lang,
    /// Stemmed, with positions (phrases).
    pub title: Field,
    pub lead: Field,
    pub body: Field,
    /// Kicker, tags, section and byline names, stemmed.
    pub meta: Field,
    /// Title, lead and meta as Latin skeletons (Russian and Armenian).
    pub latin: Field,
}

/// Every field of the index.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: Field,
    pub edition: Field,
    pub section: Field,
    pub tags: Field,
    pub authors: Field,
    /// Seconds since the epoch (fast: recency and date filters).
    pub published: Field,
    // Stored only: what a result shows.
    pub slug: Field,
    pub title: Field,
    pub kicker: Field,
    pub lead: Field,
    pub body: Field,
    pub section_name: Field,
    pub editions: Vec<EditionFields>,
}

impl Fields {
    /// The fields of `lang`'s text.
    pub fn of(&self, lang: Lang) -> &EditionFields {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.editions[i]
    }
}

fn text(lang: Lang, form: Form, positions: bool) -> TextOptions {
    let record = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(&analyzer_name(lang, form))
            .set_index_option(record),
    )
}

/// The schema and its fields.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_i64_field("id", INDEXED | STORED | FAST);
    let edition = b.add_text_field("edition", STRING);
    let section = b.add_text_field("section", STRING | STORED);
    let tags = b.add_i64_field("tags", INDEXED);
    let authors = b.add_i64_field("authors", INDEXED);
    let published = b.add_i64_field("published", INDEXED | STORED | FAST);
    let slug = b.add_text_field("slug", STORED);
    let title = b.add_text_field("title", STORED);
    let kicker = b.add_text_field("kicker", STORED);
    let lead = b.add_text_field("lead", STORED);
    let body = b.add_text_field("body", STORED);
    let section_name = b.add_text_field("section_name", STORED);
    let editions = Lang::ALL
        .iter()
        .map(|&lang| {
            let c = lang.code();
            EditionFields {
                lang,
                title: b.add_text_field(&format!("title_{c}"), text(lang, Form::Stem, true)),
                lead: b.add_text_field(&format!("lead_{c}"), text(lang, Form::Stem, true)),
                body: b.add_text_field(&format!("body_{c}"), text(lang, Form::Stem, true)),
                meta: b.add_text_field(&format!("meta_{c}"), text(lang, Form::Stem, false)),
                latin: b.add_text_field(&format!("latin_{c}"), text(lang, Form::Latin, false)),
            }
        })
        .collect();
    let fields = Fields {
        id,
        edition,
        section,
        tags,
        authors,
        published,
        slug,
        title,
        kicker,
        lead,
        body,
        section_name,
        editions,
    };
    (b.build(), fields)
}
