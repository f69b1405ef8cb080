//! Language analysis: how text of each edition becomes index terms. One word tokenizer for
//! every script, then [`normalize`]: lower case (Azerbaijani's dotted and dotless i kept apart
//! before folding), Unicode NFC, invisible and emphasis marks dropped, Cyrillic `ё` read as
//! `е`, Latin diacritics folded (`café` → `cafe`, `ə` → `e`), then the edition's stemmer:
//! Snowball English, Russian and Armenian (the pure-Rust port `waken_snowball`; tantivy's own
//! stemmer has no Armenian), and for Azerbaijani the first five letters of the folded word
//! (prefix truncation, which Can et al., "Information retrieval on Turkish texts", JASIST 59(3),
//! 2008, found as good as a full stemmer for the closely related Turkish; measured here on the
//! az queries it finds 0.90 of the judged articles against 0.74 for Snowball Turkish). Latin
//! words inside Russian or Armenian text are stemmed as English.

use crate::translit;
use masthead_core::Lang;
use std::cell::RefCell;
use std::collections::HashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use waken_snowball::{Algorithm, stem};

/// Longest word indexed, in bytes; longer runs (URLs, hashes) are left out.
const MAX_WORD_BYTES: usize = 60;
/// Letters an Azerbaijani word is cut to.
const AZ_PREFIX: usize = 5;
/// Letters an Armenian stem is made of: the Snowball stemmer takes endings off in layers and
/// leaves forms of one word apart (`ընտրություն` → `ընտրու`, `ընտրություններ` → `ընտր`;
/// `գնացքը` stays, `գնացքներ` → `գնացքն`), so its stem is cut to five letters, or, when it cut
/// deeper than that, the word's first five are taken — the prefix rule that serves
/// Azerbaijani, kept to words Snowball has read.
const HY_PREFIX: usize = 5;

/// What a term of a field is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Folded and stemmed: the main fields.
    Stem,
    /// Folded, not stemmed: the field typo tolerance searches.
    Word,
    /// Stemmed, then written in Latin letters and reduced to a skeleton that absorbs spelling
    /// variants: what a query typed in Latin letters meets (Russian and Armenian only).
    Latin,
}

/// The tokenizer name of an edition's form, as registered on the index.
pub fn analyzer_name(lang: Lang, form: Form) -> String {
    let f = match form {
        Form::Stem => "stem",
        Form::Word => "word",
        Form::Latin => "latin",
    };
    format!("{}_{f}", lang.code())
}

/// Every analyzer the schema names, to register on an index.
pub fn analyzers() -> Vec<(String, TextAnalyzer)> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for form in [Form::Stem, Form::Word, Form::Latin] {
            out.push((analyzer_name(lang, form), analyzer(lang, form)));
        }
    }
    out
}

/// The analyzer of one edition and form.
pub fn analyzer(lang: Lang, form: Form) -> TextAnalyzer {
    TextAnalyzer::builder(Words::default())
        .filter(Normalize { lang, form })
        .build()
}

/// The terms `text` yields for an edition and form, in order (a query's words go through this).
pub fn terms(lang: Lang, form: Form, text: &str) -> Vec<String> {
    let mut a = analyzer(lang, form);
    let mut stream = a.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Characters that belong inside a word though they are not letters: combining marks, the soft
/// hyphen, zero-width joiners, and Armenian emphasis, exclamation and question marks, which are
/// written over a word's stressed vowel (`ինչո՞ւ`).
fn joins_word(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{00ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}'
        | '\u{055b}' | '\u{055c}' | '\u{055e}')
}

/// `char::is_alphanumeric` with the scripts of the editions answered without a table search
/// (that search was a seventh of a search's time, tokenizing Cyrillic snippets).
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c, 'А'..='я' | 'Ё' | 'ё' | '\u{0531}'..='\u{0556}' | '\u{0561}'..='\u{0587}')
        || c.is_alphanumeric()
}

fn is_word_char(c: char) -> bool {
    is_letter(c) || joins_word(c)
}

/// The byte ranges of the words of `text`, as the index's tokenizer splits them.
pub fn word_ranges(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let (start, _) = rest.char_indices().find(|&(_, c)| is_letter(c))?;
        let from = at + start;
        let len = text[from..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(text.len() - from, |(i, _)| i);
        at = from + len;
        Some(from..from + len)
    })
}

/// A character as the opening of a folded word: lower case, `ё` as `е`, a Latin letter
/// without its diacritics.
pub fn key_char(lang: Lang, c: char) -> char {
    let l = match c {
        'I' if lang == Lang::Az => 'ı',
        'İ' => 'i',
        c if c.is_ascii() => return c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{0531}'..='\u{0556}' => char::from_u32(c as u32 + 0x30).unwrap_or(c),
        'Ё' | 'ё' => return 'е',
        c if c.is_lowercase() => c,
        c => c.to_lowercase().next().unwrap_or(c),
    };
    if is_latin(l) || l == 'ı' {
        let mut out = String::with_capacity(4);
        fold_latin(l, &mut out);
        return out.chars().next().unwrap_or(l);
    }
    l
}

/// The stem of one word of `lang`, as the index's stemming analyzer makes it.
pub fn stem_of(lang: Lang, word: &str) -> String {
    stem_word(lang, &fold(lang, word))
}

/// Lower case of one character, Cyrillic and Armenian capitals by their fixed offsets.
fn lower_char(c: char, out: &mut String) {
    match c {
        'А'..='Я' | '\u{0531}'..='\u{0556}' => {
            let offset = if c <= 'Я' { 0x20 } else { 0x30 };
            out.push(char::from_u32(c as u32 + offset).unwrap_or(c));
        }
        'Ё' => out.push('ё'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// Splits text into words: runs of letters and digits (and the marks of [`joins_word`]).
#[derive(Clone, Default)]
pub struct Words {
    token: Token,
}

pub struct WordStream<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
}

impl Tokenizer for Words {
    type TokenStream<'a> = WordStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            text,
            at: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        let rest = &self.text[self.at..];
        let Some((start, _)) = rest.char_indices().find(|&(_, c)| is_letter(c)) else {
            self.at = self.text.len();
            return false;
        };
        let from = self.at + start;
        let len = self.text[from..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(self.text.len() - from, |(i, _)| i);
        self.token.text.clear();
        self.token.text.push_str(&self.text[from..from + len]);
        self.token.offset_from = from;
        self.token.offset_to = from + len;
        self.token.position = self.token.position.wrapping_add(1);
        self.at = from + len;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The token filter running [`normalize`]; words it empties are skipped.
#[derive(Clone, Copy)]
pub struct Normalize {
    pub lang: Lang,
    pub form: Form,
}

#[derive(Clone)]
pub struct NormalizeTokenizer<T> {
    inner: T,
    how: Normalize,
}

pub struct NormalizeStream<S> {
    inner: S,
    how: Normalize,
}

impl TokenFilter for Normalize {
    type Tokenizer<T: Tokenizer> = NormalizeTokenizer<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> NormalizeTokenizer<T> {
        NormalizeTokenizer {
            inner: tokenizer,
            how: self,
        }
    }
}

impl<T: Tokenizer> Tokenizer for NormalizeTokenizer<T> {
    type TokenStream<'a> = NormalizeStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        NormalizeStream {
            inner: self.inner.token_stream(text),
            how: self.how,
        }
    }
}

impl<S: TokenStream> TokenStream for NormalizeStream<S> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            let word = &self.inner.token().text;
            if word.len() > MAX_WORD_BYTES {
                continue;
            }
            let term = normalize(self.how.lang, self.how.form, word);
            if let Some(term) = term.filter(|t| !t.is_empty()) {
                self.inner.token_mut().text = term;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

/// One word of an edition as a term of `form`; `None` when nothing is left of it.
pub fn normalize(lang: Lang, form: Form, word: &str) -> Option<String> {
    let folded = fold(lang, word);
    if folded.is_empty() {
        return None;
    }
    let stemmed = match form {
        Form::Word => return Some(folded),
        Form::Stem | Form::Latin => stem_word(lang, &folded),
    };
    match form {
        Form::Latin => match lang {
            Lang::Ru => Some(translit::skeleton(&translit::cyrillic_to_latin(&stemmed))),
            Lang::Hy => Some(translit::skeleton(&translit::armenian_to_latin(&stemmed))),
            Lang::En | Lang::Az => Some(stemmed),
        },
        _ => Some(stemmed),
    }
}

/// Lower case, NFC, marks dropped, `ё` → `е`, Latin letters without diacritics.
pub fn fold(lang: Lang, word: &str) -> String {
    // Most words of most texts: plain ASCII, nothing to do but lower case (an Azerbaijani `I`
    // is the one ASCII letter that lowers to something else).
    if word.is_ascii() && !(lang == Lang::Az && word.contains('I')) {
        return word.to_ascii_lowercase();
    }
    let mut lower = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            // Azerbaijani (like Turkish) pairs I with ı and İ with i.
            'I' if lang == Lang::Az => lower.push('ı'),
            'İ' => lower.push('i'),
            c => lower_char(c, &mut lower),
        }
    }
    // Armenian `և` is also typed as its two letters `եւ` (keyboards without it, the older
    // spelling): one form for both.
    if lower.contains("եւ") {
        lower = lower.replace("եւ", "և");
    }
    let mut out = String::with_capacity(lower.len());
    let push = |c: char, out: &mut String| match c {
        c if joins_word(c) => {}
        'ё' => out.push('е'),
        c if c.is_ascii() => out.push(c),
        c if is_latin(c) => fold_latin(c, out),
        c => out.push(c),
    };
    // Composing is needed only for text typed with combining marks (rare): the quick check
    // says so without allocating.
    if unicode_normalization::is_nfc_quick(lower.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        for c in lower.chars() {
            push(c, &mut out);
        }
    } else {
        for c in lower.nfc() {
            push(c, &mut out);
        }
    }
    out
}

fn is_latin(c: char) -> bool {
    matches!(c, '\u{00c0}'..='\u{024f}' | '\u{0259}' | '\u{1e00}'..='\u{1eff}')
}

/// A Latin letter with diacritics as its base letters.
fn fold_latin(c: char, out: &mut String) {
    let special = match c {
        'ə' => "e",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        'ħ' => "h",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    let before = out.len();
    out.extend(std::iter::once(c).nfd().filter(char::is_ascii));
    if out.len() == before {
        out.push(c);
    }
}

/// Stems remembered per thread: news text repeats its words, and a lookup costs a fraction of
/// a Snowball run. Cleared when it holds this many.
const STEM_CACHE: usize = 30_000;

type StemCache = HashMap<String, String, rustc_hash::FxBuildHasher>;

thread_local! {
    static STEMS: RefCell<[StemCache; 4]> = RefCell::new(Default::default());
}

fn stem_word(lang: Lang, folded: &str) -> String {
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    STEMS.with(|cell| {
        let mut caches = cell.borrow_mut();
        let cache = &mut caches[slot];
        if let Some(s) = cache.get(folded) {
            return s.clone();
        }
        let s = stem_uncached(lang, folded);
        if cache.len() >= STEM_CACHE {
            cache.clear();
        }
        cache.insert(folded.to_owned(), s.clone());
        s
    })
}

fn stem_uncached(lang: Lang, folded: &str) -> String {
    let ascii = folded.is_ascii();
    let algorithm = match lang {
        Lang::En => Some(Algorithm::English),
        Lang::Ru if !ascii => Some(Algorithm::Russian),
        Lang::Hy if !ascii => Some(Algorithm::Armenian),
        Lang::Ru | Lang::Hy => Some(Algorithm::English),
        Lang::Az => None,
    };
    match algorithm {
        Some(Algorithm::Armenian) => {
            let s = stem(Algorithm::Armenian, folded);
            let from: &str = if s.chars().count() >= HY_PREFIX {
                &s
            } else {
                folded
            };
            from.chars().take(HY_PREFIX).collect()
        }
        Some(a) if folded.chars().any(char::is_alphabetic) => stem(a, folded).into_owned(),
        Some(_) => folded.to_owned(),
        None => folded.chars().take(AZ_PREFIX).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(lang: Lang, text: &str) -> Vec<String> {
        terms(lang, Form::Stem, text)
    }

    #[test]
    fn inflected_english_forms_meet() {
        assert_eq!(stems(Lang::En, "Elections"), stems(Lang::En, "election"));
        assert_eq!(stems(Lang::En, "economies"), stems(Lang::En, "economy"));
        assert_eq!(stems(Lang::En, "Café"), vec!["cafe"]);
    }

    #[test]
    fn inflected_russian_forms_meet_and_yo_is_ye() {
        let forms = ["выборы", "выборов", "выборах", "Выборами"];
        let first = stems(Lang::Ru, forms[0]);
        for f in forms {
            assert_eq!(stems(Lang::Ru, f), first, "{f}");
        }
        assert_eq!(stems(Lang::Ru, "ёлка"), stems(Lang::Ru, "елка"));
        assert_eq!(stems(Lang::Ru, "Всё"), stems(Lang::Ru, "все"));
        // Latin words in Russian text are stemmed as English.
        assert_eq!(stems(Lang::Ru, "elections"), stems(Lang::En, "election"));
    }

    #[test]
    fn inflected_armenian_forms_meet() {
        // "election(s)": singular, plural, plural with article, plural genitive.
        let one = stems(Lang::Hy, "ընտրություններ");
        assert_eq!(stems(Lang::Hy, "ընտրություն"), one);
        assert_eq!(stems(Lang::Hy, "գնացքը"), stems(Lang::Hy, "գնացքներով"));
        assert_eq!(stems(Lang::Hy, "ընտրությունները"), one);
        assert_eq!(stems(Lang::Hy, "ընտրությունների"), one);
        // The question mark over a vowel does not split or change the word.
        assert_eq!(stems(Lang::Hy, "ինչո՞ւ"), stems(Lang::Hy, "ինչու"));
    }

    #[test]
    fn azerbaijani_is_folded_and_cut() {
        assert_eq!(stems(Lang::Az, "Seçkilərdə"), stems(Lang::Az, "seçkilər"));
        assert_eq!(fold(Lang::Az, "İLHAM"), "ilham");
        assert_eq!(fold(Lang::Az, "ŞƏHƏR"), "seher");
    }

    #[test]
    fn invisible_characters_and_decomposed_letters_do_not_split_words() {
        assert_eq!(stems(Lang::Ru, "вы\u{ad}боры"), stems(Lang::Ru, "выборы"));
        // "й" typed as "и" + combining breve.
        assert_eq!(fold(Lang::Ru, "и\u{306}"), "й");
        assert_eq!(
            stems(Lang::En, "co\u{200b}operation"),
            stems(Lang::En, "cooperation")
        );
    }

    #[test]
    fn words_keep_their_offsets() {
        let mut a = analyzer(Lang::En, Form::Word);
        let mut s = a.token_stream("  Hello, wörld!");
        assert!(s.advance());
        assert_eq!((s.token().offset_from, s.token().offset_to), (2, 7));
        assert!(s.advance());
        assert_eq!(s.token().text, "world");
        assert_eq!(
            &"  Hello, wörld!"[s.token().offset_from..s.token().offset_to],
            "wörld"
        );
        assert!(!s.advance());
    }

    #[test]
    fn latin_skeletons_meet_the_script() {
        let q = |lang, latin: &str, script: &dyn Fn(&str) -> String| {
            terms(lang, Form::Latin, &script(latin))
        };
        assert_eq!(
            q(Lang::Ru, "vybory", &translit::latin_to_cyrillic),
            terms(Lang::Ru, Form::Latin, "выборов")
        );
    }
}
