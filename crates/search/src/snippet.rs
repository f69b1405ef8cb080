//! Snippets: the stretch of an article's body (or lead) around the words a query matched, with
//! the matches marked. Marks are data (text and a flag), never HTML: the page escapes them.

use crate::analysis::{Form, analyzer};
use masthead_core::Lang;
use masthead_core::search::Mark;
use std::collections::{BTreeMap, BTreeSet};
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;

/// Characters of a snippet.
pub const SNIPPET_CHARS: usize = 200;

/// Makes the snippets of one query.
pub struct Generator {
    inner: Option<SnippetGenerator>,
}

impl Generator {
    /// A generator marking the words whose stems are in `stems`.
    pub fn new(lang: Lang, stems: &BTreeSet<String>) -> Self {
        let terms: BTreeMap<String, f32> = stems.iter().map(|s| (s.clone(), 1.0)).collect();
        let inner = (!terms.is_empty()).then(|| {
            SnippetGenerator::new(
                terms,
                analyzer(lang, Form::Stem),
                // The generator reads only the text it is handed; the field is not used.
                Field::from_field_id(0),
                SNIPPET_CHARS,
            )
        });
        Generator { inner }
    }

    /// The best stretch of the body with matches; else of the lead; else the lead's opening.
    pub fn snippet(&self, lead: &str, body: &str) -> Vec<Mark> {
        if let Some(g) = &self.inner {
            for text in [body, lead] {
                let s = g.snippet(text);
                if !s.is_empty() {
                    let range = s.fragment_range();
                    return marks(
                        s.fragment(),
                        s.highlighted(),
                        range.start > 0,
                        range.end < text.len(),
                    );
                }
            }
        }
        let text = if lead.trim().is_empty() { body } else { lead };
        let cut: String = text.chars().take(SNIPPET_CHARS).collect();
        let more = cut.len() < text.len();
        marks(&cut, &[], false, more)
    }
}

fn marks(fragment: &str, hits: &[std::ops::Range<usize>], before: bool, after: bool) -> Vec<Mark> {
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
    for r in tantivy::snippet::collapse_overlapped_ranges(hits) {
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
