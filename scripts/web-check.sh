#!/usr/bin/env bash
# Builds the book with the browser simulator, serves it on 127.0.0.1 and checks a chapter's
# "Play in your browser" in headless Chromium (scripts/web-check.mjs): no .wasm before the click,
# the simulator ready, not blank, no console error, no request outside 127.0.0.1.
# Usage: scripts/web-check.sh [OUT.png]     Needs: chromium, node + npm, wasm32 target, wasm-bindgen-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$PWD/web-check.png}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
cache="${XDG_CACHE_HOME:-$HOME/.cache}/glasshouse"
pw="$cache/node/node_modules/playwright-core"
if [ ! -d "$pw" ]; then
  mkdir -p "$cache/node"
  npm install --silent --prefix "$cache/node" playwright-core@1 > /dev/null
fi
html="$(mktemp -d)/html"
# The debug binary CI already built: a release build of the host binary only to run this command
# would compile Bevy a second time (the wasm build itself uses the wasm-release profile).
cargo run --quiet -- book build --web --out "$html"
ls -l "$html/play/glasshouse_bg.wasm"
gzip -9 -c "$html/play/glasshouse_bg.wasm" | wc -c | awk '{printf "gzipped .wasm: %.1f MB\n", $1/1048576}'
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$html" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
PLAYWRIGHT="$pw" node scripts/web-check.mjs "http://127.0.0.1:$port" first-connection first-connection "$out"
echo "simulator screenshot saved to $out"
