#!/usr/bin/env bash
# A private PostgreSQL cluster for running and testing Inventory locally (no Docker on these machines).
#   local-postgres.sh ensure [--data DIR] [--port PORT] [--fast]   prints the Npgsql connection string
#   local-postgres.sh stop   [--data DIR] [--port PORT]
# Only stdout line of `ensure` is the connection string, so callers can do CS=$(local-postgres.sh ensure).
set -euo pipefail
umask 022 # parents we create must stay traversable by the postgres OS user

log() { echo "local-postgres: $*" >&2; }
die() { log "$*"; exit 1; }
usage() { sed -n '2,5p' "$0" >&2; exit 2; }

cmd=${1:-}
[[ $cmd == ensure || $cmd == stop ]] || usage
shift
port=${INVENTORY_PG_PORT:-55432}
data=""
fast=0
while (($#)); do
  case $1 in
    --data) data=${2:?--data needs a directory}; shift 2 ;;
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --fast) fast=1; shift ;;
    *) usage ;;
  esac
done
[[ $port =~ ^[0-9]+$ ]] || die "port must be a number: $port"
data=$(realpath -m "${data:-/var/tmp/inventory-postgres/$port}")
# pg_ctl hands its -o options to a shell, so keep the path free of characters that need quoting
[[ $data =~ ^[A-Za-z0-9_./-]+$ ]] || die "data dir must contain only letters, digits and _ . / -: $data"

# initdb and pg_ctl refuse to run as root, so root runs them as the package's postgres user
as_pg() {
  if ((EUID == 0)); then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# initdb's chatter (and its "now start it with pg_ctl" advice) is only worth showing when it fails
run_initdb() { as_pg "$bin/initdb" -D "$data" --auth=trust -U postgres --encoding=UTF8 --locale="$1" 2>&1; }

newest_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_postgres() {
  log "PostgreSQL not found: installing Debian package postgresql"
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
  # the package may start its own "main" cluster on 5432; we never use it, so stop it to save memory
  "${sudo[@]}" pg_ctlcluster "$(basename "$(dirname "$(newest_bin)")")" main stop >/dev/null 2>&1 || true
}

running() { [[ -f $data/PG_VERSION ]] && as_pg "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; }

# an existing cluster must be driven by its own major version; a new one gets the newest installed
if [[ -f $data/PG_VERSION ]]; then
  bin=/usr/lib/postgresql/$(cat "$data/PG_VERSION")/bin
  [[ -x $bin/pg_ctl ]] || die "$data needs PostgreSQL $(cat "$data/PG_VERSION"), which is not installed"
elif [[ $cmd == ensure ]]; then
  [[ -n $(newest_bin) && -x $(newest_bin)/initdb ]] || install_postgres
  bin=$(newest_bin)
  [[ -x $bin/initdb ]] || die "no initdb under /usr/lib/postgresql/*/bin after installing"
fi

if [[ $cmd == stop ]]; then
  if [[ -n ${bin:-} ]] && running; then
    as_pg "$bin/pg_ctl" stop -D "$data" -m fast -w >&2
  else
    log "not running: $data"
  fi
  exit 0
fi

((EUID != 0)) || id postgres >/dev/null 2>&1 || die "running as root needs the postgres OS user (install package postgresql)"

# two callers at once (run.sh and test.sh) must not both initdb or start the same cluster
exec 9>"${TMPDIR:-/tmp}/inventory-postgres-$(id -u).lock"
flock -w 120 9 || die "timed out waiting for another local-postgres.sh"

if ! running; then
  if [[ ! -f $data/PG_VERSION ]]; then
    mkdir -p "$data"
    if ((EUID == 0)); then chown postgres:postgres "$data"; fi
    chmod 700 "$data"
    as_pg test -w "$data" -a -x "$data" || die "$data is not reachable by user postgres (parents must be traversable, not under /root)"
    log "creating cluster in $data with $bin"
    # C.UTF-8 sorts like C but keeps UTF-8 character classes; plain C is the fallback where it is missing
    out=$(run_initdb C.UTF-8) || out=$(run_initdb C) || die "initdb failed:"$'\n'"$out"
  fi
  # the socket lives in the data dir because /var/run/postgresql may be missing; too long a path disables it (we use TCP)
  socket=$data
  ((${#data} + 20 < 107)) || socket=""
  opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$socket'"
  opts+=" -c max_connections=300 -c shared_buffers=256MB"
  # tests and benchmarks throw their data away, so durability is wasted time for them
  ((fast)) && opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  log "starting PostgreSQL on 127.0.0.1:$port$( ((fast)) && echo ' (fast: no fsync)')"
  # 9>&- keeps the lock from being inherited (and held forever) by the server
  as_pg "$bin/pg_ctl" start -D "$data" -l "$data/server.log" -w -t 30 -o "$opts" >&2 9>&- ||
    die "PostgreSQL did not start; end of $data/server.log:$(echo; tail -n 20 "$data/server.log" 2>/dev/null)"
elif ((fast)); then
  log "reusing running cluster $data (--fast applies only when it starts)"
fi

# pg_ctl -w trusts the pid file; pg_isready proves clients can actually connect over TCP
for ((i = 0; i < 300; i++)); do
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
  sleep 0.1
done
((i < 300)) || die "PostgreSQL on port $port is not ready after 30 s; end of $data/server.log:$(echo; tail -n 20 "$data/server.log" 2>/dev/null)"

# \gexec runs each generated statement on its own, which CREATE DATABASE needs (no transaction)
"$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres >&2 <<'SQL'
SELECT 'CREATE ROLE inventory LOGIN SUPERUSER PASSWORD ''inventory'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'inventory') \gexec
SELECT 'CREATE DATABASE inventory OWNER inventory'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'inventory') \gexec
SQL

echo "Host=127.0.0.1;Port=$port;Username=inventory;Password=inventory;Database=inventory"
