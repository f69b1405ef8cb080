//! The content API's use cases (SPEC A1): article lists walked with keyset cursors, one
//! article with everything its page shows, the taxonomy of an edition, breaking news and the
//! most read. The web layer reads parameters and writes JSON; the rules live here.

use crate::{ServiceError, Site};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use masthead_core::{ArticleFilter, ArticleSummary, Author, Lang, Section, Tag};
use masthead_store::{ArticleRecord, InUse};

/// Largest page of any API list (A1 "page size capped").
pub const MAX_LIMIT: u32 = 100;
/// Articles per page when the client names no `limit`.
pub const DEFAULT_LIMIT: u32 = 20;

/// Where a list stopped: the last article's time and id, and the query it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub published: Timestamp,
    pub id: i64,
    /// [`ArticleQuery::fingerprint`] of the query that made it.
    pub query: u64,
}

impl Cursor {
    /// `{seconds}.{id}.{fingerprint in hex}`: opaque to clients, safe in a URL.
    pub fn encode(&self) -> String {
        format!(
            "{}.{}.{:016x}",
            self.published.as_second(),
            self.id,
            self.query
        )
    }

    /// The cursor `s` encodes, if it is one.
    pub fn decode(s: &str) -> Option<Cursor> {
        let mut it = s.trim().split('.');
        let secs: i64 = it.next()?.parse().ok()?;
        let id: i64 = it.next()?.parse().ok()?;
        let fp = it.next()?;
        if it.next().is_some() || fp.len() != 16 {
            return None;
        }
        Some(Cursor {
            published: Timestamp::from_second(secs).ok()?,
            id,
            query: u64::from_str_radix(fp, 16).ok()?,
        })
    }
}

/// A request for a page of articles, newest first. Every filter narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleQuery {
    pub lang: Lang,
    /// Section, tag and author by slug.
    pub section: Option<String>,
    pub tag: Option<String>,
    pub author: Option<String>,
    /// Published on or after this day, through the end of `to` (site time zone).
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// 1..=[`MAX_LIMIT`].
    pub limit: u32,
    /// Continue after this cursor (from a previous page of the same query).
    pub after: Option<Cursor>,
}

impl ArticleQuery {
    /// A hash of the filters (not the limit or the cursor): a cursor only continues the query
    /// that made it. FNV-1a, 64 bits.
    pub fn fingerprint(&self) -> u64 {
        let key = format!(
            "{}|{}|{}|{}|{:?}|{:?}",
            self.lang.code(),
            self.section.as_deref().unwrap_or(""),
            self.tag.as_deref().unwrap_or(""),
            self.author.as_deref().unwrap_or(""),
            self.from,
            self.to
        );
        key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }
}

/// Why a well-formed query names nothing: each a stable code (and catalog key).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("unknown section")]
    UnknownSection,
    #[error("unknown tag")]
    UnknownTag,
    #[error("unknown author")]
    UnknownAuthor,
    /// The cursor belongs to another query.
    #[error("cursor of another query")]
    ForeignCursor,
}

impl QueryError {
    pub fn code(self) -> &'static str {
        match self {
            QueryError::UnknownSection => "unknown-section",
            QueryError::UnknownTag => "unknown-tag",
            QueryError::UnknownAuthor => "unknown-author",
            QueryError::ForeignCursor => "invalid-cursor",
        }
    }
}

/// A page of articles and where the next one starts (`None` on the last page).
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleList {
    pub items: Vec<ArticleSummary>,
    pub next: Option<Cursor>,
}

/// One article with its cover's sizes.
#[derive(Debug, Clone, PartialEq)]
pub struct FullArticle {
    pub record: ArticleRecord,
    /// The cover's variants `(width, path, media type)`, smallest first (an uploaded cover's
    /// WebP and original-format files); empty when its sizes are not known.
    pub cover_variants: Vec<(u32, String, &'static str)>,
}

impl Site {
    /// A page of an edition's published articles.
    ///
    /// # Errors
    /// The store's; `Ok(Err(_))` when a filter names nothing or the cursor is another query's.
    pub async fn api_articles(
        &self,
        q: &ArticleQuery,
    ) -> Result<Result<ArticleList, QueryError>, ServiceError> {
        let now = Timestamp::now();
        let fp = q.fingerprint();
        if q.after.is_some_and(|c| c.query != fp) {
            return Ok(Err(QueryError::ForeignCursor));
        }
        let mut f = ArticleFilter {
            edition: Some(q.lang),
            before: q.after.map(|c| (c.published, c.id)),
            ..Default::default()
        };
        if let Some(slug) = &q.section {
            match self.store.section_by_slug(q.lang, slug).await? {
                Some(s) => f.section_id = Some(s.id),
                None => return Ok(Err(QueryError::UnknownSection)),
            }
        }
        if let Some(slug) = &q.tag {
            match self.store.tag_by_slug(q.lang, slug).await? {
                Some(t) => f.tag_id = Some(t.id),
                None => return Ok(Err(QueryError::UnknownTag)),
            }
        }
        if let Some(slug) = &q.author {
            match self.store.author_by_slug(q.lang, slug).await? {
                Some(a) => f.author_id = Some(a.id),
                None => return Ok(Err(QueryError::UnknownAuthor)),
            }
        }
        let tz = self.settings().time_zone.clone();
        let at = |d: Date| d.to_zoned_datetime(tz.clone()).ok().map(|z| z.timestamp());
        f.from = q.from.and_then(at);
        f.until = q.to.and_then(|d| d.tomorrow().ok()).and_then(at);
        let limit = q.limit.clamp(1, MAX_LIMIT);
        // One more than asked tells whether a next page exists.
        let mut items = self.store.list(&f, now, limit + 1, 0).await?;
        let more = items.len() > limit as usize;
        items.truncate(limit as usize);
        let next = more.then(|| items.last()).flatten().map(|last| Cursor {
            published: last.published_at,
            id: last.id,
            query: fp,
        });
        Ok(Ok(ArticleList { items, next }))
    }

    /// A published article by id (`None` for drafts, future and unknown ones).
    ///
    /// # Errors
    /// The store's.
    pub async fn api_article(&self, id: i64) -> Result<Option<FullArticle>, ServiceError> {
        let now = Timestamp::now();
        let Some(a) = self.store.article(id).await? else {
            return Ok(None);
        };
        self.api_article_by_slug(a.edition, &a.slug, now).await
    }

    /// A published article of an edition by its current slug.
    ///
    /// # Errors
    /// The store's.
    pub async fn api_article_by_slug(
        &self,
        lang: Lang,
        slug: &str,
        now: Timestamp,
    ) -> Result<Option<FullArticle>, ServiceError> {
        if masthead_core::slug::validate(slug).is_err() {
            return Ok(None);
        }
        let Some(record) = self.store.article_page(lang, slug, now).await? else {
            return Ok(None);
        };
        let mut cover_variants = Vec::new();
        if let Some(c) = &record.article.cover
            && let Some(name) = c.url.strip_prefix("/media/")
            && let Some((stem_w, ext)) = name.rsplit_once('.')
            && let Some((stem, _)) = stem_w.rsplit_once('-')
            && let Some(m) = self.store.media_by_stem(stem).await?
        {
            let mime = masthead_core::discovery::image_mime(name).unwrap_or("image/jpeg");
            for &w in &m.widths {
                cover_variants.push((w, format!("/media/{stem}-{w}.webp"), "image/webp"));
                if ext != "webp" {
                    cover_variants.push((w, format!("/media/{stem}-{w}.{ext}"), mime));
                }
            }
        }
        Ok(Some(FullArticle {
            record,
            cover_variants,
        }))
    }

    /// The edition's sections in navigation order.
    ///
    /// # Errors
    /// The store's.
    pub async fn api_sections(&self, lang: Lang) -> Result<Vec<Section>, ServiceError> {
        Ok(self.store.sections(lang).await?)
    }

    /// The edition's tags that published articles carry, by name.
    ///
    /// # Errors
    /// The store's.
    pub async fn api_tags(&self, lang: Lang) -> Result<Vec<InUse<Tag>>, ServiceError> {
        Ok(self.store.tags_in_use(lang, Timestamp::now()).await?)
    }

    /// The edition's authors of published articles, by name.
    ///
    /// # Errors
    /// The store's.
    pub async fn api_authors(&self, lang: Lang) -> Result<Vec<InUse<Author>>, ServiceError> {
        Ok(self.store.authors_in_use(lang, Timestamp::now()).await?)
    }

    /// The edition's breaking articles, newest first, and the strip an editor set (while it
    /// is shown).
    ///
    /// # Errors
    /// The store's.
    pub async fn api_breaking(
        &self,
        lang: Lang,
        limit: u32,
    ) -> Result<(Vec<ArticleSummary>, Option<masthead_core::settings::Strip>), ServiceError> {
        let now = Timestamp::now();
        let f = ArticleFilter {
            edition: Some(lang),
            breaking: true,
            ..Default::default()
        };
        let list = self
            .store
            .list(&f, now, limit.clamp(1, MAX_LIMIT), 0)
            .await?;
        let strip = self.settings().strip(lang).filter(|s| s.shown_at(now));
        Ok((list, strip))
    }

    /// The edition's most read articles of the last day (`week`: seven days); each summary's
    /// `views` are its views in the window.
    ///
    /// # Errors
    /// The store's.
    pub async fn api_most_read(
        &self,
        lang: Lang,
        week: bool,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, ServiceError> {
        let now = Timestamp::now();
        let since = now - SignedDuration::from_hours(if week { 24 * 7 } else { 24 });
        let mut lists = self
            .store
            .most_read(lang, &[since], now, limit.clamp(1, MAX_LIMIT))
            .await?;
        Ok(lists.pop().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_read_back_and_belong_to_their_query() {
        let q = ArticleQuery {
            lang: Lang::En,
            section: Some("sport".into()),
            limit: 10,
            ..Default::default()
        };
        let c = Cursor {
            published: Timestamp::from_second(1_700_000_000).unwrap_or_default(),
            id: 42,
            query: q.fingerprint(),
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        let other = ArticleQuery {
            section: Some("news".into()),
            ..q.clone()
        };
        assert_ne!(q.fingerprint(), other.fingerprint());
        let paged = ArticleQuery {
            limit: 50,
            after: Some(c),
            ..q.clone()
        };
        assert_eq!(
            q.fingerprint(),
            paged.fingerprint(),
            "limit and cursor aside"
        );
        for bad in [
            "",
            "x",
            "1.2",
            "1.2.3",
            "1.2.zzzzzzzzzzzzzzzz",
            "1.2.0000000000000000.4",
        ] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }
}
