// Wait objects, their holders and the "can anything still wake it?" fixpoint
// (waits.h).
#include "inspect/waits.h"

#include <algorithm>
#include <unordered_map>

namespace heapscope {

bool isWaitState(std::string_view state) {
  return !state.empty() && state != "running" && state != "runnable" && state != "sleep" && state != "dead" &&
         state != "exited";
}

int WaitAnalysis::find(NodeIndex node) const {
  for (size_t i = 0; i < objects.size(); ++i)
    if (objects[i].node == node) return static_cast<int>(i);
  return -1;
}

WaitAnalysis analyzeWaits(const Snapshot& s, size_t maxHolders) {
  WaitAnalysis w;
  const size_t ng = s.goroutines.size(), n = s.nodeCount();
  w.ofGoroutine.assign(ng, {});
  w.waiting.assign(ng, 0);
  w.canAct.assign(ng, 0);
  w.leaked.assign(ng, 0);
  std::unordered_map<NodeIndex, size_t> objectIndex;
  bool anyWaiting = false;
  for (size_t gi = 0; gi < ng; ++gi) {
    const SnapshotGoroutine& g = s.goroutines[gi];
    const std::string& state = s.str(g.state);
    w.waiting[gi] = isWaitState(state) && !g.frames.empty();
    anyWaiting |= w.waiting[gi] != 0;
    w.canAct[gi] = !w.waiting[gi] && !g.frames.empty() && state != "dead" && state != "exited";
    if (!w.waiting[gi]) continue;
    for (NodeIndex node : g.waitsOn) {
      if (node >= n) continue;
      auto [it, fresh] = objectIndex.emplace(node, w.objects.size());
      if (fresh) w.objects.push_back(WaitObject{node, {}, false, {}, {}});
      std::vector<uint32_t>& mine = w.ofGoroutine[gi];
      if (std::find(mine.begin(), mine.end(), it->second) != mine.end()) continue;  // listed twice
      w.objects[it->second].waiters.push_back(static_cast<uint32_t>(gi));
      mine.push_back(static_cast<uint32_t>(it->second));
    }
  }
  if (!anyWaiting) return w;

  // Roots per owning goroutine.
  std::vector<std::vector<uint32_t>> rootsOf(ng);
  for (uint32_t r = 0; r < s.roots.size(); ++r) {
    int g = s.roots[r].goroutine;
    if (g >= 0 && static_cast<size_t>(g) < ng) rootsOf[g].push_back(r);
  }
  // One BFS from what can act; reaching a wait object wakes its waiters,
  // whose roots then join the BFS (each node is visited once). The BFS
  // parents give each reached wait object its wake path, which never runs
  // through the stacks of its own waiters (they join only after it).
  constexpr uint32_t kUnseen = 0xFFFFFFFFu, kRootMark = 0x80000000u;
  std::vector<uint32_t> via(n, kUnseen);  // edge index, or kRootMark | root index
  std::vector<NodeIndex> parent(n, kNoNode);
  std::vector<NodeIndex> queue;
  auto pushRoot = [&](uint32_t r) {
    NodeIndex v = s.roots[r].node;
    if (v < n && via[v] == kUnseen) {
      via[v] = kRootMark | r;
      queue.push_back(v);
    }
  };
  for (uint32_t r = 0; r < s.roots.size(); ++r)
    if (s.roots[r].goroutine < 0 || static_cast<size_t>(s.roots[r].goroutine) >= ng) pushRoot(r);
  for (size_t gi = 0; gi < ng; ++gi)
    if (w.canAct[gi])
      for (uint32_t r : rootsOf[gi]) pushRoot(r);
  for (size_t i = 0; i < queue.size(); ++i) {
    NodeIndex v = queue[i];
    if (auto it = objectIndex.find(v); it != objectIndex.end()) {
      for (uint32_t gi : w.objects[it->second].waiters) {
        if (w.canAct[gi]) continue;
        w.canAct[gi] = 1;
        for (uint32_t r : rootsOf[gi]) pushRoot(r);
      }
    }
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex to = s.edgeTo[e];
      if (via[to] != kUnseen) continue;
      via[to] = e;
      parent[to] = v;
      queue.push_back(to);
    }
  }
  auto seen = [&](NodeIndex v) { return via[v] != kUnseen; };
  auto wakePath = [&](NodeIndex target) {
    RetainerPath p;
    for (NodeIndex v = target; v != kNoNode; v = parent[v]) {
      if (via[v] & kRootMark) {
        p.root = static_cast<int>(via[v] & ~kRootMark);
        p.steps.push_back(RetainerStep{v, s.roots[static_cast<size_t>(p.root)].label});
        break;
      }
      p.steps.push_back(RetainerStep{v, s.edgeLabel[via[v]]});
    }
    std::reverse(p.steps.begin(), p.steps.end());
    p.found = p.root >= 0;
    p.text = renderRetainerPath(s, p);
    return p;
  };
  for (size_t gi = 0; gi < ng; ++gi) {
    w.leaked[gi] = w.waiting[gi] && !w.canAct[gi];
    w.leakedCount += w.leaked[gi];
  }

  // Who holds each object: one shortest path per direct referrer, from any
  // root (the retainer list of "why alive?").
  std::vector<NodeIndex> targets;
  for (const WaitObject& o : w.objects) targets.push_back(o.node);
  std::vector<std::vector<RetainerPath>> held = retainerPathsOf(s, targets, maxHolders);
  for (size_t i = 0; i < w.objects.size(); ++i) {
    WaitObject& o = w.objects[i];
    o.reachable = seen(o.node);
    if (o.reachable) o.wakePath = wakePath(o.node);
    for (RetainerPath& p : held[i]) {
      WaitHolder h;
      h.referrer = p.steps.size() >= 2 ? p.steps[p.steps.size() - 2].node : kNoNode;
      h.goroutine = p.root >= 0 ? s.roots[static_cast<size_t>(p.root)].goroutine : -1;
      // A root holder is live when its goroutine can act (or it has none).
      bool rootActs = p.root >= 0 && (h.goroutine < 0 || static_cast<size_t>(h.goroutine) >= ng || w.canAct[h.goroutine]);
      h.live = h.referrer != kNoNode ? seen(h.referrer) : rootActs;
      h.path = std::move(p);
      o.holders.push_back(std::move(h));
    }
  }
  return w;
}

}  // namespace heapscope
