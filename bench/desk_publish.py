#!/usr/bin/env python3
"""Publisher for bench/desk.sh: English articles published through the newsroom's own form,
each timed until a reader is served it.

    desk_publish.py BASE_URL COOKIE OUT_TSV (--count N | --seconds 20s) [--every 5]

For each article: GET /admin/articles/new?edition=en for the form's CSRF token (the hidden
input name=csrf), then POST /admin/articles as the editor's browser sends it (csrf, edition=en,
a unique ASCII lowercase title, section=economy, body, action=published; Origin: BASE_URL), on
one keep-alive connection with the session COOKIE (name=value). The clock starts when the POST
is sent. Right after the answer (303 to the article's editor) the public article page
/en/post/<slug> and the English home /en/ are polled every --poll seconds (5 ms by default) on
another keep-alive connection, with Accept-Encoding: gzip like a browser, until the article
answers 200 and the home page links to it. The title is ASCII words joined by spaces, so the
slug is the title with hyphens.

Appends one line per article to OUT_TSV: title, then ms from sending the POST to its answer,
to the article's first 200, and to the home page listing it ("-" when not within --timeout),
and the number of polling rounds (1: both were there at the first look after the answer).
The two are asked in turn on one connection, so the home figure includes the article's fetch.
With --every S it publishes one article every S seconds (the first at once) for --seconds or
--count; without, back to back with --gap seconds between them.
"""
import argparse, gzip, http.client, os, re, sys, time, urllib.parse


def duration(text):  # wrk style: 30, 30s, 1m, 1h
    units = {"s": 1, "m": 60, "h": 3600}
    return float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)


ap = argparse.ArgumentParser()
ap.add_argument("base")
ap.add_argument("cookie")
ap.add_argument("out")
how_many = ap.add_mutually_exclusive_group(required=True)
how_many.add_argument("--count", type=int, help="publish this many articles")
how_many.add_argument("--seconds", type=duration, help="publish for this long (20s, 1m)")
ap.add_argument("--every", type=float, default=0.0, help="seconds from one publish to the next")
ap.add_argument("--gap", type=float, default=0.2, help="pause between back-to-back publishes")
ap.add_argument("--poll", type=float, default=0.005)
ap.add_argument("--timeout", type=float, default=5.0)
ap.add_argument("--tag", default=str(os.getpid()), help="makes the titles unique across runs")
a = ap.parse_args()

url = urllib.parse.urlsplit(a.base)
origin = f"{url.scheme}://{url.netloc}"
CSRF = re.compile(rb'name="csrf" value="([^"]*)"')


class Conn:
    """One keep-alive connection, opened again once if the server closed it."""

    def __init__(self):
        self.c = None

    def ask(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                if self.c is None:
                    self.c = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
                self.c.request(method, path, body=body, headers=headers or {})
                r = self.c.getresponse()
                data = r.read()
                if r.getheader("Content-Encoding") == "gzip":
                    data = gzip.decompress(data)
                return r.status, r.getheader("Location"), data
            except (OSError, http.client.HTTPException):
                self.c = None
                if attempt == 2:
                    raise


desk, reader = Conn(), Conn()
admin_headers = {"Cookie": a.cookie}
read_headers = {"Accept-Encoding": "gzip"}


def publish(i):
    status, _, page = desk.ask("GET", "/admin/articles/new?edition=en", headers=admin_headers)
    m = CSRF.search(page)
    if status != 200 or not m:
        sys.exit(f"desk_publish: GET /admin/articles/new answered {status} without a csrf field")
    title = f"desk bench {a.tag} {i}"
    slug = title.replace(" ", "-")
    form = urllib.parse.urlencode({
        "csrf": m.group(1).decode(),
        "edition": "en",
        "title": title,
        "section": "economy",
        "body": f"Published by bench/desk.sh through the newsroom's form, number {i}.\n\n"
                "The desk measures how long a reader waits for it.",
        "action": "published",
    })
    headers = dict(admin_headers, Origin=origin, **{"Content-Type": "application/x-www-form-urlencoded"})
    t0 = time.perf_counter()
    status, location, page = desk.ask("POST", "/admin/articles", body=form, headers=headers)
    answered = time.perf_counter()
    if status != 303 or not (location or "").startswith("/admin/articles/"):
        err = re.findall(rb'class="[^"]*error[^"]*"[^>]*>([^<]+)', page)[:3]
        sys.exit(f"desk_publish: POST /admin/articles answered {status} (Location {location}); "
                 f"{[e.decode(errors='replace').strip() for e in err] or page[:300]!r}")
    article = home = None
    polls = 0
    link = f'href="/en/post/{slug}"'.encode()
    deadline = t0 + a.timeout
    while (article is None or home is None) and time.perf_counter() < deadline:
        polls += 1
        if article is None:
            status, _, _ = reader.ask("GET", f"/en/post/{slug}", headers=read_headers)
            if status == 200:
                article = time.perf_counter()
        if home is None:
            status, _, page = reader.ask("GET", "/en/", headers=read_headers)
            if status == 200 and link in page:
                home = time.perf_counter()
        if article is None or home is None:
            time.sleep(a.poll)
    ms = lambda t: "-" if t is None else f"{(t - t0) * 1000:.1f}"
    return title, ms(answered), ms(article), ms(home), str(polls)


with open(a.out, "a") as out:
    start = time.monotonic()
    i = 0
    while True:
        if a.count is not None and i >= a.count:
            break
        if a.seconds is not None and time.monotonic() - start >= a.seconds:
            break
        if a.every:
            due = start + i * a.every
            if a.seconds is not None and due - start >= a.seconds:
                break
            time.sleep(max(0.0, due - time.monotonic()))
        elif i:
            time.sleep(a.gap)
        i += 1
        out.write("\t".join(publish(i)) + "\n")
        out.flush()
