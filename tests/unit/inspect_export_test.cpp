// Exports (core/inspect/export.h): JSON parses and round-trips the graph;
// .heapsnapshot is structurally what DevTools expects; DOT is bounded.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>

#include "inspect/export.h"
#include "inspect_test_util.h"

namespace heapscope {
namespace {

using testutil::Json;
using testutil::parseJson;

Snapshot sampleSnapshot() {
  SnapshotBuilder b;
  uint32_t site = b.addSite("main.leaky", 12);
  uint32_t m = b.addNode(1, ObjKind::Map, "map[string][]byte", 64, 1, site, 3, "len=1");
  uint32_t sl = b.addNode(2, ObjKind::Slice, "[]byte", 40, 1, site, 4, "len=2 cap=2");
  uint32_t arr = b.addNode(3, ObjKind::Array, "[2]*main.T", 32, 1, site, 4, "len=2");
  uint32_t str = b.addNode(4, ObjKind::String, "string", 22, 2, 0, 5, "quote\" back\\ nl\n \x01 bad\xff end");
  uint32_t t = b.addNode(5, ObjKind::Struct, "main.T", 24, 1, site, 6);
  uint32_t g1 = b.addNode(6, ObjKind::Struct, "main.T", 24, 1, site, 7);  // garbage cycle
  uint32_t g2 = b.addNode(7, ObjKind::Struct, "main.T", 24, 1, site, 8);
  uint32_t gor = b.addNode(8, ObjKind::Goroutine, "", 300, 1, 0, 1);
  b.addEdge(m, sl, "[\"k\"]");
  b.addEdge(sl, arr, "array");
  b.addEdge(arr, t, "[1]");
  b.addEdge(t, str, "name");
  b.addEdge(g1, g2, "next");
  b.addEdge(g2, g1, "next");
  b.addEdge(g2, str, "name");
  SnapshotGoroutine g;
  g.goid = 1;
  g.state = b.intern("running");
  g.startFunction = b.intern("main.main");
  g.node = gor;
  SnapshotFrame f;
  f.function = b.intern("main.main");
  f.line = 9;
  f.locals.push_back(SnapshotLocal{b.intern("t"), b.intern("*main.T"), b.intern("&{...}"), t});
  g.frames.push_back(f);
  b.addGoroutine(g);
  b.addRoot(m, "global cache", RootKind::Global);
  b.addRoot(t, "t", RootKind::FrameSlot, 0, 0);
  b.addRoot(str, "chan buffer", RootKind::ChanWaiter);
  b.setStep(1234);
  return b.finish();
}

TEST(InspectExport, JsonParsesAndRoundTrips) {
  Snapshot s = sampleSnapshot();
  DominatorTree d = computeDominators(s);
  std::string text = exportJson(s, &d);
  Json j;
  std::string err;
  ASSERT_TRUE(parseJson(text, j, &err)) << err;
  EXPECT_EQ(j["format"].str, "heapscope-snapshot");
  EXPECT_EQ(j["version"].num, 1);
  EXPECT_EQ(j["step"].num, 1234);
  const Json& objs = j["objects"];
  ASSERT_EQ(objs.arr.size(), s.nodeCount());
  size_t edges = 0;
  for (size_t i = 0; i < objs.arr.size(); ++i) {
    const Json& o = objs.arr[i];
    EXPECT_EQ(o["id"].num, static_cast<double>(s.id[i]));
    EXPECT_EQ(o["type"].str, s.typeOf(static_cast<NodeIndex>(i)));
    EXPECT_EQ(o["size"].num, s.shallow[i]);
    EXPECT_EQ(o["retained"].num, static_cast<double>(d.retainedSize(static_cast<NodeIndex>(i))));
    for (const Json& e : o["edges"].arr) {
      NodeIndex to = s.findId(static_cast<uint64_t>(e["to"].num));
      ASSERT_NE(to, kNoNode);
      ++edges;
    }
  }
  EXPECT_EQ(edges, s.edgeCount());
  // the string's bytes survive (invalid UTF-8 replaced by U+FFFD)
  EXPECT_EQ(objs.arr[3]["preview"].str, "quote\" back\\ nl\n \x01 bad\xEF\xBF\xBD end");
  EXPECT_EQ(objs.arr[1]["dominator"].num, 1);
  EXPECT_EQ(objs.arr[5]["reachable"].b, false);
  EXPECT_EQ(j["sites"].arr[1]["function"].str, "main.leaky");
  EXPECT_EQ(j["roots"].arr.size(), 3u);
  EXPECT_EQ(j["roots"].arr[1]["kind"].str, "frame");
  const Json& gs = j["goroutines"];
  ASSERT_EQ(gs.arr.size(), 1u);
  EXPECT_EQ(gs.arr[0]["frames"].arr[0]["locals"].arr[0]["object"].num, 5);
  EXPECT_EQ(gs.arr[0]["object"].num, 8);
  EXPECT_EQ(gs.arr[0]["retained"].num, static_cast<double>(d.goroutineRetained(0)));
  // without dominators: no retained field
  Json j2;
  ASSERT_TRUE(parseJson(exportJson(s), j2, &err)) << err;
  EXPECT_EQ(j2["objects"].arr[0].get("retained"), nullptr);
}

TEST(InspectExport, HeapSnapshotIsWellFormed) {
  Snapshot s = sampleSnapshot();
  std::string text = exportHeapSnapshot(s);
  Json j;
  std::string err;
  ASSERT_TRUE(parseJson(text, j, &err)) << err;
  const Json& meta = j["snapshot"]["meta"];
  ASSERT_EQ(meta["node_fields"].arr.size(), 7u);
  EXPECT_EQ(meta["node_fields"].arr[6].str, "detachedness");
  EXPECT_EQ(meta["edge_fields"].arr.size(), 3u);
  const size_t nodeCount = static_cast<size_t>(j["snapshot"]["node_count"].num);
  const size_t edgeCount = static_cast<size_t>(j["snapshot"]["edge_count"].num);
  const auto& nodes = j["nodes"].arr;
  const auto& edges = j["edges"].arr;
  const auto& strings = j["strings"].arr;
  ASSERT_EQ(nodes.size(), nodeCount * 7);
  ASSERT_EQ(edges.size(), edgeCount * 3);
  // root(1) + globals + runtime + 1 goroutine + 1 frame + unreachable + 8 objects
  EXPECT_EQ(nodeCount, 6u + s.nodeCount());
  const auto& nodeTypes = meta["node_types"].arr[0].arr;
  const auto& edgeTypes = meta["edge_types"].arr[0].arr;
  EXPECT_EQ(nodeTypes[static_cast<size_t>(nodes[0].num)].str, "synthetic");
  EXPECT_EQ(nodes[2].num, 1);  // root id
  size_t edgeSum = 0;
  std::set<double> ids;
  for (size_t n = 0; n < nodeCount; ++n) {
    ASSERT_LT(nodes[n * 7 + 1].num, strings.size());
    ids.insert(nodes[n * 7 + 2].num);
    edgeSum += static_cast<size_t>(nodes[n * 7 + 4].num);
  }
  EXPECT_EQ(ids.size(), nodeCount);  // unique ids
  EXPECT_EQ(edgeSum, edgeCount);
  std::set<std::string> edgeKinds;
  for (size_t e = 0; e < edgeCount; ++e) {
    const std::string& type = edgeTypes[static_cast<size_t>(edges[e * 3].num)].str;
    edgeKinds.insert(type);
    double to = edges[e * 3 + 2].num;
    ASSERT_EQ(static_cast<size_t>(to) % 7, 0u);
    ASSERT_LT(to, nodes.size());
    if (type != "element" && type != "hidden") ASSERT_LT(edges[e * 3 + 1].num, strings.size());
  }
  EXPECT_TRUE(edgeKinds.count("element"));   // "[1]"
  EXPECT_TRUE(edgeKinds.count("property"));  // "name", root labels
  EXPECT_TRUE(edgeKinds.count("internal"));  // ["k"]
  EXPECT_TRUE(edgeKinds.count("hidden"));    // (unreachable) -> garbage
  // The string object node is named by its contents; the map by its type.
  bool sawMap = false, sawString = false;
  for (size_t n = 0; n < nodeCount; ++n) {
    const std::string& name = strings[static_cast<size_t>(nodes[n * 7 + 1].num)].str;
    double id = nodes[n * 7 + 2].num;
    if (id == 2 * 1 + 1) { sawMap = true; EXPECT_EQ(name, "map[string][]byte"); EXPECT_EQ(nodes[n * 7 + 3].num, 64); }
    if (id == 2 * 4 + 1) { sawString = true; EXPECT_EQ(nodeTypes[static_cast<size_t>(nodes[n * 7].num)].str, "string"); }
  }
  EXPECT_TRUE(sawMap);
  EXPECT_TRUE(sawString);
  // Every node reachable from the root (garbage via "(unreachable)").
  std::vector<size_t> firstEdge(nodeCount + 1, 0);
  for (size_t n = 0; n < nodeCount; ++n) firstEdge[n + 1] = firstEdge[n] + static_cast<size_t>(nodes[n * 7 + 4].num);
  std::vector<uint8_t> seen(nodeCount, 0);
  std::vector<size_t> st{0};
  seen[0] = 1;
  while (!st.empty()) {
    size_t v = st.back();
    st.pop_back();
    for (size_t e = firstEdge[v]; e < firstEdge[v + 1]; ++e) {
      size_t w = static_cast<size_t>(edges[e * 3 + 2].num) / 7;
      if (!seen[w]) { seen[w] = 1; st.push_back(w); }
    }
  }
  for (size_t n = 0; n < nodeCount; ++n) EXPECT_TRUE(seen[n]) << "node " << n;
}

TEST(InspectExport, DotIsBoundedAndMarksGarbage) {
  Snapshot s = sampleSnapshot();
  std::string dot = exportDot(s);
  EXPECT_EQ(dot.rfind("digraph heap {", 0), 0u);
  EXPECT_NE(dot.find("n1 -> n2 [label=\"[\\\"k\\\"]\"]"), std::string::npos) << dot;
  EXPECT_NE(dot.find("n6 [label="), std::string::npos);
  EXPECT_NE(dot.find("color=red"), std::string::npos);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  DotOptions o;
  o.focus = {s.findId(5)};
  o.maxNodes = 2;
  std::string small = exportDot(s, o);
  EXPECT_NE(small.find("style=bold"), std::string::npos);
  EXPECT_EQ(small.find("n1 [label="), std::string::npos);  // the map is 3 hops away
}

TEST(InspectExport, JsonStringEscaping) {
  std::string out;
  appendJsonString(out, std::string("a\0b\x7f\xe2\x82\xac\xed\xa0\x80", 10));
  EXPECT_EQ(out, "\"a\\u0000b\\u007f\xe2\x82\xac\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

}  // namespace
}  // namespace heapscope

namespace heapscope {
namespace {

// For the independent npm check (tests/inspect_heapsnapshot/check.js): when
// HS_INSPECT_EXPORT_DIR is set, writes sample.heapsnapshot + sample.json
// (a random graph with goroutines, frames and garbage cycles) there.
TEST(InspectExport, WritesSampleFilesForNpmCheck) {
  const char* dir = std::getenv("HS_INSPECT_EXPORT_DIR");
  Snapshot s = testutil::randomSnapshot(7, 2000, 5000, 40, true);
  DominatorTree d = computeDominators(s);
  std::string hs = exportHeapSnapshot(s);
  std::string js = exportJson(s, &d);
  Json j;
  std::string err;
  ASSERT_TRUE(parseJson(hs, j, &err)) << err;
  ASSERT_TRUE(parseJson(js, j, &err)) << err;
  if (!dir) return;  // validation above still ran
  std::ofstream(std::string(dir) + "/sample.heapsnapshot", std::ios::binary) << hs;
  std::ofstream(std::string(dir) + "/sample.json", std::ios::binary) << js;
}

}  // namespace
}  // namespace heapscope
