#!/usr/bin/env python3
"""Summary for bench/desk.sh: min / p50 / p95 / max of each timing column of a
bench/desk_publish.py TSV (title, POST answered, article served, home lists it; ms; polling
rounds), and how many articles were on the site at the first look after the answer.

    desk_summary.py OUT_TSV LABEL

Percentiles are nearest-rank. A "-" (not served within the publisher's timeout) is counted
and left out of the figures, and makes the exit status 1.
"""
import math, sys

path, label = sys.argv[1], sys.argv[2]
rows = [line.rstrip("\n").split("\t") for line in open(path) if line.strip()]
columns = ("publish request answered", "article page 200", "home page lists it")


def rank(xs, p):
    return xs[max(0, math.ceil(p / 100 * len(xs)) - 1)]


missing = 0
print(f"{label}: {len(rows)} articles, ms from sending the publish request (min / p50 / p95 / max)")
for n, name in enumerate(columns, start=1):
    xs = sorted(float(r[n]) for r in rows if r[n] != "-")
    missing += len(rows) - len(xs)
    if not xs:
        print(f"  {name:<26} never")
        continue
    figs = " / ".join(f"{x:.1f}" for x in (xs[0], rank(xs, 50), rank(xs, 95), xs[-1]))
    note = f"  ({len(rows) - len(xs)} not within the timeout)" if len(xs) < len(rows) else ""
    print(f"  {name:<26} {figs}{note}")
first = sum(1 for r in rows if len(r) > 4 and r[4] == "1")
print(f"  served at the first look after the publish answer: {first} of {len(rows)}")
sys.exit(1 if missing or not rows else 0)
