#!/usr/bin/env bash
# Runs a command on an X server of its own (Xvfb), started for it alone and
# waited for until it answers: Xvfb names its display on a pipe (-displayfd)
# only once it accepts connections, so no test ever starts on a display that
# is not ready, and no two tests share one (a test that leaves a window, or
# a dying app, cannot disturb the next).
#   with_display.sh [--screen WxHxD] COMMAND [ARGS...]
set -uo pipefail
screen=1366x768x24
if [ "${1:-}" = --screen ]; then
    screen=$2
    shift 2
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$dir/display" \
     >"$dir/xvfb.log" 2>&1 &
server=$!
# The display number, once the server is ready (or EOF if it died first).
if ! read -r -t 30 number <"$dir/display" || [ -z "$number" ]; then
    echo "with_display: Xvfb did not start:" >&2
    cat "$dir/xvfb.log" >&2
    kill "$server" 2>/dev/null
    exit 1
fi
export DISPLAY=:$number
unset XAUTHORITY
"$@"
status=$?
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
exit $status
