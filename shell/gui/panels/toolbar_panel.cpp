// Toolbar: example picker, Run / Pause|Continue / Step into|over|out / Restart,
// snapshot, theme, share; second line: status, heap size and speed.
#include <imgui.h>

#include <cstdio>

#include <misc/cpp/imgui_stdlib.h>

#include "../format.h"
#include "../version.h"
#include "panels.h"

namespace heapscope {

namespace {
constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings;
// Web: the page saves / loads the editor text (web/heapscope.js). Desktop: a
// path field with Open / Save (a .go file dropped on the window opens too).
void drawFileControls(const ToolbarView& view, ToolbarActions& actions) {
  ImGui::SameLine();
  if (view.webFiles) {
    if (ImGui::Button("Download .go")) actions.download = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("save the editor's text as a file");
    ImGui::SameLine();
    if (ImGui::Button("Upload .go")) actions.upload = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("load a .go file into the editor (replaces its text)");
    return;
  }
  // The field keeps what the user types until the app's path changes
  // (after an Open / Save / drop), then shows the new path.
  static std::string typed, shownFor;
  if (view.filePath != shownFor) typed = shownFor = view.filePath;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("File:");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  const bool enter = ImGui::InputTextWithHint("##path", "path/to/prog.go", &typed,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", view.fileMessage.empty() ? "a .go file to open or save (or drop one on the window)"
                                                     : view.fileMessage.c_str());
  ImGui::SameLine();
  ImGui::BeginDisabled(typed.empty());
  if (ImGui::Button("Open") || (enter && !typed.empty())) actions.openPath = typed;
  ImGui::SameLine();
  if (ImGui::Button("Save")) actions.savePath = typed;
  ImGui::EndDisabled();
}
}  // namespace

void drawToolbarPanel(const ToolbarView& view, ToolbarActions& actions, const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("heapscope", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar);

  ImGui::SetNextItemWidth(220);
  const char* preview = view.currentExample >= 0
                            ? view.examples[static_cast<size_t>(view.currentExample)].c_str()
                            : "(edited)";
  if (ImGui::BeginCombo("##example", preview)) {
    for (size_t i = 0; i < view.examples.size(); ++i) {
      bool selected = static_cast<int>(i) == view.currentExample;
      if (ImGui::Selectable(view.examples[i].c_str(), selected))
        actions.loadExample = static_cast<int>(i);
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button("Run")) actions.run = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("compile and run from the start (F5, Ctrl+Enter)");
  ImGui::SameLine();
  if (view.running) {
    if (ImGui::Button("Pause")) actions.pause = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("pause between two instructions (Shift+F5)");
  } else if (view.paused) {
    if (ImGui::Button("Continue")) actions.resume = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("continue running (F5)");
  } else {
    ImGui::BeginDisabled();
    ImGui::Button("Pause");
    ImGui::EndDisabled();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.canSeek);
  if (ImGui::Button("Step back")) actions.stepBack = true;
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("back to where the previous line began (Shift+F10): the run is replayed from the start");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.canStep);
  if (ImGui::Button("Step into")) actions.step = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("run to the next line, entering calls (F11)");
  ImGui::SameLine();
  if (ImGui::Button("Step over")) actions.stepOver = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("run to the next line of this function (F10)");
  ImGui::SameLine();
  if (ImGui::Button("Step out")) actions.stepOut = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("run until this function returns (Shift+F11)");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Restart")) actions.restart = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("compile and run again from the start, keeping breakpoints (Ctrl+Shift+F5)");
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.canCapture);
  if (ImGui::Button("Snapshot")) actions.capture = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(view.lightTheme ? "Dark theme" : "Light theme")) actions.toggleTheme = true;
  if (view.canShare) {
    ImGui::SameLine();
    if (ImGui::Button("Share link")) actions.share = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("copy a link that opens this program (it travels in the URL)");
  }
  drawFileControls(view, actions);

  char line[160];
  if (view.exitCode >= 0)
    std::snprintf(line, sizeof line, "status: %s (exit code %d)   steps: %llu", view.status.c_str(),
                  view.exitCode, static_cast<unsigned long long>(view.steps));
  else if (view.line > 0)
    std::snprintf(line, sizeof line, "status: %s%s   steps: %llu   line: %d", view.status.c_str(), view.stopReason.c_str(),
                  static_cast<unsigned long long>(view.steps), view.line);
  else
    std::snprintf(line, sizeof line, "status: %s   steps: %llu", view.status.c_str(),
                  static_cast<unsigned long long>(view.steps));
  ImGui::TextUnformatted(line);
  if (view.seeking) {
    ImGui::SameLine(0, 20);
    ImGui::ProgressBar(view.seekProgress, ImVec2(160, 0), "replaying...");
  } else if (view.canSeek) {
    // The scrubber: any step up to the furthest reached; seeks on release.
    static uint64_t dragged = 0;
    static bool dragging = false;
    ImGui::SameLine(0, 20);
    uint64_t value = dragging ? dragged : view.steps;
    const uint64_t lo = 0, hi = view.maxStep;
    ImGui::SetNextItemWidth(180);
    ImGui::SliderScalar("##scrub", ImGuiDataType_U64, &value, &lo, &hi, "step %llu");
    if (ImGui::IsItemActive()) {
      dragging = true;
      dragged = value;
    }
    if (ImGui::IsItemDeactivated()) {
      dragging = false;
      if (value != view.steps) actions.seekTo = value;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("time travel: drag to any step reached so far (the run is replayed)");
    if (view.freshObjects || view.rcMoved || view.changedObjects) {
      // Only if it fits before the speed slider at the right end.
      char changes[96];
      std::snprintf(changes, sizeof changes, "since pause: %zu new, %zu changed, %zu rc",
                    view.freshObjects, view.changedObjects, view.rcMoved);
      ImGui::SameLine();
      const float room = ImGui::GetWindowContentRegionMax().x - 325 - ImGui::GetCursorPosX();
      if (ImGui::CalcTextSize(changes).x <= room) ImGui::TextDisabled("%s", changes);
    }
  }
  if (view.canCapture && !view.canSeek && !view.seeking) {
    ImGui::SameLine(0, 30);
    ImGui::TextDisabled("heap: %s objects, %s   goroutines: %zu", formatCount(view.heapObjects).c_str(),
                        formatBytes(view.heapBytes).c_str(), view.goroutines);
  }
  // The version, just left of the speed slider when there is room for it.
  {
    const char* version = guiVersion();
    const float x = ImGui::GetWindowContentRegionMax().x - 340 - ImGui::CalcTextSize(version).x;
    ImGui::SameLine();
    if (x > ImGui::GetCursorPosX()) {
      ImGui::SameLine(x);
      ImGui::TextDisabled("%s", version);
    }
  }
  // Speed at the right end of the status line (steps per frame, 1 .. 100 000).
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 320);
  int speed = static_cast<int>(view.stepsPerFrame);
  ImGui::SetNextItemWidth(220);
  if (ImGui::SliderInt("steps/frame", &speed, 1, 100000, "%d", ImGuiSliderFlags_Logarithmic))
    actions.stepsPerFrame = static_cast<uint64_t>(speed < 1 ? 1 : speed);
  ImGui::End();
}

}  // namespace heapscope
