//! Extractors shared by the reader routes.

mod edition;

pub use edition::{Edition, reader_language};
