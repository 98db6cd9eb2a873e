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

struct HeapLeakReportOptions {
  std::string fileName = "prog.go";  // sites print as "main.f prog.go:12"
  bool listCycles = false;           // refcount-only mode: report unreachable cycles
  GrowthOptions growth;
  size_t maxSites = 5, maxCycles = 5;
};

// Text for stderr; empty when there is nothing to report (so a program
// without heap leaks keeps the goroutine report's output unchanged).
// `final` is a snapshot taken after the last sample (with edge labels).
std::string heapLeakReport(const GrowthTracker& growth, const Snapshot& final,
                           const HeapLeakReportOptions& options);

// "main.f:12" (Snapshot::siteName) -> "main.f prog.go:12"; "(runtime)" stays.
std::string siteDisplayName(const std::string& siteName, const std::string& fileName);

}  // namespace heapscope
