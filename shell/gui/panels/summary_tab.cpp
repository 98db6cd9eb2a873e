// Summary tab: live objects grouped by Go type or by allocation site, with
// count, shallow and retained bytes (core/inspect summarize), sortable by
// any column; clicking a row selects the group's biggest object.
#include <imgui.h>

#include <algorithm>
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
  ImGui::SameLine(0, 20);
  ImGui::RadioButton("by type", &state.summaryMode, 0);
  ImGui::SameLine();
  ImGui::RadioButton("by allocation site", &state.summaryMode, 1);

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
