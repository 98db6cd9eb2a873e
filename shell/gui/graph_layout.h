// GraphLayout: which part of the heap the graph panel draws, and where.
//
// Roots sit in column 0; objects are layered by BFS depth from the shown
// roots (column = depth + 1), children placed next to their first parent.
// At most `maxObjects` objects are shown: the ones nearest the roots (at
// most a dozen children per object), plus the selection, its retainer path
// and its neighbours; the hidden objects a shown object points at collapse
// into one group node per (object, type) ("+9 800 more"), so 100 000
// objects still draw a few hundred shapes.
//
// Stable positions: a node keeps the position it got when it first appeared
// (or where the user dragged it) across captures, so a live heap never jumps;
// only new nodes are placed. reset() forgets all positions (re-layout).
//
// Built once per capture/selection change (O(objects + edges)); drawing
// reads nodes/edges only.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "heap_model.h"

namespace heapscope {

enum GraphNodeFlags : uint8_t {
  kGraphFresh = 1,          // new since the previous capture
  kGraphUnreachable = 2,    // alive but unreachable from every root
  kGraphGoroutineOwned = 4, // only a blocked goroutine keeps it
  kGraphMismatch = 8,       // refcount != counted referrers
  kGraphOnPath = 16,        // on the "why alive?" retainer path
  kGraphSelected = 32,
  kGraphRcMoved = 64,       // refcount differs from the previous capture
  kGraphChanged = 128,      // contents (value, a field's target) differ from the previous capture
};

struct GraphNode {
  // Freed: a ghost of an object freed since the previous pause (not in the
  // snapshot; `node` is kNoNode), drawn faded where it was.
  enum class Kind : uint8_t { Root, Object, Group, Freed } kind = Kind::Object;
  uint64_t key = 0;           // stable key for positions (object id, root/group hash)
  NodeIndex node = kNoNode;   // Object: the snapshot node; Group: one member
  std::string title, detail;  // two text lines
  uint32_t refcount = 0;      // Object: badge
  uint32_t refcountBefore = 0;  // Object with kGraphRcMoved: the previous capture's
  uint32_t count = 0;         // Group: how many objects
  uint32_t hiddenEdges = 0;   // Object: edges to shown objects not drawn (fan-out cap)
  uint8_t flags = 0;
  int layer = 0;
  float x = 0, y = 0, w = 0, h = 0;  // world coordinates
};

struct GraphEdge {
  int from = 0, to = 0;  // indices into GraphLayout::nodes
  std::string label;
  bool onPath = false;
  bool former = false;  // to a Freed ghost: the reference its referrer held at the previous pause
};

struct GraphLayout {
  static constexpr float kNodeW = 164, kNodeH = 42, kRootW = 132, kGapX = 56, kGapY = 14;

  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  std::unordered_map<uint64_t, int> byKey;         // key -> index into nodes
  std::unordered_map<uint64_t, std::pair<float, float>> positions;  // survives rebuilds
  size_t shownObjects = 0, totalObjects = 0;
  size_t shownFreed = 0;  // Freed ghost nodes
  uint64_t builtVersion = 0;  // HeapModel::version this was built from
  uint64_t builtSelection = 0;
  bool builtPath = false;
  size_t maxObjects = 150;
  bool showRuntimeRoots = false;  // string constants and standard-library globals

  void reset() { positions.clear(); }
  // Rebuilds nodes/edges from the model; `selected` is kNoNode or a node,
  // `path` the retainer path to highlight (root target first; may be empty)
  // and `pathRoot` its root (index into Snapshot::roots, -1 if none).
  void build(const HeapModel& model, NodeIndex selected, const std::vector<NodeIndex>& path, int pathRoot);
  int findObject(uint64_t id) const;  // index into nodes, -1 if not shown
  void moveNode(int index, float x, float y);  // user drag: pins the new position
};

uint64_t rootKey(std::string_view label);

}  // namespace heapscope
