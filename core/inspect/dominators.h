// Dominator tree and retained sizes.
//
// An object X dominates Y when every path from the roots to Y passes through
// X; X's retained size is the sum of shallow sizes of the objects it
// dominates (itself included): what freeing X would free.
//
// The analysis runs on an augmented graph built from a Snapshot:
//   0                         the super-root
//   [goroutineBase, frameBase)  one node per goroutine (super-root -> it)
//   [frameBase, objectBase)     one node per frame (its goroutine -> it)
//   [objectBase, ...)           the snapshot's objects, in NodeIndex order
// Global / VM / timer roots hang off the super-root, frame slots off their
// frame node, other goroutine-owned roots off the goroutine node. So a
// goroutine's retained size is exactly what would be freed if that
// goroutine (with its stack) went away: the hook for goroutine-leak reports.
//
// Algorithm: Lengauer–Tarjan with path compression (O(m log n)), fully
// iterative (no recursion on user-sized data).
#pragma once
#include <cstdint>
#include <vector>

#include "inspect/snapshot.h"

namespace heapscope {

// A plain directed graph in CSR form (node i's successors are
// to[start[i] .. start[i+1])).
struct Digraph {
  std::vector<uint32_t> start{0};
  std::vector<uint32_t> to;
  size_t nodeCount() const { return start.size() - 1; }
};

// idom[v] for every node: idom[root] == root, kNoNode when v is unreachable
// from root.
std::vector<uint32_t> immediateDominators(const Digraph& g, uint32_t root);

struct DominatorTree {
  uint32_t goroutineBase = 1, frameBase = 1, objectBase = 1;
  std::vector<uint32_t> frameOffset;  // per goroutine: first frame node (augmented)
  std::vector<uint32_t> idom;         // augmented index -> augmented index (kNoNode = unreachable)
  std::vector<uint64_t> retained;     // augmented index -> retained bytes

  uint32_t objectNode(NodeIndex n) const { return objectBase + n; }
  bool reachable(NodeIndex n) const { return idom[objectBase + n] != kNoNode; }
  // Retained bytes of an object (its shallow size if unreachable from roots).
  uint64_t retainedSize(NodeIndex n) const { return retained[objectBase + n]; }
  // The immediate dominator as an object, or kNoNode when it is the
  // super-root, a goroutine or a frame (or n is unreachable).
  NodeIndex dominatorObject(NodeIndex n) const;
  // The goroutine whose stack alone keeps n alive, or -1.
  int dominatingGoroutine(NodeIndex n) const;
  uint64_t goroutineRetained(int g) const;      // stack + everything only it keeps
  uint64_t frameRetained(int g, int f) const;
  uint64_t reachableBytes() const { return retained.empty() ? 0 : retained[0]; }
};

// Builds the augmented graph described above (exposed for tests).
Digraph retentionGraph(const Snapshot& snap, DominatorTree& layout);
DominatorTree computeDominators(const Snapshot& snap);

// Children lists of the dominator tree over the augmented numbering (CSR),
// children sorted by decreasing retained size: for tree views.
Digraph dominatorChildren(const DominatorTree& tree);

}  // namespace heapscope
