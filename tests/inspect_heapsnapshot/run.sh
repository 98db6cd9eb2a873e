#!/bin/sh
# Independent check of the .heapsnapshot export (see check.js, docs/SNAPSHOT.md).
# The test suite runs the same check (and more, on CLI exports) as
# `python3 tests/run_all.py --only heapsnapshot`; this script is the by-hand form.
# usage: tests/inspect_heapsnapshot/run.sh <path to heapscope_unit_tests>
# Writes a sample export with the unit-test binary, then parses it with the
# npm package v8-heapsnapshot and compares retained sizes. Exit 0 = OK.
set -e
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:?usage: run.sh <heapscope_unit_tests binary>}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
HS_INSPECT_EXPORT_DIR="$out" "$bin" --gtest_filter=InspectExport.WritesSampleFilesForNpmCheck >/dev/null
if [ ! -d "$here/node_modules/v8-heapsnapshot" ]; then
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
fi
node "$here/check.js" "$out/sample.heapsnapshot" "$out/sample.json"
