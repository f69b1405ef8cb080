#!/usr/bin/env python3
"""Writer for bench/live.sh: one new English article a second through `masthead import jsonl`.

    live_writes.py BASE_URL BIN DATA_DIR SECTIONS OUT_TSV (--seconds 30s | --count N)

Each write is a one-line JSON Lines file with a unique title, in one of SECTIONS (space
separated, taken in turn), imported as a separate process with --edition en. Right after the
import process returns (it commits just before it exits) the writer polls BASE_URL/en/ every
5 ms, on one keep-alive connection and with Accept-Encoding: gzip like a browser, until the new
title is on the page. Appends one line per write to OUT_TSV: the import's wall time in ms
(process start-up included) and the time from its commit to the title showing, in ms ("-" when
it did not show within 5 s). The commit time is the change-log row's `at` (wall clock, ms,
written inside the committing transaction), found by the sequence the import prints, and read
once the title has shown (so reading it does not delay the first look). The database is the
SQLite file in DATA_DIR, or MASTHEAD_DATABASE_URL when that is postgres://… (the import
process gets the same environment, so it writes there).
"""
import argparse, gzip, http.client, os, time, urllib.parse
from bench_db import import_one, is_postgres, rows


def duration(text):  # wrk style: 30, 30s, 1m, 1h
    units = {"s": 1, "m": 60, "h": 3600}
    return float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)


ap = argparse.ArgumentParser()
ap.add_argument("base")
ap.add_argument("bin")
ap.add_argument("data_dir")
ap.add_argument("sections")
ap.add_argument("out")
how_many = ap.add_mutually_exclusive_group(required=True)
how_many.add_argument("--seconds", type=duration, help="write once a second for this long (30s, 1m)")
how_many.add_argument("--count", type=int, help="write this many articles")
ap.add_argument("--interval", type=float, default=1.0)
ap.add_argument("--poll", type=float, default=0.005)
ap.add_argument("--timeout", type=float, default=5.0)
a = ap.parse_args()

url = urllib.parse.urlsplit(a.base)
sections = a.sections.split()
jsonl = os.path.join(os.path.dirname(os.path.abspath(a.out)), f"write-{os.getpid()}.jsonl")
env = dict(os.environ, MASTHEAD_LOG="warn")
database = os.environ.get("MASTHEAD_DATABASE_URL", "")
if not is_postgres(database):
    database = os.path.join(a.data_dir, "masthead.db")
conn = None


def home_page():
    global conn
    for attempt in (1, 2):
        try:
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
            conn.request("GET", "/en/", headers={"Accept-Encoding": "gzip"})
            r = conn.getresponse()
            body = r.read()
            return gzip.decompress(body) if r.getheader("Content-Encoding") == "gzip" else body
        except (OSError, http.client.HTTPException):
            conn = None
            if attempt == 2:
                raise


def write(i):
    title, seq, started, returned = import_one(a.bin, a.data_dir, env, jsonl, "Live bench write", i, sections)
    needle = title.encode()
    while True:
        page = home_page()
        now = time.monotonic()
        if needle in page:
            seen_ms = time.time() * 1000
            committed_ms = int(rows(database, f"SELECT at FROM change_log WHERE seq = {seq}")[0][0])
            return (returned - started) * 1000, seen_ms - committed_ms
        if now - returned > a.timeout:
            return (returned - started) * 1000, None
        time.sleep(max(0.0, a.poll - (time.monotonic() - now)))


count = a.count if a.count is not None else max(1, int(a.seconds / a.interval))
start = time.monotonic()
with open(a.out, "a") as out:
    for i in range(count):
        time.sleep(max(0.0, start + i * a.interval - time.monotonic()))
        import_ms, visible_ms = write(i)
        out.write(f"{import_ms:.1f}\t{'-' if visible_ms is None else f'{visible_ms:.1f}'}\n")
        out.flush()
os.remove(jsonl)
