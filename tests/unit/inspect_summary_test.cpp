// Summaries by type and by allocation site (core/inspect/summary.h).
#include <gtest/gtest.h>

#include "inspect/summary.h"

namespace heapscope {
namespace {

const SummaryRow* row(const std::vector<SummaryRow>& rows, const std::string& name) {
  for (const SummaryRow& r : rows)
    if (r.name == name) return &r;
  return nullptr;
}

TEST(InspectSummary, CountsShallowAndNonOverlappingRetained) {
  // global list -> N1 -> N2 -> N3 (main.Node, 16 B each), each node -> a
  // []byte payload (40 B) -> [100]byte (100 B). Plus a garbage cycle.
  SnapshotBuilder b;
  uint32_t site = b.addSite("main.push", 9);
  uint32_t prev = kNoNode;
  uint64_t id = 1;
  for (int i = 0; i < 3; ++i) {
    uint32_t n = b.addNode(id++, ObjKind::Struct, "main.Node", 16, 1, site);
    uint32_t s = b.addNode(id++, ObjKind::Slice, "[]byte", 40, 1, site);
    uint32_t a = b.addNode(id++, ObjKind::Array, "[100]byte", 100);
    b.addEdge(n, s, "payload");
    b.addEdge(s, a, "array");
    if (prev == kNoNode) b.addRoot(n, "global list");
    else b.addEdge(prev, n, "next");
    prev = n;
  }
  uint32_t g1 = b.addNode(id++, ObjKind::Struct, "main.Node", 16);
  uint32_t g2 = b.addNode(id++, ObjKind::Struct, "main.Node", 16);
  b.addEdge(g1, g2, "next");
  b.addEdge(g2, g1, "next");
  Snapshot s = b.finish();
  DominatorTree d = computeDominators(s);
  HeapSummary h = summarize(s, &d);
  EXPECT_EQ(h.objects, 11u);
  EXPECT_EQ(h.shallow, 3u * 156 + 32);
  EXPECT_EQ(h.unreachableObjects, 2u);
  EXPECT_EQ(h.unreachableBytes, 32u);
  const SummaryRow* node = row(h.byType, "main.Node");
  ASSERT_NE(node, nullptr);
  EXPECT_EQ(node->count, 5u);
  EXPECT_EQ(node->shallow, 80u);
  // The list head retains all three nodes and payloads (468 B), counted
  // once; each garbage node counts its own 16 B.
  EXPECT_EQ(node->retained, 468u + 32u);
  const SummaryRow* bytes = row(h.byType, "[]byte");
  ASSERT_NE(bytes, nullptr);
  EXPECT_EQ(bytes->retained, 3u * 140);
  EXPECT_EQ(h.byType.front().name, "main.Node");  // sorted by retained
  const SummaryRow* push = row(h.bySite, "main.push:9");
  ASSERT_NE(push, nullptr);
  EXPECT_EQ(push->count, 6u);
  EXPECT_EQ(push->shallow, 3u * 56);
  EXPECT_EQ(push->retained, 468u);
  const SummaryRow* runtime = row(h.bySite, "(runtime)");
  ASSERT_NE(runtime, nullptr);
  EXPECT_EQ(runtime->count, 5u);
}

TEST(InspectSummary, WithoutDominatorsRetainedIsZero) {
  SnapshotBuilder b;
  b.addNode(1, ObjKind::String, "string", 20);
  b.addNode(2, ObjKind::String, "string", 30);
  Snapshot s = b.finish();
  HeapSummary h = summarize(s);
  ASSERT_EQ(h.byType.size(), 1u);
  EXPECT_EQ(h.byType[0].count, 2u);
  EXPECT_EQ(h.byType[0].shallow, 50u);
  EXPECT_EQ(h.byType[0].retained, 0u);
}

}  // namespace
}  // namespace heapscope
