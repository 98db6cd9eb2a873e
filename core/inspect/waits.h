// What blocked goroutines wait on, and who could still wake them: the
// goroutine view's "blocked on chan main.result #74 — held by ..." links.
// Per wait object (a channel, or a sync.Mutex / RWMutex / WaitGroup / Cond;
// SnapshotGoroutine::waitsOn) it lists the goroutines waiting on it, who
// holds a reference to it (one retainer path per direct referrer, from the
// retainer machinery of inspect/retainers.h), and whether anything that can
// still act reaches it.
//
// "Can act" is the rule of Vm::findLeaks (core/vm/leaks.cpp), applied to the
// snapshot: roots owned by no goroutine (globals, timers, runtime), every
// goroutine that is running, runnable or sleeping, and then, until nothing
// changes, each waiting goroutine one of whose wait objects those reach (it
// can be woken, so its stack can act too). A waiting goroutine none of whose
// wait objects is reached is leaked: nothing can ever wake it.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "inspect/retainers.h"
#include "inspect/snapshot.h"

namespace heapscope {

struct WaitHolder {
  RetainerPath path;             // a root -> ... -> the wait object, through one direct referrer
  NodeIndex referrer = kNoNode;  // that direct referrer (kNoNode: the root points at the object itself)
  int goroutine = -1;            // goroutine index owning the path's root, -1 for globals / runtime
  bool live = false;             // the referrer is reached by something that can act
};

struct WaitObject {
  NodeIndex node = kNoNode;
  std::vector<uint32_t> waiters;    // goroutine indices waiting on it, ascending
  bool reachable = false;           // something that can act reaches it
  RetainerPath wakePath;            // when reachable: how the part that can act reaches it (never
                                    // through the stacks of its own waiters)
  std::vector<WaitHolder> holders;  // the shortest first, at most maxHolders
};

struct WaitAnalysis {
  std::vector<WaitObject> objects;                // in the order of their first waiter
  std::vector<std::vector<uint32_t>> ofGoroutine; // per goroutine: indices into objects
  std::vector<uint8_t> waiting;                   // per goroutine: parked on others (not sleeping)
  std::vector<uint8_t> canAct;                    // per goroutine: its stack can act (see above)
  std::vector<uint8_t> leaked;                    // per goroutine: waiting, and nothing can wake it
  size_t leakedCount = 0;

  // Index into objects of `node`, or -1.
  int find(NodeIndex node) const;
};

// True for a goroutine state that is a wait reason other than sleeping
// ("chan receive", "select", "sync.Mutex.Lock", "semacquire", ...).
bool isWaitState(std::string_view state);

// O(nodes + edges) when some goroutine waits (two BFS passes and one edge
// scan); only a pass over the goroutines otherwise.
WaitAnalysis analyzeWaits(const Snapshot& snap, size_t maxHolders = 6);

}  // namespace heapscope
