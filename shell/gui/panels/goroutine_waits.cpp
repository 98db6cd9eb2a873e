// Wait links of the goroutine tree (goroutine_waits.h):
//
//   waits on [chan main.result #74]
//     held by [goroutine 3 (itself)]  main.fetch.func1 frame: temp r11
//     held by [func() #75]  .ch, kept by goroutine 3 (itself)
//     no live goroutine can reach this channel: leaked
//
// Buttons select the object (graph and inspector follow the selection) or,
// for a goroutine's frame slot, show that frame's line in the editor; the
// whole retainer path is in the tooltip.
#include "goroutine_waits.h"

#include <imgui.h>

#include <cstdio>

#include "../format.h"
#include "../theme.h"

namespace heapscope {

namespace {

constexpr size_t kMaxHolderLines = 4;

ImVec4 colour(uint32_t c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Wraps at the visible right edge of the panel (the tree scrolls
// horizontally, so its work rect can be much wider than what is shown).
void wrapped(const std::string& text, const ImVec4& c) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float right = ImGui::GetScrollX() + ImGui::GetWindowWidth() - style.WindowPadding.x - style.ScrollbarSize;
  ImGui::PushStyleColor(ImGuiCol_Text, c);
  ImGui::PushTextWrapPos(right);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// "goroutine 3 (itself)", "goroutine 1 [running]", or the root's own label
// ("global main.jobs", "timer channel").
std::string ownerWords(const Snapshot& s, const SnapshotRoot& root, int self) {
  if (root.goroutine < 0 || static_cast<size_t>(root.goroutine) >= s.goroutines.size()) {
    const std::string& label = s.str(root.label);
    return label.empty() ? rootKindName(root.kind) : label;
  }
  const SnapshotGoroutine& g = s.goroutines[static_cast<size_t>(root.goroutine)];
  std::string out = "goroutine " + std::to_string(g.goid);
  return out + (root.goroutine == self ? " (itself)" : " [" + s.str(g.state) + "]");
}

// A goroutine root's label without its "goroutine N " prefix:
// "main.fetch.func1 frame: temp r11".
std::string slotWords(const Snapshot& s, const SnapshotRoot& root) {
  std::string label = s.str(root.label);
  if (root.goroutine >= 0 && label.rfind("goroutine ", 0) == 0) {
    size_t space = label.find(' ', 10);
    if (space != std::string::npos) label.erase(0, space + 1);
  }
  return label;
}

// `slots`: for a root holder, the frame's slot names holding the object
// ("ch", "temp r1"), merged over the holders of one frame.
void drawHolder(const HeapView& view, const WaitHolder& holder, const std::string& slots, int self,
                HeapActions& actions, const std::string& id) {
  const HeapModel& model = *view.model;
  const Snapshot& s = *model.snap;
  const Palette& p = palette();
  const SnapshotRoot& root = s.roots[static_cast<size_t>(holder.path.root)];
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("held by");
  ImGui::SameLine();
  std::string words;
  ImGui::PushStyleColor(ImGuiCol_Text, colour(holder.live ? p.good : p.goroutineOwned));
  if (holder.referrer != kNoNode) {
    if (ImGui::SmallButton((model.nodeTitle(holder.referrer) + "##" + id).c_str()))
      actions.selectObject(s.id[holder.referrer]);
    const RetainerStep& last = holder.path.steps.back();
    words = s.str(last.label);
    if (!words.empty() && words[0] != '[') words = "." + words;
    words += ", kept by " + ownerWords(s, root, self);
  } else {
    if (ImGui::SmallButton((ownerWords(s, root, self) + "##" + id).c_str()) && root.goroutine >= 0 &&
        root.frame >= 0) {
      const SnapshotGoroutine& g = s.goroutines[static_cast<size_t>(root.goroutine)];
      if (static_cast<size_t>(root.frame) < g.frames.size()) actions.gotoLine = g.frames[static_cast<size_t>(root.frame)].line;
    }
    words = slots;
  }
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s\n%s", holder.path.text.c_str(),
                      holder.live ? "reachable by code that can still run" : "only reachable from blocked goroutines");
  if (!words.empty()) {
    ImGui::SameLine();
    wrapped(words, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  }
}

// One wait object: the clickable object, its holders, the verdict.
void drawWaitObject(const HeapView& view, const WaitObject& o, int self, HeapActions& actions, const std::string& id) {
  const HeapModel& model = *view.model;
  const Snapshot& s = *model.snap;
  const Palette& p = palette();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("waits on");
  ImGui::SameLine();
  std::string label = model.nodeTitle(o.node) + "##w" + id;
  ImGui::PushStyleColor(ImGuiCol_Text, colour(p.path));
  if (ImGui::SmallButton(label.c_str())) actions.selectObject(s.id[o.node]);
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Select it in the heap graph and the inspector");
  if (o.node == view.selected) {
    ImGui::SameLine();
    ImGui::TextDisabled("(selected)");
  }
  ImGui::Indent();
  // Root holders of one goroutine frame share a line: "main.fetch frame: ch"
  // (compiler temporaries only when no named local holds it). A few lines
  // at most, so the verdict below stays in view; the inspector lists all
  // referrers of the selected object.
  size_t lines = 0;
  for (size_t h = 0; h < o.holders.size(); ++h) {
    const WaitHolder& holder = o.holders[h];
    std::string slots;
    if (holder.referrer == kNoNode) {
      const SnapshotRoot& root = s.roots[static_cast<size_t>(holder.path.root)];
      if (root.goroutine >= 0) {
        bool first = true;
        bool named = false;
        std::string prefix, names, temps;
        for (size_t k = 0; k < o.holders.size(); ++k) {
          const WaitHolder& other = o.holders[k];
          if (other.referrer != kNoNode) continue;
          const SnapshotRoot& r = s.roots[static_cast<size_t>(other.path.root)];
          if (r.goroutine != root.goroutine || r.frame != root.frame) continue;
          if (first && k < h) break;  // drawn with an earlier holder of this frame
          first = false;
          std::string w = slotWords(s, r);
          size_t colon = w.find(" frame: ");
          std::string name = colon == std::string::npos ? w : w.substr(colon + 8);
          if (colon != std::string::npos) prefix = w.substr(0, colon + 8);
          bool temp = name.rfind("temp ", 0) == 0;
          std::string& list = temp ? temps : names;
          if (!list.empty()) list += ", ";
          list += name;
          named |= !temp;
        }
        if (first) continue;  // an earlier holder's line covers this one
        slots = prefix + (named ? names : temps);
      }
    }
    if (lines++ == kMaxHolderLines) {
      ImGui::TextDisabled("held by more: select it, the inspector lists every referrer");
      break;
    }
    drawHolder(view, holder, slots, self, actions, "h" + id + "_" + std::to_string(h));
  }
  if (o.holders.empty()) ImGui::TextDisabled("held by nothing the roots reach");
  if (o.reachable) {
    const SnapshotRoot* from = o.wakePath.found ? &s.roots[static_cast<size_t>(o.wakePath.root)] : nullptr;
    wrapped("can still be woken: " + (from ? ownerWords(s, *from, self) : std::string("live code")) + " reaches it",
            colour(p.good));
    if (ImGui::IsItemHovered() && o.wakePath.found) ImGui::SetTooltip("%s", o.wakePath.text.c_str());
  } else {
    wrapped("no live goroutine can reach this " + waitObjectNoun(s, o.node) + ": leaked", colour(p.bad));
  }
  ImGui::Unindent();
}

}  // namespace

std::string waitObjectNoun(const Snapshot& s, NodeIndex node) {
  if (node >= s.nodeCount()) return "object";
  if (s.kind[node] == ObjKind::Chan) return "channel";
  const std::string& t = s.typeOf(node);
  if (t == "sync.Mutex") return "mutex";
  if (t.rfind("sync.", 0) == 0) return t.substr(5);
  return t;
}

void drawWaitLinks(const HeapView& view, size_t gi, HeapActions& actions, const std::string& id) {
  const WaitAnalysis& w = view.model->waits;
  if (gi >= w.ofGoroutine.size()) return;
  const std::vector<uint32_t>& mine = w.ofGoroutine[gi];
  for (size_t k = 0; k < mine.size(); ++k)
    drawWaitObject(view, w.objects[mine[k]], static_cast<int>(gi), actions, id + "_" + std::to_string(k));
}

std::vector<uint32_t> sharedWaitObjects(const WaitAnalysis& waits, const std::vector<uint32_t>& group) {
  if (group.empty() || group[0] >= waits.ofGoroutine.size()) return {};
  const std::vector<uint32_t>& first = waits.ofGoroutine[group[0]];
  for (uint32_t gi : group)
    if (gi >= waits.ofGoroutine.size() || waits.ofGoroutine[gi] != first) return {};
  return first;
}

void drawSharedWaitLinks(const HeapView& view, const std::vector<uint32_t>& objects, size_t members,
                         HeapActions& actions, const std::string& id) {
  ImGui::TextDisabled("all %s wait on the same object:", formatCount(members).c_str());
  const WaitAnalysis& w = view.model->waits;
  for (size_t k = 0; k < objects.size(); ++k)
    drawWaitObject(view, w.objects[objects[k]], -1, actions, id + "_" + std::to_string(k));
}

}  // namespace heapscope
