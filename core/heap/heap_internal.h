// Heap-room private declarations shared by heap.cpp, traverse.cpp, map.cpp,
// collector.cpp, audit.cpp, value_copy.cpp and value_eq.cpp. Not for other
// rooms.
#pragma once
#include "heap/layout64.h"
#include <cstddef>
#include <type_traits>
#include <vector>

#include "heap/heap.h"

namespace heapscope {

struct MapObj;

// A LIFO worklist whose first N entries live in place, for the walks over
// nested values (copy, zero, compare, hash) that must not recurse on the C++
// stack: a value without nested values (nearly every struct) then costs no
// allocation. With a std::vector, each struct copy was a malloc and a free
// (~9 % of bench/programs/methods.go natively, 5 % in node). Pops come in
// exact LIFO order whether or not entries spilled, so a walk's order (and a
// hash built along it) does not depend on N.
template <typename T, size_t N>
class Worklist {
 public:
  explicit Worklist(T first) { push(first); }
  void push(T v) {
    if (n_ < N) inline_[n_++] = v;
    else spill_.push_back(v);
  }
  bool empty() const { return n_ == 0 && spill_.empty(); }
  T pop() {
    if (spill_.empty()) return inline_[--n_];
    T v = spill_.back();
    spill_.pop_back();
    return v;
  }

 private:
  // The in-place entries are left uninitialised: T must not need construction.
  static_assert(std::is_trivially_default_constructible_v<T>);
  T inline_[N];
  size_t n_ = 0;
  std::vector<T> spill_;
};

// Per-kind hooks for runtime kinds (set by Heap::setKindHooks, process-wide).
extern Heap::KindTraverser gKindTraversers[static_cast<int>(ObjKind::Count)];
extern Heap::KindFinalizer gKindFinalizers[static_cast<int>(ObjKind::Count)];
extern CaptureNameFn gCaptureName;

// map.cpp
void mapForEachRef(MapObj* m, RefVisitor& v);
void mapFreeStorage(MapObj* m);

// Payload offsets of the variable-length kinds (the objects are not
// standard-layout, so offsetof needs the warning silenced once, here).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kStringDataOffset = offsetof(StringObj, data);
constexpr size_t kArrayDataOffset = offsetof(ArrayObj, data);
constexpr size_t kStructFieldsOffset = offsetof(StructObj, fields);
constexpr size_t kClosureCapturesOffset = offsetof(ClosureObj, captures);
#pragma GCC diagnostic pop

// On 64-bit hosts the reported layout (layout64.h) is the real one.
static_assert(sizeof(void*) != 8 ||
              (sizeof(Object) == layout64::kObject && sizeof(SliceObj) == layout64::kSlice &&
               sizeof(BoxObj) == layout64::kBox && sizeof(CellObj) == layout64::kCell &&
               sizeof(PointerObj) == layout64::kPointer &&
               kStringDataOffset == layout64::kStringData && kArrayDataOffset == layout64::kArrayData &&
               kStructFieldsOffset == layout64::kStructFields &&
               kClosureCapturesOffset == layout64::kClosureCaptures),
              "heap/layout64.h no longer matches the 64-bit object layout");

}  // namespace heapscope
