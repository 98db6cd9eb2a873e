// Dominators and retained sizes (core/inspect/dominators.h), checked against
// the definition on random graphs: X dominates Y iff removing X makes Y
// unreachable from the super-root.
#include <gtest/gtest.h>

#include "inspect/dominators.h"
#include "inspect_test_util.h"

namespace heapscope {
namespace {

using testutil::randomSnapshot;
using testutil::reachWithout;

// For every reachable Y: the dominator-tree ancestors of Y (including Y)
// must equal { X : Y unreachable without X } ∪ {Y}.
void checkAgainstBruteForce(const Snapshot& s, uint32_t seed) {
  DominatorTree t;
  Digraph g = retentionGraph(s, t);
  DominatorTree d = computeDominators(s);
  const uint32_t n = static_cast<uint32_t>(g.nodeCount());
  ASSERT_EQ(d.idom.size(), n);
  std::vector<uint8_t> reach = reachWithout(g, n);  // n = remove nothing
  std::vector<std::vector<uint8_t>> without(n);
  for (uint32_t x = 0; x < n; ++x) without[x] = reachWithout(g, x);
  for (uint32_t y = 0; y < n; ++y) {
    if (!reach[y]) {
      EXPECT_EQ(d.idom[y], kNoNode) << "seed " << seed << " node " << y;
      continue;
    }
    std::vector<uint8_t> ancestors(n, 0);
    for (uint32_t v = y; ; v = d.idom[v]) {
      ASSERT_NE(v, kNoNode);
      ancestors[v] = 1;
      if (v == 0) break;
    }
    uint64_t brute = 0;  // retained(y) by definition
    for (uint32_t x = 0; x < n; ++x) {
      bool dominates = x == y || x == 0 || !without[x][y];
      EXPECT_EQ(dominates, ancestors[x] == 1) << "seed " << seed << " x=" << x << " y=" << y;
    }
    for (uint32_t z = 0; z < n; ++z) {
      if (!reach[z]) continue;
      bool dominated = z == y || (y != 0 && !without[y][z]) || y == 0;
      if (dominated && z >= d.objectBase) brute += s.shallow[z - d.objectBase];
    }
    EXPECT_EQ(d.retained[y], brute) << "seed " << seed << " node " << y;
  }
}

TEST(InspectDominators, MatchesBruteForceOnRandomGraphs) {
  for (uint32_t seed = 1; seed <= 300; ++seed) {
    uint32_t n = 2 + seed % 40;
    uint32_t m = (seed % 3 == 0) ? n : n * 2;
    Snapshot s = randomSnapshot(seed, n, m, 1 + seed % 4, seed % 2 == 0);
    checkAgainstBruteForce(s, seed);
    if (HasFailure()) return;
  }
}

TEST(InspectDominators, MatchesBruteForceOnLargerSparseAndDenseGraphs) {
  for (uint32_t seed = 1000; seed < 1030; ++seed) {
    uint32_t n = 150 + seed % 60;
    uint32_t m = (seed % 2) ? n + n / 4 : n * 4;  // near-tree and dense
    Snapshot s = randomSnapshot(seed, n, m, 3 + seed % 5, true);
    checkAgainstBruteForce(s, seed);
    if (HasFailure()) return;
  }
}

TEST(InspectDominators, GenericGraphDiamondAndLoop) {
  // 0 -> 1 -> {2,3} -> 4 -> 1 (loop back), 4 -> 5; 6 unreachable
  Digraph g;
  g.start = {0, 1, 3, 4, 5, 7, 7, 8};
  g.to = {1, 2, 3, 4, 4, 1, 5, 0};
  auto idom = immediateDominators(g, 0);
  EXPECT_EQ(idom[0], 0u);
  EXPECT_EQ(idom[1], 0u);
  EXPECT_EQ(idom[2], 1u);
  EXPECT_EQ(idom[3], 1u);
  EXPECT_EQ(idom[4], 1u);
  EXPECT_EQ(idom[5], 4u);
  EXPECT_EQ(idom[6], kNoNode);
}

TEST(InspectDominators, RetainedSizesOfSharedAndOwnedObjects) {
  // global a -> A -> {B, C}; global b -> D -> C.  A retains B only.
  SnapshotBuilder b;
  uint32_t A = b.addNode(1, ObjKind::Struct, "main.A", 100);
  uint32_t B = b.addNode(2, ObjKind::Struct, "main.B", 10);
  uint32_t C = b.addNode(3, ObjKind::Struct, "main.C", 1000);
  uint32_t D = b.addNode(4, ObjKind::Struct, "main.D", 1);
  b.addEdge(A, B, "b");
  b.addEdge(A, C, "c");
  b.addEdge(D, C, "c");
  b.addRoot(A, "global a");
  b.addRoot(D, "global d");
  Snapshot s = b.finish();
  DominatorTree d = computeDominators(s);
  EXPECT_EQ(d.retainedSize(s.findId(1)), 110u);
  EXPECT_EQ(d.retainedSize(s.findId(3)), 1000u);
  EXPECT_EQ(d.retainedSize(s.findId(4)), 1u);
  EXPECT_EQ(d.dominatorObject(s.findId(2)), s.findId(1));
  EXPECT_EQ(d.dominatorObject(s.findId(3)), kNoNode);  // shared: only the super-root dominates
  EXPECT_EQ(d.reachableBytes(), 1111u);
}

TEST(InspectDominators, GoroutineRetention) {
  // goroutine 0 frame 0 holds X -> Y; goroutine 1 frame 0 holds Z; global holds Z too.
  SnapshotBuilder b;
  uint32_t X = b.addNode(1, ObjKind::Slice, "[]byte", 24);
  uint32_t Y = b.addNode(2, ObjKind::Array, "[1024]byte", 1024);
  uint32_t Z = b.addNode(3, ObjKind::Struct, "main.Z", 50);
  b.addEdge(X, Y, "array");
  b.addRoot(X, "buf", RootKind::FrameSlot, 0, 0);
  b.addRoot(Z, "z", RootKind::FrameSlot, 1, 1);
  b.addRoot(Z, "global z", RootKind::Global);
  Snapshot s = b.finish();
  ASSERT_EQ(s.goroutines.size(), 2u);
  ASSERT_EQ(s.goroutines[1].frames.size(), 2u);  // synthesised frames 0 and 1
  DominatorTree d = computeDominators(s);
  EXPECT_EQ(d.goroutineRetained(0), 1048u);
  EXPECT_EQ(d.frameRetained(0, 0), 1048u);
  EXPECT_EQ(d.goroutineRetained(1), 0u);  // Z also held by a global
  EXPECT_EQ(d.dominatingGoroutine(s.findId(2)), 0);
  EXPECT_EQ(d.dominatingGoroutine(s.findId(3)), -1);
}

TEST(InspectDominators, LongChainDoesNotRecurse) {
  // A 300 000-long linked list: deep DFS / compression paths must not use
  // the C++ stack.
  const uint32_t n = 300000;
  SnapshotBuilder b;
  b.reserve(n, n);
  for (uint32_t i = 0; i < n; ++i) b.addNode(i + 1, ObjKind::Struct, "main.Node", 16);
  for (uint32_t i = 0; i + 1 < n; ++i) b.addEdge(i, i + 1, "next");
  b.addEdge(n - 1, 0, "next");  // and close the loop
  b.addRoot(0, "global head");
  Snapshot s = b.finish();
  DominatorTree d = computeDominators(s);
  EXPECT_EQ(d.retainedSize(0), 16ull * n);
  EXPECT_EQ(d.retainedSize(n - 1), 16u);
  EXPECT_EQ(d.dominatorObject(n - 1), n - 2);
  Digraph kids = dominatorChildren(d);
  EXPECT_EQ(kids.start[d.objectNode(0) + 1] - kids.start[d.objectNode(0)], 1u);
}

TEST(InspectDominators, UnreachableObjectsKeepShallowSize) {
  SnapshotBuilder b;
  uint32_t A = b.addNode(1, ObjKind::Struct, "main.A", 8);
  uint32_t B = b.addNode(2, ObjKind::Struct, "main.B", 16);
  b.addEdge(A, B, "b");
  b.addEdge(B, A, "a");
  Snapshot s = b.finish();
  DominatorTree d = computeDominators(s);
  EXPECT_FALSE(d.reachable(0));
  EXPECT_EQ(d.retainedSize(1), 16u);
  EXPECT_EQ(d.reachableBytes(), 0u);
}

}  // namespace
}  // namespace heapscope
