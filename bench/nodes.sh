#!/usr/bin/env bash
# Several nodes on one PostgreSQL database: how long until a publish is visible on every node.
#
# Makes the PostgreSQL database MASTHEAD_DATABASE_URL names fresh (DROPPED and created anew, with
# psql), imports ARTICLES articles (bench/make_corpus.py, `masthead import jsonl --edition ..`),
# then starts three `masthead serve` nodes on it (127.0.0.1:PORT, PORT+1, PORT+2), each with its
# own data directory (search index, page cache) under bench/out-nodes/. Then WRITES new English
# articles, one every INTERVAL seconds, each by a separate `masthead import jsonl` process of a
# one-article file with a unique title (bench/nodes_writes.py): the import talks to the database
# only, so every node learns of the write the same way, through the change log and its NOTIFY.
# For each write, the time from the import command returning until the new title shows on /en/
# of EACH node (polled every 10 ms per node, at most 10 s); printed as p50, p90 and max per node,
# over all nodes, and for the last of the three, with how many took over 1 s (target: none),
# plus the time from the commit (the change-log row's `at`) to the last node.
# With LOAD=1 (the default) the writes are made and timed a second time while wrk asks each node
# for the site's pages with Zipf popularity (bench/zipf.lua, LOAD_CONNS connections a node,
# Accept-Encoding: gzip), and each node's requests/s and p99 under that load are printed.
#
# Usage: bench/nodes.sh [ARTICLES=2000] [WRITES=30] [INTERVAL=0.5]
# Env: BIN (default target/release/masthead), MASTHEAD_DATABASE_URL (default
#      postgres://postgres@127.0.0.1:5432/masthead_bench_nodes), PORT (18281), LOAD (1; 0 skips
#      the run under load), LOAD_CONNS (8). Output in bench/out-nodes/. Loads 127.0.0.1 only and
#      stops by itself; the nodes are stopped on exit, the database is left for a look.
set -euo pipefail
[ -n "${BENCH_TRACE:-}" ] && set -x
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=${1:-2000}
WRITES=${2:-30}
INTERVAL=${3:-0.5}
BIN=${BIN:-target/release/masthead}
PORT=${PORT:-18281}
LOAD=${LOAD:-1}
LOAD_CONNS=${LOAD_CONNS:-8}
export MASTHEAD_DATABASE_URL=${MASTHEAD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/masthead_bench_nodes}
OUT=bench/out-nodes
NODES=(1 2 3)
url() { echo "http://127.0.0.1:$((PORT + $1 - 1))"; }

is_pg || { echo "MASTHEAD_DATABASE_URL must be postgres://…: nodes share one PostgreSQL database" >&2; exit 1; }
[ "$LOAD" = 0 ] || need wrk wrk
[ -x "$BIN" ] || cargo build --release -q -p masthead
for n in "${NODES[@]}"; do
  if curl -s -o /dev/null "$(url "$n")/"; then echo "something already answers on $(url "$n"); set PORT" >&2; exit 1; fi
done

rm -rf "$OUT" && mkdir -p "$OUT/import" "${NODES[@]/#/$OUT/node}"
PIDS=() WRK_PIDS=() WPID=
cleanup() {
  set +e # a process that already ended must not stop the rest of the clean-up
  [ -n "$WPID" ] && kill "$WPID" 2>/dev/null
  for p in "${WRK_PIDS[@]}" "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# --- Database, corpus, nodes -----------------------------------------------------------------
fresh_database "$OUT/import"
echo "database: $(backend_label "$OUT/import")"
python3 bench/make_corpus.py "$OUT" "$ARTICLES"
for lang in en ru; do
  [ -f "$OUT/$lang.jsonl" ] && MASTHEAD_LOG=warn "$BIN" import jsonl "$OUT/$lang.jsonl" --edition "$lang" --data-dir "$OUT/import"
done
start=$(date +%s%N)
for n in "${NODES[@]}"; do
  MASTHEAD_LOG=warn "$BIN" serve --addr "127.0.0.1:$((PORT + n - 1))" --data-dir "$OUT/node$n" --view-flush-secs 5 \
    >"$OUT/node$n.log" 2>&1 &
  PIDS+=($!)
done
for n in "${NODES[@]}"; do
  wait_http "$(url "$n")/healthz" 60 || { cat "$OUT/node$n.log"; exit 1; }
  wait_http "$(url "$n")/en/" 20 || { cat "$OUT/node$n.log"; exit 1; }
done
echo "3 nodes answer after $(( ($(date +%s%N) - start) / 1000000 )) ms: $(url 1) $(url 2) $(url 3);" \
  "articles in database: $(db_value "$OUT/import" "select count(*) from articles")"

EN_SECTIONS=$(python3 bench/live_urls.py "$MASTHEAD_DATABASE_URL" "$OUT/urls.txt")
[ -n "$EN_SECTIONS" ] || { echo "no English sections were imported" >&2; exit 1; }
for n in "${NODES[@]}"; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$(url "$n")/en/"; done

writes() { # TSV: WRITES imports, each timed on every node
  python3 bench/nodes_writes.py "$BIN" "$OUT/import" "$EN_SECTIONS" "$1" $(url 1) $(url 2) $(url 3) \
    --count "$WRITES" --interval "$INTERVAL" --poll 0.01 --timeout 10 &
  WPID=$!
  wait "$WPID"
  WPID=
}

summary() { # TITLE TSV
  echo
  echo "$1"
  python3 - "$2" "${#NODES[@]}" <<'PY'
import math, sys
lines = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
nodes = int(sys.argv[2])
val = lambda v: None if v == "-" else float(v)
imports = [float(l[0]) for l in lines]
per_node = [[val(l[1 + i]) for l in lines] for i in range(nodes)]
last = [None if None in vs else max(vs) for vs in zip(*per_node)]
commit = [val(l[1 + nodes]) for l in lines]

def pct(xs, p):  # nearest rank
    return xs[max(0, math.ceil(p * len(xs)) - 1)]

fmt = "  %-34s %7s %9s %9s %9s %8s %10s"
print(fmt % ("import returned → title on /en/", "writes", "p50", "p90", "max", "> 1 s", "not shown"))
def row(name, xs):
    seen = sorted(x for x in xs if x is not None)
    missed = len(xs) - len(seen)
    over = sum(1 for x in seen if x > 1000) + missed
    cells = [f"{pct(seen, p):.1f} ms" for p in (0.5, 0.9)] + [f"{seen[-1]:.1f} ms"] if seen else ["-"] * 3
    print(fmt % (name, len(xs), *cells, over, missed))
for i, xs in enumerate(per_node):
    row(f"node {i + 1}", xs)
row("every node (all observations)", [x for xs in per_node for x in xs])
row("last of the three (per write)", last)
row("commit → last of the three", commit)
imports.sort()
print(f"  import process wall time (start-up included): p50 {pct(imports, 0.5):.0f} ms, max {imports[-1]:.0f} ms")
bad = sum(1 for x in last if x is None or x > 1000)
print(f"  target (visible on all three nodes under 1 s): {'ok' if bad == 0 else f'MISSED for {bad} of {len(last)} writes'}")
PY
}

# --- Writes, no other load -------------------------------------------------------------------
echo "writes: $WRITES, one every ${INTERVAL} s, by \`masthead import jsonl\`; /en/ polled every 10 ms on each node (10 s at most)"
writes "$OUT/writes-idle.tsv"
summary "No other load (Masthead on $(backend_short), 3 nodes):" "$OUT/writes-idle.tsv"

# --- The same under wrk load -------------------------------------------------------------------
if [ "$LOAD" != 0 ]; then
  # Long enough for the writes; stopped (SIGINT: wrk then prints its report) when they are done.
  secs=$(awk -v w="$WRITES" -v i="$INTERVAL" 'BEGIN {printf "%d", w * i * 4 + 120}')
  for n in "${NODES[@]}"; do
    wrk -t1 -c"$LOAD_CONNS" -d"${secs}s" --latency -s bench/zipf.lua "$(url "$n")" -- "$PWD/$OUT/urls.txt" >"$OUT/load-node$n.wrk" &
    WRK_PIDS+=($!)
  done
  sleep 2 # the load under way (and the popular pages cached) before the first write
  echo
  echo "writes again while wrk -t1 -c$LOAD_CONNS asks each node for $(wc -l <"$OUT/urls.txt") pages (Zipf, gzip)"
  writes "$OUT/writes-load.tsv"
  for p in "${WRK_PIDS[@]}"; do kill -INT "$p" 2>/dev/null || true; done
  for p in "${WRK_PIDS[@]}"; do wait "$p" || true; done
  WRK_PIDS=()
  summary "Under load (Masthead on $(backend_short), 3 nodes):" "$OUT/writes-load.tsv"
  for n in "${NODES[@]}"; do
    f=$OUT/load-node$n.wrk
    echo "  node $n under load: $(wrk_field "$f" rps) requests/s, p50 $(wrk_field "$f" p50), p99 $(wrk_field "$f" p99), $(wrk_field "$f" errors) errors"
  done
fi

echo
for n in "${NODES[@]}"; do
  echo "node $n /healthz: $(curl -s "$(url "$n")/healthz" | tr -s "\n" " " | sed "s/ $//"); resident memory $(rss_mib "${PIDS[$((n - 1))]}") MiB"
done
