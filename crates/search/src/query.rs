//! From what a reader typed to an index query. The syntax is a reader's, not a programmer's:
//! words (all must match, in any form of the word), `"a phrase"` in quotes, `-word` to leave
//! out. Everything else (brackets, `AND`, `field:value`, stray quotes) is read as text, so no
//! input is a syntax error and nesting cannot go deep. Length and word count are limited before
//! anything is parsed.

use crate::analysis::{Form, fold, normalize, terms};
use crate::schema::{EditionFields, Fields};
use crate::translit;
use masthead_core::Lang;
use masthead_core::search::{MAX_QUERY_CHARS, MAX_QUERY_TERMS};
use std::collections::BTreeSet;
use tantivy::Term;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::IndexRecordOption;

/// Words shorter than this (in letters) must match exactly; longer ones may have one typo.
pub const FUZZY_MIN_CHARS: usize = 5;

/// A word whose stem is in fewer articles than this may be a typo.
const RARE: u64 = 2;

/// Field weights: a word in the title says more about the article than one in its body.
const TITLE: f32 = 4.0;
const META: f32 = 2.0;
const LEAD: f32 = 1.5;
const BODY: f32 = 1.0;
const TYPO: f32 = 0.3;
const LATIN: f32 = 2.0;

/// One piece of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Word { text: String, excluded: bool },
    Phrase(String),
}

/// Reads a query: control characters dropped, cut to [`MAX_QUERY_CHARS`], at most
/// [`MAX_QUERY_TERMS`] parts. A quote left open runs to the end.
pub fn parse(text: &str) -> Vec<Part> {
    let text: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_QUERY_CHARS)
        .collect();
    let mut parts = Vec::new();
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            if chunk.chars().any(char::is_alphanumeric) {
                parts.push(Part::Phrase(chunk.trim().to_owned()));
            }
            continue;
        }
        // `field:value` is not syntax here: its words are words.
        for raw in chunk.split(|c: char| c.is_whitespace() || c == ':') {
            // Readers type operators out of habit; every word is required anyway.
            if matches!(raw, "AND" | "OR" | "NOT" | "&&" | "||") {
                continue;
            }
            let excluded = raw.starts_with('-');
            // "covid-19" and "U.S." are one word to a reader; the analyzer splits them as the
            // index did, and they then must match as a phrase.
            let body = raw.trim_start_matches('-');
            if !body.chars().any(char::is_alphanumeric) {
                continue;
            }
            parts.push(Part::Word {
                text: body.to_owned(),
                excluded,
            });
        }
    }
    parts.truncate(MAX_QUERY_TERMS);
    parts
}

/// A built query and the stems a snippet highlights.
pub struct Built {
    pub query: Box<dyn Query>,
    pub highlight: BTreeSet<String>,
    /// Parts that must match (a query with several can be retried with any of them).
    pub required: usize,
}

/// How many articles hold a term (`Searcher::doc_freq`); decides when a word is read as a
/// typo.
pub type DocFreq<'a> = &'a dyn Fn(tantivy::schema::Field, &str) -> u64;

/// Builds the text query of `parts` over `lang`'s fields; `any` lets a result match some of
/// the words instead of all. `None` when nothing searchable is left (only exclusions, or only
/// punctuation). A word is given one typo only when its stem is (nearly) absent from the
/// edition's titles and bodies: a word the articles use is what the reader meant, and sparing
/// the typo search for it keeps common words fast.
pub fn build(
    fields: &Fields,
    lang: Lang,
    parts: &[Part],
    any: bool,
    doc_freq: DocFreq<'_>,
) -> Option<Built> {
    let f = fields.of(lang);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut highlight = BTreeSet::new();
    let mut required = 0;
    let occur = if any { Occur::Should } else { Occur::Must };
    for part in parts {
        match part {
            Part::Word { text, excluded } => {
                let stems = terms(lang, Form::Stem, text);
                if stems.is_empty() {
                    continue;
                }
                if *excluded {
                    clauses.push((Occur::MustNot, exact(f, &stems)));
                    continue;
                }
                let q = if stems.len() == 1 {
                    word(f, lang, text, &stems[0], &mut highlight, doc_freq)
                } else {
                    highlight.extend(stems.iter().cloned());
                    phrase(f, &stems)
                };
                clauses.push((occur, q));
                required += 1;
            }
            Part::Phrase(text) => {
                let stems = terms(lang, Form::Stem, text);
                if stems.is_empty() {
                    continue;
                }
                highlight.extend(stems.iter().cloned());
                let q = if stems.len() == 1 {
                    exact(f, &stems)
                } else {
                    phrase(f, &stems)
                };
                clauses.push((occur, q));
                required += 1;
            }
        }
    }
    if required == 0 {
        return None;
    }
    Some(Built {
        query: Box::new(BooleanQuery::new(clauses)),
        highlight,
        required,
    })
}

fn term(field: tantivy::schema::Field, text: &str, boost: f32) -> (Occur, Box<dyn Query>) {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    (Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost)))
}

/// The stem in any text field.
fn exact(f: &EditionFields, stems: &[String]) -> Box<dyn Query> {
    let mut any = Vec::new();
    for s in stems {
        any.push(term(f.title, s, TITLE));
        any.push(term(f.meta, s, META));
        any.push(term(f.lead, s, LEAD));
        any.push(term(f.body, s, BODY));
    }
    Box::new(BooleanQuery::new(any))
}

/// One word: its stem in any field, the stem with one typo (long, unknown words), and for a word
/// typed in Latin letters on a Russian or Armenian edition, its transliteration.
fn word(
    f: &EditionFields,
    lang: Lang,
    text: &str,
    stem: &str,
    highlight: &mut BTreeSet<String>,
    doc_freq: DocFreq<'_>,
) -> Box<dyn Query> {
    highlight.insert(stem.to_owned());
    let mut any = vec![
        term(f.title, stem, TITLE),
        term(f.meta, stem, META),
        term(f.lead, stem, LEAD),
        term(f.body, stem, BODY),
    ];
    let folded = fold(lang, text);
    if folded.chars().count() >= FUZZY_MIN_CHARS
        && folded.chars().all(char::is_alphabetic)
        && doc_freq(f.body, stem) + doc_freq(f.title, stem) < RARE
    {
        // Stems one edit away, in the stemmed text: `libary` → `libari` meets `librari` of
        // "libraries", wherever in the article the word stands.
        for field in [f.title, f.lead, f.body] {
            let fuzzy = FuzzyTermQuery::new(Term::from_field_text(field, stem), 1, true);
            any.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(fuzzy), TYPO)),
            ));
        }
    }
    if text.chars().all(|c| c.is_ascii_alphabetic()) {
        let script = match lang {
            Lang::Ru => Some(translit::latin_to_cyrillic(&folded)),
            Lang::Hy => Some(translit::latin_to_armenian(&folded)),
            Lang::En | Lang::Az => None,
        };
        if let Some(script) = script {
            if let Some(latin) = normalize(lang, Form::Latin, &script) {
                any.push(term(f.latin, &latin, LATIN));
            }
            if let Some(s) = normalize(lang, Form::Stem, &script) {
                any.push(term(f.title, &s, TITLE));
                any.push(term(f.body, &s, BODY));
                highlight.insert(s);
            }
        }
    }
    Box::new(BooleanQuery::new(any))
}

/// Stems in this order, next to each other, in the title, lead or body.
fn phrase(f: &EditionFields, stems: &[String]) -> Box<dyn Query> {
    let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (field, boost) in [(f.title, TITLE), (f.lead, LEAD), (f.body, BODY)] {
        let terms = stems
            .iter()
            .map(|s| Term::from_field_text(field, s))
            .collect();
        any.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(PhraseQuery::new(terms)), boost)),
        ));
    }
    Box::new(BooleanQuery::new(any))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(t: &str) -> Part {
        Part::Word {
            text: t.into(),
            excluded: false,
        }
    }

    #[test]
    fn words_phrases_and_exclusions() {
        assert_eq!(
            parse(r#"city "town hall" -fire"#),
            vec![
                w("city"),
                Part::Phrase("town hall".into()),
                Part::Word {
                    text: "fire".into(),
                    excluded: true
                }
            ]
        );
    }

    #[test]
    fn hostile_syntax_is_text() {
        assert_eq!(parse(r#"((((a AND b"#), vec![w("((((a"), w("b")]);
        assert_eq!(
            parse("title:chess OR league"),
            vec![w("title"), w("chess"), w("league")]
        );
        assert_eq!(
            parse(r#"open "quote"#),
            vec![w("open"), Part::Phrase("quote".into())]
        );
        assert_eq!(parse("\u{0}\u{7}  - -- \"\" ()"), vec![]);
        assert_eq!(parse(&"word ".repeat(5_000)).len(), MAX_QUERY_TERMS);
        assert_eq!(
            parse(&"x".repeat(10_000)),
            vec![w(&"x".repeat(MAX_QUERY_CHARS))]
        );
    }
}
