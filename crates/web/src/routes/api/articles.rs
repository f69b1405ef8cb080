//! `GET /api/v1/articles` (a page of an edition's articles, filtered, walked with cursors) and
//! `GET /api/v1/articles/{id}`, `GET /api/v1/articles/slug/{slug}?lang=` (one article).

use super::Read;
use super::model::{
    ArticleItem, ArticleListOut, ArticleOut, CorrectionOut, CoverOut, ErrorOut, FlagsOut, Named,
    SourceOut, TranslationOut, Variant, absolute,
};
use crate::error::AppError;
use axum::body::Body;
use axum::extract::Path;
use axum::http::Response;
use jiff::civil::Date;
use masthead_service::api::{
    ArticleQuery, Cursor, DEFAULT_LIMIT, FullArticle, MAX_LIMIT, QueryError,
};

const LIST_PARAMS: &[&str] = &[
    "lang", "section", "tag", "author", "from", "to", "limit", "cursor",
];

fn date(r: &Read, name: &str) -> Result<Option<Date>, AppError> {
    match r.param(name) {
        None => Ok(None),
        Some(s) if s.len() == 10 => s
            .parse::<Date>()
            .map(Some)
            .map_err(|_| AppError::BadRequest("invalid-date")),
        Some(_) => Err(AppError::BadRequest("invalid-date")),
    }
}

fn slug_param(r: &Read, name: &str, code: &'static str) -> Result<Option<String>, AppError> {
    match r.param(name) {
        None => Ok(None),
        Some(s) if masthead_core::slug::validate(&s).is_ok() => Ok(Some(s)),
        Some(_) => Err(AppError::Missing(code)),
    }
}

/// A page of an edition's published articles, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/articles",
    tag = "articles",
    params(
        ("lang" = Option<String>, Query, description = "Edition code; the default edition when absent"),
        ("section" = Option<String>, Query, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Section slug"),
        ("tag" = Option<String>, Query, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Tag slug"),
        ("author" = Option<String>, Query, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Author slug"),
        ("from" = Option<String>, Query, format = Date, description = "Published on or after this day (site time zone)"),
        ("to" = Option<String>, Query, format = Date, description = "Published on or before this day (site time zone)"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Articles per page, 20 by default"),
        ("cursor" = Option<String>, Query, pattern = "^-?[0-9]+\\.[0-9]+\\.[0-9a-f]{16}$", description = "`next_cursor` of the previous page of the same query"),
    ),
    responses(
        (status = 200, description = "A page of articles", body = ArticleListOut),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter or edition, bad date, limit or cursor", body = ErrorOut),
        (status = 404, description = "No such section, tag or author in the edition (`unknown-section`, `unknown-tag`, `unknown-author`)", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn list(r: Read) -> Response<Body> {
    let result = list_answer(&r).await;
    r.answer(result, 30)
}

async fn list_answer(r: &Read) -> Result<ArticleListOut, AppError> {
    r.only(LIST_PARAMS)?;
    r.allowed()?;
    let lang = r.edition()?;
    let mut q = ArticleQuery {
        lang,
        section: slug_param(r, "section", "unknown-section")?,
        tag: slug_param(r, "tag", "unknown-tag")?,
        author: slug_param(r, "author", "unknown-author")?,
        from: date(r, "from")?,
        to: date(r, "to")?,
        limit: r.limit(DEFAULT_LIMIT, MAX_LIMIT)?,
        after: None,
    };
    if let (Some(f), Some(t)) = (q.from, q.to)
        && f > t
    {
        return Err(AppError::BadRequest("invalid-date-range"));
    }
    if let Some(c) = r.param("cursor") {
        q.after = Some(Cursor::decode(&c).ok_or(AppError::BadRequest("invalid-cursor"))?);
    }
    let list = r.state.site.api_articles(&q).await?.map_err(|e| match e {
        QueryError::ForeignCursor => AppError::BadRequest(e.code()),
        // The filter is well-formed; what it names does not exist.
        _ => AppError::Missing(e.code()),
    })?;
    let urls = r.state.site.urls();
    let base = r.state.site.base_url();
    let next_cursor = list.next.map(|c| c.encode());
    let next_url = next_cursor.as_ref().map(|c| {
        let mut u = format!("{base}/api/v1/articles?lang={}", lang.code());
        for (k, v) in [
            ("section", q.section.as_deref()),
            ("tag", q.tag.as_deref()),
            ("author", q.author.as_deref()),
        ] {
            if let Some(v) = v {
                u.push_str(&format!("&{k}={v}"));
            }
        }
        for (k, v) in [("from", q.from), ("to", q.to)] {
            if let Some(d) = v {
                u.push_str(&format!("&{k}={d}"));
            }
        }
        u.push_str(&format!("&limit={}&cursor={c}", q.limit));
        u
    });
    Ok(ArticleListOut {
        lang: lang.code().to_owned(),
        limit: q.limit,
        items: list
            .items
            .into_iter()
            .map(|a| ArticleItem::new(&urls, base, a))
            .collect(),
        next_cursor,
        next_url,
    })
}

/// One published article by id.
#[utoipa::path(
    get,
    path = "/api/v1/articles/{id}",
    tag = "articles",
    params(("id" = i64, Path, minimum = 1, description = "Article id")),
    responses(
        (status = 200, description = "The article", body = ArticleOut),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "The id is not a number", body = ErrorOut),
        (status = 404, description = "No published article has this id", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn by_id(r: Read, Path(id): Path<String>) -> Response<Body> {
    let state = &r.state;
    let result = async {
        r.only(&[])?;
        r.allowed()?;
        let id: i64 = id
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or(AppError::BadRequest("invalid-article-id"))?;
        let found = state.site.api_article(id).await?;
        found.map(|a| full(state, a)).ok_or(AppError::NotFound)
    }
    .await;
    r.answer(result, 60)
}

/// One published article of an edition by its slug.
#[utoipa::path(
    get,
    path = "/api/v1/articles/slug/{slug}",
    tag = "articles",
    params(
        ("slug" = String, Path, description = "The article's current slug"),
        ("lang" = Option<String>, Query, description = "Edition code; the default edition when absent"),
    ),
    responses(
        (status = 200, description = "The article", body = ArticleOut),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Unknown parameter or edition", body = ErrorOut),
        (status = 404, description = "The edition has no published article with this slug", body = ErrorOut),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorOut),
    )
)]
pub async fn by_slug(r: Read, Path(slug): Path<String>) -> Response<Body> {
    let state = &r.state;
    let result = async {
        r.only(&["lang"])?;
        r.allowed()?;
        let lang = r.edition()?;
        let found = state
            .site
            .api_article_by_slug(lang, &slug, jiff::Timestamp::now())
            .await?;
        found.map(|a| full(state, a)).ok_or(AppError::NotFound)
    }
    .await;
    r.answer(result, 60)
}

fn full(state: &crate::AppState, f: FullArticle) -> ArticleOut {
    let urls = state.site.urls();
    let base = state.site.base_url();
    let rec = f.record;
    let a = rec.article;
    let ed = a.edition;
    let named = |slug: &str, name: &str, path: String| Named {
        slug: slug.to_owned(),
        name: name.to_owned(),
        url: absolute(base, &path),
    };
    let tags: Vec<Named> = rec
        .tags
        .iter()
        .map(|t| named(&t.slug, &t.name, urls.tag(ed, &t.slug)))
        .collect();
    ArticleOut {
        id: a.id,
        lang: ed.code().to_owned(),
        url: absolute(base, &urls.article(ed, &a.slug)),
        title: a.title,
        lead: a.lead,
        body_html: masthead_core::discovery::absolute_links(&a.body_html, base),
        published_at: a.published_at.unwrap_or(a.updated_at).to_string(),
        updated_at: a.updated_at.to_string(),
        section: named(
            &rec.section.slug,
            &rec.section.name,
            urls.section(ed, &rec.section.slug),
        ),
        kicker: rec
            .tags
            .first()
            .map(|t| named(&t.slug, &t.name, urls.tag(ed, &t.slug))),
        tags,
        authors: rec
            .author
            .iter()
            .chain(&rec.coauthors)
            .map(|u| named(&u.slug, &u.name, urls.author(ed, &u.slug)))
            .collect(),
        cover: a.cover.map(|c| CoverOut {
            url: absolute(base, &c.url),
            alt: c.alt,
            caption: c.caption,
            credit: c.credit,
            variants: f
                .cover_variants
                .into_iter()
                .map(|(width, path, mime)| Variant {
                    width,
                    url: absolute(base, &path),
                    mime: mime.to_owned(),
                })
                .collect(),
        }),
        source: a.source.map(|s| SourceOut {
            name: s.name,
            url: s.url,
        }),
        translations: rec
            .translations
            .into_iter()
            .map(|t| TranslationOut {
                lang: t.edition.code().to_owned(),
                id: t.id,
                url: absolute(base, &urls.article(t.edition, &t.slug)),
                slug: t.slug,
                title: t.title,
            })
            .collect(),
        corrections: rec
            .corrections
            .into_iter()
            .map(|c| CorrectionOut {
                kind: c.kind.as_str().to_owned(),
                text: c.text,
                at: c.at.to_string(),
            })
            .collect(),
        flags: FlagsOut {
            breaking: a.flags.breaking,
            top: a.flags.top,
            important: a.flags.important,
        },
        views: a.views,
        seo_title: a.seo.title,
        seo_description: a.seo.description,
        slug: a.slug,
    }
}
