#!/usr/bin/env bash
# Time from starting the program to its first window on screen, for the app
# (its start page, with the default rubric loaded) and for an empty wx frame
# started the same way (the baseline), median of RUNS runs each, under Xvfb.
#   start_time.sh BUILD_DIR [RUNS]      prints one Markdown line with the ratio
set -euo pipefail
build=$1
runs=${2:-7}
if [ -z "${EXTRAMILE_BENCH_DISPLAY:-}" ]; then
    exec env EXTRAMILE_BENCH_DISPLAY=1 xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_DATA_HOME=$scratch/.local/share NO_AT_BRIDGE=1

# Milliseconds until a window titled $1 is mapped, for the command after it.
time_to_window() { "$build/tests/bench/bench_time_to_window" "$@"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

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
