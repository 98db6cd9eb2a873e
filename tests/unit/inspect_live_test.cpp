// takeSnapshot and the live neighborhood against the real Heap
// (core/inspect/snapshot_capture.cpp, neighborhood_live.cpp).
#include <gtest/gtest.h>

#include "compile/bytecode.h"
#include "heap/heap.h"
#include "inspect/dominators.h"
#include "inspect/garbage.h"
#include "inspect/retainers.h"
#include "inspect/snapshot.h"
#include "types/types.h"

namespace heapscope {
namespace {

struct TestRoots : RootSource {
  std::vector<std::pair<Object*, std::string>> roots;
  void forEachRoot(const std::function<void(Object*, const std::string&)>& fn) override {
    for (auto& [o, l] : roots) fn(o, l);
  }
};

// A RuntimeView over TestRoots: goroutine 0 with one frame holding `local`.
struct TestRuntime : RuntimeView {
  Object* global = nullptr;
  Object* local = nullptr;
  void forEachRootRef(const std::function<void(const RootRef&)>& fn) override {
    fn(RootRef{global, "global cache", RootKind::Global, -1, -1});
    fn(RootRef{local, "main.main frame: t", RootKind::FrameSlot, 0, 0});
  }
  void describeGoroutines(std::vector<GoroutineInfo>& out) override {
    GoroutineInfo g;
    g.goid = 1;
    g.state = "running";
    g.startFunction = "main.main";
    FrameInfo f;
    f.function = "main.main";
    f.line = 14;
    f.locals.push_back(LocalInfo{"t", "*main.T", "&{...}", local});
    g.frames.push_back(f);
    out.push_back(g);
  }
};

class InspectLive : public ::testing::Test {
 protected:
  TypeTable tt;
  Heap heap;
  Type* named = nullptr;
  const Type* stringT = nullptr;
  void SetUp() override {
    Package* p = tt.newPackage("main", "main");
    named = tt.newNamed("T", p, nullptr);
    stringT = tt.basic(TypeKind::String);
    named->underlyingType = tt.structOf({StructField{"name", stringT}, StructField{"next", tt.pointerTo(named)}});
  }
  StructObj* newT(const std::string& name) {
    static const SlotKind kinds[2] = {SlotKind::Ref, SlotKind::Ref};
    StructObj* t = heap.newStruct(named, 2, kinds);
    StringObj* s = heap.newString(name, stringT);
    heap.incref(s);
    t->fields[0].ref = s;
    return t;
  }
};

TEST_F(InspectLive, SnapshotCopiesObjectsEdgesAndRoots) {
  uint32_t site = heap.internSite("main.leaky", 12);
  heap.setCurrentSite(site);
  StructObj* a = newT("alpha");
  StructObj* b = newT("a much longer name that will be truncated by the preview");
  heap.incref(b);
  a->fields[1].ref = b;
  heap.incref(a);  // held by the root
  // garbage cycle
  StructObj* c1 = newT("c1");
  StructObj* c2 = newT("c2");
  heap.incref(c2);
  c1->fields[1].ref = c2;
  heap.incref(c1);
  c2->fields[1].ref = c1;
  heap.drainFrees();
  TestRoots roots;
  roots.roots.push_back({a, "global list"});
  CaptureOptions o;
  o.previewChars = 10;
  o.step = 99;
  Snapshot s = takeSnapshot(heap, roots, nullptr, o);
  ASSERT_EQ(s.nodeCount(), 8u);
  EXPECT_TRUE(std::is_sorted(s.id.begin(), s.id.end()));
  EXPECT_EQ(s.step, 99u);
  NodeIndex na = s.findId(a->id);
  ASSERT_NE(na, kNoNode);
  EXPECT_EQ(s.typeOf(na), "main.T");
  EXPECT_EQ(s.siteName(s.site[na]), "main.leaky:12");
  EXPECT_EQ(s.refcount[na], 1u);
  EXPECT_EQ(s.shallow[na], a->shallowSize);
  ASSERT_EQ(s.edgeStart[na + 1] - s.edgeStart[na], 2u);
  EXPECT_EQ(s.str(s.edgeLabel[s.edgeStart[na]]), "name");
  EXPECT_EQ(s.str(s.edgeLabel[s.edgeStart[na] + 1]), "next");
  NodeIndex nameB = s.edgeTo[s.edgeStart[s.findId(b->id)]];
  EXPECT_EQ(s.preview(nameB), "a much lon\xE2\x80\xA6");
  EXPECT_EQ(s.typeOf(nameB), "string");
  ASSERT_EQ(s.roots.size(), 1u);
  EXPECT_EQ(s.roots[0].kind, RootKind::Global);
  RetainerPath p = shortestRetainerPath(s, nameB);
  EXPECT_EQ(p.text, "global list \xE2\x86\x92 .next \xE2\x86\x92 .name \xE2\x86\x92 string");
  GarbageReport g = findUnreachable(s);
  EXPECT_EQ(g.objects, 4u);
  ASSERT_EQ(g.groups.size(), 1u);
  EXPECT_TRUE(g.groups[0].cyclic);
}

TEST_F(InspectLive, RuntimeViewSuppliesGoroutinesAndFrames) {
  StructObj* a = newT("x");
  heap.incref(a);
  StructObj* t = newT("y");
  heap.incref(t);
  heap.drainFrees();
  TestRoots roots;
  TestRuntime rt;
  rt.global = a;
  rt.local = t;
  Snapshot s = takeSnapshot(heap, roots, &rt);
  ASSERT_EQ(s.roots.size(), 2u);
  ASSERT_EQ(s.goroutines.size(), 1u);
  EXPECT_EQ(s.str(s.goroutines[0].state), "running");
  ASSERT_EQ(s.goroutines[0].frames.size(), 1u);
  EXPECT_EQ(s.goroutines[0].frames[0].line, 14);
  EXPECT_EQ(s.goroutines[0].frames[0].locals[0].node, s.findId(t->id));
  DominatorTree d = computeDominators(s);
  EXPECT_EQ(d.frameRetained(0, 0), d.retainedSize(s.findId(t->id)));
  EXPECT_GT(d.goroutineRetained(0), 0u);
}

TEST_F(InspectLive, NeighborhoodWithoutFullSnapshot) {
  // chain of 20 T's: head is a root
  std::vector<StructObj*> ts;
  for (int i = 0; i < 20; ++i) ts.push_back(newT("n" + std::to_string(i)));
  for (int i = 0; i + 1 < 20; ++i) {
    heap.incref(ts[i + 1]);
    ts[i]->fields[1].ref = ts[i + 1];
  }
  heap.incref(ts[0]);
  heap.drainFrees();
  TestRoots roots;
  roots.roots.push_back({ts[0], "global head"});
  Snapshot nb = neighborhood(heap, roots, ts[10], 4);
  ASSERT_EQ(nb.nodeCount(), 4u);
  // nearest: itself, its name and next (outgoing), then its referrer ts[9]
  EXPECT_NE(nb.findId(ts[10]->id), kNoNode);
  EXPECT_NE(nb.findId(ts[11]->id), kNoNode);
  EXPECT_NE(nb.findId(ts[9]->id), kNoNode);
  EXPECT_TRUE(nb.roots.empty());
  Snapshot head = neighborhood(heap, roots, ts[0], 3);
  ASSERT_EQ(head.roots.size(), 1u);
  EXPECT_EQ(head.edgeCount(), 2u);
}

// Scalars a closure captured by value have no cell (no edge): the closure's
// preview shows them, so the inspector still shows what it captured.
TEST_F(InspectLive, ClosurePreviewShowsScalarsCapturedByValue) {
  FuncProto fn;
  fn.name = "main.main.func1";
  fn.captures = {CaptureInfo{"n", tt.basic(TypeKind::Int)}, CaptureInfo{"ok", tt.basic(TypeKind::Bool)},
                 CaptureInfo{"s", stringT}};
  fn.captureByValue = {1, 1, 0};
  ClosureObj* c = heap.newClosure(nullptr, &fn, 3, true);
  c->valueSlots()[0].i = -5;
  c->valueSlots()[1].u = 1;
  heap.incref(c);
  EXPECT_EQ(objectPreview(c, 80), "n=-5 ok=true");
  heap.decref(c);
  heap.drainFrees();
}

}  // namespace
}  // namespace heapscope
