// The k objects nearest a selection, on an existing snapshot (pure).
#include "inspect/snapshot.h"

namespace heapscope {

Snapshot neighborhood(const Snapshot& s, NodeIndex center, size_t k) {
  SnapshotBuilder b;
  if (center >= s.nodeCount() || k == 0) return b.finish();
  Snapshot::Reverse rev = s.reverse();
  std::vector<uint32_t> local(s.nodeCount(), kNoNode);
  std::vector<NodeIndex> order{center};
  local[center] = 0;
  for (size_t i = 0; i < order.size() && order.size() < k; ++i) {
    NodeIndex v = order[i];
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1] && order.size() < k; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (local[w] == kNoNode) { local[w] = static_cast<uint32_t>(order.size()); order.push_back(w); }
    }
    for (uint32_t p = rev.start[v]; p < rev.start[v + 1] && order.size() < k; ++p) {
      NodeIndex w = rev.from[p];
      if (local[w] == kNoNode) { local[w] = static_cast<uint32_t>(order.size()); order.push_back(w); }
    }
  }
  for (size_t i = 1; i < s.sites.size(); ++i) b.addSite(s.str(s.sites[i].function), s.sites[i].line);
  for (NodeIndex v : order)
    b.addNode(s.id[v], s.kind[v], s.typeOf(v), s.shallow[v], s.refcount[v], s.site[v], s.allocStep[v],
              s.preview(v));
  for (NodeIndex v : order)
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e)
      if (local[s.edgeTo[e]] != kNoNode) b.addEdge(local[v], local[s.edgeTo[e]], s.str(s.edgeLabel[e]));
  // Goroutine descriptions are copied whole (they are small); object refs
  // outside the neighborhood become kNoNode.
  for (const SnapshotGoroutine& g : s.goroutines) {
    SnapshotGoroutine c;
    c.goid = g.goid;
    c.state = b.intern(s.str(g.state));
    c.startFunction = b.intern(s.str(g.startFunction));
    c.createdLine = g.createdLine;
    c.node = g.node != kNoNode ? local[g.node] : kNoNode;
    for (const SnapshotFrame& f : g.frames) {
      SnapshotFrame cf;
      cf.function = b.intern(s.str(f.function));
      cf.line = f.line;
      for (const SnapshotLocal& l : f.locals)
        cf.locals.push_back(SnapshotLocal{b.intern(s.str(l.name)), b.intern(s.str(l.typeName)),
                                          b.intern(s.str(l.value)), l.node != kNoNode ? local[l.node] : kNoNode});
      c.frames.push_back(std::move(cf));
    }
    for (NodeIndex w : g.waitsOn)
      if (local[w] != kNoNode) c.waitsOn.push_back(local[w]);
    b.addGoroutine(std::move(c));
  }
  for (const SnapshotRoot& r : s.roots)
    if (local[r.node] != kNoNode) b.addRoot(local[r.node], s.str(r.label), r.kind, r.goroutine, r.frame);
  b.setStep(s.step);
  return b.finish();
}

}  // namespace heapscope
