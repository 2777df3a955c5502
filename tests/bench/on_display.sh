# Sourced by the app benchmarks (start_time.sh, compare_view.sh): re-runs the
# script under its own Xvfb display, gives it a scratch home (no preferences
# of the person running it) removed at exit, and defines median (of numbers
# on stdin, one a line).
if [ -z "${EXTRAMILE_BENCH_DISPLAY:-}" ]; then
    exec env EXTRAMILE_BENCH_DISPLAY=1 xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_DATA_HOME=$scratch/.local/share NO_AT_BRIDGE=1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
