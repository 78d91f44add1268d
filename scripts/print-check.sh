#!/usr/bin/env bash
# Prints chosen pages of the built book to PDF with headless Chromium, as a learner's copy and
# as a facilitator's copy (?facilitator), then turns their pages into PNGs (pdftoppm, from
# poppler-utils) to look at. Checks that each PDF exists and, with pdftotext, that the learner's
# copy leaves the self-check answers and the Play buttons out and the facilitator's keeps the
# answers.
# Usage: scripts/print-check.sh [OUT_DIR] [PAGE ...]
#   defaults: print-check/, workbook/first-connection do-this-now
#   GLASSHOUSE_BOOK=DIR uses an already built book instead of building it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-print-check}"
shift || true
pages=("$@")
[ "${#pages[@]}" -gt 0 ] || pages=(workbook/first-connection do-this-now)
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "Chromium is not installed: apt-get install chromium (Debian) and run again" >&2
  exit 1
fi
html="${GLASSHOUSE_BOOK:-}"
if [ -z "$html" ]; then
  html="$(mktemp -d)/html"
  cargo run --quiet -- book build --out "$html" > /dev/null
fi
status=0
for page in "${pages[@]}"; do
  file="$html/$page.html"
  if [ ! -f "$file" ]; then
    echo "no page $page in the built book" >&2
    exit 1
  fi
  name="${page//\//-}"
  for copy in learner facilitator; do
    query=""
    [ "$copy" = facilitator ] && query="?facilitator"
    pdf="$out/$name-$copy.pdf"
    "$browser" --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$pdf" "file://$file$query" > /dev/null 2>&1
    if [ ! -s "$pdf" ]; then
      echo "$page ($copy): no PDF" >&2
      status=1
      continue
    fi
    if command -v pdftoppm > /dev/null 2>&1; then
      pdftoppm -png -r 60 "$pdf" "$out/$name-$copy"
    fi
    if command -v pdftotext > /dev/null 2>&1; then
      text="$(pdftotext "$pdf" -)"
      if grep -q "Play in your browser" <<< "$text"; then
        echo "$page ($copy): the Play button is printed" >&2
        status=1
      fi
      if grep -q "^## Self-check\|Self-check" <<< "$text" && [ "$page" != do-this-now ]; then
        # A known answer's words: printed only in the facilitator's copy.
        answer="Every server with at least one member in a room keeps a full copy"
        if [ "$copy" = learner ] && grep -q "$answer" <<< "$(tr '\n' ' ' <<< "$text")"; then
          echo "$page (learner): the self-check answers are printed" >&2
          status=1
        fi
        if [ "$copy" = facilitator ] && [ "$page" = workbook/first-connection ] \
          && ! grep -q "$answer" <<< "$(tr '\n' ' ' <<< "$text")"; then
          echo "$page (facilitator): the self-check answers are missing" >&2
          status=1
        fi
      fi
    fi
    echo "$page ($copy): $(pdfinfo "$pdf" 2> /dev/null | awk '/^Pages:/{print $2}') page(s) in $pdf"
  done
done
exit "$status"
