// Objects alive in the heap but unreachable from every root. With the cycle
// collector on they are cycles not yet collected; in refcount-only mode
// (--gc=refcount-only) they are leaked cycles and everything they hold.
// Also: per-goroutine retention, the hook for goroutine-leak reports.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "inspect/dominators.h"
#include "inspect/snapshot.h"

namespace heapscope {

struct GarbageGroup {
  std::vector<NodeIndex> nodes;  // ascending
  uint64_t bytes = 0;
  bool cyclic = false;           // contains a directed cycle (what keeps it from being freed)
  std::vector<NodeIndex> cycle;  // one directed cycle in the group, if cyclic
};

struct GarbageReport {
  std::vector<GarbageGroup> groups;  // weakly connected components, largest bytes first
  uint64_t objects = 0, bytes = 0;
};

GarbageReport findUnreachable(const Snapshot& snap);

struct GoroutineRetention {
  int goroutine = -1;       // index into Snapshot::goroutines
  uint64_t goid = 0;
  std::string state;
  uint64_t retained = 0;    // bytes freed if the goroutine (and its stack) went away
  std::vector<uint64_t> frameRetained;  // per frame, [0] = innermost
};

// Sorted by retained bytes, largest first.
std::vector<GoroutineRetention> goroutineRetention(const Snapshot& snap, const DominatorTree& dom);

}  // namespace heapscope
