// Heap allocation, refcounts, worklist freeing, stats, sites, limits, hooks
// and edge labels (forEachRef) per object kind.
#include <gtest/gtest.h>

#include "heap/heap.h"
#include "heap/heap_internal.h"
#include "heap/map.h"
#include "heap_test_util.h"

namespace heapscope {
namespace {
using heaptest::Types;
using heaptest::edgesOf;
using heaptest::str;

TEST(HeapRefcount, FreshObjectIsFreedAtDrainUnlessStored) {
  Heap h;
  Types ty;
  StringObj* kept = h.newString("kept", ty.stringT());
  h.newString("dropped", ty.stringT());
  h.incref(kept);
  EXPECT_EQ(h.stats().liveObjects, 2u);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 1u);
  EXPECT_EQ(h.firstObject(), kept);
  EXPECT_EQ(str(kept), "kept");
  h.decref(kept);
  EXPECT_EQ(h.stats().liveObjects, 1u) << "decref only queues";
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
  EXPECT_EQ(h.stats().liveBytes, 0u);
  EXPECT_EQ(h.stats().mallocs, 2u);
  EXPECT_EQ(h.stats().frees, 2u);
  EXPECT_EQ(h.firstObject(), nullptr);
}

TEST(HeapRefcount, ResurrectedBeforeDrainSurvives) {
  Heap h;
  Types ty;
  CellObj* c = h.newCell(ty.intT(), SlotKind::Scalar);
  h.incref(c);
  h.drainFrees();
  h.decref(c);
  h.incref(c);  // e.g. moved from one register to another
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 1u);
  EXPECT_EQ(c->refcount, 1u);
  h.decref(c);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapRefcount, HeaderFieldsIdsStepsSites) {
  Heap h;
  Types ty;
  uint64_t steps = 41;
  h.setStepCounter(&steps);
  uint32_t s1 = h.internSite("main.leaky", 7);
  uint32_t s2 = h.internSite("main.other", 7);
  EXPECT_NE(s1, 0u);
  EXPECT_NE(s1, s2);
  EXPECT_EQ(h.internSite("main.leaky", 7), s1);
  EXPECT_EQ(h.sites()[s1].function, "main.leaky");
  EXPECT_EQ(h.sites()[s1].line, 7);
  h.setCurrentSite(s1);
  StringObj* a = h.newString("abc", ty.stringT());
  steps = 42;
  h.setCurrentSite(s2);
  StringObj* b = h.newString("", ty.stringT());
  EXPECT_LT(a->id, b->id);
  EXPECT_EQ(a->allocStep, 41u);
  EXPECT_EQ(b->allocStep, 42u);
  EXPECT_EQ(a->site, s1);
  EXPECT_EQ(b->site, s2);
  EXPECT_EQ(a->type, ty.stringT());
  EXPECT_EQ(a->kind, ObjKind::String);
  EXPECT_EQ(a->len, 3);
  EXPECT_GE(a->shallowSize, sizeof(Object) + 3);
  EXPECT_EQ(h.stats().liveBytes, uint64_t(a->shallowSize) + b->shallowSize);
  uint64_t lastId = b->id;
  h.drainFrees();
  // ids are never reused
  StringObj* c = h.newString("x", ty.stringT());
  EXPECT_GT(c->id, lastId);
  h.drainFrees();
}

TEST(HeapRefcount, FreedBlocksAreReused) {
#ifdef HEAPSCOPE_HEAP_MALLOC
  GTEST_SKIP() << "malloc debug build: no size classes";
#endif
  Heap h;
  Types ty;
  const Type* st = ty.structOf({{"a", ty.intT()}, {"b", ty.intT()}});
  Object* first = h.newZeroValue(st);
  h.drainFrees();
  Object* second = h.newZeroValue(st);
  EXPECT_EQ(first, second) << "same size class block recycled";
  EXPECT_EQ(static_cast<StructObj*>(second)->fields[0].i, 0) << "recycled blocks are zeroed";
  h.drainFrees();
}

TEST(HeapRefcount, EachKindReleasesItsChildren) {
  Heap h;
  Types ty;
  const Type* s = ty.stringT();
  // struct {name string; next *T; n int}
  const Type* st = ty.structOf({{"name", s}, {"next", ty.pointerTo(ty.intT())}, {"n", ty.intT()}});
  StructObj* obj = static_cast<StructObj*>(h.newZeroValue(st));
  h.incref(obj);
  StringObj* name = h.newString("n", s);
  h.incref(name);
  obj->fields[0].ref = name;
  obj->fields[2].i = 99;  // scalar: never treated as a reference
  ArrayObj* arr = h.newArray(ty.arrayOf(s, 3), ElemRep::Ref, SlotKind::Ref, 3);
  SliceObj* sl = h.newSlice(ty.sliceOf(s), arr, 0, 3, 3);
  EXPECT_EQ(arr->refcount, 1u);
  h.incref(name);
  arr->slots()[1].ref = name;
  BoxObj* box = h.newBox(ty.sliceOf(s), slotRef(sl), true);
  EXPECT_EQ(sl->refcount, 1u);
  CellObj* cell = h.newCell(ty.any(), SlotKind::Ref);
  h.incref(box);
  cell->value.ref = box;
  PointerObj* p = h.newPointer(ty.pointerTo(ty.intT()), obj, 2);
  EXPECT_EQ(obj->refcount, 2u);
  ClosureObj* cl = h.newClosure(ty.funcT(), nullptr, 2);
  h.incref(cell);
  cl->captures[0] = cell;
  h.incref(p);
  cl->captures[1] = p;
  h.incref(cl);
  h.decref(obj);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 8u);  // all reachable from the closure
  EXPECT_EQ(name->refcount, 2u);
  h.decref(cl);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
  EXPECT_EQ(h.stats().liveBytes, 0u);
}

TEST(HeapRefcount, MillionLongChainFreesWithoutRecursion) {
  Heap h;
  Types ty;
  Type* node = ty.named("node");
  const Type* ptr = ty.pointerTo(node);
  node->underlyingType = ty.structOf({{"v", ty.intT()}, {"next", ptr}});
  const int n = 1000000;
  Object* head = nullptr;
  for (int i = 0; i < n; i++) {
    auto* s = static_cast<StructObj*>(h.newZeroValue(node));
    s->fields[0].i = i;
    s->fields[1].ref = head;  // takes over head's reference
    head = s;
    h.incref(head);
  }
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, uint64_t(n));
  h.decref(head);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
  EXPECT_EQ(h.stats().frees, uint64_t(n));
}

TEST(HeapRefcount, OutOfMemoryPolicy) {
  Heap h;
  Types ty;
  h.maxBytes = 4096;
  ArrayObj* big = h.newArray(ty.arrayOf(ty.intT(), 1000), ElemRep::I64, SlotKind::Scalar, 1000);
  EXPECT_EQ(big, nullptr) << "a request larger than the limit returns nullptr";
  EXPECT_TRUE(h.outOfMemory);
  h.outOfMemory = false;
  std::vector<Object*> keep;
  for (int i = 0; i < 100 && !h.outOfMemory; i++) {
    Object* s = h.newString(std::string(100, 'x'), ty.stringT());
    ASSERT_NE(s, nullptr) << "crossing the limit still returns an object";
    h.incref(s);
    keep.push_back(s);
  }
  EXPECT_TRUE(h.outOfMemory);
  EXPECT_GT(h.stats().liveBytes, 4096u);
  EXPECT_EQ(h.newArray(nullptr, ElemRep::I64, SlotKind::Scalar, int64_t(1) << 60), nullptr) << "size overflow";
  for (Object* o : keep) h.decref(o);
  h.drainFrees();
}

TEST(HeapRefcount, PackedArraysTakeTheirElementSize) {
  Heap h;
  Types ty;
  ArrayObj* b = h.newArray(ty.arrayOf(ty.basic(TypeKind::Uint8), 1 << 20), ElemRep::U8, SlotKind::Scalar, 1 << 20);
  EXPECT_LT(b->shallowSize, (1u << 20) + 128);
  storeElem(b, 5, slotInt(300));  // wraps to uint8
  EXPECT_EQ(loadElem(b, 5).u, 44u);
  ArrayObj* f = h.newArray(nullptr, ElemRep::F32, SlotKind::Scalar, 4);
  storeElem(f, 3, slotFloat(1.5));
  EXPECT_EQ(loadElem(f, 3).f, 1.5);
  ArrayObj* i16 = h.newArray(nullptr, ElemRep::I16, SlotKind::Scalar, 4);
  storeElem(i16, 0, slotInt(-2));
  EXPECT_EQ(loadElem(i16, 0).i, -2);
  EXPECT_TRUE(edgesOf(b).empty());
  h.drainFrees();
}

// A runtime kind registered through hooks (as vm/ does for channels).
struct FakeChan : Object {
  Object* buffered;
  int* finalised;
};
void fakeTraverse(Object* o, RefVisitor& v) {
  auto* c = static_cast<FakeChan*>(o);
  if (c->buffered) v.visit(c->buffered, v.wantLabels ? "buffer[0]" : "");
}
void fakeFinalise(Object* o) { ++*static_cast<FakeChan*>(o)->finalised; }

TEST(HeapRefcount, RuntimeKindHooks) {
  Heap h;
  Types ty;
  // Hooks are process-wide: put back whatever the VM registered.
  auto savedT = gKindTraversers[static_cast<int>(ObjKind::Chan)];
  auto savedF = gKindFinalizers[static_cast<int>(ObjKind::Chan)];
  h.setKindHooks(ObjKind::Chan, fakeTraverse, fakeFinalise);
  int finalised = 0;
  auto* ch = static_cast<FakeChan*>(h.allocate(ObjKind::Chan, sizeof(FakeChan), nullptr));
  ch->finalised = &finalised;
  StringObj* s = h.newString("msg", ty.stringT());
  h.incref(s);
  ch->buffered = s;
  h.incref(ch);
  auto e = edgesOf(ch);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].first, s);
  EXPECT_EQ(e[0].second, "buffer[0]");
  h.decref(ch);
  h.drainFrees();
  EXPECT_EQ(finalised, 1);
  EXPECT_EQ(h.stats().liveObjects, 0u);
  h.setKindHooks(ObjKind::Chan, savedT, savedF);
}

const char* captureNames(const FuncProto*, uint32_t i) { return i == 0 ? "counter" : nullptr; }

TEST(HeapTraverse, EdgeLabelsPerKind) {
  Heap h;
  Types ty;
  const Type* s = ty.stringT();
  Type* named = ty.named("T", ty.structOf({{"id", ty.intT()}, {"name", s}, {"inner", ty.arrayOf(s, 2)}}));
  auto* st = static_cast<StructObj*>(h.newZeroValue(named));
  h.incref(st);
  StringObj* nm = h.newString("x", s);
  h.incref(nm);
  st->fields[1].ref = nm;
  auto e = edgesOf(st);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].second, "name");
  EXPECT_EQ(e[1].second, "inner");
  auto* inner = static_cast<ArrayObj*>(st->fields[2].ref);
  h.incref(nm);
  inner->slots()[1].ref = nm;
  e = edgesOf(inner);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].second, "[1]");

  SliceObj* sl = h.newSlice(ty.sliceOf(s), inner, 0, 2, 2);
  EXPECT_EQ(edgesOf(sl).at(0).second, "array");
  BoxObj* b = h.newBox(s, slotRef(nm), true);
  EXPECT_EQ(edgesOf(b).at(0).second, "value");
  BoxObj* bi = h.newBox(ty.intT(), slotInt(3), false);
  EXPECT_TRUE(edgesOf(bi).empty());
  CellObj* c = h.newCell(s, SlotKind::Ref);
  h.incref(nm);
  c->value.ref = nm;
  EXPECT_EQ(edgesOf(c).at(0).second, "value");
  PointerObj* p = h.newPointer(nullptr, st, 0);
  EXPECT_EQ(edgesOf(p).at(0).second, "base");
  ClosureObj* cl = h.newClosure(ty.funcT(), nullptr, 2);
  h.incref(c);
  cl->captures[0] = c;
  h.incref(p);
  cl->captures[1] = p;
  CaptureNameFn before = gCaptureName;
  gCaptureName = nullptr;
  e = edgesOf(cl);
  gCaptureName = before;
  EXPECT_EQ(e.at(0).second, "capture[0]");
  EXPECT_EQ(e.at(1).second, "capture[1]");
  CaptureNameFn savedNames = gCaptureName;
  setCaptureNameHook(captureNames);
  e = edgesOf(cl);
  EXPECT_EQ(e.at(0).second, "counter");
  EXPECT_EQ(e.at(1).second, "capture[1]");
  setCaptureNameHook(savedNames);

  // the cheap path builds no labels
  heaptest::EdgeList quiet(false);
  forEachRef(cl, quiet);
  EXPECT_EQ(quiet.edges.size(), 2u);
  EXPECT_EQ(quiet.edges[0].second, "");

  MapObj* m = newMap(h, ty.mapOf(s, ty.intT()));
  m->set(h, slotRef(nm), slotInt(1));
  MapObj* m2 = newMap(h, ty.mapOf(ty.intT(), s));
  m2->set(h, slotInt(42), slotRef(nm));
  MapObj* m3 = newMap(h, ty.mapOf(ty.float64T(), s));
  m3->set(h, slotFloat(1e6), slotRef(nm));
  m3->set(h, slotFloat(0.5), slotRef(nm));
  EXPECT_EQ(edgesOf(m).at(0).second, "key[\"x\"]");
  EXPECT_EQ(edgesOf(m2).at(0).second, "[42]");
  EXPECT_EQ(edgesOf(m3).at(0).second, "[1e+06]");
  EXPECT_EQ(edgesOf(m3).at(1).second, "[0.5]");
  h.incref(sl); h.incref(b); h.incref(bi); h.incref(cl); h.incref(m); h.incref(m2); h.incref(m3);
  h.decref(st);
  h.decref(nm);
  for (Object* o : std::initializer_list<Object*>{sl, b, bi, cl, m, m2, m3}) h.decref(o);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

}  // namespace
}  // namespace heapscope
