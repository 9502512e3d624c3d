#!/usr/bin/env bash
# Runs every test: .NET tests against PostgreSQL, then the UI tests when ui/ has any. Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")"

# tests get a throwaway-speed cluster (no fsync) of their own, apart from the one ./run.sh keeps data in
if [[ -z ${INVENTORY_TEST_CONNECTION:-} ]]; then
  INVENTORY_TEST_CONNECTION=$(ops/db/local-postgres.sh ensure --fast --port "${INVENTORY_TEST_PG_PORT:-55433}")
fi
export INVENTORY_TEST_CONNECTION

failed=()
# keep going after a failure so one run reports both halves
dotnet test Inventory.sln -c Release "$@" || failed+=(dotnet)

if [[ -f ui/package.json ]] &&
  node -e 'process.exit(require("./ui/package.json").scripts?.test ? 0 : 1)'; then
  # CI=true stops vitest (and similar) from entering watch mode in a terminal
  (cd ui && { [[ -d node_modules ]] || npm ci; } && CI=${CI:-true} npm test) || failed+=(ui)
fi

if ((${#failed[@]})); then
  echo "test.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all tests passed" >&2
