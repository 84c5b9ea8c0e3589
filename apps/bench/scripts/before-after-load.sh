#!/usr/bin/env bash
# Alternates two checkouts' `pnpm bench` (before and after a change), 1 and 2 engine threads, each case in a
# fresh process beside LOAD busy processes (each ends by itself after 5 minutes at most).
# Usage: apps/bench/scripts/before-after-load.sh BEFORE_DIR AFTER_DIR [mode] [steps] [rounds]
set -u
before=$1; after=$2; mode=${3:-train}; steps=${4:-10}; rounds=${5:-2}; load=${LOAD:-2}
for r in $(seq "$rounds"); do
  for dir in "$before" "$after"; do
    for t in 1 2; do
      pids=()
      for _ in $(seq "$load"); do timeout 300 node -e 'for (;;) {}' & pids+=($!); done
      line=$(cd "$dir/apps/bench" && npx tsx src/cli.ts --backend wasm --config small --mode "$mode" --threads "$t" \
        --no-ceiling --steps "$steps" 2>/dev/null | grep '"bench":"probseq-vrnn"' | tail -1)
      kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null
      echo "{\"checkout\":\"$dir\",\"round\":$r,\"load\":$load,\"result\":$line}"
    done
  done
done
