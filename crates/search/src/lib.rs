//! Full-text search for Masthead (SPEC R6, A1): a tantivy index of every edition's published
//! articles behind the `SearchIndex` port of `masthead-core`. Each edition's text is analysed
//! in its language (`analysis`); queries are read as a reader writes them (`query`); results
//! carry marked snippets (`snippet`). Nothing outside this crate sees tantivy.

pub mod analysis;
mod index;
pub mod query;
mod schema;
mod snippet;
pub mod translit;

pub use index::{Opened, TantivyIndex, WriterOptions};
