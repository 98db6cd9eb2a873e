// Lengauer–Tarjan immediate dominators and retained sizes (see dominators.h).
// Every loop is iterative: the DFS and the path compression keep explicit
// stacks, so a million-long linked list does not touch the C++ stack.
#include "inspect/dominators.h"

#include <algorithm>

namespace heapscope {

std::vector<uint32_t> immediateDominators(const Digraph& g, uint32_t root) {
  const uint32_t n = static_cast<uint32_t>(g.nodeCount());
  std::vector<uint32_t> idomOut(n, kNoNode);
  if (root >= n) return idomOut;

  // 1. DFS preorder numbering from root. dfn[v] = 1-based number (0 = not
  // visited); vertex[k] = node numbered k; parent[k] = dfnum of DFS parent.
  std::vector<uint32_t> dfn(n, 0);
  std::vector<uint32_t> vertex(n + 1, 0), parent(n + 1, 0);
  uint32_t count = 0;
  {
    std::vector<uint32_t> stackNode, stackPos;
    stackNode.push_back(root);
    stackPos.push_back(g.start[root]);
    dfn[root] = ++count;
    vertex[count] = root;
    while (!stackNode.empty()) {
      uint32_t v = stackNode.back();
      uint32_t& pos = stackPos.back();
      if (pos < g.start[v + 1]) {
        uint32_t w = g.to[pos++];
        if (dfn[w] == 0) {
          dfn[w] = ++count;
          vertex[count] = w;
          parent[count] = dfn[v];
          stackNode.push_back(w);
          stackPos.push_back(g.start[w]);
        }
      } else {
        stackNode.pop_back();
        stackPos.pop_back();
      }
    }
  }

  // 2. Predecessors (restricted to reached nodes), in dfnum space.
  std::vector<uint32_t> pstart(count + 2, 0), pred;
  for (uint32_t v = 0; v < n; ++v) {
    if (!dfn[v]) continue;
    for (uint32_t e = g.start[v]; e < g.start[v + 1]; ++e)
      if (dfn[g.to[e]]) ++pstart[dfn[g.to[e]] + 1];
  }
  for (uint32_t k = 1; k <= count + 1; ++k) pstart[k] += pstart[k - 1];
  pred.resize(pstart[count + 1]);
  {
    std::vector<uint32_t> fill(pstart.begin(), pstart.end() - 1);
    for (uint32_t v = 0; v < n; ++v) {
      if (!dfn[v]) continue;
      for (uint32_t e = g.start[v]; e < g.start[v + 1]; ++e) {
        uint32_t w = g.to[e];
        if (dfn[w]) pred[fill[dfn[w]]++] = dfn[v];
      }
    }
  }

  // 3. Semidominators, with a forest (ancestor/label) and path compression.
  std::vector<uint32_t> semi(count + 1), label(count + 1), ancestor(count + 1, 0), idom(count + 1, 0);
  std::vector<uint32_t> bucketHead(count + 1, 0), bucketNext(count + 1, 0);
  for (uint32_t k = 1; k <= count; ++k) semi[k] = label[k] = k;
  std::vector<uint32_t> path;
  auto eval = [&](uint32_t v) -> uint32_t {
    if (ancestor[v] == 0) return v;
    // compress(v): collect the chain up to the forest root's child.
    path.clear();
    uint32_t x = v;
    while (ancestor[ancestor[x]] != 0) {
      path.push_back(x);
      x = ancestor[x];
    }
    // x is the topmost node whose ancestor is a forest root; walk down.
    for (size_t i = path.size(); i-- > 0;) {
      uint32_t y = path[i];
      uint32_t a = ancestor[y];
      if (semi[label[a]] < semi[label[y]]) label[y] = label[a];
      ancestor[y] = ancestor[a];
    }
    return label[v];
  };
  for (uint32_t w = count; w >= 2; --w) {
    for (uint32_t p = pstart[w]; p < pstart[w + 1]; ++p) {
      uint32_t u = eval(pred[p]);
      if (semi[u] < semi[w]) semi[w] = semi[u];
    }
    // add w to bucket(semi(w)) (1-based links; 0 terminates)
    bucketNext[w] = bucketHead[semi[w]];
    bucketHead[semi[w]] = w;
    uint32_t pw = parent[w];
    ancestor[w] = pw;  // link(parent(w), w)
    for (uint32_t v = bucketHead[pw]; v != 0; v = bucketNext[v]) {
      uint32_t u = eval(v);
      idom[v] = semi[u] < semi[v] ? u : pw;
    }
    bucketHead[pw] = 0;
  }
  for (uint32_t w = 2; w <= count; ++w)
    if (idom[w] != semi[w]) idom[w] = idom[idom[w]];

  idomOut[root] = root;
  for (uint32_t w = 2; w <= count; ++w) idomOut[vertex[w]] = vertex[idom[w]];
  return idomOut;
}

Digraph retentionGraph(const Snapshot& snap, DominatorTree& layout) {
  const uint32_t G = static_cast<uint32_t>(snap.goroutines.size());
  layout.goroutineBase = 1;
  layout.frameOffset.assign(G + 1, 0);
  uint32_t frames = 0;
  for (uint32_t g = 0; g < G; ++g) {
    layout.frameOffset[g] = 1 + G + frames;
    frames += static_cast<uint32_t>(snap.goroutines[g].frames.size());
  }
  layout.frameOffset[G] = 1 + G + frames;
  layout.frameBase = 1 + G;
  layout.objectBase = 1 + G + frames;
  const uint32_t base = layout.objectBase;
  const uint32_t total = base + static_cast<uint32_t>(snap.nodeCount());

  // Count out-degrees of the synthetic nodes, then fill.
  std::vector<uint32_t> deg(base, 0);
  deg[0] += G;
  for (uint32_t g = 0; g < G; ++g) {
    deg[1 + g] += static_cast<uint32_t>(snap.goroutines[g].frames.size());
    if (snap.goroutines[g].node != kNoNode) ++deg[1 + g];
  }
  auto rootSource = [&](const SnapshotRoot& r) -> uint32_t {
    if (r.goroutine < 0 || static_cast<uint32_t>(r.goroutine) >= G) return 0;
    if (r.frame >= 0 && static_cast<size_t>(r.frame) < snap.goroutines[r.goroutine].frames.size())
      return layout.frameOffset[r.goroutine] + r.frame;
    return 1 + r.goroutine;
  };
  for (const SnapshotRoot& r : snap.roots) ++deg[rootSource(r)];

  Digraph gr;
  gr.start.assign(total + 1, 0);
  for (uint32_t v = 0; v < base; ++v) gr.start[v + 1] = gr.start[v] + deg[v];
  const uint32_t synthEdges = gr.start[base];
  for (uint32_t i = 0; i < snap.nodeCount(); ++i)
    gr.start[base + i + 1] = synthEdges + snap.edgeStart[i + 1];
  gr.to.resize(synthEdges + snap.edgeCount());
  std::vector<uint32_t> fill(gr.start.begin(), gr.start.begin() + base);
  for (uint32_t g = 0; g < G; ++g) {
    gr.to[fill[0]++] = 1 + g;
    for (uint32_t f = 0; f < snap.goroutines[g].frames.size(); ++f)
      gr.to[fill[1 + g]++] = layout.frameOffset[g] + f;
    if (snap.goroutines[g].node != kNoNode) gr.to[fill[1 + g]++] = base + snap.goroutines[g].node;
  }
  for (const SnapshotRoot& r : snap.roots) gr.to[fill[rootSource(r)]++] = base + r.node;
  for (size_t e = 0; e < snap.edgeCount(); ++e) gr.to[synthEdges + e] = base + snap.edgeTo[e];
  return gr;
}

DominatorTree computeDominators(const Snapshot& snap) {
  DominatorTree t;
  Digraph g = retentionGraph(snap, t);
  t.idom = immediateDominators(g, 0);
  const uint32_t total = static_cast<uint32_t>(g.nodeCount());
  t.retained.assign(total, 0);
  for (uint32_t i = 0; i < snap.nodeCount(); ++i) t.retained[t.objectBase + i] = snap.shallow[i];

  // Accumulate bottom-up: a node's dominator is always visited earlier in
  // DFS preorder, so summing in reverse preorder is exact. Recompute the
  // preorder cheaply: order nodes by depth in the dominator tree instead
  // (a parent is strictly shallower), via a BFS over the tree.
  std::vector<uint32_t> childStart(total + 1, 0), child;
  for (uint32_t v = 1; v < total; ++v)
    if (t.idom[v] != kNoNode) ++childStart[t.idom[v] + 1];
  for (uint32_t v = 0; v < total; ++v) childStart[v + 1] += childStart[v];
  child.resize(childStart[total]);
  {
    std::vector<uint32_t> fill(childStart.begin(), childStart.end() - 1);
    for (uint32_t v = 1; v < total; ++v)
      if (t.idom[v] != kNoNode) child[fill[t.idom[v]]++] = v;
  }
  std::vector<uint32_t> order;
  order.reserve(total);
  order.push_back(0);
  for (size_t i = 0; i < order.size(); ++i) {
    uint32_t v = order[i];
    for (uint32_t c = childStart[v]; c < childStart[v + 1]; ++c) order.push_back(child[c]);
  }
  for (size_t i = order.size(); i-- > 1;) {
    uint32_t v = order[i];
    t.retained[t.idom[v]] += t.retained[v];
  }
  return t;
}

NodeIndex DominatorTree::dominatorObject(NodeIndex n) const {
  uint32_t d = idom[objectBase + n];
  if (d == kNoNode || d < objectBase) return kNoNode;
  return d - objectBase;
}

int DominatorTree::dominatingGoroutine(NodeIndex n) const {
  uint32_t v = objectBase + n;
  // Walk up to the first synthetic ancestor (bounded by tree depth; the
  // loop is iterative).
  while (v != kNoNode && v >= objectBase) v = idom[v];
  if (v == kNoNode || v == 0) return -1;
  if (v < frameBase) return static_cast<int>(v - goroutineBase);
  // a frame node: find its goroutine
  auto it = std::upper_bound(frameOffset.begin(), frameOffset.end() - 1, v);
  return static_cast<int>(it - frameOffset.begin()) - 1;
}

uint64_t DominatorTree::goroutineRetained(int g) const {
  if (g < 0 || goroutineBase + g >= frameBase) return 0;
  return retained[goroutineBase + g];
}

uint64_t DominatorTree::frameRetained(int g, int f) const {
  if (g < 0 || goroutineBase + g >= frameBase || f < 0) return 0;
  uint32_t v = frameOffset[g] + f;
  if (v >= frameOffset[g + 1]) return 0;
  return retained[v];
}

Digraph dominatorChildren(const DominatorTree& t) {
  const uint32_t total = static_cast<uint32_t>(t.idom.size());
  Digraph d;
  d.start.assign(total + 1, 0);
  for (uint32_t v = 1; v < total; ++v)
    if (t.idom[v] != kNoNode) ++d.start[t.idom[v] + 1];
  for (uint32_t v = 0; v < total; ++v) d.start[v + 1] += d.start[v];
  d.to.resize(d.start[total]);
  std::vector<uint32_t> fill(d.start.begin(), d.start.end() - 1);
  for (uint32_t v = 1; v < total; ++v)
    if (t.idom[v] != kNoNode) d.to[fill[t.idom[v]]++] = v;
  for (uint32_t v = 0; v < total; ++v)
    std::stable_sort(d.to.begin() + d.start[v], d.to.begin() + d.start[v + 1],
                     [&](uint32_t a, uint32_t b) { return t.retained[a] > t.retained[b]; });
  return d;
}

}  // namespace heapscope
