#!/usr/bin/env bash
# Renders one chapter of the built book in headless Chromium and saves a screenshot, to check the
# book's look (cards, tables, diagrams) without a desktop.
# Usage: scripts/screenshot-chapter.sh [CHAPTER] [OUT.png]   (defaults: high-trust-rooms, book-CHAPTER.png)
set -euo pipefail
cd "$(dirname "$0")/.."
chapter="${1:-high-trust-rooms}"
out="${2:-book-$chapter.png}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "Chromium is not installed: apt-get install chromium (Debian) and run again" >&2
  exit 1
fi
html="$(mktemp -d)/html"
cargo run --quiet -- book build --out "$html" > /dev/null   # the debug binary CI already built
page="$html/$chapter.html"
if [ ! -f "$page" ]; then
  echo "no chapter called $chapter (see book/src/SUMMARY.md)" >&2
  exit 1
fi
"$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
  --screenshot="$out" "file://$page" > /dev/null 2>&1
test -s "$out"
echo "screenshot of $chapter saved to $out"
