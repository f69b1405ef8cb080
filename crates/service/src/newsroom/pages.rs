//! Static pages in the newsroom (SPEC R14): the pages of every edition with their translations
//! side by side, the form that writes one (slug from the title when left empty, Markdown body
//! sanitized on save, "translation of" another edition's page), deleting, and the preview.
//! Editors and admins (`ManageTaxonomy`, as the breaking strip and ads: the site's furniture,
//! not an article). Each write is one audit entry (`settings_changed`, target `page:{id}`).

use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use masthead_core::admin::FormState;
use masthead_core::admin::pages::{PageCell, PageChoice, PageEditorBody, PageRow, PagesBody};
use masthead_core::editor::Choice;
use masthead_core::page::{Head, Page, StaticPageBody, StaticPagePage};
use masthead_core::settings::FieldError;
use masthead_core::site_page::{MAX_PAGE_BODY, MAX_PAGE_TITLE, NewStaticPage, StaticPage};
use masthead_core::{Actor, AuditAction, CacheTag, Lang, NewAuditEntry, Permission};
use masthead_store::{Conflict, StoreError};

/// Where a new page goes in the footer unless the form says otherwise.
pub const DEFAULT_POSITION: i64 = 100;
/// The largest footer position a form takes.
const MAX_POSITION: i64 = 9999;

/// A page's form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageInput {
    pub edition: String,
    pub title: String,
    pub slug: String,
    pub body: String,
    pub in_footer: bool,
    pub position: String,
    /// The id of a page of another edition this one translates, empty for none.
    pub translation_of: String,
}

impl PageInput {
    /// The form's values, to show again.
    pub fn form(&self) -> FormState {
        FormState::with_values([
            ("edition", self.edition.as_str()),
            ("title", self.title.as_str()),
            ("slug", self.slug.as_str()),
            ("body", self.body.as_str()),
            ("in_footer", if self.in_footer { "1" } else { "" }),
            ("position", self.position.as_str()),
            ("translation_of", self.translation_of.as_str()),
        ])
    }
}

fn field(field: &str, key: &'static str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        key,
    }
}

/// A stored page's form values; `translation_of` names one of its translations, if any.
fn stored_form(p: &StaticPage, translation_of: Option<i64>) -> FormState {
    let position = p.position.to_string();
    let of = translation_of.map(|i| i.to_string()).unwrap_or_default();
    PageInput {
        edition: p.edition.code().to_owned(),
        title: p.title.clone(),
        slug: p.slug.clone(),
        body: p.body_md.clone(),
        in_footer: p.in_footer,
        position,
        translation_of: of,
    }
    .form()
}

fn choice(p: &StaticPage) -> PageChoice {
    PageChoice {
        id: p.id,
        edition: p.edition,
        title: p.title.clone(),
    }
}

fn audit(me: &SignedIn, id: i64, detail: String) -> NewAuditEntry {
    NewAuditEntry {
        actor: me.audit_label(),
        actor_user_id: Some(me.user.id),
        action: AuditAction::SettingsChanged,
        target: format!("page:{id}"),
        detail,
        ip: me.ip.clone(),
    }
}

/// A page and its translations in the list, as rows (two pages of one edition in one group,
/// which an import can bring, take two rows).
struct Group {
    key: Option<String>,
    order: (i64, String),
    rows: Vec<PageRow>,
}

/// What a checked form writes, and the page whose translation group it joins (when that page
/// has no group yet, it gets one too).
struct Checked {
    page: NewStaticPage,
    join: Option<StaticPage>,
}

impl Site {
    /// The site's editions, then any other edition that has pages (imported before an edition
    /// was switched off), as columns and choices.
    fn page_editions(&self, pages: &[StaticPage]) -> Vec<Lang> {
        let mut out = self.settings().editions.clone();
        for p in pages {
            if !out.contains(&p.edition) {
                out.push(p.edition);
            }
        }
        out
    }

    /// The static pages of every edition, translations side by side.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; the store's.
    pub async fn pages_list(&self, actor: &Actor) -> Result<PagesBody, ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let pages = self.store.static_pages(None).await?;
        let editions = self.page_editions(&pages);
        let urls = self.urls();
        let mut groups: Vec<Group> = Vec::new();
        for p in &pages {
            let cell = PageCell {
                id: p.id,
                edition: p.edition,
                title: p.title.clone(),
                slug: p.slug.clone(),
                url: urls.page(p.edition, &p.slug),
                in_footer: p.in_footer,
                position: p.position,
                updated_at: p.updated_at,
                imported: p.source_key.is_some(),
            };
            let col = editions.iter().position(|l| *l == p.edition).unwrap_or(0);
            let group = match p
                .translation_key
                .as_ref()
                .and_then(|k| groups.iter().position(|g| g.key.as_ref() == Some(k)))
            {
                Some(g) => g,
                None => {
                    groups.push(Group {
                        key: p.translation_key.clone(),
                        order: (p.position, p.title.to_lowercase()),
                        rows: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let rows = &mut groups[group].rows;
            // Two pages of one edition with one key (an import can do that) take two rows.
            let row = match rows.iter().position(|r| r.cells[col].is_none()) {
                Some(r) => r,
                None => {
                    rows.push(PageRow {
                        cells: vec![None; editions.len()],
                    });
                    rows.len() - 1
                }
            };
            rows[row].cells[col] = Some(cell);
        }
        // Groups by the footer position and title of the page that started them.
        groups.sort_by(|a, b| a.order.cmp(&b.order));
        Ok(PagesBody {
            editions: editions
                .iter()
                .map(|l| Choice {
                    value: l.code().to_owned(),
                    label: l.native_name().to_owned(),
                })
                .collect(),
            total: pages.len(),
            rows: groups.into_iter().flat_map(|g| g.rows).collect(),
        })
    }

    /// A page's form: page `id` as stored (or as `typed` after a refused save), or a new page
    /// (`edition` and `translation_of` from the list's "add a translation" link).
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `NotFound` for an unknown `id`; the store's.
    pub async fn page_form(
        &self,
        actor: &Actor,
        id: Option<i64>,
        typed: Option<FormState>,
        new_in: Option<(&str, &str)>,
    ) -> Result<PageEditorBody, ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let pages = self.store.static_pages(None).await?;
        let current = match id {
            Some(id) => Some(
                pages
                    .iter()
                    .find(|p| p.id == id)
                    .ok_or(StoreError::NotFound)?,
            ),
            None => None,
        };
        let translations: Vec<PageChoice> = current
            .and_then(|c| c.translation_key.as_ref().map(|k| (c, k)))
            .map(|(c, k)| {
                pages
                    .iter()
                    .filter(|p| p.id != c.id && p.translation_key.as_ref() == Some(k))
                    .map(choice)
                    .collect()
            })
            .unwrap_or_default();
        let form = match (typed, current) {
            (Some(f), _) => f,
            (None, Some(c)) => stored_form(c, translations.first().map(|t| t.id)),
            (None, None) => {
                let default = self.settings().default_edition();
                let (edition, of) = new_in.unwrap_or(("", ""));
                let edition = edition
                    .parse::<Lang>()
                    .ok()
                    .filter(|l| self.settings().editions.contains(l))
                    .unwrap_or(default);
                let of = of
                    .parse::<i64>()
                    .ok()
                    .filter(|i| pages.iter().any(|p| p.id == *i && p.edition != edition));
                PageInput {
                    edition: edition.code().to_owned(),
                    position: DEFAULT_POSITION.to_string(),
                    in_footer: true,
                    translation_of: of.map(|i| i.to_string()).unwrap_or_default(),
                    ..Default::default()
                }
                .form()
            }
        };
        let editions = self.page_editions(&pages);
        let urls = self.urls();
        Ok(PageEditorBody {
            id,
            form,
            editions: editions
                .iter()
                .map(|l| Choice {
                    value: l.code().to_owned(),
                    label: l.native_name().to_owned(),
                })
                .collect(),
            others: pages
                .iter()
                .filter(|p| Some(p.id) != id)
                .filter(|p| current.is_none_or(|c| c.edition != p.edition))
                .map(choice)
                .collect(),
            translations,
            public_url: current
                .map(|c| format!("{}{}", self.base_url, urls.page(c.edition, &c.slug))),
            address_bases: editions
                .iter()
                .map(|l| Choice {
                    value: l.code().to_owned(),
                    label: format!("{}{}", self.base_url, urls.page(*l, "")),
                })
                .collect(),
            updated_at: current.map(|c| c.updated_at),
            source_key: current.and_then(|c| c.source_key.clone()),
        })
    }

    /// The form read into a page: every field checked (all errors at once), the slug made from
    /// the title when empty, the body's HTML made from its Markdown.
    async fn check_page(
        &self,
        id: Option<i64>,
        input: &PageInput,
    ) -> Result<Checked, ServiceError> {
        let mut errors = Vec::new();
        let edition = input
            .edition
            .parse::<Lang>()
            .ok()
            .filter(|l| self.settings().editions.contains(l));
        if edition.is_none() {
            errors.push(field("edition", "unknown-edition"));
        }
        let title = input.title.trim().to_owned();
        let n = title.chars().count();
        if n == 0 || n > MAX_PAGE_TITLE || title.chars().any(char::is_control) {
            errors.push(field("title", "page-invalid-title"));
        }
        let typed_slug = input.slug.trim();
        let slug = if typed_slug.is_empty() {
            masthead_core::slug::slugify(&title)
        } else {
            typed_slug.to_owned()
        };
        if n > 0 && masthead_core::slug::validate(&slug).is_err() {
            errors.push(field("slug", "invalid-slug"));
        }
        if input.body.len() > MAX_PAGE_BODY {
            errors.push(field("body", "page-invalid-body"));
        }
        let position = match input.position.trim() {
            "" => Some(DEFAULT_POSITION),
            p => p
                .parse::<i64>()
                .ok()
                .filter(|p| (0..=MAX_POSITION).contains(p)),
        };
        if position.is_none() {
            errors.push(field("position", "page-invalid-position"));
        }
        let mut join = None;
        let mut translation_key = None;
        match input.translation_of.trim() {
            "" => {}
            raw => match raw.parse::<i64>().ok() {
                Some(of) if Some(of) != id => match self.store.static_page_by_id(of).await? {
                    Some(other) if Some(other.edition) == edition => {
                        errors.push(field("translation_of", "page-translation-same-edition"));
                    }
                    Some(other) => {
                        let key = other
                            .translation_key
                            .clone()
                            .unwrap_or_else(|| format!("page-{}", other.id));
                        let siblings = self.store.static_pages(edition).await?;
                        if siblings.iter().any(|p| {
                            Some(p.id) != id && p.translation_key.as_deref() == Some(key.as_str())
                        }) {
                            errors.push(field("translation_of", "page-translation-taken"));
                        }
                        if other.translation_key.is_none() {
                            join = Some(other);
                        }
                        translation_key = Some(key);
                    }
                    None => errors.push(field("translation_of", "page-translation-gone")),
                },
                _ => errors.push(field("translation_of", "page-translation-gone")),
            },
        }
        // "None" takes the page out of its group: its key is dropped (the others keep theirs).
        if !errors.is_empty() {
            return Err(ServiceError::InvalidFields(errors));
        }
        let (Some(edition), Some(position)) = (edition, position) else {
            return Err(ServiceError::InvalidFields(vec![field(
                "edition",
                "unknown-edition",
            )]));
        };
        Ok(Checked {
            page: NewStaticPage {
                edition,
                slug,
                title,
                body_html: masthead_markdown::to_html(&input.body),
                body_md: input.body.clone(),
                translation_key,
                in_footer: input.in_footer,
                position,
                source_key: None,
            },
            join,
        })
    }

    /// Writes a new page (`id` `None`) or page `id`; its id.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `InvalidFields` naming each wrong field (nothing
    /// written; a slug another page of the edition has is `slug`/`page-slug-taken`);
    /// `NotFound`; the store's.
    pub async fn save_page(
        &self,
        me: &SignedIn,
        id: Option<i64>,
        input: &PageInput,
    ) -> Result<i64, ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::ManageTaxonomy)?;
        let checked = self.check_page(id, input).await?;
        let page = checked.page;
        let saved = self.store.save_static_page(&actor, id, &page).await;
        let (new_id, _) = match saved {
            Err(StoreError::Conflict(Conflict::SlugTaken { .. })) => {
                return Err(ServiceError::InvalidFields(vec![field(
                    "slug",
                    "page-slug-taken",
                )]));
            }
            other => other?,
        };
        if let Some(other) = checked.join {
            // The page it translates had no group yet: it joins this one's.
            let mut joined = NewStaticPage {
                edition: other.edition,
                slug: other.slug.clone(),
                title: other.title.clone(),
                body_md: other.body_md.clone(),
                body_html: other.body_html.clone(),
                translation_key: page.translation_key.clone(),
                in_footer: other.in_footer,
                position: other.position,
                source_key: None,
            };
            joined.body_html = masthead_markdown::to_html(&joined.body_md);
            self.store
                .save_static_page(&actor, Some(other.id), &joined)
                .await?;
        }
        self.written();
        self.audit_entry(audit(
            me,
            new_id,
            format!(
                "page {}: {}/{}",
                if id.is_some() { "saved" } else { "created" },
                page.edition.code(),
                page.slug
            ),
        ))
        .await;
        Ok(new_id)
    }

    /// Deletes page `id` (its translations stay).
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `NotFound`; the store's.
    pub async fn delete_page(&self, me: &SignedIn, id: i64) -> Result<(), ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::ManageTaxonomy)?;
        let page = self
            .store
            .static_page_by_id(id)
            .await?
            .ok_or(StoreError::NotFound)?;
        self.store.delete_static_page(&actor, id).await?;
        self.written();
        self.audit_entry(audit(
            me,
            id,
            format!("page deleted: {}/{}", page.edition.code(), page.slug),
        ))
        .await;
        Ok(())
    }

    /// The page a form describes, as readers would see it (nothing saved, never indexed).
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; the store's (for the chrome).
    pub async fn page_preview(
        &self,
        actor: &Actor,
        input: &PageInput,
    ) -> Result<StaticPagePage, ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let s = self.settings();
        let lang = input
            .edition
            .parse::<Lang>()
            .ok()
            .filter(|l| s.editions.contains(l))
            .unwrap_or_else(|| s.default_edition());
        let title: String = input.title.trim().chars().take(MAX_PAGE_TITLE).collect();
        let chrome = self.chrome(lang, None, None).await?;
        Ok(Page {
            head: Head {
                title: format!("{title} — {}", chrome.site_name),
                description: String::new(),
                path: String::new(),
                noindex: true,
                image: None,
                breadcrumbs: Vec::new(),
            },
            chrome,
            body: StaticPageBody {
                title,
                body_html: masthead_markdown::to_html(&input.body),
                updated_at: jiff::Timestamp::now(),
                translations: Vec::new(),
            },
            tags: vec![CacheTag::Edition(lang)],
        })
    }
}
