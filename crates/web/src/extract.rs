//! Extractors shared by the routes.

mod client;
mod edition;

pub use client::{client_ip, header_str, is_same_origin, is_same_site};
pub use edition::{Edition, path_language, reader_language};
