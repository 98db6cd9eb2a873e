// The k objects nearest a selected live object, without a full snapshot
// (the GUI's graph view calls this every few frames).
//
// Cost: outgoing edges are cheap (forEachRef on the frontier); incoming edges
// need one walk over the all-objects list per BFS level (unlabelled
// forEachRef), so at most maxLevels walks. Result objects keep their ids, so
// the GUI can match them with full snapshots.
#include "heap/heap.h"
#include "inspect/capture_util.h"
#include "inspect/snapshot.h"

namespace heapscope {

Snapshot neighborhood(Heap& heap, RootSource& rootSource, Object* center, size_t k, int maxLevels,
                      RuntimeView* runtime) {
  SnapshotBuilder b;
  if (!center || k == 0) return b.finish();
  std::vector<Object*> chosen{center};
  PtrIndex index(k * 2 + 8);  // chosen object -> position in `chosen`
  index.insert(center, 0);
  auto take = [&](Object* o) {
    if (!o || chosen.size() >= k || index.find(o) != kNoNode) return;
    index.insert(o, static_cast<uint32_t>(chosen.size()));
    chosen.push_back(o);
  };
  struct Out : RefVisitor {
    std::vector<Object*> targets;
    void visit(Object* t, const std::string&) override { targets.push_back(t); }
  };
  // Referrer scan: any object with an edge into the current frontier.
  struct Probe : RefVisitor {
    const PtrIndex* frontier;
    bool hit = false;
    void visit(Object* t, const std::string&) override {
      if (!hit && t && frontier->find(t) != kNoNode) hit = true;
    }
  };
  size_t levelStart = 0;
  for (int level = 0; level < maxLevels && chosen.size() < k && levelStart < chosen.size(); ++level) {
    size_t levelEnd = chosen.size();
    // Outgoing first (nearest in the "what does it hold" direction).
    for (size_t i = levelStart; i < levelEnd && chosen.size() < k; ++i) {
      Out out;
      forEachRef(chosen[i], out);
      for (Object* t : out.targets) take(t);
    }
    if (chosen.size() >= k) break;
    PtrIndex frontier(levelEnd - levelStart + 8);
    for (size_t i = levelStart; i < levelEnd; ++i) frontier.insert(chosen[i], 1);
    for (Object* p = heap.firstObject(); p && chosen.size() < k; p = p->next) {
      Probe probe;
      probe.frontier = &frontier;
      forEachRef(p, probe);
      if (probe.hit) take(p);
    }
    levelStart = levelEnd;
  }

  copySites(b, heap);
  const uint32_t siteLimit = static_cast<uint32_t>(heap.sites().size());
  TypeNameCache typeNames;
  for (Object* o : chosen) addLiveNode(b, o, 48, typeNames, siteLimit);
  struct Labelled : RefVisitor {
    SnapshotBuilder* b;
    const PtrIndex* index;
    uint32_t from = 0;
    void visit(Object* t, const std::string& label) override {
      uint32_t to = t ? index->find(t) : kNoNode;
      if (to != kNoNode) b->addEdge(from, to, label);
    }
  } edges;
  edges.wantLabels = true;
  edges.b = &b;
  edges.index = &index;
  for (uint32_t i = 0; i < chosen.size(); ++i) {
    edges.from = i;
    forEachRef(chosen[i], edges);
  }
  if (runtime) {
    runtime->forEachRootRef([&](const RootRef& r) {
      uint32_t n = r.obj ? index.find(r.obj) : kNoNode;
      if (n != kNoNode) b.addRoot(n, r.label, r.kind, r.goroutine, r.frame);
    });
    addRuntimeGoroutines(b, *runtime, [&index](Object* o) { return index.find(o); });
  } else {
    rootSource.forEachRoot([&](Object* obj, const std::string& label) {
      uint32_t n = obj ? index.find(obj) : kNoNode;
      if (n != kNoNode) b.addRoot(n, label, classifyRootLabel(label));
    });
  }
  return b.finish();
}

}  // namespace heapscope
