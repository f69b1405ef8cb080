//! Page models as HTML: the default theme's templates (minijinja, embedded) filled from the
//! models in `core::page`; feeds and sitemaps from the models in `core::discovery` as XML.
//! Knows nothing of HTTP or storage.

mod feeds;
mod ld;
mod sitemaps;
mod templates;

pub use feeds::render_feed;
pub use sitemaps::render_sitemap;
pub use templates::{PageModel, RenderError, Renderer};
