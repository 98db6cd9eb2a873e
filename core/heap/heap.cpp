// Heap: allocation (size-class free lists for small blocks), the
// all-objects list, typed constructors, stats, the free queue and its
// worklist drain. Cycle collection is in collector.cpp, value copies in
// value_copy.cpp, the audit in audit.cpp.
//
// Allocator: blocks up to 512 bytes come from 16-byte size classes carved
// out of 64 KiB chunks and recycled through per-class free lists (the class
// is kept in Object::pad, so there is no per-block overhead beyond rounding
// to 16). Larger blocks use malloc. Chunks are returned only when the Heap
// dies. Invariant: every block handed out is zeroed and starts an Object.
//
// Free queue: freeQueue_ holds (a) every freshly allocated object and (b)
// every object whose refcount dropped to 0; both carry kFlagQueued so an
// object is queued at most once. drainFrees() frees those still at 0 and
// simply unflags the others (fresh objects that were stored, or objects
// resurrected by an incref before the drain).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "heap/heap_internal.h"
#include "heap/map.h"
#include "heap/type_rep.h"

namespace heapscope {

namespace {
constexpr size_t kChunkBytes = 64 * 1024;
constexpr size_t kMaxSmall = 512;    // 16-byte classes 1..32
// 128-byte classes 33..60 up to 4 KiB: a 1 KiB make([]byte, 1024) went to
// malloc's slower bins (past glibc's tcache, dlmalloc's small bins) on every
// allocation and free (~12 % of bench/go/lambda_leak.go natively).
constexpr size_t kMaxMedium = 4096;
constexpr size_t kMediumStep = 128;

// Zeroes a size-class block's first n bytes (n a multiple of 16, at most
// 256) with straight-line 16-byte stores. In WebAssembly a variable-size
// memset is a memory.fill, which V8 runs as a call out to C: a few dozen ns
// on each of the millions of small objects an allocation-heavy program makes.
inline void zeroSmallBlock(void* p, size_t n) {
  char* c = static_cast<char*>(p);
  switch (n / 16) {  // every case falls through to the ones below it
    case 16: std::memset(c + 240, 0, 16); [[fallthrough]];
    case 15: std::memset(c + 224, 0, 16); [[fallthrough]];
    case 14: std::memset(c + 208, 0, 16); [[fallthrough]];
    case 13: std::memset(c + 192, 0, 16); [[fallthrough]];
    case 12: std::memset(c + 176, 0, 16); [[fallthrough]];
    case 11: std::memset(c + 160, 0, 16); [[fallthrough]];
    case 10: std::memset(c + 144, 0, 16); [[fallthrough]];
    case 9: std::memset(c + 128, 0, 16); [[fallthrough]];
    case 8: std::memset(c + 112, 0, 16); [[fallthrough]];
    case 7: std::memset(c + 96, 0, 16); [[fallthrough]];
    case 6: std::memset(c + 80, 0, 16); [[fallthrough]];
    case 5: std::memset(c + 64, 0, 16); [[fallthrough]];
    case 4: std::memset(c + 48, 0, 16); [[fallthrough]];
    case 3: std::memset(c + 32, 0, 16); [[fallthrough]];
    case 2: std::memset(c + 16, 0, 16); [[fallthrough]];
    case 1: std::memset(c, 0, 16); [[fallthrough]];
    default: break;
  }
}

constexpr size_t classBytes(size_t cls) { return cls <= 32 ? cls * 16 : kMaxSmall + (cls - 32) * kMediumStep; }

struct DecrefChildren final : RefVisitor {
  Heap* heap;
  std::vector<Object*>* queue;
  void visit(Object* c, const std::string&) override {
    // A child at 0 here would mean a refcount bug; never underflow.
    if (!c || c->refcount == 0) return;
    if (--c->refcount == 0 && !(c->flags & kFlagQueued)) {
      c->flags |= kFlagQueued;
      queue->push_back(c);
    }
  }
};
}  // namespace

Heap::Heap() {
  sites_.push_back(AllocSite{});
  freeQueue_.reserve(1024);
}

Heap::~Heap() {
  // No refcount work: everything dies. Finalisers free external payloads.
  Object* o = head_;
  while (o) {
    Object* next = o->next;
    if (o->kind == ObjKind::Map) mapFreeStorage(static_cast<MapObj*>(o));
    else if (auto fin = gKindFinalizers[static_cast<int>(o->kind)]) fin(o);
    if (o->pad == 0) std::free(o);
    o = next;
  }
  for (void* c : chunks_) std::free(c);
}

void* Heap::allocBlock(size_t bytes, uint16_t* sizeClass) {
  static_assert(classBytes(kNumClasses) == kMaxMedium, "the last class ends at kMaxMedium");
#ifndef HEAPSCOPE_HEAP_MALLOC  // debug: every block from malloc, so ASan sees use-after-free
  if (bytes <= kMaxMedium) {
    size_t cls = bytes <= kMaxSmall ? (bytes + 15) / 16 : 32 + (bytes - kMaxSmall + kMediumStep - 1) / kMediumStep;
    if (cls == 0) cls = 1;
    *sizeClass = static_cast<uint16_t>(cls);
    void*& head = freeLists_[cls - 1];
    if (head) {
      void* p = head;
      head = *static_cast<void**>(p);
      return p;
    }
    size_t sz = classBytes(cls);
    if (bumpPtr_ == nullptr || static_cast<size_t>(bumpEnd_ - bumpPtr_) < sz) {
      char* c = static_cast<char*>(std::malloc(kChunkBytes));
      if (!c) return nullptr;
      chunks_.push_back(c);
      bumpPtr_ = c;
      bumpEnd_ = c + kChunkBytes;
    }
    void* p = bumpPtr_;
    bumpPtr_ += sz;
    return p;
  }
#endif
  *sizeClass = 0;
  return std::malloc(bytes);
}

void Heap::freeBlock(void* p, uint16_t sizeClass) {
  if (sizeClass == 0) {
    std::free(p);
    return;
  }
  *static_cast<void**>(p) = freeLists_[sizeClass - 1];
  freeLists_[sizeClass - 1] = p;
}

Object* Heap::allocate(ObjKind kind, size_t bytes, const Type* type, size_t shownBytes) {
  if (bytes < sizeof(Object)) bytes = sizeof(Object);
  if (shownBytes < bytes) shownBytes = bytes;
  if (cannotHold(shownBytes)) {
    outOfMemory = true;
    return nullptr;
  }
  if (maxBytes && stats_.liveBytes + shownBytes > maxBytes) outOfMemory = true;
  uint16_t cls = 0;
  void* p = allocBlock(bytes, &cls);
  if (!p) {
    outOfMemory = true;
    return nullptr;
  }
  // (recycled blocks: the tail past `bytes` is never read; a class block
  // has room for `bytes` rounded up to 16)
  if (cls != 0 && bytes <= 256) zeroSmallBlock(p, (bytes + 15) & ~size_t(15));
  else std::memset(p, 0, bytes);
  Object* o = static_cast<Object*>(p);
  o->id = nextId_++;
  o->allocStep = steps_ ? *steps_ : 0;
  o->type = type;
  o->site = siteResolver_ ? siteResolver_(siteCtx_) : currentSite_;
  o->shallowSize = static_cast<uint32_t>(shownBytes);
  o->kind = kind;
  o->pad = cls;
  o->next = head_;
  if (head_) head_->prev = o;
  head_ = o;
  o->flags = kFlagQueued;  // fresh: freed at the next drain unless stored
  freeQueue_.push_back(o);
  stats_.liveBytes += shownBytes;
  stats_.liveObjects++;
  stats_.totalAllocBytes += shownBytes;
  stats_.mallocs++;
  allocsSinceCollect_++;
  return o;
}

void Heap::adjustExternalBytes(Object* obj, int64_t delta) {
  obj->shallowSize = static_cast<uint32_t>(static_cast<int64_t>(obj->shallowSize) + delta);
  stats_.liveBytes = static_cast<uint64_t>(static_cast<int64_t>(stats_.liveBytes) + delta);
  if (delta > 0) {
    stats_.totalAllocBytes += static_cast<uint64_t>(delta);
    if (maxBytes && stats_.liveBytes > maxBytes) outOfMemory = true;
  }
}

StringObj* Heap::newString(std::string_view bytes, const Type* stringType) {
  auto* s = static_cast<StringObj*>(allocate(ObjKind::String, kStringDataOffset + bytes.size(), stringType,
                                                   layout64::kStringData + bytes.size()));
  if (!s) return nullptr;
  s->len = static_cast<int64_t>(bytes.size());
  if (!bytes.empty()) std::memcpy(s->data, bytes.data(), bytes.size());
  return s;
}

ArrayObj* Heap::newArray(const Type* type, ElemRep rep, SlotKind elemKind, int64_t len) {
  if (len < 0) len = 0;
  size_t esize = elemRepSize(rep);
  if (static_cast<uint64_t>(len) > (kMaxObjectBytes - kArrayDataOffset) / esize) {
    outOfMemory = true;
    return nullptr;
  }
  size_t bytes = kArrayDataOffset + static_cast<size_t>(len) * esize;
  auto* a = static_cast<ArrayObj*>(allocate(ObjKind::Array, bytes, type, bytes - kArrayDataOffset + layout64::kArrayData));
  if (!a) return nullptr;
  a->len = len;
  a->rep = rep;
  a->elemKind = rep == ElemRep::Ref ? elemKind : SlotKind::Scalar;
  if (a->elemKind == SlotKind::Value) {
    // A value-type element location always holds an object (object.h).
    const Type* u = underlyingOf(type);
    const Type* elem = u ? u->elem : nullptr;
    if (elem) {
      Slot* s = a->slots();
      for (int64_t i = 0; i < len; i++) {
        Object* z = newZeroValue(elem);
        if (!z) break;
        ++z->refcount;
        s[i].ref = z;
      }
    }
  }
  return a;
}

SliceObj* Heap::newSlice(const Type* type, ArrayObj* array, int64_t offset, int64_t len, int64_t cap) {
  auto* s = static_cast<SliceObj*>(allocate(ObjKind::Slice, sizeof(SliceObj), type, layout64::kSlice));
  if (!s) return nullptr;
  incref(array);
  s->array = array;
  s->offset = offset;
  s->len = len;
  s->cap = cap;
  return s;
}

const SlotKind* Heap::fieldKindsOf(const Type* structType) {
  const Type* u = underlyingOf(structType);
  if (!u) return nullptr;
  if (u->fieldKinds.size() == u->fields.size()) return u->fieldKinds.data();
  auto& v = kindsCache_[u];
  if (v.size() != u->fields.size()) {
    v.clear();
    for (const StructField& f : u->fields) v.push_back(slotKindOf(f.type));
  }
  return v.data();
}

StructObj* Heap::newStruct(const Type* type, uint32_t nfields, const SlotKind* kinds) {
  size_t bytes = kStructFieldsOffset + static_cast<size_t>(nfields) * sizeof(Slot);
  auto* s = static_cast<StructObj*>(allocate(ObjKind::Struct, bytes, type, bytes - kStructFieldsOffset + layout64::kStructFields));
  if (!s) return nullptr;
  s->nfields = nfields;
  if (!kinds && nfields) kinds = fieldKindsOf(type);
  s->fieldKinds = kinds;
  if (kinds) {
    const Type* u = underlyingOf(type);
    bool typed = u && u->kind == TypeKind::Struct && u->fields.size() == nfields;
    for (uint32_t i = 0; i < nfields; i++) {
      if (kinds[i] != SlotKind::Value || !typed) continue;
      Object* z = newZeroValue(u->fields[i].type);
      if (z) {
        ++z->refcount;
        s->fields[i].ref = z;
      }
    }
  }
  return s;
}

Object* Heap::newZeroValue(const Type* type) {
  const Type* u = underlyingOf(type);
  if (!u) return nullptr;
  if (u->kind == TypeKind::Struct)
    return newStruct(type, static_cast<uint32_t>(u->fields.size()), fieldKindsOf(u));
  if (u->kind == TypeKind::Array) {
    ElemRep rep = elemRepOf(u->elem);
    return newArray(type, rep, rep == ElemRep::Ref ? slotKindOf(u->elem) : SlotKind::Scalar, u->len);
  }
  return nullptr;
}

BoxObj* Heap::newBox(const Type* dynType, Slot payload, bool payloadIsRef) {
  auto* b = static_cast<BoxObj*>(allocate(ObjKind::Box, sizeof(BoxObj), dynType, layout64::kBox));
  if (!b) return nullptr;
  b->dynType = dynType;
  b->payloadIsRef = payloadIsRef;
  b->payload = payload;
  if (payloadIsRef) incref(payload.ref);
  return b;
}

CellObj* Heap::newCell(const Type* type, SlotKind kind) {
  auto* c = static_cast<CellObj*>(allocate(ObjKind::Cell, sizeof(CellObj), type, layout64::kCell));
  if (!c) return nullptr;
  c->kind = kind;
  return c;
}

PointerObj* Heap::newPointer(const Type* type, Object* base, uint32_t index) {
  auto* p = static_cast<PointerObj*>(allocate(ObjKind::Pointer, sizeof(PointerObj), type, layout64::kPointer));
  if (!p) return nullptr;
  incref(base);
  p->base = base;
  p->index = index;
  return p;
}

ClosureObj* Heap::newClosure(const Type* type, const FuncProto* fn, uint32_t ncaptures, bool valueSlots) {
  size_t bytes = kClosureCapturesOffset + static_cast<size_t>(ncaptures) * sizeof(Object*);
  if (valueSlots) bytes = ((bytes + 7) & ~static_cast<size_t>(7)) + static_cast<size_t>(ncaptures) * sizeof(Slot);
  auto* c = static_cast<ClosureObj*>(allocate(ObjKind::Closure, bytes, type, layout64::closureBytes(ncaptures, valueSlots)));
  if (!c) return nullptr;
  c->fn = fn;
  c->ncaptures = ncaptures;
  return c;
}

void Heap::release(Object* o) {
  if (o->flags & kFlagQueued) return;
  o->flags |= kFlagQueued;
  freeQueue_.push_back(o);
}

void Heap::freeObject(Object* o) {
  if (o->prev) o->prev->next = o->next;
  else head_ = o->next;
  if (o->next) o->next->prev = o->prev;
  stats_.liveBytes -= o->shallowSize;
  stats_.liveObjects--;
  stats_.frees++;
  if (o->kind == ObjKind::Map) mapFreeStorage(static_cast<MapObj*>(o));
  else if (auto fin = gKindFinalizers[static_cast<int>(o->kind)]) fin(o);
  freeBlock(o, o->pad);
}

void Heap::drainFrees() {
  DecrefChildren dec;
  dec.heap = this;
  dec.queue = &freeQueue_;
  // Invariant: every queued object is a valid, listed object with
  // kFlagQueued; children are decref'd before their parent's block is reused.
  while (!freeQueue_.empty()) {
    Object* o = freeQueue_.back();
    freeQueue_.pop_back();
    if (o->refcount != 0) {
      o->flags &= static_cast<uint8_t>(~kFlagQueued);
      continue;
    }
    forEachRef(o, dec);
    freeObject(o);
  }
}

uint32_t Heap::internSite(const std::string& function, int line) {
  std::string key = function;
  key += '\n';
  key += std::to_string(line);
  auto it = siteIndex_.find(key);
  if (it != siteIndex_.end()) return it->second;
  uint32_t idx = static_cast<uint32_t>(sites_.size());
  sites_.push_back(AllocSite{function, line});
  siteIndex_.emplace(std::move(key), idx);
  return idx;
}

void Heap::setKindHooks(ObjKind kind, KindTraverser t, KindFinalizer f) {
  gKindTraversers[static_cast<int>(kind)] = t;
  gKindFinalizers[static_cast<int>(kind)] = f;
}

}  // namespace heapscope
