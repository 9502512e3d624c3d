#!/usr/bin/env bash
# Runs Inventory locally: PostgreSQL (our own cluster unless a connection string is given), the UI build, the API.
#   ./run.sh [--port N] [extra arguments for the app]     (env: INVENTORY_PORT, ConnectionStrings__Inventory)
set -euo pipefail
cd "$(dirname "$0")"

port=${INVENTORY_PORT:-8080}
args=()
while (($#)); do
  case $1 in
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --port=*) port=${1#--port=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

# a given connection string wins, so the same script runs against any database
if [[ -z ${ConnectionStrings__Inventory:-} ]]; then
  ConnectionStrings__Inventory=$(ops/db/local-postgres.sh ensure)
fi
export ConnectionStrings__Inventory

# the API serves ui/dist, so rebuild it when any UI source is newer than the last build
if [[ -f ui/package.json ]]; then
  if [[ ! -d ui/dist ]] ||
    [[ -n $(find ui -path ui/node_modules -prune -o -path ui/dist -prune -o -type f -newer ui/dist -print -quit) ]]; then
    echo "Building UI" >&2
    (cd ui && { [[ -d node_modules && node_modules -nt package-lock.json ]] || npm ci; } && npm run build && touch dist)
  fi
fi

# the key ring (which protects stored secrets, sessions and tokens) is kept encrypted with a certificate; a local run makes its own once
if [[ -z ${Inventory__DataProtection__Certificate:-} ]]; then
  keys=${XDG_DATA_HOME:-$HOME/.local/share}/inventory
  mkdir -p "$keys" && chmod 700 "$keys"
  ops/keys/new-key-ring.sh "$keys/key-ring.pfx"
  export Inventory__DataProtection__Certificate=$keys/key-ring.pfx
fi

# served on plain HTTP on loopback, so API clients' tokens are issued over HTTP here
export Inventory__Access__TokensOverHttp=${Inventory__Access__TokensOverHttp:-true}

echo "Inventory: http://127.0.0.1:$port"
exec dotnet run --project src/Inventory.Api -c Release -- --urls "http://127.0.0.1:$port" "${args[@]}"
