//! Media for the newsroom's image upload (SPEC N5): validation by decoding under size and pixel
//! limits, re-encoding with all metadata dropped, responsive variants in WebP and the original
//! format, server-generated names, and storage behind a trait.
//!
//! ```no_run
//! # async fn upload(store: &dyn masthead_media::MediaStore, body: Vec<u8>)
//! #     -> Result<(), masthead_media::MediaError> {
//! use masthead_media::{Limits, new_stem, process};
//! let processed = tokio::task::spawn_blocking(move || process(&body, &Limits::default()))
//!     .await
//!     .map_err(|e| masthead_media::MediaError::Store(std::io::Error::other(e)))??;
//! let stem = new_stem()?;
//! for variant in &processed.variants {
//!     store.put(&variant.name(&stem)?, variant.bytes.clone()).await?;
//! }
//! # Ok(()) }
//! ```
//!
//! See docs/media.md for the policy in prose.

#![warn(missing_docs)]

mod error;
mod format;
mod name;
mod process;
mod s3;
mod store;
#[cfg(test)]
mod testdata;

pub use error::MediaError;
pub use format::Format;
pub use name::{MediaName, STEM_LEN, new_stem};
pub use process::{
    JPEG_QUALITY, Limits, MAX_VARIANT_WIDTH, Processed, VARIANT_WIDTHS, Variant, WEBP_QUALITY,
    process, variant_widths,
};
pub use s3::S3MediaStore;
pub use store::{LocalMediaStore, MediaStore, MemoryMediaStore};
