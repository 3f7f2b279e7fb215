#!/usr/bin/env bash
# Runs the benchmarks (bench/run.py), installing what they compare against first:
# ripgrep from Debian's packages and tantivy-cli from crates.io. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/data ]; then
  echo "bench: ../shared/data not found; skipping"
  exit 0
fi
work=${WORK:-/tmp/search-bench}
mkdir -p "$work"
if ! command -v rg >/dev/null; then
  apt-get install -y ripgrep >/dev/null || { apt-get update >/dev/null && apt-get install -y ripgrep >/dev/null; }
fi
tantivy=$(command -v tantivy || echo "$work/tools/bin/tantivy")
if [ ! -x "$tantivy" ]; then
  # tantivy-cli 0.24's lock file pins traitobject 0.1.0, which newer compilers reject
  # (conflicting implementations); without --locked cargo takes the fixed 0.1.1.
  cargo install tantivy-cli --locked --root "$work/tools" ||
    cargo install tantivy-cli --root "$work/tools"
fi
cargo build --release --locked
exec python3 bench/run.py --work "$work" --tantivy "$tantivy" "$@"
