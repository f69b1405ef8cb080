//! Pages as HTML: the default theme's templates (minijinja, embedded), the view models they
//! are filled from, and Markdown to sanitized HTML.

pub mod markdown;
pub mod model;
mod templates;

pub use model::*;
pub use templates::{PageModel, RenderError, Renderer};
