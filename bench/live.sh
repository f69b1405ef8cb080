#!/usr/bin/env bash
# The benchmark that matters: readers ask for thousands of different pages, not one.
#
# Loads ARTICLES articles (bench/make_corpus.py) into a fresh SQLite data directory (or a fresh
# PostgreSQL database, see MASTHEAD_DATABASE_URL below), starts
# Masthead with its default page cache, and lists every article page plus the home and section
# pages of the ru and en editions. wrk (bench/zipf.lua) asks for those pages with Zipf
# popularity (s = 1, home pages on top) and Accept-Encoding: gzip, against
#   - nginx serving a static mirror of the same pages (each fetched once from Masthead with
#     Accept-Encoding: gzip, which is also the first warm-up; saved as <path>/index.html.gz with
#     the identity index.html beside it),
#   - Masthead with no writes (nginx, Masthead, nginx, Masthead: each pair twice),
#   - Masthead while one English article a second is written by `masthead import jsonl` in
#     another process (bench/live_writes.py), which also times how long each new article takes
#     to show on /en/ after the import returns; ten more writes are timed with no load after.
# For each run it prints requests/s, p50, p99, requests per server CPU-second (utime + stime from
# /proc/PID/stat; nginx master and workers summed), the page cache hit ratio and Masthead's
# resident memory, then a summary against the targets (bench/live_summary.py).
#
# Usage: bench/live.sh [ARTICLES=10000] [DURATION=30s] [CONNECTIONS=64]
# Env: BIN (default target/release/masthead), WARMUP (5s), PORT (18180), NGINX_PORT (18181),
#      ZIPF_SEED (1); MASTHEAD_DATABASE_URL=postgres://USER@HOST:PORT/DB to run on PostgreSQL
#      instead of SQLite in bench/out-live/data: that database is DROPPED and created anew first
#      (with psql), the imports and the writer use it too, and the header and summary name it.
# Output in bench/out-live/. Loads 127.0.0.1 only.
set -euo pipefail
[ -n "${BENCH_TRACE:-}" ] && set -x
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=${1:-10000}
DURATION=${2:-30s}
CONNS=${3:-64}
WARMUP=${WARMUP:-5s}
PORT=${PORT:-18180}
NGINX_PORT=${NGINX_PORT:-18181}
BIN=${BIN:-target/release/masthead}
OUT=bench/out-live
MASTHEAD=http://127.0.0.1:$PORT
NGINX=http://127.0.0.1:$NGINX_PORT

need wrk wrk
need nginx nginx-light
[ -x "$BIN" ] || cargo build --release -q -p masthead
for url in "$MASTHEAD" "$NGINX"; do
  if curl -s -o /dev/null "$url/"; then echo "something already answers on $url; set PORT / NGINX_PORT" >&2; exit 1; fi
done

rm -rf "$OUT" && mkdir -p "$OUT/data" "$OUT/mirror" "$OUT/nginx/logs"
fresh_database "$OUT/data"
echo "database: $(backend_label "$OUT/data")"
MPID= WPID=
cleanup() {
  set +e # a process that already ended must not stop the rest of the clean-up
  [ -n "$WPID" ] && kill "$WPID" 2>/dev/null
  [ -n "$MPID" ] && kill "$MPID" 2>/dev/null
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null
  wait 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# --- Corpus, server, URL list ------------------------------------------------------------
python3 bench/make_corpus.py "$OUT" "$ARTICLES"
for lang in en ru; do
  [ -f "$OUT/$lang.jsonl" ] && MASTHEAD_LOG=warn "$BIN" import jsonl "$OUT/$lang.jsonl" --edition "$lang" --data-dir "$OUT/data"
done
MASTHEAD_LOG=warn "$BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$OUT/data" --view-flush-secs 5 >"$OUT/serve.log" 2>&1 &
MPID=$!
wait_http "$MASTHEAD/healthz" || { cat "$OUT/serve.log"; exit 1; }

EN_SECTIONS=$(python3 bench/live_urls.py "$(db_target "$OUT/data")" "$OUT/urls.txt" "$PWD/$OUT/mirror" "$MASTHEAD" "$OUT/mirror.curl")
[ -n "$EN_SECTIONS" ] || { echo "no English sections were imported" >&2; exit 1; }

# --- Static mirror for nginx (also the first warm-up of Masthead's cache) ----------------
t0=$(date +%s%N)
curl -s --no-progress-meter --parallel --parallel-max 8 --create-dirs -H 'Accept-Encoding: gzip' \
  -K "$OUT/mirror.curl" -w '%{http_code} %{url_effective}\n' >"$OUT/mirror.status"
chmod -R a+rX "$OUT/mirror" # curl --create-dirs makes directories 0750
bad=$(grep -vc '^200 ' "$OUT/mirror.status" || true)
[ "$bad" = 0 ] || { echo "mirror: $bad pages did not answer 200:" >&2; grep -v '^200 ' "$OUT/mirror.status" | head >&2; exit 1; }
# Fetched as browsers fetch them (gzip, what Masthead keeps); nginx gets the same gzip body
# beside its identity file, made here.
find "$OUT/mirror" -name index.html -print0 | xargs -0 -n 500 sh -c 'for f; do mv "$f" "$f.gz"; done' _
find "$OUT/mirror" -name index.html.gz -print0 | xargs -0 -n 500 -P 2 gzip -dk
echo "mirror: $(wc -l <"$OUT/urls.txt") pages fetched and gzipped in $(( ($(date +%s%N) - t0) / 1000000 )) ms;" \
  "$(du -sm "$OUT/mirror" | cut -f1) MiB on disk"

nginx_conf "$PWD/$OUT/nginx" "$NGINX_PORT" "$PWD/$OUT/mirror" \
  'index index.html; location / { try_files $uri $uri/index.html =404; }'
nginx -p "$PWD/$OUT/nginx" -c "$PWD/$OUT/nginx/nginx.conf"
wait_http "$NGINX/"

# Both servers must answer the same paths, gzipped when asked.
for path in / /en/ "$(sed -n 3p "$OUT/urls.txt")" "$(tail -1 "$OUT/urls.txt")"; do
  for base in "$NGINX" "$MASTHEAD"; do
    enc=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$base$path" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
    [ "$enc" = gzip ] || { echo "$base$path did not answer gzip (Content-Encoding: '${enc}')" >&2; exit 1; }
  done
done
echo "nginx and masthead answer Content-Encoding: gzip for Accept-Encoding: gzip"

# --- Runs ----------------------------------------------------------------------------------
WRK=(wrk -t2 -c"$CONNS" --latency -s bench/zipf.lua)
URLS=$PWD/$OUT/urls.txt

cache_counts() { # hits stale_hits misses
  curl -s "$MASTHEAD/metrics" | awk '
    $1 == "masthead_page_cache_hits_total" {h = $2}
    $1 == "masthead_page_cache_stale_hits_total" {s = $2}
    $1 == "masthead_page_cache_misses_total" {m = $2}
    END {print h + 0, s + 0, m + 0}'
}

FMT="%-20s %11s %9s %9s %12s %8s %9s %7s\n"
RESULTS=$OUT/results.tsv
printf 'run\tserver\twrites\trps\tp50\tp99\treq_per_cpu_s\thit_ratio\trss_mib\terrors\n' >"$RESULTS"

measure() { # NAME nginx|masthead WRITES(0|1)
  local name=$1 server=$2 writes=$3 base pids file
  file=$OUT/$(echo "$name" | tr -cs 'a-z0-9' '-' | sed 's/-$//').wrk
  if [ "$server" = nginx ]; then base=$NGINX; pids=$(nginx_pids "$OUT/nginx/nginx.pid"); else base=$MASTHEAD; pids=$MPID; fi
  local c0= c1 t0 t1 hit=- rss=-
  [ "$server" = masthead ] && c0=$(cache_counts)
  t0=$(cpu_ticks $pids)
  if [ "$writes" = 1 ]; then
    python3 bench/live_writes.py "$MASTHEAD" "$BIN" "$OUT/data" "$EN_SECTIONS" "$OUT/writes-load.tsv" --seconds "$DURATION" &
    WPID=$!
  fi
  "${WRK[@]}" -d"$DURATION" "$base" -- "$URLS" >"$file"
  t1=$(cpu_ticks $pids)
  if [ "$server" = masthead ]; then
    c1=$(cache_counts)
    hit=$(echo "$c0 $c1" | awk '{h = $4 - $1 + $5 - $2; t = h + $6 - $3; if (t > 0) printf "%.1f%%", 100 * h / t; else print "-"}')
    rss=$(rss_mib "$MPID")
  fi
  local rps p50 p99 per_cpu errors
  rps=$(wrk_field "$file" rps); p50=$(wrk_field "$file" p50); p99=$(wrk_field "$file" p99)
  per_cpu=$(per_cpu_s "$(wrk_field "$file" requests)" $((t1 - t0)))
  errors=$(wrk_field "$file" errors)
  printf "$FMT" "$name" "$rps" "$p50" "$p99" "$per_cpu" "$hit" "$rss" "$errors"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$server" "$writes" "$rps" "$p50" "$p99" "$per_cpu" "$hit" "$rss" "$errors" >>"$RESULTS"
  if [ "$writes" = 1 ]; then wait "$WPID"; WPID=; fi
}

echo "warm-up: wrk $WARMUP on masthead and on nginx"
"${WRK[@]}" -d"$WARMUP" "$MASTHEAD" -- "$URLS" >"$OUT/warmup-masthead.wrk"
"${WRK[@]}" -d"$WARMUP" "$NGINX" -- "$URLS" >"$OUT/warmup-nginx.wrk"

echo "runs: $DURATION each, $CONNS connections, wrk -t2, Zipf over $(wc -l <"$URLS") pages, Accept-Encoding: gzip; Masthead on $(backend_short)"
printf "$FMT" "run" "requests/s" "p50" "p99" "req/CPU-s" "hits" "RSS MiB" "errors"
measure "nginx 1" nginx 0
measure "masthead 1" masthead 0
measure "nginx 2" nginx 0
measure "masthead 2" masthead 0
measure "masthead + writes" masthead 1
echo "(req/CPU-s: requests per CPU-second of the server processes only; the import processes of"
echo " the writes run are not counted. hits: (hits + stale hits) / lookups, from /metrics.)"

# --- New article on the home page, no load ---------------------------------------------------
python3 bench/live_writes.py "$MASTHEAD" "$BIN" "$OUT/data" "$EN_SECTIONS" "$OUT/writes-idle.tsv" --count 10
echo "masthead resident memory at the end: $(rss_mib "$MPID") MiB"

python3 bench/live_summary.py "$RESULTS" "$OUT/writes-load.tsv" "$OUT/writes-idle.tsv" --backend "$(backend_short)" | tee "$OUT/summary.txt"
