// Shortest retainer paths by multi-source BFS from the roots (retainers.h).
#include "inspect/retainers.h"

#include <algorithm>
#include <unordered_map>

namespace heapscope {

namespace {

// BFS over the forward edges. parentEdge[v] = edge index that first reached
// v, or kRootMark + root index for a root's target.
constexpr uint32_t kUnseen = 0xFFFFFFFFu;
constexpr uint32_t kRootMark = 0x80000000u;

struct Bfs {
  std::vector<uint32_t> via;      // per node: edge index, or kRootMark|root, or kUnseen
  std::vector<NodeIndex> from;    // per node: the BFS parent (kNoNode for roots)
  std::vector<int32_t> dist;
};

Bfs bfsFromRoots(const Snapshot& s, NodeIndex stopAt = kNoNode) {
  Bfs b;
  const size_t n = s.nodeCount();
  b.via.assign(n, kUnseen);
  b.from.assign(n, kNoNode);
  b.dist.assign(n, -1);
  std::vector<NodeIndex> queue;
  queue.reserve(1024);
  for (size_t r = 0; r < s.roots.size(); ++r) {
    NodeIndex v = s.roots[r].node;
    if (b.via[v] != kUnseen) continue;
    b.via[v] = kRootMark | static_cast<uint32_t>(r);
    b.dist[v] = 0;
    queue.push_back(v);
  }
  for (size_t i = 0; i < queue.size(); ++i) {
    NodeIndex v = queue[i];
    if (v == stopAt) break;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (b.via[w] != kUnseen) continue;
      b.via[w] = e;
      b.from[w] = v;
      b.dist[w] = b.dist[v] + 1;
      queue.push_back(w);
    }
  }
  return b;
}

RetainerPath pathFromBfs(const Snapshot& s, const Bfs& b, NodeIndex target) {
  RetainerPath p;
  if (target >= s.nodeCount() || b.via[target] == kUnseen) return p;
  NodeIndex v = target;
  while (!(b.via[v] & kRootMark)) {
    p.steps.push_back(RetainerStep{v, s.edgeLabel[b.via[v]]});
    v = b.from[v];
  }
  p.root = static_cast<int>(b.via[v] & ~kRootMark);
  p.steps.push_back(RetainerStep{v, s.roots[p.root].label});
  std::reverse(p.steps.begin(), p.steps.end());
  p.found = true;
  p.text = renderRetainerPath(s, p);
  return p;
}

const char* containerWord(ObjKind k) {
  switch (k) {
    case ObjKind::Map: return "map";
    case ObjKind::Chan: return "chan";
    default: return "";
  }
}

bool isIdentifier(const std::string& l) {
  if (l.empty()) return false;
  for (char c : l)
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          static_cast<unsigned char>(c) >= 0x80))
      return false;
  return !(l[0] >= '0' && l[0] <= '9');
}

}  // namespace

std::string renderRetainerPath(const Snapshot& s, const RetainerPath& p) {
  if (!p.found || p.steps.empty()) return "";
  std::string out = s.str(s.roots[p.root].label);
  if (out.empty()) out = rootKindName(s.roots[p.root].kind);
  for (size_t i = 1; i < p.steps.size(); ++i) {
    const std::string& label = s.str(p.steps[i].label);
    ObjKind fromKind = s.kind[p.steps[i - 1].node];
    out += " \xE2\x86\x92 ";  // " → "
    if (!label.empty() && label[0] == '[') {
      out += containerWord(fromKind);
      out += label;
    } else if (fromKind == ObjKind::Struct && isIdentifier(label)) {
      out += ".";
      out += label;
    } else if (label.empty()) {
      out += "(ref)";
    } else {
      out += label;
    }
  }
  out += " \xE2\x86\x92 ";
  out += s.typeOf(p.steps.back().node);
  return out;
}

RetainerPath shortestRetainerPath(const Snapshot& s, NodeIndex target) {
  Bfs b = bfsFromRoots(s, target);
  return pathFromBfs(s, b, target);
}

std::vector<RetainerPath> retainerPaths(const Snapshot& s, NodeIndex target, size_t maxPaths) {
  return std::move(retainerPathsOf(s, {target}, maxPaths).front());
}

std::vector<std::vector<RetainerPath>> retainerPathsOf(const Snapshot& s, const std::vector<NodeIndex>& targets,
                                                       size_t maxPaths) {
  std::vector<std::vector<RetainerPath>> all(targets.size());
  if (maxPaths == 0 || targets.empty()) return all;
  // target node -> its positions in `targets` (usually one)
  std::unordered_map<NodeIndex, std::vector<size_t>> slotsOf;
  for (size_t t = 0; t < targets.size(); ++t)
    if (targets[t] < s.nodeCount()) slotsOf[targets[t]].push_back(t);
  if (slotsOf.empty()) return all;
  Bfs b = bfsFromRoots(s);
  // Roots pointing straight at a target come first (distance 0).
  for (size_t r = 0; r < s.roots.size(); ++r) {
    auto it = slotsOf.find(s.roots[r].node);
    if (it == slotsOf.end()) continue;
    for (size_t t : it->second) {
      if (all[t].size() >= maxPaths) continue;
      RetainerPath p;
      p.found = true;
      p.root = static_cast<int>(r);
      p.steps.push_back(RetainerStep{targets[t], s.roots[r].label});
      p.text = renderRetainerPath(s, p);
      all[t].push_back(std::move(p));
    }
  }
  // Then one path per incoming edge from a reachable retainer, shortest first.
  struct In { int32_t dist; NodeIndex from; uint32_t edge; };
  std::unordered_map<NodeIndex, std::vector<In>> ins;
  for (size_t v = 0; v < s.nodeCount(); ++v) {
    if (b.dist[v] < 0) continue;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex to = s.edgeTo[e];
      if (to != v && slotsOf.count(to)) ins[to].push_back(In{b.dist[v], static_cast<NodeIndex>(v), e});
    }
  }
  for (auto& [target, list] : ins) {
    if (b.via[target] == kUnseen) continue;
    std::stable_sort(list.begin(), list.end(), [](const In& a, const In& c) { return a.dist < c.dist; });
    for (size_t t : slotsOf[target]) {
      for (const In& in : list) {
        if (all[t].size() >= maxPaths) break;
        RetainerPath p = pathFromBfs(s, b, in.from);
        // A shortest path to the retainer never passes through the target
        // unless the target retains itself via the retainer; skip those.
        bool loops = false;
        for (const RetainerStep& st : p.steps) loops |= st.node == target;
        if (loops) continue;
        p.steps.push_back(RetainerStep{target, s.edgeLabel[in.edge]});
        p.text = renderRetainerPath(s, p);
        all[t].push_back(std::move(p));
      }
    }
  }
  return all;
}

std::vector<int32_t> rootDistances(const Snapshot& s) { return bfsFromRoots(s).dist; }

}  // namespace heapscope
