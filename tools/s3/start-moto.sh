#!/usr/bin/env bash
# Starts a local S3-compatible server (moto) for the media store's S3 tests and prints the
# media URL to test against on standard output (everything else goes to standard error):
#
#   export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test
#   export MASTHEAD_TEST_S3_URL="$(tools/s3/start-moto.sh)"
#   cargo test -p masthead-media --test s3
#   kill "$(cat target/moto.pid)"
#
# Installs moto (tools/s3/requirements.txt, from PyPI) into a virtualenv under
# ${XDG_CACHE_HOME:-~/.cache}/masthead/ on first use, starts `moto_server` on 127.0.0.1 in the
# background, writes its pid to target/moto.pid (the caller stops it), waits until it answers
# and creates the bucket. moto accepts any credentials. Settings (environment):
#   MOTO_PORT (9324), MOTO_BUCKET (masthead-test), MOTO_PIDFILE (target/moto.pid),
#   MOTO_VENV (~/.cache/masthead/moto-venv).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${MOTO_PORT:-9324}"
BUCKET="${MOTO_BUCKET:-masthead-test}"
PIDFILE="${MOTO_PIDFILE:-$ROOT/target/moto.pid}"
VENV="${MOTO_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/masthead/moto-venv}"
LOG="$(dirname "$PIDFILE")/moto.log"
ENDPOINT="http://127.0.0.1:$PORT"
log() { echo "start-moto: $*" >&2; }

# ------------------------------------------------------------------------------ install --
want="$(sha256sum "$ROOT/tools/s3/requirements.txt" | cut -c1-64)"
if [[ ! -x "$VENV/bin/moto_server" || "$(cat "$VENV/.stamp" 2>/dev/null)" != "$want" ]]; then
    if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
        log "installing python3-venv (apt)"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; } >&2
    fi
    log "installing moto into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check -r "$ROOT/tools/s3/requirements.txt" >&2
    echo "$want" >"$VENV/.stamp"
fi

# -------------------------------------------------------------------------------- start --
answers() {
    "$VENV/bin/python" - "$ENDPOINT" <<'PY' 2>/dev/null
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1] + "/moto-api/", timeout=1)
except urllib.error.HTTPError:
    pass  # an HTTP answer of any status: the server is up
PY
}

mkdir -p "$(dirname "$PIDFILE")"
if [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && answers; then
    log "moto already running (pid $(cat "$PIDFILE")) on $ENDPOINT"
else
    if answers; then
        log "something else answers on $ENDPOINT; set MOTO_PORT to another port"
        exit 1
    fi
    # setsid: its own process group, so that the caller's job control and signals do not reach it.
    setsid "$VENV/bin/moto_server" -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 </dev/null &
    echo $! >"$PIDFILE"
    for _ in $(seq 1 100); do  # up to 20 s
        answers && break
        if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
            log "moto_server exited; its log:"; cat "$LOG" >&2; exit 1
        fi
        sleep 0.2
    done
    answers || { log "moto_server did not answer on $ENDPOINT within 20 s"; kill "$(cat "$PIDFILE")"; exit 1; }
    log "moto_server running (pid $(cat "$PIDFILE"), log $LOG) on $ENDPOINT"
fi

# ------------------------------------------------------------------------------- bucket --
AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test "$VENV/bin/python" - "$ENDPOINT" "$BUCKET" <<'PY' >&2
import sys, boto3
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1")
try:
    s3.create_bucket(Bucket=sys.argv[2])
except s3.exceptions.BucketAlreadyOwnedByYou:
    pass
PY

echo "s3://$BUCKET/media?endpoint=$ENDPOINT&region=us-east-1&allow_http=true"
