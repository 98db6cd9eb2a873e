// Snapshot queries and SnapshotBuilder (pure: no heap access here, so the
// analyses and their tests link without the live heap).
#include "inspect/snapshot.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace heapscope {

const char* rootKindName(RootKind k) {
  switch (k) {
    case RootKind::Global: return "global";
    case RootKind::FrameSlot: return "frame";
    case RootKind::VmTemp: return "vm";
    case RootKind::ChanWaiter: return "chan-waiter";
    case RootKind::Timer: return "timer";
    case RootKind::Context: return "context";
    case RootKind::Other: return "other";
  }
  return "other";
}

const char* kindWord(ObjKind k) {
  switch (k) {
    case ObjKind::String: return "string";
    case ObjKind::Array: return "array";
    case ObjKind::Slice: return "slice";
    case ObjKind::Struct: return "struct";
    case ObjKind::Map: return "map";
    case ObjKind::Box: return "interface";
    case ObjKind::Cell: return "cell";
    case ObjKind::Pointer: return "pointer";
    case ObjKind::Closure: return "closure";
    case ObjKind::Chan: return "chan";
    case ObjKind::Goroutine: return "goroutine";
    case ObjKind::Timer: return "timer";
    case ObjKind::Context: return "context";
    case ObjKind::Native: return "native";
    case ObjKind::Count: break;
  }
  return "native";
}

std::string Snapshot::siteName(uint32_t siteIndex) const {
  if (siteIndex == 0 || siteIndex >= sites.size() || sites[siteIndex].function == 0) return "(runtime)";
  const SnapshotSite& s = sites[siteIndex];
  return strings[s.function] + ":" + std::to_string(s.line);
}

NodeIndex Snapshot::findId(uint64_t objectId) const {
  auto it = std::lower_bound(id.begin(), id.end(), objectId);
  if (it == id.end() || *it != objectId) return kNoNode;
  return static_cast<NodeIndex>(it - id.begin());
}

Snapshot::Reverse Snapshot::reverse() const {
  Reverse r;
  size_t n = nodeCount(), m = edgeCount();
  r.start.assign(n + 1, 0);
  for (size_t e = 0; e < m; ++e) ++r.start[edgeTo[e] + 1];
  for (size_t i = 0; i < n; ++i) r.start[i + 1] += r.start[i];
  r.from.resize(m);
  r.edge.resize(m);
  std::vector<uint32_t> fill(r.start.begin(), r.start.end() - 1);
  for (size_t i = 0; i < n; ++i) {
    for (uint32_t e = edgeStart[i]; e < edgeStart[i + 1]; ++e) {
      uint32_t slot = fill[edgeTo[e]]++;
      r.from[slot] = static_cast<NodeIndex>(i);
      r.edge[slot] = e;
    }
  }
  return r;
}

uint64_t Snapshot::totalShallow() const {
  uint64_t t = 0;
  for (uint32_t s : shallow) t += s;
  return t;
}

// ---------------------------------------------------------------- builder

SnapshotBuilder::SnapshotBuilder() {
  resetStrings();
  snap_.sites.push_back(SnapshotSite{});
  snap_.previewStart.push_back(0);
}

namespace {

// Labels and type names are short: 8 bytes at a time through a 64-bit
// multiply-mix (same value on every target, wasm32 included).
uint32_t hashString(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  // The last 0-7 bytes one by one: a variable-length memcpy into a word
  // read right back stalls on store forwarding (half this function's time).
  uint64_t tail = 0;
  for (size_t k = 0; i + k < s.size(); ++k) tail |= uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 29;
  return static_cast<uint32_t>(h);
}

// "[123]" -> 123 for the canonical spelling only (no sign, no leading zero,
// at most 7 digits), so the index table and the hash table never hold the
// same string twice; -1 for anything else.
int32_t indexLabelValue(std::string_view s) {
  if (s.size() < 3 || s.size() > 9 || s.front() != '[' || s.back() != ']') return -1;
  if (s[1] == '0' && s.size() != 3) return -1;
  int32_t v = 0;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    const unsigned d = static_cast<unsigned char>(s[i]) - '0';
    if (d > 9) return -1;
    v = v * 10 + static_cast<int32_t>(d);
  }
  return v;
}

}  // namespace

void SnapshotBuilder::resetStrings() {
  snap_.strings.clear();
  snap_.strings.push_back("");  // index 0: never in the tables (intern("") == 0)
  stringSlots_.assign(64, 0);
  hashedStrings_ = 0;
  indexLabels_.clear();
  sparseIndexLabels_ = 0;
}

void SnapshotBuilder::growStringTable() {
  std::vector<uint64_t> slots(stringSlots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (uint64_t entry : stringSlots_) {
    if (!entry) continue;
    size_t i = static_cast<uint32_t>(entry >> 32) & mask;
    while (slots[i]) i = (i + 1) & mask;
    slots[i] = entry;
  }
  stringSlots_.swap(slots);
}

uint32_t SnapshotBuilder::internHashed(std::string_view s, bool insert) {
  const uint32_t h = hashString(s);
  const size_t mask = stringSlots_.size() - 1;
  size_t i = h & mask;
  // A slot holds (hash << 32) | (string index): most probes are decided
  // without touching the string.
  for (uint64_t entry; (entry = stringSlots_[i]) != 0; i = (i + 1) & mask) {
    const uint32_t idx = static_cast<uint32_t>(entry);
    if (static_cast<uint32_t>(entry >> 32) == h && snap_.strings[idx] == s) return idx;
  }
  if (!insert) return 0;
  const uint32_t idx = static_cast<uint32_t>(snap_.strings.size());
  snap_.strings.emplace_back(s);
  stringSlots_[i] = (static_cast<uint64_t>(h) << 32) | idx;
  if (++hashedStrings_ * 2 > stringSlots_.size()) growStringTable();  // load <= 1/2
  return idx;
}

uint32_t SnapshotBuilder::intern(std::string_view s) {
  if (s.empty()) return 0;
  // Array elements label every edge "[i]": a direct table by i, filled in
  // order as an array is walked, instead of hashing 100 000 distinct
  // strings. Only while dense (a lone map key "[9999999]" is hashed); the
  // table only grows, so a label once in it is never hashed.
  const int32_t k = indexLabelValue(s);
  const size_t i = static_cast<size_t>(k);
  if (k >= 0 && i < indexLabels_.size() * 2 + 4096) {
    if (i >= indexLabels_.size()) indexLabels_.resize(std::max(i + 1, indexLabels_.size() * 2), 0);
    if (!indexLabels_[i]) {
      // It may have been hashed while the table was smaller.
      uint32_t idx = sparseIndexLabels_ ? internHashed(s, false) : 0;
      if (!idx) {
        idx = static_cast<uint32_t>(snap_.strings.size());
        snap_.strings.emplace_back(s);
      }
      indexLabels_[i] = idx;
    }
    return indexLabels_[i];
  }
  const size_t before = snap_.strings.size();
  const uint32_t idx = internHashed(s, true);
  if (k >= 0 && snap_.strings.size() != before) ++sparseIndexLabels_;
  return idx;
}

uint32_t SnapshotBuilder::addSite(std::string_view function, int line) {
  snap_.sites.push_back(SnapshotSite{intern(function), line});
  return static_cast<uint32_t>(snap_.sites.size() - 1);
}

void SnapshotBuilder::reserve(size_t nodes, size_t edges) {
  snap_.id.reserve(nodes);
  snap_.kind.reserve(nodes);
  snap_.typeName.reserve(nodes);
  snap_.shallow.reserve(nodes);
  snap_.refcount.reserve(nodes);
  snap_.site.reserve(nodes);
  snap_.allocStep.reserve(nodes);
  snap_.previewStart.reserve(nodes + 1);
  snap_.previewChars.reserve(nodes * 8);
  edgeFrom_.reserve(edges);
  snap_.edgeTo.reserve(edges);
  snap_.edgeLabel.reserve(edges);
}

uint32_t SnapshotBuilder::addNode(uint64_t id, ObjKind kind, std::string_view typeName,
                                  uint32_t shallow, uint32_t refcount, uint32_t site,
                                  uint64_t allocStep, std::string_view preview) {
  snap_.id.push_back(id);
  snap_.kind.push_back(kind);
  snap_.typeName.push_back(intern(typeName));
  snap_.shallow.push_back(shallow);
  snap_.refcount.push_back(refcount);
  snap_.site.push_back(site < snap_.sites.size() ? site : 0);
  snap_.allocStep.push_back(allocStep);
  snap_.previewChars.append(preview);
  snap_.previewStart.push_back(static_cast<uint32_t>(snap_.previewChars.size()));
  return static_cast<uint32_t>(snap_.id.size() - 1);
}

uint32_t SnapshotBuilder::addNodeInterned(uint64_t id, ObjKind kind, uint32_t typeName, uint32_t shallow,
                                          uint32_t refcount, uint32_t site, uint64_t allocStep,
                                          std::string_view preview) {
  snap_.id.push_back(id);
  snap_.kind.push_back(kind);
  snap_.typeName.push_back(typeName < snap_.strings.size() ? typeName : 0);
  snap_.shallow.push_back(shallow);
  snap_.refcount.push_back(refcount);
  snap_.site.push_back(site < snap_.sites.size() ? site : 0);
  snap_.allocStep.push_back(allocStep);
  snap_.previewChars.append(preview);
  snap_.previewStart.push_back(static_cast<uint32_t>(snap_.previewChars.size()));
  return static_cast<uint32_t>(snap_.id.size() - 1);
}

void SnapshotBuilder::addEdge(uint32_t from, uint32_t to, std::string_view label) {
  edgeFrom_.push_back(from);
  snap_.edgeTo.push_back(to);
  snap_.edgeLabel.push_back(intern(label));
}

void SnapshotBuilder::addRoot(uint32_t node, std::string_view label, RootKind kind, int goroutine,
                              int frame) {
  SnapshotRoot r;
  r.node = node;
  r.label = intern(label);
  r.kind = kind;
  r.goroutine = goroutine;
  r.frame = goroutine >= 0 ? frame : -1;
  snap_.roots.push_back(r);
}

namespace {

template <typename T>
void permute(std::vector<T>& v, const std::vector<uint32_t>& order) {
  std::vector<T> out(v.size());
  for (size_t i = 0; i < order.size(); ++i) out[i] = v[order[i]];
  v.swap(out);
}

}  // namespace

Snapshot SnapshotBuilder::finish() {
  Snapshot& s = snap_;
  const size_t n = s.id.size();
  const size_t m = s.edgeTo.size();

  // 1. Node order: ascending id. `rank[old] = new`.
  bool ascending = std::is_sorted(s.id.begin(), s.id.end());
  std::vector<uint32_t> rank;
  if (!ascending) {
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    bool descending = std::is_sorted(s.id.rbegin(), s.id.rend());
    if (descending) {
      std::reverse(order.begin(), order.end());
    } else {
      std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return s.id[a] < s.id[b]; });
    }
    rank.assign(n, 0);
    for (uint32_t i = 0; i < n; ++i) rank[order[i]] = i;
    permute(s.id, order);
    permute(s.kind, order);
    permute(s.typeName, order);
    permute(s.shallow, order);
    permute(s.refcount, order);
    permute(s.site, order);
    permute(s.allocStep, order);
    std::string chars;
    chars.reserve(s.previewChars.size());
    std::vector<uint32_t> starts(n + 1);
    for (size_t i = 0; i < n; ++i) {
      starts[i] = static_cast<uint32_t>(chars.size());
      uint32_t o = order[i];
      chars.append(s.previewChars, s.previewStart[o], s.previewStart[o + 1] - s.previewStart[o]);
    }
    starts[n] = static_cast<uint32_t>(chars.size());
    s.previewChars.swap(chars);
    s.previewStart.swap(starts);
  }
  auto remap = [&](uint32_t x) -> uint32_t {
    if (x == kNoNode || x >= n) return kNoNode;
    return ascending ? x : rank[x];
  };

  // 2. Edges as CSR by (remapped) source, stable. Edges naming a node that
  // does not exist are dropped (they cannot be shown or analysed).
  std::vector<uint32_t> start(n + 1, 0);
  // The live capture adds nodes by ascending id and each node's edges
  // right after it: then the arrays already are CSR and only need offsets.
  bool csrAlready = ascending;
  for (size_t e = 0; e < m && csrAlready; ++e)
    csrAlready = edgeFrom_[e] < n && s.edgeTo[e] < n && (e == 0 || edgeFrom_[e - 1] <= edgeFrom_[e]);
  if (csrAlready) {
    for (size_t e = 0; e < m; ++e) ++start[edgeFrom_[e] + 1];
    for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    s.edgeStart.swap(start);
  } else {
    for (size_t e = 0; e < m; ++e) {
      uint32_t f = remap(edgeFrom_[e]);
      if (f != kNoNode && remap(s.edgeTo[e]) != kNoNode) ++start[f + 1];
    }
    for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    std::vector<NodeIndex> to(start[n]);
    std::vector<uint32_t> label(start[n]);
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (size_t e = 0; e < m; ++e) {
      uint32_t f = remap(edgeFrom_[e]);
      uint32_t t = remap(s.edgeTo[e]);
      if (f == kNoNode || t == kNoNode) continue;
      uint32_t slot = fill[f]++;
      to[slot] = t;
      label[slot] = s.edgeLabel[e];
    }
    s.edgeStart.swap(start);
    s.edgeTo.swap(to);
    s.edgeLabel.swap(label);
  }
  edgeFrom_.clear();
  edgeFrom_.shrink_to_fit();

  // 3. Roots and goroutines: remap node references; make sure every
  // goroutine/frame index a root names exists.
  std::vector<SnapshotRoot> roots;
  roots.reserve(s.roots.size());
  for (SnapshotRoot r : s.roots) {
    r.node = remap(r.node);
    if (r.node == kNoNode) continue;
    if (r.goroutine >= 0) {
      if (static_cast<size_t>(r.goroutine) >= s.goroutines.size()) s.goroutines.resize(r.goroutine + 1);
      auto& frames = s.goroutines[r.goroutine].frames;
      if (r.frame >= 0 && static_cast<size_t>(r.frame) >= frames.size()) frames.resize(r.frame + 1);
    }
    roots.push_back(r);
  }
  s.roots.swap(roots);
  for (SnapshotGoroutine& g : s.goroutines) {
    g.node = remap(g.node);
    for (NodeIndex& w : g.waitsOn) w = remap(w);
    g.waitsOn.erase(std::remove(g.waitsOn.begin(), g.waitsOn.end(), kNoNode), g.waitsOn.end());
    for (SnapshotFrame& f : g.frames)
      for (SnapshotLocal& l : f.locals) l.node = remap(l.node);
  }

  Snapshot out = std::move(snap_);
  snap_ = Snapshot{};
  resetStrings();
  snap_.sites.push_back(SnapshotSite{});
  snap_.previewStart.push_back(0);
  return out;
}

}  // namespace heapscope
