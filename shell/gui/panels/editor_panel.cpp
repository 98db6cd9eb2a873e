// Editor: the program text. While a program is live (running or paused) the
// panel shows a read-only listing instead, with line numbers and the line
// about to execute highlighted, so what is shown is what executes.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

#include "../theme.h"
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
  auto scrollTo = [&](int line) {
    float y = (static_cast<float>(line) - 1.0f) * lineH;
    if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + ImGui::GetWindowHeight() - 2 * lineH)
      ImGui::SetScrollY(y - ImGui::GetWindowHeight() * 0.3f);
  };
  if (view.currentLine > 0 && view.currentLine != state.scrolledToLine) {
    scrollTo(view.currentLine);
    state.scrolledToLine = view.currentLine;
  }
  if (state.gotoLine > 0) {
    scrollTo(state.gotoLine);
    state.markedLine = state.gotoLine;
    state.gotoLine = 0;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()), lineH);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      bool current = i + 1 == view.currentLine;
      bool marked = i + 1 == state.markedLine;
      if (current || marked) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImVec2 end(p.x + ImGui::GetContentRegionAvail().x + ImGui::GetScrollMaxX() + 1000, p.y + lineH);
        if (current) ImGui::GetWindowDrawList()->AddRectFilled(p, end, palette().currentLine);
        if (marked) ImGui::GetWindowDrawList()->AddRect(p, end, palette().path, 0.0f, 0, 2.0f);
      }
      char number[16];
      std::snprintf(number, sizeof number, "%4d %s", i + 1, current ? ">" : " ");
      bool breakpoint = std::find(view.breakpoints.begin(), view.breakpoints.end(), i + 1) != view.breakpoints.end();
      ImVec2 gutter = ImGui::GetCursorScreenPos();
      ImGui::TextDisabled("%s", number);
      if (ImGui::IsItemClicked()) state.toggleBreakpoint = i + 1;  // click a line number: breakpoint on/off
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("click: breakpoint on line %d", i + 1);
      if (breakpoint)
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(gutter.x + 4, gutter.y + lineH * 0.5f), lineH * 0.28f,
                                                    palette().bad);
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
