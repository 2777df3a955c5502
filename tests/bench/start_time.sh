#!/usr/bin/env bash
# Time from starting the program to its first window on screen, for the app
# (its start page, with the default rubric loaded) and for an empty wx frame
# started the same way (the baseline), median of RUNS runs each, under Xvfb.
#   start_time.sh BUILD_DIR [RUNS]      prints one Markdown line with the ratio
set -euo pipefail
build=$1
runs=${2:-7}
source "$(dirname "$0")/on_display.sh"

# Milliseconds until a window titled $1 is mapped, for the command after it.
time_to_window() { "$build/tests/bench/bench_time_to_window" "$@"; }

# Runs interleaved (empty, with text, app, empty, ...), so a slow spell of
# the machine falls on all three alike.
time_to_window "Minimal frame" "$build/tests/bench/bench_minimal_frame" 30 >/dev/null # warm the caches
time_to_window "Extra Mile" "$build/extramile" >/dev/null
for _ in $(seq "$runs"); do
    time_to_window "Minimal frame" "$build/tests/bench/bench_minimal_frame" 30 >>"$scratch/base"
    time_to_window "Minimal frame" "$build/tests/bench/bench_minimal_frame" 30 --with-text >>"$scratch/text"
    time_to_window "Extra Mile" "$build/extramile" >>"$scratch/app"
done
base=$(median <"$scratch/base")
text=$(median <"$scratch/text")
app=$(median <"$scratch/app")
ratio=$(awk -v a="$app" -v b="$base" 'BEGIN {printf "%.2f", a / b}')
text_ratio=$(awk -v a="$app" -v b="$text" 'BEGIN {printf "%.2f", a / b}')
echo "- start to first window: the app ${app} ms, an empty wx frame ${base} ms: **${ratio}x** (target: at most 1.3x; median of $runs); a frame with one label and one text field ${text} ms, the app ${text_ratio}x that"
