// Layered, stable layout of the shown part of the heap (see graph_layout.h).
#include "graph_layout.h"

#include <algorithm>
#include <functional>

namespace heapscope {

namespace {

constexpr size_t kMaxTextChars = 19;
constexpr size_t kMaxRoots = 60;
constexpr size_t kMaxGarbage = 40;
constexpr size_t kMaxNeighbours = 16;
constexpr uint16_t kMaxChildren = 12;
constexpr size_t kMaxGhosts = 16;
constexpr uint64_t kGroupSalt = 0x9e3779b97f4a7c15ull;

std::string clip(std::string_view s, size_t max = kMaxTextChars) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max - 1;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

float columnX(int layer) {
  if (layer <= 0) return 0;
  return GraphLayout::kRootW + GraphLayout::kGapX +
         static_cast<float>(layer - 1) * (GraphLayout::kNodeW + GraphLayout::kGapX);
}

// String constants are VM-held roots of every literal, unnamed registers
// hold call arguments in flight, and the standard library's package
// variables (io.EOF, ...) are there in every program: clutter, not insight,
// unless asked for.
bool hiddenRoot(const Snapshot& s, const SnapshotRoot& r, bool showRuntime) {
  if (showRuntime) return false;
  const std::string& label = s.str(r.label);
  if (r.kind == RootKind::VmTemp && label == "string constant") return true;
  if (label.find(" frame: temp r") != std::string::npos) return true;  // unnamed registers (call arguments)
  return r.kind == RootKind::Global && label.rfind("global main.", 0) != 0;
}

// A root's two lines: the variable, then where it lives.
//   "global main.header"               -> "main.header" / "global"
//   "goroutine 3 main.worker frame: b" -> "b" / "g3 main.worker"
std::pair<std::string, std::string> rootText(std::string_view label, RootKind kind) {
  if (label.rfind("global ", 0) == 0) return {std::string(label.substr(7)), "global"};
  size_t f = label.find(" frame: ");
  if (label.rfind("goroutine ", 0) == 0 && f != std::string_view::npos) {
    size_t sp = label.find(' ', 10);
    std::string_view id = label.substr(10, sp == std::string_view::npos ? 0 : sp - 10);
    std::string_view func = sp < f ? label.substr(sp + 1, f - sp - 1) : std::string_view();
    return {std::string(label.substr(f + 8)), "g" + std::string(id) + " " + std::string(func)};
  }
  return {std::string(label), rootKindName(kind)};
}

}  // namespace

uint64_t rootKey(std::string_view label) { return std::hash<std::string_view>{}(label) | (1ull << 63); }

int GraphLayout::findObject(uint64_t id) const {
  auto it = byKey.find(id);
  return it == byKey.end() ? -1 : it->second;
}

void GraphLayout::moveNode(int index, float x, float y) {
  if (index < 0 || static_cast<size_t>(index) >= nodes.size()) return;
  GraphNode& g = nodes[static_cast<size_t>(index)];
  g.x = x;
  g.y = y;
  positions[g.key] = {x, y};
}

void GraphLayout::build(const HeapModel& model, NodeIndex selected, const std::vector<NodeIndex>& path,
                        int pathRoot) {
  nodes.clear();
  edges.clear();
  byKey.clear();
  shownObjects = totalObjects = shownFreed = 0;
  if (!model.snap) return;
  const Snapshot& s = *model.snap;
  const size_t n = s.nodeCount();
  totalObjects = n;
  builtVersion = model.version;
  builtSelection = selected < n ? s.id[selected] : 0;
  builtPath = !path.empty();

  std::vector<int> gnode(n, -1);  // graph node per snapshot node
  std::vector<int32_t> depth(n, -1);
  std::vector<NodeIndex> parent(n, kNoNode);
  std::vector<int> parentRoot(n, -1);  // graph node of the root that reached it

  auto addNode = [&](GraphNode g) {
    int index = static_cast<int>(nodes.size());
    byKey[g.key] = index;
    nodes.push_back(std::move(g));
    return index;
  };

  // ---- roots (column 0), one node per distinct label
  std::vector<int> rootGraph(s.roots.size(), -1);
  std::vector<NodeIndex> queue;
  for (size_t r = 0; r < s.roots.size(); ++r) {
    const SnapshotRoot& root = s.roots[r];
    if (root.node >= n || (hiddenRoot(s, root, showRuntimeRoots) && static_cast<int>(r) != pathRoot)) continue;
    uint64_t key = rootKey(s.str(root.label));
    auto it = byKey.find(key);
    if (it == byKey.end()) {
      if (nodes.size() >= kMaxRoots && static_cast<int>(r) != pathRoot) continue;
      GraphNode g;
      g.kind = GraphNode::Kind::Root;
      g.key = key;
      auto [title, detail] = rootText(s.str(root.label), root.kind);
      g.title = clip(title, 15);
      g.detail = clip(detail, 16);
      g.layer = 0;
      rootGraph[r] = addNode(std::move(g));
    } else {
      rootGraph[r] = it->second;
    }
    if (depth[root.node] < 0) {
      depth[root.node] = 0;
      parentRoot[root.node] = rootGraph[r];
      queue.push_back(root.node);
    }
  }
  // BFS over the whole heap: depth for every reachable node, admission for the nearest.
  for (size_t i = 0; i < queue.size(); ++i) {
    NodeIndex v = queue[i];
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (depth[w] >= 0) continue;
      depth[w] = depth[v] + 1;
      parent[w] = v;
      queue.push_back(w);
    }
  }
  int maxDepth = 0;
  for (NodeIndex v : queue) maxDepth = std::max(maxDepth, depth[v]);
  const int garbageLayer = maxDepth + 3;

  std::vector<NodeIndex> admitted;
  std::vector<uint8_t> isAdmitted(n, 0);
  auto admit = [&](NodeIndex v) {
    if (v >= n || isAdmitted[v]) return;
    isAdmitted[v] = 1;
    admitted.push_back(v);
  };
  // Breadth-first from the roots over shown objects only, each admitting at
  // most kMaxChildren new children: a map of 10 000 entries shows a dozen
  // and one "+9 988 more" group, and the objects under those stay reachable
  // in the picture. Layers and parents follow this walk.
  std::vector<NodeIndex> rootTargets;
  for (NodeIndex v : queue) {
    if (depth[v] != 0) break;
    rootTargets.push_back(v);
  }
  for (NodeIndex v : rootTargets)
    if (admitted.size() < maxObjects) admit(v);
  for (size_t i = 0; i < admitted.size() && admitted.size() < maxObjects; ++i) {
    NodeIndex v = admitted[i];
    uint16_t kids = 0;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (isAdmitted[w]) continue;
      if (kids >= kMaxChildren || admitted.size() >= maxObjects) break;
      admit(w);
      depth[w] = depth[v] + 1;
      parent[w] = v;
      ++kids;
    }
  }
  // Always: the selection, its retainer path and its nearest neighbours.
  for (NodeIndex v : path) admit(v);
  if (selected < n) {
    admit(selected);
    size_t added = 0;
    for (uint32_t e = s.edgeStart[selected]; e < s.edgeStart[selected + 1] && added < kMaxNeighbours; ++e, ++added)
      admit(s.edgeTo[e]);
    added = 0;
    for (NodeIndex v = 0; v < n && added < kMaxNeighbours; ++v)
      for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e)
        if (s.edgeTo[e] == selected) {
          admit(v);
          ++added;
          break;
        }
  }
  // Some uncollected garbage, in its own column on the right.
  size_t garbageShown = 0;
  for (const GarbageGroup& group : model.garbage.groups) {
    for (NodeIndex v : group.nodes) {
      if (garbageShown++ >= kMaxGarbage) break;
      admit(v);
    }
  }

  std::vector<uint8_t> onPath(n, 0);
  for (NodeIndex v : path)
    if (v < n) onPath[v] = 1;

  for (NodeIndex v : admitted) {
    GraphNode g;
    g.kind = GraphNode::Kind::Object;
    g.key = s.id[v];
    g.node = v;
    g.title = clip(model.displayType(v));
    std::string_view preview = s.kind[v] == ObjKind::Array ? std::string_view() : s.preview(v);
    g.detail = clip("#" + std::to_string(s.id[v]) + (preview.empty() ? std::string() : " " + std::string(preview)));
    g.refcount = s.refcount[v];
    if (v < model.fresh.size() && model.fresh[v]) g.flags |= kGraphFresh;
    if (v < model.rcBefore.size() && model.rcBefore[v] != HeapModel::kNoPrevRefcount &&
        model.rcBefore[v] != s.refcount[v]) {
      g.flags |= kGraphRcMoved;
      g.refcountBefore = model.rcBefore[v];
    }
    if (v < model.changed.size() && model.changed[v]) g.flags |= kGraphChanged;
    if (!model.dom.idom.empty() && !model.dom.reachable(v)) g.flags |= kGraphUnreachable;
    if (!model.dom.idom.empty()) {
      int gr = model.dom.dominatingGoroutine(v);
      if (gr >= 0 && static_cast<size_t>(gr) < s.goroutines.size()) {
        const std::string& state = s.str(s.goroutines[static_cast<size_t>(gr)].state);
        if (state != "running" && state != "runnable") g.flags |= kGraphGoroutineOwned;
      }
    }
    if (v < model.referrers.size() && model.referrers[v] != s.refcount[v]) g.flags |= kGraphMismatch;
    if (onPath[v]) g.flags |= kGraphOnPath;
    if (v == selected) g.flags |= kGraphSelected;
    g.layer = depth[v] >= 0 ? depth[v] + 1 : garbageLayer;
    gnode[v] = addNode(std::move(g));
  }
  shownObjects = admitted.size();

  // ---- edges among shown nodes; hidden targets collapse into type groups
  auto addEdge = [&](int from, int to, std::string label, bool path) {
    for (GraphEdge& e : edges) {  // merge parallel edges (few per node)
      if (e.from == from && e.to == to) {
        if (e.label.size() < 40 && !label.empty() && e.label != label) e.label += ", " + label;
        e.onPath = e.onPath || path;
        return;
      }
    }
    edges.push_back(GraphEdge{from, to, std::move(label), path});
  };
  // Root edges.
  for (size_t r = 0; r < s.roots.size(); ++r) {
    const SnapshotRoot& root = s.roots[r];
    if (rootGraph[r] < 0 || root.node >= n || gnode[root.node] < 0) continue;
    addEdge(rootGraph[r], gnode[root.node], "", false);
  }
  std::vector<NodeIndex> countedFrom(n, kNoNode);  // a hidden target counts once per source
  std::unordered_map<uint64_t, int> groupOf;
  for (NodeIndex v : admitted) {
    const int from = gnode[v];
    uint32_t shownEdges = 0;
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (gnode[w] >= 0) {
        // A container holding many shown objects draws a dozen of its edges
        // (and any on the path): the rest would only be a hairball.
        if (shownEdges >= kMaxChildren && !(onPath[v] && onPath[w]) && w != selected) {
          ++nodes[static_cast<size_t>(from)].hiddenEdges;
          continue;
        }
        ++shownEdges;
        addEdge(from, gnode[w], s.str(s.edgeLabel[e]), false);
        continue;
      }
      // One group per (shown object, hidden type): it sits next to its owner.
      uint64_t key = ((static_cast<uint64_t>(s.typeName[w]) * kGroupSalt) ^ (s.id[v] * 0xff51afd7ed558ccdull)) |
                     (1ull << 62);
      auto it = groupOf.find(key);
      int group;
      if (it == groupOf.end()) {
        GraphNode g;
        g.kind = GraphNode::Kind::Group;
        g.key = key;
        g.node = w;
        g.title = clip(s.typeOf(w));
        g.layer = nodes[static_cast<size_t>(from)].layer + 1;
        group = addNode(std::move(g));
        groupOf[key] = group;
      } else {
        group = it->second;
        GraphNode& g = nodes[static_cast<size_t>(group)];
        g.layer = std::min(g.layer, nodes[static_cast<size_t>(from)].layer + 1);
      }
      if (countedFrom[w] != v) {
        countedFrom[w] = v;
        ++nodes[static_cast<size_t>(group)].count;
      }
      addEdge(from, group, "", false);
    }
  }
  for (auto& [key, index] : groupOf) {
    GraphNode& g = nodes[static_cast<size_t>(index)];
    g.detail = "+" + std::to_string(g.count) + " more (hidden)";
  }

  // ---- ghosts of objects freed since the previous pause: where they were
  // drawn then (their kept position), else next to the shown object or root
  // that referenced them, with that reference as a faded edge.
  std::unordered_map<int, int> ghostFrom;  // ghost node -> its former referrer's node
  for (const HeapModel::FreedObject& f : model.freed) {
    if (shownFreed >= kMaxGhosts) break;
    int from = -1;
    auto it = f.heldBy ? byKey.find(f.heldBy) : f.heldByRoot.empty() ? byKey.end() : byKey.find(rootKey(f.heldByRoot));
    if (it != byKey.end()) from = it->second;
    if (from < 0 && !positions.count(f.id)) continue;
    GraphNode g;
    g.kind = GraphNode::Kind::Freed;
    g.key = f.id;
    g.title = clip(f.type);
    g.detail = clip("#" + std::to_string(f.id) + " freed");
    g.layer = from >= 0 ? nodes[static_cast<size_t>(from)].layer + 1 : garbageLayer;
    int index = addNode(std::move(g));
    if (from >= 0) {
      ghostFrom[index] = from;
      edges.push_back(GraphEdge{from, index, f.heldByLabel, false, true});
    } else {
      ghostFrom[index] = -1;  // linked below if its referrer was freed too and is shown
    }
    ++shownFreed;
  }
  // A freed object held by another freed one (a slice's array): link the two ghosts.
  for (const HeapModel::FreedObject& f : model.freed) {
    auto self = byKey.find(f.id), holder = byKey.find(f.heldBy);
    if (!f.heldBy || self == byKey.end() || holder == byKey.end()) continue;
    auto it = ghostFrom.find(self->second);
    if (it == ghostFrom.end() || it->second >= 0) continue;
    it->second = holder->second;
    edges.push_back(GraphEdge{holder->second, self->second, f.heldByLabel, false, true});
  }

  // ---- the retainer path's edges: root -> first, then hop by hop
  if (!path.empty()) {
    for (GraphEdge& e : edges) e.onPath = false;
    auto markEdge = [&](int from, int to) {
      for (GraphEdge& e : edges)
        if (e.from == from && e.to == to) e.onPath = true;
    };
    if (pathRoot >= 0 && static_cast<size_t>(pathRoot) < rootGraph.size() && rootGraph[static_cast<size_t>(pathRoot)] >= 0 &&
        gnode[path[0]] >= 0)
      markEdge(rootGraph[static_cast<size_t>(pathRoot)], gnode[path[0]]);
    for (size_t i = 1; i < path.size(); ++i)
      if (gnode[path[i - 1]] >= 0 && gnode[path[i]] >= 0) markEdge(gnode[path[i - 1]], gnode[path[i]]);
    if (pathRoot >= 0 && static_cast<size_t>(pathRoot) < rootGraph.size() && rootGraph[static_cast<size_t>(pathRoot)] >= 0)
      nodes[static_cast<size_t>(rootGraph[static_cast<size_t>(pathRoot)])].flags |= kGraphOnPath;
  }

  // ---- positions: keep known ones, place new nodes in their column near their parent
  std::unordered_map<int, float> columnNext;  // layer -> next free y
  auto columnOf = [](float x) {
    if (x < kRootW + kGapX * 0.5f) return 0;
    return 1 + static_cast<int>((x - kRootW - kGapX + kNodeW * 0.5f) / (kNodeW + kGapX));
  };
  for (GraphNode& g : nodes) {
    g.w = g.kind == GraphNode::Kind::Root ? kRootW : kNodeW;
    g.h = kNodeH;
    auto it = positions.find(g.key);
    if (it == positions.end()) continue;
    g.x = it->second.first;
    g.y = it->second.second;
    float& next = columnNext[columnOf(g.x)];
    next = std::max(next, g.y + g.h + kGapY);
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    GraphNode& g = nodes[i];
    if (positions.count(g.key)) continue;
    float want = 0;
    if (g.kind == GraphNode::Kind::Object) {
      NodeIndex v = g.node;
      int p = parent[v] != kNoNode ? gnode[parent[v]] : parentRoot[v];
      if (p >= 0 && static_cast<size_t>(p) < i) want = nodes[static_cast<size_t>(p)].y;
    } else if (g.kind == GraphNode::Kind::Freed) {
      auto from = ghostFrom.find(static_cast<int>(i));
      if (from != ghostFrom.end() && from->second >= 0 && static_cast<size_t>(from->second) < i)
        want = nodes[static_cast<size_t>(from->second)].y;
    }
    float& next = columnNext[g.layer];
    g.x = columnX(g.layer);
    g.y = std::max(next, want);
    next = g.y + g.h + kGapY;
    positions[g.key] = {g.x, g.y};
  }
}

}  // namespace heapscope
