# Helpers shared by bench/pages.sh, bench/live.sh and bench/nodes.sh (sourced, not run).

CLK_TCK=$(getconf CLK_TCK)

# need COMMAND PACKAGE: install PACKAGE with apt when COMMAND is missing.
need() {
  command -v "$1" >/dev/null 2>&1 && return
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# cpu_ticks PID...: user + system CPU time of the processes so far, in clock ticks
# (fields 14 and 15 of /proc/PID/stat; the text after ") " starts at field 3).
cpu_ticks() {
  local p total=0
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    total=$(( total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}') ))
  done
  echo "$total"
}

# nginx_pids PIDFILE: the nginx master and its workers.
nginx_pids() {
  local master; master=$(cat "$1")
  echo "$master" $(ps -o pid= --ppid "$master")
}

# rss_mib PID: resident memory in MiB.
rss_mib() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

# wrk_field FILE rps|p50|p99|requests|errors: one figure from a saved `wrk --latency` report.
wrk_field() {
  case $2 in
    rps) awk '/^Requests\/sec/ {print $2}' "$1" ;;
    p50) awk '$1 == "50%" {print $2}' "$1" ;;
    p99) awk '$1 == "99%" {print $2}' "$1" ;;
    requests) awk '/ requests in / {print $1}' "$1" ;;
    errors) # non-2xx/3xx answers plus socket errors
      awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$1" ;;
  esac
}

# per_cpu_s REQUESTS TICKS: requests per server CPU-second.
per_cpu_s() { awk -v r="$1" -v t="$2" -v hz="$CLK_TCK" 'BEGIN {if (t > 0) printf "%.0f", r / (t / hz); else print "-"}'; }

# wait_http URL [SECONDS=20]: wait until URL answers 200.
wait_http() {
  local deadline=$(( $(date +%s) + ${2:-20} ))
  until curl -sf -o /dev/null "$1"; do
    [ "$(date +%s)" -ge "$deadline" ] && { echo "no answer from $1 in ${2:-20} s" >&2; return 1; }
    sleep 0.01
  done
}

# nginx_conf DIR PORT ROOT "SERVER DIRECTIVES": a well-configured nginx serving ROOT on
# 127.0.0.1:PORT (DESIGN.md: sendfile, tcp_nopush, tcp_nodelay, open_file_cache — without it
# nginx serves about a third fewer requests here — and worker_processes auto; gzip_static for
# precompressed pages), written to DIR/nginx.conf with its pid and logs under DIR.
nginx_conf() {
  cat >"$1/nginx.conf" <<NGINX
worker_processes auto;
pid $1/nginx.pid;
error_log $1/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 1000000;
  open_file_cache max=20000 inactive=60s;
  open_file_cache_valid 60s;
  gzip_static on;
  types { text/html html; }
  default_type text/html;
  server {
    listen 127.0.0.1:$2;
    root $3;
    $4
  }
}
NGINX
}

# --- The database: SQLite in the data directory (the default) or PostgreSQL ------------------
# With MASTHEAD_DATABASE_URL=postgres://… in the environment every `masthead` command of a run
# uses that database (masthead reads the variable itself); the scripts make it fresh first.

# is_pg: MASTHEAD_DATABASE_URL names a PostgreSQL database.
is_pg() { [[ ${MASTHEAD_DATABASE_URL:-} =~ ^postgres(ql)?:// ]]; }

# pg_dbname URL: the database's name (the path, without any ?parameters).
pg_dbname() { local u=${1%%\?*}; echo "${u##*/}"; }

# pg_admin_url URL: the same server's `postgres` database, to drop and create others from.
pg_admin_url() {
  local u=${1%%\?*} q=
  [[ $1 == *\?* ]] && q="?${1#*\?}"
  echo "${u%/*}/postgres$q"
}

# redacted URL: the URL with its password, if any, replaced by ***.
redacted() { sed -E 's#^([a-z]+://[^:/@]*):[^@]*@#\1:***@#' <<<"$1"; }

# pg_fresh URL: drop the database URL names (closing its connections) and create it empty, as
# the scripts wipe their SQLite data directory. Refuses the server's own databases.
pg_fresh() {
  local db; db=$(pg_dbname "$1")
  case $db in
    "" | postgres | template0 | template1) echo "refusing to drop the database '$db' of $(redacted "$1")" >&2; return 1 ;;
  esac
  psql -X -q -v ON_ERROR_STOP=1 "$(pg_admin_url "$1")" \
    -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\"" >/dev/null
}

# fresh_database DATA_DIR: a PostgreSQL database (MASTHEAD_DATABASE_URL) dropped and created
# anew; nothing to do for SQLite, whose database lives in DATA_DIR, which the caller wiped.
fresh_database() {
  if is_pg; then
    command -v psql >/dev/null || { echo "psql is needed for MASTHEAD_DATABASE_URL=postgres://…" >&2; return 1; }
    pg_fresh "$MASTHEAD_DATABASE_URL"
  elif [ -n "${MASTHEAD_DATABASE_URL:-}" ]; then
    echo "MASTHEAD_DATABASE_URL is set but not postgres://…; the benchmarks use SQLite in their data directory or PostgreSQL" >&2
    return 1
  fi
}

# db_target DATA_DIR: what bench/bench_db.py and `db_value` read: the PostgreSQL URL, or the
# SQLite file in DATA_DIR.
db_target() { if is_pg; then echo "$MASTHEAD_DATABASE_URL"; else echo "$1/masthead.db"; fi; }

# db_value DATA_DIR SQL: one value from the database in use ("?" when it cannot be read).
db_value() {
  if is_pg; then psql -X -A -t -q "$MASTHEAD_DATABASE_URL" -c "$2" 2>/dev/null || echo "?"
  else sqlite3 "$1/masthead.db" "$2" 2>/dev/null || echo "?"; fi
}

# backend_label DATA_DIR: which database this run uses, for the report's header.
backend_label() {
  if is_pg; then
    local version; version=$(psql -X -A -t -q "$MASTHEAD_DATABASE_URL" -c "SHOW server_version" 2>/dev/null | cut -d' ' -f1)
    echo "PostgreSQL ${version:-?} ($(redacted "$MASTHEAD_DATABASE_URL"))"
  else
    echo "SQLite ($1/masthead.db)"
  fi
}

# backend_short: "SQLite" or "PostgreSQL", for table rows.
backend_short() { if is_pg; then echo PostgreSQL; else echo SQLite; fi; }
