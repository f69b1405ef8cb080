//! The composition root: opening the backend a database URL names, and building the whole
//! application from a [`Config`]. `masthead serve`, every command and the tests build through
//! [`build`]; nothing else wires the crates together.

pub mod backend;
pub mod build;

pub use backend::{OpenError, open_backend};
pub use build::{App, Config, SearchSetup, Setup, build};
