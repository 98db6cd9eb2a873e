// Snapshot diff by stable id (diff.h). Both snapshots are sorted by id, so
// matching is one linear merge.
#include "inspect/diff.h"

#include <algorithm>
#include <unordered_map>

namespace heapscope {

namespace {

struct GroupTable {
  std::unordered_map<std::string, GroupDelta> rows;
  GroupDelta& at(const std::string& name) {
    GroupDelta& g = rows[name];
    if (g.name.empty()) g.name = name;
    return g;
  }
  std::vector<GroupDelta> sorted() {
    std::vector<GroupDelta> out;
    for (auto& [k, g] : rows)
      if (g.added || g.freed || g.bytesBefore != g.bytesAfter) out.push_back(std::move(g));
    std::sort(out.begin(), out.end(), [](const GroupDelta& a, const GroupDelta& b) {
      if (a.bytesDelta() != b.bytesDelta()) return a.bytesDelta() > b.bytesDelta();
      if (a.countDelta() != b.countDelta()) return a.countDelta() > b.countDelta();
      return a.name < b.name;
    });
    return out;
  }
};

}  // namespace

SnapshotDiff diffSnapshots(const Snapshot& a, const Snapshot& b) {
  SnapshotDiff d;
  GroupTable sites, types;
  // Names are resolved once per site / type index of each snapshot.
  std::vector<std::string> aSite(a.sites.size()), bSite(b.sites.size());
  for (uint32_t i = 0; i < a.sites.size(); ++i) aSite[i] = a.siteName(i);
  for (uint32_t i = 0; i < b.sites.size(); ++i) bSite[i] = b.siteName(i);
  std::vector<GroupDelta*> aSiteRow(a.sites.size()), bSiteRow(b.sites.size());
  std::vector<GroupDelta*> aTypeRow(a.strings.size(), nullptr), bTypeRow(b.strings.size(), nullptr);
  auto siteRowA = [&](NodeIndex i) -> GroupDelta& {
    uint32_t s = a.site[i];
    if (!aSiteRow[s]) aSiteRow[s] = &sites.at(aSite[s]);
    return *aSiteRow[s];
  };
  auto siteRowB = [&](NodeIndex i) -> GroupDelta& {
    uint32_t s = b.site[i];
    if (!bSiteRow[s]) bSiteRow[s] = &sites.at(bSite[s]);
    return *bSiteRow[s];
  };
  auto typeRowA = [&](NodeIndex i) -> GroupDelta& {
    uint32_t t = a.typeName[i];
    if (!aTypeRow[t]) aTypeRow[t] = &types.at(a.str(t));
    return *aTypeRow[t];
  };
  auto typeRowB = [&](NodeIndex i) -> GroupDelta& {
    uint32_t t = b.typeName[i];
    if (!bTypeRow[t]) bTypeRow[t] = &types.at(b.str(t));
    return *bTypeRow[t];
  };
  // unordered_map references stay valid across inserts (node-based).
  for (NodeIndex i = 0; i < a.nodeCount(); ++i) {
    GroupDelta& s = siteRowA(i);
    ++s.countBefore;
    s.bytesBefore += a.shallow[i];
    GroupDelta& t = typeRowA(i);
    ++t.countBefore;
    t.bytesBefore += a.shallow[i];
  }
  for (NodeIndex i = 0; i < b.nodeCount(); ++i) {
    GroupDelta& s = siteRowB(i);
    ++s.countAfter;
    s.bytesAfter += b.shallow[i];
    GroupDelta& t = typeRowB(i);
    ++t.countAfter;
    t.bytesAfter += b.shallow[i];
  }
  size_t i = 0, j = 0;
  while (i < a.nodeCount() || j < b.nodeCount()) {
    if (j >= b.nodeCount() || (i < a.nodeCount() && a.id[i] < b.id[j])) {
      d.freed.push_back(static_cast<NodeIndex>(i));
      d.freedBytes += a.shallow[i];
      ++siteRowA(static_cast<NodeIndex>(i)).freed;
      ++typeRowA(static_cast<NodeIndex>(i)).freed;
      ++i;
    } else if (i >= a.nodeCount() || b.id[j] < a.id[i]) {
      d.added.push_back(static_cast<NodeIndex>(j));
      d.addedBytes += b.shallow[j];
      ++siteRowB(static_cast<NodeIndex>(j)).added;
      ++typeRowB(static_cast<NodeIndex>(j)).added;
      ++j;
    } else {
      if (a.shallow[i] != b.shallow[j]) d.resized.push_back(static_cast<NodeIndex>(j));
      ++i;
      ++j;
    }
  }
  d.bySite = sites.sorted();
  d.byType = types.sorted();
  return d;
}

}  // namespace heapscope
