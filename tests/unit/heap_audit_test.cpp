// Heap::audit: the refcount invariant and list integrity, checked against
// an independent count of every reference (objects + roots).
#include <gtest/gtest.h>

#include "heap/heap.h"
#include "heap/map.h"
#include "heap_test_util.h"

namespace heapscope {
namespace {
using heaptest::Types;
using heaptest::VecRoots;

struct Graph {
  Heap h;
  Types ty;
  VecRoots roots;
  ClosureObj* gen = nullptr;
  CellObj* state = nullptr;
  MapObj* m = nullptr;
  Graph() {
    // a closure (think: a generator) capturing a cell holding a slice, a map
    // holding strings; roots: the closure and the map (two registers)
    const Type* s = ty.stringT();
    state = h.newCell(ty.sliceOf(s), SlotKind::Ref);
    ArrayObj* arr = h.newArray(ty.arrayOf(s, 4), ElemRep::Ref, SlotKind::Ref, 4);
    SliceObj* sl = h.newSlice(ty.sliceOf(s), arr, 0, 4, 4);
    h.incref(sl);
    state->value.ref = sl;
    gen = h.newClosure(ty.funcT(), nullptr, 1);
    h.incref(state);
    gen->captures[0] = state;
    m = newMap(h, ty.mapOf(s, s));
    StringObj* k = h.newString("k", s);
    m->set(h, slotRef(k), slotRef(k));
    h.incref(k);
    arr->slots()[0].ref = k;
    h.incref(gen);
    h.incref(m);
    roots.roots = {gen, m};
    h.drainFrees();
  }
  ~Graph() {
    for (Object* r : roots.roots) h.decref(r);
    h.drainFrees();
  }
};

TEST(HeapAudit, CorrectHeapPasses) {
  Graph g;
  EXPECT_EQ(g.h.stats().liveObjects, 6u);
  auto mm = g.h.audit(g.roots);
  EXPECT_TRUE(mm.empty());
  EXPECT_TRUE(g.h.auditNotes.empty());
}

TEST(HeapAudit, DetectsInjectedExtraReference) {
  // QuickJS's generator bug: one incref too many makes a whole subgraph leak.
  Graph g;
  g.state->refcount++;
  auto mm = g.h.audit(g.roots);
  ASSERT_EQ(mm.size(), 1u);
  EXPECT_EQ(mm[0].obj, g.state);
  EXPECT_EQ(mm[0].refcount, 2u);
  EXPECT_EQ(mm[0].counted, 1u);
  // And the leak is real: dropping the roots does not free the cell's graph.
  g.state->refcount--;
}

TEST(HeapAudit, DetectsMissingReferenceAndForgottenRoot) {
  Graph g;
  StringObj* k = static_cast<StringObj*>(g.m->entries[0].key.ref);
  EXPECT_EQ(k->refcount, 3u);  // map key, map value, array element
  k->refcount--;
  auto mm = g.h.audit(g.roots);
  ASSERT_EQ(mm.size(), 1u);
  EXPECT_EQ(mm[0].obj, k);
  EXPECT_EQ(mm[0].counted, 3u);
  k->refcount++;
  // a root the VM forgot to report shows up as refcount > counted
  VecRoots partial;
  partial.roots = {g.gen};
  mm = g.h.audit(partial);
  ASSERT_EQ(mm.size(), 1u);
  EXPECT_EQ(mm[0].obj, g.m);
}

TEST(HeapAudit, DetectsBrokenList) {
  Graph g;
  Object* second = g.h.firstObject()->next;
  Object* savedPrev = second->prev;
  second->prev = nullptr;
  g.h.audit(g.roots);
  EXPECT_FALSE(g.h.auditNotes.empty());
  second->prev = savedPrev;
  g.h.audit(g.roots);
  EXPECT_TRUE(g.h.auditNotes.empty());
}

TEST(HeapAudit, CleanAfterCollectionAndChurn) {
  Graph g;
  const Type* s = g.ty.stringT();
  for (int i = 0; i < 1000; i++) {
    g.m->set(g.h, slotRef(g.h.newString(std::to_string(i % 50), s)), slotRef(g.h.newString("v", s)));
    if (i % 7 == 0) g.m->erase(g.h, slotRef(g.h.newString(std::to_string(i % 13), s)));
    g.h.safePoint();
  }
  g.h.collectCycles();
  EXPECT_TRUE(g.h.audit(g.roots).empty());
  EXPECT_TRUE(g.h.auditNotes.empty());
}

}  // namespace
}  // namespace heapscope
