// Copies of value-type objects (StructObj, ArrayObj): Go assignment of a
// struct or array copies the contents INTO the destination object so that
// pointers into it stay valid (object.h). Slots are copied by SlotKind:
// Scalar = bits, Ref = incref new / decref old, Value = nested owned object
// copied into (or cloned when the destination has none).
// All walks use an explicit worklist: nesting depth never reaches the C++ stack.
#include <cstring>

#include "heap/heap.h"
#include "heap/heap_internal.h"
#include "heap/type_rep.h"

namespace heapscope {

namespace {
// One copy to make (a struct of pointers: Worklist entries are not
// initialised, where a std::pair's would be zeroed on every call).
struct CopyJob {
  Object* dst;
  Object* src;
};

// Slot views shared by structs and arrays of Ref/Value elements.
struct SlotSpan {
  Slot* slots = nullptr;
  int64_t n = 0;
  const SlotKind* kinds = nullptr;  // per slot (structs), or nullptr + uniform
  SlotKind uniform = SlotKind::Scalar;
  SlotKind kind(int64_t i) const { return kinds ? kinds[i] : uniform; }
};

bool spanOf(Object* o, SlotSpan* s) {
  if (o->kind == ObjKind::Struct) {
    auto* st = static_cast<StructObj*>(o);
    s->slots = st->fields;
    s->n = st->nfields;
    s->kinds = st->fieldKinds;
    if (!s->kinds) s->uniform = SlotKind::Scalar;
    return true;
  }
  if (o->kind == ObjKind::Array) {
    auto* a = static_cast<ArrayObj*>(o);
    if (a->rep != ElemRep::Ref) return false;
    s->slots = a->slots();
    s->n = a->len;
    s->kinds = nullptr;
    s->uniform = a->elemKind;
    return true;
  }
  return false;
}
}  // namespace

Object* Heap::cloneValue(Object* value) {
  if (!value) return nullptr;
  Object* c = nullptr;
  if (value->kind == ObjKind::Struct) {
    auto* s = static_cast<StructObj*>(value);
    c = newStruct(s->type, s->nfields, s->fieldKinds);
  } else if (value->kind == ObjKind::Array) {
    auto* a = static_cast<ArrayObj*>(value);
    c = newArray(a->type, a->rep, a->elemKind, a->len);
  } else {
    return value;  // shared kinds: the same object is the copy
  }
  if (c) copyValueInto(c, value);
  return c;
}

void Heap::copyValueInto(Object* dst, Object* src) {
  if (!dst || dst == src) return;
  if (!src) {
    zeroValueInto(dst);
    return;
  }
  Worklist<CopyJob, 16> work({dst, src});
  while (!work.empty()) {
    auto [d, s] = work.pop();
    if (d->kind == ObjKind::Array && s->kind == ObjKind::Array) {
      auto* da = static_cast<ArrayObj*>(d);
      auto* sa = static_cast<ArrayObj*>(s);
      if (da->rep != ElemRep::Ref) {
        int64_t n = da->len < sa->len ? da->len : sa->len;
        if (da->rep == sa->rep) std::memmove(da->data, sa->data, static_cast<size_t>(n) * elemRepSize(da->rep));
        continue;
      }
    }
    SlotSpan ds, ss;
    if (!spanOf(d, &ds) || !spanOf(s, &ss)) continue;
    int64_t n = ds.n < ss.n ? ds.n : ss.n;
    for (int64_t i = 0; i < n; i++) {
      switch (ds.kind(i)) {
        case SlotKind::Scalar: ds.slots[i] = ss.slots[i]; break;
        case SlotKind::Ref: {
          Object* nv = ss.slots[i].ref;
          Object* old = ds.slots[i].ref;
          if (nv == old) break;
          incref(nv);
          ds.slots[i].ref = nv;
          decref(old);
          break;
        }
        case SlotKind::Value: {
          Object* dc = ds.slots[i].ref;
          Object* sc = ss.slots[i].ref;
          if (!sc) {
            if (dc) zeroValueInto(dc);
          } else if (!dc) {
            Object* c = cloneValue(sc);
            incref(c);
            ds.slots[i].ref = c;
          } else if (dc != sc) {
            work.push({dc, sc});
          }
          break;
        }
      }
    }
  }
}

void Heap::zeroValueInto(Object* value) {
  if (!value) return;
  Worklist<Object*, 16> work(value);
  while (!work.empty()) {
    Object* o = work.pop();
    if (o->kind == ObjKind::Array) {
      auto* a = static_cast<ArrayObj*>(o);
      if (a->rep != ElemRep::Ref) {
        std::memset(a->data, 0, static_cast<size_t>(a->len) * elemRepSize(a->rep));
        continue;
      }
    }
    SlotSpan sp;
    if (!spanOf(o, &sp)) continue;
    for (int64_t i = 0; i < sp.n; i++) {
      switch (sp.kind(i)) {
        case SlotKind::Scalar: sp.slots[i].u = 0; break;
        case SlotKind::Ref: {
          Object* old = sp.slots[i].ref;
          sp.slots[i].ref = nullptr;
          decref(old);
          break;
        }
        case SlotKind::Value:
          if (sp.slots[i].ref) work.push(sp.slots[i].ref);
          break;
      }
    }
  }
}

}  // namespace heapscope
