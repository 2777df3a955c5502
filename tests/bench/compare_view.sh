#!/usr/bin/env bash
# The app's compare view on a folder of scorecards (2,000 from run.py's data):
# when the first rows show, when the whole folder is in the table, and the
# longest the window goes without answering, median of RUNS runs under Xvfb;
# the whole load is set against `extramile compare` on the same files run
# the same way (the command line reads scores only, the view notes too).
#   compare_view.sh BUILD_DIR FOLDER [RUNS]    prints one Markdown line
set -euo pipefail
build=$1
folder=$2
runs=${3:-5}
source "$(dirname "$0")/on_display.sh"
files=$(find "$folder" -name '*.scorecard.xml' | wc -l)

"$build/tests/bench/bench_compare_view" "$folder" >/dev/null # warm the caches
for _ in $(seq "$runs"); do
    "$build/tests/bench/bench_compare_view" "$folder" >>"$scratch/view"
    start=$(date +%s%N)
    "$build/extramile" compare --format json "$folder" >/dev/null
    echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$scratch/cli"
done
first=$(cut -d' ' -f1 "$scratch/view" | median)
whole=$(cut -d' ' -f2 "$scratch/view" | median)
stall=$(cut -d' ' -f3 "$scratch/view" | sort -n | tail -n1)
rows=$(cut -d' ' -f4 "$scratch/view" | sort -u | xargs)
cli=$(median <"$scratch/cli")
ratio=$(awk -v a="$whole" -v b="$cli" 'BEGIN {printf "%.1f", a / b}')
echo "- compare view on $files scorecards ($rows candidates): first rows after ${first} ms, the whole table after ${whole} ms (${ratio}x \`extramile compare\` on the same files, ${cli} ms), the window never more than ${stall} ms without answering (worst of $runs; median of $runs otherwise)"
