#!/usr/bin/env bash
# Newsroom benchmark: how fast each admin page answers a signed-in editor and admin
# (NEWSROOM-UX: "every admin page answers in well under 100 ms on the demo data"), and what a
# sign-in costs (Argon2id on purpose). Release build on the demo site (SQLite), plus
# ARTICLES imported articles so the dashboard counts and desks read a realistic table; wrk on
# 127.0.0.1 with the session cookie, 4 connections, no page cache (admin pages are never
# cached). Prints requests/s, p50 and p99 per page.
# Usage: bench/admin.sh [ARTICLES=10000] [DURATION=5s]
# Env: BIN (default target/release/masthead). Output in bench/out-admin/.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ARTICLES=${1:-10000}
DURATION=${2:-5s}
PORT=18090
BASE="http://127.0.0.1:$PORT"
OUT=bench/out-admin
BIN=${BIN:-target/release/masthead}
PASSWORD="violet kettle drums at noon"
rm -rf "$OUT" && mkdir -p "$OUT/data"

need wrk wrk
[ -x "$BIN" ] || cargo build --release -q -p masthead

python3 bench/make_corpus.py "$OUT" "$ARTICLES"
for lang in en ru; do
  [ -f "$OUT/$lang.jsonl" ] && "$BIN" import jsonl "$OUT/$lang.jsonl" --edition "$lang" --data-dir "$OUT/data" >/dev/null 2>&1
done
for role in admin editor; do
  echo "$PASSWORD" | "$BIN" user add --email "$role@bench.test" --name "Bench $role" --role "$role" \
    --password-stdin --data-dir "$OUT/data" >/dev/null
done

PID=
cleanup() {
  set +e
  [ -n "$PID" ] && kill "$PID" 2>/dev/null
  wait 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

MASTHEAD_LOG=warn "$BIN" serve --addr 127.0.0.1:$PORT --data-dir "$OUT/data" >"$OUT/serve.log" 2>&1 &
PID=$!
wait_http "$BASE/admin/login" 20

# sign_in EMAIL: the session cookie (name=value) after signing in through the form.
sign_in() {
  local jar="$OUT/jar.$1" token
  token=$(curl -s -c "$jar" "$BASE/admin/login" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -H "Origin: $BASE" \
    --data-urlencode "csrf=$token" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
    "$BASE/admin/login"
  awk '$6 == "masthead_session" {print $6 "=" $7}' "$jar"
}

FMT="%-26s %10s %10s %10s\n"
printf "$FMT" "page (signed in)" "req/s" "p50" "p99"
run() { # NAME COOKIE PATH
  local file="$OUT/run.wrk"
  wrk -t2 -c4 -d1s -H "Cookie: $2" "$BASE$3" >/dev/null 2>&1 || true
  wrk -t2 -c4 -d"$DURATION" -H "Cookie: $2" --latency "$BASE$3" >"$file"
  local errors; errors=$(wrk_field "$file" errors)
  [ "$errors" = 0 ] || { echo "$1: $errors errors (not 2xx/3xx)"; cat "$file"; exit 1; }
  printf "$FMT" "$1" "$(wrk_field "$file" rps)" "$(wrk_field "$file" p50)" "$(wrk_field "$file" p99)"
}

ADMIN=$(sign_in admin@bench.test)
EDITOR=$(sign_in editor@bench.test)
[ -n "$ADMIN" ] && [ -n "$EDITOR" ] || { echo "sign-in failed"; cat "$OUT/serve.log"; exit 1; }
run "dashboard (editor)" "$EDITOR" /admin
run "dashboard (admin)" "$ADMIN" /admin
run "staff" "$ADMIN" /admin/staff
run "profile" "$EDITOR" /admin/profile
run "audit log" "$ADMIN" /admin/audit
run "audit export (JSON Lines)" "$ADMIN" /admin/audit.jsonl

# One sign-in end to end (page, then the form with its Argon2id check), timed by curl.
t0=$(date +%s%N)
for _ in 1 2 3 4 5; do sign_in editor@bench.test >/dev/null; done
t1=$(date +%s%N)
printf "%-26s %10s\n" "sign-in (5 in a row)" "$(( (t1 - t0) / 5000000 )) ms each"
echo "articles: $(curl -s -H "Cookie: $ADMIN" "$BASE/admin" | grep -o 'class="count">[0-9]*' | head -5 | sed 's/.*>//' | paste -sd+ | bc) across desks (counts shown)"
