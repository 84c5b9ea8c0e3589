#!/usr/bin/env bash
# Alternates two checkouts' `pnpm bench` (before and after a change) on a quiet machine: ROUNDS × (before,
# after), each in a fresh process, with the same arguments; one JSON line per case, tagged with its checkout.
# Usage: apps/bench/scripts/before-after.sh BEFORE_DIR AFTER_DIR "BENCH ARGS" [ROUNDS]
# e.g.   apps/bench/scripts/before-after.sh ../before . "--config small --mode train,eval,sample --steps 40 --threads 1,2" 4
set -u
before=$1; after=$2; args=$3; rounds=${4:-3}
for r in $(seq "$rounds"); do
  for dir in "$before" "$after"; do
    # shellcheck disable=SC2086
    (cd "$dir/apps/bench" && npx tsx src/cli.ts --backend wasm --no-ceiling $args 2>/dev/null) |
      grep '"bench":"probseq-vrnn"' | sed "s|^|{\"checkout\":\"$dir\",\"round\":$r,\"result\":|; s|\$|}|"
  done
done
