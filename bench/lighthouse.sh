#!/usr/bin/env bash
# Lighthouse scores of the reader site: performance, accessibility, best-practices and SEO of the
# home, one article, one section and a search page (a word of that article's title) of each
# edition (ru at /, en at /en/, hy at /hy/), in the light and the dark theme, as a table, then the
# failing audits of every score under 100 with a one-line reason. Then the Nu HTML Checker's
# errors and warnings on the same pages' HTML (as served) and on site.css.
#
# Usage: bench/lighthouse.sh [BASE_URL=http://127.0.0.1:8080]
#   against a running site, e.g. `masthead serve --search-per-minute 0` (the search pages are
#   asked for several times). Performance is Lighthouse's throttled mobile run by default; it is
#   meaningful only against a release build, and varies a few points between runs.
# Env: PRESET=mobile|desktop, EDITIONS="ru en hy", THEMES="light dark",
#   PAGES="home article section search", VNU=0 to skip the Nu checker,
#   CHROMIUM=/usr/bin/chromium. Reports (Lighthouse JSON, page HTML) go to bench/out-lighthouse/.
# Needs node >= 18.20, Debian's chromium and, for the Nu checker, java; the npm packages
# (bench/lighthouse/package.json) are installed on the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://127.0.0.1:8080}
BASE=${BASE%/}
OUT=bench/out-lighthouse
LH=bench/lighthouse
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

[ -x "$CHROMIUM" ] || { echo "no $CHROMIUM: apt-get install chromium" >&2; exit 2; }
command -v node >/dev/null || { echo "no node: apt-get install nodejs npm" >&2; exit 2; }
if [ ! -d "$LH/node_modules/lighthouse" ] || [ ! -d "$LH/node_modules/puppeteer-core" ] ||
  [ ! -f "$LH/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "installing Lighthouse (npm ci in $LH)..." >&2
  # --ignore-scripts: vnu-jar's install script would download a Java runtime; the machine's java
  # runs the checker.
  (cd "$LH" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
fi
curl -sf -o /dev/null "$BASE/healthz" || { echo "no Masthead answers at $BASE" >&2; exit 2; }

rm -rf "$OUT" && mkdir -p "$OUT"
export BASE OUT
node "$LH/run.mjs"

if [ "${VNU:-1}" != 0 ]; then
  echo
  if ! command -v java >/dev/null; then
    echo "Nu HTML Checker skipped: no java (apt-get install default-jre-headless)"
    exit 0
  fi
  echo "Nu HTML Checker (errors and warnings; none listed means valid):"
  # One JVM for every page; --format gnu gives "file":line.col-line.col: type: message.
  java -jar "$LH/node_modules/vnu-jar/build/dist/vnu.jar" --format gnu --also-check-css \
    "$OUT"/*.html crates/web/assets/site.css crates/web/assets/print.css 2>&1 |
    sed "s|^\"file:$PWD/|\"|" || true
fi
