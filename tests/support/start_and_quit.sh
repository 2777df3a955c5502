#!/usr/bin/env bash
# Starts the app on its start page in the current X display, waits for its
# window, optionally takes a screenshot (and fails if it is blank), then quits
# with Ctrl+Q and fails unless the app exits cleanly.
#   start_and_quit.sh EXTRAMILE [SCREENSHOT.png]
set -uo pipefail
app=$1
shot=${2:-}
"$app" &
pid=$!
id=
for _ in $(seq 300); do
    id=$(xdotool search --onlyvisible --name "Extra Mile" 2>/dev/null | head -n1) && [ -n "$id" ] && break
    sleep 0.1
done
[ -n "$id" ] || { echo "start_and_quit: the start page did not show"; kill "$pid"; exit 1; }
sleep 1.5
if [ -n "$shot" ]; then
    import -window root "$shot"
    colours=$(identify -format %k "$shot")
    [ "$colours" -gt 50 ] || { echo "start_and_quit: the screenshot is blank ($colours colours)"; kill "$pid"; exit 1; }
fi
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "start_and_quit: the app did not quit"; kill "$pid"; exit 1; fi
wait "$pid"
