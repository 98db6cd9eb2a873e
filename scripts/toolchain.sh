# scripts/toolchain.sh — sourced by run.sh and test.sh. Owns everything that
# comes from outside the repository: Debian packages, the deb-src sources of
# Dear ImGui and SDL2, SDL2 built for WebAssembly, and playwright-core.
#
# Invariants:
#  - Idempotent: each step checks a stamp or the installed state first, so a
#    second run does no network or build work.
#  - Everything downloaded or built lives in $HS_CACHE (default
#    ~/.cache/heapscope), outside the clone, so a fresh clone reuses it.
#  - apt-get runs only when something is missing, with one `apt-get update`
#    first.

HS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HS_CACHE="${HEAPSCOPE_CACHE:-$HOME/.cache/heapscope}"
export HEAPSCOPE_CACHE="$HS_CACHE"
# emcc loads acorn & co. from here; without it the link step fails.
export NODE_PATH=/usr/share/nodejs

HS_PACKAGES=(cmake g++ ninja-build libsdl2-dev libgl-dev libgtest-dev emscripten xvfb xauth
  chromium libstb-dev fonts-jetbrains-mono dpkg-dev nodejs npm python3 ca-certificates xdotool)

hs_log() { printf '[heapscope] %s\n' "$*" >&2; }

hs_sudo() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

hs_apt_updated=0
hs_apt_update_once() {
  if [ "$hs_apt_updated" = 0 ]; then
    hs_log "apt-get update"
    hs_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
    hs_apt_updated=1
  fi
}

# Installs only the packages dpkg does not report as installed.
hs_ensure_packages() {
  local missing=() p
  for p in "${HS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # nodesource's nodejs bundles npm; accept any working npm instead of the package.
  if [ ${#missing[@]} -gt 0 ] && command -v npm >/dev/null 2>&1; then
    local filtered=()
    for p in "${missing[@]}"; do [ "$p" = npm ] || filtered+=("$p"); done
    missing=("${filtered[@]}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    hs_apt_update_once
    hs_log "apt-get install ${missing[*]}"
    hs_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" </dev/null >&2
  fi
}

# Adds a deb-src entry mirroring the first deb URI, so `apt-get source` works.
hs_ensure_debsrc() {
  local f=/etc/apt/sources.list.d/heapscope-debsrc.sources
  if grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1 | awk '{print $2}')
  [ -n "$uri" ] || uri=http://deb.debian.org/debian
  hs_log "adding deb-src for $uri"
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$uri" | hs_sudo tee "$f" >/dev/null
  hs_apt_updated=0
}

# $1 = source package; unpacks it under $HS_CACHE/src/<pkg> (one version).
hs_ensure_source() {
  local pkg=$1 dir="$HS_CACHE/src/$1"
  if [ -f "$dir/.stamp" ]; then return 0; fi
  hs_ensure_debsrc
  hs_apt_update_once
  rm -rf "$dir" && mkdir -p "$dir"
  hs_log "apt-get source $pkg"
  (cd "$dir" && apt-get source -qq -o APT::Sandbox::User=root "$pkg" </dev/null >&2)
  local top
  top=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -1)
  [ -n "$top" ] || { hs_log "apt-get source $pkg produced nothing"; return 1; }
  ln -sfn "$(basename "$top")" "$dir/current"
  touch "$dir/.stamp"
}

hs_imgui_dir() { echo "$HS_CACHE/src/imgui/current"; }
hs_sdl2_src_dir() { echo "$HS_CACHE/src/libsdl2/current"; }
hs_sdl2_wasm_dir() { echo "$HS_CACHE/sdl2-wasm"; }

# Builds SDL2 (Debian's source) with emcmake into $HS_CACHE/sdl2-wasm.
# Takes 3.5-9.5 minutes on 2 cores; skipped when the install stamp exists.
hs_ensure_sdl2_wasm() {
  local inst; inst=$(hs_sdl2_wasm_dir)
  if [ -f "$inst/.stamp" ] && [ -f "$inst/lib/libSDL2.a" ]; then return 0; fi
  hs_ensure_source libsdl2
  local build="$HS_CACHE/sdl2-wasm-build"
  rm -rf "$build" "$inst"
  hs_log "building SDL2 for WebAssembly (several minutes)"
  emcmake cmake "$(hs_sdl2_src_dir)" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$inst" \
    >"$HS_CACHE/sdl2-wasm-configure.log" 2>&1 </dev/null || {
      tail -30 "$HS_CACHE/sdl2-wasm-configure.log" >&2; return 1; }
  cmake --build "$build" -j2 >"$HS_CACHE/sdl2-wasm-build.log" 2>&1 || {
      tail -30 "$HS_CACHE/sdl2-wasm-build.log" >&2; return 1; }
  cmake --install "$build" >>"$HS_CACHE/sdl2-wasm-build.log" 2>&1 || return 1
  rm -rf "$build"
  touch "$inst/.stamp"
}

# npm packages the tests use, pinned by a package-lock.json in the clone and
# installed into the cache (never into the clone); a stamp per lock hash
# makes a warm run skip npm. Tests find them through NODE_PATH.
# Usage: hs_npm_ci_cached <dir with package*.json> <cache subdir> <probe module>
hs_npm_ci_cached() {
  local dir="$1" mods="$HS_CACHE/$2" probe="$3"
  local lockhash; lockhash=$(sha256sum "$dir/package-lock.json" | cut -c1-16)
  if [ -f "$mods/.stamp-$lockhash" ] && [ -d "$mods/node_modules/$probe" ]; then return 0; fi
  rm -rf "$mods" && mkdir -p "$mods"
  cp "$dir/package.json" "$dir/package-lock.json" "$mods/"
  hs_log "npm ci ($probe)"
  # (browsers come from Debian's chromium, never from playwright's download)
  (cd "$mods" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts \
      --loglevel=error </dev/null >&2) || return 1
  touch "$mods/.stamp-$lockhash"
}

# playwright-core, pinned by tests/browser/package-lock.json.
hs_playwright_node_path() { echo "$HS_CACHE/npm-browser/node_modules"; }
hs_ensure_playwright() { hs_npm_ci_cached "$HS_ROOT/tests/browser" npm-browser playwright-core; }

# v8-heapsnapshot, pinned by tests/inspect_heapsnapshot/package-lock.json: the
# independent parser that checks our .heapsnapshot export (run_all.py's
# heapsnapshot suite).
hs_heapsnapshot_node_path() { echo "$HS_CACHE/npm-heapsnapshot/node_modules"; }
hs_ensure_heapsnapshot_parser() {
  hs_npm_ci_cached "$HS_ROOT/tests/inspect_heapsnapshot" npm-heapsnapshot v8-heapsnapshot
}

# Native Linux deps + ImGui sources: enough for the CLI and the desktop GUI.
hs_ensure_native_deps() {
  mkdir -p "$HS_CACHE"
  hs_ensure_packages
  hs_ensure_source imgui
}

hs_ensure_web_deps() {
  hs_ensure_native_deps
  hs_ensure_sdl2_wasm
}
