// Leak report tab: the analyses that point at leaks, each entry clickable —
// blocked goroutines and what their stacks retain, small slices pinning big
// backing arrays, allocation sites that keep growing, garbage no root
// reaches (uncollected cycles), and the biggest retainers.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "../format.h"
#include "../theme.h"
#include "panels.h"

namespace heapscope {

namespace {

bool isBlocked(const std::string& state) {
  return state != "running" && state != "runnable" && state != "dead";
}

void heading(const char* text, size_t count) {
  ImGui::Spacing();
  ImGui::Text("%s (%zu)", text, count);
  ImGui::Separator();
}

}  // namespace

void drawLeakTab(const HeapView& view, HeapActions& actions) {
  const HeapModel& model = *view.model;
  const Snapshot& s = *model.snap;
  const Palette& p = palette();
  ImGui::BeginChild("##leaks", ImVec2(0, 0), false);

  // Blocked goroutines: with the program ended or everyone blocked, each one is leaked.
  size_t blocked = 0;
  for (const GoroutineRetention& g : model.retention)
    if (isBlocked(g.state)) ++blocked;
  heading("Blocked goroutines", blocked);
  for (const GoroutineRetention& g : model.retention) {
    if (!isBlocked(g.state)) continue;
    const SnapshotGoroutine& sg = s.goroutines[static_cast<size_t>(g.goroutine)];
    char label[256];
    // "leaked": nothing that can still run reaches what it waits on (inspect/waits.h)
    bool leaked = static_cast<size_t>(g.goroutine) < model.waits.leaked.size() &&
                  model.waits.leaked[static_cast<size_t>(g.goroutine)];
    std::snprintf(label, sizeof label, "goroutine %llu [%s%s] %s retains %s##g%d",
                  static_cast<unsigned long long>(g.goid), g.state.c_str(), leaked ? ", leaked" : "",
                  s.str(sg.startFunction).c_str(), formatBytes(g.retained).c_str(), g.goroutine);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.goroutineOwned));
    if (ImGui::Selectable(label)) {
      if (sg.createdLine > 0) actions.gotoLine = sg.createdLine;
      if (sg.node != kNoNode) actions.selectObject(s.id[sg.node]);
    }
    ImGui::PopStyleColor();
  }

  heading("Small slices pinning big arrays", model.pins.size());
  for (size_t i = 0; i < model.pins.size() && i < 50; ++i) {
    const HeapModel::Pin& pin = model.pins[i];
    char label[256];
    std::snprintf(label, sizeof label, "%s #%llu (len %llu) pins %s of %s, allocated at %s##pin%zu",
                  s.typeOf(pin.slice).c_str(), static_cast<unsigned long long>(s.id[pin.slice]),
                  static_cast<unsigned long long>(pin.len), formatBytes(s.shallow[pin.array]).c_str(),
                  s.typeOf(pin.array).c_str(), s.siteName(s.site[pin.array]).c_str(), i);
    if (ImGui::Selectable(label)) actions.selectObject(s.id[pin.slice]);
  }

  heading("Growing allocation sites", model.suspects.size());
  if (model.suspects.empty() && model.growth.samples() < 3)
    ImGui::TextDisabled("(needs 3+ captures while running; %zu so far)", model.growth.samples());
  for (size_t i = 0; i < model.suspects.size(); ++i) {
    const SuspectedLeak& leak = model.suspects[i];
    char label[256];
    std::snprintf(label, sizeof label, "%s grew by %llu objects over %zu samples##grow%zu", leak.site.c_str(),
                  static_cast<unsigned long long>(leak.growth), leak.counts.size(), i);
    if (ImGui::Selectable(label)) actions.selectQuery = leak.site;
  }

  heading("Unreachable (uncollected cycles)", model.garbage.groups.size());
  for (size_t i = 0; i < model.garbage.groups.size() && i < 50; ++i) {
    const GarbageGroup& g = model.garbage.groups[i];
    std::string cycle;
    for (size_t k = 0; k < g.cycle.size() && k < 6; ++k) cycle += (k ? " -> " : "") + s.typeOf(g.cycle[k]);
    char label[320];
    std::snprintf(label, sizeof label, "%zu objects, %s%s%s##gc%zu", g.nodes.size(), formatBytes(g.bytes).c_str(),
                  g.cyclic ? ", cycle: " : "", cycle.c_str(), i);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.unreachable));
    if (ImGui::Selectable(label) && !g.nodes.empty()) actions.selectObject(s.id[g.nodes[0]]);
    ImGui::PopStyleColor();
  }

  heading("Biggest retainers", model.topRetainers.size());
  for (size_t i = 0; i < model.topRetainers.size(); ++i) {
    NodeIndex n = model.topRetainers[i];
    char label[256];
    std::snprintf(label, sizeof label, "%s #%llu retains %s (allocated at %s)##top%zu", s.typeOf(n).c_str(),
                  static_cast<unsigned long long>(s.id[n]), formatBytes(model.dom.retainedSize(n)).c_str(),
                  s.siteName(s.site[n]).c_str(), i);
    if (ImGui::Selectable(label)) actions.selectObject(s.id[n]);
  }
  ImGui::EndChild();
}

}  // namespace heapscope
