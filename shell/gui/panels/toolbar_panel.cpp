// Toolbar: example picker, Run / Pause|Continue / Step into|over|out / Restart,
// snapshot, theme, presenter zoom, share, files; then the status line:
// status, scrubber, what changed, and at the right end the version and the
// speed. Items flow onto further lines when the window is too narrow (at
// presenter zoom); the panel reports the height it needed.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include <misc/cpp/imgui_stdlib.h>

#include "../format.h"
#include "../theme.h"
#include "../version.h"
#include "panels.h"

namespace heapscope {

namespace {
float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}
// The next item goes on this line if `width` still fits, else on a new one.
void flow(float width) {
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}
bool flowButton(const char* label) {
  flow(buttonWidth(label));
  return ImGui::Button(label);
}
// `text` cut to `width` with "..." at the end ("" if not even that fits).
std::string fitText(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  for (size_t n = text.size(); n-- > 0;) {
    std::string cut = text.substr(0, n) + "...";
    if (ImGui::CalcTextSize(cut.c_str()).x <= width) return n >= 4 ? cut : std::string();
  }
  return {};
}
constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings;
// Web: the page saves / loads the editor text (web/heapscope.js). Desktop: a
// path field with Open / Save (a .go file dropped on the window opens too).
void drawFileControls(const ToolbarView& view, ToolbarActions& actions) {
  if (view.webFiles) {
    if (flowButton("Download .go")) actions.download = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("save the editor's text as a file");
    if (flowButton("Upload .go")) actions.upload = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("load a .go file into the editor (replaces its text)");
    return;
  }
  // The field keeps what the user types until the app's path changes
  // (after an Open / Save / drop), then shows the new path.
  static std::string typed, shownFor;
  if (view.filePath != shownFor) typed = shownFor = view.filePath;
  const float fieldW = px(150);
  flow(ImGui::CalcTextSize("File: ").x + fieldW + buttonWidth("Open") + buttonWidth("Save") +
       ImGui::GetStyle().ItemSpacing.x * 2);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("File:");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(fieldW);
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

float drawToolbarPanel(const ToolbarView& view, ToolbarActions& actions, const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("heapscope", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);

  ImGui::SetNextItemWidth(px(190));
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
  if (flowButton("Run")) actions.run = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("compile and run from the start (F5, Ctrl+Enter)");
  if (view.running) {
    if (flowButton("Pause")) actions.pause = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("pause between two instructions (Shift+F5)");
  } else if (view.paused) {
    if (flowButton("Continue")) actions.resume = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("continue running (F5)");
  } else {
    ImGui::BeginDisabled();
    flowButton("Pause");
    ImGui::EndDisabled();
  }
  ImGui::BeginDisabled(!view.canSeek);
  if (flowButton("Step back")) actions.stepBack = true;
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("back to where the previous line began (Shift+F10): the run is replayed from the start");
  ImGui::EndDisabled();
  ImGui::BeginDisabled(!view.canStep);
  if (flowButton("Step into")) actions.step = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("run to the next line, entering calls (F11)");
  if (flowButton("Step over")) actions.stepOver = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("run to the next line of this function (F10)");
  if (flowButton("Step out")) actions.stepOut = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("run until this function returns (Shift+F11)");
  ImGui::EndDisabled();
  if (flowButton("Restart")) actions.restart = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("compile and run again from the start, keeping breakpoints (Ctrl+Shift+F5)");
  ImGui::BeginDisabled(!view.canCapture);
  if (flowButton("Snapshot")) actions.capture = true;
  ImGui::EndDisabled();
  ImGui::BeginDisabled(!view.canGc);
  if (flowButton("GC now")) actions.gcNow = true;
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", view.gcMessage.empty() ? "free garbage now, as runtime.GC() does: unreachable cycles too"
                                                   : view.gcMessage.c_str());
  ImGui::EndDisabled();
  {
    // The seed of the scheduler and select: the same seed replays the same run.
    const float inputW = ImGui::CalcTextSize("0000000").x + ImGui::GetStyle().FramePadding.x * 2;
    const float labelW = ImGui::CalcTextSize("seed").x + ImGui::GetStyle().ItemInnerSpacing.x;
    flow(labelW + inputW);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("seed");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(inputW);
    uint64_t seed = view.seed;
    if (ImGui::InputScalar("##seed", ImGuiDataType_U64, &seed, nullptr, nullptr, "%llu",
                           ImGuiInputTextFlags_EnterReturnsTrue) && seed != view.seed)
      actions.seed = seed;
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("scheduler / select seed, used from the next Run: one seed always gives the same run");
  }
  if (flowButton(view.lightTheme ? "Dark theme" : "Light theme")) actions.toggleTheme = true;
  // Presenter zoom: fonts and spacing for a projector (Ctrl+= / Ctrl+- / Ctrl+0).
  {
    char zoomLabel[32];
    std::snprintf(zoomLabel, sizeof zoomLabel, "%d%%", static_cast<int>(view.zoom * 100.0f + 0.5f));
    const float comboW = ImGui::CalcTextSize("200%").x + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    flow(comboW);
    ImGui::SetNextItemWidth(comboW);
    if (ImGui::BeginCombo("##zoom", zoomLabel)) {
      for (float z : kPresenterZooms) {
        char item[40];
        std::snprintf(item, sizeof item, "%d%%%s", static_cast<int>(z * 100.0f + 0.5f), z == 1.5f ? " (presenter)" : "");
        if (ImGui::Selectable(item, z == view.zoom)) actions.setZoom = z;
      }
      ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("presenter zoom: larger text for a projector (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 100%%)");
  }
  if (view.canShare) {
    if (flowButton("Share link")) actions.share = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("copy a link that opens this program (it travels in the URL)");
  }
  ImGui::SameLine();
  drawFileControls(view, actions);

  // ---- status line. Left: status and the scrubber; right end: the version
  // and the speed; between them what changed (cut first when room runs out).
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
    flow(px(160) + px(20));
    ImGui::ProgressBar(view.seekProgress, ImVec2(px(160), 0), "replaying...");
  } else if (view.canSeek) {
    // The scrubber: any step up to the furthest reached; seeks on release.
    static uint64_t dragged = 0;
    static bool dragging = false;
    flow(px(180) + px(20));
    uint64_t value = dragging ? dragged : view.steps;
    const uint64_t lo = 0, hi = view.maxStep;
    ImGui::SetNextItemWidth(px(180));
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
  }
  // What changed since the previous pause, in the longest wording that fits.
  std::string middle, shortMiddle;
  if (view.canSeek && (view.freshObjects || view.rcMoved || view.changedObjects || view.freedObjects)) {
    char changes[128];
    std::snprintf(changes, sizeof changes, "since pause: %zu new, %zu changed, %zu freed, %zu rc", view.freshObjects,
                  view.changedObjects, view.freedObjects, view.rcMoved);
    middle = changes;
    std::snprintf(changes, sizeof changes, "%zu new %zu chg %zu freed", view.freshObjects, view.changedObjects,
                  view.freedObjects);
    shortMiddle = changes;
  } else if (view.canCapture && !view.canSeek && !view.seeking) {
    middle = "heap: " + formatCount(view.heapObjects) + " objects, " + formatBytes(view.heapBytes) +
             "   goroutines: " + std::to_string(view.goroutines);
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* version = guiVersion();
  const float speedW = px(170);
  const float rightW = ImGui::CalcTextSize(version).x + style.ItemSpacing.x * 2 + speedW +
                       style.ItemInnerSpacing.x + ImGui::CalcTextSize("steps/frame").x;
  const float rightX = ImGui::GetWindowContentRegionMax().x - rightW;
  ImGui::SameLine(0, px(20));
  // Not even the right block fits after the status: it goes on a line of its own.
  const bool ownLine = ImGui::GetCursorPosX() + px(10) > rightX;
  if (ownLine) ImGui::NewLine();
  const float room = rightX - px(10) - ImGui::GetCursorPosX();
  std::string shown = fitText(middle, room);
  if (shown != middle && !shortMiddle.empty())  // the short wording whole, or nothing
    shown = ImGui::CalcTextSize(shortMiddle.c_str()).x <= room ? shortMiddle : std::string();
  if (!shown.empty()) {
    ImGui::TextDisabled("%s", shown.c_str());
    if (shown != middle && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", middle.c_str());
  }
  // SameLine right after NewLine would go back up a line: there, place by X.
  if (ownLine && shown.empty()) ImGui::SetCursorPosX(rightX);
  else ImGui::SameLine(rightX);
  ImGui::TextDisabled("%s", version);
  // Speed: steps per frame, 1 .. 100 000.
  ImGui::SameLine();
  int speed = static_cast<int>(view.stepsPerFrame);
  ImGui::SetNextItemWidth(speedW);
  if (ImGui::SliderInt("steps/frame", &speed, 1, 100000, "%d", ImGuiSliderFlags_Logarithmic))
    actions.stepsPerFrame = static_cast<uint64_t>(speed < 1 ? 1 : speed);
  const float needed = ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y;
  ImGui::End();
  return needed;
}

}  // namespace heapscope
