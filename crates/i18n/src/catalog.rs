//! The message catalogs, one Fluent bundle per language, loaded once from the embedded files.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use masthead_core::Lang;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// Each language's site catalog, then its newsroom catalog (`locales/admin/`).
const SOURCES: [(Lang, &str); 4] = [
    (
        Lang::Ru,
        concat!(
            include_str!("../locales/ru.ftl"),
            "\n",
            include_str!("../locales/admin/ru.ftl")
        ),
    ),
    (
        Lang::En,
        concat!(
            include_str!("../locales/en.ftl"),
            "\n",
            include_str!("../locales/admin/en.ftl")
        ),
    ),
    (
        Lang::Hy,
        concat!(
            include_str!("../locales/hy.ftl"),
            "\n",
            include_str!("../locales/admin/hy.ftl")
        ),
    ),
    (
        Lang::Az,
        concat!(
            include_str!("../locales/az.ftl"),
            "\n",
            include_str!("../locales/admin/az.ftl")
        ),
    ),
];

/// Writes whole numbers with the edition's grouping. A plain `fn` per language: Fluent takes a
/// function pointer, so the language rides in a const parameter.
fn number_formatter<const L: u8>(
    value: &FluentValue<'_>,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() > 9.0e15 {
        return None;
    }
    let lang = match L {
        b'r' => Lang::Ru,
        b'e' => Lang::En,
        b'h' => Lang::Hy,
        _ => Lang::Az,
    };
    Some(crate::format_number(lang, n.value as i64))
}

/// An argument of a message: text or a number (numbers choose plural forms).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

/// Every language's catalog.
pub struct Catalogs {
    bundles: Vec<(Lang, FluentBundle<FluentResource>, Vec<String>)>,
}

static EMBEDDED: LazyLock<Catalogs> = LazyLock::new(Catalogs::load_embedded);

impl Catalogs {
    /// The catalogs compiled into the binary.
    pub fn embedded() -> &'static Catalogs {
        &EMBEDDED
    }

    fn load_embedded() -> Catalogs {
        let mut bundles = Vec::new();
        for (lang, src) in SOURCES {
            // A syntax error in an embedded catalog is caught by the catalog tests; the entries
            // that parsed are still used.
            let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(res, _)| res);
            let keys = res
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(match lang {
                Lang::Ru => number_formatter::<b'r'>,
                Lang::En => number_formatter::<b'e'>,
                Lang::Hy => number_formatter::<b'h'>,
                Lang::Az => number_formatter::<b'a'>,
            }));
            let _ = bundle.add_resource(res);
            bundles.push((lang, bundle, keys));
        }
        Catalogs { bundles }
    }

    fn bundle(&self, lang: Lang) -> Option<&(Lang, FluentBundle<FluentResource>, Vec<String>)> {
        self.bundles.iter().find(|(l, _, _)| *l == lang)
    }

    /// The message `key` in `lang` with `args`; the key itself when the message is missing, so a
    /// gap shows up on the page instead of an empty string (the catalog tests keep it from happening).
    pub fn t(&self, lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some((_, bundle, _)) = self.bundle(lang) else {
            return key.to_owned();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Message ids of a language's catalog, in file order.
    pub fn keys(&self, lang: Lang) -> &[String] {
        self.bundle(lang)
            .map(|(_, _, k)| k.as_slice())
            .unwrap_or(&[])
    }

    /// Problems found when parsing a catalog (for the tests).
    pub fn parse_errors(lang: Lang) -> usize {
        SOURCES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(
                |(_, src)| match FluentResource::try_new((*src).to_owned()) {
                    Ok(_) => 0,
                    Err((_, errs)) => errs.len(),
                },
            )
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_parses_and_has_every_key() {
        let c = Catalogs::embedded();
        let en = c.keys(Lang::En);
        assert!(en.len() > 50);
        for lang in Lang::ALL {
            assert_eq!(
                Catalogs::parse_errors(lang),
                0,
                "{lang}.ftl has syntax errors"
            );
            let keys = c.keys(lang);
            for k in en {
                assert!(keys.contains(k), "{lang}.ftl lacks `{k}`");
            }
            for k in keys {
                assert!(en.contains(k), "{lang}.ftl has `{k}` that en.ftl lacks");
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let c = Catalogs::embedded();
        let views = |lang, n| c.t(lang, "article-views", &[("count", Arg::Num(n))]);
        assert_eq!(views(Lang::Ru, 1), "1 просмотр");
        assert_eq!(views(Lang::Ru, 3), "3 просмотра");
        assert_eq!(views(Lang::Ru, 5), "5 просмотров");
        assert_eq!(views(Lang::Ru, 21), "21 просмотр");
        assert_eq!(views(Lang::Ru, 180), "180 просмотров");
        assert_eq!(views(Lang::Ru, 18400), "18\u{a0}400 просмотров");
        assert_eq!(views(Lang::En, 18400), "18,400 views");
        assert_eq!(views(Lang::En, 1), "1 view");
        assert_eq!(views(Lang::En, 180), "180 views");
        assert!(views(Lang::Hy, 5).starts_with("5 "));
        assert!(views(Lang::Az, 5).starts_with("5 "));
    }

    #[test]
    fn missing_key_shows_itself() {
        assert_eq!(
            Catalogs::embedded().t(Lang::En, "no-such-key", &[]),
            "no-such-key"
        );
    }
}
