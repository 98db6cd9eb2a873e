// The trial-deletion cycle collector: cycles of various shapes and sizes,
// external references keeping cycles alive, refcount-only mode, threshold
// triggering and findCyclicGarbage.
#include <gtest/gtest.h>

#include "heap/heap.h"
#include "heap/map.h"
#include "heap_test_util.h"

namespace heapscope {
namespace {
using heaptest::Types;
using heaptest::VecRoots;

struct NodeTypes {
  Types ty;
  Type* node;
  NodeTypes() {
    node = ty.named("node");
    node->underlyingType = ty.structOf({{"v", ty.intT()}, {"next", ty.pointerTo(node)}, {"label", ty.stringT()}});
  }
};

// Builds a ring of n nodes; returns the first, which the caller holds (+1).
StructObj* makeRing(Heap& h, const Type* node, int n) {
  std::vector<StructObj*> nodes;
  for (int i = 0; i < n; i++) {
    auto* s = static_cast<StructObj*>(h.newZeroValue(node));
    s->fields[0].i = i;
    nodes.push_back(s);
  }
  for (int i = 0; i < n; i++) {
    StructObj* to = nodes[(i + 1) % n];
    h.incref(to);
    nodes[i]->fields[1].ref = to;
  }
  h.incref(nodes[0]);
  return nodes[0];
}

void auditClean(Heap& h, VecRoots& roots) {
  auto mm = h.audit(roots);
  EXPECT_TRUE(mm.empty()) << mm.size() << " refcount mismatches";
  EXPECT_TRUE(h.auditNotes.empty()) << (h.auditNotes.empty() ? "" : h.auditNotes[0]);
}

class CycleSizes : public ::testing::TestWithParam<int> {};

TEST_P(CycleSizes, UnreachableRingIsCollected) {
  Heap h;
  NodeTypes nt;
  int n = GetParam();
  StructObj* ring = makeRing(h, nt.node, n);
  // a string hanging off the ring dies with it
  StringObj* s = h.newString("payload", nt.ty.stringT());
  h.incref(s);
  ring->fields[2].ref = s;
  h.drainFrees();
  EXPECT_EQ(h.collectCycles(), 0u) << "held from outside: nothing to collect";
  EXPECT_EQ(h.stats().liveObjects, uint64_t(n) + 1);
  VecRoots roots;
  roots.roots.push_back(ring);
  auditClean(h, roots);
  h.decref(ring);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, uint64_t(n) + 1) << "refcounts alone leak the ring";
  EXPECT_EQ(h.findCyclicGarbage().size(), size_t(n) + 1);
  EXPECT_EQ(h.stats().liveObjects, uint64_t(n) + 1) << "findCyclicGarbage does not free";
  EXPECT_EQ(h.collectCycles(), size_t(n) + 1);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
  EXPECT_EQ(h.stats().liveBytes, 0u);
  EXPECT_EQ(h.stats().numGC, 2u);
  EXPECT_EQ(h.stats().collectedByCycleGC, uint64_t(n) + 1);
}

INSTANTIATE_TEST_SUITE_P(Heap, CycleSizes, ::testing::Values(1, 2, 3, 1000, 200000));

TEST(HeapCollector, ExternalReferenceIntoTheMiddleKeepsTheRing) {
  Heap h;
  NodeTypes nt;
  StructObj* ring = makeRing(h, nt.node, 10);
  auto* third = static_cast<StructObj*>(static_cast<StructObj*>(ring->fields[1].ref)->fields[1].ref);
  h.incref(third);  // e.g. a goroutine register
  h.decref(ring);
  h.drainFrees();
  EXPECT_EQ(h.collectCycles(), 0u);
  EXPECT_EQ(h.stats().liveObjects, 10u);
  h.decref(third);
  h.drainFrees();
  EXPECT_EQ(h.collectCycles(), 10u);
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollector, GarbageReferencingLiveObjectsDecrefsThem) {
  Heap h;
  NodeTypes nt;
  StringObj* shared = h.newString("shared", nt.ty.stringT());
  h.incref(shared);
  StructObj* ring = makeRing(h, nt.node, 3);
  h.incref(shared);
  ring->fields[2].ref = shared;
  h.decref(ring);
  h.drainFrees();
  EXPECT_EQ(shared->refcount, 2u);
  EXPECT_EQ(h.collectCycles(), 3u);
  EXPECT_EQ(shared->refcount, 1u);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 1u);
  VecRoots roots;
  roots.roots.push_back(shared);
  auditClean(h, roots);
  h.decref(shared);
  h.drainFrees();
}

TEST(HeapCollector, ClosureCapturingCellHoldingTheClosure) {
  // var f func(); f = func() { f() }
  Heap h;
  Types ty;
  const Type* fnT = ty.funcT();
  CellObj* cell = h.newCell(fnT, SlotKind::Ref);
  h.incref(cell);  // the frame's register
  ClosureObj* cl = h.newClosure(fnT, nullptr, 1);
  h.incref(cell);
  cl->captures[0] = cell;
  h.incref(cl);
  cell->value.ref = cl;
  h.drainFrees();
  EXPECT_EQ(h.collectCycles(), 0u);
  h.decref(cell);  // the frame returns
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 2u);
  EXPECT_EQ(h.collectCycles(), 2u);
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollector, MapValueReferencingTheMap) {
  // m := map[string]any{}; m["self"] = m
  Heap h;
  Types ty;
  const Type* mt = ty.mapOf(ty.stringT(), ty.any());
  MapObj* m = newMap(h, mt);
  h.incref(m);
  BoxObj* box = h.newBox(mt, slotRef(m), true);
  StringObj* key = h.newString("self", ty.stringT());
  EXPECT_TRUE(m->set(h, slotRef(key), slotRef(box)).ok());
  h.drainFrees();
  EXPECT_EQ(m->refcount, 2u);
  EXPECT_EQ(h.collectCycles(), 0u);
  h.decref(m);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 3u);
  EXPECT_EQ(h.collectCycles(), 3u);
  EXPECT_EQ(h.stats().liveObjects, 0u);
  EXPECT_EQ(h.stats().liveBytes, 0u) << "the map's table bytes are returned too";
}

TEST(HeapCollector, CycleThroughABox) {
  // type T struct{ x any }; t := &T{}; t.x = t
  Heap h;
  Types ty;
  Type* t = ty.named("T", ty.structOf({{"x", ty.any()}}));
  auto* s = static_cast<StructObj*>(h.newZeroValue(t));
  h.incref(s);
  BoxObj* b = h.newBox(ty.pointerTo(t), slotRef(s), true);
  h.incref(b);
  s->fields[0].ref = b;
  h.decref(s);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 2u);
  EXPECT_EQ(h.collectCycles(), 2u);
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollector, RefcountOnlyModeLeavesCycles) {
  Heap h;
  NodeTypes nt;
  h.setCycleCollector(false);
  for (int i = 0; i < 50000; i++) {
    StructObj* r = makeRing(h, nt.node, 2);
    h.decref(r);
    h.safePoint();
  }
  EXPECT_EQ(h.stats().liveObjects, 100000u);
  EXPECT_EQ(h.stats().numGC, 0u);
  EXPECT_EQ(h.findCyclicGarbage().size(), 100000u);
  h.setCycleCollector(true);
  EXPECT_EQ(h.collectCycles(), 100000u);
}

TEST(HeapCollector, ThresholdTriggersCollectionAtSafePoints) {
  Heap h;
  NodeTypes nt;
  for (int i = 0; i < 100000; i++) {
    StructObj* r = makeRing(h, nt.node, 2);
    h.decref(r);
    h.safePoint();
  }
  EXPECT_GT(h.stats().numGC, 0u);
  EXPECT_LT(h.stats().liveObjects, 60000u) << "cycles are reclaimed as the program runs";
  h.collectCycles();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollector, FreshAndQueuedObjectsAreNotCollected) {
  Heap h;
  NodeTypes nt;
  // Fresh objects (still on the free queue) that formed a cycle with
  // refcounts > 0 are collectable: the queue drops them first.
  auto* a = static_cast<StructObj*>(h.newZeroValue(nt.node));
  auto* b = static_cast<StructObj*>(h.newZeroValue(nt.node));
  h.incref(b);
  a->fields[1].ref = b;
  h.incref(a);
  b->fields[1].ref = a;
  EXPECT_EQ(h.collectCycles(), 2u) << "a pure cycle with no outside holder";
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);

  // A fresh object with refcount 0 (held only by C++ code) is alive, and
  // so is everything it references.
  auto* c = static_cast<StructObj*>(h.newZeroValue(nt.node));
  auto* d = static_cast<StructObj*>(h.newZeroValue(nt.node));
  h.incref(d);
  c->fields[1].ref = d;
  EXPECT_EQ(h.collectCycles(), 0u) << "fresh objects and what they reference survive";
  h.incref(c);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 2u);
  h.decref(c);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollector, StressModeCollectsAtEverySafePoint) {
  Heap h;
  NodeTypes nt;
  h.setStressCollect(true);
  StructObj* live = makeRing(h, nt.node, 5);
  for (int i = 0; i < 100; i++) {
    StructObj* r = makeRing(h, nt.node, 3);
    h.decref(r);
    h.safePoint();
    ASSERT_EQ(h.stats().liveObjects, 5u);
  }
  EXPECT_GE(h.stats().numGC, 100u);
  VecRoots roots;
  roots.roots.push_back(live);
  auditClean(h, roots);
  h.decref(live);
  h.safePoint();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

}  // namespace
}  // namespace heapscope

namespace heapscope {
namespace {

TEST(HeapCollectorGenerations, YoungPassKeepsYoungObjectsHeldByOldOnes) {
  Heap h;
  NodeTypes nt;
  StructObj* old = makeRing(h, nt.node, 3);  // held by a "register"
  CellObj* holder = h.newCell(nt.ty.pointerTo(nt.node), SlotKind::Ref);
  h.incref(holder);
  h.safePoint();
  h.collectCycles();  // old ring and holder are old now
  // a young 2-cycle referenced only from the old holder
  StructObj* young = makeRing(h, nt.node, 2);
  holder->value.ref = young;  // takes over the +1 makeRing returned
  young->fields[0].i = 77;
  uint64_t gcBefore = h.stats().numGC;
  // churn: young passes run and reclaim young garbage cycles
  for (int i = 0; i < 60000; i++) {
    StructObj* r = makeRing(h, nt.node, 2);
    h.decref(r);
    h.safePoint();
  }
  EXPECT_GE(h.stats().numGC, gcBefore + 2);
  EXPECT_LT(h.stats().liveObjects, 6u + 2 * 20001u);
  EXPECT_EQ(young->fields[0].i, 77) << "the young ring held by an old object survived";
  VecRoots roots;
  roots.roots = {old, holder};
  h.collectCycles();
  EXPECT_EQ(h.stats().liveObjects, 6u);
  EXPECT_TRUE(h.audit(roots).empty());
  // the holder drops the ring: now garbage
  Object* ring2 = holder->value.ref;
  holder->value.ref = nullptr;
  h.decref(ring2);
  EXPECT_EQ(h.findCyclicGarbage().size(), 2u);
  h.collectCycles();
  EXPECT_EQ(h.stats().liveObjects, 4u);
  h.decref(holder);
  h.decref(old);
  h.safePoint();
  h.collectCycles();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollectorGenerations, OldGarbageCycleIsFoundWithoutExplicitGC) {
  Heap h;
  NodeTypes nt;
  StructObj* ring = makeRing(h, nt.node, 10);
  h.safePoint();
  h.collectCycles();  // the ring is old
  h.decref(ring);     // now old cyclic garbage
  // steady churn without growth: the allocation-count rule triggers a full pass
  for (int i = 0; i < 200000 && h.stats().liveObjects >= 10; i++) {
    StructObj* r = makeRing(h, nt.node, 2);
    h.decref(r);
    h.safePoint();
  }
  EXPECT_LT(h.stats().liveObjects, 10u) << "old ring reclaimed by a full pass";
}

}  // namespace
}  // namespace heapscope

namespace heapscope {
namespace {

TEST(HeapCollector, CycleThroughSliceBackingArray) {
  // s := make([]any, 2); s[0] = s
  Heap h;
  Types ty;
  const Type* sl = ty.sliceOf(ty.any());
  ArrayObj* arr = h.newArray(ty.arrayOf(ty.any(), 2), ElemRep::Ref, SlotKind::Ref, 2);
  SliceObj* s = h.newSlice(sl, arr, 0, 2, 2);
  h.incref(s);
  BoxObj* b = h.newBox(sl, slotRef(s), true);
  h.incref(b);
  arr->slots()[0].ref = b;
  h.safePoint();
  EXPECT_EQ(h.collectCycles(), 0u);
  h.decref(s);
  h.safePoint();
  EXPECT_EQ(h.stats().liveObjects, 3u);
  auto garbage = h.findCyclicGarbage();
  EXPECT_EQ(garbage.size(), 3u);
  EXPECT_EQ(h.collectCycles(), 3u);
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapCollector, HeapDestructorReleasesLiveCyclesAndMaps) {
  // Checked by LeakSanitizer in the sanitizer build: nothing may leak.
  Heap h;
  NodeTypes nt;
  StructObj* r = makeRing(h, nt.node, 100);
  MapObj* m = newMap(h, nt.ty.mapOf(nt.ty.intT(), nt.ty.intT()), 1000);
  h.incref(m);
  for (int i = 0; i < 1000; i++) m->set(h, slotInt(i), slotInt(i));
  (void)r;
  h.safePoint();
  EXPECT_EQ(h.stats().liveObjects, 101u);
}

}  // namespace
}  // namespace heapscope
