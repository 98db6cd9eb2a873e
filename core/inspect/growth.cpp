// Growth detection across periodic samples (diff.h: GrowthTracker).
//
// A site is a suspected leak when, over the window, its live count
//  - rose by at least minGrowth,
//  - rose strictly in at least minRisingFraction of the intervals,
//  - never dropped by more than maxDropFraction of its peak in one interval
//    (a cache that fills and is flushed is not a leak),
//  - has a positive least-squares slope.
#include <algorithm>

#include "inspect/diff.h"

namespace heapscope {

void GrowthTracker::addSample(const Snapshot& snap) {
  std::vector<uint64_t> count(snap.sites.size(), 0), bytes(snap.sites.size(), 0);
  for (size_t i = 0; i < snap.nodeCount(); ++i) {
    ++count[snap.site[i]];
    bytes[snap.site[i]] += snap.shallow[i];
  }
  std::vector<std::string> names(snap.sites.size());
  for (uint32_t k = 0; k < snap.sites.size(); ++k)
    if (count[k]) names[k] = snap.siteName(k);
  addSiteCounts(names, count, bytes);
}

void GrowthTracker::dropOddSamples() {
  for (auto& [name, s] : series_) {
    size_t kept = 0;
    for (size_t k = 0; k < s.counts.size(); k += 2, ++kept) {
      s.counts[kept] = s.counts[k];
      s.bytes[kept] = s.bytes[k];
    }
    s.counts.resize(kept);
    s.bytes.resize(kept);
  }
  samples_ = (samples_ + 1) / 2;
}

void GrowthTracker::addSiteCounts(const std::vector<std::string>& names, const std::vector<uint64_t>& count,
                                  const std::vector<uint64_t>& bytes) {
  // Sites absent from this sample (all freed) record 0.
  for (auto& [name, s] : series_) {
    s.counts.push_back(0);
    s.bytes.push_back(0);
  }
  for (size_t k = 0; k < count.size(); ++k) {
    if (!count[k]) continue;
    Series& s = series_[names[k]];
    if (s.counts.size() < samples_ + 1) {
      s.counts.resize(samples_ + 1, 0);
      s.bytes.resize(samples_ + 1, 0);
    }
    s.counts[samples_] += count[k];
    s.bytes[samples_] += bytes[k];
  }
  ++samples_;
}

std::vector<SuspectedLeak> GrowthTracker::suspects(const GrowthOptions& o) const {
  std::vector<SuspectedLeak> out;
  if (samples_ < std::max<size_t>(o.minSamples, 2)) return out;
  size_t from = (o.window && o.window < samples_) ? samples_ - o.window : 0;
  size_t n = samples_ - from;
  if (n < std::max<size_t>(o.minSamples, 2)) return out;
  for (const auto& [name, s] : series_) {
    std::vector<uint64_t> c(s.counts.begin() + from, s.counts.end());
    std::vector<uint64_t> b(s.bytes.begin() + from, s.bytes.end());
    if (c.back() < c.front() + o.minGrowth) continue;
    uint64_t peak = *std::max_element(c.begin(), c.end());
    size_t rising = 0;
    bool bigDrop = false;
    for (size_t k = 1; k < n; ++k) {
      if (c[k] > c[k - 1]) ++rising;
      if (c[k] < c[k - 1] && static_cast<double>(c[k - 1] - c[k]) > o.maxDropFraction * peak) bigDrop = true;
    }
    if (bigDrop || static_cast<double>(rising) < o.minRisingFraction * static_cast<double>(n - 1)) continue;
    double mx = (n - 1) / 2.0, my = 0;
    for (uint64_t v : c) my += static_cast<double>(v);
    my /= static_cast<double>(n);
    double sxy = 0, sxx = 0;
    for (size_t k = 0; k < n; ++k) {
      sxy += (k - mx) * (static_cast<double>(c[k]) - my);
      sxx += (k - mx) * (k - mx);
    }
    double slope = sxx > 0 ? sxy / sxx : 0;
    if (slope <= 0) continue;
    SuspectedLeak leak;
    leak.site = name;
    leak.counts = std::move(c);
    leak.bytes = std::move(b);
    leak.slope = slope;
    leak.growth = leak.counts.back() - leak.counts.front();
    out.push_back(std::move(leak));
  }
  std::sort(out.begin(), out.end(), [](const SuspectedLeak& x, const SuspectedLeak& y) {
    int64_t gx = static_cast<int64_t>(x.bytes.back()) - static_cast<int64_t>(x.bytes.front());
    int64_t gy = static_cast<int64_t>(y.bytes.back()) - static_cast<int64_t>(y.bytes.front());
    if (gx != gy) return gx > gy;
    return x.site < y.site;
  });
  return out;
}

std::vector<SuspectedLeak> detectGrowth(const std::vector<const Snapshot*>& series,
                                        const GrowthOptions& options) {
  GrowthTracker t;
  for (const Snapshot* s : series)
    if (s) t.addSample(*s);
  return t.suspects(options);
}

}  // namespace heapscope
