// Emscripten glue of the browser GUI: C exports behind window.heapscope
// (heapscope.js). They act on the one App that shell/gui/main.cpp created,
// exactly as the toolbar buttons do; before main() has run they do nothing.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "app.h"
#include "embedded.h"
#include "state_json.h"

using heapscope::activeApp;

namespace {
std::string gReturned;  // keeps the last returned string alive for the caller
}

extern "C" {

EMSCRIPTEN_KEEPALIVE int hs_ready() { return activeApp() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* hs_state() {
  gReturned = activeApp() ? heapscope::appStateJson(*activeApp()) : std::string("null");
  return gReturned.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* hs_examples() {
  gReturned = "[";
  for (size_t i = 0; i < heapscope::assets::kExamplesCount; ++i) {
    if (i) gReturned += ",";
    gReturned += heapscope::jsonQuote(heapscope::assets::kExamples[i].name);
  }
  gReturned += "]";
  return gReturned.c_str();
}

EMSCRIPTEN_KEEPALIVE int hs_load_example(const char* name) {
  return activeApp() && activeApp()->loadExample(name) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void hs_set_source(const char* text, const char* fileName) {
  if (activeApp()) activeApp()->setSource(text, fileName && *fileName ? fileName : "prog.go");
}

EMSCRIPTEN_KEEPALIVE void hs_run() {
  if (activeApp()) activeApp()->run();
}
EMSCRIPTEN_KEEPALIVE void hs_pause() {
  if (activeApp()) activeApp()->pause();
}
EMSCRIPTEN_KEEPALIVE void hs_resume() {
  if (activeApp()) activeApp()->resume();
}
// Run controls by source line (Session::startStep), as F11 / F10 /
// Shift+F11 and the Restart button do.
EMSCRIPTEN_KEEPALIVE void hs_step() {
  if (activeApp()) activeApp()->step(heapscope::StepKind::Into);
}
EMSCRIPTEN_KEEPALIVE void hs_step_over() {
  if (activeApp()) activeApp()->step(heapscope::StepKind::Over);
}
EMSCRIPTEN_KEEPALIVE void hs_step_out() {
  if (activeApp()) activeApp()->step(heapscope::StepKind::Out);
}
EMSCRIPTEN_KEEPALIVE void hs_step_back() {
  if (activeApp()) activeApp()->stepBack();
}
EMSCRIPTEN_KEEPALIVE void hs_seek(double step) {
  if (activeApp() && step >= 0) activeApp()->seekTo(static_cast<uint64_t>(step));
}
EMSCRIPTEN_KEEPALIVE void hs_restart() {
  if (activeApp()) activeApp()->restart();
}
EMSCRIPTEN_KEEPALIVE void hs_toggle_breakpoint(int line) {
  if (activeApp() && line > 0) activeApp()->toggleBreakpoint(line);
}

// The editor's text and file name (for autosave and share links).
EMSCRIPTEN_KEEPALIVE const char* hs_source() {
  gReturned = activeApp() ? activeApp()->source() : std::string();
  return gReturned.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* hs_file_name() {
  gReturned = activeApp() ? activeApp()->fileName() : std::string();
  return gReturned.c_str();
}

// Heap inspection, as the panels do it: select by "#id", type, site or
// function (1 if found), then show the selection's retainer path.
EMSCRIPTEN_KEEPALIVE int hs_select(const char* query) {
  return activeApp() && activeApp()->selectByQuery(query ? query : "") ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void hs_why_alive() {
  if (activeApp()) activeApp()->whyAlive();
}
EMSCRIPTEN_KEEPALIVE void hs_capture() {
  if (activeApp()) activeApp()->captureNow();
}
EMSCRIPTEN_KEEPALIVE void hs_gc_now() {
  if (activeApp()) activeApp()->gcNow();
}
EMSCRIPTEN_KEEPALIVE void hs_set_seed(double seed) {
  if (activeApp() && seed >= 0) activeApp()->setSeed(static_cast<uint64_t>(seed));
}
EMSCRIPTEN_KEEPALIVE void hs_set_theme(const char* name) {
  if (activeApp())
    activeApp()->setTheme(name && std::string(name) == "light" ? heapscope::ThemeKind::Light
                                                                : heapscope::ThemeKind::Dark);
}
// Presenter zoom (1, 1.25, 1.5 or 2; saved in localStorage), as the toolbar's zoom menu.
EMSCRIPTEN_KEEPALIVE void hs_set_zoom(double zoom) {
  if (activeApp() && zoom > 0) activeApp()->setZoom(static_cast<float>(zoom));
}
EMSCRIPTEN_KEEPALIVE int hs_show_tab(const char* name) {
  return activeApp() && activeApp()->showTab(name ? name : "") ? 1 : 0;
}
// Breakpoints as comma-separated line numbers ("" clears them).
EMSCRIPTEN_KEEPALIVE void hs_set_breakpoints(const char* csv) {
  if (!activeApp()) return;
  std::vector<int> lines;
  for (const char* p = csv ? csv : ""; *p;) {
    char* end = nullptr;
    long line = std::strtol(p, &end, 10);
    if (end == p) break;
    if (line > 0) lines.push_back(static_cast<int>(line));
    p = *end == ',' ? end + 1 : end;
  }
  activeApp()->setBreakpoints(std::move(lines));
}
// Pause after this many steps in all (0 = never): lets a test stop a program mid-run.
EMSCRIPTEN_KEEPALIVE void hs_pause_at(double steps) {
  if (activeApp()) activeApp()->setPauseAtSteps(static_cast<uint64_t>(steps));
}
EMSCRIPTEN_KEEPALIVE void hs_set_steps_per_frame(double steps) {
  if (activeApp() && steps >= 1) activeApp()->setStepsPerFrame(static_cast<uint64_t>(steps));
}

}  // extern "C"
