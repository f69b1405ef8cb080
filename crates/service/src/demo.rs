//! The demo site loaded on first run: original articles in ru, en and hy (demo/*.json), sample
//! ads and the settings a newsroom fills in. Published times are relative to the moment of
//! loading, so the demo always looks current.

use crate::ServiceError;
use jiff::{SignedDuration, Timestamp};
use masthead_core::{
    ArticleContent, ContentBundle, Cover, Flags, Lang, NewAd, NewArticle, NewAuthor, NewSection,
    NewTag, Source, Status,
};
use serde::Deserialize;

/// The setting that records that the demo (or a real site) has been set up.
pub const SETUP_DONE_KEY: &str = "setup_done";

const FILES: [(Lang, &str); 3] = [
    (Lang::Ru, include_str!("../demo/ru.json")),
    (Lang::En, include_str!("../demo/en.json")),
    (Lang::Hy, include_str!("../demo/hy.json")),
];

#[derive(Deserialize)]
struct DemoFile {
    reprint_policy: String,
    sections: Vec<DemoNamed>,
    authors: Vec<DemoAuthor>,
    tags: Vec<DemoNamed>,
    articles: Vec<DemoArticle>,
}

#[derive(Deserialize)]
struct DemoNamed {
    slug: String,
    name: String,
}

#[derive(Deserialize)]
struct DemoAuthor {
    slug: String,
    name: String,
    bio: String,
}

#[derive(Deserialize)]
struct DemoCover {
    image: String,
    alt: String,
    caption: String,
    credit: String,
}

#[derive(Deserialize)]
struct DemoArticle {
    key: String,
    slug: String,
    #[serde(default)]
    old_slugs: Vec<String>,
    section: String,
    tags: Vec<String>,
    author: String,
    title: String,
    lead: String,
    body: String,
    age_hours: i64,
    #[serde(default)]
    breaking: bool,
    #[serde(default)]
    top: bool,
    #[serde(default)]
    important: bool,
    source: Option<Source>,
    cover: Option<DemoCover>,
    #[serde(default)]
    views: i64,
}

/// The settings of the demo site.
fn settings(lang_policies: Vec<(Lang, String)>) -> Vec<(String, String)> {
    let mut s: Vec<(String, String)> = [
        ("site_name", "Meridian"),
        ("time_zone", "Asia/Baku"),
        ("editions", "ru,en,hy"),
        ("social.twitter", "https://x.com/meridian_news_demo"),
        (
            "social.youtube",
            "https://www.youtube.com/@meridian-news-demo",
        ),
        (
            "social.instagram",
            "https://www.instagram.com/meridian_news_demo",
        ),
        (
            "social.facebook",
            "https://www.facebook.com/meridian.news.demo",
        ),
        ("social.telegram", "https://t.me/meridian_news_demo"),
        (
            "app.ios",
            "https://apps.apple.com/app/meridian-news-demo/id000000000",
        ),
        (
            "app.android",
            "https://play.google.com/store/apps/details?id=example.meridian.demo",
        ),
        (SETUP_DONE_KEY, "demo"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    for (lang, policy) in lang_policies {
        s.push((format!("reprint_policy.{}", lang.code()), policy));
    }
    s
}

fn ads() -> Vec<NewAd> {
    let ad = |edition: Option<Lang>, slot: &str, file: &str, w: i64, h: i64, alt: &str| NewAd {
        edition,
        slot: slot.into(),
        image_url: format!("/static/ads/{file}"),
        link_url: "https://caspian-coffee.example/".into(),
        alt: alt.into(),
        width: w,
        height: h,
        html: None,
    };
    let mut v = Vec::new();
    for slot in ["home", "article", "list"] {
        v.push(ad(
            Some(Lang::Ru),
            slot,
            "ad-300x250-ru.svg",
            300,
            250,
            "Caspian Coffee Roasters — кофе свежей обжарки",
        ));
        v.push(ad(
            Some(Lang::Hy),
            slot,
            "ad-300x250-hy.svg",
            300,
            250,
            "Caspian Coffee Roasters — թարմ բոված սուրճ",
        ));
        v.push(ad(
            None,
            slot,
            "ad-300x250.svg",
            300,
            250,
            "Caspian Coffee Roasters — freshly roasted coffee",
        ));
    }
    v
}

/// The whole demo site as one bundle, with times counted back from `now`.
pub fn bundle(now: Timestamp) -> Result<ContentBundle, ServiceError> {
    let mut b = ContentBundle::default();
    let mut policies = Vec::new();
    for (lang, src) in FILES {
        let file: DemoFile = serde_json::from_str(src)
            .map_err(|e| masthead_store::StoreError::Corrupt(format!("demo/{lang}.json: {e}")))?;
        policies.push((lang, file.reprint_policy));
        for (i, s) in file.sections.into_iter().enumerate() {
            b.sections.push(NewSection {
                edition: lang,
                slug: s.slug,
                name: s.name,
                position: i as i64,
            });
        }
        for t in file.tags {
            b.tags.push(NewTag {
                edition: lang,
                slug: t.slug,
                name: t.name,
            });
        }
        for a in file.authors {
            b.authors.push(NewAuthor {
                edition: lang,
                slug: a.slug,
                name: a.name,
                bio: a.bio,
            });
        }
        for a in file.articles {
            b.articles.push(NewArticle {
                edition: lang,
                content: ArticleContent {
                    slug: a.slug,
                    title: a.title,
                    lead: a.lead,
                    body_html: masthead_markdown::to_html(&a.body),
                    body_md: a.body,
                    section_slug: a.section,
                    tag_slugs: a.tags,
                    author_slug: Some(a.author),
                    coauthor_slugs: vec![],
                    flags: Flags {
                        breaking: a.breaking,
                        top: a.top,
                        important: a.important,
                    },
                    source: a.source,
                    cover: a.cover.map(|c| Cover {
                        url: format!("/static/covers/{}", c.image),
                        alt: c.alt,
                        caption: c.caption,
                        credit: c.credit,
                    }),
                    seo: Default::default(),
                },
                status: Status::Published,
                published_at: Some(now - SignedDuration::from_mins(a.age_hours * 60 + 7)),
                translation_key: Some(a.key),
                views: a.views,
                old_slugs: a.old_slugs,
                source_key: None,
            });
        }
    }
    b.settings = settings(policies);
    b.ads = ads();
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    #[test]
    fn demo_meets_the_brief() {
        let b = bundle(Timestamp::now()).unwrap_or_else(|e| panic!("{e}"));
        assert!(b.articles.len() >= 40);
        for a in &b.articles {
            a.validate()
                .unwrap_or_else(|e| panic!("{}: {e}", a.content.slug));
        }
        let sections: HashSet<_> = b.articles.iter().map(|a| &a.content.section_slug).collect();
        assert!(sections.len() >= 6);
        let mut by_key: HashMap<&str, HashSet<Lang>> = HashMap::new();
        for a in &b.articles {
            by_key
                .entry(a.translation_key.as_deref().unwrap_or(""))
                .or_default()
                .insert(a.edition);
        }
        assert!(
            by_key.values().filter(|eds| eds.len() == 3).count() >= 10,
            "ten stories in all three editions"
        );
        for lang in [Lang::Ru, Lang::En, Lang::Hy] {
            let mine: Vec<_> = b.articles.iter().filter(|a| a.edition == lang).collect();
            assert_eq!(
                mine.iter().filter(|a| a.content.flags.breaking).count(),
                1,
                "{lang}: one breaking"
            );
            assert!(
                mine.iter().any(|a| a.content.source.is_some()),
                "{lang}: a reprint"
            );
            assert!(mine.iter().any(|a| a.content.flags.important));
            assert!(
                mine.iter().any(|a| !a.old_slugs.is_empty()),
                "{lang}: an old slug"
            );
        }
    }

    /// The demo's slugs are what the one transliteration scheme makes of their titles (cut
    /// at a word where a title is long), and its taxonomy slugs of their names.
    #[test]
    fn demo_slugs_follow_the_transliteration_scheme() {
        let b = bundle(Timestamp::now()).unwrap_or_else(|e| panic!("{e}"));
        let mut wrong = Vec::new();
        for a in b.articles.iter().filter(|a| a.edition != Lang::En) {
            let made = masthead_core::slug::slugify(&a.content.title);
            let s = &a.content.slug;
            if !(made == *s || made.starts_with(&format!("{s}-"))) {
                wrong.push(format!("{s} (scheme: {made})"));
            }
        }
        for t in b.tags.iter().filter(|t| t.edition != Lang::En) {
            let made = masthead_core::slug::slugify(&t.name);
            if made != t.slug {
                wrong.push(format!("tag {} (scheme: {made})", t.slug));
            }
        }
        assert!(
            wrong.is_empty(),
            "slugs off the scheme:\n{}",
            wrong.join("\n")
        );
    }
}
