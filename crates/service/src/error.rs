//! Errors of the use cases. The web layer maps each variant to a status explicitly.

use masthead_render::RenderError;
use masthead_store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] RenderError),
    /// Input the caller must fix (a bad import line, an unknown edition in a command).
    #[error("{0}")]
    Invalid(String),
}
