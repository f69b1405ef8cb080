#!/usr/bin/env bash
# The import benchmark: a generated WordPress export of N posts (bench/make_wxr.py; default
# 100,000) imported by `masthead import wordpress` into an empty data directory, then the same
# file again (nothing to write); then N articles of JSON Lines (bench/make_corpus.py) by
# `masthead import jsonl`. Prints posts/s and the peak resident memory of each run (GNU time's
# maximum resident set size). Targets: WXR at >= 5,000 posts/s under 300 MB.
#
# Usage: bench/import.sh [N]      Env: BIN (default target/release/masthead; built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N=${1:-100000}
BIN=${BIN:-target/release/masthead}
[ -x "$BIN" ] || cargo build --release -q -p masthead
need /usr/bin/time time
OUT=$(mktemp -d /tmp/masthead-import-bench.XXXX)
trap 'rm -rf "$OUT"' EXIT

python3 bench/make_wxr.py "$OUT/site.xml" "$N"
echo "WXR: $N posts, $(du -m "$OUT/site.xml" | cut -f1) MB"

# run LABEL COMMAND...: runs it under GNU time, prints seconds, records/s (COUNT, default N)
# and peak RSS.
run() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  MASTHEAD_LOG=warn /usr/bin/time -f '%M' -o "$OUT/rss" "$@" >"$OUT/out" 2>"$OUT/err" || {
    cat "$OUT/err" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" -v n="${COUNT:-$N}" -v k="$(tail -1 "$OUT/rss")" \
    'BEGIN {t = e - s; printf "%-28s %7.1f s  %8.0f posts/s  peak RSS %6.1f MB\n", l, t, n / t, k / 1024}'
}

run "wordpress, empty site" "$BIN" import wordpress "$OUT/site.xml" --edition en --data-dir "$OUT/data"
grep -E '^posts:' "$OUT/out"
run "wordpress, again (no change)" "$BIN" import wordpress "$OUT/site.xml" --edition en --data-dir "$OUT/data"
grep -E '^posts:' "$OUT/out"

mkdir -p "$OUT/jsonl"
python3 bench/make_corpus.py "$OUT/jsonl" "$N" >/dev/null
for f in "$OUT"/jsonl/*.jsonl; do
  lang=$(basename "$f" .jsonl)
  COUNT=$(wc -l <"$f") run "jsonl ($lang), empty site" "$BIN" import jsonl "$f" --edition "$lang" --data-dir "$OUT/jdata"
done
