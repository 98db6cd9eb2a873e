// App: run control and frame composition (see app.h).
#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "embedded.h"
#include "panels/panels.h"
#include "ui_settings.h"
#include "vm/vm.h"

namespace heapscope {

namespace {
App* gActiveApp = nullptr;

double nowSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// While running, snapshots are retaken at most this often...
constexpr double kMinCaptureInterval = 0.25;
// ...and never more than this share of the wall time.
constexpr double kMaxCaptureShare = 0.1;
}  // namespace

App* activeApp() { return gActiveApp; }
void setActiveApp(App* app) { gActiveApp = app; }

const char* appStatusName(AppStatus status) {
  switch (status) {
    case AppStatus::Idle: return "idle";
    case AppStatus::Running: return "running";
    case AppStatus::Paused: return "paused";
    case AppStatus::Finished: return "finished";
    case AppStatus::CompileError: return "compile error";
  }
  return "?";
}

App::App(AppConfig config) : config_(std::move(config)) {}
App::~App() {
  if (gActiveApp == this) gActiveApp = nullptr;
}

bool App::loadExample(std::string_view name) {
  const EmbeddedFile* file = findExample(name);
  if (!file) return false;
  setSource(std::string(file->text()), file->name);
  exampleName_ = file->name;
  return true;
}

void App::setSource(std::string source, std::string fileName) {
  source_ = std::move(source);
  fileName_ = std::move(fileName);
  ++editorState_.textGeneration;  // the editor widget must not keep the old text
  exampleName_.clear();
  session_.reset();
  console_.clear();
  status_ = AppStatus::Idle;
  heap_.clear();
  selectId(0);
  graph_.reset();
}

bool App::startSession() {
  console_.clear();
  heap_.clear();
  selectId(0);
  graph_.reset();
  graphDirty_ = true;
  graphState_.fitPending = true;
  graphState_.userMoved = false;
  stopReason_.clear();
  stops_.clear();
  gcMessage_.clear();
  SessionOptions options = config_.session;
  options.fileName = fileName_;
  session_ = std::make_unique<Session>(host_, options);
  if (!session_->compile(source_)) {
    status_ = AppStatus::CompileError;
    return false;
  }
  session_->setBreakpoints(config_.breakLines);
  status_ = AppStatus::Paused;
  return true;
}

void App::run() {
  if (startSession()) status_ = AppStatus::Running;
}

void App::restart() { run(); }

void App::gcNow() {
  if (!session_ || (status_ != AppStatus::Running && status_ != AppStatus::Paused) || seeking()) return;
  size_t inCycles = 0;
  const size_t freed = session_->collectGarbageNow(&inCycles);
  gcMessage_ = "GC at step " + std::to_string(session_->steps()) + ": freed " + std::to_string(freed) +
               (freed == 1 ? " object, " : " objects, ") + std::to_string(inCycles) + " in cycles";
  captureNow();
}

void App::pause() {
  if (status_ != AppStatus::Running || seeking()) return;
  if (session_) session_->cancelStep();
  status_ = AppStatus::Paused;
  notePause("pause");
  captureNow();  // show the heap as it is at the pause
}

void App::resume() {
  if (status_ != AppStatus::Paused) return;
  status_ = AppStatus::Running;
  stopReason_.clear();
}

void App::step(StepKind kind) {
  if (status_ == AppStatus::Running) return;  // pause first
  if (!session_ || finished()) {
    if (!startSession()) return;
  }
  if (!session_->startStep(kind)) return;
  // Most steps take a few instructions: finish within this call when one
  // frame's budget suffices, else tick() carries on.
  status_ = AppStatus::Running;
  updateAfterRun(session_->run(config_.stepsPerFrame ? config_.stepsPerFrame : 1));
  if (status_ != AppStatus::Running) captureNow();
}

void App::stepInstruction() {
  if (status_ == AppStatus::Running) return;
  if (!session_ || finished()) {
    if (!startSession()) return;
  }
  status_ = AppStatus::Paused;
  notePause("step");
  updateAfterRun(session_->run(1));
  captureNow();
}

void App::stepBack() {
  if (status_ == AppStatus::Running || !session_ || status_ == AppStatus::CompileError) return;
  if (!session_->beginStepBack()) return;
  status_ = AppStatus::Running;
  stopReason_.clear();
  advanceSeek();
}

void App::seekTo(uint64_t step) {
  if (!session_ || status_ == AppStatus::CompileError || seeking()) return;
  if (status_ == AppStatus::Running) session_->cancelStep();
  if (!session_->beginSeek(std::min(step, session_->maxStepReached()))) return;
  status_ = AppStatus::Running;
  stopReason_.clear();
  advanceSeek();
}

float App::seekProgress() const {
  if (!seeking()) return 1.0f;
  uint64_t target = session_->seekTarget();
  return target ? std::min(1.0f, static_cast<float>(session_->steps()) / static_cast<float>(target)) : 0.0f;
}

void App::advanceSeek() {
  // Re-execution runs in slices until ~12 ms of this frame are used, so a
  // long seek never freezes the window.
  const double start = nowSeconds();
  bool done = false;
  do done = session_->continueSeek(200000);
  while (!done && nowSeconds() - start < 0.012);
  if (!done) return;
  if (session_->finished()) {
    status_ = AppStatus::Finished;
  } else {
    status_ = AppStatus::Paused;
    notePause("seek");
  }
  captureNow();
}

void App::tick() {
  if (status_ == AppStatus::Running && seeking()) {
    advanceSeek();
    return;
  }
  if (status_ != AppStatus::Running || !session_) return;
  uint64_t budget = config_.stepsPerFrame ? config_.stepsPerFrame : 1;
  if (config_.pauseAtSteps) {
    uint64_t done = session_->steps();
    if (done >= config_.pauseAtSteps) {
      session_->cancelStep();
      status_ = AppStatus::Paused;
      notePause("steps");
      return;
    }
    if (config_.pauseAtSteps - done < budget) budget = config_.pauseAtSteps - done;
  }
  updateAfterRun(session_->run(budget));
  if (status_ == AppStatus::Running && config_.pauseAtSteps &&
      session_->steps() >= config_.pauseAtSteps) {
    session_->cancelStep();
    status_ = AppStatus::Paused;
    notePause("steps");
  }
  if (status_ != AppStatus::Running) captureNow();  // paused or ended: show the final state
  else maybeCapture();
}

void App::captureNow() {
  if (!session_ || !session_->vm()) return;
  heap_.capture(*session_, status_ != AppStatus::Running);
  lastCaptureEnd_ = nowSeconds();
  refreshSelection();
}

void App::maybeCapture() {
  double now = nowSeconds();
  double wait = heap_.captureMs / 1000.0 / kMaxCaptureShare;
  if (wait < kMinCaptureInterval) wait = kMinCaptureInterval;
  if (heap_.empty() || now - lastCaptureEnd_ >= wait) captureNow();
}

void App::refreshSelection() {
  selectedNode_ = kNoNode;
  if (heap_.snap && selectedId_) selectedNode_ = heap_.snap->findId(selectedId_);
  path_ = RetainerPath();
  if (whyAlive_ && selectedNode_ != kNoNode) path_ = shortestRetainerPath(*heap_.snap, selectedNode_);
  graphDirty_ = true;
}

bool App::selectByQuery(std::string_view query) {
  if (heap_.empty()) captureNow();
  NodeIndex n = heap_.findByQuery(query);
  if (n == kNoNode) return false;
  selectId(heap_.snap->id[n]);
  return true;
}

void App::selectId(uint64_t id) {
  if (id != selectedId_) whyAlive_ = false;
  selectedId_ = id;
  refreshSelection();
  graphState_.focusSelection = selectedNode_ != kNoNode;
}

void App::whyAlive() {
  whyAlive_ = true;
  refreshSelection();
}

void App::setTheme(ThemeKind kind) {
  applyTheme(kind);
  saveUiSettings();
}

void App::setZoom(float zoom) {
  setPresenterZoom(zoom);
  saveUiSettings();
}

void App::setBreakpoints(std::vector<int> lines) {
  config_.breakLines = std::move(lines);
  if (session_) session_->setBreakpoints(config_.breakLines);
}

void App::toggleBreakpoint(int line) {
  std::vector<int> lines = config_.breakLines;
  auto it = std::find(lines.begin(), lines.end(), line);
  if (it == lines.end()) lines.push_back(line);
  else lines.erase(it);
  setBreakpoints(std::move(lines));
}

bool App::showTab(std::string_view name) {
  if (name == "freed") {  // the Summary tab's "freed since pause" table
    analysisState_.requestTab = AnalysisTab::Summary;
    analysisState_.summaryMode = 2;
    return true;
  }
  AnalysisTab tab = analysisTabFromName(std::string(name));
  if (tab == AnalysisTab::None) return false;
  analysisState_.requestTab = tab;
  return true;
}

HeapView App::buildHeapView() const {
  HeapView v;
  v.model = &heap_;
  v.selected = selectedNode_;
  v.whyAlive = whyAlive_ && selectedNode_ != kNoNode;
  v.path = &path_;
  v.live = status_ == AppStatus::Running || status_ == AppStatus::Paused;
  return v;
}

void App::applyHeapActions(const HeapActions& actions) {
  if (actions.capture) captureNow();
  if (!actions.selectQuery.empty()) selectByQuery(actions.selectQuery);
  if (actions.select) {
    // A click in the graph already shows the object: do not re-centre on it.
    bool keepView = actions.selectId != 0 && graph_.findObject(actions.selectId) >= 0;
    selectId(actions.selectId);
    if (keepView) graphState_.focusSelection = false;
  }
  if (actions.whyAlive) whyAlive();
  if (actions.hidePath) {
    whyAlive_ = false;
    refreshSelection();
  }
  if (actions.relayout) {
    graph_.reset();
    graphDirty_ = true;
  }
  if (actions.gotoLine > 0) editorState_.gotoLine = actions.gotoLine;
}

void App::updateAfterRun(RunStatus status) {
  if (status == RunStatus::Finished || session_->finished()) {
    status_ = AppStatus::Finished;
  } else if (status == RunStatus::Breakpoint) {
    status_ = AppStatus::Paused;
    notePause("breakpoint");
  } else if (status == RunStatus::StepDone) {
    status_ = AppStatus::Paused;
    notePause("step");
  } else if (status == RunStatus::NotStarted) {
    status_ = AppStatus::CompileError;
  }
}

void App::notePause(const char* reason) {
  stopReason_ = reason;
  if (stops_.size() >= kMaxStopsKept) stops_.erase(stops_.begin());
  stops_.push_back({reason, currentLine(), pausedGoroutine(), steps()});
}

uint64_t App::steps() const { return session_ ? session_->steps() : 0; }
int App::exitCode() const {
  if (!session_ || !finished()) return -1;
  return session_->exitCode();
}
int App::currentLine() const {
  return session_ && !finished() ? session_->currentLine() : 0;
}
int App::pausedGoroutine() const {
  return session_ && !finished() ? session_->pausedGoroutine() : 0;
}
const std::vector<Diagnostic>& App::diagnostics() const {
  static const std::vector<Diagnostic> kNone;
  return session_ ? session_->diagnostics() : kNone;
}

void App::draw() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float x = vp->WorkPos.x, y = vp->WorkPos.y, w = vp->WorkSize.x, h = vp->WorkSize.y;
  // The toolbar's items wrap when the window is narrow (presenter zoom): it
  // is as tall as it needed last frame (two rows before the first).
  const float twoRows = ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetStyle().WindowPadding.y * 2.0f;
  const float toolbarH = std::max(twoRows, toolbarNeeded_);
  // Fixed tiling: source over goroutines/frames on the left (what runs);
  // the heap graph over the inspector and output/analysis tabs on the right
  // (what it left in memory).
  const float leftW = w * 0.34f, rightX = x + leftW, rightW = w - leftW;
  const float bodyY = y + toolbarH, bodyH = h - toolbarH;
  const float editorH = bodyH * 0.52f;
  const float topH = bodyH * 0.56f;
  const float inspectorW = rightW * 0.46f;

  ToolbarView toolbar = buildToolbarView(*this);
  ToolbarActions actions;
  toolbarNeeded_ = drawToolbarPanel(toolbar, actions, {x, y, w, toolbarH});

  EditorView editor = buildEditorView(*this);
  editorState_.edited = false;
  drawEditorPanel(editor, source_, editorState_, {x, bodyY, leftW, editorH});
  if (editorState_.toggleBreakpoint > 0) toggleBreakpoint(editorState_.toggleBreakpoint);
  editorState_.toggleBreakpoint = 0;
  if (editorState_.edited) {
    // Edited text no longer matches the live program: drop it.
    session_.reset();
    exampleName_.clear();
    status_ = AppStatus::Idle;
  }

  if (graphDirty_ || graph_.builtVersion != heap_.version) {
    std::vector<NodeIndex> pathNodes;
    for (const RetainerStep& st : path_.steps) pathNodes.push_back(st.node);
    graph_.build(heap_, selectedNode_, pathNodes, path_.found ? path_.root : -1);
    graphDirty_ = false;
  }
  HeapView heapView = buildHeapView();
  HeapActions heapActions;
  drawGoroutinesPanel(heapView, goroutinesState_, heapActions, {x, bodyY + editorH, leftW, bodyH - editorH});
  drawHeapGraphPanel(heapView, graph_, graphState_, heapActions, {rightX, bodyY, rightW, topH});
  drawInspectorPanel(heapView, inspectorState_, heapActions, {rightX, bodyY + topH, inspectorW, bodyH - topH});
  drawAnalysisPanel(heapView, buildConsoleView(*this), consoleState_, analysisState_, heapActions,
                    {rightX + inspectorW, bodyY + topH, rightW - inspectorW, bodyH - topH});

  if (actions.stepsPerFrame) config_.stepsPerFrame = actions.stepsPerFrame;
  if (actions.loadExample >= 0 && actions.loadExample < static_cast<int>(toolbar.examples.size()))
    loadExample(toolbar.examples[static_cast<size_t>(actions.loadExample)]);
  if (actions.run) run();
  if (actions.pause) pause();
  if (actions.resume) resume();
  if (actions.step) step(StepKind::Into);
  if (actions.stepOver) step(StepKind::Over);
  if (actions.stepOut) step(StepKind::Out);
  if (actions.stepBack) stepBack();
  if (actions.seekTo) seekTo(*actions.seekTo);
  if (actions.restart) restart();
  if (actions.toggleTheme) setTheme(currentTheme() == ThemeKind::Dark ? ThemeKind::Light : ThemeKind::Dark);
  if (actions.setZoom > 0) setZoom(actions.setZoom);
  if (actions.capture) captureNow();
  if (actions.gcNow) gcNow();
  if (actions.seed) setSeed(*actions.seed);
  if (actions.share && shareHandler_) shareHandler_();
  if (actions.download && downloadHandler_) downloadHandler_();
  if (actions.upload && uploadHandler_) uploadHandler_();
  if (!actions.openPath.empty()) openFile(actions.openPath);
  if (!actions.savePath.empty()) saveFile(actions.savePath);
  applyHeapActions(heapActions);
}

}  // namespace heapscope
