#!/usr/bin/env python3
"""Checks a running Masthead site with the programs that consume its outputs.

    check.py BASE_URL [--xsd-dir DIR] [--vnu-jar JAR] [--venv DIR] [--skip GROUPS]

Groups: feeds (feedparser, autodiscovery), sitemaps (robots.txt, xmllint + XSDs,
sitemap-verify), html (Nu HTML Checker), jsonld (JSON-LD content), api (schemathesis).
Prints one PASS/FAIL line per check, keeps going after failures, ends with a summary and
exits 1 when anything failed. Normally started by run.sh, which sets everything up.
Standard library plus feedparser only (the other consumers run as programs).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET

import feedparser

EDITIONS = [("ru", ""), ("en", "/en"), ("hy", "/hy")]
HOSTILE_EDITION = "en"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NEWS = "{%s}" % NEWS_NS
XHTML = "{http://www.w3.org/1999/xhtml}"
# W3C datetime with a zone, as JSON-LD, sitemaps and Google want it.
ZONED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$")
W3C_DATE = re.compile(r"^\d{4}-\d\d-\d\d$|" + ZONED.pattern[1:])
MAX_LIST = 25  # problems printed under one FAIL line


# ------------------------------------------------------------------------------ reporting --
class Results:
    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []
        self.group = ""

    def section(self, name: str) -> None:
        self.group = name
        print(f"\n== {name} ==", flush=True)

    def check(self, name: str, problems, ok_detail: str = "") -> bool:
        """problems: a list of strings (empty = pass) or a bool."""
        if isinstance(problems, bool):
            problems = [] if problems else ["failed"]
        label = f"{self.group}: {name}" if self.group else name
        if not problems:
            self.passed += 1
            print(f"PASS {label}" + (f" ({ok_detail})" if ok_detail else ""), flush=True)
            return True
        self.failed.append(label)
        if len(problems) == 1 and len(problems[0]) < 160 and "\n" not in problems[0]:
            print(f"FAIL {label}: {problems[0]}", flush=True)
        else:
            print(f"FAIL {label}: {len(problems)} problem(s)", flush=True)
            for p in problems[:MAX_LIST]:
                print("     - " + p.replace("\n", "\n       "))
            if len(problems) > MAX_LIST:
                print(f"     ... and {len(problems) - MAX_LIST} more")
        sys.stdout.flush()
        return False

    def note(self, text: str) -> None:
        print(f"     note: {text}", flush=True)


R = Results()


# ----------------------------------------------------------------------------------- HTTP --
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a 3xx is reported, not followed
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Resp:
    def __init__(self, url, status, headers, body, error=""):
        self.url, self.status, self.body, self.error = url, status, body, error
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}

    @property
    def ctype(self) -> str:
        return self.headers.get("content-type", "")

    def describe(self) -> str:
        if self.status == 0:
            return f"no answer ({self.error})"
        if 300 <= self.status < 400:
            return f"HTTP {self.status} -> {self.headers.get('location', '?')}"
        return f"HTTP {self.status}"

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


_cache: dict[str, Resp] = {}


def fetch(url: str, cached: bool = True, method: str = "GET") -> Resp:
    if cached and method == "GET" and url in _cache:
        return _cache[url]
    req = urllib.request.Request(
        url, method=method, headers={"User-Agent": "masthead-consumers/1", "Accept-Encoding": "identity"}
    )
    try:
        with OPENER.open(req, timeout=30) as r:
            resp = Resp(url, r.status, dict(r.headers), r.read())
    except urllib.error.HTTPError as e:
        resp = Resp(url, e.code, dict(e.headers or {}), e.read() if e.fp else b"")
    except Exception as e:  # noqa: BLE001 - connection errors are findings
        resp = Resp(url, 0, {}, b"", f"{type(e).__name__}: {e}")
    if method == "GET":
        _cache[url] = resp
    return resp


def fetch_many(urls) -> dict[str, Resp]:
    urls = list(dict.fromkeys(urls))
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return dict(zip(urls, pool.map(fetch, urls)))


# ----------------------------------------------------------------------------------- HTML --
class Page(html.parser.HTMLParser):
    """What the checks need from one HTML page."""

    def __init__(self, url: str, resp: Resp):
        super().__init__(convert_charrefs=True)
        self.url, self.resp = url, resp
        self.links: list[tuple[str, str, bool]] = []  # absolute href, text, in nav.sections-nav
        self.link_tags: list[dict] = []  # <link> elements of <head>
        self.ld: list[str] = []
        self.scripts: list[str] = []
        self.title = ""
        self.h1: str | None = None
        self._nav: list[bool] = []
        self._a: list | None = None
        self._script: list | None = None
        self._ld = False
        self._in_title = False
        self._h1: list | None = None
        self._in_body = False
        self.feed(resp.text())
        self.close()

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "nav":
            self._nav.append("sections-nav" in a.get("class", "").split())
        elif tag == "a" and a.get("href"):
            self._a = [urllib.parse.urljoin(self.url, a["href"]).split("#")[0], [], any(self._nav)]
        elif tag == "body":
            self._in_body = True
        elif tag == "link" and not self._in_body:  # <head> links only
            self.link_tags.append(a)
        elif tag == "script":
            self._script = []
            self._ld = a.get("type", "").strip().lower() == "application/ld+json"
        elif tag == "title" and not self.title:
            self._in_title = True
        elif tag == "h1" and self.h1 is None and self._h1 is None:
            self._h1 = []

    def handle_endtag(self, tag):
        if tag == "nav" and self._nav:
            self._nav.pop()
        elif tag == "a" and self._a is not None:
            self.links.append((self._a[0], " ".join("".join(self._a[1]).split()), self._a[2]))
            self._a = None
        elif tag == "script" and self._script is not None:
            text = "".join(self._script)
            (self.ld if self._ld else self.scripts).append(text)
            self._script = None
        elif tag == "title":
            self._in_title = False
        elif tag == "h1" and self._h1 is not None:
            self.h1 = " ".join("".join(self._h1).split())
            self._h1 = None

    def handle_data(self, data):
        if self._a is not None:
            self._a[1].append(data)
        if self._script is not None:
            self._script.append(data)
        if self._in_title:
            self.title += data
        if self._h1 is not None:
            self._h1.append(data)

    def rels(self, rel: str) -> list[dict]:
        return [t for t in self.link_tags if rel in t.get("rel", "").lower().split()]


class Target:
    def __init__(self, kind: str, lang: str, prefix: str, url: str, note: str = ""):
        self.kind, self.lang, self.prefix, self.url, self.note = kind, lang, prefix, url, note
        self.resp: Resp | None = None
        self.page: Page | None = None

    @property
    def label(self) -> str:
        return f"{self.lang} {self.kind}"

    @property
    def ok(self) -> bool:
        """Answered as expected (200, or 404 for the error page) with HTML."""
        want = 404 if self.kind == "404" else 200
        return bool(self.resp and self.resp.status == want and self.page)


def path_of(base: str, url: str) -> str | None:
    """The path (and query) of url when it is on the site, else None."""
    b, u = urllib.parse.urlsplit(base), urllib.parse.urlsplit(url)
    if (u.scheme, u.netloc) != (b.scheme, b.netloc):
        return None
    return u.path + (f"?{u.query}" if u.query else "")


def load(url: str) -> tuple[Resp, Page | None]:
    resp = fetch(url)
    page = Page(url, resp) if resp.status and "html" in resp.ctype else None
    return resp, page


# ---------------------------------------------------------------------------- discovery --
def discover(base: str, hostile: str | None) -> tuple[list[Target], dict[str, list[str]], Target | None]:
    """The pages to check in every edition, and the section slugs of each edition's nav."""
    R.section("discovery")
    targets: list[Target] = []
    sections: dict[str, list[str]] = {}
    hostile_target = None
    for lang, e in EDITIONS:
        home_url = base + e + "/"
        resp, home = load(home_url)
        if resp.status in (301, 302, 308) and resp.headers.get("location"):
            home_url = urllib.parse.urljoin(home_url, resp.headers["location"])
            resp, home = load(home_url)
        t = Target("home", lang, e, home_url)
        targets.append(t)
        if not R.check(f"{lang} home {home_url}", [] if resp.status == 200 and home else [resp.describe()]):
            sections[lang] = []
            continue
        pages = [home]

        def first(pattern: str, exclude: str | None = None, pages=pages) -> str | None:
            rx = re.compile("^" + re.escape(e) + pattern + "$")
            for p in pages:
                for href, text, _ in p.links:
                    path = path_of(base, href)
                    if path and rx.match(path) and not (exclude and exclude in text):
                        return href
            return None

        slugs = []
        for href, _, in_nav in home.links:
            m = re.match("^" + re.escape(e) + r"/category/([^/?]+)$", path_of(base, href) or "")
            if in_nav and m and m.group(1) not in slugs:
                slugs.append(m.group(1))
        sections[lang] = slugs
        R.check(f"{lang} section links in nav.sections-nav", [] if slugs else ["none found"], ", ".join(slugs))

        article = first(r"/post/[^/?]+", exclude="Tom & Jerry")
        if hostile and lang == HOSTILE_EDITION:
            h = next((href for href, text, _ in home.links if "Tom & Jerry" in text and "/post/" in href), None)
            if not h:  # not on the home page: ask the search page
                _, sp = load(base + e + "/search?q=Jerry")
                h = next((href for href, text, _ in (sp.links if sp else []) if "Tom & Jerry" in text and "/post/" in href), None)
            R.check("en hostile article found", [] if h else ["no link whose text has 'Tom & Jerry' on /en/ or /en/search?q=Jerry"], h or "")
            if h:
                hostile_target = Target("hostile article", lang, e, h)
        if article:
            _, ap = load(article)
            if ap:
                pages.append(ap)
        found = {"article": article}
        found["section"] = base + e + f"/category/{slugs[0]}" if slugs else None
        found["tag"] = first(r"/tag/[^/?]+")
        found["author"] = first(r"/author/[^/?]+")
        found["archive"] = first(r"/archive/\d{4}/\d\d/\d\d")
        if not found["archive"]:
            day = datetime.date.today()
            found["archive"] = base + e + f"/archive/{day:%Y/%m/%d}"
            R.note(f"{lang}: no day-archive link on the home or article page; checking {found['archive']}")
        word = "news"
        if article and len(pages) > 1 and pages[1].h1:
            words = [w for w in re.findall(r"\w{4,}", pages[1].h1) if not w.isdigit()]
            word = words[0] if words else word
        found["search"] = base + e + "/search?q=" + urllib.parse.quote(word)
        found["404"] = base + e + "/post/consumers-no-such-article-zz"
        for kind in ("article", "section", "tag", "author", "archive", "search", "404"):
            url = found[kind]
            if R.check(f"{lang} {kind} page link found", [] if url else [f"no {kind} link on {home_url} or the article"], url or ""):
                targets.append(Target(kind, lang, e, url))
    if hostile_target:
        targets.append(hostile_target)
    for t in targets:
        t.resp, t.page = load(t.url)
        want = 404 if t.kind == "404" else 200
        problems = [] if t.resp.status == want else [f"{t.url}: {t.resp.describe()}, want {want}"]
        if not problems and not t.page:
            problems = [f"{t.url}: not HTML ({t.resp.ctype})"]
        if t.kind != "home":
            R.check(f"{t.label} answers {want}", problems, t.url)
    return targets, sections, hostile_target


# --------------------------------------------------------------------------------- feeds --
def check_feed(base: str, url: str, kind: str, hostile: str | None, entry_links: set) -> dict | None:
    resp = fetch(url)
    path = path_of(base, url)
    if resp.status != 200:
        R.check(f"{path}", [resp.describe()])
        return None
    problems = []
    ct = resp.ctype.split(";")[0].strip().lower()
    want_ct = {"rss": "application/rss+xml", "atom": "application/atom+xml"}[kind]
    if ct not in (want_ct, "application/xml", "text/xml"):
        problems.append(f"Content-Type {resp.ctype!r}, want {want_ct}")
    d = feedparser.parse(resp.body, response_headers={"content-type": resp.ctype or "application/xml"})
    if d.bozo:
        problems.append(f"bozo: {type(d.bozo_exception).__name__}: {d.bozo_exception}")
    want_version = {"rss": "rss20", "atom": "atom10"}[kind]
    if d.version != want_version:
        problems.append(f"version {d.version!r}, want {want_version}")
    if not d.feed.get("title"):
        problems.append("feed has no title")
    if not d.feed.get("link"):
        problems.append("feed has no link")
    if kind == "atom":
        if not d.feed.get("id"):
            problems.append("feed has no id")
        if not d.feed.get("updated_parsed"):
            problems.append("feed has no updated")
        if not any(l.get("rel") == "self" for l in d.feed.get("links", [])):
            problems.append('feed has no <link rel="self">')
    if not d.entries:
        problems.append("no entries")
    ids = collections.Counter()
    for i, en in enumerate(d.entries):
        what = f"entry {i + 1} ({(en.get('title') or '')[:40]!r})"
        for key in ("id", "link", "title"):
            if not en.get(key):
                problems.append(f"{what}: no {'guid' if key == 'id' and kind == 'rss' else key}")
        if not (en.get("published_parsed") or en.get("updated_parsed")):
            problems.append(f"{what}: no published/updated date")
        if kind == "atom" and not en.get("updated_parsed"):
            problems.append(f"{what}: no <updated> (required in Atom)")
        if en.get("link"):
            if path_of(base, en.link) is None:
                problems.append(f"{what}: link {en.link} is not on {base}")
            else:
                entry_links.add(en.link)
        if en.get("id"):
            ids[en.id] += 1
    dups = [i for i, n in ids.items() if n > 1]
    if dups:
        problems.append(f"duplicate GUIDs: {dups[:5]}")
    if hostile:
        titles = [en.get("title") for en in d.entries]
        if hostile not in titles:
            near = [t for t in titles if t and "Jerry" in t]
            problems.append(
                "hostile article's title not found exactly"
                + (f"; got {near[0]!r}" if near else "; no entry with 'Jerry' in its title")
            )
    R.check(path, problems, f"{d.version}, {len(d.entries)} entries")
    return d


def check_feeds(base: str, targets: list[Target], sections: dict, hostile: str | None) -> None:
    R.section("feeds")
    entry_links: set[str] = set()
    for lang, e in EDITIONS:
        for kind in ("rss", "atom"):
            url = f"{base}{e}/{kind}.xml"
            d = check_feed(base, url, kind, hostile if lang == HOSTILE_EDITION else None, entry_links)
            if d is not None:  # GUIDs are stable: the same link keeps its GUID on a second fetch
                again = feedparser.parse(fetch(url, cached=False).body)
                first = {en.get("link"): en.get("id") for en in d.entries}
                moved = [l for l, i in ((en.get("link"), en.get("id")) for en in again.entries) if l in first and first[l] != i]
                R.check(f"{e}/{kind}.xml GUIDs stable across fetches", [f"GUID changed for {l}" for l in moved])
        for slug in sections.get(lang, []):
            for kind in ("rss", "atom"):
                check_feed(base, f"{base}{e}/category/{slug}/{kind}.xml", kind, None, entry_links)
    if entry_links:
        bad = [f"{l}: {r.describe()}" for l, r in fetch_many(sorted(entry_links)).items() if r.status != 200]
        R.check(f"every entry link answers 200", bad, f"{len(entry_links)} links")

    # Autodiscovery: every page links its edition's feeds from <head>.
    problems = []
    for t in targets:
        if not t.ok or t.kind == "404":
            continue
        for typ, name in (("application/rss+xml", "rss"), ("application/atom+xml", "atom")):
            want = f"{base}{t.prefix}/{name}.xml"
            hrefs = [urllib.parse.urljoin(t.url, l.get("href", "")) for l in t.page.rels("alternate") if l.get("type", "").lower() == typ]
            if want not in hrefs:
                problems.append(f"{t.url}: no <link rel=alternate type={typ} href={want}>" + (f" (has {hrefs})" if hrefs else ""))
    R.check("feed autodiscovery links on every page", problems)


# ------------------------------------------------------------------------------ sitemaps --
def xmllint(xsd: str, body: bytes, work: str, name: str) -> list[str]:
    path = os.path.join(work, re.sub(r"[^A-Za-z0-9_.-]", "_", name)[-80:] + ".xml")
    with open(path, "wb") as f:
        f.write(body)
    p = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", xsd, path], capture_output=True, text=True)
    if p.returncode == 0:
        return []
    lines = [l.replace(path, name) for l in p.stderr.splitlines() if l.strip() and not l.endswith("validates")]
    return lines or [f"xmllint exit {p.returncode}"]


def robots_allowed(text: str, agent: str, path: str) -> bool:
    """RFC 9309: the rules of the groups naming the agent (else of `*`); the longest matching
    rule wins, Allow on a tie; `*` and a final `$` are wildcards."""
    groups, agents, rules, in_rules = [], [], [], False
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (x.strip() for x in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if in_rules:
                groups.append((agents, rules))
                agents, rules, in_rules = [], [], False
            agents.append(value.lower())
        elif key in ("allow", "disallow"):
            in_rules = True
            if value:
                rules.append((key == "allow", value))
    groups.append((agents, rules))
    mine = [r for a, r in groups if agent.lower() in a] or [r for a, r in groups if "*" in a]
    best = None
    for allow, value in (rule for rs in mine for rule in rs):
        rx = "^" + re.escape(value).replace(r"\*", ".*")
        rx = rx[:-2] + "$" if rx.endswith(r"\$") else rx
        if re.match(rx, path) and (best is None or len(value) > len(best[1]) or (len(value) == len(best[1]) and allow)):
            best = (allow, value)
    return best is None or best[0]


def check_sitemaps(base: str, xsd_dir: str, work: str, venv: str, hostile: str | None) -> None:
    R.section("sitemaps")
    # robots.txt, read two ways: RFC 9309 (longest match wins, as Google and Protego read it)
    # and Python's urllib.robotparser (first matching rule wins, as simpler crawlers read it).
    robots = fetch(base + "/robots.txt")
    robot_sitemaps: list[str] = []
    if robots.status != 200:
        R.check("/robots.txt", [robots.describe()])
    else:
        text = robots.text()
        problems = []
        if not robots.ctype.startswith("text/plain"):
            problems.append(f"Content-Type {robots.ctype!r}, want text/plain")
        robot_sitemaps = [l.split(":", 1)[1].strip() for l in text.splitlines() if l.lower().startswith("sitemap:")]
        if base + "/sitemap.xml" not in robot_sitemaps:
            problems.append(f"no 'Sitemap: {base}/sitemap.xml' (has {robot_sitemaps})")
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(text.splitlines())
        readers = {"RFC 9309": lambda path: robots_allowed(text, "Googlebot", path),
                   "urllib.robotparser": lambda path: rp.can_fetch("Googlebot", base + path)}
        first_match = []
        for reader, allowed in readers.items():
            bad = problems if reader == "RFC 9309" else first_match
            for _, e in EDITIONS:
                for path in (f"{e}/search", f"{e}/search?q=test"):
                    if allowed(path):
                        bad.append(f"{reader}: {path} is allowed")
                for path in (f"{e}/", f"{e}/post/some-article", f"{e}/rss.xml"):
                    if not allowed(path):
                        bad.append(f"{reader}: {path} is disallowed")
        R.check("/robots.txt (RFC 9309): Sitemap line, search disallowed in every edition, pages allowed", problems)
        R.check(
            "/robots.txt read by Python's urllib.robotparser (first matching rule wins)",
            first_match + (["a leading 'Allow: /' matches first in such parsers; drop it (everything not disallowed is allowed anyway)"]
                           if first_match and re.search(r"(?im)^allow:\s*/\s*$", text) else []),
        )

    index_url = base + "/sitemap.xml"
    idx = fetch(index_url)
    if idx.status != 200:
        R.check("/sitemap.xml", [idx.describe()])
        return
    queue = [(index_url, 0)] + [(u, 1) for u in robot_sitemaps if u != index_url]
    seen: set[str] = set()
    page_urls: dict[str, str] = {}  # url -> the sitemap that lists it
    news_by_lang: dict[str, list[str]] = collections.defaultdict(list)
    hostile_in_news = False
    while queue:
        url, depth = queue.pop(0)
        if url in seen or depth > 2:
            continue
        seen.add(url)
        path = path_of(base, url) or url
        resp = fetch(url)
        if resp.status != 200:
            R.check(path, [resp.describe()])
            continue
        problems = []
        if not re.match(r"^(application|text)/xml", resp.ctype):
            problems.append(f"Content-Type {resp.ctype!r}, want application/xml")
        try:
            root = ET.fromstring(resp.body)
        except ET.ParseError as err:
            R.check(path, [f"not well-formed XML: {err}"])
            continue
        if root.tag == SM + "sitemapindex":
            problems += xmllint(os.path.join(xsd_dir, "siteindex.xsd"), resp.body, work, path)
            locs = [el.text.strip() for el in root.iter(SM + "loc") if el.text]
            for el in root.iter(SM + "lastmod"):
                if not W3C_DATE.match((el.text or "").strip()):
                    problems.append(f"lastmod {el.text!r} is not a W3C date/datetime with zone")
            for loc in locs:
                if path_of(base, loc) is None:
                    problems.append(f"loc {loc} is not on {base}")
                queue.append((loc, depth + 1))
            R.check(f"{path} (sitemap index, siteindex.xsd)", problems, f"{len(locs)} sitemaps")
            continue
        if root.tag != SM + "urlset":
            R.check(path, [f"root element {root.tag}, want urlset or sitemapindex"])
            continue
        is_news = NEWS_NS.encode() in resp.body
        urls = root.findall(SM + "url")
        if not urls and is_news:
            R.check(f"{path} (news sitemap)", [], "empty: no article in the last 48 h")
            continue
        problems += xmllint(os.path.join(xsd_dir, "sitemap-ext.xsd"), resp.body, work, path)
        langs = collections.Counter()
        now = datetime.datetime.now(datetime.timezone.utc)
        for u in urls:
            loc = (u.findtext(SM + "loc") or "").strip()
            if path_of(base, loc) is None:
                problems.append(f"loc {loc!r} is not on {base}")
            else:
                page_urls.setdefault(loc, path)
            lm = u.findtext(SM + "lastmod")
            if lm is not None and not W3C_DATE.match(lm.strip()):
                problems.append(f"{loc}: lastmod {lm!r} is not a W3C date/datetime with zone")
            for link in u.findall(XHTML + "link"):
                href, hl = link.get("href", ""), link.get("hreflang", "")
                if link.get("rel") != "alternate" or not hl or path_of(base, href) is None:
                    problems.append(f"{loc}: bad xhtml:link rel={link.get('rel')!r} hreflang={hl!r} href={href!r}")
                else:
                    page_urls.setdefault(href, path + " (xhtml:link)")
            for n in u.findall(NEWS + "news"):
                name = n.findtext(f"{NEWS}publication/{NEWS}name")
                lang = n.findtext(f"{NEWS}publication/{NEWS}language")
                date = (n.findtext(NEWS + "publication_date") or "").strip()
                title = n.findtext(NEWS + "title")
                if not name:
                    problems.append(f"{loc}: news:publication/news:name missing")
                if lang not in dict(EDITIONS):
                    problems.append(f"{loc}: news:language {lang!r}")
                else:
                    langs[lang] += 1
                if not W3C_DATE.match(date):
                    problems.append(f"{loc}: news:publication_date {date!r} is not W3C with zone")
                elif ZONED.match(date):
                    when = datetime.datetime.fromisoformat(date.replace("Z", "+00:00"))
                    if now - when > datetime.timedelta(hours=49):
                        problems.append(f"{loc}: news:publication_date {date} is older than 48 h")
                if not title:
                    problems.append(f"{loc}: news:title missing")
                if hostile and title == hostile:
                    hostile_in_news = True
        if is_news:
            for lang in langs:
                news_by_lang[lang].append(path)
            if len(urls) > 1000:
                problems.append(f"{len(urls)} urls; a news sitemap holds at most 1000")
        what = "news sitemap" if is_news else "sitemap"
        R.check(f"{path} ({what}, sitemap.xsd)", problems, f"{len(urls)} urls")
    R.check(
        "a Google News sitemap with entries for every edition",
        [f"{lang}: none found via /sitemap.xml or robots.txt" for lang, _ in EDITIONS if not news_by_lang.get(lang)],
        "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(news_by_lang.items())),
    )
    if hostile:
        R.check("en news sitemap has the hostile article's title exactly", [] if hostile_in_news else ["not found"])
    if page_urls:
        bad = [f"{u} (from {page_urls[u]}): {r.describe()}" for u, r in fetch_many(sorted(page_urls)).items() if r.status != 200]
        R.check("every URL listed in the sitemaps answers 200", bad, f"{len(page_urls)} URLs")
    # A second, independent consumer: sitemap-verify with its Google profile.
    exe = os.path.join(venv, "bin", "sitemap-verify")
    if os.path.exists(exe):
        p = subprocess.run(
            [exe, "check", index_url, "--mode", "url", "--engine", "google", "--no-check-reachability",
             "--format", "json", "--timeout", "10", "--no-show-progress"],
            # It leaves a report database in its working directory: keep it in the scratch one.
            capture_output=True, text=True, timeout=180, cwd=work,
        )
        try:
            rep = json.loads(p.stdout)
            diags = rep.get("diagnostics", [])
            warned = collections.Counter((d.get("level"), d.get("code"), d.get("message")) for d in diags if d.get("level") != "error")
            for (level, code, msg), n in warned.most_common():
                R.note(f"sitemap-verify {level} x{n}: {code}: {msg}")
            errs = [f"{x.get('code')}: {x.get('message')} [{x.get('location')}]" for x in diags if x.get("level") == "error"]
            R.check("sitemap-verify --engine google", errs, f"{rep.get('summary', {}).get('sitemaps_checked')} sitemaps")
        except json.JSONDecodeError:
            R.check("sitemap-verify --engine google", [f"exit {p.returncode}: {(p.stderr or p.stdout)[-500:]}"])


# ---------------------------------------------------------------------------------- HTML --
def check_html(targets: list[Target], vnu_jar: str, work: str) -> None:
    R.section("html (Nu HTML Checker)")
    files: dict[str, Target] = {}
    d = tempfile.mkdtemp(prefix="vnu-", dir=work)
    for i, t in enumerate(targets):
        if not t.ok:
            continue
        path = os.path.join(d, f"p{i:03d}.html")
        with open(path, "wb") as f:
            f.write(t.resp.body)
        files[path] = t
    if not files:
        R.check("pages to check", ["none"])
        return
    t0 = time.time()
    p = subprocess.run(
        ["java", "-Xss8m", "-jar", vnu_jar, "--errors-only", "--format", "json", *files],
        capture_output=True, text=True, timeout=300,
    )
    try:
        raw = p.stderr or p.stdout
        messages = json.loads(raw[raw.find("{"):]).get("messages", [])
    except (json.JSONDecodeError, ValueError):
        R.check("vnu ran", [f"exit {p.returncode}: {(p.stderr or p.stdout)[-800:]}"])
        return
    by_file: dict[str, list] = collections.defaultdict(list)
    for m in messages:
        by_file[urllib.parse.unquote(m.get("url", "")).replace("file:", "")].append(m)
    dedup: dict[str, list] = {}
    for path, t in files.items():
        problems = []
        for m in by_file.get(path, []):
            if m.get("type") not in ("error", "non-document-error"):
                continue
            msg = m.get("message", "")
            extract = (m.get("extract") or "").replace("\n", " ").strip()
            problems.append(f"line {m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: {msg}" + (f"  [{extract[:120]}]" if extract else ""))
            dedup.setdefault(msg, [0, t.url])[0] += 1
        R.check(f"{t.label} {t.url}", problems)
    if dedup:
        print(f"     vnu errors by message ({time.time() - t0:.0f} s for {len(files)} pages):")
        for msg, (n, url) in sorted(dedup.items(), key=lambda kv: -kv[1][0]):
            print(f"       {n:3d} x {msg}  (e.g. {url})")


# -------------------------------------------------------------------------------- JSON-LD --
def ld_nodes(value, out=None) -> list[dict]:
    out = [] if out is None else out
    if isinstance(value, list):
        for v in value:
            ld_nodes(v, out)
    elif isinstance(value, dict):
        if "@type" in value:
            out.append(value)
        for k, v in value.items():
            if k != "@context":
                ld_nodes(v, out)
    return out


def types(node: dict) -> list[str]:
    t = node.get("@type")
    return t if isinstance(t, list) else [t]


def of_type(nodes, name) -> list[dict]:
    return [n for n in nodes if name in types(n)]


def as_list(v) -> list:
    return v if isinstance(v, list) else ([] if v in (None, "", {}) else [v])


def is_abs_url(v) -> bool:
    return isinstance(v, str) and bool(re.match(r"^https?://[^/\s]+", v))


def image_url(v):
    return v.get("url") or v.get("contentUrl") if isinstance(v, dict) else v


def check_jsonld(targets: list[Target], hostile: str | None) -> None:
    R.section("json-ld")
    for t in targets:
        if not t.ok:
            continue
        problems, nodes = [], []
        for i, raw in enumerate(t.page.ld):
            try:
                nodes += ld_nodes(json.loads(raw))
            except json.JSONDecodeError as err:
                problems.append(f"block {i + 1} is not JSON: {err}; starts {raw.strip()[:100]!r}")
        canon = t.page.rels("canonical")
        kind = t.kind
        if kind in ("article", "hostile article"):
            arts = of_type(nodes, "NewsArticle")
            if not arts:
                problems.append(f"no NewsArticle (types: {sorted({str(x) for n in nodes for x in types(n)})})")
            for a in arts[:1]:
                if not isinstance(a.get("headline"), str) or not a["headline"].strip():
                    problems.append("headline missing")
                imgs = as_list(a.get("image"))
                if not imgs:
                    problems.append("image missing")
                for im in imgs:
                    if not is_abs_url(image_url(im)):
                        problems.append(f"image {im!r} is not an absolute URL")
                for key in ("datePublished", "dateModified"):
                    v = a.get(key)
                    if not isinstance(v, str) or not ZONED.match(v):
                        problems.append(f"{key} {v!r} has no zone offset (want e.g. 2024-05-12T06:37:00+04:00)")
                authors = as_list(a.get("author"))
                if not authors:
                    problems.append("author missing")
                for au in authors:
                    if not isinstance(au, dict) or not au.get("name") or not is_abs_url(au.get("url")):
                        problems.append(f"author {au!r} needs a name and an absolute url")
                pub = a.get("publisher")
                if not isinstance(pub, dict) or not pub.get("name"):
                    problems.append(f"publisher {pub!r} needs a name")
                elif not is_abs_url(image_url(pub.get("logo"))):
                    problems.append(f"publisher logo {pub.get('logo')!r} missing or not an absolute URL")
                if not as_list(a.get("articleSection")):
                    problems.append("articleSection missing")
                if kind == "hostile article" and hostile and a.get("headline") != hostile:
                    problems.append(f"headline {a.get('headline')!r} is not the title as typed")
        elif kind in ("section", "tag", "author", "archive"):
            if not of_type(nodes, "CollectionPage"):
                problems.append("no CollectionPage")
            crumbs = of_type(nodes, "BreadcrumbList")
            if not crumbs:
                problems.append("no BreadcrumbList")
            for bl in crumbs[:1]:
                items = as_list(bl.get("itemListElement"))
                if not items:
                    problems.append("BreadcrumbList has no itemListElement")
                for n, it in enumerate(items, 1):
                    if not isinstance(it, dict) or it.get("position") != n or not it.get("name"):
                        problems.append(f"breadcrumb {n}: {it!r} needs position {n} and a name")
                    elif n < len(items) and not is_abs_url(it.get("item") if not isinstance(it.get("item"), dict) else it["item"].get("@id")):
                        problems.append(f"breadcrumb {n}: item {it.get('item')!r} is not an absolute URL")
        elif kind == "home":
            sites = of_type(nodes, "WebSite")
            if not sites:
                problems.append("no WebSite")
            for s in sites[:1]:
                acts = [x for x in as_list(s.get("potentialAction")) if isinstance(x, dict) and "SearchAction" in types(x)]
                if not acts:
                    problems.append("WebSite has no potentialAction SearchAction")
                for act in acts[:1]:
                    tgt = act.get("target")
                    tmpl = tgt.get("urlTemplate") if isinstance(tgt, dict) else tgt
                    if not isinstance(tmpl, str) or "{search_term_string}" not in tmpl or not is_abs_url(tmpl):
                        problems.append(f"SearchAction target {tgt!r} needs an absolute urlTemplate with {{search_term_string}}")
                    qi = act.get("query-input") or act.get("query")
                    if "search_term_string" not in json.dumps(qi):
                        problems.append(f"SearchAction query-input {qi!r} does not name search_term_string")
        elif kind == "404":
            if canon:
                problems.append(f"error page has <link rel=canonical href={canon[0].get('href')!r}>")
        R.check(f"{t.label} {t.url}", problems, f"{len(t.page.ld)} blocks, types {sorted({str(x) for n in nodes for x in types(n)})}" if nodes else "")

    # The hostile title, as typed, is text in the page: no markup or script got out of it.
    if hostile:
        ht = next((t for t in targets if t.kind == "hostile article" and t.page), None)
        if ht:
            problems = []
            if ht.page.h1 != " ".join(hostile.split()):
                problems.append(f"<h1> text {ht.page.h1!r}")
            if hostile not in ht.page.title:
                problems.append(f"<title> {ht.page.title!r}")
            if any("alert(" in s for s in ht.page.scripts):
                problems.append("a <script> element with alert( in it: the title or body escaped into markup")
            R.check("hostile article: title is text in <h1> and <title>, no injected <script>", problems)


# ------------------------------------------------------------------------------------ API --
def check_api(base: str, venv: str, work: str) -> None:
    R.section("api (schemathesis)")
    url = base + "/api/v1/openapi.json"
    resp = fetch(url)
    if resp.status != 200:
        R.check("/api/v1/openapi.json", [resp.describe()])
        return
    try:
        doc = json.loads(resp.body)
        ok = isinstance(doc, dict) and str(doc.get("openapi", "")).startswith("3")
    except json.JSONDecodeError as err:
        doc, ok = None, False
        R.check("/api/v1/openapi.json", [f"not JSON: {err}"])
        return
    if not R.check("/api/v1/openapi.json is OpenAPI 3", ok, f"{len(doc.get('paths', {}))} paths"):
        return
    exe = os.path.join(venv, "bin", "schemathesis")
    cmd = [
        exe, "run", url, "--checks", "all",
        # Every check but "a request the schema allows is accepted": a cursor of the right
        # shape from no earlier page, or a section that does not exist, is rightly refused.
        "--exclude-checks", "positive_data_acceptance", "--max-examples", "10", "--request-timeout", "10",
        "--exclude-path-regex", r"(^|/)admin(/|$)", "--workers", "2", "--no-color",
        "--generation-database", "none", "--seed", "1", "--report", "junit",
        "--report-dir", os.path.join(work, "schemathesis"),
    ]
    print("     $ " + " ".join(cmd[1:]), flush=True)
    t0 = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=240, cwd=work)
    except subprocess.TimeoutExpired:
        R.check("schemathesis run", ["timed out after 240 s"])
        return
    out = p.stdout + p.stderr
    lines = out.splitlines()
    start = next((i for i, l in enumerate(lines) if re.search(r"\bFAILURES\b|\bSUMMARY\b|={5,} ?Summary", l, re.I)), max(0, len(lines) - 60))
    shown = lines[start:]
    if len(shown) > 400:
        print(f"     | ... ({len(shown) - 400} lines cut; the JUnit report has them all)")
    for l in shown[-400:]:
        print("     | " + l)
    R.check(f"schemathesis run ({time.time() - t0:.0f} s)", [] if p.returncode == 0 else [f"exit {p.returncode}; see its report above"])


# ----------------------------------------------------------------------------------- main --
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--xsd-dir", default=os.path.join(here, ".venv", "xsd"))
    ap.add_argument("--vnu-jar", default=os.path.join(here, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"))
    ap.add_argument("--venv", default=os.path.join(here, ".venv"))
    ap.add_argument("--work", default=None, help="scratch directory")
    ap.add_argument("--skip", default="", help="comma-separated groups to skip: feeds,sitemaps,html,jsonld,api")
    ap.add_argument("--no-hostile", action="store_true", help="the hostile article could not be imported")
    args = ap.parse_args()
    base = args.base.rstrip("/")
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if args.work:
        work = args.work
        os.makedirs(work, exist_ok=True)
    else:
        import atexit
        import shutil

        work = tempfile.mkdtemp(prefix="consumers-")
        atexit.register(shutil.rmtree, work, True)
    hostile = None if args.no_hostile else os.environ.get("HOSTILE_TITLE")
    if args.no_hostile:
        R.check("hostile article imported", ["masthead import refused it (see above)"])
    t0 = time.time()
    targets, sections, _ = discover(base, hostile)
    steps = [
        ("feeds", lambda: check_feeds(base, targets, sections, hostile)),
        ("sitemaps", lambda: check_sitemaps(base, args.xsd_dir, work, args.venv, hostile)),
        ("html", lambda: check_html(targets, args.vnu_jar, work)),
        ("jsonld", lambda: check_jsonld(targets, hostile)),
        ("api", lambda: check_api(base, args.venv, work)),
    ]
    for name, step in steps:
        if name in skip:
            print(f"\n== {name}: skipped ==")
            continue
        s0 = time.time()
        try:
            step()
        except Exception as err:  # noqa: BLE001 - a crash in one group must not hide the others
            import traceback

            traceback.print_exc()
            R.check(f"{name} checks ran", [f"crashed: {type(err).__name__}: {err}"])
        print(f"     ({name}: {time.time() - s0:.1f} s)")
    print(f"\n== summary ({time.time() - t0:.0f} s) ==")
    for f in R.failed:
        print(f"FAIL {f}")
    print(f"consumers: {R.passed} passed, {len(R.failed)} failed")
    return 1 if R.failed else 0


if __name__ == "__main__":
    sys.exit(main())
