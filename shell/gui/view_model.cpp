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
  v.exitCode = app.exitCode();
  v.stepsPerFrame = app.config().stepsPerFrame;
  for (size_t i = 0; i < assets::kExamplesCount; ++i) {
    v.examples.emplace_back(assets::kExamples[i].name);
    if (app.fileName() == assets::kExamples[i].name) v.currentExample = static_cast<int>(i);
  }
  v.lightTheme = currentTheme() == ThemeKind::Light;
  v.canShare = app.canShare();
  v.canCapture = app.status() == AppStatus::Running || app.status() == AppStatus::Paused ||
                 app.status() == AppStatus::Finished;
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
  return v;
}

}  // namespace heapscope
