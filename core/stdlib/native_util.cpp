// Native-writing helpers (see native_util.h). Ownership: every ret*/new*
// helper hands out references with the +1 the calling convention requires.
#include "stdlib/native_util.h"

#include <cstring>

#include "stdlib/fmt_printer.h"

namespace heapscope::stdlib {

std::string_view bytesOfSlice(Slot s) {
  auto* sl = static_cast<SliceObj*>(s.ref);
  if (!sl || !sl->array || sl->len == 0) return {};
  return std::string_view(reinterpret_cast<const char*>(sl->array->data) + sl->offset, static_cast<size_t>(sl->len));
}

std::string_view argStr(const NativeCall& c, int i) { return stringOf(c.args[i]); }
std::string_view argBytes(const NativeCall& c, int i) { return bytesOfSlice(c.args[i]); }

Slot newStringSlot(VmServices& vm, std::string_view s) {
  if (s.empty()) return slotNil();
  StringObj* o = vm.heap().newString(s, vm.types().basic(TypeKind::String));
  vm.heap().incref(o);
  return slotRef(o);
}

Slot newSliceOf(VmServices& vm, const Type* sliceType, int64_t len) {
  const Type* u = underlyingOf(sliceType);
  ElemRep rep = elemRepOf(u->elem);
  Heap& h = vm.heap();
  ArrayObj* a = h.newArray(sliceType, rep, rep == ElemRep::Ref ? slotKindOf(u->elem) : SlotKind::Scalar, len);
  if (!a) return slotNil();
  SliceObj* s = h.newSlice(sliceType, a, 0, len, len);
  if (!s) return slotNil();
  h.incref(s);
  return slotRef(s);
}

void retString(NativeCall& c, int i, std::string_view s) { c.results[i] = newStringSlot(c.vm, s); }

void retBytes(NativeCall& c, int i, std::string_view s, bool nilIfEmpty) {
  if (s.empty() && nilIfEmpty) { c.results[i] = slotNil(); return; }
  TypeTable& t = c.vm.types();
  Slot r = newSliceOf(c.vm, t.sliceOf(t.basic(TypeKind::Uint8)), static_cast<int64_t>(s.size()));
  auto* sl = static_cast<SliceObj*>(r.ref);
  if (sl && sl->array && !s.empty()) std::memcpy(sl->array->data, s.data(), s.size());
  c.results[i] = r;
}

void retStrings(NativeCall& c, int i, const std::vector<std::string_view>& parts, bool nilIfEmpty) {
  if (parts.empty() && nilIfEmpty) { c.results[i] = slotNil(); return; }
  TypeTable& t = c.vm.types();
  Slot r = newSliceOf(c.vm, t.sliceOf(t.basic(TypeKind::String)), static_cast<int64_t>(parts.size()));
  auto* sl = static_cast<SliceObj*>(r.ref);
  if (sl && sl->array) {
    Slot* slots = sl->array->slots();
    for (size_t k = 0; k < parts.size(); ++k) slots[k] = newStringSlot(c.vm, parts[k]);
  }
  c.results[i] = r;
}

void retInts(NativeCall& c, int i, const std::vector<int64_t>& v) {
  TypeTable& t = c.vm.types();
  Slot r = newSliceOf(c.vm, t.sliceOf(t.basic(TypeKind::Int)), static_cast<int64_t>(v.size()));
  auto* sl = static_cast<SliceObj*>(r.ref);
  if (sl && sl->array) for (size_t k = 0; k < v.size(); ++k) storeElem(sl->array, static_cast<int64_t>(k), slotInt(v[k]));
  c.results[i] = r;
}

void storeThroughPointer(Heap& heap, Object* p, const Type* elemType, Slot v) {
  if (!p) return;
  SlotKind kind = slotKindOf(elemType);
  if (kind == SlotKind::Value) {
    if (v.ref) heap.copyValueInto(p, v.ref);
    return;
  }
  Slot* dst = nullptr;
  ArrayObj* packed = nullptr;
  int64_t packedIndex = 0;
  if (p->kind == ObjKind::Cell) {
    dst = &static_cast<CellObj*>(p)->value;
  } else if (p->kind == ObjKind::Pointer) {
    auto* po = static_cast<PointerObj*>(p);
    Object* base = po->base;
    if (!base) return;
    if (base->kind == ObjKind::Struct) dst = &static_cast<StructObj*>(base)->fields[po->index];
    else if (base->kind == ObjKind::Cell) dst = &static_cast<CellObj*>(base)->value;
    else if (base->kind == ObjKind::Array) {
      auto* a = static_cast<ArrayObj*>(base);
      if (a->rep == ElemRep::Ref) dst = &a->slots()[po->index];
      else { packed = a; packedIndex = po->index; }
    }
  }
  if (packed) { storeElem(packed, packedIndex, v); return; }
  if (!dst) return;
  if (kind == SlotKind::Ref) {
    heap.incref(v.ref);
    Object* old = dst->ref;
    *dst = v;
    heap.decref(old);
  } else {
    *dst = v;
  }
}

bool resultTooLarge(NativeCall& c, uint64_t bytes) {
  Heap& heap = c.vm.heap();
  if (!heap.cannotHold(bytes)) return false;
  heap.outOfMemory = true;
  return true;
}

NativeStatus panicString(NativeCall& c, const std::string& msg) {
  c.vm.panicMessage(msg, false);
  return NativeStatus::Panic;
}

}  // namespace heapscope::stdlib
