// Builders of the view-models the panels draw (see view_model.h): the only
// place that reads App for display.
#include "view_model.h"

#include "app.h"
#include "embedded.h"

namespace heapscope {

ToolbarView buildToolbarView(const App& app) {
  ToolbarView v;
  v.status = appStatusName(app.status());
  v.running = app.status() == AppStatus::Running;
  v.paused = app.status() == AppStatus::Paused;
  v.canStep = !v.running;
  v.steps = app.steps();
  v.line = app.currentLine();
  if (v.paused && app.stopReason() == "breakpoint") v.stopReason = " at a breakpoint";
  if (v.paused && app.stopReason() == "step") v.stopReason = " after a step";
  if (v.paused && app.stopReason() == "seek") v.stopReason = " (time travel)";
  v.seeking = app.seeking();
  v.seekProgress = app.seekProgress();
  v.maxStep = app.maxStepReached();
  v.canSeek = v.maxStep > 0 && !v.seeking && (v.paused || app.status() == AppStatus::Finished);
  if (v.seeking) {
    v.status = "seeking";
    v.running = false;
    v.canStep = false;
  }
  v.freshObjects = app.heap().freshCount;
  v.rcMoved = app.heap().rcMovedCount;
  v.changedObjects = app.heap().changedCount;
  v.freedObjects = app.heap().freedCount;
  v.exitCode = app.exitCode();
  v.stepsPerFrame = app.config().stepsPerFrame;
  for (size_t i = 0; i < assets::kExamplesCount; ++i) {
    v.examples.emplace_back(assets::kExamples[i].name);
    if (app.fileName() == assets::kExamples[i].name) v.currentExample = static_cast<int>(i);
  }
  v.lightTheme = currentTheme() == ThemeKind::Light;
  v.zoom = presenterZoom();
  v.canShare = app.canShare();
  v.webFiles = app.webFiles();
  v.filePath = app.filePath();
  v.fileMessage = app.fileMessage();
  v.canCapture = app.status() == AppStatus::Running || app.status() == AppStatus::Paused ||
                 app.status() == AppStatus::Finished;
  v.canGc = app.status() == AppStatus::Running || app.status() == AppStatus::Paused;
  v.seed = app.seed();
  v.gcMessage = app.gcMessage();
  if (const Snapshot* s = app.heap().snap.get()) {
    v.heapObjects = s->nodeCount();
    v.heapBytes = app.heap().summary.shallow;
    v.goroutines = s->goroutines.size();
  }
  return v;
}

ConsoleView buildConsoleView(const App& app) {
  return {&app.console().chunks(), app.console().totalWritten()};
}

EditorView buildEditorView(const App& app) {
  EditorView v;
  v.fileName = app.fileName();
  v.currentLine = app.currentLine();
  v.listing = app.status() == AppStatus::Running || app.status() == AppStatus::Paused;
  v.breakpoints = app.config().breakLines;
  v.paused = app.status() == AppStatus::Paused;
  v.stopReason = app.stopReason();
  if (app.status() == AppStatus::CompileError)
    for (const Diagnostic& d : app.diagnostics())
      if (d.line > 0) v.errors.push_back({d.line, d.col, d.message});
  return v;
}

}  // namespace heapscope
