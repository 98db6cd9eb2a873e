// Snapshot: a frozen, compact copy of the heap graph taken between two VM
// instructions. Every analysis in core/inspect (retainer paths, dominators,
// summaries, diffs, leak reports, exports) works on this structure only, so
// they are testable on synthetic graphs built with SnapshotBuilder and never
// race with the running program.
//
// Layout (struct-of-arrays, so 1 000 000 objects cost ~60 bytes each plus
// edges):
//  - nodes are numbered 0..nodeCount()-1 in ascending stable object id
//    (so two snapshots of one run can be merged by id in linear time);
//  - outgoing edges are CSR: node i's edges are [edgeStart[i], edgeStart[i+1]);
//    edge targets are node indices; labels index `strings`;
//  - strings[0] is "" (no label / unknown);
//  - previews live in one char pool (previewStart has nodeCount()+1 entries);
//  - roots point at nodes; a root with goroutine >= 0 belongs to that
//    goroutine (frame >= 0: a slot of that frame). For every goroutine /
//    frame index a root mentions, goroutines[] has an entry (synthesised
//    with empty names when the VM did not describe it).
// Invariants are established by SnapshotBuilder::finish(); a Snapshot is
// immutable afterwards.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "heap/object.h"
#include "inspect/runtime_view.h"

namespace heapscope {

class Heap;
class RootSource;

using NodeIndex = uint32_t;
inline constexpr NodeIndex kNoNode = 0xFFFFFFFFu;

const char* rootKindName(RootKind k);  // "global", "frame", "vm", "chan-waiter", ...
// Lower-case kind word used in exports ("string", "slice", "goroutine").
// (Independent of the heap library, so pure analyses link without it.)
const char* kindWord(ObjKind k);

// ---- the snapshot
struct SnapshotSite {
  uint32_t function = 0;  // string index ("main.leaky"); 0 = unknown/runtime
  int line = 0;
};

struct SnapshotRoot {
  NodeIndex node = kNoNode;
  uint32_t label = 0;  // string index
  RootKind kind = RootKind::Other;
  int32_t goroutine = -1;
  int32_t frame = -1;
};

struct SnapshotLocal {
  uint32_t name = 0, typeName = 0, value = 0;  // string indices
  NodeIndex node = kNoNode;                    // referenced object, if any
};

struct SnapshotFrame {
  uint32_t function = 0;  // string index
  int line = 0;
  std::vector<SnapshotLocal> locals;
};

struct SnapshotGoroutine {
  uint64_t goid = 0;
  uint32_t state = 0, startFunction = 0;  // string indices
  int createdLine = 0;
  NodeIndex node = kNoNode;  // its GoroutineObj, if any
  std::vector<SnapshotFrame> frames;  // [0] = innermost
  // Blocked: the objects it waits on (channels of its send / receive /
  // select, or a sync object), see GoroutineInfo::waitsOn; analyses in
  // inspect/waits.h.
  std::vector<NodeIndex> waitsOn;
};

class Snapshot {
 public:
  // ---- objects (index = NodeIndex, ascending id)
  std::vector<uint64_t> id;
  std::vector<ObjKind> kind;
  std::vector<uint32_t> typeName;   // string index
  std::vector<uint32_t> shallow;    // bytes
  std::vector<uint32_t> refcount;
  std::vector<uint32_t> site;       // index into sites (0 = unknown)
  std::vector<uint64_t> allocStep;
  std::vector<uint32_t> previewStart;  // nodeCount()+1 offsets into previewChars
  std::string previewChars;

  // ---- edges (CSR)
  std::vector<uint32_t> edgeStart;  // nodeCount()+1
  std::vector<NodeIndex> edgeTo;
  std::vector<uint32_t> edgeLabel;  // string index

  std::vector<SnapshotRoot> roots;
  std::vector<SnapshotSite> sites;  // sites[0] = unknown
  std::vector<SnapshotGoroutine> goroutines;
  std::vector<std::string> strings;  // strings[0] = ""
  uint64_t step = 0;                 // VM step count when taken

  size_t nodeCount() const { return id.size(); }
  size_t edgeCount() const { return edgeTo.size(); }
  const std::string& str(uint32_t s) const { return strings[s]; }
  std::string_view preview(NodeIndex n) const {
    return std::string_view(previewChars).substr(previewStart[n], previewStart[n + 1] - previewStart[n]);
  }
  const std::string& typeOf(NodeIndex n) const { return strings[typeName[n]]; }
  // "main.leaky:12", or "(runtime)" for site 0.
  std::string siteName(uint32_t siteIndex) const;
  // kNoNode if absent. O(log n).
  NodeIndex findId(uint64_t objectId) const;
  // Incoming edges as CSR (built on demand; edge indices into edgeTo/edgeLabel).
  struct Reverse {
    std::vector<uint32_t> start;     // nodeCount()+1
    std::vector<NodeIndex> from;     // source node per incoming edge
    std::vector<uint32_t> edge;      // index of the forward edge
  };
  Reverse reverse() const;
  uint64_t totalShallow() const;
};

// Builds a Snapshot from loose parts: used by the heap capture and by tests.
// Nodes and edges may be added in any order; finish() sorts nodes by id and
// lays edges out as CSR.
class SnapshotBuilder {
 public:
  SnapshotBuilder();
  uint32_t intern(std::string_view s);
  uint32_t addSite(std::string_view function, int line);  // returns site index
  // Returns the builder-local index to use in addEdge/addRoot.
  uint32_t addNode(uint64_t id, ObjKind kind, std::string_view typeName, uint32_t shallow,
                   uint32_t refcount = 1, uint32_t site = 0, uint64_t allocStep = 0,
                   std::string_view preview = {});
  // Same with an already interned type name (string index): the capture's
  // fast path, one hash lookup per Go type instead of per object.
  uint32_t addNodeInterned(uint64_t id, ObjKind kind, uint32_t typeName, uint32_t shallow,
                           uint32_t refcount, uint32_t site, uint64_t allocStep, std::string_view preview);
  void addEdge(uint32_t from, uint32_t to, std::string_view label);
  void addRoot(uint32_t node, std::string_view label, RootKind kind = RootKind::Global,
               int goroutine = -1, int frame = -1);
  // Goroutine descriptions; local/goroutine object refs are builder-local
  // node indices (kNoNode if none).
  void addGoroutine(SnapshotGoroutine g) { snap_.goroutines.push_back(std::move(g)); }
  void setStep(uint64_t step) { snap_.step = step; }
  // Reserve space (capture knows the sizes up front).
  void reserve(size_t nodes, size_t edges);
  // Sorts nodes by id (skipped when already ascending) and builds the CSR
  // edge arrays (stable: a node's edges keep their insertion order).
  Snapshot finish();

 private:
  // String interning is the capture's hottest path (one call per edge, and
  // array elements give every edge its own "[i]" label), so it uses an
  // open-addressing table of indices into snap_.strings with each string's
  // hash kept in its slot, and "[i]" labels in a table by i: no allocation
  // per entry, and nothing to free node by node.
  // Indices are handed out in first-seen order, so the table (and every
  // export) is the same as with any other map.
  void resetStrings();
  void growStringTable();
  // Finds s in the hash table; adds it when absent if `insert` (else 0).
  uint32_t internHashed(std::string_view s, bool insert);
  Snapshot snap_;
  std::vector<uint64_t> stringSlots_;  // (hash << 32) | string index; 0 = empty
  size_t hashedStrings_ = 0;           // entries in stringSlots_
  std::vector<uint32_t> indexLabels_;  // "[i]" -> string index (0 = not seen yet)
  size_t sparseIndexLabels_ = 0;       // "[i]" labels that went to the hash table
  std::vector<uint32_t> edgeFrom_;
};

// ---- capture from the live heap (snapshot_capture.cpp)
struct CaptureOptions {
  bool labels = true;         // edge labels (forEachRef wantLabels)
  size_t previewChars = 48;   // string contents truncated to this many bytes
  uint64_t step = 0;          // VM step count to record
};
// Takes a snapshot between two instructions. `runtime` (optional) supplies
// root kinds, goroutines and frames; without it roots are classified from
// their labels and goroutines are unknown.
Snapshot takeSnapshot(Heap& heap, RootSource& roots, RuntimeView* runtime = nullptr,
                      const CaptureOptions& options = {});

// Short value preview of one object ("\"hello\"", "len=3 cap=8", "len=4").
std::string objectPreview(Object* obj, size_t maxChars);
// Go type name of an object ("[]byte", "main.T"), or its kind name.
std::string objectTypeName(Object* obj);

// ---- bounded cheap path for the GUI (neighborhood.cpp)
// The k objects nearest `center` (BFS over outgoing and incoming edges,
// nearest first), as a small Snapshot holding those objects, the edges among
// them and the roots that point at them. Incoming edges cost one heap walk
// per BFS level, bounded by maxLevels. Never takes a full snapshot.
Snapshot neighborhood(Heap& heap, RootSource& roots, Object* center, size_t k,
                      int maxLevels = 4, RuntimeView* runtime = nullptr);
// The same on an existing snapshot (no heap walk).
Snapshot neighborhood(const Snapshot& snap, NodeIndex center, size_t k);

}  // namespace heapscope
