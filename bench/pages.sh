#!/usr/bin/env bash
# Page benchmark: Masthead (release build, 10,000 articles on SQLite, or on PostgreSQL with
# MASTHEAD_DATABASE_URL) against nginx serving a saved copy of the same article page, with wrk
# on 127.0.0.1 (one URL per run, with
# Accept-Encoding: gzip as browsers and CDNs send; nginx serves a precompressed copy with
# gzip_static, Masthead the gzip body its page cache keeps). Prints requests/s, p50, p99 and requests
# per server CPU-second (utime + stime from /proc/PID/stat before and after the run; nginx
# master and workers summed) for the article page (nginx and Masthead, each pair run twice) and
# Masthead's home and section pages, resident memory and time to first response; then the
# article, both home pages and a section page with the page cache off (16 connections): what a
# cache miss costs. For the mix of thousands of pages readers really ask for, see bench/live.sh.
# Usage: bench/pages.sh [ARTICLES=10000] [DURATION=10s] [CONNECTIONS=64]
# Env: BIN (default target/release/masthead); MASTHEAD_DATABASE_URL=postgres://USER@HOST:PORT/DB
# to run on PostgreSQL instead of SQLite in bench/out/data: that database is DROPPED and created
# anew first (with psql, through the server's `postgres` database), as the SQLite data directory
# is wiped. The header names the database used. Output in bench/out/.
set -euo pipefail
[ -n "${BENCH_TRACE:-}" ] && set -x
cd "$(dirname "$0")/.."
source bench/lib.sh
ARTICLES=${1:-10000}
DURATION=${2:-10s}
CONNS=${3:-64}
PORT=18080
NGINX_PORT=18081
OUT=bench/out
BIN=${BIN:-target/release/masthead}
rm -rf "$OUT" && mkdir -p "$OUT/data" "$OUT/nginx/logs" "$OUT/nginx/html"
fresh_database "$OUT/data"

need wrk wrk
need nginx nginx-light
[ -x "$BIN" ] || cargo build --release -q -p masthead

python3 bench/make_corpus.py "$OUT" "$ARTICLES"
for lang in en ru; do
  [ -f "$OUT/$lang.jsonl" ] && "$BIN" import jsonl "$OUT/$lang.jsonl" --edition "$lang" --data-dir "$OUT/data" 2>/dev/null
done

PID= PID2=
cleanup() {
  set +e # a process that already ended must not stop the rest of the clean-up
  [ -n "$PID" ] && kill "$PID" 2>/dev/null
  [ -n "$PID2" ] && kill "$PID2" 2>/dev/null
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null
  wait 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

start=$(date +%s%N)
MASTHEAD_LOG=warn "$BIN" serve --addr 127.0.0.1:$PORT --data-dir "$OUT/data" --view-flush-secs 5 >"$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
  sleep 0.01
  if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then echo "server did not answer in 20 s"; cat "$OUT/serve.log"; exit 1; fi
done
first_ms=$(( ($(date +%s%N) - start) / 1000000 ))

HOME_URL="/en/"
RU_HOME_URL="/"
SECTION_URL=$(curl -s "http://127.0.0.1:$PORT/en/" | grep -o 'href="/en/category/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
ARTICLE_URL=$(curl -s "http://127.0.0.1:$PORT$SECTION_URL" | grep -o 'href="/en/post/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
curl -s "http://127.0.0.1:$PORT$ARTICLE_URL" -o "$OUT/nginx/html/article.html"
gzip -k -6 "$OUT/nginx/html/article.html"
count=$(db_value "$OUT/data" "select count(*) from articles")

nginx_conf "$PWD/$OUT/nginx" "$NGINX_PORT" "$PWD/$OUT/nginx/html" \
  'location = /article { try_files /article.html =404; }'
nginx -p "$PWD/$OUT/nginx" -c "$PWD/$OUT/nginx/nginx.conf"
wait_http "http://127.0.0.1:$NGINX_PORT/article"

FMT="%-22s %12s %10s %10s %12s\n"
ENCODING=gzip
run() { # NAME "PIDS" URL: 1 s warm-up, then the measured run (Accept-Encoding: $ENCODING)
  local name=$1 pids=$2 url=$3 file="$OUT/run.wrk" t0 t1
  wrk -t2 -c"$CONNS" -d1s -H "Accept-Encoding: $ENCODING" "$url" >/dev/null 2>&1 || true
  t0=$(cpu_ticks $pids)
  wrk -t2 -c"$CONNS" -d"$DURATION" -H "Accept-Encoding: $ENCODING" --latency "$url" >"$file"
  t1=$(cpu_ticks $pids)
  local rps p50 p99 per_cpu errors
  rps=$(wrk_field "$file" rps); p50=$(wrk_field "$file" p50); p99=$(wrk_field "$file" p99)
  per_cpu=$(per_cpu_s "$(wrk_field "$file" requests)" $((t1 - t0)))
  errors=$(wrk_field "$file" errors)
  printf "$FMT" "$name" "$rps" "$p50" "$p99" "$per_cpu"
  [ "$errors" = 0 ] || echo "  ($errors responses were errors or not 2xx/3xx)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "$per_cpu" >>"$OUT/results.tsv"
}

NGINX_PIDS=$(nginx_pids "$OUT/nginx/nginx.pid")
echo "database: $(backend_label "$OUT/data")"
echo "articles in database: $count; article page: $ARTICLE_URL ($(wc -c <"$OUT/nginx/html/article.html") bytes)"
echo "first response after start: ${first_ms} ms"
echo "$DURATION each, $CONNS connections, wrk -t2; req/CPU-s = requests per CPU-second of the server"
printf "$FMT" "page" "requests/s" "p50" "p99" "req/CPU-s"
for pair in 1 2; do
  run "nginx static article $pair" "$NGINX_PIDS" "http://127.0.0.1:$NGINX_PORT/article"
  run "masthead article $pair" "$PID" "http://127.0.0.1:$PORT$ARTICLE_URL"
done
run "masthead home" "$PID" "http://127.0.0.1:$PORT$HOME_URL"
run "masthead section" "$PID" "http://127.0.0.1:$PORT$SECTION_URL"
# A client that accepts no compression (a monitor, a script): the page is unzipped for it.
ENCODING=identity run "masthead article, identity" "$PID" "http://127.0.0.1:$PORT$ARTICLE_URL"
echo "masthead resident memory: $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status)"

# The same pages rendered on every request (page cache off): what a cache miss costs. The first
# server stops first: a second one cannot open the search index it holds in the data directory.
kill "$PID" && wait "$PID" 2>/dev/null || true
PID=
MASTHEAD_LOG=warn "$BIN" serve --addr 127.0.0.1:$((PORT + 2)) --data-dir "$OUT/data" --page-cache-mb 0 >"$OUT/serve-nocache.log" 2>&1 &
PID2=$!
wait_http "http://127.0.0.1:$((PORT + 2))/healthz"
CONNS=16
ENCODING=identity
echo "page cache off, $CONNS connections, no compression ($(backend_short)):"
run "uncached article" "$PID2" "http://127.0.0.1:$((PORT + 2))$ARTICLE_URL"
run "uncached home en" "$PID2" "http://127.0.0.1:$((PORT + 2))$HOME_URL"
run "uncached home ru" "$PID2" "http://127.0.0.1:$((PORT + 2))$RU_HOME_URL"
run "uncached section" "$PID2" "http://127.0.0.1:$((PORT + 2))$SECTION_URL"
python3 - "$OUT/results.tsv" <<'PY'
import sys
def ms(v):
    for unit, f in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if v.endswith(unit):
            return float(v[: -len(unit)]) * f
    return float(v)
rows = {l.split("\t")[0]: l.rstrip("\n").split("\t")[1:] for l in open(sys.argv[1])}
for pair in (1, 2):
    n, m = rows[f"nginx static article {pair}"], rows[f"masthead article {pair}"]
    cpu = f", per CPU-second {float(m[3]) / float(n[3]):.2f}x" if "-" not in (m[3], n[3]) else ""
    print(f"article vs nginx, pair {pair}: throughput {float(m[0]) / float(n[0]):.2f}x, "
          f"p99 {ms(m[2]) / ms(n[2]):.2f}x{cpu}")
PY
