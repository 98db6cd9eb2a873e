// Emscripten glue of the browser GUI: C exports behind window.heapscope
// (heapscope.js). They act on the one App that shell/gui/main.cpp created,
// exactly as the toolbar buttons do; before main() has run they do nothing.
#include <emscripten.h>

#include <string>

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
EMSCRIPTEN_KEEPALIVE void hs_step() {
  if (activeApp()) activeApp()->step();
}

}  // extern "C"
