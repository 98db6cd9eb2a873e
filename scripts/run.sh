#!/usr/bin/env bash
# scripts/run.sh — the main job: install what is missing, build what is stale,
# then
#   * with $DISPLAY: open the desktop debugger on a bundled example;
#   * without:       build the web bundle and serve it on http://127.0.0.1:8080/.
# Either way print the CLI's one-line usage.
# Environment: HEAPSCOPE_EXAMPLE (default hello), HEAPSCOPE_PORT (default 8080).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
source "$HS_ROOT/scripts/build.sh"
cd "$HS_ROOT"
example="${HEAPSCOPE_EXAMPLE:-hello}"
port="${HEAPSCOPE_PORT:-8080}"

hs_ensure_native_deps
cli="$HS_ROOT/build/native/shell/cli/heapscope"

print_usage() {
  echo
  if [ -x "$cli" ]; then
    echo "CLI: $("$cli" --help)"
    echo "     (binary: build/native/shell/cli/heapscope; examples in assets/examples/)"
  else
    echo "CLI: usage: heapscope run [flags] prog.go   (build/native/shell/cli/heapscope did not build)"
  fi
}

if [ -n "${DISPLAY:-}" ]; then
  hs_build native heapscope heapscope_gui || true
  print_usage
  gui="$HS_ROOT/build/native/shell/gui/heapscope_gui"
  [ -x "$gui" ] || { hs_log "heapscope_gui did not build"; exit 1; }
  echo "Opening the desktop debugger on assets/examples/$example.go"
  exec "$gui" --example "$example"
else
  hs_ensure_web_deps
  hs_build native heapscope || true
  hs_build web || hs_log "the web build had errors; serving what exists"
  print_usage
  dist="$HS_ROOT/build/web/dist"
  [ -f "$dist/heapscope_gui.js" ] || { hs_log "the web GUI did not build"; exit 1; }
  echo "Serving the web debugger on http://127.0.0.1:$port/  (Ctrl-C to stop)"
  echo "  http://127.0.0.1:$port/?example=$example&run=1 runs an example at once"
  exec /usr/bin/python3 -m http.server --bind 127.0.0.1 --directory "$dist" "$port"
fi
