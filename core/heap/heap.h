// Heap: allocation, refcounts, freeing, the cycle collector and the audit.
//
// Invariants (checked by audit()):
//  - every live object is on the all-objects list exactly once;
//  - object->refcount == number of counted references to it found by walking
//    every object's forEachRef() plus every root reported by the RootSource;
//  - an object whose refcount reaches 0 is freed before the next VM step,
//    through a worklist (freeing a long list never recurses on the C++ stack).
// All allocation goes through allocate(), which counts bytes (for
// runtime.MemStats and --max-heap) and counts towards the cycle collector's
// allocation threshold (clox's reallocate(), CPython's gc generations).
//
// OWNERSHIP RULES (what the VM must do):
//  - new*() returns an object with refcount 0 that is already queued as
//    "fresh": if nobody increfs it before the next drainFrees(), it is freed
//    there. Constructors that take Object* arguments (newSlice's array,
//    newPointer's base, newBox's payload when payloadIsRef) incref them.
//  - Storing a reference anywhere counted = incref; overwriting/dropping = decref.
//    decref() never frees immediately: objects reaching 0 are queued and freed
//    by drainFrees(), so a value read from an object stays valid until the
//    next drainFrees() even if the object was just decref'd.
//  - Call safePoint() (= drainFrees() + maybeCollect()) between instructions
//    (cheap when nothing is pending), never while C++ code holds pointers to
//    objects whose only references were dropped.
//  - The cycle collector never runs inside allocate(); it runs only from
//    maybeCollect()/collectCycles(). It treats refcount-0 objects (fresh or
//    queued) as alive, so it is safe to call even with fresh temporaries.
//  - Value-type objects (StructObj/ArrayObj) are uniquely owned: to assign,
//    copyValueInto(dst, src); to put one in a new place (box, map, append),
//    cloneValue(src) then incref the clone.
//    newStruct/newArray/newZeroValue fill Value-kind fields/elements with
//    zero objects; newCell does not (the VM stores the variable's object).
//    MapObj clones Value-kind keys/values itself: pass borrowed Slots.
//  - A pointer the VM keeps must be counted: the collector frees cyclic
//    garbage, and an uncounted C++ pointer into a cycle does not keep it.
//  - Debug: build with -DHEAPSCOPE_HEAP_MALLOC to take every block from
//    malloc (no size-class recycling) so ASan reports use-after-free;
//    setStressCollect(true) collects at every safe point.
//  - Out of memory (maxBytes): allocations that cross the limit still succeed
//    and set outOfMemory = true; the VM checks the flag at its next safe point
//    and reports `fatal error: runtime: out of memory`. Only a single request
//    that can never fit (larger than maxBytes, size overflow, or the C
//    allocator failing) returns nullptr (also setting outOfMemory).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// Hook for closure edge labels: the compiler room sets it to return the Go
// name of capture i of a FuncProto (or nullptr). Without it captures are
// labelled "capture[i]". Global because FuncProto is a compile-room type.
using CaptureNameFn = const char* (*)(const FuncProto* fn, uint32_t index);
void setCaptureNameHook(CaptureNameFn fn);

// Heap-private bits of Object::flags.
enum ObjFlag : uint8_t {
  kFlagQueued = 1,     // on the free queue (fresh, or refcount reached 0)
  kFlagReachable = 2,  // collector: reachable from outside (cleared after each pass)
  kFlagGarbage = 4,    // collector: being freed as cyclic garbage
};

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
  // `bytes` is the whole block including the Object header (e.g.
  // sizeof(ChanObj)); the block is zeroed. Runtime kinds with non-trivial
  // members placement-new them and destroy them in their KindFinalizer.
  // `shownBytes` is the size in the 64-bit layout (heap/layout64.h), what
  // shallowSize, the byte stats and maxBytes count; 0 means `bytes`.
  Object* allocate(ObjKind kind, size_t bytes, const Type* type, size_t shownBytes = 0);  // zeroed payload
  StringObj* newString(std::string_view bytes, const Type* stringType);
  ArrayObj* newArray(const Type* type, ElemRep rep, SlotKind elemKind, int64_t len);
  SliceObj* newSlice(const Type* type, ArrayObj* array, int64_t offset, int64_t len, int64_t cap);
  StructObj* newStruct(const Type* type, uint32_t nfields, const SlotKind* kinds);
  BoxObj* newBox(const Type* dynType, Slot payload, bool payloadIsRef);
  CellObj* newCell(const Type* type, SlotKind kind);
  PointerObj* newPointer(const Type* type, Object* base, uint32_t index);
  ClosureObj* newClosure(const Type* type, const FuncProto* fn, uint32_t ncaptures, bool valueSlots = false);
  // [added] The zero value of a struct/array type as a fresh owned object
  // (nested struct/array fields get their own zero objects); nullptr for
  // other types (their zero value is the zero Slot).
  Object* newZeroValue(const Type* type);
  // [added] Sets every slot of a value object to zero (decref'ing refs,
  // zeroing nested value objects in place).
  void zeroValueInto(Object* value);
  // [added] Memory owned outside the object block (map tables): adds `delta`
  // to obj->shallowSize and the byte stats (checks maxBytes).
  void adjustExternalBytes(Object* obj, int64_t delta);

  // ---- refcounts
  inline void incref(Object* o) { if (o) ++o->refcount; }
  inline void decref(Object* o) { if (o && --o->refcount == 0) release(o); }
  void release(Object* o);  // queue for freeing; drained by drainFrees()
  void drainFrees();        // frees queued objects, decref'ing their children
  bool hasPendingFrees() const { return !freeQueue_.empty(); }
  // [added] the VM's per-instruction safe point: frees, then maybe collects.
  inline void safePoint() {
    if (!freeQueue_.empty()) drainFrees();
    if (allocsSinceCollect_ >= collectThreshold_) maybeCollect();
  }

  // ---- deep copy of value-type objects (struct/array contents)
  // cloneValue of a non-value kind returns the object itself (shared,
  // immutable or reference kinds); nullptr stays nullptr.
  Object* cloneValue(Object* value);               // a fresh owned copy (refcount 0)
  void copyValueInto(Object* dst, Object* src);    // same type; dst keeps its identity (src nullptr = zero value)

  // ---- allocation context: what the inspector shows as "allocated at"
  uint32_t internSite(const std::string& function, int line);
  void setCurrentSite(uint32_t site) { currentSite_ = site; }
  // [added] Lazily evaluated site: when set, allocate() asks it for the
  // current site (the VM answers from the running frame's function and pc,
  // interned per (function, pc)), so the interpreter loop pays nothing per
  // instruction, only one indirect call per allocation. Returning 0 means
  // "(runtime)" / unknown.
  using SiteResolver = uint32_t (*)(void* ctx);
  void setSiteResolver(SiteResolver fn, void* ctx) { siteResolver_ = fn; siteCtx_ = ctx; }
  void setStepCounter(const uint64_t* steps) { steps_ = steps; }
  const std::vector<AllocSite>& sites() const { return sites_; }

  // ---- cycle collection (trial deletion; needs roots for nothing: it only
  // looks at internal references, as CPython's gc does). maybeCollect runs
  // a young pass (objects allocated since the last pass) every 20000
  // allocations and a full pass when the survivors doubled;
  // collectCycles is always a full pass. See collector.cpp.
  void setCycleCollector(bool enabled) { collectorEnabled_ = enabled; }
  bool cycleCollectorEnabled() const { return collectorEnabled_; }
  size_t collectCycles();          // returns objects freed (runs even when disabled: runtime.GC)
  void maybeCollect();             // by allocation threshold, if enabled
  // [added] cyclic garbage as collectCycles would free it, without freeing
  // (for leak reports). Objects are in all-objects-list order.
  std::vector<Object*> findCyclicGarbage();
  // [added] debug: collect at every maybeCollect() (clox's DEBUG_STRESS_GC)
  void setStressCollect(bool on) { stressCollect_ = on; collectThreshold_ = on ? 0 : 20000; }

  // ---- audit: refcount == counted referrers for every object
  // Also checks the all-objects list (links, count == stats().liveObjects)
  // and references to objects not on the list; those problems are described
  // in auditNotes (empty when the list is sound).
  std::vector<AuditMismatch> audit(RootSource& roots);
  std::vector<std::string> auditNotes;

  // ---- enumeration for snapshots
  Object* firstObject() const { return head_; }
  const HeapStats& stats() const { return stats_; }
  uint64_t maxBytes = 0;  // 0 = no limit; allocate() reports overflow via outOfMemory
  static constexpr uint64_t kMaxObjectBytes = 0xFFFF0000ull;  // shallowSize is 32-bit
  // A single object of `bytes` can never exist (over kMaxObjectBytes or over
  // maxBytes): allocate() refuses it, natives ask before building a result.
  bool cannotHold(uint64_t bytes) const { return bytes > kMaxObjectBytes || (maxBytes && bytes > maxBytes); }
  bool outOfMemory = false;

  // Runtime kinds (Chan, Goroutine, Timer, Context, Native) are defined in
  // vm/ and stdlib/; they register their reference lister and finaliser here.
  using KindTraverser = void (*)(Object*, RefVisitor&);
  using KindFinalizer = void (*)(Object*);  // frees payload owned outside the object block
  // Hooks are process-wide (forEachRef has no Heap argument). A finaliser
  // must not touch refcounts: the heap has already released every reference
  // the traverser listed.
  void setKindHooks(ObjKind kind, KindTraverser t, KindFinalizer f);

 private:
  // Size classes (heap.cpp): 16-byte steps up to 512 bytes, then 128-byte
  // steps up to 4 KiB; larger blocks come from malloc.
  static constexpr int kNumClasses = 32 + 28;
  void* allocBlock(size_t bytes, uint16_t* sizeClass);
  void freeBlock(void* p, uint16_t sizeClass);
  void freeObject(Object* o);              // unlink, finalise, return memory (no child decrefs)
  void markReachable(uint64_t minId);      // trial deletion on ids >= minId: sets kFlagReachable
  size_t collect(bool full);               // young (ids >= youngStartId_) or full pass
  const SlotKind* fieldKindsOf(const Type* structType);
  void* freeLists_[kNumClasses] = {};
  char* bumpPtr_ = nullptr;
  char* bumpEnd_ = nullptr;
  std::vector<void*> chunks_;
  uint64_t collectThreshold_ = 20000;
  uint64_t youngStartId_ = 0;   // objects with id >= this were allocated since the last pass
  uint64_t liveAfterFull_ = 0;  // live objects after the last full pass
  uint64_t allocsSinceFull_ = 0;
  bool stressCollect_ = false;
  std::unordered_map<const Type*, std::vector<SlotKind>> kindsCache_;  // when Type::fieldKinds is unset
  std::vector<Object*> gcWork_;
  Object* head_ = nullptr;
  HeapStats stats_;
  std::vector<Object*> freeQueue_;
  std::vector<AllocSite> sites_;
  std::unordered_map<std::string, uint32_t> siteIndex_;  // "function\nline" -> site
  uint32_t currentSite_ = 0;
  SiteResolver siteResolver_ = nullptr;
  void* siteCtx_ = nullptr;
  const uint64_t* steps_ = nullptr;
  uint64_t nextId_ = 1;
  bool collectorEnabled_ = true;
  uint64_t allocsSinceCollect_ = 0;
  friend void forEachRef(Object*, RefVisitor&);
};

}  // namespace heapscope
