// Heap leak report (heap_leaks.h). Deterministic: suspects come sorted by
// byte growth then name (GrowthTracker), the path is the BFS-shortest one
// from the roots in snapshot order, and the representative object of a site
// is its newest (highest id) reachable object: the one the latest iteration
// added, so the path shows where new entries go.
#include "inspect/heap_leaks.h"

#include <algorithm>

#include "heap/heap.h"
#include "inspect/garbage.h"
#include "inspect/retainers.h"

namespace heapscope {

void sampleHeapSites(const Heap& heap, GrowthTracker& growth) {
  const auto& sites = heap.sites();
  std::vector<uint64_t> count(sites.size() + 1, 0), bytes(sites.size() + 1, 0);
  for (const Object* o = heap.firstObject(); o; o = o->next) {
    uint32_t s = o->site < sites.size() ? o->site : 0;
    ++count[s];
    bytes[s] += o->shallowSize;
  }
  std::vector<std::string> names(count.size());
  for (size_t k = 0; k < sites.size(); ++k) {
    if (!count[k]) continue;
    names[k] = (k == 0 || sites[k].function.empty()) ? "(runtime)"
                                                     : sites[k].function + ":" + std::to_string(sites[k].line);
  }
  growth.addSiteCounts(names, count, bytes);
}

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

// "a → .next → .next → .next → b" -> "a → .next ×3 → b": a leak through a
// long list stays one readable line.
std::string foldRepeatedHops(const std::string& path) {
  static const std::string kArrow = " \xE2\x86\x92 ";
  std::vector<std::string> hops;
  for (size_t at = 0;;) {
    size_t next = path.find(kArrow, at);
    hops.push_back(path.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) break;
    at = next + kArrow.size();
  }
  std::string out;
  for (size_t i = 0; i < hops.size();) {
    size_t run = 1;
    while (i + run < hops.size() && hops[i + run] == hops[i]) ++run;
    if (!out.empty()) out += kArrow;
    out += hops[i];
    if (run >= 3) {
      out += " \xC3\x97" + std::to_string(run);  // " ×N"
    } else {
      for (size_t k = 1; k < run; ++k) out += kArrow + hops[i];
    }
    i += run;
  }
  return out;
}

}  // namespace

std::string heapLeakReport(const GrowthTracker& growth, const Snapshot& final,
                           const HeapLeakReportOptions& o) {
  std::string out;
  auto suspects = growth.suspects(o.growth);
  // A site is reported only if what it allocated is still there at the end:
  // reachable (a real retainer path), or, in refcount-only mode, held by a
  // cycle. Objects freed by then, or garbage the cycle collector will free,
  // grew for a while but did not leak.
  std::vector<int32_t> dist;
  if (!suspects.empty()) dist = rootDistances(final);
  std::vector<std::pair<const SuspectedLeak*, NodeIndex>> kept;
  for (const auto& s : suspects) {
    NodeIndex n = newestOfSite(final, s.site, dist);
    if (n == kNoNode || (dist[n] < 0 && !o.listCycles)) continue;
    kept.emplace_back(&s, n);
  }
  if (!kept.empty()) {
    out += "suspected heap leaks: " + std::to_string(kept.size()) + " growing allocation site(s) over " +
           std::to_string(growth.samples()) + " samples\n";
    size_t shown = 0;
    for (const auto& [s, n] : kept) {
      if (++shown > o.maxSites) {
        out += "  ... and " + std::to_string(kept.size() - o.maxSites) + " more\n";
        break;
      }
      out += "  " + siteDisplayName(s->site, o.fileName) + ": live objects " + std::to_string(s->counts.front()) +
             " -> " + std::to_string(s->counts.back()) + ", bytes " + std::to_string(s->bytes.front()) + " -> " +
             std::to_string(s->bytes.back()) + "\n";
      RetainerPath p = shortestRetainerPath(final, n);
      out += p.found ? "    retained by: " + foldRepeatedHops(renderRetainerPath(final, p)) + "\n"
                     : "    unreachable: " + final.typeOf(n) + " kept alive only by a cycle\n";
    }
  }
  if (o.listCycles) {
    GarbageReport g = findUnreachable(final);
    // Identical cycles (one per loop iteration, typically) print once with
    // a count, in order of size.
    struct Kind { std::string text; size_t groups = 0; uint64_t objects = 0, bytes = 0; };
    std::vector<Kind> kinds;
    size_t cyclic = 0;
    for (const auto& grp : g.groups) {
      if (!grp.cyclic) continue;
      ++cyclic;
      std::string text = describeCycle(final, grp, o.fileName);
      auto it = std::find_if(kinds.begin(), kinds.end(), [&](const Kind& k) { return k.text == text; });
      if (it == kinds.end()) it = kinds.insert(kinds.end(), Kind{text});
      ++it->groups;
      it->objects += grp.nodes.size();
      it->bytes += grp.bytes;
    }
    if (cyclic) {
      out += "uncollected cycles (--gc=refcount-only): " + std::to_string(cyclic) + " group(s), " +
             std::to_string(g.objects) + " objects, " + std::to_string(g.bytes) + " bytes\n";
      size_t shown = 0;
      for (const auto& k : kinds) {
        if (++shown > o.maxCycles) {
          out += "  ... and " + std::to_string(kinds.size() - o.maxCycles) + " more kinds\n";
          break;
        }
        out += "  " + (k.groups > 1 ? std::to_string(k.groups) + " x " : std::string()) + "cycle: " + k.text +
               " (" + std::to_string(k.objects) + " objects, " + std::to_string(k.bytes) + " bytes)\n";
      }
    }
  }
  return out;
}

}  // namespace heapscope
