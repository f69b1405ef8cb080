//! Domain types and rules of Masthead: editions, articles and their workflow, taxonomy, slugs,
//! addresses, the change log and page models. No I/O here.

pub mod actor;
pub mod admin;
pub mod article;
pub mod change;
pub mod discovery;
pub mod edition;
pub mod editor;
pub mod error;
pub mod export;
pub mod newsroom;
pub mod page;
pub mod paging;
pub mod search;
pub mod settings;
pub mod site_page;
pub mod slug;
pub mod staff;
pub mod taxonomy;
pub mod token;
pub mod urls;
pub mod workflow;

pub use actor::{Actor, Permission, Role};
pub use article::{
    Article, ArticleContent, ArticleFilter, ArticleSummary, Cover, Flags, NewArticle, Seo, Source,
    Status, Translation,
};
pub use change::{ArticleChange, CacheTag, Change, ChangeKind, Purge};
pub use edition::Lang;
pub use error::CoreError;
pub use page::Found;
pub use paging::Paging;
pub use staff::{
    AuditAction, AuditEntry, AuditFilter, LinkPurpose, NewAuditEntry, OneTimeLink, User,
};
pub use taxonomy::{Ad, Author, ContentBundle, NewAd, NewAuthor, NewSection, NewTag, Section, Tag};
pub use urls::{RouteKind, Urls};
