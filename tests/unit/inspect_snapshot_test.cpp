// SnapshotBuilder layout, lookups and the snapshot neighborhood
// (core/inspect/snapshot.h).
#include <gtest/gtest.h>

#include "inspect/snapshot.h"
#include "inspect_test_util.h"

namespace heapscope {
namespace {

TEST(InspectSnapshot, BuilderSortsByIdAndBuildsCsr) {
  SnapshotBuilder b;
  uint32_t site = b.addSite("main.leaky", 12);
  uint32_t c = b.addNode(30, ObjKind::String, "string", 21, 1, site, 7, "hello");
  uint32_t a = b.addNode(10, ObjKind::Map, "map[string][]byte", 64, 1, 0, 3, "len=1");
  uint32_t s = b.addNode(20, ObjKind::Slice, "[]byte", 40, 2, site, 5, "len=3 cap=8");
  b.addEdge(a, s, "[\"k\"]");
  b.addEdge(a, c, "[\"k\"]");
  b.addEdge(s, c, "x");
  b.addEdge(a, 99, "dangling");  // unknown node: dropped
  b.addRoot(a, "global cache", RootKind::Global);
  Snapshot snap = b.finish();
  ASSERT_EQ(snap.nodeCount(), 3u);
  EXPECT_EQ(snap.id, (std::vector<uint64_t>{10, 20, 30}));
  EXPECT_EQ(snap.typeOf(0), "map[string][]byte");
  EXPECT_EQ(snap.preview(2), "hello");
  EXPECT_EQ(snap.preview(1), "len=3 cap=8");
  EXPECT_EQ(snap.allocStep[2], 7u);
  EXPECT_EQ(snap.siteName(snap.site[1]), "main.leaky:12");
  EXPECT_EQ(snap.siteName(snap.site[0]), "(runtime)");
  ASSERT_EQ(snap.edgeCount(), 3u);
  EXPECT_EQ(snap.edgeStart, (std::vector<uint32_t>{0, 2, 3, 3}));
  EXPECT_EQ(snap.edgeTo[0], 1u);  // insertion order kept per node
  EXPECT_EQ(snap.edgeTo[1], 2u);
  EXPECT_EQ(snap.str(snap.edgeLabel[0]), "[\"k\"]");
  EXPECT_EQ(snap.edgeLabel[0], snap.edgeLabel[1]);  // interned
  ASSERT_EQ(snap.roots.size(), 1u);
  EXPECT_EQ(snap.roots[0].node, 0u);
  EXPECT_EQ(snap.findId(20), 1u);
  EXPECT_EQ(snap.findId(21), kNoNode);
  Snapshot::Reverse r = snap.reverse();
  EXPECT_EQ(r.start[3] - r.start[2], 2u);  // "hello" has two referrers
  EXPECT_EQ(snap.totalShallow(), 125u);
}

TEST(InspectSnapshot, RootsCreateGoroutineAndFrameEntries) {
  SnapshotBuilder b;
  uint32_t x = b.addNode(1, ObjKind::Cell, "int", 16);
  b.addRoot(x, "x", RootKind::FrameSlot, 2, 3);
  b.addRoot(x, "g temp", RootKind::VmTemp, 1, -1);
  Snapshot s = b.finish();
  ASSERT_EQ(s.goroutines.size(), 3u);
  EXPECT_EQ(s.goroutines[2].frames.size(), 4u);
  EXPECT_EQ(s.goroutines[1].frames.size(), 0u);
}

TEST(InspectSnapshot, GoroutineDescriptionsRemapNodes) {
  SnapshotBuilder b;
  uint32_t p = b.addNode(9, ObjKind::Struct, "main.T", 32);
  uint32_t q = b.addNode(3, ObjKind::Goroutine, "goroutine", 200);
  SnapshotGoroutine g;
  g.goid = 1;
  g.state = b.intern("chan receive");
  g.node = q;
  SnapshotFrame f;
  f.function = b.intern("main.worker");
  f.line = 7;
  f.locals.push_back(SnapshotLocal{b.intern("t"), b.intern("*main.T"), b.intern("&{...}"), p});
  g.frames.push_back(f);
  b.addGoroutine(g);
  b.addRoot(p, "t", RootKind::FrameSlot, 0, 0);
  Snapshot s = b.finish();
  ASSERT_EQ(s.goroutines.size(), 1u);
  EXPECT_EQ(s.goroutines[0].node, 0u);  // id 3 sorts first
  EXPECT_EQ(s.goroutines[0].frames[0].locals[0].node, 1u);
  EXPECT_EQ(s.str(s.goroutines[0].frames[0].function), "main.worker");
}

TEST(InspectSnapshot, NeighborhoodIsBoundedAndNearestFirst) {
  // chain 1 -> 2 -> ... -> 50, root at 1; ask for 5 around node 25.
  SnapshotBuilder b;
  for (uint32_t i = 0; i < 50; ++i) b.addNode(i + 1, ObjKind::Struct, "main.N", 16);
  for (uint32_t i = 0; i + 1 < 50; ++i) b.addEdge(i, i + 1, "next");
  b.addRoot(0, "global head");
  Snapshot s = b.finish();
  Snapshot nb = neighborhood(s, s.findId(25), 5);
  ASSERT_EQ(nb.nodeCount(), 5u);
  EXPECT_EQ(nb.id, (std::vector<uint64_t>{23, 24, 25, 26, 27}));
  EXPECT_EQ(nb.edgeCount(), 4u);
  EXPECT_TRUE(nb.roots.empty());
  Snapshot head = neighborhood(s, 0, 3);
  EXPECT_EQ(head.roots.size(), 1u);
  EXPECT_EQ(head.str(head.roots[0].label), "global head");
}

TEST(InspectSnapshot, RandomSnapshotsAreConsistent) {
  for (uint32_t seed = 1; seed < 50; ++seed) {
    Snapshot s = testutil::randomSnapshot(seed, 100, 300, 5, true);
    ASSERT_TRUE(std::is_sorted(s.id.begin(), s.id.end()));
    ASSERT_EQ(s.edgeStart.size(), s.nodeCount() + 1);
    ASSERT_EQ(s.edgeStart.back(), s.edgeCount());
    for (NodeIndex t : s.edgeTo) ASSERT_LT(t, s.nodeCount());
    for (size_t i = 0; i < s.nodeCount(); ++i) ASSERT_EQ(s.findId(s.id[i]), i);
  }
}

}  // namespace
}  // namespace heapscope
