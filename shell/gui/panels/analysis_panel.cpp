// Bottom-right window: Console, Summary, Leak report and Timeline tabs (one file each).
#include <imgui.h>

#include "panels.h"

namespace heapscope {

AnalysisTab analysisTabFromName(const std::string& name) {
  if (name == "console") return AnalysisTab::Console;
  if (name == "summary") return AnalysisTab::Summary;
  if (name == "leaks") return AnalysisTab::Leaks;
  if (name == "timeline") return AnalysisTab::Timeline;
  return AnalysisTab::None;
}

const char* analysisTabName(AnalysisTab tab) {
  switch (tab) {
    case AnalysisTab::Console: return "console";
    case AnalysisTab::Summary: return "summary";
    case AnalysisTab::Leaks: return "leaks";
    case AnalysisTab::Timeline: return "timeline";
    default: return "";
  }
}

namespace {
ImGuiTabItemFlags tabFlags(AnalysisPanelState& state, AnalysisTab tab) {
  return state.requestTab == tab ? ImGuiTabItemFlags_SetSelected : 0;
}
}  // namespace

void drawAnalysisPanel(const HeapView& view, const ConsoleView& console, ConsolePanelState& consoleState,
                       AnalysisPanelState& state, HeapActions& actions, const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("Output & analysis", nullptr, kFixedPanel);
  if (ImGui::BeginTabBar("##analysis")) {
    if (ImGui::BeginTabItem("Console", nullptr, tabFlags(state, AnalysisTab::Console))) {
      drawConsoleTab(console, consoleState);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Summary", nullptr, tabFlags(state, AnalysisTab::Summary))) {
      if (view.model->snap) drawSummaryTab(view, state, actions);
      else ImGui::TextDisabled("No snapshot yet.");
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Leak report", nullptr, tabFlags(state, AnalysisTab::Leaks))) {
      if (view.model->snap) drawLeakTab(view, actions);
      else ImGui::TextDisabled("No snapshot yet.");
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Timeline", nullptr, tabFlags(state, AnalysisTab::Timeline))) {
      drawTimelineTab(view);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  state.requestTab = AnalysisTab::None;
  ImGui::End();
}

}  // namespace heapscope
