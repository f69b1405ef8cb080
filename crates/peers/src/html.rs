//! HTML → Masthead Markdown, shared by both readers.
//!
//! The conversion itself is [`htmd`] (a turndown-style converter on html5ever) with a few
//! handlers of our own for what the peers write:
//!
//! - `<figure>` with one image → `![alt](src "caption")` alone in its paragraph (Masthead shows
//!   such a paragraph as a figure with its caption). A link around the image is dropped. A
//!   figure with several images (galleries) is unwrapped, each image on its own.
//! - WordPress's `<cite>` inside a quote → a last quoted line `> — Port director`.
//! - Embeds (`<iframe>` of YouTube or Vimeo, WordPress `wp-block-embed` and Ghost
//!   `kg-embed-card` figures, X/Twitter and Instagram embed quotes) → the bare URL in its own
//!   paragraph, which Masthead turns into a click-to-load card where it knows the provider.
//!   Any other iframe is dropped.
//! - Ghost bookmark cards → `[title](url)`; other `kg-card` wrappers are simply unwrapped.
//! - `<script>`, `<style>`, `<noscript>`, `<template>`, forms, `<svg>`, `<object>`, `<embed>`,
//!   `<video>`, `<audio>` are dropped; HTML comments (WordPress's `<!-- wp:… -->` block
//!   delimiters, Ghost's `<!--kg-card-begin-->`) vanish in parsing.
//!
//! Every image of the body is collected, in order, as a [`BodyImage`]; the caller maps its URL
//! to an uploaded file. Collection happens in the handlers through a thread-local list, so the
//! order is exactly the order of the Markdown.

use htmd::element_handler::{HandlerResult, Handlers};
use htmd::options::{BrStyle, BulletListMarker, Options};
use htmd::{Element, HtmlToMarkdown};
use markup5ever_rcdom::{Node, NodeData};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// An image found in a body, before its URL is mapped to an uploaded file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct BodyImage {
    /// The `src` as written (entities decoded).
    pub url: String,
    pub alt: String,
    /// The figure's caption as plain text, empty for a bare image.
    pub caption: String,
    /// WordPress's `wp-image-N` class: the attachment the image shows.
    pub attachment_id: Option<String>,
}

/// A converted body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Converted {
    pub markdown: String,
    pub images: Vec<BodyImage>,
}

#[derive(Default)]
struct Collector {
    images: Vec<BodyImage>,
    /// Nodes already collected (a handler may be asked twice for the same node, e.g. in tables).
    seen: HashSet<usize>,
}

thread_local! {
    static CONVERTER: HtmlToMarkdown = build_converter();
    static COLLECTOR: RefCell<Collector> = RefCell::new(Collector::default());
}

/// Converts a body. An empty (or whitespace-only) body gives empty Markdown.
///
/// # Errors
/// A message when the converter panicked on this input (it should not; the panic is caught so
/// that one bad body is one bad record, not a dead import).
pub(crate) fn convert(html: &str) -> Result<Converted, String> {
    if html.trim().is_empty() {
        return Ok(Converted::default());
    }
    COLLECTOR.with(|c| *c.borrow_mut() = Collector::default());
    let result = std::panic::catch_unwind(|| {
        CONVERTER.with(|conv| conv.convert(html).map_err(|e| e.to_string()))
    });
    let images = COLLECTOR.with(|c| std::mem::take(&mut c.borrow_mut().images));
    match result {
        Ok(Ok(md)) => Ok(Converted {
            markdown: tidy(&md),
            images,
        }),
        Ok(Err(e)) => Err(format!("HTML conversion failed: {e}")),
        Err(_) => Err("HTML conversion failed (the converter panicked on this body)".into()),
    }
}

/// Plain text of an HTML fragment (an excerpt, a caption): tags removed, entities decoded,
/// whitespace collapsed to single spaces.
pub(crate) fn plain_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return collapse_ws(html);
    }
    let tree = std::panic::catch_unwind(|| CONVERTER.with(|conv| conv.html_to_tree(html).ok()));
    match tree {
        Ok(Some(tree)) => text_content(&tree),
        _ => collapse_ws(html),
    }
}

fn build_converter() -> HtmlToMarkdown {
    HtmlToMarkdown::builder()
        .options(Options {
            bullet_list_marker: BulletListMarker::Dash,
            ul_bullet_spacing: 1,
            ol_number_spacing: 1,
            // `\` rather than two spaces, so trailing whitespace can be trimmed safely.
            br_style: BrStyle::Backslash,
            ..Default::default()
        })
        .skip_tags(vec![
            "script", "style", "noscript", "template", "form", "button", "input", "select",
            "textarea", "svg", "object", "embed", "video", "audio", "head", "title",
        ])
        .add_handler(vec!["img"], img_handler)
        .add_handler(vec!["figure"], figure_handler)
        .add_handler(vec!["iframe"], iframe_handler)
        .add_handler(vec!["blockquote"], blockquote_handler)
        .add_handler(vec!["cite"], cite_handler)
        .add_handler(vec!["div"], div_handler)
        .add_handler(vec!["table"], table_handler)
        .build()
}

// ---------------------------------------------------------------------------------------------
// Handlers

fn block(content: &str) -> Option<HandlerResult> {
    Some(format!("\n\n{}\n\n", content.trim()).into())
}

fn img_handler(_: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let img = image_of(el.node)?;
    let md = image_markdown(&img.url, &img.alt, "");
    record(el.node, img);
    Some(md.into())
}

fn figure_handler(h: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let class = attr(el.attrs, "class").unwrap_or("");
    if let Some(md) = ghost_card(el.node, class) {
        return md;
    }
    if class.contains("wp-block-embed") || has_class(class, "kg-embed-card") {
        if let Some(url) = embed_url_in(el.node) {
            let caption = first_descendant(el.node, "figcaption")
                .map(|c| text_content(&c))
                .unwrap_or_default();
            let md = if caption.is_empty() {
                url
            } else {
                format!("{url}\n\n{}", escape_text(&caption))
            };
            return block(&md);
        }
        return h.fallback(el);
    }
    let mut imgs = Vec::new();
    let mut nested = false;
    collect_figure_images(el.node, true, &mut imgs, &mut nested);
    if nested || imgs.len() != 1 {
        return h.fallback(el);
    }
    let node = imgs.remove(0);
    let Some(mut img) = image_of(&node) else {
        return h.fallback(el);
    };
    img.caption = first_descendant(el.node, "figcaption")
        .map(|c| text_content(&c))
        .unwrap_or_default();
    let md = image_markdown(&img.url, &img.alt, &img.caption);
    record(&node, img);
    block(&md)
}

fn iframe_handler(_: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let src = attr(el.attrs, "src").or_else(|| attr(el.attrs, "data-src"))?;
    embed_url_of_frame(src).and_then(|url| block(&url))
}

fn blockquote_handler(h: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let class = attr(el.attrs, "class").unwrap_or("");
    if has_class(class, "twitter-tweet") {
        let mut links = Vec::new();
        descendants(el.node, "a", &mut links);
        let status = links
            .iter()
            .rev()
            .filter_map(|a| node_attr(a, "href"))
            .find(|href| href.contains("/status/"));
        if let Some(url) = status {
            return block(&url);
        }
    }
    if has_class(class, "instagram-media")
        && let Some(url) = attr(el.attrs, "data-instgrm-permalink")
    {
        return block(url.split('?').next().unwrap_or(url));
    }
    h.fallback(el)
}

/// WordPress's quote block ends with `<cite>Who</cite>`: a last line of the quote.
fn cite_handler(h: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let parent_is_quote = parent_of(el.node)
        .as_ref()
        .and_then(tag_of)
        .is_some_and(|t| t == "blockquote");
    if !parent_is_quote {
        return h.fallback(el);
    }
    let inner = h.walk_children(el.node).content;
    let inner = inner.trim();
    if inner.is_empty() {
        return None;
    }
    if inner.starts_with('—') || inner.starts_with('–') {
        block(inner)
    } else {
        block(&format!("— {inner}"))
    }
}

fn div_handler(h: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let class = attr(el.attrs, "class").unwrap_or("");
    if let Some(md) = ghost_card(el.node, class) {
        return md;
    }
    h.fallback(el)
}

/// Ghost cards whose markup does not read as text: bookmarks, video, audio and file cards
/// become a link (`None`: not such a card).
fn ghost_card(node: &Rc<Node>, class: &str) -> Option<Option<HandlerResult>> {
    if !class.contains("kg-") {
        return None;
    }
    if has_class(class, "kg-bookmark-card") {
        return Some(bookmark(node).and_then(|md| block(&md)));
    }
    let (media_tag, title_class, label) = if has_class(class, "kg-video-card") {
        ("video", "kg-video-title", "Video")
    } else if has_class(class, "kg-audio-card") {
        ("audio", "kg-audio-title", "Audio")
    } else if has_class(class, "kg-file-card") {
        ("a", "kg-file-card-title", "File")
    } else {
        return None;
    };
    let src_attr = if media_tag == "a" { "href" } else { "src" };
    let src = first_descendant(node, media_tag).and_then(|m| node_attr(&m, src_attr))?;
    let title = find_by_class(node, title_class)
        .map(|t| text_content(&t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| label.to_owned());
    let caption = first_descendant(node, "figcaption")
        .map(|c| text_content(&c))
        .filter(|c| !c.is_empty());
    let mut md = format!("[{}]({})", escape_text(&title), link_destination(&src));
    if let Some(caption) = caption {
        md.push_str("\n\n");
        md.push_str(&escape_text(&caption));
    }
    Some(block(&md))
}

/// A table without header cells: htmd leaves it as loose paragraphs; Markdown tables need a
/// header row, so the first row becomes it. Tables with `<th>`/`<thead>` (or nested tables)
/// go to htmd.
fn table_handler(h: &dyn Handlers, el: Element) -> Option<HandlerResult> {
    let mut rows = Vec::new();
    table_rows(el.node, &mut rows);
    let mut th = Vec::new();
    descendants(el.node, "th", &mut th);
    let mut nested = Vec::new();
    descendants(el.node, "table", &mut nested);
    if rows.is_empty() || !th.is_empty() || !nested.is_empty() {
        return h.fallback(el);
    }
    let mut cells: Vec<Vec<String>> = Vec::with_capacity(rows.len());
    for row in &rows {
        let mut line = Vec::new();
        for cell in row.children.borrow().iter() {
            if matches!(tag_of(cell), Some("td" | "th")) {
                let content = h.walk_children(cell).content;
                let content = content
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace('|', "\\|");
                line.push(content);
            }
        }
        cells.push(line);
    }
    let width = cells.iter().map(Vec::len).max().unwrap_or(0);
    if width == 0 {
        return h.fallback(el);
    }
    let mut md = String::new();
    for (i, row) in cells.iter().enumerate() {
        md.push('|');
        for c in 0..width {
            md.push(' ');
            md.push_str(row.get(c).map_or("", String::as_str));
            md.push_str(" |");
        }
        md.push('\n');
        if i == 0 {
            md.push('|');
            for _ in 0..width {
                md.push_str(" --- |");
            }
            md.push('\n');
        }
    }
    block(&md)
}

fn table_rows(node: &Rc<Node>, out: &mut Vec<Rc<Node>>) {
    for child in node.children.borrow().iter() {
        match tag_of(child) {
            Some("tr") => out.push(child.clone()),
            Some("thead" | "tbody" | "tfoot") => table_rows(child, out),
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Pieces

fn record(node: &Rc<Node>, img: BodyImage) {
    let key = Rc::as_ptr(node) as usize;
    COLLECTOR.with(|c| {
        let mut c = c.borrow_mut();
        if c.seen.insert(key) {
            c.images.push(img);
        }
    });
}

/// The image an `<img>` shows, or `None` when it has no usable source.
fn image_of(node: &Rc<Node>) -> Option<BodyImage> {
    let NodeData::Element { attrs, .. } = &node.data else {
        return None;
    };
    let attrs = attrs.borrow();
    let src = attr(&attrs, "src").filter(|s| !s.trim().is_empty() && !s.starts_with("data:"));
    let src = src
        .or_else(|| attr(&attrs, "data-src"))
        .or_else(|| attr(&attrs, "data-lazy-src"))
        .map(str::trim)
        .filter(|s| !s.is_empty())?;
    let class = attr(&attrs, "class").unwrap_or("");
    let attachment_id = class.split_ascii_whitespace().find_map(|c| {
        c.strip_prefix("wp-image-")
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_owned)
    });
    Some(BodyImage {
        url: src.to_owned(),
        alt: collapse_ws(attr(&attrs, "alt").unwrap_or("")),
        caption: String::new(),
        attachment_id,
    })
}

/// `![alt](url "caption")`, escaped for CommonMark.
fn image_markdown(url: &str, alt: &str, caption: &str) -> String {
    let mut md = String::with_capacity(url.len() + alt.len() + caption.len() + 8);
    md.push_str("![");
    for ch in alt.chars() {
        match ch {
            '[' | ']' | '\\' => {
                md.push('\\');
                md.push(ch);
            }
            '\n' | '\r' => md.push(' '),
            _ => md.push(ch),
        }
    }
    md.push_str("](");
    md.push_str(&link_destination(url));
    if !caption.is_empty() {
        md.push_str(" \"");
        for ch in caption.chars() {
            match ch {
                '"' | '\\' => {
                    md.push('\\');
                    md.push(ch);
                }
                '\n' | '\r' => md.push(' '),
                _ => md.push(ch),
            }
        }
        md.push('"');
    }
    md.push(')');
    md
}

/// A URL as a link destination: as is, or in `<…>` when it holds spaces or parentheses.
fn link_destination(url: &str) -> String {
    if url.contains([' ', '(', ')', '<', '>']) {
        let mut out = String::with_capacity(url.len() + 4);
        out.push('<');
        for ch in url.chars() {
            if ch == '<' || ch == '>' {
                out.push('\\');
            }
            out.push(ch);
        }
        out.push('>');
        out
    } else {
        url.to_owned()
    }
}

/// Text that goes into Markdown as a paragraph of its own (a caption under an embed).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '*' | '_' | '`' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Ghost bookmark card → `[title](url)`.
fn bookmark(node: &Rc<Node>) -> Option<String> {
    let mut links = Vec::new();
    descendants(node, "a", &mut links);
    let href = links.iter().find_map(|a| node_attr(a, "href"))?;
    let title = find_by_class(node, "kg-bookmark-title")
        .map(|t| text_content(&t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| href.clone());
    let title = escape_text(&title);
    Some(format!("[{title}]({})", link_destination(&href)))
}

/// The URL a WordPress/Ghost embed figure shows: its iframe's, or the URL written inside it.
fn embed_url_in(node: &Rc<Node>) -> Option<String> {
    if let Some(frame) = first_descendant(node, "iframe")
        && let Some(src) = node_attr(&frame, "src")
        && let Some(url) = embed_url_of_frame(&src)
    {
        return Some(url);
    }
    let mut text_holder = node.clone();
    if let Some(wrapper) = find_by_class(node, "wp-block-embed__wrapper") {
        text_holder = wrapper;
    }
    let text = text_content(&text_holder);
    let url = text.split_whitespace().next()?;
    (url.starts_with("https://") || url.starts_with("http://")).then(|| url.to_owned())
}

/// The public page of a YouTube or Vimeo player URL; `None` for any other frame.
fn embed_url_of_frame(src: &str) -> Option<String> {
    let src = src.trim();
    let rest = src
        .strip_prefix("https://")
        .or_else(|| src.strip_prefix("http://"))
        .or_else(|| src.strip_prefix("//"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.split(['?', '#']).next().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    match host {
        "youtube.com" | "youtube-nocookie.com" | "m.youtube.com" => {
            let id = path.strip_prefix("embed/")?;
            let id = id.trim_end_matches('/');
            (!id.is_empty() && !id.contains('/'))
                .then(|| format!("https://www.youtube.com/watch?v={id}"))
        }
        "player.vimeo.com" => {
            let id = path.strip_prefix("video/")?.trim_end_matches('/');
            (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("https://vimeo.com/{id}"))
        }
        _ => None,
    }
}

/// Images of a figure, not counting those in its caption; `nested` is set when it holds
/// another figure (a gallery).
fn collect_figure_images(node: &Rc<Node>, top: bool, out: &mut Vec<Rc<Node>>, nested: &mut bool) {
    for child in node.children.borrow().iter() {
        match tag_of(child) {
            Some("img") => out.push(child.clone()),
            Some("figcaption") => {}
            Some("figure") if !top || !Rc::ptr_eq(child, node) => *nested = true,
            Some(_) => collect_figure_images(child, false, out, nested),
            None => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

fn tag_of(node: &Rc<Node>) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

fn attr<'a>(attrs: &'a [html5ever::Attribute], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

fn node_attr(node: &Rc<Node>, name: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attr(&attrs.borrow(), name).map(str::to_owned),
        _ => None,
    }
}

fn has_class(class: &str, wanted: &str) -> bool {
    class.split_ascii_whitespace().any(|c| c == wanted)
}

fn parent_of(node: &Rc<Node>) -> Option<Rc<Node>> {
    let weak = node.parent.take();
    let parent = weak.as_ref().and_then(std::rc::Weak::upgrade);
    node.parent.set(weak);
    parent
}

fn descendants(node: &Rc<Node>, tag: &str, out: &mut Vec<Rc<Node>>) {
    for child in node.children.borrow().iter() {
        if tag_of(child) == Some(tag) {
            out.push(child.clone());
        }
        descendants(child, tag, out);
    }
}

fn first_descendant(node: &Rc<Node>, tag: &str) -> Option<Rc<Node>> {
    for child in node.children.borrow().iter() {
        if tag_of(child) == Some(tag) {
            return Some(child.clone());
        }
        if let Some(found) = first_descendant(child, tag) {
            return Some(found);
        }
    }
    None
}

fn find_by_class(node: &Rc<Node>, class: &str) -> Option<Rc<Node>> {
    for child in node.children.borrow().iter() {
        if node_attr(child, "class").is_some_and(|c| has_class(&c, class)) {
            return Some(child.clone());
        }
        if let Some(found) = find_by_class(child, class) {
            return Some(found);
        }
    }
    None
}

/// Text of a subtree, whitespace collapsed, skipping scripts and styles.
fn text_content(node: &Rc<Node>) -> String {
    fn walk(node: &Rc<Node>, out: &mut String) {
        match &node.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element { name, .. } => {
                let tag = &*name.local;
                if matches!(tag, "script" | "style" | "template" | "noscript") {
                    return;
                }
                let block = matches!(
                    tag,
                    "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                );
                if block {
                    out.push(' ');
                }
                for child in node.children.borrow().iter() {
                    walk(child, out);
                }
                if block {
                    out.push(' ');
                }
            }
            _ => {
                for child in node.children.borrow().iter() {
                    walk(child, out);
                }
            }
        }
    }
    let mut out = String::new();
    walk(node, &mut out);
    collapse_ws(&out)
}

fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Final clean-up: no trailing spaces, at most one blank line (outside code fences), and a
/// paragraph that is only a URL written plainly (htmd escapes `_` and `*` in text; such a URL
/// must stay matchable as an embed).
fn tidy(md: &str) -> String {
    let lines: Vec<&str> = md.trim().lines().map(str::trim_end).collect();
    let mut out = String::with_capacity(md.len());
    let mut prev_blank = true;
    let mut in_fence = false;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("```") || line.starts_with("~~~") {
            in_fence = !in_fence;
        }
        if line.is_empty() && !in_fence {
            if !prev_blank {
                out.push('\n');
            }
            prev_blank = true;
            continue;
        }
        let next_blank = lines.get(i + 1).is_none_or(|l| l.is_empty());
        if !in_fence
            && prev_blank
            && next_blank
            && line.starts_with("http")
            && line.contains('\\')
            && !line.contains(char::is_whitespace)
        {
            let unescaped = line.replace("\\_", "_").replace("\\*", "*");
            if unescaped.starts_with("https://") || unescaped.starts_with("http://") {
                out.push_str(&unescaped);
            } else {
                out.push_str(line);
            }
        } else {
            out.push_str(line);
        }
        out.push('\n');
        prev_blank = false;
    }
    let trimmed_len = out.trim_end().len();
    out.truncate(trimmed_len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> String {
        convert(html)
            .unwrap_or_else(|e| panic!("convert failed: {e}"))
            .markdown
    }

    #[test]
    fn empty_input_gives_empty_output() {
        assert_eq!(md(""), "");
        assert_eq!(md("  \n "), "");
        assert_eq!(md("<!-- wp:paragraph --><!-- /wp:paragraph -->"), "");
    }

    #[test]
    fn basic_blocks_and_inlines() {
        let out = md(
            "<h2>Two</h2><h3>Three</h3><h6>Six</h6><p>A <a href=\"https://x.example/a\">link</a>, \
             <strong>bold</strong>, <em>it</em>, <code>c()</code><br>next line</p>\
             <ol><li>one</li><li>two</li></ol><ul><li>dot</li></ul><pre><code>let x = 1;\n</code></pre>",
        );
        assert!(out.contains("## Two\n\n### Three\n\n###### Six"), "{out}");
        assert!(
            out.contains("A [link](https://x.example/a), **bold**, *it*, `c()`\\\nnext line"),
            "{out}"
        );
        assert!(out.contains("1. one\n2. two"), "{out}");
        assert!(out.contains("- dot"), "{out}");
        assert!(out.contains("```\nlet x = 1;\n```"), "{out}");
    }

    #[test]
    fn quote_with_cite() {
        let out = md(
            "<blockquote class=\"wp-block-quote\"><!-- wp:paragraph --><p>Words.</p>\
             <!-- /wp:paragraph --><cite>Port director</cite></blockquote>",
        );
        assert_eq!(out, "> Words.\n>\n> — Port director");
        assert_eq!(md("<p>See <cite>The Book</cite>.</p>"), "See The Book.");
    }

    #[test]
    fn figure_and_bare_images() {
        let c = convert(
            "<p>Before <img src=\"/a.png\" alt=\"A [x]\"> after</p>\
             <figure class=\"wp-block-image\"><a href=\"/big\"><img src=\"http://s.example/b c.png\" \
             alt=\"B\" class=\"wp-image-12\"></a><figcaption>Say \"hi\" <em>now</em></figcaption></figure>",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            c.markdown.contains("Before ![A \\[x\\]](/a.png) after"),
            "{}",
            c.markdown
        );
        assert!(
            c.markdown
                .ends_with("\n\n![B](<http://s.example/b c.png> \"Say \\\"hi\\\" now\")"),
            "{}",
            c.markdown
        );
        assert_eq!(c.images.len(), 2);
        assert_eq!(c.images[0].url, "/a.png");
        assert_eq!(c.images[0].caption, "");
        assert_eq!(c.images[1].caption, "Say \"hi\" now");
        assert_eq!(c.images[1].attachment_id.as_deref(), Some("12"));
    }

    #[test]
    fn galleries_keep_every_image_in_order() {
        let c = convert(
            "<figure class=\"kg-card kg-gallery-card\"><div class=\"kg-gallery-container\">\
             <div class=\"kg-gallery-row\"><div class=\"kg-gallery-image\"><img src=\"/1.png\"></div>\
             <div class=\"kg-gallery-image\"><img src=\"/2.png\"></div></div></div></figure>",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let urls: Vec<&str> = c.images.iter().map(|i| i.url.as_str()).collect();
        assert_eq!(urls, ["/1.png", "/2.png"]);
        assert!(c.markdown.contains("![](/1.png)") && c.markdown.contains("![](/2.png)"));
    }

    #[test]
    fn dropped_and_embedded() {
        let out = md("<p>a</p><script>alert(1)</script><style>p{}</style>\
             <iframe src=\"https://evil.example/x\"></iframe>\
             <figure class=\"kg-card kg-embed-card\"><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed\"></iframe></figure>\
             <figure class=\"wp-block-embed is-provider-youtube\"><div class=\"wp-block-embed__wrapper\">\n\
             https://www.youtube.com/watch?v=ab_cd_efgh1\n</div></figure>\
             <p>https://youtu.be/x_y_z1234ab</p>\
             <iframe src=\"https://player.vimeo.com/video/76979871\"></iframe><p>b</p>");
        assert_eq!(
            out,
            "a\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n\
             https://www.youtube.com/watch?v=ab_cd_efgh1\n\nhttps://youtu.be/x_y_z1234ab\n\n\
             https://vimeo.com/76979871\n\nb"
        );
    }

    #[test]
    fn ghost_cards_unwrapped() {
        let out = md(
            "<!--kg-card-begin: html--><div class=\"kg-card kg-callout-card\"><div class=\"kg-callout-emoji\">💡</div>\
             <div class=\"kg-callout-text\">Note this.</div></div><!--kg-card-end: html-->\
             <figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" href=\"https://x.example/p\">\
             <div class=\"kg-bookmark-content\"><div class=\"kg-bookmark-title\">A page</div>\
             <div class=\"kg-bookmark-description\">Desc</div></div>\
             <div class=\"kg-bookmark-thumbnail\"><img src=\"https://x.example/t.png\"></div></a></figure>",
        );
        assert_eq!(out, "💡\n\nNote this.\n\n[A page](https://x.example/p)");
    }

    #[test]
    fn tweets_become_their_url() {
        let out = md(
            "<blockquote class=\"twitter-tweet\"><p>Hi</p>&mdash; X (@x) \
             <a href=\"https://twitter.com/x/status/123?ref_src=twsrc\">May 1</a></blockquote>\
             <script async src=\"https://platform.twitter.com/widgets.js\"></script>",
        );
        assert_eq!(out, "https://twitter.com/x/status/123?ref_src=twsrc");
    }

    #[test]
    fn tables_pullquotes_media_cards() {
        assert_eq!(
            md("<table><tr><td>a|1</td><td>b</td></tr><tr><td>c</td></tr></table>"),
            "| a\\|1 | b |\n| --- | --- |\n| c |  |"
        );
        assert_eq!(
            md(
                "<figure class=\"wp-block-table\"><table><thead><tr><th>H1</th><th>H2</th></tr></thead>\
                <tbody><tr><td>a</td><td>b</td></tr></tbody></table><figcaption>Cap</figcaption></figure>"
            ),
            "| H1 | H2 |\n| -- | -- |\n| a  | b  |\n\nCap"
        );
        let gallery = convert(
            "<figure class=\"wp-block-gallery\"><figure class=\"wp-block-image\"><img src=\"/1.png\" alt=\"one\">\
             <figcaption>First</figcaption></figure><figure class=\"wp-block-image\"><img src=\"/2.png\"></figure>\
             <figcaption class=\"blocks-gallery-caption\">Both</figcaption></figure>",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            gallery.markdown,
            "![one](/1.png \"First\")\n\n![](/2.png)\n\nBoth"
        );
        assert_eq!(gallery.images.len(), 2);
        assert_eq!(
            md(
                "<figure class=\"wp-block-pullquote\"><blockquote><p>Big words</p><cite>Someone</cite></blockquote></figure>"
            ),
            "> Big words\n>\n> — Someone"
        );
        assert_eq!(
            md(
                "<div class=\"kg-card kg-video-card\"><div class=\"kg-video-container\"><video src=\"/v.mp4\"></video>\
                <div class=\"kg-video-overlay\"><button>play</button></div><span>0:00</span></div></div>"
            ),
            "[Video](/v.mp4)"
        );
        assert_eq!(
            md("<ul><li>one<ul><li>nested</li></ul></li></ul><p>x &amp; y * z _w_</p><hr>"),
            "- one\n  - nested\n\nx & y \\* z \\_w\\_\n\n* * *"
        );
    }

    #[test]
    fn plain_text_of_fragments() {
        assert_eq!(plain_text("  Just   text "), "Just text");
        assert_eq!(plain_text("<p>A &amp; <b>B</b></p><p>C</p>"), "A & B C");
    }
}
