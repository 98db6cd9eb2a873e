// Differences between two snapshots of one run, matched by stable object id
// (ids are never reused within a run), and growth detection across a series
// of periodic snapshots ("suspected leak": a site whose live count keeps
// rising).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "inspect/snapshot.h"

namespace heapscope {

struct GroupDelta {
  std::string name;  // "main.leaky:12" (by site) or "[]byte" (by type)
  uint64_t countBefore = 0, countAfter = 0;
  uint64_t bytesBefore = 0, bytesAfter = 0;
  uint64_t added = 0, freed = 0;  // objects new in `after` / gone since `before`
  int64_t countDelta() const { return static_cast<int64_t>(countAfter) - static_cast<int64_t>(countBefore); }
  int64_t bytesDelta() const { return static_cast<int64_t>(bytesAfter) - static_cast<int64_t>(bytesBefore); }
};

struct SnapshotDiff {
  std::vector<NodeIndex> added;    // nodes of `after` whose id is not in `before`
  std::vector<NodeIndex> freed;    // nodes of `before` whose id is not in `after`
  std::vector<NodeIndex> resized;  // nodes of `after` whose shallow size changed
  uint64_t addedBytes = 0, freedBytes = 0;
  // Groups with any change, sorted by bytes delta (largest growth first),
  // then count delta, then name.
  std::vector<GroupDelta> bySite;
  std::vector<GroupDelta> byType;
};

SnapshotDiff diffSnapshots(const Snapshot& before, const Snapshot& after);

struct GrowthOptions {
  size_t minSamples = 3;              // fewer samples: no verdict
  size_t window = 0;                  // only the last `window` samples (0 = all)
  uint64_t minGrowth = 3;             // live count must rise by at least this much
  double minRisingFraction = 0.6;     // share of intervals with a strict increase
  double maxDropFraction = 0.1;       // no interval may drop more than this share of the peak
};

struct SuspectedLeak {
  std::string site;                 // "main.leaky:12"
  std::vector<uint64_t> counts;     // live count per sample (window)
  std::vector<uint64_t> bytes;      // live shallow bytes per sample
  double slope = 0;                 // objects per sample (least squares)
  uint64_t growth = 0;              // last - first count
};

// Keeps only per-site live counts per sample, so the GUI can sample every N
// steps without holding full snapshots.
class GrowthTracker {
 public:
  void addSample(const Snapshot& snap);
  // The same from per-site totals (index = site; names[k] as
  // Snapshot::siteName gives it): what sampleHeapSites (heap_leaks.h) feeds
  // without building a snapshot.
  void addSiteCounts(const std::vector<std::string>& names, const std::vector<uint64_t>& count,
                     const std::vector<uint64_t>& bytes);
  // Keeps samples 0, 2, 4, ...: a sampler that doubles its interval keeps
  // evenly spaced samples in bounded memory.
  void dropOddSamples();
  size_t samples() const { return samples_; }
  // Suspects sorted by bytes growth (largest first).
  std::vector<SuspectedLeak> suspects(const GrowthOptions& options = {}) const;
  void clear() { series_.clear(); samples_ = 0; }

 private:
  struct Series { std::vector<uint64_t> counts, bytes; };
  std::map<std::string, Series> series_;
  size_t samples_ = 0;
};

std::vector<SuspectedLeak> detectGrowth(const std::vector<const Snapshot*>& series,
                                        const GrowthOptions& options = {});

}  // namespace heapscope
