// MapObj operations: hashing by key mode, the entries/index tables, range
// iteration, refcounted keys/values, and key rendering for edge labels.
// Invariants: entries[0, used) have strictly increasing seq; count == number
// of live entries; every live entry is reachable from its hash's probe chain
// in index[]; index has load <= 1/2 (indexCap >= 2 * cap).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "heap/heap_internal.h"
#include "heap/map.h"
#include "heap/type_rep.h"
#include "heap/value_eq.h"

namespace heapscope {

namespace {

enum KeyMode : uint8_t { kBits = 0, kFloat = 1, kString = 2, kGeneral = 3 };

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

// Hash of `key` in the map's mode; false when the key is unhashable.
bool keyHash(MapObj* m, Slot key, uint32_t* out, MapStatus* st) {
  uint64_t h;
  switch (m->keyMode) {
    case kBits: h = mix64(key.u); break;
    case kString: {
      auto* s = static_cast<StringObj*>(key.ref);
      uint64_t x = 0xcbf29ce484222325ull;
      if (s)
        for (int64_t i = 0; i < s->len; i++) x = (x ^ static_cast<unsigned char>(s->data[i])) * 0x100000001b3ull;
      h = mix64(x);
      break;
    }
    default: {
      bool bad = false;
      const Type* badType = nullptr;
      h = hashValue(m->keyType, key, &bad, &badType);
      if (bad) {
        if (st) st->unhashable = badType;
        return false;
      }
      break;
    }
  }
  *out = static_cast<uint32_t>(h ^ (h >> 32));
  return true;
}

inline bool keyEq(MapObj* m, Slot a, Slot b) {
  switch (m->keyMode) {
    case kBits: return a.u == b.u;
    case kFloat: return a.f == b.f;
    case kString: {
      auto* x = static_cast<StringObj*>(a.ref);
      auto* y = static_cast<StringObj*>(b.ref);
      if (x == y) return true;
      int64_t lx = x ? x->len : 0, ly = y ? y->len : 0;
      return lx == ly && (lx == 0 || std::memcmp(x->data, y->data, static_cast<size_t>(lx)) == 0);
    }
    default: {
      bool unc = false;
      return valuesEqual(m->keyType, a, b, &unc);
    }
  }
}

// Position of the live entry for key, or -1.
int64_t lookup(MapObj* m, Slot key, uint32_t h) {
  if (!m->indexCap) return -1;
  uint32_t mask = m->indexCap - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t e = m->index[i];
    if (e == 0) return -1;
    MapEntry& ent = m->entries[e - 1];
    if (ent.live && ent.hash == h && keyEq(m, ent.key, key)) return e - 1;
  }
}

void rebuildIndex(MapObj* m) {
  std::memset(m->index, 0, sizeof(uint32_t) * m->indexCap);
  uint32_t mask = m->indexCap - 1;
  for (uint32_t p = 0; p < m->used; p++) {
    if (!m->entries[p].live) continue;
    uint32_t i = m->entries[p].hash & mask;
    while (m->index[i]) i = (i + 1) & mask;
    m->index[i] = p + 1;
  }
}

// Drops dead entries, keeping order (seq stays increasing).
void compact(MapObj* m) {
  uint32_t w = 0;
  for (uint32_t r = 0; r < m->used; r++)
    if (m->entries[r].live) m->entries[w++] = m->entries[r];
  m->used = w;
  m->epoch++;
}

// Reallocates entries to `ncap` (>= used) and the index to 2 * ncap.
bool resize(Heap& heap, MapObj* m, uint32_t ncap) {
  uint32_t nidx = ncap * 2;
  auto* ne = static_cast<MapEntry*>(std::realloc(m->entries, sizeof(MapEntry) * ncap));
  if (!ne) return false;
  m->entries = ne;
  auto* ni = static_cast<uint32_t*>(std::malloc(sizeof(uint32_t) * nidx));
  if (!ni) return false;
  std::free(m->index);
  m->index = ni;
  int64_t delta = static_cast<int64_t>(sizeof(MapEntry)) * (static_cast<int64_t>(ncap) - m->cap) +
                  static_cast<int64_t>(sizeof(uint32_t)) * (static_cast<int64_t>(nidx) - m->indexCap);
  m->cap = ncap;
  m->indexCap = nidx;
  heap.adjustExternalBytes(m, delta);
  rebuildIndex(m);
  return true;
}

// Makes room for one more entry: drops dead entries when they are at least
// half of the table, else doubles. False if memory could not be had.
bool reserveOne(Heap& heap, MapObj* m) {
  if (m->used < m->cap) return true;
  if (m->count < m->used) {
    bool mostlyDead = m->count <= static_cast<int64_t>(m->used) / 2;
    compact(m);
    if (mostlyDead) {
      rebuildIndex(m);
      return true;
    }
  }
  return resize(heap, m, m->cap ? m->cap * 2 : 8);
}

// Stores a copy of `src` into an empty slot. A Value-kind slot always gets
// an object (nullptr src = the zero value of `type`).
void storeOwned(Heap& heap, SlotKind kind, const Type* type, Slot* dst, Slot src) {
  switch (kind) {
    case SlotKind::Scalar: *dst = src; break;
    case SlotKind::Ref: heap.incref(src.ref); dst->ref = src.ref; break;
    case SlotKind::Value: {
      Object* c = src.ref ? heap.cloneValue(src.ref) : heap.newZeroValue(type);
      heap.incref(c);
      dst->ref = c;
      break;
    }
  }
}

void assignOwned(Heap& heap, SlotKind kind, const Type* type, Slot* dst, Slot src) {
  switch (kind) {
    case SlotKind::Scalar: *dst = src; break;
    case SlotKind::Ref: {
      Object* old = dst->ref;
      if (old == src.ref) break;
      heap.incref(src.ref);
      dst->ref = src.ref;
      heap.decref(old);
      break;
    }
    case SlotKind::Value:
      if (dst->ref) heap.copyValueInto(dst->ref, src.ref);
      else storeOwned(heap, kind, type, dst, src);
      break;
  }
}

int64_t insertEntry(Heap& heap, MapObj* m, Slot key, uint32_t h, Slot value, bool zeroValue) {
  if (!reserveOne(heap, m)) {
    heap.outOfMemory = true;
    return -1;
  }
  uint32_t p = m->used++;
  MapEntry& e = m->entries[p];
  e.seq = ++m->nextSeq;
  e.hash = h;
  e.live = 1;
  e.key.u = 0;
  e.value.u = 0;
  storeOwned(heap, m->keyKind, m->keyType, &e.key, key);
  storeOwned(heap, m->valueKind, m->valueType, &e.value, zeroValue ? slotNil() : value);
  uint32_t mask = m->indexCap - 1;
  uint32_t i = h & mask;
  while (m->index[i]) i = (i + 1) & mask;
  m->index[i] = p + 1;
  m->count++;
  return p;
}

void dropEntry(Heap& heap, MapObj* m, MapEntry& e) {
  e.live = 0;
  m->count--;
  Slot k = e.key, v = e.value;
  e.key.u = 0;
  e.value.u = 0;
  if (m->keyKind != SlotKind::Scalar) heap.decref(k.ref);
  if (m->valueKind != SlotKind::Scalar) heap.decref(v.ref);
}

// Go's %v for floats: strconv 'g' with the shortest digits, exponent form
// when exp < -4 || exp >= 6 (1e+06, 100000, 1.5, 1e-05).
std::string renderFloat(double f, bool is32) {
  if (f != f) return "NaN";
  if (f == __builtin_inf()) return "+Inf";
  if (f == -__builtin_inf()) return "-Inf";
  // Shortest digits that round-trip (what Go prints); snprintf because
  // Emscripten 3.1.6's libc++ has no floating-point std::to_chars.
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, f);
    if (is32 ? std::strtof(buf, nullptr) == static_cast<float>(f) : std::strtod(buf, nullptr) == f) break;
  }
  std::string sci(buf);
  // sci = [-]d[.ddd]e(+|-)XX
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp = std::atoi(sci.c_str() + epos + 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  std::string out;
  if (exp < -4 || exp >= 6) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  } else if (exp < 0) {
    out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
  } else if (static_cast<size_t>(exp) + 1 >= digits.size()) {
    out = digits + std::string(static_cast<size_t>(exp) + 1 - digits.size(), '0');
  } else {
    out = digits.substr(0, static_cast<size_t>(exp) + 1) + "." + digits.substr(static_cast<size_t>(exp) + 1);
  }
  return neg ? "-" + out : out;
}

void renderValue(const Type* t, Slot v, std::string& out, int depth) {
  const Type* u = underlyingOf(t);
  if (!u) {
    out += "?";
    return;
  }
  if (depth > 6) {
    out += "...";
    return;
  }
  switch (u->kind) {
    case TypeKind::Bool: out += v.u ? "true" : "false"; return;
    case TypeKind::Int: case TypeKind::Int8: case TypeKind::Int16: case TypeKind::Int32: case TypeKind::Int64:
      out += std::to_string(v.i);
      return;
    case TypeKind::Uint: case TypeKind::Uint8: case TypeKind::Uint16: case TypeKind::Uint32:
    case TypeKind::Uint64: case TypeKind::Uintptr:
      out += std::to_string(v.u);
      return;
    case TypeKind::Float32: out += renderFloat(v.f, true); return;
    case TypeKind::Float64: out += renderFloat(v.f, false); return;
    case TypeKind::String: {
      out += '"';
      auto* s = static_cast<StringObj*>(v.ref);
      for (int64_t i = 0; s && i < s->len; i++) {
        unsigned char c = static_cast<unsigned char>(s->data[i]);
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7f) {
          char b[8];
          std::snprintf(b, sizeof b, "\\x%02x", c);
          out += b;
        } else out += static_cast<char>(c);
      }
      out += '"';
      return;
    }
    case TypeKind::Interface: {
      auto* b = static_cast<BoxObj*>(v.ref);
      if (!b) out += "<nil>";
      else renderValue(b->dynType, b->payload, out, depth + 1);
      return;
    }
    case TypeKind::Struct: {
      out += '{';
      for (size_t i = 0; i < u->fields.size(); i++) {
        if (i) out += ' ';
        Slot f = slotNil();
        if (v.ref && v.ref->kind == ObjKind::Struct && i < static_cast<StructObj*>(v.ref)->nfields)
          f = static_cast<StructObj*>(v.ref)->fields[i];
        renderValue(u->fields[i].type, f, out, depth + 1);
      }
      out += '}';
      return;
    }
    case TypeKind::Array: {
      out += '[';
      auto* a = static_cast<ArrayObj*>(v.ref);
      for (int64_t i = 0; i < u->len; i++) {
        if (i) out += ' ';
        if (i >= 8) {
          out += "...";
          break;
        }
        renderValue(u->elem, a && i < a->len ? loadElem(a, i) : slotNil(), out, depth + 1);
      }
      out += ']';
      return;
    }
    default:
      if (!v.ref) {
        out += "nil";
      } else {
        PointerTarget p = pointerTarget(v.ref);
        out += "0x" + std::to_string(p.base ? p.base->id : 0);
        if (p.index >= 0) out += "+" + std::to_string(p.index);
      }
      return;
  }
}

}  // namespace

std::string renderMapKey(const Type* keyType, Slot key) {
  std::string s = "[";
  renderValue(keyType, key, s, 0);
  s += "]";
  return s;
}

static_assert(sizeof(void*) != 8 || sizeof(MapObj) == layout64::kMap, "see heap/layout64.h");

MapObj* newMap(Heap& heap, const Type* mapType, int64_t sizeHint) {
  auto* m = static_cast<MapObj*>(heap.allocate(ObjKind::Map, sizeof(MapObj), mapType, layout64::kMap));
  if (!m) return nullptr;
  const Type* u = underlyingOf(mapType);
  m->keyType = u ? u->key : nullptr;
  m->valueType = u ? u->elem : nullptr;
  m->keyKind = slotKindOf(m->keyType);
  m->valueKind = slotKindOf(m->valueType);
  const Type* ku = underlyingOf(m->keyType);
  TypeKind kk = ku ? ku->kind : TypeKind::Int;
  if (kk == TypeKind::Float32 || kk == TypeKind::Float64) m->keyMode = kFloat;
  else if (kk == TypeKind::String) m->keyMode = kString;
  else if (m->keyKind == SlotKind::Scalar || kk == TypeKind::Chan) m->keyMode = kBits;
  else m->keyMode = kGeneral;
  // (float keys hash through hashValue: +0/-0 alike, NaN random)
  if (sizeHint > 0 && sizeHint < (1 << 26)) {
    uint32_t c = 8;
    while (c < sizeHint) c *= 2;
    if (!resize(heap, m, c)) heap.outOfMemory = true;
  }
  return m;
}

Slot* MapObj::find(Slot key, MapStatus* st) {
  uint32_t h;
  if (!keyHash(this, key, &h, st)) return nullptr;
  int64_t p = lookup(this, key, h);
  return p < 0 ? nullptr : &entries[p].value;
}

Slot MapObj::get(Slot key, bool* found, MapStatus* st) {
  Slot* s = find(key, st);
  if (found) *found = s != nullptr;
  return s ? *s : slotNil();
}

Slot* MapObj::getOrInsert(Heap& heap, Slot key, MapStatus* st) {
  uint32_t h;
  if (!keyHash(this, key, &h, st)) return nullptr;
  int64_t p = lookup(this, key, h);
  if (p < 0) p = insertEntry(heap, this, key, h, slotNil(), true);
  return p < 0 ? nullptr : &entries[p].value;
}

MapStatus MapObj::set(Heap& heap, Slot key, Slot value) {
  MapStatus st;
  uint32_t h;
  if (!keyHash(this, key, &h, &st)) return st;
  int64_t p = lookup(this, key, h);
  if (p < 0) {
    insertEntry(heap, this, key, h, value, false);
    return st;
  }
  MapEntry& e = entries[p];
  // Go overwrites the key too (visible for +0/-0 float keys).
  if (keyKind != SlotKind::Value) assignOwned(heap, keyKind, keyType, &e.key, key);
  assignOwned(heap, valueKind, valueType, &e.value, value);
  return st;
}

MapStatus MapObj::erase(Heap& heap, Slot key) {
  MapStatus st;
  uint32_t h;
  if (!keyHash(this, key, &h, &st)) return st;
  int64_t p = lookup(this, key, h);
  if (p >= 0) dropEntry(heap, this, entries[p]);
  return st;
}

void MapObj::clear(Heap& heap) {
  for (uint32_t p = 0; p < used; p++)
    if (entries[p].live) dropEntry(heap, this, entries[p]);
  used = 0;
  count = 0;
  epoch++;
  if (index) std::memset(index, 0, sizeof(uint32_t) * indexCap);
}

bool MapObj::next(MapIter& it, Slot* key, Slot* value) {
  if (it.epoch != epoch) {
    // Entries moved: resume after the last returned seq (binary search).
    uint32_t lo = 0, hi = used;
    while (lo < hi) {
      uint32_t mid = (lo + hi) / 2;
      if (entries[mid].seq <= it.lastSeq) lo = mid + 1;
      else hi = mid;
    }
    it.pos = lo;
    it.epoch = epoch;
  }
  for (uint32_t p = it.pos; p < used; p++) {
    if (!entries[p].live) continue;
    it.pos = p + 1;
    it.lastSeq = entries[p].seq;
    if (key) *key = entries[p].key;
    if (value) *value = entries[p].value;
    return true;
  }
  it.pos = used;
  return false;
}

void mapForEachRef(MapObj* m, RefVisitor& v) {
  static const std::string kNone;
  bool keyRef = m->keyKind != SlotKind::Scalar;
  bool valRef = m->valueKind != SlotKind::Scalar;
  if (!keyRef && !valRef) return;
  for (uint32_t p = 0; p < m->used; p++) {
    MapEntry& e = m->entries[p];
    if (!e.live) continue;
    if (!v.wantLabels) {
      if (keyRef && e.key.ref) v.visit(e.key.ref, kNone);
      if (valRef && e.value.ref) v.visit(e.value.ref, kNone);
      continue;
    }
    std::string label = renderMapKey(m->keyType, e.key);
    if (keyRef && e.key.ref) v.visit(e.key.ref, "key" + label);
    if (valRef && e.value.ref) v.visit(e.value.ref, label);
  }
}

void mapFreeStorage(MapObj* m) {
  std::free(m->entries);
  std::free(m->index);
  m->entries = nullptr;
  m->index = nullptr;
  m->cap = m->indexCap = m->used = 0;
}

}  // namespace heapscope
