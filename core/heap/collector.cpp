// The cycle collector: trial deletion over the all-objects list (the
// algorithm CPython's gc and QuickJS use; this is our own code).
//
//   1. For every edge (forEachRef) o -> c: internal(c) += 1 (in gcScratch,
//      which is 0 outside a pass, so no initialisation walk is needed).
//   2. refcount(o) - internal(o) = references from OUTSIDE the heap
//      (goroutine registers, globals, VM queues). Roots never need enumerating.
//   3. Every object with outside references or refcount 0 (fresh or queued
//      for freeing: owned by C++ code right now) is alive, and so is
//      everything reachable from one: kFlagReachable.
//   4. The rest is cyclic garbage (or hangs off it). Break: every garbage
//      object decrefs its non-garbage children; then every garbage object is
//      freed without touching other garbage's refcounts, so nothing is freed
//      twice and no object is visited after its block was released.
//
// GENERATIONS. The list is in allocation order (newest at head_, ids
// decreasing along next), so "objects allocated since the last collection"
// is a prefix of the list: those with id >= youngStartId_. A young pass runs
// steps 1-4 on that prefix only, ignoring edges that leave it; a young
// object referenced from an old one then looks externally referenced, which
// is conservative (kept), never wrong. Survivors become old. A full pass
// (all objects) runs when the old generation has doubled since
// the last full pass (CPython's long-lived-pending rule) or after 4x as many
// allocations as there were live objects, and always for
// collectCycles() (runtime.GC) and findCyclicGarbage(). Total work stays
// O(1) per allocation and young passes touch recently allocated memory.
// All walks are worklists; nothing recurses on user data.
#include <algorithm>
#include <vector>

#include "heap/heap_internal.h"

namespace heapscope {

namespace {
struct CountInternal final : RefVisitor {
  uint64_t minId;
  void visit(Object* c, const std::string&) override {
    if (c && c->id >= minId) c->gcScratch++;
  }
};

// Objects that cannot reference anything are marked without a trip through
// the work stack: a slice of 1M closures capturing scalars by value (or of
// strings) would otherwise push 1M entries (8 MB of peak RSS, bench/).
bool isLeaf(Object* o) {
  switch (o->kind) {
    case ObjKind::String: return true;
    case ObjKind::Array: {
      auto* a = static_cast<ArrayObj*>(o);
      return a->rep != ElemRep::Ref || a->elemKind == SlotKind::Scalar;
    }
    case ObjKind::Cell: return static_cast<CellObj*>(o)->kind == SlotKind::Scalar;
    case ObjKind::Box: return !static_cast<BoxObj*>(o)->payloadIsRef;
    case ObjKind::Closure: {
      auto* c = static_cast<ClosureObj*>(o);
      for (uint32_t i = 0; i < c->ncaptures; i++)
        if (c->captures[i]) return false;
      return true;
    }
    default: return false;
  }
}

struct MarkReachable final : RefVisitor {
  uint64_t minId;
  std::vector<Object*>* work;
  void visit(Object* c, const std::string&) override {
    if (c && c->id >= minId && !(c->flags & kFlagReachable)) {
      c->flags |= kFlagReachable;
      if (!isLeaf(c)) work->push_back(c);
    }
  }
};

struct BreakToOutside final : RefVisitor {
  Heap* heap;
  void visit(Object* c, const std::string&) override {
    if (c && !(c->flags & kFlagGarbage)) heap->decref(c);
  }
};

constexpr uint64_t kYoungThreshold = 20000;
}  // namespace

// Steps 1-3 over the objects with id >= minId (a prefix of the list).
// Post: kFlagReachable is set exactly on the prefix objects that must
// survive; the caller's sweep resets gcScratch and clears the flag.
void Heap::markReachable(uint64_t minId) {
  CountInternal count;
  count.minId = minId;
  for (Object* o = head_; o && o->id >= minId; o = o->next) forEachRef(o, count);
  gcWork_.clear();
  for (Object* o = head_; o && o->id >= minId; o = o->next) {
    if (o->refcount > o->gcScratch || o->refcount == 0) {
      o->flags |= kFlagReachable;
      if (!isLeaf(o)) gcWork_.push_back(o);
    }
  }
  MarkReachable mark;
  mark.minId = minId;
  mark.work = &gcWork_;
  while (!gcWork_.empty()) {
    Object* o = gcWork_.back();
    gcWork_.pop_back();
    forEachRef(o, mark);
  }
}

std::vector<Object*> Heap::findCyclicGarbage() {
  markReachable(0);
  std::vector<Object*> garbage;
  for (Object* o = head_; o; o = o->next) {
    if (!(o->flags & kFlagReachable)) garbage.push_back(o);
    o->flags &= static_cast<uint8_t>(~kFlagReachable);
    o->gcScratch = 0;
  }
  return garbage;
}

size_t Heap::collect(bool full) {
  // Queued objects that were resurrected (refcount > 0) leave the queue now:
  // they may turn out to be garbage, and the queue must not keep pointers
  // to blocks this pass frees.
  size_t w = 0;
  for (Object* o : freeQueue_) {
    if (o->refcount == 0) freeQueue_[w++] = o;
    else o->flags &= static_cast<uint8_t>(~kFlagQueued);
  }
  freeQueue_.resize(w);

  uint64_t minId = full ? 0 : youngStartId_;
  markReachable(minId);
  std::vector<Object*> garbage;
  for (Object* o = head_; o && o->id >= minId; o = o->next) {
    o->gcScratch = 0;
    if (o->flags & kFlagReachable) {
      o->flags &= static_cast<uint8_t>(~kFlagReachable);
    } else {
      o->flags |= kFlagGarbage;
      garbage.push_back(o);
    }
  }
  BreakToOutside brk;
  brk.heap = this;
  for (Object* g : garbage) forEachRef(g, brk);
  for (Object* g : garbage) freeObject(g);

  stats_.numGC++;
  stats_.collectedByCycleGC += garbage.size();
  allocsSinceCollect_ = 0;
  youngStartId_ = nextId_;  // every survivor is old now
  if (full) {
    liveAfterFull_ = stats_.liveObjects;
    allocsSinceFull_ = 0;
  }
  return garbage.size();
}

size_t Heap::collectCycles() { return collect(true); }

void Heap::maybeCollect() {
  if (!collectorEnabled_) {
    allocsSinceCollect_ = 0;
    return;
  }
  if (!stressCollect_ && allocsSinceCollect_ < collectThreshold_) return;
  if (stressCollect_) {
    collect(true);
    return;
  }
  allocsSinceFull_ += allocsSinceCollect_;
  collect(false);
  // Full pass when the survivors doubled, or, so that old cycles
  // that became garbage without growth are found too, after 4x as many
  // allocations as there were live objects (amortised: <= 1/4 visit each).
  // Doubling, not CPython's quarter: a program that builds a 2M-object
  // structure paid 5 full walks of it under the quarter rule (most of the
  // closures benchmark's time); doubling bounds that to 2 (bench/, issue 8).
  if (stats_.liveObjects > 2 * liveAfterFull_ + kYoungThreshold ||
      allocsSinceFull_ > 4 * liveAfterFull_ + 5 * kYoungThreshold)
    collect(true);
  collectThreshold_ = kYoungThreshold;
}

}  // namespace heapscope
