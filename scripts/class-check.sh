#!/usr/bin/env bash
# A whole class in headless Chromium (scripts/class-check.mjs): starts `glasshouse class` on a free
# loopback port with a throw-away data folder, drives the projector and two learners through it,
# and writes screenshots to DIR (default docs/class/). Needs node, npm and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
shots="${1:-$PWD/docs/class}"
case "$shots" in /*) ;; *) shots="$PWD/$shots" ;; esac
cache="${XDG_CACHE_HOME:-$HOME/.cache}/glasshouse"
modules="$cache/node/node_modules"
if [ ! -d "$modules/playwright-core" ]; then
  mkdir -p "$cache/node"
  npm install --silent --prefix "$cache/node" playwright-core@1 > /dev/null
fi
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/glasshouse"
data="$(mktemp -d)/class"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
out="$(mktemp)"
pidfile="$(mktemp)"
# Starts the class (again, with --resume, after a kill -9) and waits for it to say how to join.
serve() {
  : > "$out"
  "$bin" --lang en class --data "$data" --listen "127.0.0.1:$port" "$@" > "$out" 2>&1 &
  echo $! > "$pidfile"
  disown
  for _ in $(seq 1 50); do grep -q "^Trainer page" "$out" && break; sleep 0.2; done
}
trap 'kill -9 "$(cat "$pidfile")" 2>/dev/null || true; rm -rf "$data"' EXIT
serve
code=$(grep -o "with the code [A-Z0-9]*" "$out" | awk '{print $4}')
key=$(grep -o "yourself): [0-9a-f]*" "$out" | awk '{print $2}')
export -f serve
export bin data port out pidfile
RESTART='kill -9 "$(cat "$pidfile")"; sleep 0.5; serve --resume' \
  PLAYWRIGHT="$modules/playwright-core" node scripts/class-check.mjs "http://127.0.0.1:$port" "$key" "$code" "$shots"
echo "class screenshots in $shots"
