#!/usr/bin/env bash
# Page benchmark: Masthead (release build, 10,000 articles on SQLite) against nginx serving a
# saved copy of the same article page, with wrk on 127.0.0.1. Prints requests/s, p50 and p99 for
# home, section and article pages, resident memory and time to first response.
# Usage: bench/pages.sh [ARTICLES=10000] [DURATION=10s] [CONNECTIONS=64]
set -euo pipefail
[ -n "${BENCH_TRACE:-}" ] && set -x
cd "$(dirname "$0")/.."
ARTICLES=${1:-10000}
DURATION=${2:-10s}
CONNS=${3:-64}
PORT=18080
NGINX_PORT=18081
OUT=bench/out
rm -rf "$OUT" && mkdir -p "$OUT/data" "$OUT/nginx/logs" "$OUT/nginx/html"

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light

cargo build --release -q -p masthead
BIN=target/release/masthead

python3 bench/make_corpus.py "$OUT" "$ARTICLES"
for lang in en ru; do
  [ -f "$OUT/$lang.jsonl" ] && "$BIN" import jsonl "$OUT/$lang.jsonl" --edition "$lang" --data-dir "$OUT/data" 2>/dev/null
done

start=$(date +%s%N)
MASTHEAD_LOG=warn "$BIN" serve --addr 127.0.0.1:$PORT --data-dir "$OUT/data" --view-flush-secs 5 >"$OUT/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
  sleep 0.01
  if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then echo "server did not answer in 20 s"; cat "$OUT/serve.log"; exit 1; fi
done
first_ms=$(( ($(date +%s%N) - start) / 1000000 ))

HOME_URL="/en/"
SECTION_URL=$(curl -s "http://127.0.0.1:$PORT/en/" | grep -o 'href="/en/category/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
ARTICLE_URL=$(curl -s "http://127.0.0.1:$PORT$SECTION_URL" | grep -o 'href="/en/post/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
curl -s "http://127.0.0.1:$PORT$ARTICLE_URL" -o "$OUT/nginx/html/article.html"
count=$(sqlite3 "$OUT/data/masthead.db" "select count(*) from articles" 2>/dev/null || echo "?")

cat >"$OUT/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/nginx/html;
    location = /article { default_type text/html; try_files /article.html =404; }
  }
}
NGINX
nginx -p "$PWD/$OUT/nginx" -c "$PWD/$OUT/nginx/nginx.conf"
sleep 0.3

run() { # name url
  wrk -t2 -c"$CONNS" -d1s "$2" >/dev/null 2>&1 || true
  local o; o=$(wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$2")
  local rps p50 p99
  rps=$(echo "$o" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$o" | awk '$1=="50%" {print $2}')
  p99=$(echo "$o" | awk '$1=="99%" {print $2}')
  printf "%-22s %12s %10s %10s\n" "$1" "$rps" "$p50" "$p99"
  echo "$1 $rps $p50 $p99" >>"$OUT/results.txt"
}

echo "articles in database: $count; article page: $ARTICLE_URL ($(wc -c <"$OUT/nginx/html/article.html") bytes)"
echo "first response after start: ${first_ms} ms"
printf "%-22s %12s %10s %10s\n" "page" "requests/s" "p50" "p99"
run "nginx static article" "http://127.0.0.1:$NGINX_PORT/article"
run "masthead article" "http://127.0.0.1:$PORT$ARTICLE_URL"
run "masthead home" "http://127.0.0.1:$PORT$HOME_URL"
run "masthead section" "http://127.0.0.1:$PORT$SECTION_URL"
echo "masthead resident memory: $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status)"

# The same pages rendered on every request (page cache off): what a cache miss costs.
MASTHEAD_LOG=warn "$BIN" serve --addr 127.0.0.1:$((PORT + 2)) --data-dir "$OUT/data" --page-cache-mb 0 >"$OUT/serve-nocache.log" 2>&1 &
PID2=$!
trap 'kill $PID $PID2 2>/dev/null || true; [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$((PORT + 2))/healthz"; do sleep 0.05; done
CONNS=16
run "uncached article" "http://127.0.0.1:$((PORT + 2))$ARTICLE_URL"
run "uncached home" "http://127.0.0.1:$((PORT + 2))$HOME_URL"
run "uncached section" "http://127.0.0.1:$((PORT + 2))$SECTION_URL"
python3 - "$OUT/results.txt" <<'PY'
import sys
def ms(v):
    for unit, f in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if v.endswith(unit) and (unit != "s" or not v.endswith("ms") and not v.endswith("us")):
            return float(v[: -len(unit)]) * f
    return float(v)
rows = {l.strip().rsplit(" ", 3)[0]: l.strip().rsplit(" ", 3)[1:] for l in open(sys.argv[1])}
n, m = rows["nginx static article"], rows["masthead article"]
print(f"article vs nginx: throughput {float(m[0]) / float(n[0]):.2f}x, p99 {ms(m[2]) / ms(n[2]):.2f}x")
PY
