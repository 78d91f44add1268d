#!/usr/bin/env bash
# Builds the book with the web player, serves it on 127.0.0.1 and checks it in headless Chromium
# (scripts/web-check.mjs): nothing of the player before the click; click to first interactive
# screen ≤ 2 s at 4× CPU throttling and Fast 3G; a keyboard-only run to the debrief; axe-core on
# every book page and every player screen; no console error, no request outside 127.0.0.1; the
# whole download ≤ 2 MB gzipped.
# Usage: scripts/web-check.sh [OUT.png] [LANG] [SHOTS_DIR]
#   LANG (default en) runs the player's screens in that language (e.g. fa); SHOTS_DIR saves
#   screenshots of every screen at 1280×800 and 360×740 there (e.g. docs/player).
# Needs: chromium, node + npm, the wasm32 target, wasm-bindgen-cli of Cargo.lock's version.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$PWD/web-check.png}"
lang="${2:-en}"
shots="${3:-}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
case "$shots" in ""|/*) ;; *) shots="$PWD/$shots" ;; esac
cache="${XDG_CACHE_HOME:-$HOME/.cache}/glasshouse"
modules="$cache/node/node_modules"
if [ ! -d "$modules/playwright-core" ] || [ ! -f "$modules/axe-core/axe.min.js" ]; then
  mkdir -p "$cache/node"
  npm install --silent --prefix "$cache/node" playwright-core@1 axe-core@4 > /dev/null
fi
html="$(mktemp -d)/html"
# The debug binary CI already built: a release build of the host binary only to run this command
# would compile Bevy a second time (the wasm build itself uses the wasm-release profile).
cargo run --quiet -- book build --web --out "$html"
play="$html/play"
total=0
# The page carries its style and module inline; the core's glue and .wasm follow.
for f in index.html views.js core-worker.js glasshouse_player.js glasshouse_player_bg.wasm; do
  gz=$(gzip -9 -c "$play/$f" | wc -c)
  total=$((total + gz))
  printf '%-28s %9d bytes, %8d gzipped\n' "$f" "$(stat -c %s "$play/$f")" "$gz"
done
awk -v t="$total" 'BEGIN { printf "whole download (HTML with CSS and JS inline, views, worker, glue JS, wasm), gzipped: %d bytes (%.2f MB)\n", t, t / 1048576 }'
if [ "$total" -gt 2097152 ]; then
  echo "the player's download is over 2 MB gzipped" >&2
  exit 1
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$html" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
PLAYWRIGHT="$modules/playwright-core" AXE="$modules/axe-core/axe.min.js" BOOK_DIR="$html" \
  node scripts/web-check.mjs "http://127.0.0.1:$port" first-connection first-connection "$out" "$lang" "$shots"
echo "player screenshot saved to $out"
