// VM map operations: thin adapters from register Slots to MapObj.
#include "vm/map_ops.h"

#include "types/types.h"

namespace heapscope {

static std::string unhashable(const MapStatus& st) {
  return "hash of unhashable type " + st.unhashable->str();
}

Object* mapNew(Heap& heap, const Type* mapType) { return newMap(heap, mapType); }

const Slot* mapFind(MapObj* m, Slot key, std::string* err) {
  MapStatus st;
  Slot* v = m->find(key, &st);
  if (!st.ok()) *err = unhashable(st);
  return v;
}

bool mapStore(Heap& heap, MapObj* m, Slot key, Slot value, std::string* err) {
  MapStatus st = m->set(heap, key, value);
  if (!st.ok()) {
    *err = unhashable(st);
    return false;
  }
  return true;
}

void mapErase(Heap& heap, MapObj* m, Slot key, std::string* err) {
  MapStatus st = m->erase(heap, key);
  if (!st.ok()) *err = unhashable(st);
}

void mapClear(Heap& heap, MapObj* m) { m->clear(heap); }

static void setReg(Heap& heap, Slot* reg, Slot v, SlotKind k) {
  if (!reg) return;
  if (k == SlotKind::Scalar) {
    *reg = v;
    return;
  }
  heap.incref(v.ref);
  Object* old = reg->ref;
  reg->ref = v.ref;
  if (old) heap.decref(old);
}

bool mapIterNext(Heap& heap, MapObj* m, Slot* it, Slot* keyReg, Slot* valueReg) {
  if (!m) return false;
  MapIter iter;
  iter.lastSeq = it[0].u;
  iter.pos = static_cast<uint32_t>(it[1].u);
  iter.epoch = static_cast<uint32_t>(it[1].u >> 32);
  Slot k, v;
  if (!m->next(iter, &k, &v)) return false;
  it[0].u = iter.lastSeq;
  it[1].u = static_cast<uint64_t>(iter.pos) | (static_cast<uint64_t>(iter.epoch) << 32);
  setReg(heap, keyReg, k, m->keyKind);
  setReg(heap, valueReg, v, m->valueKind);
  return true;
}

}  // namespace heapscope
