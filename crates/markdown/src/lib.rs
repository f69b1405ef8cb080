//! Article Markdown (CommonMark with tables and strikethrough, by pulldown-cmark) to sanitized
//! HTML (ammonia). The result is safe to embed as is: scripts, event handlers, `javascript:`
//! URLs and frames are removed whoever wrote the text (SPEC B2). Which constructs render and
//! which are not supported is listed in docs/markdown.md, and [`UNSUPPORTED`] for the editor's
//! help; the tests below render a corpus of every construct.
//!
//! A top-level paragraph holding only the URL of a known provider becomes a click-to-load
//! embed card ([`embed_of`], SPEC N3). The card is written by this crate next to what ammonia
//! cleaned, never through it, so its `data-embed` attributes cannot be typed by an author:
//! ammonia strips `data-*`, `class` and frames from whatever the author writes.

mod embed;

pub use embed::{Embed, Provider, embed_of};

mod ad;

pub use ad::ad_html;

use ammonia::Builder;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;
use std::sync::LazyLock;

static SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::default();
    b.tags(HashSet::from([
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "strong",
        "em",
        "b",
        "i",
        "code",
        "pre",
        "hr",
        "br",
        "figure",
        "figcaption",
        "img",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "sup",
        "sub",
        "del",
        "cite",
    ]))
    .add_tag_attributes(
        "img",
        ["src", "alt", "loading", "decoding", "width", "height"],
    )
    .add_tag_attributes("a", ["href", "title"])
    .add_tag_attributes("ol", ["start"])
    .url_schemes(HashSet::from(["http", "https", "mailto"]))
    .link_rel(Some("noopener nofollow"))
    .url_relative(ammonia::UrlRelative::PassThrough)
    .attribute_filter(|_, attr, value| {
        // ammonia lets a relative URL through as typed; one that reads as a script scheme once
        // percent-escapes and blanks are taken out (`%20javascript:…`) is inert in a browser
        // but goes too, for readers (feeds, apps) that are less careful.
        if matches!(attr, "href" | "src") && hostile_scheme(value) {
            None
        } else {
            Some(value.into())
        }
    });
    b
});

/// Whether a URL starts with `javascript:`, `vbscript:` or `data:` once percent-decoded, with
/// whitespace and control characters removed, in any case.
fn hostile_scheme(url: &str) -> bool {
    let bytes = url.as_bytes();
    let mut head = Vec::with_capacity(16);
    let mut i = 0;
    while i < bytes.len() && head.len() < 16 {
        let mut b = bytes[i];
        if b == b'%'
            && let Some(hex) = url.get(i + 1..i + 3)
            && hex.bytes().all(|h| h.is_ascii_hexdigit())
            && let Ok(v) = u8::from_str_radix(hex, 16)
        {
            b = v;
            i += 2;
        }
        i += 1;
        if !(b.is_ascii_whitespace() || b.is_ascii_control()) {
            head.push(b.to_ascii_lowercase());
        }
    }
    [&b"javascript:"[..], b"vbscript:", b"data:"]
        .iter()
        .any(|s| head.starts_with(s))
}

/// Constructs a journalist may type that Masthead does not render as such, with what happens
/// to them instead. The editor's help shows this list.
pub const UNSUPPORTED: &[(&str, &str)] = &[
    ("footnotes `[^1]`", "shown as typed"),
    (
        "task lists `- [ ]`",
        "shown as a plain list with the brackets",
    ),
    ("definition lists", "shown as plain paragraphs"),
    ("heading ids `{#id}`", "shown as typed"),
    (
        "column alignment in tables `:--:`",
        "columns are left-aligned",
    ),
    (
        "raw HTML other than simple formatting",
        "removed (scripts, frames, styles, forms)",
    ),
    (
        "a provider's embed code `<iframe …>`, `<blockquote class=…><script …>`",
        "removed: paste the post's URL alone in its paragraph instead",
    ),
];

/// Renders Markdown to sanitized HTML. A paragraph that holds only an image becomes a
/// `<figure>`; the image title is its caption ("Caption — Photo: Credit"). A top-level paragraph
/// that holds only the URL of a known provider (typed bare or as `<https://…>`) becomes an
/// embed card (see [`Embed::card_html`]). A figure's image gets `width="1200" height="675"`
/// (16:9): its space is kept while it loads; see [`to_html_sized`] for images of known size.
pub fn to_html(markdown: &str) -> String {
    to_html_sized(markdown, &|_| None)
}

/// As [`to_html`], with each figure's `width` and `height` (pixels) from `sizes`, asked with
/// the image's address as written: the image's own size, so that a small image is not
/// stretched to the column and the page does not shift when it loads. An image `sizes` does
/// not know gets 1200×675.
pub fn to_html_sized(markdown: &str, sizes: &dyn Fn(&str) -> Option<(u32, u32)>) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .collect();
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    // The events since the last card: sanitized together. Cards only stand between top-level
    // blocks, so every run is whole blocks and ammonia closes whatever an author left open
    // before the card is written.
    let mut run: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut depth = 0usize;
    let mut i = 0;
    while i < events.len() {
        if depth == 0
            && let Some((card, used)) = embed_at(&events[i..])
        {
            flush(&mut out, &mut run);
            out.push_str(&card);
            i += used;
        } else if let Some((figure, used)) = figure_at(&events[i..], sizes) {
            run.push(Event::Html(CowStr::from(figure)));
            i += used;
        } else {
            // The page title is the only h1: a body's h1 becomes h2; h2 to h6 stay as written.
            let ev = match &events[i] {
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => Event::Start(Tag::Heading {
                    level: (*level).max(pulldown_cmark::HeadingLevel::H2),
                    id: id.clone(),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }),
                Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(
                    (*level).max(pulldown_cmark::HeadingLevel::H2),
                )),
                other => other.clone(),
            };
            match ev {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            run.push(ev);
            i += 1;
        }
    }
    flush(&mut out, &mut run);
    out
}

/// Renders and sanitizes `run` onto `out`, leaving `run` empty.
fn flush(out: &mut String, run: &mut Vec<Event<'_>>) {
    if run.is_empty() {
        return;
    }
    let mut raw = String::new();
    html::push_html(&mut raw, run.drain(..));
    out.push_str(&SANITIZER.clean(&raw).to_string());
}

/// `Start(Paragraph) Text+ End(Paragraph)` or `Start(Paragraph) Start(Link autolink) Text
/// End(Link) End(Paragraph)` whose text is one embeddable URL → its card, and how many events
/// it used.
fn embed_at(ev: &[Event<'_>]) -> Option<(String, usize)> {
    if !matches!(ev.first(), Some(Event::Start(Tag::Paragraph))) {
        return None;
    }
    let (url, used) = match ev.get(1)? {
        Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url,
            ..
        }) => {
            let (Some(Event::Text(text)), Some(Event::End(TagEnd::Link))) = (ev.get(2), ev.get(3))
            else {
                return None;
            };
            if text != dest_url {
                return None;
            }
            (dest_url.to_string(), 4)
        }
        _ => {
            // Bare text arrives in pieces (at `&`, `_`, entities): join them.
            let mut url = String::new();
            let mut j = 1;
            while let Some(Event::Text(t)) = ev.get(j) {
                url.push_str(t);
                j += 1;
            }
            if j == 1 {
                return None;
            }
            (url, j)
        }
    };
    if !matches!(ev.get(used), Some(Event::End(TagEnd::Paragraph))) {
        return None;
    }
    let embed = embed_of(&url)?;
    Some((embed.card_html(&url), used + 1))
}

/// `Start(Paragraph) Start(Image) Text* End(Image) End(Paragraph)` → a figure, and how many events it used.
fn figure_at(
    ev: &[Event<'_>],
    sizes: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Option<(String, usize)> {
    let (
        Some(Event::Start(Tag::Paragraph)),
        Some(Event::Start(Tag::Image {
            dest_url, title, ..
        })),
    ) = (ev.first(), ev.get(1))
    else {
        return None;
    };
    let mut alt = String::new();
    let mut j = 2;
    loop {
        match ev.get(j)? {
            Event::Text(t) | Event::Code(t) => alt.push_str(t),
            Event::End(TagEnd::Image) => break,
            _ => return None,
        }
        j += 1;
    }
    if !matches!(ev.get(j + 1), Some(Event::End(TagEnd::Paragraph))) {
        return None;
    }
    let (width, height) = sizes(dest_url)
        .filter(|&(w, h)| w > 0 && h > 0)
        .unwrap_or((1200, 675));
    let mut html = format!(
        "<figure><img src=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\" width=\"{width}\" height=\"{height}\">",
        esc(dest_url),
        esc(&alt)
    );
    if !title.is_empty() {
        html.push_str(&format!("<figcaption>{}</figcaption>", esc(title)));
    }
    html.push_str("</figure>");
    Some((html, j + 2))
}

/// Escapes text for HTML content and double-quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Writing to a String cannot fail.
    let _ = write_escaped(&mut out, s);
    out
}

/// Writes `s` escaped for HTML content and double-quoted attributes, copying the runs between
/// special characters whole.
pub fn write_escaped<W: std::fmt::Write>(out: &mut W, s: &str) -> std::fmt::Result {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&s[start..i])?;
        out.write_str(rep)?;
        start = i + 1;
    }
    out.write_str(&s[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_body_elements() {
        let md = "Para with [link](https://x.example/a).\n\n## Sub\n\n> Quote\n\n- one\n- two\n\n![Alt](/static/covers/cover-1.svg \"Cap — Photo: Me\")\n\n# Big";
        let h = to_html(md);
        assert!(
            h.contains("<a href=\"https://x.example/a\" rel=\"noopener nofollow\">link</a>"),
            "{h}"
        );
        assert!(h.contains("<h2>Sub</h2>"));
        assert!(h.contains("<blockquote>"));
        assert!(h.contains("<li>one</li>"));
        assert!(
            h.contains(
                "<figure><img src=\"/static/covers/cover-1.svg\" alt=\"Alt\" loading=\"lazy\""
            ),
            "{h}"
        );
        assert!(h.contains("<figcaption>Cap — Photo: Me</figcaption></figure>"));
        assert!(h.contains("<h2>Big</h2>"), "h1 in a body is demoted: {h}");
        assert!(!h.contains("<p><figure>"));
    }

    #[test]
    fn figures_take_the_size_they_are_given() {
        let md = "![Small](/media/a.png)\n\n![Unknown](/media/b.png)\n\n![Zero](/media/c.png)";
        let h = to_html_sized(md, &|url| match url {
            "/media/a.png" => Some((320, 240)),
            "/media/c.png" => Some((0, 0)),
            _ => None,
        });
        assert!(
            h.contains("src=\"/media/a.png\" alt=\"Small\" loading=\"lazy\" decoding=\"async\" width=\"320\" height=\"240\""),
            "{h}"
        );
        assert!(
            h.contains("src=\"/media/b.png\" alt=\"Unknown\" loading=\"lazy\" decoding=\"async\" width=\"1200\" height=\"675\""),
            "{h}"
        );
        assert!(
            h.contains(
                "alt=\"Zero\" loading=\"lazy\" decoding=\"async\" width=\"1200\" height=\"675\""
            ),
            "a size of nothing is not taken: {h}"
        );
    }

    #[test]
    fn escapes_what_html_needs() {
        assert_eq!(esc("plain"), "plain");
        assert_eq!(
            esc("a<b>&\"c\"'d'"),
            "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;"
        );
        assert_eq!(esc("Ереван & Баку"), "Ереван &amp; Баку");
    }

    #[test]
    fn removes_hostile_markup() {
        let md = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"#\" onclick=\"steal()\">c</a>\n\n![a\" onerror=\"x](/i.png \"t</figcaption><script>y</script>\")";
        let h = to_html(md);
        for bad in [
            "<script",
            "onerror=\"",
            "onerror=alert",
            "javascript:",
            "<iframe",
            "onclick",
        ] {
            assert!(!h.contains(bad), "{bad} survived in {h:?}");
        }
    }

    /// Every construct a journalist may type, with the HTML it must come out as.
    #[test]
    fn corpus_of_constructs() {
        let corpus: &[(&str, &str, &[&str])] = &[
            (
                "paragraphs",
                "One.\n\nTwo.",
                &["<p>One.</p>", "<p>Two.</p>"],
            ),
            (
                "emphasis",
                "*it* and _it_",
                &["<em>it</em> and <em>it</em>"],
            ),
            (
                "strong",
                "**b** and __b__",
                &["<strong>b</strong> and <strong>b</strong>"],
            ),
            ("strikethrough", "~~gone~~", &["<del>gone</del>"]),
            ("inline code", "use `x < y`", &["<code>x &lt; y</code>"]),
            (
                "fenced code",
                "```\nlet a = 1;\n```",
                &["<pre><code>let a = 1;\n</code></pre>"],
            ),
            (
                "indented code",
                "    let b = 2;",
                &["<pre><code>let b = 2;"],
            ),
            ("h1 becomes h2", "# One", &["<h2>One</h2>"]),
            ("h2", "## Two", &["<h2>Two</h2>"]),
            ("h3", "### Three", &["<h3>Three</h3>"]),
            ("h4", "#### Four", &["<h4>Four</h4>"]),
            ("h5", "##### Five", &["<h5>Five</h5>"]),
            ("h6", "###### Six", &["<h6>Six</h6>"]),
            ("setext heading", "Title\n=====", &["<h2>Title</h2>"]),
            (
                "blockquote",
                "> said\n>\n> > nested",
                &["<blockquote>", "<p>said</p>", "</blockquote>"],
            ),
            (
                "bullet list",
                "- a\n- b\n  - c",
                &["<ul>", "<li>a</li>", "<li>b\n<ul>\n<li>c</li>"],
            ),
            (
                "ordered list",
                "1. a\n2. b",
                &["<ol>", "<li>a</li>", "<li>b</li>"],
            ),
            ("ordered list from 3", "3. c\n4. d", &["<ol start=\"3\">"]),
            (
                "link",
                "[x](https://x.example/a \"T\")",
                &["<a href=\"https://x.example/a\" title=\"T\" rel=\"noopener nofollow\">x</a>"],
            ),
            (
                "autolink",
                "<https://x.example>",
                &["<a href=\"https://x.example\" rel=\"noopener nofollow\">https://x.example</a>"],
            ),
            (
                "mail link",
                "[mail](mailto:desk@x.example)",
                &["href=\"mailto:desk@x.example\""],
            ),
            (
                "relative link",
                "[p](/post/other)",
                &["href=\"/post/other\""],
            ),
            (
                "figure",
                "![Alt](/i.png \"Cap\")",
                &[
                    "<figure><img src=\"/i.png\" alt=\"Alt\"",
                    "<figcaption>Cap</figcaption></figure>",
                ],
            ),
            (
                "inline image",
                "See ![i](/i.png) here",
                &["<img src=\"/i.png\" alt=\"i\">"],
            ),
            ("hard break", "line  \nnext", &["line<br>"]),
            ("backslash break", "line\\\nnext", &["line<br>"]),
            ("rule", "a\n\n---\n\nb", &["<hr>"]),
            (
                "table",
                "| a | b |\n|---|---|\n| 1 | 2 |",
                &["<table>", "<th>a</th>", "<td>2</td>"],
            ),
            ("entity", "a &mdash; b &amp; c", &["a — b &amp; c"]),
            ("escapes", r"\*not em\*", &["<p>*not em*</p>"]),
            (
                "raw formatting html",
                "H<sub>2</sub>O and x<sup>2</sup>",
                &["H<sub>2</sub>O", "x<sup>2</sup>"],
            ),
        ];
        for (name, md, wants) in corpus {
            let h = to_html(md);
            for want in *wants {
                assert!(h.contains(want), "{name}: `{want}` not in {h:?}");
            }
        }
        // Nothing a journalist types is silently dropped: every construct keeps its text.
        for (name, md, _) in corpus {
            let h = to_html(md);
            assert!(!h.trim().is_empty(), "{name} rendered as nothing");
        }
    }

    #[test]
    fn a_pasted_url_becomes_a_card() {
        let h = to_html("Before.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter.");
        assert_eq!(
            h,
            "<p>Before.</p>\n<figure class=\"embed embed-youtube\" data-embed=\"youtube\" \
             data-embed-id=\"dQw4w9WgXcQ\"><figcaption class=\"embed-provider\">YouTube</figcaption>\
             <a class=\"embed-link\" href=\"https://youtu.be/dQw4w9WgXcQ\" rel=\"noopener nofollow\">\
             https://youtu.be/dQw4w9WgXcQ</a></figure>\n<p>After.</p>\n"
        );
        // As an autolink, with the `&` and `_` that split bare text into pieces.
        for md in [
            "<https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s>",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
            "  https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s  ",
        ] {
            let h = to_html(md);
            assert!(
                h.starts_with("<figure class=\"embed embed-youtube\" data-embed=\"youtube\" data-embed-id=\"dQw4w9WgXcQ\">"),
                "{md}: {h}"
            );
            assert!(
                h.contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s\""),
                "{md}: {h}"
            );
        }
        for (md, key, id) in [
            ("https://x.com/some_user/status/20", "x", "20"),
            ("https://t.me/news_am/7", "telegram", "news_am/7"),
            (
                "https://www.instagram.com/reel/C1a_B-c4D5e/",
                "instagram",
                "C1a_B-c4D5e",
            ),
            (
                "https://www.facebook.com/page.name/posts/pfbid0A",
                "facebook",
                "page.name/pfbid0A",
            ),
            (
                "https://www.facebook.com/watch/?v=123",
                "facebook-video",
                "123",
            ),
        ] {
            let h = to_html(md);
            assert!(
                h.contains(&format!("data-embed=\"{key}\" data-embed-id=\"{id}\"")),
                "{md}: {h}"
            );
            assert!(!h.contains("<p>"), "{md}: {h}");
        }
    }

    #[test]
    fn only_a_lone_top_level_url_is_a_card() {
        for md in [
            "Watch https://youtu.be/dQw4w9WgXcQ now",
            "https://youtu.be/dQw4w9WgXcQ\nhttps://youtu.be/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ https://youtu.be/dQw4w9WgXcQ",
            "[clip](https://youtu.be/dQw4w9WgXcQ)",
            "*https://youtu.be/dQw4w9WgXcQ*",
            "`https://youtu.be/dQw4w9WgXcQ`",
            "> https://youtu.be/dQw4w9WgXcQ",
            "- a\n\n- https://youtu.be/dQw4w9WgXcQ",
            "## https://youtu.be/dQw4w9WgXcQ",
            "    https://youtu.be/dQw4w9WgXcQ",
            "| a |\n|---|\n| https://youtu.be/dQw4w9WgXcQ |",
            "https://youtu.be/dQw4w9WgXc",
            "https://example.com/watch?v=dQw4w9WgXcQ",
        ] {
            let h = to_html(md);
            assert!(!h.contains("data-embed"), "{md}: {h}");
            assert!(!h.contains("<figure"), "{md}: {h}");
        }
    }

    #[test]
    fn raw_html_left_open_does_not_wrap_a_card() {
        let h = to_html(
            "<b><a href=\"https://x.example\">\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n</a></b> tail",
        );
        let card = h.find("<figure class=\"embed").unwrap_or(usize::MAX);
        assert!(card < h.len(), "{h}");
        // Everything before the card is closed before it starts.
        let before = &h[..card];
        assert_eq!(
            before.matches("<a ").count(),
            before.matches("</a>").count(),
            "{h}"
        );
        assert_eq!(
            before.matches("<b>").count(),
            before.matches("</b>").count(),
            "{h}"
        );
    }

    #[test]
    fn unsupported_constructs_keep_their_text() {
        for md in [
            "Note[^1]\n\n[^1]: The note.",
            "- [ ] todo\n- [x] done",
            "## Title {#anchor}",
        ] {
            let h = to_html(md);
            let text: String = md.chars().filter(|c| c.is_alphabetic()).collect();
            let shown: String = h.chars().filter(|c| c.is_alphabetic()).collect();
            for word in ["Note", "todo", "done", "Title"] {
                if text.contains(word) {
                    assert!(shown.contains(word), "{word} lost from {h:?}");
                }
            }
        }
        assert!(UNSUPPORTED.len() >= 4);
    }
}

/// The words of a Markdown text without its markup, for the search index and snippets: blocks
/// (paragraphs, headings, list items, table cells) separated by a blank line, inline code
/// kept, images by their alt text, raw HTML left out.
pub fn to_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let block_end = |out: &mut String| {
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
    };
    for ev in Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => block_end(&mut out),
            _ => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

#[cfg(test)]
mod text_tests {
    use super::to_text;

    #[test]
    fn markup_goes_and_words_stay() {
        assert_eq!(
            to_text(
                "# Head\n\nSome **bold** and [a link](https://x.test) `code`.\n\n- one\n- two\n\n<script>alert(1)</script>\n\n![Alt text](/m/a.jpg)"
            ),
            "Head\n\nSome bold and a link code.\n\none\n\ntwo\n\nAlt text"
        );
    }
}
