//! The template environment: embedded templates, the `t` translation function, `url_for`, date
//! filters and content-hashed asset URLs.

use masthead_core::admin::settings::{SettingsBody, StripBody};
use masthead_core::admin::{
    AdminPage, AuditBody, DashboardBody, LinkBody, LoginBody, MessageBody, ProfileBody, StaffBody,
};
use masthead_core::editor::{EditorBody, HistoryBody, MediaBody};
use masthead_core::page::{
    ArticleBody, Chrome, CorrectionsBody, ErrorBody, Head, HomeBody, ListBody, Page, SearchBody,
    StaticPageBody,
};
use masthead_core::{Lang, RouteKind, Urls};
use masthead_i18n::{Arg, Catalogs, TimeZone};
use masthead_markdown::esc;
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, ErrorKind, State};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;
use thiserror::Error;

/// A template that failed to render: a bug, its message is for the log.
#[derive(Debug, Error)]
#[error("template error: {0}")]
pub struct RenderError(String);

impl RenderError {
    pub fn from_message(m: impl Into<String>) -> Self {
        RenderError(m.into())
    }
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("article.html", include_str!("../templates/article.html")),
    ("list.html", include_str!("../templates/list.html")),
    ("search.html", include_str!("../templates/search.html")),
    ("error.html", include_str!("../templates/error.html")),
    (
        "admin/base.html",
        include_str!("../templates/admin/base.html"),
    ),
    (
        "admin/macros.html",
        include_str!("../templates/admin/macros.html"),
    ),
    (
        "admin/login.html",
        include_str!("../templates/admin/login.html"),
    ),
    (
        "admin/link.html",
        include_str!("../templates/admin/link.html"),
    ),
    (
        "admin/message.html",
        include_str!("../templates/admin/message.html"),
    ),
    (
        "admin/dashboard.html",
        include_str!("../templates/admin/dashboard.html"),
    ),
    (
        "admin/staff.html",
        include_str!("../templates/admin/staff.html"),
    ),
    (
        "admin/tokens.html",
        include_str!("../templates/admin/tokens.html"),
    ),
    (
        "admin/profile.html",
        include_str!("../templates/admin/profile.html"),
    ),
    (
        "admin/audit.html",
        include_str!("../templates/admin/audit.html"),
    ),
    (
        "admin/editor.html",
        include_str!("../templates/admin/editor.html"),
    ),
    (
        "admin/history.html",
        include_str!("../templates/admin/history.html"),
    ),
    (
        "admin/media.html",
        include_str!("../templates/admin/media.html"),
    ),
    (
        "corrections.html",
        include_str!("../templates/corrections.html"),
    ),
    ("page.html", include_str!("../templates/page.html")),
    (
        "admin/pages.html",
        include_str!("../templates/admin/pages.html"),
    ),
    (
        "admin/page_editor.html",
        include_str!("../templates/admin/page_editor.html"),
    ),
    (
        "admin/redirects.html",
        include_str!("../templates/admin/redirects.html"),
    ),
    (
        "admin/settings.html",
        include_str!("../templates/admin/settings.html"),
    ),
    (
        "admin/strip.html",
        include_str!("../templates/admin/strip.html"),
    ),
];

/// The `<picture>` (or plain `<img>`) of [`Renderer`]'s `picture` template function.
/// `priority` is `high` for the page's main image, anything else loads lazily.
pub fn picture_html(url: &str, alt: &str, sizes: &str, priority: &str) -> String {
    let load = if priority == "high" {
        "fetchpriority=\"high\""
    } else {
        "loading=\"lazy\""
    };
    match masthead_core::newsroom::responsive(url) {
        Some(r) => format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{}\"><img src=\"{}\" srcset=\"{}\" sizes=\"{}\" alt=\"{}\" width=\"1200\" height=\"675\" {load} decoding=\"async\"></picture>",
            esc(&r.webp),
            esc(sizes),
            esc(&r.src),
            esc(&r.original),
            esc(sizes),
            esc(alt)
        ),
        None => format!(
            "<img src=\"{}\" alt=\"{}\" width=\"1200\" height=\"675\" {load} decoding=\"async\">",
            esc(url),
            esc(alt)
        ),
    }
}

/// Gives each image of an article body that comes from the media library (`<img src="/media/…">`,
/// as the sanitizer writes it) a `<picture>` with `srcset` in WebP and its own format (SPEC
/// R10); other images and all other markup stay as they are. The body is already sanitized:
/// only the `src` value, parsed by [`masthead_core::newsroom::responsive`], is read, and what is
/// added is escaped.
pub fn responsive_body(html: &str) -> String {
    const SIZES: &str = "(min-width: 1100px) 760px, 100vw";
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(i) = rest.find("<img ") {
        let Some(end) = rest[i..].find('>').map(|e| i + e + 1) else {
            break;
        };
        let tag = &rest[i..end];
        let src = tag
            .split_once("src=\"")
            .and_then(|(_, after)| after.split_once('"'))
            .map(|(v, _)| v);
        out.push_str(&rest[..i]);
        match src.and_then(masthead_core::newsroom::responsive) {
            Some(r) if !tag.contains("srcset") => {
                out.push_str(&format!(
                    "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\">",
                    esc(&r.webp)
                ));
                out.push_str(&tag[..tag.len() - 1]);
                out.push_str(&format!(
                    " srcset=\"{}\" sizes=\"{SIZES}\"></picture>",
                    esc(&r.original)
                ));
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A page body and the template that shows it.
pub trait PageModel: Serialize {
    const TEMPLATE: &'static str;
}

impl PageModel for HomeBody {
    const TEMPLATE: &'static str = "home.html";
}
impl PageModel for ArticleBody {
    const TEMPLATE: &'static str = "article.html";
}
impl PageModel for ListBody {
    const TEMPLATE: &'static str = "list.html";
}
impl PageModel for SearchBody {
    const TEMPLATE: &'static str = "search.html";
}
impl PageModel for ErrorBody {
    const TEMPLATE: &'static str = "error.html";
}
impl PageModel for LoginBody {
    const TEMPLATE: &'static str = "admin/login.html";
}
impl PageModel for LinkBody {
    const TEMPLATE: &'static str = "admin/link.html";
}
impl PageModel for MessageBody {
    const TEMPLATE: &'static str = "admin/message.html";
}
impl PageModel for DashboardBody {
    const TEMPLATE: &'static str = "admin/dashboard.html";
}
impl PageModel for StaffBody {
    const TEMPLATE: &'static str = "admin/staff.html";
}
impl PageModel for masthead_core::admin::TokensBody {
    const TEMPLATE: &'static str = "admin/tokens.html";
}
impl PageModel for ProfileBody {
    const TEMPLATE: &'static str = "admin/profile.html";
}
impl PageModel for AuditBody {
    const TEMPLATE: &'static str = "admin/audit.html";
}
impl PageModel for EditorBody {
    const TEMPLATE: &'static str = "admin/editor.html";
}
impl PageModel for HistoryBody {
    const TEMPLATE: &'static str = "admin/history.html";
}
impl PageModel for MediaBody {
    const TEMPLATE: &'static str = "admin/media.html";
}
impl PageModel for CorrectionsBody {
    const TEMPLATE: &'static str = "corrections.html";
}
impl PageModel for StaticPageBody {
    const TEMPLATE: &'static str = "page.html";
}
impl PageModel for masthead_core::admin::pages::PagesBody {
    const TEMPLATE: &'static str = "admin/pages.html";
}
impl PageModel for masthead_core::admin::pages::PageEditorBody {
    const TEMPLATE: &'static str = "admin/page_editor.html";
}
impl PageModel for masthead_core::admin::pages::RedirectsBody {
    const TEMPLATE: &'static str = "admin/redirects.html";
}
impl PageModel for SettingsBody {
    const TEMPLATE: &'static str = "admin/settings.html";
}
impl PageModel for StripBody {
    const TEMPLATE: &'static str = "admin/strip.html";
}

/// What admin templates see: the page, the language, a `chrome` with what date filters read,
/// and the CSP nonce of the response.
#[derive(Serialize)]
struct AdminCtx<'a, B: Serialize> {
    lang: Lang,
    chrome: AdminChrome<'a>,
    page: &'a AdminPage<B>,
    nonce: &'a str,
}

#[derive(Serialize)]
struct AdminChrome<'a> {
    time_zone: &'a str,
}

/// Renders pages. Cheap to share: hold it in an `Arc`.
pub struct Renderer {
    env: Environment<'static>,
}

#[derive(Serialize)]
struct Ctx<'a, P: Serialize> {
    lang: Lang,
    chrome: &'a Chrome,
    head: &'a Head,
    /// The page's absolute canonical address; empty for pages that have none (errors).
    canonical: String,
    page: &'a P,
}

fn lang_of(state: &State) -> Lang {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or(Lang::Ru)
}

/// The URL builder of the page being rendered (its chrome knows the default edition).
fn urls_of(state: &State) -> Urls {
    let default = state
        .lookup("chrome")
        .and_then(|c| c.get_attr("default_edition").ok())
        .and_then(|v| v.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or(Lang::Ru);
    Urls::new(default)
}

fn tz_of(state: &State) -> TimeZone {
    state
        .lookup("chrome")
        .and_then(|c| c.get_attr("time_zone").ok())
        .and_then(|v| v.as_str().and_then(|s| TimeZone::get(s).ok()))
        .unwrap_or(TimeZone::UTC)
}

fn parse_ts(v: &str) -> Result<jiff::Timestamp, minijinja::Error> {
    v.parse().map_err(|e| {
        minijinja::Error::new(ErrorKind::InvalidOperation, format!("bad timestamp: {e}"))
    })
}

impl Renderer {
    /// `assets` maps a logical asset name ("site.css") to its content-hashed URL.
    pub fn new(assets: HashMap<String, String>) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        for (name, src) in TEMPLATES {
            env.add_template(name, src)
                .map_err(|e| RenderError(e.to_string()))?;
        }
        // minijinja's HTML escaping also escapes `/`, which turns every href into `&#x2f;…`:
        // valid, but bigger and unreadable. Escape what HTML needs and nothing more.
        env.set_formatter(|out, state, value| {
            if matches!(state.auto_escape(), minijinja::AutoEscape::Html)
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return masthead_markdown::write_escaped(out, s).map_err(minijinja::Error::from);
            }
            minijinja::escape_formatter(out, state, value)
        });
        // An icon from the sprite: a function, not a template macro, since a page draws dozens.
        let sprite = assets
            .get("icons.svg")
            .cloned()
            .unwrap_or_else(|| "/static/icons.svg".into());
        env.add_function("icon", move |name: &str| -> Value {
            let mut svg = String::with_capacity(120);
            svg.push_str(
                "<svg class=\"icon\" aria-hidden=\"true\" focusable=\"false\"><use href=\"",
            );
            let _ = masthead_markdown::write_escaped(&mut svg, &sprite);
            svg.push('#');
            let _ = masthead_markdown::write_escaped(&mut svg, name);
            svg.push_str("\"></use></svg>");
            Value::from_safe_string(svg)
        });
        // A cover or card image: uploaded media get `srcset` in WebP and their own format
        // (SPEC R10); other addresses (demo covers, external images) are shown as they are.
        env.add_function(
            "picture",
            |url: &str, alt: &str, sizes: &str, priority: &str| -> Value {
                Value::from_safe_string(picture_html(url, alt, sizes, priority))
            },
        );
        env.add_filter("responsive_images", |html: &str| -> Value {
            // The article body is sanitized HTML already; this only adds `srcset`.
            Value::from_safe_string(responsive_body(html))
        });
        let assets = Arc::new(assets);
        env.add_function("asset", move |name: &str| -> String {
            assets
                .get(name)
                .cloned()
                .unwrap_or_else(|| format!("/static/{name}"))
        });
        env.add_function(
            "t",
            |state: &State, key: &str, kwargs: Kwargs| -> Result<String, minijinja::Error> {
                let lang = lang_of(state);
                let mut owned: Vec<(String, Value)> = Vec::new();
                for k in kwargs.args() {
                    owned.push((k.to_owned(), kwargs.get::<Value>(k)?));
                }
                kwargs.assert_all_used()?;
                let strs: Vec<String> = owned.iter().map(|(_, v)| v.to_string()).collect();
                let args: Vec<(&str, Arg<'_>)> = owned
                    .iter()
                    .zip(&strs)
                    .map(|((k, v), s)| {
                        let arg = match v.as_i64() {
                            Some(n) if v.is_integer() => Arg::Num(n),
                            _ => Arg::Str(s.as_str()),
                        };
                        (k.as_str(), arg)
                    })
                    .collect();
                Ok(Catalogs::embedded().t(lang, key, &args))
            },
        );
        // A message with one argument shown as a link, e.g. "Reprinted from <a>Outlet</a>":
        // the message and the link text are escaped, the link is ours.
        env.add_function(
            "t_link",
            |state: &State, key: &str, arg: &str, text: &str, href: &str| -> Value {
                const MARK: &str = "\u{E000}";
                let msg = Catalogs::embedded().t(lang_of(state), key, &[(arg, Arg::Str(MARK))]);
                let link = format!(
                    "<a href=\"{}\" rel=\"noopener nofollow\" target=\"_blank\">{}</a>",
                    esc(href),
                    esc(text)
                );
                Value::from_safe_string(esc(&msg).replacen(MARK, &link, 1))
            },
        );
        env.add_filter(
            "datetime",
            |state: &State, v: &str| -> Result<String, minijinja::Error> {
                Ok(masthead_i18n::format_datetime(
                    lang_of(state),
                    parse_ts(v)?,
                    &tz_of(state),
                ))
            },
        );
        // `url_for('article', slug)`: an address of the page's edition, from the one builder.
        env.add_function(
            "url_for",
            |state: &State, kind: &str, slug: Option<&str>| -> Result<String, minijinja::Error> {
                let kind = match kind {
                    "home" => RouteKind::Home,
                    "article" => RouteKind::Article,
                    "section" => RouteKind::Section,
                    "tag" => RouteKind::Tag,
                    "author" => RouteKind::Author,
                    "search" => RouteKind::Search,
                    "page" => RouteKind::Page,
                    other => {
                        return Err(minijinja::Error::new(
                            ErrorKind::InvalidOperation,
                            format!("url_for: unknown page kind {other}"),
                        ));
                    }
                };
                Ok(urls_of(state).by_kind(lang_of(state), kind, slug.unwrap_or("")))
            },
        );
        // When a listed item happened: the time today, "yesterday, 23:31", else date and time.
        env.add_filter(
            "recent",
            |state: &State, v: &str| -> Result<String, minijinja::Error> {
                Ok(masthead_i18n::format_recent(
                    lang_of(state),
                    parse_ts(v)?,
                    jiff::Timestamp::now(),
                    &tz_of(state),
                ))
            },
        );
        // The heading of a listed item's day: none for today, "Yesterday", else the date.
        env.add_filter(
            "day_label",
            |state: &State, v: &str| -> Result<Option<String>, minijinja::Error> {
                Ok(masthead_i18n::day_label(
                    lang_of(state),
                    parse_ts(v)?,
                    jiff::Timestamp::now(),
                    &tz_of(state),
                ))
            },
        );
        // A calendar date in the site's time zone ("12 May 2024").
        env.add_filter(
            "date",
            |state: &State, v: &str| -> Result<String, minijinja::Error> {
                let z = masthead_i18n::zoned(parse_ts(v)?, &tz_of(state));
                Ok(masthead_i18n::format_date(lang_of(state), z.date()))
            },
        );
        env.add_filter(
            "time",
            |state: &State, v: &str| -> Result<String, minijinja::Error> {
                Ok(masthead_i18n::format_time(parse_ts(v)?, &tz_of(state)))
            },
        );
        env.add_filter(
            "iso",
            |state: &State, v: &str| -> Result<String, minijinja::Error> {
                let z = masthead_i18n::zoned(parse_ts(v)?, &tz_of(state));
                Ok(z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
            },
        );
        crate::ld::register(&mut env);
        env.add_filter("urlencode_all", |v: &str| -> String {
            masthead_core::urls::encode_query_value(v)
        });
        Ok(Renderer { env })
    }

    /// Renders a newsroom page in its person's language; `nonce` is the response's CSP nonce,
    /// carried by every script tag.
    ///
    /// # Errors
    /// `RenderError` when a template fails (a bug: the message is for the log).
    pub fn render_admin<B: PageModel>(
        &self,
        page: &AdminPage<B>,
        nonce: &str,
    ) -> Result<String, RenderError> {
        let tmpl = self
            .env
            .get_template(B::TEMPLATE)
            .map_err(|e| RenderError(e.to_string()))?;
        let ctx = AdminCtx {
            lang: page.lang,
            chrome: AdminChrome {
                time_zone: &page.shell.time_zone,
            },
            page,
            nonce,
        };
        tmpl.render(Value::from(minijinja::value::Serde(&ctx)))
            .map_err(|e| RenderError(format!("{e:#}")))
    }

    /// Renders a page with the template its body belongs to.
    ///
    /// # Errors
    /// `RenderError` when a template fails (a bug: the message is for the log).
    pub fn render<P: PageModel>(&self, page: &Page<P>) -> Result<String, RenderError> {
        let name = P::TEMPLATE;
        let tmpl = self
            .env
            .get_template(name)
            .map_err(|e| RenderError(e.to_string()))?;
        let chrome = &page.chrome;
        let head = &page.head;
        let ctx = Ctx {
            lang: chrome.lang,
            chrome,
            head,
            canonical: if head.path.is_empty() {
                String::new()
            } else {
                format!("{}{}", chrome.base_url, head.path)
            },
            page: &page.body,
        };
        tmpl.render(Value::from(minijinja::value::Serde(&ctx)))
            .map_err(|e| RenderError(format!("{e:#}")))
    }
}

#[cfg(test)]
mod help_tests {
    /// The editor's help lists, in the person's language, every construct the Markdown crate
    /// says it does not render (`md-x-*` keys, one pair per entry).
    #[test]
    fn the_editors_markdown_help_lists_every_unsupported_construct() {
        let editor = include_str!("../templates/admin/editor.html");
        assert_eq!(
            editor.matches("-then') }}</dd>").count(),
            masthead_markdown::UNSUPPORTED.len()
        );
    }
}

#[cfg(test)]
mod responsive_tests {
    use super::responsive_body;

    #[test]
    fn library_images_in_a_body_get_srcset_and_others_stay() {
        let stem = "0123456789abcdef0123456789abcdef";
        let body = format!(
            "<p>a</p><figure><img src=\"/media/{stem}-960.jpg\" alt=\"x\" loading=\"lazy\"></figure><img src=\"/static/a.png\" alt=\"\"><img src=\"https://e.com/media/{stem}-960.jpg\">"
        );
        let out = responsive_body(&body);
        assert!(out.contains(&format!(
            "<picture><source type=\"image/webp\" srcset=\"/media/{stem}-320.webp 320w, /media/{stem}-640.webp 640w, /media/{stem}-960.webp 960w\""
        )));
        assert!(out.contains(&format!("srcset=\"/media/{stem}-320.jpg 320w")));
        assert!(out.contains("<img src=\"/static/a.png\" alt=\"\">"));
        assert!(out.contains(&format!("<img src=\"https://e.com/media/{stem}-960.jpg\">")));
        assert_eq!(out.matches("<picture>").count(), 1);
        assert_eq!(responsive_body("<p>no images</p>"), "<p>no images</p>");
        assert_eq!(
            responsive_body("<img src=\"/media/x"),
            "<img src=\"/media/x"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::TEMPLATES;
    use masthead_core::{AuditAction, Lang, Role, Status};
    use masthead_i18n::Catalogs;

    /// Every message key a template names: `t('key')` literally, and for keys built from a
    /// prefix (`t('role-' ~ r)`) every value the prefix is completed with.
    fn keys() -> Vec<String> {
        let mut out = Vec::new();
        for (name, src) in TEMPLATES {
            for func in ["t('", "t_link('"] {
                let starts = src.match_indices(func).filter(|(i, _)| {
                    // `asset('…')` is not `t('…')`.
                    !src[..*i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_')
                });
                for (i, _) in starts {
                    let piece = &src[i + func.len()..];
                    let Some(end) = piece.find('\'') else {
                        continue;
                    };
                    let key = &piece[..end];
                    let rest = &piece[end + 1..];
                    if rest.trim_start().starts_with('~') {
                        let values: Vec<String> = match key {
                            "role-" => Role::ALL.iter().map(|r| r.as_str().into()).collect(),
                            "audit-" => {
                                AuditAction::ALL.iter().map(|a| a.as_str().into()).collect()
                            }
                            "status-" => [
                                Status::Draft,
                                Status::Review,
                                Status::Scheduled,
                                Status::Published,
                                Status::Unpublished,
                            ]
                            .iter()
                            .map(|s| s.as_str().into())
                            .collect(),
                            "correction-kind-" => [
                                masthead_core::newsroom::CorrectionKind::Correction,
                                masthead_core::newsroom::CorrectionKind::Update,
                            ]
                            .iter()
                            .map(|k| k.as_str().into())
                            .collect(),
                            other => panic!(
                                "{name}: a key built from `{other}` is not known to this test"
                            ),
                        };
                        out.extend(values.iter().map(|v| format!("{key}{v}")));
                    } else {
                        out.push(key.to_owned());
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn every_key_a_template_names_is_in_every_catalog() {
        let c = Catalogs::embedded();
        let keys = keys();
        assert!(
            keys.len() > 100,
            "the scan found the templates' keys: {}",
            keys.len()
        );
        for lang in Lang::ALL {
            let have = c.keys(lang);
            let missing: Vec<&String> = keys.iter().filter(|k| !have.contains(k)).collect();
            assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        }
    }
}
