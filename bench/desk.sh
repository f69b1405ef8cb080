#!/usr/bin/env bash
# Desk benchmark: how soon readers are served what an editor publishes, and what publishing
# costs the cached home page (issue: "publish → served on the site, target under 200 ms on one
# node, and the cached home page's throughput while an editor publishes every 5 s").
#
# Release build on the demo site (SQLite; its English edition has the economy section) plus
# ARTICLES imported articles, served with --base-url http://127.0.0.1:PORT; an editor made with
# `masthead user add` signs in through the form (curl, cookie jar). Then:
#   1. COUNT English articles published one after another through the newsroom's own form
#      (bench/desk_publish.py: GET /admin/articles/new for the CSRF token, POST /admin/articles
#      with action=published), each followed by polling /en/post/<slug> and /en/ every 5 ms on
#      one keep-alive connection: ms from sending the publish request to its answer, to the
#      article's first 200 and to the home page listing it, min / p50 / p95 / max
#      (bench/desk_summary.py). The home page is cached, so this is the change-log purge path.
#   2. wrk on /en/ (Accept-Encoding: gzip, 2 threads, 4 connections, DURATION) without writes,
#      then again while the editor publishes an article every 5 s through the same form (those
#      publishes timed as in 1); requests/s, p50, p99, the ratio, page cache misses and renders.
# Usage: bench/desk.sh [ARTICLES=10000] [COUNT=20] [DURATION=20s]
# Env: BIN (default target/release/masthead), MASTHEAD_LOG (warn; debug shows the change-log
#      follower). Output in bench/out-desk/. Loads 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ARTICLES=${1:-10000}
COUNT=${2:-20}
DURATION=${3:-20s}
PORT=18095
BASE="http://127.0.0.1:$PORT"
OUT=bench/out-desk
BIN=${BIN:-target/release/masthead}
PASSWORD="violet kettle drums at noon"

need wrk wrk
[ -x "$BIN" ] || cargo build --release -q -p masthead
if curl -s -o /dev/null "$BASE/"; then echo "something already answers on $BASE" >&2; exit 1; fi
rm -rf "$OUT" && mkdir -p "$OUT/data"

PID= WPID=
cleanup() {
  set +e
  [ -n "$WPID" ] && kill "$WPID" 2>/dev/null
  [ -n "$PID" ] && kill "$PID" 2>/dev/null
  wait 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

serve() {
  MASTHEAD_LOG=${MASTHEAD_LOG:-warn} "$BIN" serve --addr 127.0.0.1:$PORT --base-url "$BASE" \
    --data-dir "$OUT/data" >>"$OUT/serve.log" 2>&1 &
  PID=$!
  wait_http "$BASE/healthz" 20 || { cat "$OUT/serve.log"; exit 1; }
}

# The first start on an empty data directory loads the demo site; stopped again so the corpus
# and the editor are written with no server running, as in bench/admin.sh.
serve
kill "$PID"; wait "$PID" || true; PID=
python3 bench/make_corpus.py "$OUT" "$ARTICLES"
for lang in en ru; do
  [ -f "$OUT/$lang.jsonl" ] && MASTHEAD_LOG=warn "$BIN" import jsonl "$OUT/$lang.jsonl" --edition "$lang" --data-dir "$OUT/data" >/dev/null 2>&1
done
echo "$PASSWORD" | MASTHEAD_LOG=warn "$BIN" user add --email editor@bench.test --name "Bench editor" --role editor \
  --password-stdin --data-dir "$OUT/data" >/dev/null
serve

# sign_in EMAIL: the session cookie (name=value) after signing in through the form.
sign_in() {
  local jar="$OUT/jar.$1" token
  token=$(curl -s -c "$jar" "$BASE/admin/login" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -H "Origin: $BASE" \
    --data-urlencode "csrf=$token" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
    "$BASE/admin/login"
  awk '$6 == "masthead_session" {print $6 "=" $7}' "$jar"
}
EDITOR=$(sign_in editor@bench.test)
[ -n "$EDITOR" ] || { echo "sign-in failed"; cat "$OUT/serve.log"; exit 1; }

cache_counts() { # misses renders
  curl -s "$BASE/metrics" | awk '
    $1 == "masthead_page_cache_misses_total" {m = $2}
    $1 == "masthead_page_renders_total" {r = $2}
    END {print m + 0, r + 0}'
}

REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- crates Cargo.toml Cargo.lock 2>/dev/null || REV="$REV + uncommitted changes"
[ -n "$(find crates Cargo.toml Cargo.lock -newer "$BIN" -type f -print -quit)" ] && REV="$REV (binary older than the sources)"
echo "machine: $(nproc) cores; binary $BIN at git $REV, built $(date -r "$BIN" '+%Y-%m-%d %H:%M')"
echo "site: demo + $ARTICLES imported articles; $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE/en/") bytes gzipped on /en/"
curl -s -o /dev/null "$BASE/en/" # fill the cache (identity and gzip)

# --- 1. Publish → served, no load -------------------------------------------------------------
echo
python3 bench/desk_publish.py "$BASE" "$EDITOR" "$OUT/publish-idle.tsv" --count "$COUNT" --tag idle
python3 bench/desk_summary.py "$OUT/publish-idle.tsv" "publish → served, no load" ||
  { echo "some articles were not served within 5 s; see $OUT/publish-idle.tsv"; exit 1; }

# --- 2. Cached home page, without and with an editor publishing every 5 s -----------------------
WRK=(wrk -t2 -c4 --latency -H 'Accept-Encoding: gzip')
run() { # NAME FILE
  local c0 c1 errors
  c0=$(cache_counts)
  "${WRK[@]}" -d"$DURATION" "$BASE/en/" >"$2"
  c1=$(cache_counts)
  errors=$(wrk_field "$2" errors)
  [ "$errors" = 0 ] || { echo "$1: $errors errors (not 2xx/3xx)"; cat "$2"; exit 1; }
  printf "$FMT" "$1" "$(wrk_field "$2" rps)" "$(wrk_field "$2" p50)" "$(wrk_field "$2" p99)" \
    "$(echo "$c0 $c1" | awk '{print $3 - $1 " / " $4 - $2}')"
}
echo
"${WRK[@]}" -d1s "$BASE/en/" >/dev/null 2>&1 || true
echo "wrk on /en/: $DURATION, 2 threads, 4 connections, Accept-Encoding: gzip"
FMT="%-30s %10s %10s %10s %16s\n"
printf "$FMT" "run" "req/s" "p50" "p99" "misses / renders"
run "home, no writes" "$OUT/home.wrk"
python3 bench/desk_publish.py "$BASE" "$EDITOR" "$OUT/publish-load.tsv" --seconds "$DURATION" --every 5 --tag load &
WPID=$!
run "home, publishing every 5 s" "$OUT/home-writes.wrk"
wait "$WPID"; WPID=
echo "with writes / without: $(awk -v a="$(wrk_field "$OUT/home.wrk" rps)" -v b="$(wrk_field "$OUT/home-writes.wrk" rps)" 'BEGIN {printf "%.2f", b / a}')"
echo "(misses / renders: page cache misses and pages rendered during the run, from /metrics; the"
echo " publisher's own requests included; concurrent misses of one page render it once)"
python3 bench/desk_summary.py "$OUT/publish-load.tsv" "publish → served, under the wrk load" || true
