//! `masthead import jsonl`: articles as JSON Lines, one object a line (see SPEC's command table).
//! The whole file lands in one transaction, or nothing does.

use crate::{ServiceError, Site};
use jiff::Timestamp;
use jiff::civil::Date;
use masthead_core::slug::slugify;
use masthead_core::{
    ContentBundle, Flags, Lang, NewArticle, NewAuthor, NewSection, NewTag, Source, Status,
};
use serde::Deserialize;
use std::collections::HashSet;

/// At most this many bytes in one line: a longer one is an error, not a silent cut.
const MAX_LINE: usize = 2 * 1024 * 1024;

#[derive(Deserialize)]
struct Line {
    title: String,
    body: String,
    #[serde(default)]
    lead: Option<String>,
    #[serde(default, alias = "category")]
    section: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    published_at: Option<String>,
    #[serde(default)]
    source_name: Option<String>,
    #[serde(default)]
    source_url: Option<String>,
    #[serde(default)]
    kicker: Option<String>,
    #[serde(default)]
    author: Option<String>,
}

fn default_section(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "Новости",
        Lang::En => "News",
        Lang::Hy => "Լուրեր",
        Lang::Az => "Xəbərlər",
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.trim().chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `2024-05-12T06:37:00+04:00`, `2024-05-12T02:37:00Z` or a plain date (taken as noon in the
/// site's time zone).
fn parse_time(raw: &str, tz: &masthead_i18n::TimeZone) -> Option<Timestamp> {
    if let Ok(ts) = raw.parse::<Timestamp>() {
        return Some(ts);
    }
    let date: Date = raw.parse().ok()?;
    date.at(12, 0, 0, 0)
        .to_zoned_datetime(tz.clone())
        .ok()
        .map(|z| z.timestamp())
}

impl Site {
    /// Imports JSON Lines into `lang`. Returns the ids of the new articles.
    pub async fn import_jsonl(&self, text: &str, lang: Lang) -> Result<Vec<i64>, ServiceError> {
        let settings = self.settings();
        let now = Timestamp::now();
        let mut b = ContentBundle::default();
        let (mut sections, mut tags, mut authors, mut slugs) = (
            HashSet::new(),
            HashSet::new(),
            HashSet::new(),
            HashSet::new(),
        );
        for (i, raw) in text.lines().enumerate() {
            let n = i + 1;
            if raw.trim().is_empty() {
                continue;
            }
            if raw.len() > MAX_LINE {
                return Err(ServiceError::Invalid(format!(
                    "line {n}: longer than {MAX_LINE} bytes"
                )));
            }
            let line: Line = serde_json::from_str(raw)
                .map_err(|e| ServiceError::Invalid(format!("line {n}: {e}")))?;
            if line.title.trim().is_empty() || line.body.trim().is_empty() {
                return Err(ServiceError::Invalid(format!(
                    "line {n}: title and body are required"
                )));
            }
            let section_name = line
                .section
                .as_deref()
                .map(capitalize)
                .filter(|s| !s.is_empty());
            let section_name = section_name.unwrap_or_else(|| default_section(lang).to_owned());
            let section_slug = slugify(&section_name);
            if sections.insert(section_slug.clone()) {
                b.sections.push(NewSection {
                    edition: lang,
                    slug: section_slug.clone(),
                    name: section_name,
                    position: 100,
                });
            }
            let mut tag_slugs = Vec::new();
            for name in line
                .kicker
                .iter()
                .chain(line.tags.iter())
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .take(20)
            {
                let slug = slugify(name);
                if tags.insert(slug.clone()) {
                    b.tags.push(NewTag {
                        edition: lang,
                        slug: slug.clone(),
                        name: name.to_owned(),
                    });
                }
                if !tag_slugs.contains(&slug) {
                    tag_slugs.push(slug);
                }
            }
            let author_slug = match line
                .author
                .as_deref()
                .map(str::trim)
                .filter(|a| !a.is_empty())
            {
                Some(name) => {
                    let slug = slugify(name);
                    if authors.insert(slug.clone()) {
                        b.authors.push(NewAuthor {
                            edition: lang,
                            slug: slug.clone(),
                            name: name.to_owned(),
                            bio: String::new(),
                        });
                    }
                    Some(slug)
                }
                None => None,
            };
            let published_at = match line.published_at.as_deref() {
                Some(raw) => Some(parse_time(raw, &settings.time_zone).ok_or_else(|| {
                    ServiceError::Invalid(format!("line {n}: published_at `{raw}` is not a date"))
                })?),
                None => Some(now),
            };
            // A lead given apart stays apart; otherwise the first paragraph leads.
            let (lead, body) = match line.lead {
                Some(lead) => (lead, line.body),
                None => {
                    let mut parts = line.body.splitn(2, "\n\n");
                    let first = parts.next().unwrap_or("").trim().to_owned();
                    match parts.next() {
                        Some(rest) if first.chars().count() <= 600 => (first, rest.to_owned()),
                        _ => (String::new(), line.body),
                    }
                }
            };
            let source = match (line.source_name, line.source_url) {
                (Some(name), Some(url)) if !name.trim().is_empty() && url.starts_with("http") => {
                    Some(Source { name, url })
                }
                _ => None,
            };
            let base = slugify(&line.title);
            let mut slug = base.clone();
            let mut k = 2;
            while slugs.contains(&slug) || self.store.slug_taken(lang, &slug).await? {
                slug = format!(
                    "{}-{k}",
                    base.chars()
                        .take(masthead_core::slug::MAX_SLUG_LEN - 8)
                        .collect::<String>()
                        .trim_end_matches('-')
                );
                k += 1;
            }
            slugs.insert(slug.clone());
            let article = NewArticle {
                edition: lang,
                slug,
                title: line.title.trim().to_owned(),
                lead,
                body_html: masthead_render::markdown::to_html(&body),
                body_md: body,
                section_slug,
                tag_slugs,
                author_slug,
                status: Status::Published,
                published_at,
                flags: Flags::default(),
                source,
                cover: None,
                translation_key: None,
                views: 0,
                old_slugs: Vec::new(),
            };
            article
                .validate()
                .map_err(|e| ServiceError::Invalid(format!("line {n}: {e}")))?;
            b.articles.push(article);
        }
        self.import(&b).await
    }
}
