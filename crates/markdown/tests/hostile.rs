//! SPEC B2: a corpus of hostile Markdown and HTML, each rendered and checked inert. The output
//! is parsed as HTML (html5ever, through scraper) and every element and attribute is checked
//! against what the renderer may produce; the parsed tree is serialized and parsed again, so
//! markup that changes meaning on a second parse (mXSS) is caught too.

use masthead_markdown::{Embed, Provider, embed_of, to_html};
use scraper::{ElementRef, Html, Node};

/// Everything that must come out inert. The third column is the provider key of the one embed
/// card the input must produce (its URL is genuine), or `None` for no card at all.
const CORPUS: &[(&str, &str, Option<&str>)] = &[
    // Scripts
    ("script", "<script>alert(1)</script>", None),
    (
        "script in paragraph",
        "Hi <script>alert(1)</script> there",
        None,
    ),
    ("script mixed case", "<ScRiPt>alert(1)</sCrIpT>", None),
    ("script split", "<scr<script>ipt>alert(1)</script>", None),
    (
        "script in comment",
        "<!--<script>alert(1)</script>-->",
        None,
    ),
    (
        "comment breakout",
        "<!-- --!><script>alert(1)</script> -->",
        None,
    ),
    ("cdata", "<![CDATA[<script>alert(1)</script>]]>", None),
    (
        "template",
        "<template><script>alert(1)</script></template>",
        None,
    ),
    (
        "noscript breakout",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        None,
    ),
    // Event handlers
    ("img onerror", "<img src=x onerror=alert(1)>", None),
    (
        "img onerror mixed case",
        "<IMG SRC=x OnErRoR=alert(1)>",
        None,
    ),
    ("img onerror slash", "<img/src=x/onerror=alert(1)>", None),
    ("svg onload", "<svg onload=alert(1)>", None),
    ("svg script", "<svg><script>alert(1)</script></svg>", None),
    (
        "svg xlink",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        None,
    ),
    (
        "details ontoggle",
        "<details open ontoggle=alert(1)>x</details>",
        None,
    ),
    ("unknown tag onclick", "<x onclick=alert(1)>x</x>", None),
    (
        "link with handler",
        "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
        None,
    ),
    (
        "input autofocus",
        "<input onfocus=alert(1) autofocus>",
        None,
    ),
    ("body onload", "<body onload=alert(1)>", None),
    // URL schemes
    (
        "a javascript",
        "<a href=\"javascript:alert(1)\">x</a>",
        None,
    ),
    (
        "a javascript spaced",
        "<a href=\" javascript:alert(1)\">x</a>",
        None,
    ),
    (
        "a javascript entity",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        None,
    ),
    (
        "a javascript tab",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        None,
    ),
    (
        "a javascript newline entity",
        "<a href=\"java&#10;script:alert(1)\">x</a>",
        None,
    ),
    ("a vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>", None),
    ("md javascript", "[x](javascript:alert(1))", None),
    ("md javascript mixed case", "[x](JaVaScRiPt:alert(1))", None),
    (
        "md javascript hex entity",
        "[x](java&#x73;cript:alert(1))",
        None,
    ),
    (
        "md javascript dec entity",
        "[x](&#106;avascript:alert(1))",
        None,
    ),
    (
        "md javascript tab entity",
        "[x](jav&#x09;ascript:alert(1))",
        None,
    ),
    (
        "md javascript newline entity",
        "[x](jav&#x0A;ascript:alert(1))",
        None,
    ),
    (
        "md javascript leading space entity",
        "[x](&#x20;javascript:alert(1))",
        None,
    ),
    (
        "md javascript escaped colon",
        "[x](javascript&#58;alert(1))",
        None,
    ),
    ("md javascript percent", "[x](javascript%3Aalert(1))", None),
    (
        "md javascript percent letter",
        "[x](%6Aavascript:alert(1))",
        None,
    ),
    (
        "md javascript percent tab",
        "[x](%09javascript:alert(1))",
        None,
    ),
    (
        "html javascript percent",
        "<a href=\"%20JavaScript:alert(1)\">x</a>",
        None,
    ),
    (
        "md data percent image",
        "![x](%64ata:text/html,alert(1))",
        None,
    ),
    ("md javascript angle", "[x](<javascript:alert(1)>)", None),
    (
        "md javascript reference",
        "[x][r]\n\n[r]: javascript:alert(1)",
        None,
    ),
    ("autolink javascript", "<javascript:alert(1)>", None),
    ("md vbscript", "[x](vbscript:msgbox(1))", None),
    (
        "md data link",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        None,
    ),
    ("md data figure", "![x](data:text/html,alert(1))", None),
    (
        "md data inline image",
        "See ![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) here",
        None,
    ),
    (
        "html data image",
        "<img src=\"data:text/html,<script>alert(1)</script>\">",
        None,
    ),
    (
        "html data link",
        "<a href=\"data:text/html,alert(1)\">x</a>",
        None,
    ),
    ("javascript image", "![x](javascript:alert(1))", None),
    // mXSS
    (
        "math style img",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        None,
    ),
    (
        "math style comment",
        "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;\">",
        None,
    ),
    (
        "svg style",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        None,
    ),
    (
        "form math",
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        None,
    ),
    // Dangerous elements
    (
        "iframe",
        "<iframe src=\"https://evil.example\"></iframe>",
        None,
    ),
    (
        "iframe srcdoc",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        None,
    ),
    (
        "iframe youtube",
        "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>",
        None,
    ),
    (
        "object",
        "<object data=\"javascript:alert(1)\"></object>",
        None,
    ),
    ("embed", "<embed src=\"javascript:alert(1)\">", None),
    (
        "form",
        "<form action=\"https://evil.example\"><input name=p><button formaction=javascript:alert(1)>x</button></form>",
        None,
    ),
    (
        "style element",
        "<style>body{background:url(javascript:alert(1))}</style>",
        None,
    ),
    (
        "link element",
        "<link rel=stylesheet href=\"//evil.example/x.css\">",
        None,
    ),
    ("base", "<base href=\"//evil.example/\">", None),
    (
        "meta refresh",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        None,
    ),
    (
        "frameset",
        "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
        None,
    ),
    // Broken nesting and attribute breaking
    ("misnested", "<b><i>x</b></i>", None),
    ("unclosed href", "<a href=\"", None),
    (
        "unclosed href then text",
        "<a href=\"javascript:alert(1)\nmore text",
        None,
    ),
    (
        "unclosed link",
        "<a href=\"https://ok.example\">never closed",
        None,
    ),
    ("attribute break", "\"><script>alert(1)</script>", None),
    (
        "attribute break quote",
        "'><img src=x onerror=alert(1)>",
        None,
    ),
    (
        "attribute break in link title",
        "[x](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")",
        None,
    ),
    (
        "style attribute",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        None,
    ),
    (
        "style expression",
        "<p style=\"x:expression(alert(1))\">x</p>",
        None,
    ),
    (
        "figure title onerror",
        "![a](/i.png \"\\\"onerror=alert(1) x=\\\"\")",
        None,
    ),
    (
        "figure title breakout",
        "![a\" onerror=\"alert(1)](/i.png \"t</figcaption><script>alert(1)</script>\")",
        None,
    ),
    (
        "inline image title onerror",
        "a ![b](/i.png \"x\\\" onerror=\\\"alert(1)\") c",
        None,
    ),
    // Forged and abused embeds
    (
        "author figure",
        "<figure data-embed=\"youtube\" data-embed-id=\"x\"><a href=\"https://youtu.be/x\">x</a></figure>",
        None,
    ),
    (
        "author card copy",
        "<figure class=\"embed embed-youtube\" data-embed=\"youtube\" data-embed-id=\"dQw4w9WgXcQ\"><a class=\"embed-link\" href=\"https://youtu.be/dQw4w9WgXcQ\">x</a></figure>",
        None,
    ),
    (
        "author figure inline",
        "Text <figure data-embed=\"x\" data-embed-id=\"1\">x</figure> text",
        None,
    ),
    (
        "embed url breakout",
        "https://youtu.be/abc\"><script>alert(1)</script>",
        None,
    ),
    (
        "embed url onload",
        "https://t.me/x/1?embed=1\"onload=alert(1)",
        None,
    ),
    (
        "embed url quote in valid id",
        "https://youtu.be/dQw4w9WgXcQ\"onmouseover=\"alert(1)",
        None,
    ),
    (
        "embed autolink quote",
        "<https://youtu.be/dQw4w9WgXcQ?x=\"onload=alert(1)>",
        None,
    ),
    (
        "embed userinfo host",
        "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
        None,
    ),
    (
        "embed look-alike host",
        "https://youtu.be.evil.example/dQw4w9WgXcQ",
        None,
    ),
    (
        "embed javascript prefix",
        "javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ",
        None,
    ),
    (
        "embed in link text",
        "[https://youtu.be/dQw4w9WgXcQ](javascript:alert(1))",
        None,
    ),
    // Genuine cards among hostile neighbours
    (
        "card after open tags",
        "<b><a href=\"javascript:alert(1)\">\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n</a></b>",
        Some("youtube"),
    ),
    (
        "card with query",
        "<https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&x=1>",
        Some("youtube"),
    ),
    (
        "card between scripts",
        "<script>a</script>\n\nhttps://t.me/news_am/7\n\n<script>b</script>",
        Some("telegram"),
    ),
];

/// Elements the renderer may produce.
const ALLOWED_TAGS: &[&str] = &[
    // The root scraper wraps a fragment in (and, for an empty one, a body); the output
    // itself holding either is caught as text below.
    "html",
    "body",
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
];

/// Attributes the renderer may produce, by element (`class` and `data-*` only on cards;
/// `title` and `lang` are ammonia's generic attributes).
fn attribute_allowed(tag: &str, attr: &str) -> bool {
    matches!(
        (tag, attr),
        (_, "title" | "lang")
            | ("a", "href" | "rel")
            | (
                "img",
                "src" | "alt" | "loading" | "decoding" | "width" | "height"
            )
            | ("ol", "start")
    )
}

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "srcset",
    "cite",
    "xlink:href",
];

/// The scheme a browser reads in a URL attribute (WHATWG URL: leading and trailing C0 controls
/// and spaces trimmed, tabs and newlines removed, then `[a-z][a-z0-9+.-]*:`), lower-cased.
fn browser_scheme(url: &str) -> Option<String> {
    let url: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| scheme.to_ascii_lowercase())
}

/// A URL as a careless reader might take it: percent-escapes decoded, whitespace and control
/// characters removed, lower-cased.
fn loose_reading(url: &str) -> String {
    let mut bytes = Vec::new();
    let raw = url.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%'
            && let Some(v) = url
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            bytes.push(v);
            i += 3;
        } else {
            bytes.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&bytes)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Checks one piece of HTML; returns the embed cards it holds.
fn assert_inert(name: &str, html: &str) -> Vec<Embed> {
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script", "<iframe", "<object", "<embed", "<form", "<style", "<base", "<meta", "<svg",
        "<math", "<html", "<body", "<link",
    ] {
        assert!(!lower.contains(bad), "{name}: `{bad}` in {html:?}");
    }
    let doc = Html::parse_fragment(html);
    let mut cards = Vec::new();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let tag = el.name();
        assert!(
            ALLOWED_TAGS.contains(&tag),
            "{name}: element <{tag}> in {html:?}"
        );
        let card = el.attr("data-embed").is_some();
        for (attr, value) in el.attrs() {
            let attr = attr.to_ascii_lowercase();
            assert!(
                !attr.starts_with("on"),
                "{name}: handler {attr} in {html:?}"
            );
            let card_attr = card
                && matches!(
                    (tag, attr.as_str()),
                    ("figure", "class" | "data-embed" | "data-embed-id")
                );
            let card_part = matches!(
                (tag, attr.as_str(), value),
                ("a", "class", "embed-link") | ("figcaption", "class", "embed-provider")
            );
            assert!(
                attribute_allowed(tag, &attr) || card_attr || card_part,
                "{name}: attribute {attr}=\"{value}\" on <{tag}> in {html:?}"
            );
            if URL_ATTRIBUTES.contains(&attr.as_str()) {
                let scheme = browser_scheme(value);
                assert!(
                    !matches!(scheme.as_deref(), Some("javascript" | "vbscript" | "data")),
                    "{name}: {attr}=\"{value}\" in {html:?}"
                );
                let loose = loose_reading(value);
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    assert!(
                        !loose.starts_with(scheme),
                        "{name}: {attr}=\"{value}\" in {html:?}"
                    );
                }
            }
        }
        if card {
            let el_ref = ElementRef::wrap(node);
            cards.push(assert_genuine_card(name, html, el_ref));
        }
    }
    cards
}

/// A `data-embed` element is a figure this crate wrote: its class, provider and id agree
/// with the URL of its link, which is an accepted embed URL.
fn assert_genuine_card(name: &str, html: &str, el: Option<ElementRef<'_>>) -> Embed {
    let Some(el) = el else {
        panic!("{name}: card is not an element in {html:?}");
    };
    let v = el.value();
    assert_eq!(v.name(), "figure", "{name}: {html:?}");
    let key = v.attr("data-embed").unwrap_or_default();
    let id = v.attr("data-embed-id").unwrap_or_default();
    let provider = Provider::from_key(key);
    assert!(provider.is_some(), "{name}: unknown provider {key:?}");
    assert_eq!(
        v.attr("class"),
        Some(format!("embed embed-{key}").as_str()),
        "{name}: {html:?}"
    );
    let links: Vec<ElementRef<'_>> = el
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "a")
        .collect();
    assert_eq!(links.len(), 1, "{name}: one link per card in {html:?}");
    let href = links[0].value().attr("href").unwrap_or_default();
    let embed = embed_of(href);
    assert_eq!(
        embed.as_ref().map(|e| (e.provider.key(), e.id.as_str())),
        Some((key, id)),
        "{name}: card does not match its link in {html:?}"
    );
    assert_eq!(links[0].text().collect::<String>(), href, "{name}");
    embed.unwrap_or_else(|| unreachable!())
}

#[test]
fn hostile_inputs_come_out_inert() {
    for (name, md, card) in CORPUS {
        let html = to_html(md);
        let cards = assert_inert(name, &html);
        // mXSS: what a browser would make of the tree, serialized and parsed again.
        let reparsed = Html::parse_fragment(&html).root_element().inner_html();
        let again = assert_inert(&format!("{name} (reparsed)"), &reparsed);
        assert_eq!(cards, again, "{name}: cards changed on a second parse");
        match card {
            None => assert!(
                cards.is_empty() && !html.contains("data-embed"),
                "{name}: unexpected card in {html:?}"
            ),
            Some(key) => {
                assert_eq!(cards.len(), 1, "{name}: one card in {html:?}");
                assert_eq!(cards[0].provider.key(), *key, "{name}");
            }
        }
    }
}

#[test]
fn hostile_inputs_keep_their_words() {
    // Sanitizing removes markup, not the journalist's text around it.
    for (md, word) in [
        ("<b><i>kept</b></i>", "kept"),
        (
            "<div style=\"background:url(javascript:alert(1))\">kept</div>",
            "kept",
        ),
        ("[kept](javascript:alert(1))", "kept"),
        ("<form><p>kept</p></form>", "kept"),
        ("Hi <script>alert(1)</script> kept", "kept"),
    ] {
        let html = to_html(md);
        assert!(html.contains(word), "{md}: {html:?}");
    }
}

#[test]
fn pathological_input_renders_without_panic() {
    // Deep nesting costs html5ever time quadratic in the depth (20 000 `<div>` or `> ` take
    // seconds), so the depths here stay modest.
    let inputs = [
        "<div>".repeat(2_000),
        "<b><i>".repeat(10_000),
        "> ".repeat(1_000) + "x",
        "[".repeat(20_000),
        "*".repeat(20_000) + "x",
        "- ".repeat(1_000) + "x",
        "https://youtu.be/dQw4w9WgXcQ\n\n".repeat(2_000),
        format!("https://youtu.be/{}", "a".repeat(100_000)),
        "\u{0}<scr\u{0}ipt>alert(1)</script>".to_owned(),
    ];
    for md in &inputs {
        let html = to_html(md);
        assert_inert("pathological", &html);
    }
}

#[test]
fn embed_of_rejects_injection_attempts() {
    for url in [
        "https://youtu.be/abc\"><script>",
        "https://t.me/x/1?embed=1\"onload=",
        "https://t.me/durov/43?embed=1\"onload=alert(1)",
        "https://youtu.be/dQw4w9WgXcQ\"><script>",
        "https://youtu.be/dQw4w9WgXcQ'><script>",
        "https://youtu.be/dQw4w9WgXcQ<script>",
        "https://youtu.be/dQw4w9WgXcQ%22%3E%3Cscript%3E",
        "https://www.facebook.com/x/posts/1\"onload=",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"",
    ] {
        assert_eq!(embed_of(url), None, "{url}");
    }
}

#[test]
fn the_checker_catches_what_it_should() {
    // The assertions above are only as good as this checker: it must fail on each of these.
    for bad in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" JaVa&#x09;script:alert(1)\">x</a>",
        "<a href=\"%6Aavascript:alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>",
        "<div>x</div>",
        "<p class=\"embed\">x</p>",
        "<p style=\"color:red\">x</p>",
        "<figure data-embed=\"youtube\" data-embed-id=\"dQw4w9WgXcQ\"><a href=\"https://evil.example\">x</a></figure>",
        "<figure class=\"embed embed-youtube\" data-embed=\"youtube\" data-embed-id=\"aaaaaaaaaaa\"><a class=\"embed-link\" href=\"https://youtu.be/dQw4w9WgXcQ\">https://youtu.be/dQw4w9WgXcQ</a></figure>",
    ] {
        let caught = std::panic::catch_unwind(|| assert_inert("checker", bad)).is_err();
        assert!(caught, "the checker let {bad:?} through");
    }
    // …and pass a genuine card.
    let card = to_html("https://youtu.be/dQw4w9WgXcQ");
    assert_eq!(assert_inert("card", &card).len(), 1, "{card}");
}
