//! A static page (SPEC R14): About, Contacts, Advertising, Privacy at `{e}/page/{slug}`, with
//! links to its translations (the edition switch and `hreflang` lead to them).

use crate::{ServiceError, Site};
use masthead_core::page::{Head, Page, StaticPageBody, StaticPagePage, TranslationLink};
use masthead_core::{CacheTag, Found, Lang};

/// Longest description taken from the page's text for search engines and link previews.
const DESCRIPTION_CHARS: usize = 160;

/// The first `DESCRIPTION_CHARS` characters of a text, cut at a word, with an ellipsis when cut.
fn description(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= DESCRIPTION_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(DESCRIPTION_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':', '—', '-']))
}

impl Site {
    /// The static page `slug` of an edition. The cache tag is the edition's: any change to its
    /// pages (`Pages { edition }`) purges every page of the edition, whose footers link them.
    ///
    /// # Errors
    /// The store's.
    pub async fn static_page(
        &self,
        lang: Lang,
        slug: &str,
    ) -> Result<Found<StaticPagePage>, ServiceError> {
        if masthead_core::slug::validate(slug).is_err() {
            return Ok(Found::NotFound);
        }
        let Some(page) = self.store.static_page(lang, slug).await? else {
            return Ok(Found::NotFound);
        };
        let urls = self.urls();
        let editions = self.settings().editions.clone();
        let mut translations: Vec<TranslationLink> = Vec::new();
        if let Some(key) = &page.translation_key {
            let all = self.store.static_pages(None).await?;
            for l in editions.iter().filter(|l| **l != lang) {
                if let Some(t) = all
                    .iter()
                    .find(|p| p.edition == *l && p.translation_key.as_ref() == Some(key))
                {
                    translations.push(TranslationLink {
                        lang: t.edition,
                        native: t.edition.native_name(),
                        title: t.title.clone(),
                        href: urls.page(t.edition, &t.slug),
                    });
                }
            }
        }
        let same_page = |l: Lang| {
            translations
                .iter()
                .find(|t| t.lang == l)
                .map(|t| t.href.clone())
        };
        let chrome = self.chrome(lang, None, Some(&same_page)).await?;
        let path = urls.page(lang, &page.slug);
        let head = Head {
            title: format!("{} — {}", page.title, chrome.site_name),
            description: description(&masthead_markdown::to_text(&page.body_md)),
            path: path.clone(),
            noindex: false,
            image: None,
            breadcrumbs: self.breadcrumbs(lang, &[(page.title.clone(), path)]),
        };
        let tags = super::tags(lang, [CacheTag::Edition(lang)], chrome.breaking.as_ref());
        Ok(Found::Page(Page {
            chrome,
            head,
            body: StaticPageBody {
                // Rendered from the Markdown on every render (the page cache keeps the result),
                // so a page an import wrote is sanitized like one written here.
                body_html: masthead_markdown::to_html(&page.body_md),
                title: page.title,
                updated_at: page.updated_at,
                translations,
            },
            tags,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::description;

    #[test]
    fn descriptions_are_cut_at_a_word() {
        assert_eq!(description("Who  we\nare."), "Who we are.");
        let long = "word ".repeat(60);
        let d = description(&long);
        assert!(d.ends_with("word…"), "{d}");
        assert!(d.chars().count() <= 161);
    }
}
