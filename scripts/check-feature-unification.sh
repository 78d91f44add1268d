#!/usr/bin/env bash
# Checks that `cargo run` and `cargo test --workspace` resolve the same features for every
# dependency of the binary, so the README's two commands share one build of Bevy. Prints the
# crates that differ (add their extra features to hack/Cargo.toml) and exits 1 if any do.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
tree() { cargo tree --locked "$@" -f '{p} [{f}]' --prefix none | sort -u; }
ws=$(mktemp); run=$(mktemp); trap 'rm -f "$ws" "$run"' EXIT
tree --workspace -e normal,build,dev > "$ws"
tree -p glasshouse -e normal,build > "$run"
# Per crate and version, the feature sets each command resolves (a crate built for the host and for
# the target has two); the binary's must equal the workspace's.
diff=$(awk '{ match($0, /\[.*\]$/); k = $1 "@" $2; f = substr($0, RSTART, RLENGTH)
              if (FILENAME == ARGV[1]) { if (index(r[k], f) == 0) r[k] = r[k] f }
              else if (index(w[k], f) == 0) w[k] = w[k] f }
     END { for (k in r) if (k !~ /^glasshouse/ && r[k] != w[k]) print k ": binary " r[k] " tests " w[k] }' "$run" "$ws")
if [ -n "$diff" ]; then
  echo "cargo run and cargo test --workspace would build these crates with different features:" >&2
  echo "$diff" >&2
  exit 1
fi
echo "cargo run and cargo test --workspace resolve the same features: one build serves both"
