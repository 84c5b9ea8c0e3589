#!/usr/bin/env bash
# Root `pnpm test`: everything CI checks, two turbo tasks at a time (the CI machine has 2 cores).
#   1. system packages for the WebGPU and browser tests (.ci/system-deps.sh)
#   2. typecheck of every package and app; publint + attw of every published package (builds them first)
#   3. every package's test suite, with WebGPU on SwiftShader when an adapter answers (.ci/webgpu-env.mjs)
#   4. @probseq/testing's suites, incl. the pack-and-install test, which packs the dist/ folders step 2 built
# Both turbo runs go to the end (--continue) so one run shows every failure; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

bash .ci/system-deps.sh || exit 1

status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
turbo run typecheck lint --concurrency=2 --continue --log-order=grouped || status=1
echo "ci: typecheck + lint took $((SECONDS - start)) s (status $status)"

start=$SECONDS
node .ci/webgpu-env.mjs turbo run test --filter='!@probseq/testing' --concurrency=2 --continue --log-order=grouped 2>&1 | tee -a "$log" || status=1
echo "ci: package tests took $((SECONDS - start)) s"

# Alone, so no turbo build restores a dist/ folder while it is being packed.
start=$SECONDS
node .ci/webgpu-env.mjs turbo run test --filter=@probseq/testing --continue --log-order=grouped 2>&1 | tee -a "$log" || status=1
echo "ci: @probseq/testing (incl. pack-and-install) took $((SECONDS - start)) s"

# One closing line over every Vitest suite ("Tests  3 failed | 40 passed | 2 skipped (45)").
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /Tests +[0-9].*\([0-9]+\)/ {
    for (i = 1; i <= NF; i++) {
      if ($(i + 1) ~ /^passed/) p += $i
      if ($(i + 1) ~ /^failed/) f += $i
      if ($(i + 1) ~ /^skipped/) k += $i
    }
  }
  END { printf "ci: %d passed, %d failed, %d skipped\n", p, f, k }'
[ "$status" = 0 ] && echo "ci: all checks passed" || echo "ci: FAILED (see the errors above)"
exit "$status"
