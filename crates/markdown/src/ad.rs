//! The HTML an admin may give an ad (SPEC N6), cut down to a small allowlist: links, images,
//! paragraphs, spans, strong and emphasized text, line breaks. No scripts, frames, styles,
//! forms, event handlers or `javascript:`/`data:` addresses; only https (or this site's paths)
//! for links and images. Applied when the ad is saved and again when a page shows it.

use ammonia::Builder;
use std::collections::HashSet;
use std::sync::LazyLock;

static AD_SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::empty();
    b.tags(HashSet::from([
        "a", "img", "p", "span", "strong", "em", "br",
    ]))
    .add_tag_attributes("a", ["href", "title"])
    .add_tag_attributes("img", ["src", "alt", "width", "height"])
    .clean_content_tags(HashSet::from([
        "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
        "select", "svg", "math", "frameset", "noembed", "xmp",
    ]))
    .url_schemes(HashSet::from(["https"]))
    .url_relative(ammonia::UrlRelative::PassThrough)
    .link_rel(Some("sponsored noopener nofollow"))
    .strip_comments(true);
    b
});

/// `html` with only what an ad may show.
pub fn ad_html(html: &str) -> String {
    AD_SANITIZER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::ad_html;

    #[test]
    fn hostile_ad_html_is_inert() {
        let out = ad_html(
            r#"<p onclick="x()">Buy <strong>now</strong><script>alert(1)</script></p>
<img src="x" onerror="alert(2)"><img src="javascript:alert(3)"><img src="data:image/png;base64,AA">
<a href="javascript:alert(4)">a</a><a href="https://shop.example/" style="color:red" target="_top">b</a>
<iframe src="https://evil.example/">fallback</iframe><style>body{display:none}</style>
<svg><script>alert(5)</script></svg><form action="/x"><input name="q"></form><!-- c -->"#,
        );
        for bad in [
            "script",
            "onclick",
            "onerror",
            "javascript",
            "data:",
            "iframe",
            "style",
            "svg",
            "form",
            "input",
            "fallback",
            "<!--",
            "alert",
        ] {
            assert!(!out.contains(bad), "{bad} left in {out}");
        }
        assert!(out.contains("<p>Buy <strong>now</strong></p>"), "{out}");
        assert!(
            out.contains(
                r#"<a href="https://shop.example/" rel="sponsored noopener nofollow">b</a>"#
            ),
            "{out}"
        );
        assert!(out.contains(r#"<img src="x">"#), "a site path stays: {out}");
    }
}
