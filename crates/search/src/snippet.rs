//! Snippets: the stretch of an article's body (or lead) around the words a query matched, with
//! the matches marked. Marks are data (text and a flag), never HTML: the page escapes them.

use crate::analysis::{key_char, stem_of, word_ranges};
use masthead_core::Lang;
use masthead_core::search::Mark;
use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

/// Characters of a snippet.
pub const SNIPPET_CHARS: usize = 200;
/// Bytes of a body kept for snippets and searched for the best stretch: the opening of a news
/// story says what it is about, and a body's length should not set the cost of a result.
pub const SCAN_BYTES: usize = 3_000;
/// Characters of context a snippet may show before its first match.
const LEAD_IN: usize = 60;

/// `text` cut to at most `max` bytes, at a character boundary.
pub fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The byte offset `chars` characters after `from` (or the end).
fn chars_after(text: &str, from: usize, chars: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| from + i)
}

/// Makes the snippets of one query.
pub struct Generator {
    lang: Lang,
    stems: HashSet<String>,
    /// The first two characters of each stem: only words that open like one are stemmed (a
    /// Snowball stem of these languages, like an Azerbaijani prefix, begins as its word does),
    /// which spares stemming nearly every word of a body.
    openings: Vec<[char; 2]>,
}

impl Generator {
    /// A generator marking the words whose stems are in `stems`.
    pub fn new(lang: Lang, stems: &BTreeSet<String>) -> Self {
        let mut openings: Vec<[char; 2]> = stems
            .iter()
            .map(|s| {
                let mut c = s.chars();
                [c.next().unwrap_or(' '), c.next().unwrap_or(' ')]
            })
            .collect();
        openings.sort_unstable();
        openings.dedup();
        Generator {
            lang,
            stems: stems.iter().cloned().collect(),
            openings,
        }
    }

    /// Where the words of the query stand in `text`.
    fn matches(&self, text: &str) -> Vec<Range<usize>> {
        if self.stems.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for r in word_ranges(text) {
            let word = &text[r.clone()];
            let mut chars = word.chars();
            let first = chars.next().map_or(' ', |c| key_char(self.lang, c));
            let second = chars.next().map_or(' ', |c| key_char(self.lang, c));
            let opens = self
                .openings
                .iter()
                .any(|[a, b]| *a == first && (*b == second || *b == ' '));
            if opens && self.stems.contains(&stem_of(self.lang, word)) {
                out.push(r);
            }
        }
        out
    }

    /// The best stretch of the body with matches (the window of [`SNIPPET_CHARS`] that holds
    /// most of them, earliest first); else of the lead; else the lead's opening.
    pub fn snippet(&self, lead: &str, body: &str) -> Vec<Mark> {
        for (text, full) in [(head(body, SCAN_BYTES), body.len()), (lead, lead.len())] {
            let found = self.matches(text);
            let Some(best) = (0..found.len()).max_by_key(|&i| {
                let end = chars_after(text, found[i].start, SNIPPET_CHARS);
                let n = found[i..].iter().take_while(|r| r.end <= end).count();
                (n, std::cmp::Reverse(i))
            }) else {
                continue;
            };
            // A little context before the first match, from a word's start.
            let back = text[..found[best].start]
                .char_indices()
                .rev()
                .nth(LEAD_IN)
                .map_or(0, |(i, _)| i);
            let start = if back == 0 {
                0
            } else {
                text[back..found[best].start]
                    .find(char::is_whitespace)
                    .map_or(found[best].start, |i| back + i + 1)
            };
            let mut end = chars_after(text, start, SNIPPET_CHARS);
            if end < text.len() {
                // End on a word's end.
                if let Some(i) = text[start..end].rfind(char::is_whitespace) {
                    end = (start + i).max(found[best].end);
                }
            }
            let ranges: Vec<Range<usize>> = found
                .iter()
                .filter(|r| r.start >= start && r.end <= end)
                .map(|r| r.start - start..r.end - start)
                .collect();
            return marks(&text[start..end], &ranges, start > 0, end < full);
        }
        let text = if lead.trim().is_empty() { body } else { lead };
        let cut = &text[..chars_after(text, 0, SNIPPET_CHARS)];
        marks(cut, &[], false, cut.len() < text.len())
    }
}

fn marks(fragment: &str, hits: &[Range<usize>], before: bool, after: bool) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut push = |text: &str, hit: bool| {
        let text = squash(text);
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(Mark { text: t, hit: h }) if *h == hit => t.push_str(&text),
            _ => out.push(Mark { text, hit }),
        }
    };
    if before {
        push("… ", false);
    }
    let mut at = 0;
    for r in hits {
        if r.start < at || r.end > fragment.len() {
            continue;
        }
        push(&fragment[at..r.start], false);
        push(&fragment[r.clone()], true);
        at = r.end;
    }
    push(&fragment[at..], false);
    if after {
        push(" …", false);
    }
    out
}

/// Line breaks and runs of spaces as one space.
fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if !c.is_whitespace() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_stems_in_any_form() {
        let stems = BTreeSet::from(["elect".to_owned()]);
        let g = Generator::new(Lang::En, &stems);
        let m = g.snippet(
            "A lead.",
            "The town voted.\n\nThe elections were held on Sunday.",
        );
        let hit: Vec<_> = m
            .iter()
            .filter(|m| m.hit)
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(hit, vec!["elections"]);
        let all: String = m.iter().map(|m| m.text.as_str()).collect();
        assert!(all.contains("elections were held"), "{all}");
        assert!(!all.contains('\n'));
    }

    #[test]
    fn without_a_match_the_lead_opens() {
        let g = Generator::new(Lang::En, &BTreeSet::new());
        let m = g.snippet("The lead <b>&amp;</b>", "body");
        assert_eq!(
            m,
            vec![Mark {
                text: "The lead <b>&amp;</b>".into(),
                hit: false
            }]
        );
    }
}
