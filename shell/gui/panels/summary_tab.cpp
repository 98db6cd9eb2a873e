// Summary tab: live objects grouped by Go type or by allocation site, with
// count, shallow and retained bytes (core/inspect summarize), sortable by
// any column; clicking a row selects the group's biggest object. A third
// view lists what was freed since the previous pause, by type and site
// (clicking a row shows the allocation site in the editor).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "../format.h"
#include "panels.h"

namespace heapscope {

namespace {

void sortRows(const std::vector<SummaryRow>& rows, AnalysisPanelState& state) {
  state.order.resize(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) state.order[i] = static_cast<uint32_t>(i);
  auto key = [&](const SummaryRow& r) -> uint64_t {
    switch (state.sortColumn) {
      case 1: return r.count;
      case 2: return r.shallow;
      default: return r.retained;
    }
  };
  std::stable_sort(state.order.begin(), state.order.end(), [&](uint32_t a, uint32_t b) {
    const SummaryRow& x = rows[a];
    const SummaryRow& y = rows[b];
    if (state.sortColumn == 0) return state.ascending ? x.name < y.name : x.name > y.name;
    return state.ascending ? key(x) < key(y) : key(x) > key(y);
  });
}

// Objects freed since the previous pause (HeapModel::freedGroups), most bytes first.
void drawFreedTable(const HeapModel& model, HeapActions& actions) {
  if (!model.hasFreedBaseline) {
    ImGui::TextDisabled("Pause twice (a breakpoint, a step): what the program freed in between is listed here.");
    return;
  }
  ImGui::TextDisabled("freed since step %llu: %s objects, %s",
                      static_cast<unsigned long long>(model.freedSinceStep), formatCount(model.freedCount).c_str(),
                      formatBytes(model.freedBytes).c_str());
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##freed", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("type", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("allocated at", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("bytes", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < model.freedGroups.size(); ++i) {
    const HeapModel::FreedGroup& g = model.freedGroups[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(g.type.c_str(), false, ImGuiSelectableFlags_SpanAllColumns) && g.siteLine > 0)
      actions.gotoLine = g.siteLine;
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(g.site.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatCount(g.count).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatBytes(g.bytes).c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void drawSummaryTab(const HeapView& view, AnalysisPanelState& state, HeapActions& actions) {
  const HeapModel& model = *view.model;
  const HeapSummary& sum = model.summary;
  ImGui::Text("%s objects, %s", formatCount(sum.objects).c_str(), formatBytes(sum.shallow).c_str());
  if (sum.unreachableObjects) {
    ImGui::SameLine();
    ImGui::TextDisabled("(%s unreachable, %s)", formatCount(sum.unreachableObjects).c_str(),
                        formatBytes(sum.unreachableBytes).c_str());
  }
  char freedLabel[64];
  std::snprintf(freedLabel, sizeof freedLabel, "freed since pause (%zu)###freed", model.freedCount);
  // The choices flow onto the next line when the tab is narrow (presenter zoom).
  const char* labels[] = {"by type", "by allocation site", freedLabel};
  for (int mode = 0; mode < 3; ++mode) {
    const char* shown = mode == 2 ? "freed since pause (000)" : labels[mode];
    const float w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(shown).x;
    ImGui::SameLine(0, mode == 0 ? ImGui::GetFontSize() : -1.0f);
    if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    ImGui::RadioButton(labels[mode], &state.summaryMode, mode);
  }
  if (state.summaryMode == 2) return drawFreedTable(model, actions);

  const std::vector<SummaryRow>& rows = state.summaryMode == 0 ? sum.byType : sum.bySite;
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##summary", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(state.summaryMode == 0 ? "type" : "site", ImGuiTableColumnFlags_WidthStretch, 0, 0);
  ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 0, 1);
  ImGui::TableSetupColumn("shallow", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 0, 2);
  ImGui::TableSetupColumn("retained",
                          ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort |
                              ImGuiTableColumnFlags_PreferSortDescending,
                          0, 3);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    if (specs->SpecsDirty && specs->SpecsCount > 0) {
      state.sortColumn = static_cast<int>(specs->Specs[0].ColumnUserID);
      state.ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      state.orderVersion = 0;  // force a re-sort
      specs->SpecsDirty = false;
    }
  }
  if (state.orderVersion != model.version || state.orderMode != state.summaryMode ||
      state.order.size() != rows.size()) {
    sortRows(rows, state);
    state.orderVersion = model.version;
    state.orderMode = state.summaryMode;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const SummaryRow& r = rows[state.order[static_cast<size_t>(i)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(i);
      if (ImGui::Selectable(r.name.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
        actions.selectQuery = r.name;
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(formatCount(r.count).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(formatBytes(r.shallow).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(formatBytes(r.retained).c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace heapscope
