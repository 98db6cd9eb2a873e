// View-models: plain structs the panels draw from, and the actions panels
// hand back. Built by App each frame (view_model.cpp); panels never touch the
// Session or VM, so later panels (goroutines, heap graph) follow the same
// shape: `void drawXPanel(const XView&, XPanelState&[, XActions&])`.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "console_log.h"

namespace heapscope {

struct ToolbarView {
  std::string status;      // "idle", "running", "paused", "finished", "compile error"
  bool running = false;
  bool paused = false;
  bool canStep = true;
  uint64_t steps = 0;
  int line = 0;            // current source line, 0 if none
  int exitCode = -1;       // -1 until finished
  uint64_t stepsPerFrame = 0;
  std::vector<std::string> examples;  // embedded example names
  int currentExample = -1;            // index into examples, -1 if none
};

struct ToolbarActions {
  bool run = false, pause = false, resume = false, step = false;
  int loadExample = -1;          // index into ToolbarView::examples
  uint64_t stepsPerFrame = 0;    // 0 = unchanged
};

struct ConsoleView {
  const std::vector<ConsoleChunk>* chunks = nullptr;
  size_t totalWritten = 0;
};

struct ConsolePanelState {
  bool autoScroll = true;
  size_t seenWritten = 0;  // totalWritten at the last draw
};

struct EditorView {
  std::string fileName;
  int currentLine = 0;   // 1-based line about to execute, 0 if none
  bool listing = false;  // a program is live: show a read-only listing with
                         // line numbers and the current line, not the editor
};

struct EditorPanelState {
  bool edited = false;       // set when the user changed the text this frame
  int scrolledToLine = 0;    // the listing follows currentLine when it changes
};

class App;
ToolbarView buildToolbarView(const App& app);
ConsoleView buildConsoleView(const App& app);
EditorView buildEditorView(const App& app);

}  // namespace heapscope
