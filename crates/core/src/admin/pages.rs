//! Page models of the newsroom's static pages and redirects (SPEC R14): the pages of every
//! edition with their translations side by side, a page's form, and the redirects table.

use super::FormState;
use crate::Lang;
use crate::editor::Choice;
use jiff::Timestamp;
use serde::Serialize;

/// A static page as the newsroom's lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageCell {
    pub id: i64,
    pub edition: Lang,
    pub title: String,
    pub slug: String,
    /// Its public address (a path).
    pub url: String,
    pub in_footer: bool,
    pub position: i64,
    pub updated_at: Timestamp,
    /// Brought by an import (`wp:17`), not written here.
    pub imported: bool,
}

/// One page and its translations: a cell per edition of the site, in the site's order
/// (`None` where the edition has no translation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageRow {
    pub cells: Vec<Option<PageCell>>,
}

/// The static pages list (editors and admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PagesBody {
    /// The site's editions (columns), `value` the code and `label` its own name.
    pub editions: Vec<Choice>,
    pub rows: Vec<PageRow>,
    pub total: usize,
}

/// A page offered as "translation of", or listed as a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageChoice {
    pub id: i64,
    pub edition: Lang,
    pub title: String,
}

/// A static page's form, new or existing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageEditorBody {
    /// `None` for a new page.
    pub id: Option<i64>,
    /// `edition`, `title`, `slug`, `body`, `in_footer` (`1` when ticked), `position`,
    /// `translation_of` (a page id, empty for none); errors by field name.
    pub form: FormState,
    pub editions: Vec<Choice>,
    /// Pages of other editions this one may be a translation of.
    pub others: Vec<PageChoice>,
    /// The page's translations (other pages of its group).
    pub translations: Vec<PageChoice>,
    /// The page's public address (absolute), for a saved page.
    pub public_url: Option<String>,
    /// The address a page of each edition gets, up to the slug (`https://…/en/page/`).
    pub address_bases: Vec<Choice>,
    pub updated_at: Option<Timestamp>,
    /// Brought by an import (its source, `wp:17`).
    pub source_key: Option<String>,
}

/// A redirect as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedirectRow {
    pub id: i64,
    pub from_path: String,
    pub to_path: String,
    /// Brought by an import (`wp:17`), or `None` when entered here.
    pub source_key: Option<String>,
    pub created_at: Timestamp,
}

/// The redirects page (editors and admins): search, the list a page at a time, the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedirectsBody {
    pub items: Vec<RedirectRow>,
    /// Redirects matching the search, in all pages.
    pub total: u64,
    /// The search as typed.
    pub query: String,
    pub page: u32,
    pub pages: u32,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    /// `from` and `to`; errors by field name.
    pub form: FormState,
    /// The site's address (scheme and host), for the form's hint.
    pub base_url: String,
}
