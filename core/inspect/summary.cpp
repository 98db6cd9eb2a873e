// Summary by type and by allocation site (summary.h).
#include "inspect/summary.h"

#include <algorithm>

namespace heapscope {

namespace {

// Per-node flag: true if no proper dominator-tree ancestor shares the
// node's group. One iterative preorder walk with per-group "open" counters.
std::vector<uint8_t> topmostInGroup(const Snapshot& s, const DominatorTree& d,
                                    const std::vector<uint32_t>& group, size_t groupCount) {
  const uint32_t total = static_cast<uint32_t>(d.idom.size());
  const uint32_t base = d.objectBase;
  std::vector<uint8_t> top(s.nodeCount(), 1);
  std::vector<uint32_t> start(total + 1, 0), child;
  for (uint32_t v = 1; v < total; ++v)
    if (d.idom[v] != kNoNode) ++start[d.idom[v] + 1];
  for (uint32_t v = 0; v < total; ++v) start[v + 1] += start[v];
  child.resize(start[total]);
  {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (uint32_t v = 1; v < total; ++v)
      if (d.idom[v] != kNoNode) child[fill[d.idom[v]]++] = v;
  }
  std::vector<uint32_t> open(groupCount, 0);
  // Stack entries: node, next child position. Entering an object node opens
  // its group; leaving closes it.
  std::vector<uint32_t> stackNode{0}, stackPos{start[0]};
  while (!stackNode.empty()) {
    uint32_t v = stackNode.back();
    uint32_t& pos = stackPos.back();
    if (pos < start[v + 1]) {
      uint32_t c = child[pos++];
      if (c >= base) {
        uint32_t gi = group[c - base];
        top[c - base] = open[gi] == 0;
        ++open[gi];
      }
      stackNode.push_back(c);
      stackPos.push_back(start[c]);
    } else {
      if (v >= base) --open[group[v - base]];
      stackNode.pop_back();
      stackPos.pop_back();
    }
  }
  return top;
}

// `group[i]` is node i's dense group (< groupCount); keys[g] is the string
// or site index that group g stands for.
std::vector<SummaryRow> groupBy(const Snapshot& s, const DominatorTree* d,
                                const std::vector<uint32_t>& group, const std::vector<uint32_t>& keys,
                                bool bySite) {
  const size_t groupCount = keys.size();
  std::vector<SummaryRow> rows(groupCount);
  std::vector<uint8_t> top;
  if (d) top = topmostInGroup(s, *d, group, groupCount);
  for (size_t i = 0; i < s.nodeCount(); ++i) {
    SummaryRow& r = rows[group[i]];
    ++r.count;
    r.shallow += s.shallow[i];
    if (d && top[i]) r.retained += d->retainedSize(static_cast<NodeIndex>(i));
  }
  // Rows in ascending key order, as when groups were the keys themselves:
  // the (unstable) sort below sees the same sequence, so ties come out as
  // they always did.
  std::vector<uint32_t> byKey(groupCount);
  for (uint32_t g = 0; g < groupCount; ++g) byKey[g] = g;
  std::sort(byKey.begin(), byKey.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  std::vector<SummaryRow> out;
  for (uint32_t g : byKey) {
    if (rows[g].count == 0) continue;
    rows[g].key = keys[g];
    rows[g].name = bySite ? s.siteName(keys[g]) : s.str(keys[g]);
    out.push_back(std::move(rows[g]));
  }
  std::sort(out.begin(), out.end(), [](const SummaryRow& a, const SummaryRow& b) {
    if (a.retained != b.retained) return a.retained > b.retained;
    if (a.shallow != b.shallow) return a.shallow > b.shallow;
    return a.name < b.name;
  });
  return out;
}

// Renumbers the values of `of` (each < limit) densely in first-seen order:
// the string table holds every edge label too (100 000 "[i]" for one big
// array) while a heap has a few dozen types, so rows are made per type
// actually used, not per string.
void denseGroups(const std::vector<uint32_t>& of, size_t limit, std::vector<uint32_t>& group,
                 std::vector<uint32_t>& keys) {
  std::vector<uint32_t> dense(limit, kNoNode);
  group.resize(of.size());
  keys.clear();
  for (size_t i = 0; i < of.size(); ++i) {
    uint32_t& g = dense[of[i]];
    if (g == kNoNode) {
      g = static_cast<uint32_t>(keys.size());
      keys.push_back(of[i]);
    }
    group[i] = g;
  }
}

}  // namespace

HeapSummary summarize(const Snapshot& s, const DominatorTree* d) {
  HeapSummary h;
  h.objects = s.nodeCount();
  h.shallow = s.totalShallow();
  std::vector<uint32_t> group, keys;
  denseGroups(s.typeName, s.strings.size(), group, keys);
  h.byType = groupBy(s, d, group, keys, false);
  denseGroups(s.site, s.sites.size(), group, keys);
  h.bySite = groupBy(s, d, group, keys, true);
  if (d) {
    for (size_t i = 0; i < s.nodeCount(); ++i) {
      if (d->reachable(static_cast<NodeIndex>(i))) continue;
      ++h.unreachableObjects;
      h.unreachableBytes += s.shallow[i];
    }
  }
  return h;
}

}  // namespace heapscope
