//! Extractors shared by the reader routes.

mod edition;

pub use edition::{Edition, path_language, reader_language};
