// The GUI's heap model and graph layout (shell/gui/heap_model.h,
// graph_layout.h) on synthetic snapshots: object queries, leak hints,
// which objects the graph shows, stable positions, the highlighted path.
#ifdef HS_HAVE_GUI_MODEL
#include <gtest/gtest.h>

#include "graph_layout.h"
#include "heap_model.h"
#include "inspect/retainers.h"

namespace heapscope {
namespace {

// global main.header -> []uint8 slice (len 4) -> [1048576]uint8 array,
// plus a frame local holding the same array through a second slice.
Snapshot pinSnapshot() {
  SnapshotBuilder b;
  uint32_t site = b.addSite("main.load", 10);
  uint32_t header = b.addNode(21, ObjKind::Slice, "[]uint8", 96, 1, 0, 5, "len=4 cap=1048576");
  uint32_t array = b.addNode(19, ObjKind::Array, "[]uint8", 1048656, 2, site, 3, "len=1048576");
  uint32_t buf = b.addNode(20, ObjKind::Slice, "[]uint8", 96, 1, site, 3, "len=1048576 cap=1048576");
  b.addEdge(header, array, "array");
  b.addEdge(buf, array, "array");
  b.addRoot(header, "global main.header", RootKind::Global);
  b.addRoot(buf, "goroutine 1 main.main frame: buf", RootKind::FrameSlot, 0, 0);
  SnapshotGoroutine g;
  g.goid = 1;
  g.state = b.intern("running");
  g.frames.push_back(SnapshotFrame{b.intern("main.main"), 21, {}});
  b.addGoroutine(g);
  return b.finish();
}

TEST(GuiModel, QueriesPickTheBiggestMatch) {
  HeapModel m;
  m.setSnapshot(pinSnapshot());
  NodeIndex byType = m.findByQuery("[]byte");  // byte spelled as Go prints it: uint8
  ASSERT_NE(byType, kNoNode);
  EXPECT_EQ(m.snap->id[byType], 19u);  // the array retains the most
  EXPECT_EQ(m.displayType(byType), "[1048576]uint8");
  EXPECT_EQ(m.snap->id[m.findByQuery("#20")], 20u);
  EXPECT_EQ(m.snap->id[m.findByQuery("main.load:10")], 19u);
  EXPECT_EQ(m.snap->id[m.findByQuery("main.load")], 19u);
  EXPECT_EQ(m.findByQuery("main.nothing"), kNoNode);
  EXPECT_EQ(m.findByQuery("#999"), kNoNode);
}

TEST(GuiModel, FindsPinnedArraysAndCountsReferrers) {
  HeapModel m;
  m.setSnapshot(pinSnapshot());
  ASSERT_EQ(m.pins.size(), 1u);
  EXPECT_EQ(m.snap->id[m.pins[0].slice], 21u);
  EXPECT_EQ(m.snap->id[m.pins[0].array], 19u);
  EXPECT_EQ(m.mismatches, 0u);  // every refcount equals its referrers here
  EXPECT_EQ(m.referrers[m.snap->findId(19)], 2u);
}

TEST(GuiModel, FreshMarksObjectsNewSinceThePreviousCapture) {
  HeapModel m;
  m.setSnapshot(pinSnapshot());
  SnapshotBuilder b;
  uint32_t a = b.addNode(19, ObjKind::Array, "[]uint8", 100, 1, 0, 0, "len=100");
  uint32_t c = b.addNode(30, ObjKind::String, "string", 20, 1);
  b.addRoot(a, "global main.a");
  b.addRoot(c, "global main.c");
  m.setSnapshot(b.finish());
  EXPECT_EQ(m.fresh[m.snap->findId(19)], 0);
  EXPECT_EQ(m.fresh[m.snap->findId(30)], 1);
  EXPECT_EQ(m.history.size(), 2u);
}

TEST(GuiLayout, PathIsHighlightedAndPositionsStayPut) {
  HeapModel m;
  m.setSnapshot(pinSnapshot());
  NodeIndex array = m.snap->findId(19);
  RetainerPath path = shortestRetainerPath(*m.snap, array);
  ASSERT_TRUE(path.found);
  std::vector<NodeIndex> nodes;
  for (const RetainerStep& s : path.steps) nodes.push_back(s.node);
  GraphLayout layout;
  layout.build(m, array, nodes, path.root);
  ASSERT_GE(layout.findObject(19), 0);
  size_t onPath = 0, pathEdges = 0;
  for (const GraphNode& g : layout.nodes)
    if (g.flags & kGraphOnPath) ++onPath;
  for (const GraphEdge& e : layout.edges)
    if (e.onPath) ++pathEdges;
  EXPECT_EQ(onPath, 3u);  // root main.header, the slice, the array
  EXPECT_EQ(pathEdges, 2u);
  // Roots in column 0, the array two columns further right.
  const GraphNode& arrayNode = layout.nodes[static_cast<size_t>(layout.findObject(19))];
  EXPECT_EQ(arrayNode.layer, 2);

  // A user drag pins a node; a rebuild on a new capture keeps it there.
  layout.moveNode(layout.findObject(19), 999, 555);
  m.setSnapshot(pinSnapshot());
  layout.build(m, kNoNode, {}, -1);
  const GraphNode& again = layout.nodes[static_cast<size_t>(layout.findObject(19))];
  EXPECT_EQ(again.x, 999);
  EXPECT_EQ(again.y, 555);
}

TEST(GuiLayout, BigFanOutCollapsesIntoAGroup) {
  SnapshotBuilder b;
  uint32_t map = b.addNode(1, ObjKind::Map, "map[int]*main.T", 64, 1, 0, 0, "len=500");
  b.addRoot(map, "global main.cache");
  for (uint32_t i = 0; i < 500; ++i) {
    uint32_t v = b.addNode(10 + i, ObjKind::Struct, "main.T", 32, 1);
    b.addEdge(map, v, "[" + std::to_string(i) + "]");
  }
  HeapModel m;
  m.setSnapshot(b.finish());
  GraphLayout layout;
  layout.build(m, kNoNode, {}, -1);
  EXPECT_LT(layout.shownObjects, 20u);  // the map and a dozen entries
  const GraphNode* group = nullptr;
  for (const GraphNode& g : layout.nodes)
    if (g.kind == GraphNode::Kind::Group) group = &g;
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->count + layout.shownObjects, 501u);
  // String constants and standard-library globals are hidden unless asked for.
  EXPECT_EQ(layout.nodes[0].kind, GraphNode::Kind::Root);
}

}  // namespace
}  // namespace heapscope
#endif  // HS_HAVE_GUI_MODEL
