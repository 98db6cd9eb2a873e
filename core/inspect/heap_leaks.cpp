// Heap leak report (heap_leaks.h). Deterministic: suspects come sorted by
// byte growth then name (GrowthTracker), the path is the BFS-shortest one
// from the roots in snapshot order, and the representative object of a site
// is its newest (highest id) reachable object: the one the latest iteration
// added, so the path shows where new entries go.
#include "inspect/heap_leaks.h"

#include <algorithm>

#include "inspect/garbage.h"
#include "inspect/retainers.h"

namespace heapscope {

std::string siteDisplayName(const std::string& siteName, const std::string& fileName) {
  auto colon = siteName.rfind(':');
  if (colon == std::string::npos || siteName == "(runtime)") return siteName;
  return siteName.substr(0, colon) + " " + fileName + siteName.substr(colon);
}

namespace {

// Newest object of the site, preferring reachable ones (an unreachable
// object has no retainer path to show).
NodeIndex newestOfSite(const Snapshot& snap, const std::string& site, const std::vector<int32_t>& dist) {
  NodeIndex best = kNoNode;
  for (size_t i = snap.nodeCount(); i-- > 0;) {
    if (snap.siteName(snap.site[i]) != site) continue;
    if (dist[i] >= 0) return static_cast<NodeIndex>(i);
    if (best == kNoNode) best = static_cast<NodeIndex>(i);
  }
  return best;
}

std::string describeCycle(const Snapshot& snap, const GarbageGroup& g, const std::string& fileName) {
  std::string out;
  const auto& c = g.cycle;
  for (size_t k = 0; k < c.size(); ++k) {
    NodeIndex from = c[k], to = c[(k + 1) % c.size()];
    if (k == 0) out += snap.typeOf(from) + " (" + siteDisplayName(snap.siteName(snap.site[from]), fileName) + ")";
    std::string label;
    for (uint32_t e = snap.edgeStart[from]; e < snap.edgeStart[from + 1]; ++e)
      if (snap.edgeTo[e] == to) {
        label = snap.str(snap.edgeLabel[e]);
        break;
      }
    out += " \xE2\x86\x92 ";
    if (!label.empty()) out += label + " \xE2\x86\x92 ";
    out += snap.typeOf(to);
  }
  return out;
}

}  // namespace

std::string heapLeakReport(const GrowthTracker& growth, const Snapshot& final,
                           const HeapLeakReportOptions& o) {
  std::string out;
  auto suspects = growth.suspects(o.growth);
  if (!suspects.empty()) {
    std::vector<int32_t> dist = rootDistances(final);
    out += "suspected heap leaks: " + std::to_string(suspects.size()) + " growing allocation site(s) over " +
           std::to_string(growth.samples()) + " samples\n";
    size_t shown = 0;
    for (const auto& s : suspects) {
      if (++shown > o.maxSites) {
        out += "  ... and " + std::to_string(suspects.size() - o.maxSites) + " more\n";
        break;
      }
      out += "  " + siteDisplayName(s.site, o.fileName) + ": live objects " + std::to_string(s.counts.front()) +
             " -> " + std::to_string(s.counts.back()) + ", bytes " + std::to_string(s.bytes.front()) + " -> " +
             std::to_string(s.bytes.back()) + "\n";
      NodeIndex n = newestOfSite(final, s.site, dist);
      if (n == kNoNode) continue;
      RetainerPath p = shortestRetainerPath(final, n);
      out += p.found ? "    retained by: " + renderRetainerPath(final, p) + "\n"
                     : "    unreachable: " + final.typeOf(n) + " kept alive only by a cycle\n";
    }
  }
  if (o.listCycles) {
    GarbageReport g = findUnreachable(final);
    size_t cyclic = 0;
    for (const auto& grp : g.groups) cyclic += grp.cyclic ? 1 : 0;
    if (cyclic) {
      out += "uncollected cycles (--gc=refcount-only): " + std::to_string(cyclic) + " group(s), " +
             std::to_string(g.objects) + " objects, " + std::to_string(g.bytes) + " bytes\n";
      size_t shown = 0;
      for (const auto& grp : g.groups) {
        if (!grp.cyclic) continue;
        if (++shown > o.maxCycles) break;
        out += "  " + std::to_string(grp.nodes.size()) + " objects, " + std::to_string(grp.bytes) +
               " bytes: " + describeCycle(final, grp, o.fileName) + "\n";
      }
    }
  }
  return out;
}

}  // namespace heapscope
