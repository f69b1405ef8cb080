//! Page models as HTML: the default theme's templates (minijinja, embedded) filled from the
//! models in `core::page`. Knows nothing of HTTP or storage.

mod templates;

pub use templates::{PageModel, RenderError, Renderer};
