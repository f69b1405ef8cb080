#!/usr/bin/env python3
"""Summary of bench/live.sh: Masthead against nginx on the Zipf mix, checked against the targets.

    live_summary.py RESULTS_TSV WRITES_UNDER_LOAD_TSV WRITES_QUIET_TSV [--backend NAME]

RESULTS_TSV has a header line and one row per run (see live.sh); the writes files have one line
per write: import wall time in ms, then time until the title showed on /en/ in ms (or "-").
NAME (SQLite, PostgreSQL) is the database Masthead ran on, named in the summary's heading.
"""
import argparse, statistics


def ms(v):  # wrk latency: 812.00us, 1.23ms, 1.02s, 2.00m
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60000.0)):
        if v.endswith(unit):
            return float(v[: -len(unit)]) * factor
    return float(v)


ap = argparse.ArgumentParser()
ap.add_argument("results")
ap.add_argument("writes_load")
ap.add_argument("writes_quiet")
ap.add_argument("--backend")
args = ap.parse_args()

rows = [line.rstrip("\n").split("\t") for line in open(args.results)]
head, rows = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
nginx = [r for r in rows if r["server"] == "nginx"]
quiet = [r for r in rows if r["server"] == "masthead" and r["writes"] == "0"]
busy = [r for r in rows if r["server"] == "masthead" and r["writes"] == "1"]


def mean(xs):
    return sum(xs) / len(xs)


def writes(path):
    imports, shows, missed = [], [], 0
    for line in open(path):
        a, b = line.split()
        imports.append(float(a))
        if b == "-":
            missed += 1
        else:
            shows.append(float(b))
    return imports, shows, missed


def spread(xs):
    return f"{min(xs):.0f} / {statistics.median(xs):.0f} / {max(xs):.0f} ms" if xs else "none"


checks = []  # (what, measured, target, ok)
pairs = list(zip(nginx, quiet))
rps_ratios = [float(m["rps"]) / float(n["rps"]) for n, m in pairs]
p99_ratios = [ms(m["p99"]) / ms(n["p99"]) for n, m in pairs]
cpu_ratios = [float(m["req_per_cpu_s"]) / float(n["req_per_cpu_s"]) for n, m in pairs
              if m["req_per_cpu_s"] != "-" and n["req_per_cpu_s"] != "-"]
nginx_rps = mean([float(n["rps"]) for n in nginx])
nginx_p99 = mean([ms(n["p99"]) for n in nginx])
each = lambda xs: " / ".join(f"{x:.2f}x" for x in xs)

r = mean(rps_ratios)
checks.append(("requests/s, no writes (per pair)", f"{each(rps_ratios)}  (mean {r:.2f}x)", ">= 0.80x nginx", r >= 0.8))
if busy:
    r = float(busy[0]["rps"]) / nginx_rps
    checks.append(("requests/s, 1 write/s", f"{r:.2f}x", ">= 0.70x nginx", r >= 0.7))
r = mean(p99_ratios)
checks.append(("p99, no writes (per pair)", f"{each(p99_ratios)}  (mean {r:.2f}x)", "<= 2x nginx", r <= 2))
if busy:
    r = ms(busy[0]["p99"]) / nginx_p99
    checks.append(("p99, 1 write/s", f"{r:.2f}x", "<= 2x nginx", r <= 2))
if cpu_ratios:
    checks.append(("requests per CPU-s, no writes", each(cpu_ratios), "(for reading)", None))
rss = max(float(m["rss_mib"]) for m in quiet + busy)
checks.append(("masthead resident memory (max)", f"{rss:.1f} MiB", "< 200 MiB", rss < 200))

load_imports, load_shows, load_missed = writes(args.writes_load)
quiet_imports, quiet_shows, quiet_missed = writes(args.writes_quiet)
for label, shows, missed in (("under load", load_shows, load_missed), ("idle", quiet_shows, quiet_missed)):
    worst = max(shows) if shows else float("inf")
    ok = missed == 0 and worst <= 100
    note = f" ({missed} never showed)" if missed else ""
    checks.append((f"commit -> on /en/, {label}", f"{spread(shows)}{note}", "max <= 100 ms", ok))
checks.append(("import process wall time", spread(load_imports + quiet_imports), "(for reading)", None))

print()
on = f"Masthead on {args.backend}; " if args.backend else ""
print(f"Summary ({on}masthead / nginx; min / median / max for the write timings)")
width = max(len(c[0]) for c in checks)
vwidth = max(len(c[1]) for c in checks)
for what, measured, target, ok in checks:
    verdict = "" if ok is None else ("ok" if ok else "MISSED")
    print(f"  {what:<{width}}  {measured:<{vwidth}}  {target:<15} {verdict}")
