// "Why is this alive?": the shortest retainer path from any root to an
// object, and reachability from the roots (whose complement is the
// uncollected garbage: in refcount-only mode, objects kept by cycles).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "inspect/snapshot.h"

namespace heapscope {

struct RetainerStep {
  NodeIndex node = kNoNode;  // the object reached by this step
  uint32_t label = 0;        // edge label (string index) leading to it; root label for step 0
};

struct RetainerPath {
  bool found = false;
  int root = -1;                    // index into Snapshot::roots
  std::vector<RetainerStep> steps;  // steps[0] = the root's target, back = the object
  // "global cache → map[\"k\"] → []byte"
  std::string text;
};

// BFS from every root at once (roots in Snapshot order, edges in CSR order,
// so ties resolve deterministically to the first root/edge). O(n + m).
RetainerPath shortestRetainerPath(const Snapshot& snap, NodeIndex target);

// Several shortest retainer paths through distinct direct retainers (the
// GUI's "retainers" list): up to `maxPaths` paths, each ending with a
// different last edge into `target`.
std::vector<RetainerPath> retainerPaths(const Snapshot& snap, NodeIndex target, size_t maxPaths);

// The same for several targets from one BFS (result i belongs to
// targets[i]): the holders of the objects blocked goroutines wait on
// (inspect/waits.h).
std::vector<std::vector<RetainerPath>> retainerPathsOf(const Snapshot& snap, const std::vector<NodeIndex>& targets,
                                                       size_t maxPaths);

// BFS distance from the roots per node (0 = a root's target), or -1.
std::vector<int32_t> rootDistances(const Snapshot& snap);

// Renders a path: the root label, then each hop as the container's short
// type word plus the edge label ("map[\"k\"]", "[3]", ".next"), then the
// target's type.
std::string renderRetainerPath(const Snapshot& snap, const RetainerPath& path);

}  // namespace heapscope
