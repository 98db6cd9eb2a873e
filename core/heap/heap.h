// Heap: allocation, refcounts, freeing, the cycle collector and the audit.
//
// Invariants (checked by audit()):
//  - every live object is on the all-objects list exactly once;
//  - object->refcount == number of counted references to it found by walking
//    every object's forEachRef() plus every root reported by the RootSource;
//  - an object whose refcount reaches 0 is freed before the next VM step,
//    through a worklist (freeing a long list never recurses on the C++ stack).
// All allocation goes through allocate(), which counts bytes (for
// runtime.MemStats and --max-heap) and triggers the cycle collector by
// allocation thresholds (clox's reallocate(), CPython's gc generations).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "heap/object.h"

namespace heapscope {

// An allocation site, as the inspector shows it.
struct AllocSite {
  std::string function;  // "main.leaky"
  int line = 0;
};

// Visitor for outgoing references. `label` names the edge as the inspector
// shows it: a field name, "[3]", a map key rendered as Go would ("[\"k\"]"),
// a captured variable name, "buffer[3]", "waiter", "array".
// Labels are only built when wantLabels is true (cheap path otherwise).
struct RefVisitor {
  bool wantLabels = false;
  virtual ~RefVisitor() = default;
  virtual void visit(Object* target, const std::string& label) = 0;
};

// Lists the outgoing counted references of `obj` — THE one function per kind
// (traverse.cpp), used by freeing, the collector, the audit and snapshots.
// Runtime-defined kinds (Chan, Goroutine, Timer, Context, Native) delegate to
// the traverse hook registered with Heap::setKindTraverser.
void forEachRef(Object* obj, RefVisitor& v);

// Roots live outside the heap (goroutine registers, globals, VM temporaries,
// scheduler queues). The VM implements this so audit/collector/snapshots can
// enumerate them, each with a name ("global cache", "main.main frame: x").
class RootSource {
 public:
  virtual ~RootSource() = default;
  struct Root { Object* obj; std::string label; int goroutine = -1; int frame = -1; };
  virtual void forEachRoot(const std::function<void(Object*, const std::string& label)>& fn) = 0;
};

struct HeapStats {
  uint64_t liveBytes = 0, liveObjects = 0;
  uint64_t totalAllocBytes = 0, mallocs = 0, frees = 0, numGC = 0;
  uint64_t collectedByCycleGC = 0;
};

struct AuditMismatch { Object* obj; uint32_t refcount; uint32_t counted; };

class Heap {
 public:
  Heap();
  ~Heap();  // frees everything still alive (no leak reports from ASan at exit)

  // ---- allocation (the object starts with refcount 0; the caller stores it
  // somewhere counted right away, or it is freed at the next safe point)
  Object* allocate(ObjKind kind, size_t bytes, const Type* type);  // zeroed payload
  StringObj* newString(std::string_view bytes, const Type* stringType);
  ArrayObj* newArray(const Type* type, ElemRep rep, SlotKind elemKind, int64_t len);
  SliceObj* newSlice(const Type* type, ArrayObj* array, int64_t offset, int64_t len, int64_t cap);
  StructObj* newStruct(const Type* type, uint32_t nfields, const SlotKind* kinds);
  BoxObj* newBox(const Type* dynType, Slot payload, bool payloadIsRef);
  CellObj* newCell(const Type* type, SlotKind kind);
  PointerObj* newPointer(const Type* type, Object* base, uint32_t index);
  ClosureObj* newClosure(const Type* type, const FuncProto* fn, uint32_t ncaptures);

  // ---- refcounts
  inline void incref(Object* o) { if (o) ++o->refcount; }
  inline void decref(Object* o) { if (o && --o->refcount == 0) release(o); }
  void release(Object* o);  // queue for freeing; drained by drainFrees()
  void drainFrees();        // frees queued objects, decref'ing their children

  // ---- deep copy of value-type objects (struct/array contents)
  Object* cloneValue(Object* value);               // a fresh owned copy (refcount 0)
  void copyValueInto(Object* dst, Object* src);    // same type; dst keeps its identity

  // ---- allocation context: what the inspector shows as "allocated at"
  uint32_t internSite(const std::string& function, int line);
  void setCurrentSite(uint32_t site) { currentSite_ = site; }
  void setStepCounter(const uint64_t* steps) { steps_ = steps; }
  const std::vector<AllocSite>& sites() const { return sites_; }

  // ---- cycle collection (trial deletion; needs roots for nothing: it only
  // looks at internal references, as CPython's gc does)
  void setCycleCollector(bool enabled) { collectorEnabled_ = enabled; }
  size_t collectCycles();          // returns objects freed
  void maybeCollect();             // by allocation threshold, if enabled

  // ---- audit: refcount == counted referrers for every object
  std::vector<AuditMismatch> audit(RootSource& roots);

  // ---- enumeration for snapshots
  Object* firstObject() const { return head_; }
  const HeapStats& stats() const { return stats_; }
  uint64_t maxBytes = 0;  // 0 = no limit; allocate() reports overflow via outOfMemory
  bool outOfMemory = false;

  // Runtime kinds (Chan, Goroutine, Timer, Context, Native) are defined in
  // vm/ and stdlib/; they register their reference lister and finaliser here.
  using KindTraverser = void (*)(Object*, RefVisitor&);
  using KindFinalizer = void (*)(Object*);  // frees payload owned outside the object block
  void setKindHooks(ObjKind kind, KindTraverser t, KindFinalizer f);

 private:
  Object* head_ = nullptr;
  HeapStats stats_;
  std::vector<Object*> freeQueue_;
  std::vector<AllocSite> sites_;
  uint32_t currentSite_ = 0;
  const uint64_t* steps_ = nullptr;
  uint64_t nextId_ = 1;
  bool collectorEnabled_ = true;
  uint64_t allocsSinceCollect_ = 0;
  friend void forEachRef(Object*, RefVisitor&);
};

}  // namespace heapscope
