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

# Milliseconds until a window titled $1 shows, for the command after it.
time_to_window() {
    local title=$1; shift
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    local pid=$!
    # The window as it is created on the display (--onlyvisible misses the
    # empty frame with no window manager; xdotool's own --sync polls only
    # twice a second, too coarse here).
    until xdotool search --name "$title" >/dev/null 2>&1; do sleep 0.005; done
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

time_to_window "Minimal frame" "$build/tests/bench/bench_minimal_frame" 30 >/dev/null # warm the caches
base=$(for _ in $(seq "$runs"); do time_to_window "Minimal frame" "$build/tests/bench/bench_minimal_frame" 30; done | median)
app=$(for _ in $(seq "$runs"); do time_to_window "Extra Mile" "$build/extramile"; done | median)
ratio=$(awk -v a="$app" -v b="$base" 'BEGIN {printf "%.2f", a / b}')
echo "- start to first window: the app ${app} ms, an empty wx frame ${base} ms: **${ratio}x** (target: at most 1.3x; median of $runs)"
