// Heap-room private declarations shared by heap.cpp, traverse.cpp, map.cpp,
// collector.cpp and audit.cpp. Not for other rooms.
#pragma once
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

}  // namespace heapscope
