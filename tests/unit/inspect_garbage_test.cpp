// Uncollected garbage (unreachable from roots) and goroutine retention
// (core/inspect/garbage.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "inspect/garbage.h"

namespace heapscope {
namespace {

TEST(InspectGarbage, GroupsCyclesAndWhatTheyHold) {
  SnapshotBuilder b;
  uint32_t live = b.addNode(1, ObjKind::Struct, "main.Live", 10);
  // group 1: A <-> B, B -> C (C held by the cycle, not on it)
  uint32_t A = b.addNode(2, ObjKind::Struct, "main.A", 100);
  uint32_t B = b.addNode(3, ObjKind::Struct, "main.B", 100);
  uint32_t C = b.addNode(4, ObjKind::String, "string", 50);
  // group 2: self loop
  uint32_t D = b.addNode(5, ObjKind::Closure, "func()", 30);
  // garbage pointing at live data does not merge with it
  b.addEdge(A, B, "b");
  b.addEdge(B, A, "a");
  b.addEdge(B, C, "name");
  b.addEdge(D, D, "self");
  b.addEdge(D, live, "x");
  b.addRoot(live, "global live");
  Snapshot s = b.finish();
  GarbageReport r = findUnreachable(s);
  EXPECT_EQ(r.objects, 4u);
  EXPECT_EQ(r.bytes, 280u);
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[0].nodes, (std::vector<NodeIndex>{1, 2, 3}));
  EXPECT_EQ(r.groups[0].bytes, 250u);
  EXPECT_TRUE(r.groups[0].cyclic);
  std::vector<NodeIndex> cyc = r.groups[0].cycle;
  std::sort(cyc.begin(), cyc.end());
  EXPECT_EQ(cyc, (std::vector<NodeIndex>{1, 2}));
  EXPECT_EQ(r.groups[1].nodes, (std::vector<NodeIndex>{4}));
  EXPECT_EQ(r.groups[1].cycle, (std::vector<NodeIndex>{4}));
}

TEST(InspectGarbage, CycleIsADirectedCycleInOrder) {
  // 1 -> 2 -> 3 -> 1, plus 4 -> 1 (a tail into the cycle), 3 -> 5.
  SnapshotBuilder b;
  for (int i = 1; i <= 5; ++i) b.addNode(i, ObjKind::Struct, "main.N", 8);
  b.addEdge(0, 1, "n");
  b.addEdge(1, 2, "n");
  b.addEdge(2, 0, "n");
  b.addEdge(3, 0, "n");
  b.addEdge(2, 4, "x");
  Snapshot s = b.finish();
  GarbageReport r = findUnreachable(s);
  ASSERT_EQ(r.groups.size(), 1u);
  const auto& c = r.groups[0].cycle;
  ASSERT_EQ(c.size(), 3u);
  for (size_t i = 0; i < c.size(); ++i) {
    NodeIndex from = c[i], to = c[(i + 1) % c.size()];
    bool edge = false;
    for (uint32_t e = s.edgeStart[from]; e < s.edgeStart[from + 1]; ++e) edge |= s.edgeTo[e] == to;
    EXPECT_TRUE(edge) << from << " -> " << to;
  }
}

TEST(InspectGarbage, AcyclicUnreachableIsNotCyclic) {
  SnapshotBuilder b;
  uint32_t a = b.addNode(1, ObjKind::Struct, "main.N", 8);
  uint32_t c = b.addNode(2, ObjKind::Struct, "main.N", 8);
  b.addEdge(a, c, "n");
  GarbageReport r = findUnreachable(b.finish());
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_FALSE(r.groups[0].cyclic);
  EXPECT_TRUE(r.groups[0].cycle.empty());
}

TEST(InspectGarbage, GoroutineRetentionSorted) {
  SnapshotBuilder b;
  uint32_t small = b.addNode(1, ObjKind::String, "string", 10);
  uint32_t big = b.addNode(2, ObjKind::Array, "[4096]byte", 4096);
  SnapshotGoroutine g0, g1;
  g0.goid = 1;
  g0.state = b.intern("running");
  g1.goid = 7;
  g1.state = b.intern("chan send");
  b.addGoroutine(g0);
  b.addGoroutine(g1);
  b.addRoot(small, "s", RootKind::FrameSlot, 0, 0);
  b.addRoot(big, "buf", RootKind::FrameSlot, 1, 0);
  Snapshot s = b.finish();
  DominatorTree d = computeDominators(s);
  auto gr = goroutineRetention(s, d);
  ASSERT_EQ(gr.size(), 2u);
  EXPECT_EQ(gr[0].goid, 7u);
  EXPECT_EQ(gr[0].state, "chan send");
  EXPECT_EQ(gr[0].retained, 4096u);
  EXPECT_EQ(gr[0].frameRetained, (std::vector<uint64_t>{4096}));
  EXPECT_EQ(gr[1].retained, 10u);
}

}  // namespace
}  // namespace heapscope
