//! Domain types and rules of Masthead: editions, articles, taxonomy, slugs. No I/O here.

pub mod article;
pub mod edition;
pub mod error;
pub mod paging;
pub mod slug;
pub mod taxonomy;

pub use article::{
    Article, ArticleFilter, ArticleSummary, Cover, Flags, NewArticle, Source, Status, Translation,
};
pub use edition::Lang;
pub use error::CoreError;
pub use paging::Paging;
pub use taxonomy::{Ad, Author, ContentBundle, NewAd, NewAuthor, NewSection, NewTag, Section, Tag};
