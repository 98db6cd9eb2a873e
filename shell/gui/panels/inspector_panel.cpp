// Inspector: the selected object — type, value, refcount against the
// referrers actually counted, shallow and retained size, allocation site
// (click: show the line), its fields (outgoing references), its referrers,
// and "Why alive?": the shortest path from a root, highlighted in the graph.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "../format.h"
#include "../theme.h"
#include "panels.h"

namespace heapscope {

namespace {

void refreshReferrers(const HeapView& view, NodeIndex node, InspectorPanelState& state) {
  const Snapshot& s = *view.model->snap;
  if (state.cacheVersion == view.model->version && state.cacheId == s.id[node]) return;
  state.cacheVersion = view.model->version;
  state.cacheId = s.id[node];
  state.referrers.clear();
  state.rootReferrers.clear();
  for (NodeIndex v = 0; v < s.nodeCount(); ++v)
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e)
      if (s.edgeTo[e] == node) state.referrers.emplace_back(v, e);
  for (size_t r = 0; r < s.roots.size(); ++r)
    if (s.roots[r].node == node) state.rootReferrers.push_back(static_cast<uint32_t>(r));
}

void objectLink(const HeapModel& m, NodeIndex n, HeapActions& actions, const char* id) {
  std::string label = m.nodeTitle(n) + "##" + id;
  if (ImGui::SmallButton(label.c_str())) actions.selectObject(m.snap->id[n]);
}

void row(const char* name, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", name);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(value.c_str());
}

void drawPath(const HeapView& view, HeapActions& actions) {
  const Snapshot& s = *view.model->snap;
  const RetainerPath& path = *view.path;
  const Palette& p = palette();
  if (!path.found) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.unreachable),
                       "No root reaches this object: it is garbage not yet collected (a cycle?).");
    return;
  }
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.path), "Alive because:");
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(path.text.c_str());
  ImGui::PopTextWrapPos();
  // Each hop, clickable.
  for (size_t i = 0; i < path.steps.size(); ++i) {
    const RetainerStep& st = path.steps[i];
    std::string hop = i == 0 ? s.str(st.label) : "." + s.str(st.label);
    ImGui::TextDisabled("%s", hop.c_str());
    ImGui::SameLine();
    std::string id = "path" + std::to_string(i);
    objectLink(*view.model, st.node, actions, id.c_str());
  }
}

}  // namespace

void drawInspectorPanel(const HeapView& view, InspectorPanelState& state, HeapActions& actions,
                        const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("Inspector", nullptr, kFixedPanel);
  const HeapModel& model = *view.model;
  if (!model.snap || view.selected >= model.snap->nodeCount()) {
    ImGui::TextDisabled("Select an object in the graph, a local in the frames,\nor a row of the summary.");
    ImGui::End();
    return;
  }
  const Snapshot& s = *model.snap;
  const NodeIndex n = view.selected;
  const Palette& p = palette();
  refreshReferrers(view, n, state);

  ImGui::Text("%s", model.nodeTitle(n).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("(%s)", kindWord(s.kind[n]));
  std::string_view preview = s.preview(n);
  if (!preview.empty()) ImGui::TextWrapped("%.*s", static_cast<int>(preview.size()), preview.data());
  if (s.kind[n] == ObjKind::Closure) {
    HeapModel::ClosureEnv env = view.model->closureEnv(n);
    if (env.returned) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().goroutineOwned));
    ImGui::TextWrapped("%s", env.text.c_str());
    if (env.returned) ImGui::PopStyleColor();
  }

  if (ImGui::Button("Why alive?")) actions.whyAlive = true;
  if (view.whyAlive) {
    ImGui::SameLine();
    if (ImGui::SmallButton("hide path")) actions.hidePath = true;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Deselect")) actions.selectObject(0);
  if (view.whyAlive && view.path) drawPath(view, actions);

  if (ImGui::BeginTable("##facts", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    const uint32_t refs = n < model.referrers.size() ? model.referrers[n] : 0;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("refcount");
    ImGui::TableNextColumn();
    bool ok = refs == s.refcount[n];
    ImGui::Text("%u", s.refcount[n]);
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ok ? p.good : p.bad), ok ? "= %u counted referrers" : "!= %u counted referrers",
                       refs);
    row("shallow", formatBytes(s.shallow[n]));
    row("retained", model.dom.idom.empty() ? "?" : formatBytes(model.dom.retainedSize(n)));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("allocated at");
    ImGui::TableNextColumn();
    std::string site = s.siteName(s.site[n]);
    int line = s.site[n] < s.sites.size() ? s.sites[s.site[n]].line : 0;
    if (line > 0) {
      if (ImGui::SmallButton((site + "##site").c_str())) actions.gotoLine = line;
    } else {
      ImGui::TextUnformatted(site.c_str());
    }
    ImGui::SameLine();
    ImGui::TextDisabled("step %llu", static_cast<unsigned long long>(s.allocStep[n]));
    if (!model.dom.idom.empty()) {
      NodeIndex d = model.dom.dominatorObject(n);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("dominator");
      ImGui::TableNextColumn();
      if (d != kNoNode) objectLink(*view.model, d, actions, "dom");
      else ImGui::TextUnformatted(model.dom.reachable(n) ? "a root / goroutine / frame" : "(unreachable)");
    }
    ImGui::EndTable();
  }

  const uint32_t outCount = s.edgeStart[n + 1] - s.edgeStart[n];
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (ImGui::CollapsingHeader(("References out (" + std::to_string(outCount) + ")###out").c_str())) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(outCount));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        uint32_t e = s.edgeStart[n] + static_cast<uint32_t>(i);
        ImGui::TextUnformatted(s.str(s.edgeLabel[e]).c_str());
        ImGui::SameLine();
        std::string id = "out" + std::to_string(i);
        objectLink(*view.model, s.edgeTo[e], actions, id.c_str());
        std::string_view pv = s.preview(s.edgeTo[e]);
        if (!pv.empty()) {
          ImGui::SameLine();
          ImGui::TextDisabled("%.*s", static_cast<int>(pv.size()), pv.data());
        }
      }
    }
  }
  const size_t inCount = state.referrers.size() + state.rootReferrers.size();
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (ImGui::CollapsingHeader(("Referrers (" + std::to_string(inCount) + ")###in").c_str())) {
    for (uint32_t r : state.rootReferrers) {
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.rootText), "root");
      ImGui::SameLine();
      ImGui::TextUnformatted(s.str(s.roots[r].label).c_str());
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(state.referrers.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        auto [from, e] = state.referrers[static_cast<size_t>(i)];
        std::string id = "in" + std::to_string(i);
        objectLink(*view.model, from, actions, id.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("via %s", s.str(s.edgeLabel[e]).c_str());
      }
    }
  }
  ImGui::End();
}

}  // namespace heapscope
