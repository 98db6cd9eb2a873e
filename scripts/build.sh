# scripts/build.sh — configure + build one preset ("native", "native-asan",
# "web"). Sourced by run.sh/test.sh; also runnable: `bash scripts/build.sh web`.
#
# hs_build PRESET [TARGET...]
#   Configures build/PRESET once (later runs let ninja re-run CMake when a
#   CMakeLists.txt changes), then builds everything it can (-k 0) or just the
#   given targets. When the build fails, each of HS_TARGETS_<preset> is built
#   alone to learn which ones are usable; their names are appended to
#   HS_NOT_BUILT as "preset:target". Returns non-zero if anything failed.
[ -n "${HS_ROOT:-}" ] || source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"

HS_JOBS="${HEAPSCOPE_JOBS:-2}"
HS_NOT_BUILT=""
HS_TARGETS_native="heapscope heapscope_gui heapscope_unit_tests"
HS_TARGETS_native_asan="heapscope heapscope_gui heapscope_unit_tests"
HS_TARGETS_web="heapscope_core_js heapscope_gui"

hs_configure() {
  local preset=$1 dir="$HS_ROOT/build/$1"
  if [ -f "$dir/build.ninja" ] && [ -f "$dir/CMakeCache.txt" ]; then return 0; fi
  hs_log "configuring $preset"
  mkdir -p "$dir"
  local cfg=(cmake --preset "$preset" -DHEAPSCOPE_CACHE="$HS_CACHE")
  if [ "$preset" = web ]; then cfg=(emcmake "${cfg[@]}"); fi
  (cd "$HS_ROOT" && "${cfg[@]}" >"$dir/configure.log" 2>&1) || {
    tail -40 "$dir/configure.log" >&2
    rm -f "$dir/build.ninja"  # configure again next time
    return 1
  }
}

hs_build() {
  local preset=$1; shift
  local dir="$HS_ROOT/build/$preset" t
  local targets_var="HS_TARGETS_${preset//-/_}"
  local all_targets=(${!targets_var})
  local targets=("$@")
  if ! hs_configure "$preset"; then
    for t in "${all_targets[@]}"; do HS_NOT_BUILT+="$preset:$t,"; done
    return 1
  fi
  local log="$dir/build.log"
  hs_log "building $preset ${targets[*]:-(all)}"
  local t0=$SECONDS
  if cmake --build "$dir" -j "$HS_JOBS" ${targets:+--target "${targets[@]}"} -- -k 0 >"$log" 2>&1; then
    hs_log "built $preset in $((SECONDS - t0)) s"
    return 0
  fi
  grep -E -A12 '^FAILED:' "$log" | head -80 >&2
  hs_log "build of $preset had errors (full log: $log); checking targets one by one"
  [ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
  for t in "${targets[@]}"; do
    if ! cmake --build "$dir" -j "$HS_JOBS" --target "$t" >>"$log" 2>&1; then
      hs_log "  $preset:$t did not build"
      HS_NOT_BUILT+="$preset:$t,"
    fi
  done
  return 1
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  preset=${1:-native}; shift || true
  hs_ensure_native_deps
  [ "$preset" = web ] && hs_ensure_web_deps
  hs_build "$preset" "$@"
fi
