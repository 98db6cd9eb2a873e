// Editor: the program text. While a program is live (running or paused) the
// panel shows a read-only listing instead, with line numbers and the line
// about to execute highlighted, so what is shown is what executes.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string_view>
#include <vector>

#include "panels.h"

namespace heapscope {

namespace {

void drawListing(const EditorView& view, const std::string& source, EditorPanelState& state) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= source.size();) {
    size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    lines.emplace_back(source.data() + start, end - start);
    start = end + 1;
  }
  ImGui::BeginChild("##listing", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  if (view.currentLine > 0 && view.currentLine != state.scrolledToLine) {
    float y = (static_cast<float>(view.currentLine) - 1.0f) * lineH;
    if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + ImGui::GetWindowHeight() - 2 * lineH)
      ImGui::SetScrollY(y - ImGui::GetWindowHeight() * 0.3f);
    state.scrolledToLine = view.currentLine;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()), lineH);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      bool current = i + 1 == view.currentLine;
      if (current) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(
            p, ImVec2(p.x + ImGui::GetContentRegionAvail().x + ImGui::GetScrollMaxX() + 1000, p.y + lineH),
            IM_COL32(70, 90, 40, 255));
      }
      char number[16];
      std::snprintf(number, sizeof number, "%4d %s", i + 1, current ? ">" : " ");
      ImGui::TextDisabled("%s", number);
      ImGui::SameLine();
      const std::string_view& text = lines[static_cast<size_t>(i)];
      ImGui::TextUnformatted(text.data(), text.data() + text.size());
    }
  }
  ImGui::EndChild();
}

}  // namespace

void drawEditorPanel(const EditorView& view, std::string& source, EditorPanelState& state,
                     const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  std::string title = view.fileName + (view.listing ? "  (read-only while the program is live)" : "") + "###Editor";
  ImGui::Begin(title.c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings);
  if (view.listing) {
    drawListing(view, source, state);
  } else {
    state.scrolledToLine = 0;
    if (ImGui::InputTextMultiline("##source", &source, ImGui::GetContentRegionAvail(),
                                  ImGuiInputTextFlags_AllowTabInput))
      state.edited = true;
  }
  ImGui::End();
}

}  // namespace heapscope
