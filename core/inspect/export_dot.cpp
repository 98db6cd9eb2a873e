// Graphviz DOT export of a bounded part of the snapshot (a million-node DOT
// file is useless): BFS in both directions from the focus (default: the
// roots' targets) up to maxNodes objects. Objects unreachable from the roots
// are drawn red (uncollected garbage).
#include <algorithm>

#include "inspect/export.h"
#include "inspect/export_writer.h"
#include "inspect/retainers.h"

namespace heapscope {

namespace {

// DOT string literal: JSON escaping is a valid subset for our labels,
// except that DOT has no \uXXXX; control bytes are rare in labels, so they
// are replaced by '?'.
std::string dotQuote(std::string_view in) {
  std::string s;
  s.reserve(in.size() + 2);
  s.push_back('"');
  for (char c : in) {
    if (c == '"' || c == '\\') {
      s.push_back('\\');
      s.push_back(c);
    } else if (c == '\n') {
      s += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      s.push_back('?');
    } else {
      s.push_back(c);
    }
  }
  s.push_back('"');
  return s;
}

}  // namespace

void exportDot(const Snapshot& s, const DotOptions& o, const ExportSink& sink) {
  const size_t n = s.nodeCount();
  std::vector<int32_t> dist = rootDistances(s);
  std::vector<uint8_t> in(n, 0);
  std::vector<NodeIndex> order;
  std::vector<NodeIndex> seeds = o.focus;
  if (seeds.empty())
    for (const SnapshotRoot& r : s.roots) seeds.push_back(r.node);
  Snapshot::Reverse rev;
  if (!seeds.empty() && !o.focus.empty()) rev = s.reverse();
  for (NodeIndex v : seeds)
    if (v < n && !in[v] && order.size() < o.maxNodes) { in[v] = 1; order.push_back(v); }
  for (size_t i = 0; i < order.size() && order.size() < o.maxNodes; ++i) {
    NodeIndex v = order[i];
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1] && order.size() < o.maxNodes; ++e) {
      NodeIndex w = s.edgeTo[e];
      if (!in[w]) { in[w] = 1; order.push_back(w); }
    }
    if (!rev.start.empty())
      for (uint32_t k = rev.start[v]; k < rev.start[v + 1] && order.size() < o.maxNodes; ++k) {
        NodeIndex w = rev.from[k];
        if (!in[w]) { in[w] = 1; order.push_back(w); }
      }
  }
  // With the default focus, fill the rest with garbage so cycles show up.
  if (o.focus.empty())
    for (NodeIndex v = 0; v < n && order.size() < o.maxNodes; ++v)
      if (!in[v] && dist[v] < 0) { in[v] = 1; order.push_back(v); }

  ChunkWriter w(sink);
  w.raw("digraph heap {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
        "  edge [fontname=\"monospace\", fontsize=9];\n");
  std::vector<uint8_t> focus(n, 0);
  for (NodeIndex v : o.focus)
    if (v < n) focus[v] = 1;
  for (NodeIndex v : order) {
    std::string label = s.typeOf(v) + "\n#" + std::to_string(s.id[v]) + "  " + std::to_string(s.shallow[v]) +
                        " B  rc=" + std::to_string(s.refcount[v]);
    std::string_view pv = s.preview(v);
    if (!pv.empty()) label += "\n" + std::string(pv.substr(0, 32));
    w.raw("  n");
    w.num(s.id[v]);
    w.raw(" [label=");
    w.raw(dotQuote(label));
    if (dist[v] < 0) w.raw(", color=red, fontcolor=red");
    if (focus[v]) w.raw(", style=bold");
    w.raw("];\n");
  }
  if (o.showRoots) {
    for (size_t r = 0; r < s.roots.size(); ++r) {
      const SnapshotRoot& root = s.roots[r];
      if (!in[root.node]) continue;
      w.raw("  r");
      w.num(r);
      w.raw(" [shape=plaintext, label=");
      std::string l = s.str(root.label);
      w.raw(dotQuote(l.empty() ? std::string(rootKindName(root.kind)) : l));
      w.raw("];\n  r");
      w.num(r);
      w.raw(" -> n");
      w.num(s.id[root.node]);
      w.raw(";\n");
    }
  }
  for (NodeIndex v : order) {
    for (uint32_t e = s.edgeStart[v]; e < s.edgeStart[v + 1]; ++e) {
      NodeIndex t = s.edgeTo[e];
      if (!in[t]) continue;
      w.raw("  n");
      w.num(s.id[v]);
      w.raw(" -> n");
      w.num(s.id[t]);
      const std::string& l = s.str(s.edgeLabel[e]);
      if (!l.empty()) {
        w.raw(" [label=");
        w.raw(dotQuote(l));
        w.ch(']');
      }
      w.raw(";\n");
    }
  }
  w.raw("}\n");
}

std::string exportDot(const Snapshot& s, const DotOptions& o) {
  return collectExport([&](const ExportSink& sink) { exportDot(s, o, sink); });
}

}  // namespace heapscope
