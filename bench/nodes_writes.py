#!/usr/bin/env python3
"""Writer for bench/nodes.sh: new English articles through `masthead import jsonl`, each timed
until it shows on the English home page of every node.

    nodes_writes.py BIN WORK_DIR SECTIONS OUT_TSV NODE_URL... [--count 30] [--interval 0.5]
                    [--poll 0.01] [--timeout 10]

Each write is a one-line JSON Lines file with a unique title, in one of SECTIONS (space
separated, taken in turn), imported by a separate `masthead import jsonl --edition en`
process: it talks to the database only (MASTHEAD_DATABASE_URL, from the environment), never to
a node, so every node learns of the write the same way, through the change log. Writes start
every INTERVAL seconds (later when the previous one took longer). Right after the import
process returns (it commits just before it exits), one thread per node polls NODE_URL/en/ every
POLL seconds on its own keep-alive connection, with Accept-Encoding: gzip like a browser, until
the new title is on the page or TIMEOUT seconds have passed. Appends one line per write to
OUT_TSV: the import's wall time in ms (process start-up included), then for each node the time
from the import returning to the title showing there, in ms ("-" when it did not show within
TIMEOUT), then the time from the commit (the change-log row's `at`, wall clock, found by the
sequence the import prints and read after the polling) to the title showing on the last node.
"""
import argparse, concurrent.futures, gzip, http.client, os, sys, time
import urllib.parse
from bench_db import import_one, rows

ap = argparse.ArgumentParser()
ap.add_argument("bin")
ap.add_argument("work_dir")
ap.add_argument("sections")
ap.add_argument("out")
ap.add_argument("nodes", nargs="+")
ap.add_argument("--count", type=int, default=30)
ap.add_argument("--interval", type=float, default=0.5)
ap.add_argument("--poll", type=float, default=0.01)
ap.add_argument("--timeout", type=float, default=10.0)
a = ap.parse_args()

database = os.environ.get("MASTHEAD_DATABASE_URL", "")
if not database.startswith(("postgres://", "postgresql://")):
    sys.exit("nodes_writes.py: MASTHEAD_DATABASE_URL must name the nodes' PostgreSQL database")
sections = a.sections.split()
jsonl = os.path.join(a.work_dir, f"write-{os.getpid()}.jsonl")
env = dict(os.environ, MASTHEAD_LOG="warn")


class Node:
    def __init__(self, base):
        self.url = urllib.parse.urlsplit(base)
        self.conn = None

    def home_page(self):
        for attempt in (1, 2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=5)
                self.conn.request("GET", "/en/", headers={"Accept-Encoding": "gzip"})
                r = self.conn.getresponse()
                body = r.read()
                return gzip.decompress(body) if r.getheader("Content-Encoding") == "gzip" else body
            except (OSError, http.client.HTTPException):
                self.conn = None
                if attempt == 2:
                    return b""  # a node that does not answer has not shown it; keep polling

    def wait_for(self, needle, returned):
        """Seconds from `returned` (monotonic) until the needle is on /en/ and the wall clock
        then, or (None, None) after the timeout."""
        while True:
            t = time.monotonic()
            page = self.home_page()
            now = time.monotonic()
            if needle in page:
                return now - returned, time.time()
            if now - returned > a.timeout:
                return None, None
            time.sleep(max(0.0, a.poll - (time.monotonic() - t)))


nodes = [Node(u) for u in a.nodes]
pool = concurrent.futures.ThreadPoolExecutor(len(nodes))


def write(i):
    title, seq, started, returned = import_one(a.bin, a.work_dir, env, jsonl, "Nodes bench write", i, sections)
    needle = title.encode()
    seen = list(pool.map(lambda n: n.wait_for(needle, returned), nodes))
    committed_ms = int(rows(database, f"SELECT at FROM change_log WHERE seq = {seq}")[0][0])
    walls = [w for _, w in seen]
    last = None if None in walls else max(walls) * 1000 - committed_ms
    return (returned - started) * 1000, [s for s, _ in seen], last


fmt = lambda v: "-" if v is None else f"{v:.1f}"
start = time.monotonic()
with open(a.out, "a") as out:
    for i in range(a.count):
        time.sleep(max(0.0, start + i * a.interval - time.monotonic()))
        import_ms, seen, last = write(i)
        cells = [f"{import_ms:.1f}"] + [fmt(None if s is None else s * 1000) for s in seen] + [fmt(last)]
        out.write("\t".join(cells) + "\n")
        out.flush()
os.remove(jsonl)
