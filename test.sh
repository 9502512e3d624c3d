#!/usr/bin/env bash
# Runs every test: builds the UI (the browser tests serve ui/dist), the .NET tests against PostgreSQL, then the UI's component
# tests. Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")"

# tests get a throwaway-speed cluster (no fsync) of their own, apart from the one ./run.sh keeps data in
if [[ -z ${INVENTORY_TEST_CONNECTION:-} ]]; then
  INVENTORY_TEST_CONNECTION=$(ops/db/local-postgres.sh ensure --fast --port "${INVENTORY_TEST_PG_PORT:-55433}")
fi
export INVENTORY_TEST_CONNECTION

failed=()
# keep going after a failure so one run reports every part; without a built UI the browser tests fail and say why
ui_ready=0
if [[ -f ui/package.json ]]; then
  (cd ui && { [[ -d node_modules ]] || npm ci; } && npm run build) && ui_ready=1 || failed+=(ui-build)
fi

dotnet test Inventory.sln -c Release "$@" || failed+=(dotnet)

if ((ui_ready)); then
  # CI=true stops vitest from entering watch mode in a terminal
  (cd ui && CI=${CI:-true} npm test) || failed+=(ui)
fi

if ((${#failed[@]})); then
  echo "test.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all tests passed" >&2
