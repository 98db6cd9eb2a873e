// Heap-room private declarations shared by heap.cpp, traverse.cpp, map.cpp,
// collector.cpp and audit.cpp. Not for other rooms.
#pragma once
#include "heap/layout64.h"
#include <cstddef>

#include "heap/heap.h"

namespace heapscope {

struct MapObj;

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
