// Shortest retainer paths ("why is this alive?", core/inspect/retainers.h).
#include <gtest/gtest.h>

#include "inspect/retainers.h"

namespace heapscope {
namespace {

// global cache (map) -> ["k"] -> []byte -> array -> [4096]byte
Snapshot cacheSnapshot() {
  SnapshotBuilder b;
  uint32_t m = b.addNode(1, ObjKind::Map, "map[string][]byte", 64);
  uint32_t sl = b.addNode(2, ObjKind::Slice, "[]byte", 40);
  uint32_t arr = b.addNode(3, ObjKind::Array, "[4096]byte", 4096);
  uint32_t other = b.addNode(4, ObjKind::Struct, "main.Holder", 24);
  uint32_t lost = b.addNode(5, ObjKind::Struct, "main.Lost", 24);
  b.addEdge(m, sl, "[\"k\"]");
  b.addEdge(sl, arr, "array");
  b.addEdge(other, m, "m");  // a longer path into the map
  b.addEdge(lost, lost, "self");
  b.addRoot(other, "main.main frame: h", RootKind::FrameSlot, 0, 0);
  b.addRoot(m, "global cache", RootKind::Global);
  return b.finish();
}

TEST(InspectRetainers, ShortestPathWithLabels) {
  Snapshot s = cacheSnapshot();
  RetainerPath p = shortestRetainerPath(s, s.findId(2));
  ASSERT_TRUE(p.found);
  EXPECT_EQ(s.str(s.roots[p.root].label), "global cache");
  ASSERT_EQ(p.steps.size(), 2u);
  EXPECT_EQ(p.text, "global cache \xE2\x86\x92 map[\"k\"] \xE2\x86\x92 []byte");
  RetainerPath q = shortestRetainerPath(s, s.findId(3));
  EXPECT_EQ(q.text, "global cache \xE2\x86\x92 map[\"k\"] \xE2\x86\x92 array \xE2\x86\x92 [4096]byte");
}

TEST(InspectRetainers, RootTargetAndStructField) {
  Snapshot s = cacheSnapshot();
  RetainerPath p = shortestRetainerPath(s, s.findId(1));
  ASSERT_TRUE(p.found);
  EXPECT_EQ(p.steps.size(), 1u);
  EXPECT_EQ(p.text, "global cache \xE2\x86\x92 map[string][]byte");
  RetainerPath h = shortestRetainerPath(s, s.findId(4));
  EXPECT_EQ(h.text, "main.main frame: h \xE2\x86\x92 main.Holder");
}

TEST(InspectRetainers, UnreachableHasNoPath) {
  Snapshot s = cacheSnapshot();
  RetainerPath p = shortestRetainerPath(s, s.findId(5));
  EXPECT_FALSE(p.found);
  EXPECT_TRUE(p.text.empty());
  EXPECT_EQ(rootDistances(s)[s.findId(5)], -1);
  EXPECT_EQ(rootDistances(s)[s.findId(3)], 2);
}

TEST(InspectRetainers, SeveralRetainers) {
  Snapshot s = cacheSnapshot();
  std::vector<RetainerPath> ps = retainerPaths(s, s.findId(1), 5);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].text, "global cache \xE2\x86\x92 map[string][]byte");
  EXPECT_EQ(ps[1].text, "main.main frame: h \xE2\x86\x92 .m \xE2\x86\x92 map[string][]byte");
}

TEST(InspectRetainers, PathIsShortestOnChainWithShortcut) {
  SnapshotBuilder b;
  for (uint32_t i = 0; i < 10; ++i) b.addNode(i + 1, ObjKind::Struct, "main.N", 8);
  for (uint32_t i = 0; i + 1 < 10; ++i) b.addEdge(i, i + 1, "next");
  b.addEdge(0, 8, "skip");
  b.addRoot(0, "global head");
  Snapshot s = b.finish();
  RetainerPath p = shortestRetainerPath(s, 9);
  ASSERT_TRUE(p.found);
  EXPECT_EQ(p.steps.size(), 3u);  // head -> skip -> next
  EXPECT_EQ(p.text, "global head \xE2\x86\x92 .skip \xE2\x86\x92 .next \xE2\x86\x92 main.N");
}

}  // namespace
}  // namespace heapscope
