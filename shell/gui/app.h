// App: the debugger's state between frames — the editor text, the Session
// being debugged, its captured output and the run controls. Panels never see
// App; they get view-models built from it (view_model.h) and return actions
// that App applies.
//
// Invariants:
//  - session_ is null until the first Run/Step, and is replaced (never
//    reused) on each Run, so a run always starts from the editor's text.
//  - tick() calls Session::run at most once per frame with at most
//    stepsPerFrame steps, so a frame never blocks on the program.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "api/session.h"
#include "console_log.h"
#include "graph_layout.h"
#include "heap_model.h"
#include "heap_view.h"
#include "theme.h"
#include "view_model.h"

namespace heapscope {

enum class AppStatus : uint8_t {
  Idle,          // nothing run since the last edit/load
  Running,       // tick() advances the program each frame
  Paused,        // compiled and started, waiting for Step/Continue
  Finished,      // the program ended (exit code valid)
  CompileError,  // compile() failed; diagnostics are in the console
};
const char* appStatusName(AppStatus status);

struct AppConfig {
  uint64_t stepsPerFrame = 20000;
  uint64_t pauseAtSteps = 0;  // >0: pause once the program has run this many steps
  std::vector<int> breakLines;  // pause before these source lines execute
  SessionOptions session;     // fileName is replaced by the example's name
};

class App {
 public:
  explicit App(AppConfig config = {});
  ~App();

  bool loadExample(std::string_view name);  // false if unknown
  void setSource(std::string source, std::string fileName = "prog.go");
  const std::string& source() const { return source_; }
  const std::string& fileName() const { return fileName_; }
  // Editor find bar (Ctrl+F; --find on the command line): opens it with
  // `query` (empty: keeps the last one) and moves the keyboard there.
  void openFind(std::string query = {}) {
    editorState_.findOpen = editorState_.findFocus = true;
    if (!query.empty()) editorState_.findQuery = std::move(query);
    editorState_.findRestart = true;
  }
  const EditorPanelState& editorState() const { return editorState_; }

  void run();       // compile the editor text and run from the start
  void pause();
  void resume();
  // Debugger steps by source line (Session::startStep): Into (F11), Over
  // (F10), Out (Shift+F11). Starts a paused session if none is live (the
  // first step then stops on main's first line). A step that needs more
  // than one frame's budget keeps going in tick() (status "running").
  void step(StepKind kind = StepKind::Into);
  void stepInstruction();  // exactly one VM instruction
  // Time travel (Session::beginSeek / beginStepBack): back to the previous
  // line start (Shift+F10), or to any step up to the furthest reached (the
  // toolbar's scrubber). The run is re-executed from the start; what does
  // not fit in a frame's time budget continues in tick() (status
  // "running", seeking() true, seekProgress() 0..1); then it pauses there.
  void stepBack();
  void seekTo(uint64_t step);
  bool seeking() const { return session_ && session_->seeking(); }
  float seekProgress() const;
  uint64_t maxStepReached() const { return session_ ? session_->maxStepReached() : 0; }
  void restart();          // recompile the editor text and run from the start (breakpoints kept)
  // "GC now": frees the live program's garbage (refcount-queued objects and
  // unreachable cycles) between two instructions, then re-captures the heap.
  void gcNow();
  const std::string& gcMessage() const { return gcMessage_; }
  // The scheduler / select seed; a new one takes effect at the next Run or
  // Restart (a run is replayed with the seed it started with).
  void setSeed(uint64_t seed) { config_.session.seed = seed; }
  uint64_t seed() const { return config_.session.seed; }
  uint64_t runSeed() const { return session_ ? session_->options().seed : config_.session.seed; }
  void tick();      // once per frame
  void draw();      // builds view-models, draws all panels, applies actions

  void noteFrame() { ++frames_; }
  uint64_t frames() const { return frames_; }
  AppStatus status() const { return status_; }
  bool finished() const { return status_ == AppStatus::Finished || status_ == AppStatus::CompileError; }
  uint64_t steps() const;
  int exitCode() const;  // -1 until finished
  int currentLine() const;
  // Why the program last stopped: "", "pause", "breakpoint", "step", "steps" (--run-steps).
  const std::string& stopReason() const { return stopReason_; }
  int pausedGoroutine() const;  // goroutine the current line belongs to, 0 if none
  // The last stops of this run, oldest first (tests check where steps land).
  struct Stop {
    std::string reason;
    int line = 0, goroutine = 0;
    uint64_t steps = 0;
  };
  const std::vector<Stop>& stops() const { return stops_; }
  const std::vector<Diagnostic>& diagnostics() const;  // of the last compile
  const ConsoleLog& console() const { return console_; }
  const AppConfig& config() const { return config_; }

  // ---- heap inspection (snapshots are taken between two VM steps: on
  // pause, step and end, and periodically while running)
  const HeapModel& heap() const { return heap_; }
  const GraphLayout& graph() const { return graph_; }
  void captureNow();
  // Selects the object a query names (HeapModel::findByQuery); false if none.
  bool selectByQuery(std::string_view query);
  void selectId(uint64_t id);  // 0 clears
  NodeIndex selectedNode() const { return selectedNode_; }
  // Shows the retainer path of the selection ("why is it alive?").
  void whyAlive();
  bool whyAliveShown() const { return whyAlive_; }
  const RetainerPath& retainerPath() const { return path_; }
  // Theme and presenter zoom (1, 1.25, 1.5, 2) as the user picks them: both
  // are saved (ui_settings.h); main.cpp rescales fonts and style before the
  // next frame.
  void setTheme(ThemeKind kind);
  void setZoom(float zoom);
  // Brings a bottom-right tab to the front: "console", "summary", "leaks", "timeline"
  // ("freed": the summary's list of objects freed since the previous pause).
  bool showTab(std::string_view name);
  void setPauseAtSteps(uint64_t steps) { config_.pauseAtSteps = steps; }
  void setStepsPerFrame(uint64_t steps) { config_.stepsPerFrame = steps ? steps : 1; }
  // Breakpoints by source line (the live program's too).
  void setBreakpoints(std::vector<int> lines);
  void toggleBreakpoint(int line);
  // Hosts that can share a program (the web page) install this; the toolbar
  // then shows "Share link".
  void setShareHandler(void (*handler)()) { shareHandler_ = handler; }
  bool canShare() const { return shareHandler_ != nullptr; }
  // Files (app_files.cpp). Desktop: open / save a .go file by path (the
  // toolbar's path field, a file dropped on the window, --open / --save).
  // Opening replaces the editor text only once the whole file was read.
  // The outcome is in fileMessage() ("opened x.go", "cannot open ...").
  bool openFile(const std::string& path);
  bool saveFile(const std::string& path);
  const std::string& filePath() const { return filePath_; }
  const std::string& fileMessage() const { return fileMessage_; }
  // Web: the page downloads / uploads the editor text (web/heapscope.js);
  // with these installed the toolbar shows Download .go / Upload .go.
  void setWebFileHandlers(void (*download)(), void (*upload)()) {
    downloadHandler_ = download;
    uploadHandler_ = upload;
  }
  bool webFiles() const { return downloadHandler_ != nullptr; }

 private:
  bool startSession();  // compile source_ into a fresh session; false on error
  void updateAfterRun(RunStatus status);
  void maybeCapture();        // while running: at most ~10% of the time on snapshots
  void refreshSelection();    // after a capture or a selection change
  void applyHeapActions(const HeapActions& actions);
  HeapView buildHeapView() const;

  AppConfig config_;
  std::string source_;
  std::string fileName_ = "prog.go";
  std::string exampleName_;
  ConsoleLog console_;
  ConsoleHost host_{console_};
  std::unique_ptr<Session> session_;
  AppStatus status_ = AppStatus::Idle;
  uint64_t frames_ = 0;

  HeapModel heap_;
  uint64_t selectedId_ = 0;
  NodeIndex selectedNode_ = kNoNode;
  bool whyAlive_ = false;
  RetainerPath path_;
  GraphLayout graph_;
  bool graphDirty_ = true;
  double lastCaptureEnd_ = 0;  // seconds (steady clock)
  void (*shareHandler_)() = nullptr;
  void (*downloadHandler_)() = nullptr;
  void (*uploadHandler_)() = nullptr;
  std::string filePath_;     // the path field's file (desktop)
  std::string fileMessage_;  // result of the last open / save
  std::string stopReason_;
  std::string gcMessage_;  // "GC at step N: freed M objects"
  static constexpr size_t kMaxStopsKept = 32;
  std::vector<Stop> stops_;
  void notePause(const char* reason);  // status_ became Paused for this reason
  void advanceSeek();  // one frame's share of a seek in progress
  uint64_t seekFrom_ = 0;  // step a backward seek restarted from (for progress)

  float toolbarNeeded_ = 0;  // height the toolbar's items took last frame
  // Panel-owned UI state (scroll, focus); not part of the program state.
  ConsolePanelState consoleState_;
  EditorPanelState editorState_;
  GoroutinesPanelState goroutinesState_;
  GraphPanelState graphState_;
  InspectorPanelState inspectorState_;
  AnalysisPanelState analysisState_;
};

// The one App of this process, for the web exports (web/gui_exports.cpp).
App* activeApp();
void setActiveApp(App* app);

}  // namespace heapscope
