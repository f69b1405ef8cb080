#!/usr/bin/env bash
# Checks Masthead's machine-readable outputs with the real programs that consume them:
# feedparser (RSS/Atom), xmllint + the sitemaps.org XSDs (sitemaps), the Nu HTML Checker
# (HTML), Python's json/robotparser (JSON-LD, robots.txt) and schemathesis (the OpenAPI API).
#
#   tools/consumers/run.sh path/to/masthead
#
# Installs its tools on first use (PyPI, npm and Debian packages only), starts the binary on a
# free port with a fresh data directory (demo content), imports one hostile article into the
# English edition, runs check.py against it and stops the server. Exits non-zero when any check
# fails. CONSUMERS_SKIP=api,html,... skips groups (see check.py --help).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${1:?usage: tools/consumers/run.sh path/to/masthead}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
[[ -x "$BIN" ]] || { echo "consumers: $BIN is not an executable" >&2; exit 2; }

VENV="$HERE/.venv"
XSD="$HERE/.venv/xsd"
log() { echo "consumers: $*"; }

# ---------------------------------------------------------------------------------- tools --
setup_tools() {
    local missing=()
    command -v xmllint >/dev/null || missing+=(libxml2-utils)
    command -v java >/dev/null || missing+=(default-jre-headless)
    command -v npm >/dev/null || missing+=(npm)
    python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
    if ((${#missing[@]})); then
        log "installing ${missing[*]} (apt)"
        local i
        for i in 1 2 3 4 5 6 7 8 9 10; do  # apt may be busy installing something else
            if { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >/tmp/consumers-apt.log 2>&1; then
                break
            fi
            ((i == 10)) && { cat /tmp/consumers-apt.log >&2; exit 2; }
            log "apt busy or failed, retrying in 15 s"; sleep 15
        done
    fi

    local want
    want="$(sha256sum "$HERE/requirements.txt" | cut -c1-64)"
    if [[ ! -x "$VENV/bin/python" || "$(cat "$VENV/.stamp" 2>/dev/null)" != "$want" ]]; then
        log "creating $VENV"
        rm -rf "$VENV"
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"
        echo "$want" >"$VENV/.stamp"
    fi

    want="$(sha256sum "$HERE/package-lock.json" | cut -c1-64)"
    if [[ ! -f "$HERE/node_modules/vnu-jar/build/dist/vnu.jar" || "$(cat "$HERE/node_modules/.stamp" 2>/dev/null)" != "$want" ]]; then
        log "npm ci in $HERE"
        # --ignore-scripts: vnu-jar's postinstall would fetch a Java runtime; the machine's java is used.
        (cd "$HERE" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        echo "$want" >"$HERE/node_modules/.stamp"
    fi

    # Schemas, all from the packages above (no registry package ships Google's
    # sitemap-news.xsd or the XHTML XSD, so those namespaces are checked by check.py itself):
    #  - sitemap.xsd: sitemaps.org's official schema, shipped by npm `sitemap`. Its url element
    #    takes extension elements (news:, xhtml:, image:) with processContents="strict", which
    #    needs their schemas; sitemap-ext.xsd is the same file with those wildcards made "lax".
    #  - siteindex.xsd: shipped by PyPI `sitemap-verify`.
    mkdir -p "$XSD"
    cp "$HERE/node_modules/sitemap/schema/sitemap.xsd" "$XSD/sitemap.xsd"
    sed 's/processContents="strict"/processContents="lax"/g' "$XSD/sitemap.xsd" >"$XSD/sitemap-ext.xsd"
    cp "$("$VENV/bin/python" -c 'import sitemap_verify, os; print(os.path.dirname(sitemap_verify.__file__))')/schemas/siteindex.xsd" "$XSD/siteindex.xsd"
}

# ---------------------------------------------------------------------------------- server --
WORK=""
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    [[ -n "$WORK" ]] && rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start=$(date +%s)
setup_tools
log "tools ready in $(($(date +%s) - start)) s"

WORK="$(mktemp -d /tmp/masthead-consumers.XXXXXX)"
DATA="$WORK/data"
PORT="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"

# The hostile article. Imported while the site runs: `import` on an empty data directory would
# mark the site set up without content, and `serve` would then skip the demo content.
HOSTILE_TITLE='Tom & Jerry <b>bold</b> ]]> </script><script>alert(1)</script> "q" '"'"'a'"'"' <!-- c -->'
export HOSTILE_TITLE
hostile_line() {  # $1 = 1 to put control characters in the body
    "$VENV/bin/python" - "$1" <<'EOF'
import json, os, sys, datetime
ctl = sys.argv[1] == "1"
body = (
    "First paragraph: ]]> and </script><script>alert(2)</script> and <!-- not a comment --> "
    "and &amp; and & alone and <b>bold</b> and \"double\" 'single' quotes.\n\n"
    "`]]>` in code, </style>, </textarea>, ]]]]><![CDATA[>, &#x0; &lt;tag&gt; \u2028line sep.\n\n"
    + ("Controls: [\u0001][\u0007][\u000b][\u000c][\u001b][\u007f][\ufffe].\n\n" if ctl else "")
    + "Последний абзац на русском и Հայերեն."
)
print(json.dumps({
    "id": "consumers-hostile-1",
    "title": os.environ["HOSTILE_TITLE"],
    "lead": "Lead with ]]> & <i>tags</i> </script>",
    "body": body,
    "kicker": "K & <k>",
    "tags": ["Tom & Jerry", "a]]>b <c>"],
    "author": "O'Brien & Sons",
    "published_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
}, ensure_ascii=False))
EOF
}

log "serving $BIN at $BASE (data $DATA)"
"$BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$DATA" --base-url "$BASE" \
    --search-per-minute 0 --api-per-minute 0 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
up=""
for _ in $(seq 600); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
    if "$VENV/bin/python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$BASE/healthz" 2>/dev/null; then
        up=1; break
    fi
    sleep 0.2
done
if [[ -z "$up" ]]; then
    log "the server did not answer /healthz; its log:"; tail -50 "$WORK/server.log" >&2; exit 1
fi
log "server up after $(($(date +%s) - start)) s"

import_ok=""
for ctl in 1 0; do
    hostile_line "$ctl" >"$WORK/hostile.jsonl"
    if "$BIN" import jsonl "$WORK/hostile.jsonl" --edition en --data-dir "$DATA" >"$WORK/import.log" 2>&1; then
        import_ok=1
        log "hostile article imported (control characters in the body: $([[ $ctl == 1 ]] && echo yes || echo no)): $(tail -1 "$WORK/import.log")"
        break
    fi
    log "import refused ($([[ $ctl == 1 ]] && echo with || echo without) control characters): $(tr '\n' ' ' <"$WORK/import.log")"
done

set +e
args=("$BASE" --xsd-dir "$XSD" --vnu-jar "$HERE/node_modules/vnu-jar/build/dist/vnu.jar"
      --venv "$VENV" --work "$WORK")
[[ -n "${CONSUMERS_SKIP:-}" ]] && args+=(--skip "$CONSUMERS_SKIP")
[[ -z "$import_ok" ]] && args+=(--no-hostile)
"$VENV/bin/python" "$HERE/check.py" "${args[@]}"
rc=$?
set -e
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "FAIL the server died during the checks; its log:"; tail -50 "$WORK/server.log" >&2; rc=1
elif grep -qiE 'panic|ERROR' "$WORK/server.log"; then
    log "server log has errors/panics (shown, not counted):"; grep -iE 'panic|ERROR' "$WORK/server.log" | sort | uniq -c | sort -rn | head -20
fi
log "done in $(($(date +%s) - start)) s"
exit $rc
