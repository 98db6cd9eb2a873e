// Snapshot exports: heapscope JSON (schema in docs/SNAPSHOT.md), Graphviz
// DOT, and Chrome DevTools' .heapsnapshot (loads in DevTools' Memory panel
// and in memlab). Every exporter writes through a sink in chunks, so a
// million-object export never needs a second full copy in memory; the
// std::string overloads collect the chunks.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "inspect/dominators.h"
#include "inspect/snapshot.h"

namespace heapscope {

using ExportSink = std::function<void(std::string_view chunk)>;

// With a dominator tree, objects also carry "retained" and "dominator".
void exportJson(const Snapshot& snap, const DominatorTree* dom, const ExportSink& sink);
std::string exportJson(const Snapshot& snap, const DominatorTree* dom = nullptr);

struct DotOptions {
  std::vector<NodeIndex> focus;  // start here (default: the roots); drawn bold
  size_t maxNodes = 300;         // BFS (both directions from focus) until this many
  bool showRoots = true;         // root labels as plain-text nodes
};
void exportDot(const Snapshot& snap, const DotOptions& options, const ExportSink& sink);
std::string exportDot(const Snapshot& snap, const DotOptions& options = {});

// Chrome DevTools heap snapshot. Node 0 is the synthetic root; it points at
// synthetic group nodes "(globals)", "(runtime roots)", one per goroutine
// (and under it one per frame) and "(unreachable)" (hidden edges to every
// object no root reaches, so garbage cycles stay visible). Object ids are
// 2*id+1 (stable across snapshots of a run, so DevTools' comparison view
// works); synthetic nodes have small even ids, the root id 1.
void exportHeapSnapshot(const Snapshot& snap, const ExportSink& sink);
std::string exportHeapSnapshot(const Snapshot& snap);

// Appends `s` as a JSON string literal (quotes included). Invalid UTF-8
// bytes become U+FFFD, so output is always valid JSON.
void appendJsonString(std::string& out, std::string_view s);

}  // namespace heapscope
