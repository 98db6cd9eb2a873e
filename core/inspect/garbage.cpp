// Unreachable objects grouped into weakly connected components, with a
// witness cycle per group; goroutine retention from the dominator tree.
#include "inspect/garbage.h"

#include <algorithm>
#include <numeric>

#include "inspect/retainers.h"

namespace heapscope {

namespace {

uint32_t findSet(std::vector<uint32_t>& p, uint32_t x) {
  while (p[x] != x) {
    p[x] = p[p[x]];
    x = p[x];
  }
  return x;
}

}  // namespace

GarbageReport findUnreachable(const Snapshot& s) {
  GarbageReport rep;
  const size_t n = s.nodeCount();
  std::vector<int32_t> dist = rootDistances(s);
  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (size_t v = 0; v < n; ++v) {
    if (dist[v] >= 0) continue;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex w = s.edgeTo[e];
      // An edge from garbage can only lead to garbage (else w is reachable
      // and not part of the group).
      if (dist[w] >= 0) continue;
      uint32_t a = findSet(parent, static_cast<uint32_t>(v)), b = findSet(parent, w);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::vector<int32_t> groupOf(n, -1);
  for (size_t v = 0; v < n; ++v) {
    if (dist[v] >= 0) continue;
    uint32_t r = findSet(parent, static_cast<uint32_t>(v));
    if (groupOf[r] < 0) {
      groupOf[r] = static_cast<int32_t>(rep.groups.size());
      rep.groups.emplace_back();
    }
    GarbageGroup& g = rep.groups[groupOf[r]];
    groupOf[v] = groupOf[r];
    g.nodes.push_back(static_cast<NodeIndex>(v));
    g.bytes += s.shallow[v];
    ++rep.objects;
    rep.bytes += s.shallow[v];
  }
  // Kahn peeling inside the garbage subgraph: what survives lies on a
  // directed cycle or downstream of one.
  std::vector<uint32_t> indeg(n, 0);
  for (size_t v = 0; v < n; ++v) {
    if (dist[v] >= 0) continue;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e)
      if (dist[s.edgeTo[e]] < 0) ++indeg[s.edgeTo[e]];
  }
  std::vector<NodeIndex> queue;
  std::vector<uint8_t> peeled(n, 0);
  for (size_t v = 0; v < n; ++v)
    if (dist[v] < 0 && indeg[v] == 0) queue.push_back(static_cast<NodeIndex>(v));
  for (size_t i = 0; i < queue.size(); ++i) {
    NodeIndex v = queue[i];
    peeled[v] = 1;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (dist[w] < 0 && --indeg[w] == 0) queue.push_back(w);
    }
  }
  // Survivors: every survivor has a surviving predecessor, so walking
  // BACKWARD along surviving predecessors never gets stuck and must repeat.
  Snapshot::Reverse rev;
  bool haveRev = false;
  std::vector<int32_t> seenAt(n, -1);
  for (GarbageGroup& g : rep.groups) {
    NodeIndex startNode = kNoNode;
    for (NodeIndex v : g.nodes)
      if (!peeled[v]) { startNode = v; break; }
    if (startNode == kNoNode) continue;
    g.cyclic = true;
    if (!haveRev) { rev = s.reverse(); haveRev = true; }
    std::vector<NodeIndex> walk;
    NodeIndex v = startNode;
    while (seenAt[v] < 0) {
      seenAt[v] = static_cast<int32_t>(walk.size());
      walk.push_back(v);
      NodeIndex next = kNoNode;
      for (uint32_t k = rev.start[v]; k < rev.start[v + 1]; ++k) {
        NodeIndex p = rev.from[k];
        if (dist[p] < 0 && !peeled[p]) { next = p; break; }
      }
      v = next;  // never kNoNode: survivors keep a surviving predecessor
    }
    // walk[seenAt[v] ..] is a cycle traversed backwards; report it forward.
    g.cycle.assign(walk.begin() + seenAt[v], walk.end());
    std::reverse(g.cycle.begin(), g.cycle.end());
    for (NodeIndex x : walk) seenAt[x] = -1;
  }
  std::stable_sort(rep.groups.begin(), rep.groups.end(),
                   [](const GarbageGroup& a, const GarbageGroup& b) { return a.bytes > b.bytes; });
  return rep;
}

std::vector<GoroutineRetention> goroutineRetention(const Snapshot& s, const DominatorTree& d) {
  std::vector<GoroutineRetention> out;
  for (size_t g = 0; g < s.goroutines.size(); ++g) {
    GoroutineRetention r;
    r.goroutine = static_cast<int>(g);
    r.goid = s.goroutines[g].goid;
    r.state = s.str(s.goroutines[g].state);
    r.retained = d.goroutineRetained(static_cast<int>(g));
    for (size_t f = 0; f < s.goroutines[g].frames.size(); ++f)
      r.frameRetained.push_back(d.frameRetained(static_cast<int>(g), static_cast<int>(f)));
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const GoroutineRetention& a, const GoroutineRetention& b) { return a.retained > b.retained; });
  return out;
}

}  // namespace heapscope
