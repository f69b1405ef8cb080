//! Readable differences between two versions of an article (SPEC N4 "compare", N10 "what
//! changed since"), word by word within each field, by the `similar` crate.

use masthead_core::ArticleContent;
use masthead_core::newsroom::{DiffSpan, FieldDiff, content_fields};
use similar::{ChangeTag, TextDiff};

/// Unchanged text longer than this, in characters, is shortened to its ends around " … ".
const KEEP_CONTEXT: usize = 120;

fn shorten(text: &str) -> String {
    let n = text.chars().count();
    if n <= KEEP_CONTEXT * 2 {
        return text.to_owned();
    }
    let head: String = text.chars().take(KEEP_CONTEXT).collect();
    let tail: String = text.chars().skip(n - KEEP_CONTEXT).collect();
    format!("{head} … {tail}")
}

/// The word-level difference of two texts as spans (`same`, `added`, `removed`), with runs of
/// the same kind joined and long unchanged stretches shortened. Empty when they are equal.
pub fn diff_text(old: &str, new: &str) -> Vec<DiffSpan> {
    if old == new {
        return Vec::new();
    }
    let diff = TextDiff::from_words(old, new);
    let mut spans: Vec<DiffSpan> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Insert => "added",
            ChangeTag::Delete => "removed",
        };
        match spans.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => spans.push(DiffSpan {
                kind,
                text: change.value().to_owned(),
            }),
        }
    }
    for s in &mut spans {
        if s.kind == "same" {
            s.text = shorten(&s.text);
        }
    }
    spans
}

/// The fields that differ between `old` and `new`, in the editor's order.
pub fn diff_contents(old: &ArticleContent, new: &ArticleContent) -> Vec<FieldDiff> {
    content_fields(old)
        .into_iter()
        .zip(content_fields(new))
        .filter_map(|((field, a), (_, b))| {
            let spans = diff_text(&a, &b);
            (!spans.is_empty()).then_some(FieldDiff { field, spans })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_added_and_removed_are_marked() {
        let spans = diff_text("The mayor said no.", "The mayor said yes today.");
        let added: String = spans
            .iter()
            .filter(|s| s.kind == "added")
            .map(|s| s.text.as_str())
            .collect();
        let removed: String = spans
            .iter()
            .filter(|s| s.kind == "removed")
            .map(|s| s.text.as_str())
            .collect();
        assert!(added.contains("yes"), "{spans:?}");
        assert!(added.contains("today"), "{spans:?}");
        assert!(removed.contains("no"), "{spans:?}");
        assert_eq!(spans[0].kind, "same");
        assert!(diff_text("same", "same").is_empty());
    }

    #[test]
    fn long_unchanged_text_is_shortened() {
        let long = "word ".repeat(200);
        let spans = diff_text(&format!("{long}end"), &format!("{long}finish"));
        assert!(spans[0].text.contains(" … "));
        assert!(spans[0].text.chars().count() < 300);
    }
}
