// HeapModel: the GUI's frozen picture of the program's heap — one Snapshot
// (core/inspect) plus every analysis the panels show, all computed once per
// capture, never per frame. Panels read it through const references, so a
// frame's cost does not depend on the work done here.
//
// Invariants:
//  - every vector indexed by NodeIndex has snap->nodeCount() entries;
//  - `version` increases on each capture, so views can cache derived data;
//  - prevIds holds the ids of the previous capture (sorted), for "new since
//    the last capture" colouring.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inspect/diff.h"
#include "inspect/dominators.h"
#include "inspect/garbage.h"
#include "inspect/retainers.h"
#include "inspect/snapshot.h"
#include "inspect/summary.h"
#include "inspect/waits.h"

namespace heapscope {

class Session;

struct HeapModel {
  std::shared_ptr<const Snapshot> snap;  // null before the first capture
  DominatorTree dom;
  HeapSummary summary;
  GarbageReport garbage;
  std::vector<GoroutineRetention> retention;
  WaitAnalysis waits;  // what blocked goroutines wait on, who holds it, leaked or not
  std::vector<SuspectedLeak> suspects;
  GrowthTracker growth;
  std::vector<uint32_t> referrers;  // per node: incoming edges + roots (what the refcount should be)
  std::vector<int32_t> distance;    // per node: BFS hops from the roots, -1 unreachable
  std::vector<uint8_t> fresh;       // per node: 1 if its id was not in the previous capture
  std::vector<uint64_t> prevIds;
  // What moved since the previous capture (the previous pause when
  // stepping, forward or back): per node, the refcount it had then
  // (kNoPrevRefcount if new), and 1 in `changed` when its contents differ
  // (short value or outgoing edges, i.e. a field was assigned).
  static constexpr uint32_t kNoPrevRefcount = UINT32_MAX;
  std::vector<uint32_t> rcBefore;
  std::vector<uint8_t> changed;
  std::vector<uint32_t> prevRefcounts;   // parallel to prevIds
  std::vector<uint64_t> prevSignatures;  // parallel to prevIds
  size_t rcMovedCount = 0, changedCount = 0, freshCount = 0;
  // Objects freed since the previous pause: alive in the snapshot of the
  // previous pause (at an earlier step), gone at this one. Computed on pause
  // captures only (`capture(..., audit=true)`), empty while running, after
  // a step back (an earlier step has nothing "freed since") and on the first
  // pause. The list keeps the first kMaxFreedListed by id; the counts are
  // exact.
  struct FreedObject {
    uint64_t id = 0;
    std::string type, site, preview;
    int siteLine = 0;
    uint64_t bytes = 0;
    // Who referenced it at the previous pause, preferring a referrer still
    // alive: an object (heldBy, with the edge label) or else a root (label).
    uint64_t heldBy = 0;
    std::string heldByLabel, heldByRoot;
  };
  struct FreedGroup {  // freed objects by (type, allocation site), most bytes first
    std::string type, site;
    int siteLine = 0;
    uint64_t count = 0, bytes = 0;
  };
  static constexpr size_t kMaxFreedListed = 5000;
  std::vector<FreedObject> freed;
  std::vector<FreedGroup> freedGroups;
  size_t freedCount = 0;
  uint64_t freedBytes = 0;
  uint64_t freedSinceStep = 0;  // step of the previous pause (valid when freedCount or hasFreedBaseline)
  bool hasFreedBaseline = false;  // freed* compare this pause with an earlier one
  // Leak-report extras, found once per capture:
  std::vector<NodeIndex> topRetainers;  // objects held directly by a root/frame, most retained first
  struct Pin {
    NodeIndex slice, array;  // a short slice keeping a much bigger backing array alive
    uint64_t len, cap;
  };
  std::vector<Pin> pins;
  // One sample per capture for the timeline (bounded: when full, every
  // other sample is dropped, so a long run keeps its whole shape).
  struct Sample {
    uint64_t step, objects, bytes, goroutines;
  };
  static constexpr size_t kMaxSamples = 2048;
  std::vector<Sample> history;
  uint64_t version = 0;
  double captureMs = 0;             // cost of the last capture (snapshot + analyses)
  size_t mismatches = 0;            // objects whose refcount != referrers
  size_t auditMismatches = 0;       // the same per Session::audit (Heap::audit over the VM's roots)
  bool audited = false;             // auditMismatches is from this capture

  // Function of each closure object at the last capture (object id ->
  // "main.makeCounter.func1"): the snapshot records only its Go type.
  std::unordered_map<uint64_t, std::string> closureFunction;

  bool empty() const { return !snap; }
  void clear();
  // Snapshots the session's heap (between two VM instructions) and runs the
  // analyses. No-op without a live VM. `audit` also runs Session::audit (an
  // extra heap walk: done when paused, skipped for the periodic captures
  // while running).
  void capture(Session& session, bool audit = true);
  // Same on a prepared snapshot (benchmarks and tests).
  void setSnapshot(Snapshot snapshot);

  // The object a query names: "#<id>", a Go type ("[]byte"), a site
  // ("main.load:10") or a function ("main.load"); of several matches the one
  // retaining most bytes (then the lowest id). kNoNode if none.
  NodeIndex findByQuery(std::string_view query) const;
  // The type as a reader expects it: a slice's backing array shows as
  // "[1048576]uint8" rather than its slice type "[]uint8", a variable cell
  // as "cell int".
  std::string displayType(NodeIndex n) const;
  // "[]uint8 #12"
  std::string nodeTitle(NodeIndex n) const;
  // What a closure's captured environment is, for the frame tree and the
  // inspector: "env of main.makeCounter.func1, returned, held by closure #41"
  // once the frame that made it has returned (its variables live on only in
  // the closure), or "env of main.main.func1, shared with the live frame
  // main.main (goroutine 1)". Empty for non-closures.
  struct ClosureEnv {
    std::string function;   // "main.makeCounter.func1" ("" if unknown)
    std::string definedIn;  // "main.makeCounter"
    bool returned = false;  // no live frame of definedIn shares (or could share) its variables
    uint64_t liveGoroutine = 0;  // !returned: the goroutine of that frame (0 if only a copy)
    uint32_t otherHolders = 0;   // other references to its captured cells (other closures)
    std::string text;
  };
  ClosureEnv closureEnv(NodeIndex closure) const;

 private:
  std::vector<uint64_t> signatures_;  // per node of snap (see setSnapshot)
  // Pause snapshots for `freed`: the last pause, and the pause before it at
  // an earlier step (a second capture at the same step keeps the baseline).
  std::shared_ptr<const Snapshot> lastPause_, pauseBaseline_;
  void noteFreedSincePause(bool pauseCapture);
  void findLeakHints(const Snapshot& s);
};

}  // namespace heapscope
