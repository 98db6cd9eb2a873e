// The heap half of `heapscope run --leaks` (the goroutine half is
// core/vm/leaks.cpp): allocation sites whose live count kept rising across
// periodic samples, each with the retainer path of its newest object ("why
// is it still alive?"), and, when the cycle collector is off
// (--gc=refcount-only), the cycles refcounting alone never frees.
#pragma once
#include <string>

#include "inspect/diff.h"
#include "inspect/snapshot.h"

namespace heapscope {

class Heap;

struct HeapLeakReportOptions {
  std::string fileName = "prog.go";  // sites print as "main.f prog.go:12"
  // Refcount-only mode (no cycle collector): report unreachable cycles, and
  // count growing sites whose objects only a cycle keeps as leaks (with the
  // collector on, unreachable objects are garbage not collected yet).
  bool listCycles = false;
  GrowthOptions growth;
  size_t maxSites = 5, maxCycles = 5;
};

// Text for stderr; empty when there is nothing to report (so a program
// without heap leaks keeps the goroutine report's output unchanged).
// `final` is a snapshot taken after the last sample (with edge labels).
std::string heapLeakReport(const GrowthTracker& growth, const Snapshot& final,
                           const HeapLeakReportOptions& options);

// One growth sample straight from the live heap: per-site live counts and
// bytes (one walk of the object list, no snapshot, no edges), named as
// Snapshot::siteName names them. What `run --leaks` samples periodically.
void sampleHeapSites(const Heap& heap, GrowthTracker& growth);

// "main.f:12" (Snapshot::siteName) -> "main.f prog.go:12"; "(runtime)" stays.
std::string siteDisplayName(const std::string& siteName, const std::string& fileName);

}  // namespace heapscope
