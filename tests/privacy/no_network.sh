#!/usr/bin/env bash
# Candidate files never leave the machine: run what a user runs (validate,
# compare, print, and the app from start to quit) under strace and fail if
# any process opens an Internet socket (AF_INET or AF_INET6). Local sockets
# (the X server, D-Bus) are fine.
#   no_network.sh EXTRAMILE_BINARY TEST_DATA_DIR
set -euo pipefail
app=$1
data=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export NO_AT_BRIDGE=1 EXTRAMILE_RUBRIC_PATH=$data/good
mkdir -p "$HOME"

traced() { # name command...
    local name=$1; shift
    strace -f -qq -e trace=socket,connect -o "$scratch/$name.trace" "$@" >"$scratch/$name.out" 2>&1 || {
        echo "no_network: '$name' failed:"; cat "$scratch/$name.out"; exit 1; }
}

traced validate "$app" validate "$data/good/sample.rubric.xml" "$data/good/ana-perez.scorecard.xml"
traced compare "$app" compare --format json "$data/panel"
if "$app" --help | grep -q "print"; then
    traced print "$app" print generosity --lang es --pdf "$scratch/sheet.pdf"
fi

# The app: start it, wait for its window, quit with Ctrl+Q.
traced app "$(dirname "$0")/../support/with_display.sh" "$(dirname "$0")/../support/start_and_quit.sh" "$app"

if grep -hE 'AF_INET6?|sin6?_port' "$scratch"/*.trace; then
    echo "no_network: an Internet socket was opened (lines above)"
    exit 1
fi
echo "no_network: $(cat "$scratch"/*.trace | wc -l) socket calls traced, none to the Internet"
