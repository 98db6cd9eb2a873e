#!/usr/bin/env bash
# bench/run.sh — the benchmark runner in one command (not part of scripts/test.sh):
#   bash bench/run.sh [--quick] [--only fib,loop] [--no-build] [--native DIR] [--web DIR] ...
#   bash bench/run.sh --gui [--no-build]   (the GUI frame-time benchmark only)
# Installs what is missing (Go, Lua 5.4 and the usual build packages, through
# scripts/toolchain.sh, idempotently), builds the release trees' CLI targets if
# stale (build/native: heapscope; build/web: the wasm core for node), then runs
# bench/run.py, which prints the table and writes bench/results.json.
# --no-build skips the builds (use it with --native/--web pointing at your own trees).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/toolchain.sh"
source "$HS_ROOT/scripts/build.sh"
exec </dev/null

build=1
gui=0
for a in "$@"; do
  [ "$a" = --no-build ] && build=0
  [ "$a" = --gui ] && gui=1
done

# --gui: only the GUI frame-time benchmark (issue 7: 1 000 / 10 000 / 100 000
# live objects, p95 frame under 16 ms; bench/gui_frame_bench.cpp, needs the
# native tree configured with the GUI).
if [ "$gui" = 1 ]; then
  if [ "$build" = 1 ]; then
    hs_ensure_native_deps || exit 1
    hs_build native heapscope_gui_bench || { hs_log "heapscope_gui_bench did not build"; exit 1; }
  fi
  exec "$HS_ROOT/build/native/shell/gui/heapscope_gui_bench"
fi

# The reference languages and the timing tools come on top of the build packages
# (GNU time gives each child's own peak RSS; see measure.py).
HS_PACKAGES+=(golang-go lua5.4 python3 nodejs time)
hs_ensure_packages || { hs_log "installing the benchmark packages failed"; exit 1; }

if [ "$build" = 1 ]; then
  hs_ensure_native_deps || exit 1
  hs_build native heapscope || { hs_log "the native CLI did not build"; exit 1; }
  # The node module needs no SDL2: only the core and the static files.
  hs_build web heapscope_core_js heapscope_web_static \
    || hs_log "the wasm core did not build: the wasm column will be empty"
fi

args=()
for a in "$@"; do
  [ "$a" = --no-build ] || args+=("$a")
done
exec /usr/bin/python3 "$HS_ROOT/bench/run.py" \
  --native "$HS_ROOT/build/native" --web "$HS_ROOT/build/web" "${args[@]}"
