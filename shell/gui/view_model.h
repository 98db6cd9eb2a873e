// View-models: plain structs the panels draw from, and the actions panels
// hand back. Built by App each frame (view_model.cpp); panels never touch the
// Session or VM, so later panels (goroutines, heap graph) follow the same
// shape: `void drawXPanel(const XView&, XPanelState&[, XActions&])`.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
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
  std::string stopReason;  // why it is paused, as the status line says it: " at a breakpoint"
  int exitCode = -1;       // -1 until finished
  uint64_t stepsPerFrame = 0;
  std::vector<std::string> examples;  // embedded example names
  int currentExample = -1;            // index into examples, -1 if none
  bool lightTheme = false;
  bool canShare = false;              // the host can make a share link (web)
  bool webFiles = false;              // Download .go / Upload .go (web)
  std::string filePath;               // desktop path field: the file opened or saved last
  std::string fileMessage;            // result of the last open / save
  bool canCapture = false;            // a program is loaded in the VM
  bool canGc = false;                 // a live program: "GC now" can free its garbage
  uint64_t seed = 1;                  // scheduler / select seed of the next Run
  std::string gcMessage;              // result of the last "GC now"
  uint64_t heapObjects = 0, heapBytes = 0;
  size_t goroutines = 0;
  // Time travel: the scrubber covers [0, maxStep]; while a seek runs the
  // controls are disabled and `seekProgress` (0..1) is shown.
  uint64_t maxStep = 0;
  bool canSeek = false;
  bool seeking = false;
  float seekProgress = 1.0f;
  size_t freshObjects = 0, rcMoved = 0, changedObjects = 0;  // since the previous pause
  size_t freedObjects = 0;  // objects of the previous pause gone now
  float zoom = 1.0f;        // presenter zoom (theme.h)
};

struct ToolbarActions {
  bool run = false, pause = false, resume = false;
  bool step = false, stepOver = false, stepOut = false, restart = false;  // step = Step into
  int loadExample = -1;          // index into ToolbarView::examples
  uint64_t stepsPerFrame = 0;    // 0 = unchanged
  bool toggleTheme = false;
  float setZoom = 0;             // presenter zoom picked (0 = unchanged)
  bool share = false;
  bool download = false, upload = false;  // web: save / load the editor text as a .go file
  std::string openPath, savePath;         // desktop: the path field's Open / Save
  bool capture = false;          // take a heap snapshot now
  bool gcNow = false;            // collect garbage now (as runtime.GC)
  std::optional<uint64_t> seed;  // a new seed was typed (used from the next Run)
  bool stepBack = false;         // back to the previous line start (Shift+F10)
  std::optional<uint64_t> seekTo;  // the scrubber was released on this step
};

struct ConsoleView {
  const std::deque<ConsoleChunk>* chunks = nullptr;
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
  std::vector<int> breakpoints;  // lines with a breakpoint (red dot in the gutter)
  bool paused = false;           // currentLine is where the program stopped (marker in the gutter)
  std::string stopReason;        // "breakpoint", "step", ...
  // Compile errors of the last Run: the editor marks their lines and shows
  // the message when the line (or its number) is hovered.
  struct ErrorMark {
    int line = 0, col = 0;
    std::string message;
  };
  std::vector<ErrorMark> errors;
};

struct EditorPanelState {
  bool edited = false;       // set when the user changed the text this frame
  int scrolledToLine = 0;    // the listing follows currentLine when it changes
  int gotoLine = 0;          // asked by another panel (allocation site, frame): scroll there once
  int markedLine = 0;        // the line last asked for, highlighted in the listing
  int toggleBreakpoint = 0;  // set when the user clicked a line number
  int cursorLine = 0;        // editing: line of the text cursor (keeps it in view)
  int cursorSeenLine = 0;    // cursorLine the view last scrolled to
  int cursorPos = 0;         // editing: byte offset of the text cursor (the panel draws it)
  // Find bar (Ctrl+F): matches are case-insensitive; Enter / Next and
  // Shift+Enter / Previous move between them and scroll there; Esc or Close
  // returns to the text with the current match selected.
  bool findOpen = false;
  bool findFocus = false;    // put the keyboard in the find field next frame
  std::string findQuery;
  bool findRestart = false;  // query set from outside: pick the match at/after the cursor
  int findMatches = 0;       // matches of findQuery in the text (last frame)
  int findCurrent = -1;      // index of the current match, -1 when none
  int findLine = 0;          // line of the current match
  int findScrollLine = 0;    // scroll there once
  bool focusText = false;    // give the keyboard back to the text next frame
  int selectBegin = -1, selectEnd = -1;  // selection to apply when the text is focused
  // Bumped when the text is replaced from outside (open, drop, upload,
  // example): the input gets a new ID, because ImGui keeps its own copy of
  // an active input's text and would write the old text back.
  int textGeneration = 0;
};

class App;
ToolbarView buildToolbarView(const App& app);
ConsoleView buildConsoleView(const App& app);
EditorView buildEditorView(const App& app);

}  // namespace heapscope
