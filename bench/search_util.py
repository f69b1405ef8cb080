#!/usr/bin/env python3
"""Helpers shared by bench/search-quality and bench/search-latency (imported, or run):

  search_util.py wait URL LANG...        wait until GET /api/v1/search answers for every LANG
                                         without "status": "rebuilding" and with hits (120 s at most)
  search_util.py paths NEWS OUT LANG...  write OUT: one search path a line (queries-LANG.jsonl's
                                         strings, then two-word combinations of them), for wrk
  search_util.py articles-per-s LOG N SECONDS
                                         the last articles/s figure in LOG (`masthead reindex`'s output),
                                         else N / SECONDS
"""
import json, os, re, sys, time, urllib.error, urllib.parse, urllib.request

WAIT_SECONDS = 120


def load_queries(news, lang):
    """The lines of NEWS/queries-LANG.jsonl: [{"q": ..., "relevant": [line, ...]}, ...]."""
    with open(os.path.join(news, f"queries-{lang}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def search_path(q, lang, limit=10, page=1):
    return "/api/v1/search?" + urllib.parse.urlencode({"q": q, "lang": lang, "page": page, "limit": limit})


def error_code(status, body):
    """A short name for a failed answer: `HTTP 429 too-many-requests`, `no answer`."""
    if not status:
        return "no answer"
    code = body.get("error", {}).get("code") if isinstance(body, dict) and isinstance(body.get("error"), dict) else None
    return f"HTTP {status}" + (f" {code}" if code else "")


def get_json(url, timeout=30):
    """(HTTP status, parsed JSON or None) of GET url; status 0 when the connection failed."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read().decode("utf-8"))
        except ValueError:
            return e.code, None
    except (urllib.error.URLError, OSError, ValueError):
        return 0, None


def wait_ready(base, probes, seconds=WAIT_SECONDS):
    """Waits until each (lang, q) probe answers 200, not "rebuilding", with a hit: the index is
    built and has caught up with the imports. Returns True when ready, False after `seconds`
    (the caller measures anyway, saying so)."""
    deadline = time.monotonic() + seconds
    pending = list(probes)
    last = None
    while pending:
        lang, q = pending[0]
        status, body = get_json(base + search_path(q, lang))
        last = (lang, q, status, body if body is None else {k: v for k, v in body.items() if k != "results"})
        if status == 200 and body and body.get("status") != "rebuilding" and body.get("total", 0) > 0:
            pending.pop(0)
            continue
        if status == 404 and not (body and "results" in body):
            sys.exit(f"GET {base}/api/v1/search answers 404: this binary has no search API "
                     "(an old build? rebuild: cargo build --release -p masthead)")
        if status == 400:  # a refused request (e.g. unknown-edition) will not get better by waiting
            sys.exit(f"GET {base}{search_path(q, lang)} answers 400: {json.dumps(body, ensure_ascii=False)}")
        if time.monotonic() > deadline:
            print(f"WARNING: search not ready after {seconds} s (last answer: {last}); measuring anyway",
                  file=sys.stderr)
            return False
        time.sleep(0.25)
    return True


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "wait":
        base, langs = args[0], args[1:]
        news = os.environ.get("NEWS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "news"))
        # The first query of each language has relevant articles, so it must find something.
        probes = [(lang, load_queries(news, lang)[0]["q"]) for lang in langs]
        t0 = time.monotonic()
        ok = wait_ready(base, probes)
        print(f"search {'ready' if ok else 'NOT ready'} after {time.monotonic() - t0:.1f} s")
    elif cmd == "paths":
        news, out, langs = args[0], args[1], args[2:]
        paths = []
        for lang in langs:
            qs = [x["q"] for x in load_queries(news, lang)]
            singles = [q for q in qs if " " not in q]
            paths += [search_path(q, lang) for q in qs]
            # Two-word searches as readers type them: each word with one a third of the list on.
            step = max(1, len(singles) // 3)
            paths += [search_path(f"{a} {singles[(i + step) % len(singles)]}", lang)
                      for i, a in enumerate(singles)]
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")
        print(f"{len(paths)} search paths ({', '.join(langs)}) in {out}")
    elif cmd == "articles-per-s":
        log, n, seconds = args[0], int(args[1]), float(args[2])
        with open(log, encoding="utf-8", errors="replace") as f:
            found = re.findall(r"([0-9][0-9,]*(?:\.[0-9]+)?)\s*articles/s", f.read())
        if found:
            print(f"{float(found[-1].replace(',', '')):.0f}")
        else:
            print(f"{n / seconds:.0f}" if seconds > 0 else "0")
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
