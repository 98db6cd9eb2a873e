// Goroutines & frames: a tree goroutine (state, start function, created at,
// bytes only it retains) -> frames (function, line, bytes retained) ->
// locals with their values. A local referencing an object selects it; a
// closure expands to its captured variables (the closure's edges).
// Goroutines with identical stacks are grouped with a count; a filter
// shows only blocked (or only unblocked) ones. A blocked goroutine links to
// what it waits on and who holds that (goroutine_waits.cpp); one that
// nothing alive can wake is marked leaked.
#include <imgui.h>

#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "../format.h"
#include "../theme.h"
#include "goroutine_waits.h"
#include "panels.h"

namespace heapscope {

namespace {

constexpr size_t kMaxGoroutinesShown = 200;
constexpr uint32_t kMaxCapturesShown = 32;
const std::string kExited = "exited";

bool blockedState(const std::string& state) {
  return state != "running" && state != "runnable" && state != "dead" && state != "exited";
}

void drawObjectRef(const HeapView& view, NodeIndex node, HeapActions& actions, const char* idSuffix) {
  const Snapshot& s = *view.model->snap;
  if (node >= s.nodeCount()) return;
  ImGui::SameLine();
  std::string label = "-> " + s.typeOf(node) + " #" + std::to_string(s.id[node]) + "##" + idSuffix;
  bool selected = node == view.selected;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().path));
  if (ImGui::SmallButton(label.c_str())) actions.selectObject(s.id[node]);
  ImGui::PopStyleColor();
  if (selected) {
    ImGui::SameLine();
    ImGui::TextUnformatted("(selected)");
  }
}

// A closure's captured variables: its outgoing edges (labels are the names).
void drawCaptures(const HeapView& view, NodeIndex closure, HeapActions& actions) {
  const Snapshot& s = *view.model->snap;
  // Whose environment this is: still shared with the frame that made the
  // closure, or kept alive by the closure alone after that frame returned.
  HeapModel::ClosureEnv env = view.model->closureEnv(closure);
  if (env.returned) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().goroutineOwned));
  ImGui::PushTextWrapPos(0.0f);  // the sentence wraps at the panel's edge
  ImGui::TextUnformatted(env.text.c_str());
  ImGui::PopTextWrapPos();
  if (env.returned) ImGui::PopStyleColor();
  if (env.returned && ImGui::IsItemHovered())
    ImGui::SetTooltip("%s has returned: the variables below outlive its frame\nbecause this closure still references them.",
                      env.definedIn.empty() ? "the function that made it" : env.definedIn.c_str());
  uint32_t shown = 0;
  for (uint32_t e = s.edgeStart[closure]; e < s.edgeStart[closure + 1] && shown < kMaxCapturesShown; ++e, ++shown) {
    NodeIndex target = s.edgeTo[e];
    const std::string& name = s.str(s.edgeLabel[e]);
    ImGui::BulletText("captured %s: %s", name.c_str(), s.typeOf(target).c_str());
    std::string_view preview = s.preview(target);
    if (!preview.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("%.*s", static_cast<int>(preview.size()), preview.data());
    }
    std::string id = "cap" + std::to_string(e);
    drawObjectRef(view, target, actions, id.c_str());
  }
  if (shown == 0) ImGui::BulletText("(captures nothing)");
}

void drawLocal(const HeapView& view, const SnapshotLocal& local, size_t gi, size_t fi, size_t li,
               bool openByDefault, HeapActions& actions) {
  const Snapshot& s = *view.model->snap;
  const std::string& name = s.str(local.name);
  const std::string& type = s.str(local.typeName);
  const std::string& value = s.str(local.value);
  char id[64];
  std::snprintf(id, sizeof id, "l%zu_%zu_%zu", gi, fi, li);
  bool isClosure = local.node < s.nodeCount() && s.kind[local.node] == ObjKind::Closure;
  if (isClosure) {
    if (openByDefault) ImGui::SetNextItemOpen(true, ImGuiCond_Once);  // show what it captured
    bool open = ImGui::TreeNodeEx(id, ImGuiTreeNodeFlags_SpanAvailWidth, "%s %s (closure)", name.c_str(), type.c_str());
    drawObjectRef(view, local.node, actions, id);
    if (open) {
      drawCaptures(view, local.node, actions);
      ImGui::TreePop();
    }
    return;
  }
  ImGui::TreeNodeEx(id, ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_Bullet,
                    "%s", name.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", type.c_str());
  if (!value.empty()) {
    ImGui::SameLine();
    ImGui::Text("= %s", value.c_str());
  }
  if (local.node != kNoNode) drawObjectRef(view, local.node, actions, id);
}

// Identical stacks (same state, same functions and lines) form one group.
std::string stackKey(const Snapshot& s, const SnapshotGoroutine& g, const std::string& state) {
  std::string key = state;
  for (const SnapshotFrame& f : g.frames) key += "|" + s.str(f.function) + ":" + std::to_string(f.line);
  return key;
}

const std::string& stateOf(const HeapView& view, const SnapshotGoroutine& g) {
  // After the program ended the VM may keep goroutine records without frames.
  return !view.live && g.frames.empty() ? kExited : view.model->snap->str(g.state);
}

void rebuildGroups(const HeapView& view, GoroutinesPanelState& state) {
  const Snapshot& s = *view.model->snap;
  state.groups.clear();
  std::unordered_map<std::string, size_t> byKey;
  for (size_t gi = 0; gi < s.goroutines.size(); ++gi) {
    const std::string& st = stateOf(view, s.goroutines[gi]);
    if (st == "dead" && s.goroutines[gi].frames.empty()) continue;  // finished: nothing to show
    if (state.filter == 1 && !blockedState(st)) continue;
    if (state.filter == 2 && blockedState(st)) continue;
    auto [it, fresh] = byKey.emplace(stackKey(s, s.goroutines[gi], st), state.groups.size());
    if (fresh) state.groups.emplace_back();
    state.groups[it->second].push_back(static_cast<uint32_t>(gi));
  }
}

void drawGoroutine(const HeapView& view, size_t gi, bool openByDefault, HeapActions& actions) {
  const HeapModel& model = *view.model;
  const Snapshot& s = *model.snap;
  if (gi >= s.goroutines.size()) return;  // groups from another snapshot (see the rebuild check)
  const SnapshotGoroutine& g = s.goroutines[gi];
  const std::string& gstate = stateOf(view, g);
  uint64_t retained = model.dom.idom.empty() ? 0 : model.dom.goroutineRetained(static_cast<int>(gi));
  bool leaked = gi < model.waits.leaked.size() && model.waits.leaked[gi];
  char label[256];
  std::snprintf(label, sizeof label, "goroutine %llu [%s%s] %s", static_cast<unsigned long long>(g.goid),
                gstate.c_str(), leaked ? ", leaked" : "", s.str(g.startFunction).c_str());
  if (openByDefault) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  bool isBlocked = blockedState(gstate);
  if (isBlocked) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().goroutineOwned));
  bool open = ImGui::TreeNodeEx(reinterpret_cast<void*>(g.goid), ImGuiTreeNodeFlags_SpanAvailWidth, "%s", label);
  if (isBlocked) ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::TextDisabled("retains %s", formatBytes(retained).c_str());
  if (!open) return;
  if (g.createdLine > 0) ImGui::TextDisabled("created by go statement at line %d", g.createdLine);
  drawWaitLinks(view, gi, actions, "g" + std::to_string(gi));
  for (size_t fi = 0; fi < g.frames.size(); ++fi) {
    const SnapshotFrame& f = g.frames[fi];
    uint64_t fr = model.dom.idom.empty() ? 0 : model.dom.frameRetained(static_cast<int>(gi), static_cast<int>(fi));
    char fid[48];
    std::snprintf(fid, sizeof fid, "f%zu_%zu", gi, fi);
    if (openByDefault && fi < 3) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    bool fopen = ImGui::TreeNodeEx(fid, ImGuiTreeNodeFlags_SpanAvailWidth, "%s  line %d", s.str(f.function).c_str(),
                                   f.line);
    if (ImGui::IsItemClicked() && f.line > 0) actions.gotoLine = f.line;
    ImGui::SameLine();
    ImGui::TextDisabled("retains %s", formatBytes(fr).c_str());
    if (!fopen) continue;
    if (f.locals.empty()) ImGui::TextDisabled("(no locals in scope)");
    for (size_t li = 0; li < f.locals.size(); ++li) drawLocal(view, f.locals[li], gi, fi, li, openByDefault && fi < 3, actions);
    ImGui::TreePop();
  }
  ImGui::TreePop();
}

}  // namespace

void drawGoroutinesPanel(const HeapView& view, GoroutinesPanelState& state, HeapActions& actions,
                         const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("Goroutines & frames", nullptr, kFixedPanel | ImGuiWindowFlags_HorizontalScrollbar);
  const HeapModel& model = *view.model;
  if (!model.snap) {
    ImGui::TextDisabled("Run or Step the program to see its goroutines.");
    ImGui::End();
    return;
  }
  const Snapshot& s = *model.snap;
  size_t blocked = 0, alive = 0;
  for (const SnapshotGoroutine& g : s.goroutines) {
    const std::string& st = stateOf(view, g);
    if (blockedState(st)) ++blocked;
    if (!(st == "dead" && g.frames.empty())) ++alive;
  }
  ImGui::Text("%zu goroutine%s", alive, alive == 1 ? "" : "s");
  if (blocked) {
    ImGui::SameLine();
    if (model.waits.leakedCount)
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().bad), "(%zu blocked, %zu leaked)", blocked,
                         model.waits.leakedCount);
    else
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().goroutineOwned), "(%zu blocked)", blocked);
  }
  ImGui::SameLine(0, 16);
  ImGui::SetNextItemWidth(110);
  const char* filters[] = {"all", "blocked", "not blocked"};
  bool filterChanged = ImGui::Combo("##filter", &state.filter, filters, 3);
  if (!view.live) ImGui::TextDisabled("The program has ended; its heap is as it was left.");

  if (filterChanged || state.seenVersion != model.version || state.seenSnapshot != model.snap.get()) {
    rebuildGroups(view, state);
    state.seenVersion = model.version;
    state.seenSnapshot = model.snap.get();
  }
  size_t shown = 0;
  for (size_t k = 0; k < state.groups.size() && shown < kMaxGoroutinesShown; ++k) {
    const std::vector<uint32_t>& group = state.groups[k];
    if (group.empty() || group[0] >= s.goroutines.size()) continue;
    if (group.size() == 1) {
      drawGoroutine(view, group[0], k < 4, actions);
      ++shown;
      continue;
    }
    // "1 000 goroutines [chan send] at main.worker:12": one node, members inside.
    const SnapshotGoroutine& first = s.goroutines[group[0]];
    const std::string& st = stateOf(view, first);
    std::string where = first.frames.empty() ? std::string("(no frames)")
                                             : s.str(first.frames[0].function) + ":" + std::to_string(first.frames[0].line);
    size_t leakedMembers = 0;
    for (uint32_t gi : group)
      if (gi < model.waits.leaked.size() && model.waits.leaked[gi]) ++leakedMembers;
    char label[256];
    std::snprintf(label, sizeof label, "%s goroutines [%s%s] at %s##grp%zu", formatCount(group.size()).c_str(),
                  st.c_str(), leakedMembers == group.size() ? ", leaked" : "", where.c_str(), k);
    // Blocked groups open by default: what they wait on is the point.
    if (k < 4 && blockedState(st)) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (blockedState(st)) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().goroutineOwned));
    bool open = ImGui::TreeNodeEx(label, ImGuiTreeNodeFlags_SpanAvailWidth);
    if (blockedState(st)) ImGui::PopStyleColor();
    if (!open) continue;
    std::vector<uint32_t> shared = sharedWaitObjects(model.waits, group);
    if (!shared.empty()) drawSharedWaitLinks(view, shared, group.size(), actions, "grp" + std::to_string(k));
    for (size_t i = 0; i < group.size() && shown < kMaxGoroutinesShown; ++i, ++shown)
      drawGoroutine(view, group[i], i == 0 && k < 4 && blockedState(st) && shared.empty(), actions);
    if (group.size() > kMaxGoroutinesShown) ImGui::TextDisabled("...");
    ImGui::TreePop();
  }
  if (shown >= kMaxGoroutinesShown) ImGui::TextDisabled("(showing the first %zu goroutines)", kMaxGoroutinesShown);
  ImGui::End();
}

}  // namespace heapscope
