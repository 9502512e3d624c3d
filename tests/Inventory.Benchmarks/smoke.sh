#!/usr/bin/env bash
# Runs every benchmark mode at a tiny size so a mode that breaks fails CI: a failed correctness check or an exception exits
# non-zero; a missed target (MISSED in the table) does not. Add a line to MODES for every new mode.
set -euo pipefail
cd "$(dirname "$0")/../.."

ASSETS=${SMOKE_ASSETS:-2000}
MODES=(
  "scan figures|"
  "relationships|--relationships"
  "reads|--reads"
  "instances|--instances 2"
)

if [[ -z ${INVENTORY_TEST_CONNECTION:-} ]]; then
  INVENTORY_TEST_CONNECTION=$(ops/db/local-postgres.sh ensure --fast --port "${INVENTORY_TEST_PG_PORT:-55433}")
fi
# CI reuses the Release build test.sh made; SMOKE_ARTIFACTS keeps a worktree's build apart from others'
if [[ -n ${SMOKE_ARTIFACTS:-} ]]; then
  dotnet build tests/Inventory.Benchmarks -c Release --artifacts-path "$SMOKE_ARTIFACTS" -v quiet -nologo
  bench="$SMOKE_ARTIFACTS/bin/Inventory.Benchmarks/release/Inventory.Benchmarks.dll"
else
  dotnet build tests/Inventory.Benchmarks -c Release -v quiet -nologo
  bench=tests/Inventory.Benchmarks/bin/Release/net10.0/Inventory.Benchmarks.dll
fi

now() { date +%s%N; }
failed=()
for entry in "${MODES[@]}"; do
  name=${entry%%|*}
  read -r -a options <<<"${entry#*|}"
  start=$(now)
  echo "::: benchmark smoke: $name (--assets $ASSETS ${options[*]:-})"
  if dotnet "$bench" --connection "$INVENTORY_TEST_CONNECTION" --assets "$ASSETS" "${options[@]}"; then
    echo "::: benchmark smoke: $name ok in $((($(now) - start) / 1000000)) ms"
  else
    echo "::: benchmark smoke: $name FAILED (exit $?) after $((($(now) - start) / 1000000)) ms"
    failed+=("$name")
  fi
done

if ((${#failed[@]})); then
  echo "benchmark smoke: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "benchmark smoke: every mode ran" >&2
