//! The rules one record of an export meets before it is written: what it names exists (in the
//! file, before it, or here), its id and slugs are free here, and it is not stored already.

use super::{Checked, Pass};
use crate::demo::SETUP_DONE_KEY;
use crate::{ServiceError, Site};
use masthead_core::Lang;
use masthead_core::export::{ArticleRecord, MediaRecord, PageRecord, Record};
use masthead_core::site_page::{MAX_REDIRECT_LEN, NewStaticPage};

/// The message of a broken rule, in English (for the command line).
fn why(e: &masthead_core::CoreError) -> String {
    let text = masthead_i18n::Catalogs::embedded().t(Lang::En, e.key(), &[]);
    format!("{text} ({e})")
}

impl Site {
    /// What becomes of `record`; `render` makes the HTML of what will be written.
    pub(super) async fn restore_check(
        &self,
        pass: &mut Pass,
        record: Record,
        render: bool,
    ) -> Result<Checked, ServiceError> {
        Ok(match record {
            Record::Header(_) if pass.header => Checked::Bad("a second header".into()),
            Record::Header(_) => {
                pass.header = true;
                Checked::Skip
            }
            Record::End(e) => Checked::End(e.records),
            _ if !pass.header => Checked::Fatal(format!(
                "the file does not start with its `{}` header",
                masthead_core::export::EXPORT_FORMAT
            )),
            Record::Settings(mut s) => {
                s.values.remove(SETUP_DONE_KEY);
                Checked::Write(Record::Settings(s))
            }
            Record::Section(s) => {
                if s.slug.is_empty() || s.name.trim().is_empty() {
                    return Ok(Checked::Bad("a section needs a slug and a name".into()));
                }
                pass.sections.insert((s.edition, s.slug.clone()));
                Checked::Write(Record::Section(s))
            }
            Record::Tag(t) => {
                if t.slug.is_empty() || t.name.trim().is_empty() {
                    return Ok(Checked::Bad("a tag needs a slug and a name".into()));
                }
                pass.tags.insert((t.edition, t.slug.clone()));
                Checked::Write(Record::Tag(t))
            }
            Record::Author(a) => {
                if a.slug.is_empty() || a.name.trim().is_empty() {
                    return Ok(Checked::Bad("an author needs a slug and a name".into()));
                }
                pass.authors.insert((a.edition, a.slug.clone()));
                Checked::Write(Record::Author(a))
            }
            Record::Ad(mut ad) => {
                if render {
                    ad.html = ad.html.map(|h| masthead_markdown::ad_html(&h));
                }
                Checked::Write(Record::Ad(ad))
            }
            Record::Media(m) => self.restore_check_media(m).await?,
            Record::Page(p) => self.restore_check_page(pass, p, render).await?,
            Record::Redirect(r) => {
                let ok = |p: &str| p.starts_with('/') && p.len() <= MAX_REDIRECT_LEN;
                if !ok(&r.from_path) || !ok(&r.to_path) {
                    return Ok(Checked::Bad(format!(
                        "redirect `{}` → `{}`: both must be paths of the site",
                        r.from_path, r.to_path
                    )));
                }
                Checked::Write(Record::Redirect(r))
            }
            Record::Article(a) => {
                let id = a.id;
                let checked = self.restore_check_article(pass, a, render).await?;
                if matches!(checked, Checked::Bad(_)) {
                    pass.refused.insert(id);
                }
                checked
            }
            Record::Revision(r) => match pass.articles.get(&r.article) {
                Some(true) => Checked::Write(Record::Revision(r)),
                // Part of an article already stored, or of one refused.
                Some(false) => Checked::Skip,
                None if pass.refused.contains(&r.article) => Checked::Skip,
                None => Checked::Bad(format!(
                    "a revision of article {}, which does not come before it in the file",
                    r.article
                )),
            },
        })
    }

    async fn restore_check_media(&self, m: MediaRecord) -> Result<Checked, ServiceError> {
        let w = m.widths.first().copied().unwrap_or(m.width);
        if masthead_media::MediaName::parse(&format!("{}-{w}.{}", m.stem, m.ext)).is_err() {
            return Ok(Checked::Bad(format!(
                "media `{}`: not a media library name",
                m.stem
            )));
        }
        if self.store.media_by_stem(&m.stem).await?.is_some() {
            return Ok(Checked::Existing);
        }
        Ok(Checked::Write(Record::Media(m)))
    }

    async fn restore_check_page(
        &self,
        pass: &mut Pass,
        mut p: PageRecord,
        render: bool,
    ) -> Result<Checked, ServiceError> {
        let page = NewStaticPage {
            edition: p.edition,
            slug: p.slug.clone(),
            title: p.title.clone(),
            body_md: String::new(),
            ..Default::default()
        };
        if let Err(e) = page.validate() {
            return Ok(Checked::Bad(format!("page `{}`: {}", p.slug, why(&e))));
        }
        let key = p.import_key();
        if !pass.page_keys.insert((p.edition, key.clone())) {
            return Ok(Checked::Bad(format!("page `{key}` comes twice")));
        }
        if self
            .store
            .static_page_by_source(p.edition, &key)
            .await?
            .is_some()
        {
            return Ok(Checked::Existing);
        }
        if !pass.page_slugs.insert((p.edition, p.slug.clone()))
            || self.store.static_page(p.edition, &p.slug).await?.is_some()
        {
            return Ok(Checked::Bad(format!(
                "page `{}`: the {} edition has a page with this slug",
                p.slug, p.edition
            )));
        }
        if render {
            p.body_html = masthead_markdown::to_html(&p.body);
        }
        Ok(Checked::Write(Record::Page(p)))
    }

    /// Whether `slug` names a section, tag or author (`table`) of `edition`, in the file or
    /// here; what is found here is remembered.
    async fn restore_known(
        &self,
        pass: &mut Pass,
        table: &str,
        edition: Lang,
        slug: &str,
    ) -> Result<bool, ServiceError> {
        let key = (edition, slug.to_owned());
        let set = match table {
            "section" => &mut pass.sections,
            "tag" => &mut pass.tags,
            _ => &mut pass.authors,
        };
        if set.contains(&key) {
            return Ok(true);
        }
        let here = match table {
            "section" => self.store.section_by_slug(edition, slug).await?.is_some(),
            "tag" => self.store.tag_by_slug(edition, slug).await?.is_some(),
            _ => self.store.author_by_slug(edition, slug).await?.is_some(),
        };
        if here {
            set.insert(key);
        }
        Ok(here)
    }

    async fn restore_check_article(
        &self,
        pass: &mut Pass,
        mut a: Box<ArticleRecord>,
        render: bool,
    ) -> Result<Checked, ServiceError> {
        let (id, ed) = (a.id, a.edition);
        if pass.articles.contains_key(&id) || pass.refused.contains(&id) {
            return Ok(Checked::Bad(format!("article {id} comes twice")));
        }
        if let Err(e) = a.content().validate() {
            return Ok(Checked::Bad(format!(
                "article {id} (`{}`): {}",
                a.slug,
                why(&e)
            )));
        }
        let mut refs = vec![("section", a.section.clone())];
        refs.extend(a.tags.iter().map(|t| ("tag", t.clone())));
        refs.extend(
            a.author
                .iter()
                .chain(&a.coauthors)
                .map(|x| ("author", x.clone())),
        );
        for (table, slug) in refs {
            if !self.restore_known(pass, table, ed, &slug).await? {
                return Ok(Checked::Bad(format!(
                    "article {id} (`{}`): no {table} `{slug}` in the {ed} edition",
                    a.slug
                )));
            }
        }
        let key = a.import_key();
        if !self
            .store
            .existing_source_keys(ed, std::slice::from_ref(&key))
            .await?
            .is_empty()
        {
            pass.articles.insert(id, false);
            return Ok(Checked::Existing);
        }
        if let Some(other) = self.store.article(id).await? {
            return Ok(Checked::Bad(format!(
                "article {id} (`{}`): the id is taken here by `{}` ({}); an export is imported \
                 into an empty site",
                a.slug, other.slug, other.edition
            )));
        }
        for slug in std::iter::once(&a.slug).chain(&a.old_slugs) {
            let pair = (ed, slug.clone());
            if pass.article_slugs.contains(&pair) || self.store.slug_taken(ed, slug).await? {
                return Ok(Checked::Bad(format!(
                    "article {id}: the slug `{slug}` is taken in the {ed} edition"
                )));
            }
        }
        pass.article_slugs.insert((ed, a.slug.clone()));
        pass.article_slugs
            .extend(a.old_slugs.iter().map(|s| (ed, s.clone())));
        pass.articles.insert(id, true);
        if render {
            a.body_html = masthead_markdown::to_html(&a.body);
        }
        Ok(Checked::Write(Record::Article(a)))
    }

    /// `batch` without the images whose files are not in the media store (their stems go to
    /// `missing`): a record must not point at files that are not there.
    pub(super) async fn restore_media_present(
        &self,
        batch: Vec<Record>,
        missing: &mut Vec<String>,
    ) -> Vec<Record> {
        let Some(files) = self.media.get() else {
            return batch;
        };
        let mut out = Vec::with_capacity(batch.len());
        for r in batch {
            if let Record::Media(m) = &r {
                let w = m.widths.first().copied().unwrap_or(m.width);
                let here = match masthead_media::MediaName::parse(&format!("{}-{w}.webp", m.stem)) {
                    Ok(name) => match files.get(&name).await {
                        Ok(found) => found.is_some(),
                        Err(e) => {
                            tracing::warn!(stem = %m.stem, error = %e, "media store unreadable");
                            false
                        }
                    },
                    Err(_) => false,
                };
                if !here {
                    missing.push(m.stem.clone());
                    continue;
                }
            }
            out.push(r);
        }
        out
    }
}
