// Heap summaries: objects grouped by Go type and by allocation site, with
// count, shallow bytes and retained bytes.
//
// A group's retained size counts each object whose dominator-tree ancestors
// contain no member of the same group (as Chrome DevTools does), so a
// linked list of 1000 nodes retains its bytes once, not 1000 times.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "inspect/dominators.h"
#include "inspect/snapshot.h"

namespace heapscope {

struct SummaryRow {
  std::string name;       // type name, or "function:line" for sites
  uint32_t key = 0;       // string index (by type) or site index (by site)
  uint64_t count = 0;
  uint64_t shallow = 0;
  uint64_t retained = 0;  // 0 when no dominator tree was given
};

struct HeapSummary {
  std::vector<SummaryRow> byType;  // sorted by retained, then shallow, then name
  std::vector<SummaryRow> bySite;
  uint64_t objects = 0, shallow = 0;
  uint64_t unreachableObjects = 0, unreachableBytes = 0;  // only with a dominator tree
};

HeapSummary summarize(const Snapshot& snap, const DominatorTree* dom = nullptr);

}  // namespace heapscope
