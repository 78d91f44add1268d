#!/bin/sh
# Captures every screen of the window (first-connection) at 1280×800, at 1920×1080 and at 1280×800
# with 200 % text, into docs/screenshots/<size>[-text-200]/<screen>.png, under Xvfb with Mesa's
# software Vulkan. Usage: scripts/screenshots.sh [OUT_DIR]; GLASSHOUSE_BIN picks the binary.
set -eu
bin=${GLASSHOUSE_BIN:-${CARGO_TARGET_DIR:-target}/debug/glasshouse}
out=${1:-docs/screenshots}
for variant in 1280x800:1 1920x1080:1 1280x800:2; do
  size=${variant%%:*}
  scale=${variant##*:}
  dir="$out/$size"
  [ "$scale" = 1 ] || dir="$out/$size-text-200"
  mkdir -p "$dir"
  for screen in title scenarios briefing setup run notebook debrief explorer; do
    WGPU_BACKEND=vulkan xvfb-run -a -s "-screen 0 ${size}x24" "$bin" screenshot first-connection \
      --screen "$screen" --size "$size" --text-scale "$scale" --out "$dir/$screen.png" > /dev/null 2> "$dir/.log" \
      || { cat "$dir/.log" >&2; exit 1; }
    rm -f "$dir/.log"
  done
done
echo "screens captured in $out"
