// The VM's map operations over the heap room's MapObj (heap/map.h).
// Keys/values are Slots as stored in registers (borrowed); the map copies
// what it keeps. Iteration state lives in two scalar registers (MapIter's
// lastSeq and pos|epoch), so a range loop allocates nothing.
#pragma once
#include <cstdint>
#include <string>

#include "heap/heap.h"
#include "heap/map.h"

namespace heapscope {

struct Type;

Object* mapNew(Heap& heap, const Type* mapType);
inline int64_t mapLen(MapObj* m) { return m ? m->len() : 0; }
// nullptr if absent; err = "hash of unhashable type T" for bad interface keys
const Slot* mapFind(MapObj* m, Slot key, std::string* err);
bool mapStore(Heap& heap, MapObj* m, Slot key, Slot value, std::string* err);
void mapErase(Heap& heap, MapObj* m, Slot key, std::string* err);
void mapClear(Heap& heap, MapObj* m);
// Next entry: writes key/value registers (counted per kind; Value kinds are
// the map's own objects, borrowed + incref'd); false at the end.
bool mapIterNext(Heap& heap, MapObj* m, Slot* iterRegs, Slot* keyReg, Slot* valueReg);

}  // namespace heapscope
