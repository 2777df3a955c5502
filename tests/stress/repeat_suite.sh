#!/usr/bin/env bash
# The whole test suite, N times in a row under `ctest -j2`, with a CPU hog
# busy beside it the whole time: a test that fails once in N is a bug (a
# save slower than its promise, a display not ready), not bad luck.
#   tests/stress/repeat_suite.sh BUILD_DIR [N=20]
set -uo pipefail
build=$1
rounds=${2:-20}
hog() { while :; do :; done; }
hog & hog_pid=$!
trap 'kill $hog_pid 2>/dev/null' EXIT
failed=0
for round in $(seq "$rounds"); do
    start=$(date +%s)
    if (cd "$build" && ctest -j2 --output-on-failure >"$build/stress-round-$round.log" 2>&1); then
        echo "round $round of $rounds: passed in $(( $(date +%s) - start )) s"
    else
        echo "round $round of $rounds: FAILED (see $build/stress-round-$round.log)"
        grep -E "\*\*\*Failed|Timeout|failed out of" "$build/stress-round-$round.log"
        failed=$((failed + 1))
    fi
done
echo "$failed of $rounds rounds failed, with a CPU hog beside them"
[ "$failed" -eq 0 ]
