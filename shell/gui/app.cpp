// App: run control and frame composition (see app.h).
#include "app.h"

#include <imgui.h>

#include "embedded.h"
#include "panels/panels.h"

namespace heapscope {

namespace {
App* gActiveApp = nullptr;
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
  exampleName_.clear();
  session_.reset();
  console_.clear();
  status_ = AppStatus::Idle;
}

bool App::startSession() {
  console_.clear();
  SessionOptions options = config_.session;
  options.fileName = fileName_;
  session_ = std::make_unique<Session>(host_, options);
  if (!session_->compile(source_)) {
    status_ = AppStatus::CompileError;
    return false;
  }
  status_ = AppStatus::Paused;
  return true;
}

void App::run() {
  if (startSession()) status_ = AppStatus::Running;
}

void App::pause() {
  if (status_ == AppStatus::Running) status_ = AppStatus::Paused;
}

void App::resume() {
  if (status_ == AppStatus::Paused) status_ = AppStatus::Running;
}

void App::step() {
  if (!session_ || finished()) {
    if (!startSession()) return;
  }
  status_ = AppStatus::Paused;
  updateAfterRun(session_->run(1));
}

void App::tick() {
  if (status_ != AppStatus::Running || !session_) return;
  uint64_t budget = config_.stepsPerFrame ? config_.stepsPerFrame : 1;
  if (config_.pauseAtSteps) {
    uint64_t done = session_->steps();
    if (done >= config_.pauseAtSteps) {
      status_ = AppStatus::Paused;
      return;
    }
    if (config_.pauseAtSteps - done < budget) budget = config_.pauseAtSteps - done;
  }
  updateAfterRun(session_->run(budget));
  if (status_ == AppStatus::Running && config_.pauseAtSteps &&
      session_->steps() >= config_.pauseAtSteps)
    status_ = AppStatus::Paused;
}

void App::updateAfterRun(RunStatus status) {
  if (status == RunStatus::Finished || session_->finished()) {
    status_ = AppStatus::Finished;
  } else if (status == RunStatus::Breakpoint) {
    status_ = AppStatus::Paused;
  } else if (status == RunStatus::NotStarted) {
    status_ = AppStatus::CompileError;
  }
}

uint64_t App::steps() const { return session_ ? session_->steps() : 0; }
int App::exitCode() const {
  if (!session_ || !finished()) return -1;
  return session_->exitCode();
}
int App::currentLine() const {
  return session_ && !finished() ? session_->currentLine() : 0;
}

void App::draw() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float x = vp->WorkPos.x, y = vp->WorkPos.y, w = vp->WorkSize.x, h = vp->WorkSize.y;
  const float toolbarH = ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetStyle().WindowPadding.y * 2.0f;
  const float editorW = w * 0.55f;

  ToolbarView toolbar = buildToolbarView(*this);
  ToolbarActions actions;
  drawToolbarPanel(toolbar, actions, {x, y, w, toolbarH});

  EditorView editor = buildEditorView(*this);
  editorState_.edited = false;
  drawEditorPanel(editor, source_, editorState_, {x, y + toolbarH, editorW, h - toolbarH});
  if (editorState_.edited) {
    // Edited text no longer matches the live program: drop it.
    session_.reset();
    exampleName_.clear();
    status_ = AppStatus::Idle;
  }

  drawConsolePanel(buildConsoleView(*this), consoleState_,
                   {x + editorW, y + toolbarH, w - editorW, h - toolbarH});

  if (actions.stepsPerFrame) config_.stepsPerFrame = actions.stepsPerFrame;
  if (actions.loadExample >= 0 && actions.loadExample < static_cast<int>(toolbar.examples.size()))
    loadExample(toolbar.examples[static_cast<size_t>(actions.loadExample)]);
  if (actions.run) run();
  if (actions.pause) pause();
  if (actions.resume) resume();
  if (actions.step) step();
}

}  // namespace heapscope
