// Command line of heapscope_gui (desktop; the web page passes none):
//   heapscope_gui [--example NAME | prog.go] [--run-steps N] [--steps-per-frame N]
//                 [--select QUERY] [--why-alive] [--theme dark|light]
//                 [--tab console|summary|leaks|timeline] [--break-at LINE]...
//                 [--then into|over|out|continue|restart[,...]]
//                 [--screenshot out.png] [--dump-state state.json] [--exit]
// --run-steps N starts the program at once and pauses it after N steps (or
// when it ends); --screenshot/--dump-state capture that moment (at frame >= 5);
// --exit quits after capturing. --select picks an object once the program is
// paused or ended ("#id", a Go type, "func:line" or a function: the match
// retaining most bytes); --why-alive then shows its retainer path.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace heapscope {

struct GuiFlags {
  std::string example = "hello.go";
  std::string file;          // a .go path instead of an embedded example
  bool autoRun = false;      // set by --run-steps
  uint64_t runSteps = 0;
  uint64_t seed = 1;  // scheduler / select seed (--seed)
  uint64_t stepsPerFrame = 20000;
  std::string screenshot;
  std::string dumpState;
  bool exitAfter = false;
  std::string select;
  bool whyAlive = false;
  std::string theme;          // "dark" / "light"; empty: the saved setting (else dark)
  std::vector<int> breakLines;  // --break-at LINE (repeatable): pause before that line runs
  std::string tab;           // bottom-right tab to show: console, summary, leaks, timeline
  std::string find;          // --find TEXT: open the editor's find bar with TEXT (first match current)
  // --then into,over,out,continue,restart: run controls applied in order
  // once the program is paused (each waits for the previous to stop).
  std::vector<std::string> thenActions;
  // --open PATH / --save PATH: the toolbar's path field Open, then Save, at
  // start-up (after --example / prog.go). A failed open keeps the text
  // loaded before it, as the field does; fileMessage in the state says why.
  std::string openPath, savePath;
  // --drop PATH: posts an SDL_DROPFILE event, as if the file had been
  // dragged onto the window (tests the real event path; desktop only).
  std::string dropPath;
  // --zoom 100|125|150|200: presenter zoom in percent (0: the saved setting).
  int zoomPercent = 0;
  int width = 1280, height = 800;
};

const char* guiUsage();
bool parseGuiFlags(const std::vector<std::string>& argv, GuiFlags& out, std::string& error);

}  // namespace heapscope
