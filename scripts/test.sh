#!/usr/bin/env bash
# scripts/test.sh — installs what is missing, builds native and web, runs every
# suite (tests/run_all.py) and ends with one line: `N passed, M failed`.
# Exit status is non-zero on any failure. Works unattended (CI=true, no stdin).
#
# Cold run: apt packages, Debian sources of imgui/libsdl2, SDL2 for wasm (the
# slow part, started in the background while the native build runs). Warm run:
# every step finds its stamp and only stale objects are rebuilt.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
source "$HS_ROOT/scripts/build.sh"
exec </dev/null
T0=$SECONDS
cd "$HS_ROOT"

summary_fail() {  # setup itself failed: still end with the summary line
  hs_log "$1"
  echo "0 passed, 1 failed"
  exit 1
}

hs_ensure_native_deps || summary_fail "installing packages/sources failed"
hs_ensure_playwright || hs_log "npm ci failed: the browser test will fail"
hs_ensure_heapsnapshot_parser || hs_log "npm ci failed: the .heapsnapshot parser check will fail"

# SDL2 for wasm takes minutes: build it while the native tree compiles.
sdl_log="$HS_CACHE/sdl2-wasm-ensure.log"
( hs_ensure_sdl2_wasm ) >"$sdl_log" 2>&1 &
sdl_pid=$!

hs_build native
wait "$sdl_pid"; sdl_rc=$?
if [ "$sdl_rc" != 0 ]; then
  cat "$sdl_log" >&2
  hs_log "SDL2 for WebAssembly failed to build: web GUI unavailable"
  HS_NOT_BUILT+="web:heapscope_gui,"
  hs_build web heapscope_core_js heapscope_web_static
else
  hs_build web
fi
hs_log "setup and builds took $((SECONDS - T0)) s"

mkdir -p "$HS_ROOT/build/screenshots"
export HEAPSCOPE_T0_EPOCH=$(( $(date +%s) - (SECONDS - T0) ))
/usr/bin/python3 "$HS_ROOT/tests/run_all.py" \
  --native "$HS_ROOT/build/native" --web "$HS_ROOT/build/web" \
  --screenshots "$HS_ROOT/build/screenshots" \
  --node-path "$(hs_playwright_node_path)" \
  --heapsnapshot-node-path "$(hs_heapsnapshot_node_path)" \
  --not-built "$HS_NOT_BUILT"
# run_all.py prints the summary line last; nothing may follow it.
