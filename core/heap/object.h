// The value and object model shared by the VM, the heap and the inspector.
//
// VALUES. Every Go value occupies exactly one 8-byte Slot. The static type
// (known to the compiler) says how to read it:
//   - bool, ints, uints, uintptr  -> Slot::i / Slot::u (wrapped to their size)
//   - float32, float64            -> Slot::f (float32 values rounded on store)
//   - everything else is a reference, Slot::ref (nullptr = Go's nil / zero):
//       string    -> StringObj   (immutable; nullptr is "")
//       slice     -> SliceObj    (immutable header; nullptr is a nil slice)
//       map       -> MapObj, chan -> ChanObj, func -> ClosureObj
//       interface -> BoxObj      (immutable: dynamic type + payload; nullptr is nil)
//       struct    -> StructObj   (VALUE type, see below)
//       array     -> ArrayObj    (VALUE type, see below)
//       pointer   -> *struct / *array: the StructObj/ArrayObj itself;
//                    *anything else: a CellObj (an escaped variable) or a
//                    PointerObj (base object + slot index: &s.f, &a[i]).
//
// VALUE TYPES. A struct or array value is an object uniquely owned by the
// location holding it (a variable, a field, an element, a box). Assigning one
// copies its contents INTO the destination's existing object, so pointers
// taken with & stay valid; a nested struct/array field holds its own owned
// object. A zero struct/array location always holds an object (never nullptr),
// except transiently in freshly zeroed registers, which the compiler fills.
//
// REFCOUNTS. Object::refcount == number of references to it from: slots of
// other objects, goroutine registers (frames), globals, and VM-internal roots
// (e.g. channel wait queues). Freed the moment it hits zero (via a worklist,
// never deep recursion). Cycles are found by the cycle collector (trial
// deletion over the all-objects list). forEachRef() in traverse.cpp is the ONE
// function per kind that lists outgoing references; collector, audit,
// snapshot and graph view all use it.
#pragma once
#include <cstddef>
#include <cstdint>

namespace heapscope {

struct Type;  // core/types/types.h (opaque to the heap)
struct Object;

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  Object* ref;
};
static_assert(sizeof(Slot) == 8, "a Slot is one machine word");

inline Slot slotInt(int64_t v) { Slot s; s.i = v; return s; }
inline Slot slotFloat(double v) { Slot s; s.f = v; return s; }
inline Slot slotRef(Object* o) { Slot s; s.ref = o; return s; }
inline Slot slotNil() { Slot s; s.u = 0; return s; }

enum class ObjKind : uint8_t {
  String,     // StringObj: immutable bytes
  Array,      // ArrayObj: fixed-length elements (Go arrays, and slices' backing arrays)
  Slice,      // SliceObj: {array, offset, len, cap}
  Struct,     // StructObj: fields as Slots
  Map,        // MapObj
  Box,        // BoxObj: an interface value (dynamic type + payload)
  Cell,       // CellObj: an escaped/captured variable (one Slot)
  Pointer,    // PointerObj: interior pointer (base object + slot index)
  Closure,    // ClosureObj: function + captured cells
  Chan,       // ChanObj (core/vm)
  Goroutine,  // GoroutineObj (core/vm): its stack is a root set
  Timer,      // virtual-clock timer (core/vm)
  Context,    // context.Context node (core/stdlib)
  Native,     // other runtime-internal objects (strings.Builder buffer, sync.*, ...)
  Count
};

const char* objKindName(ObjKind k);

// Element storage of an ArrayObj. Scalars are packed (a []byte of 1 MiB takes
// 1 MiB); references and value-type elements are Slots.
enum class ElemRep : uint8_t { I8, U8, I16, U16, I32, U32, I64, U64, F32, F64, Bool, Ref };
size_t elemRepSize(ElemRep r);

// What a Slot in a struct field / array element / cell holds, for refcounting
// and deep copies: plain bits, a shared counted reference, or an owned value
// object (a nested struct or array, deep-copied when its container is copied).
enum class SlotKind : uint8_t { Scalar = 0, Ref = 1, Value = 2 };

// Header of every heap object. Stable id, Go type, sizes, refcount and
// allocation site are what the inspector shows.
struct Object {
  Object* next = nullptr;   // intrusive all-objects list (owned by Heap)
  Object* prev = nullptr;
  uint64_t id = 0;          // stable, never reused within a run
  uint64_t allocStep = 0;   // VM step count at allocation
  const Type* type = nullptr;  // Go type of the contents (nullptr for runtime-internal)
  uint32_t refcount = 0;
  uint32_t gcScratch = 0;   // cycle collector's trial-deletion count
  uint32_t site = 0;        // index into Heap::sites() (0 = unknown/runtime)
  uint32_t shallowSize = 0; // bytes owned by this object (header + payload)
  ObjKind kind;
  uint8_t flags = 0;        // Heap-private bits (collector colour, queued-for-free, ...)
  uint16_t pad = 0;         // Heap-private: allocator size class (0 = large block)
};
// The header is 64 bytes on 64-bit hosts (48 on wasm32); the allocator adds
// nothing per object for blocks up to 512 bytes (see heap.cpp).

struct StringObj : Object {
  int64_t len;
  char data[1];  // len bytes follow (no terminator guaranteed)
};

struct ArrayObj : Object {
  int64_t len;
  ElemRep rep;
  SlotKind elemKind;  // Scalar for packed reps; Ref or Value when rep == Ref
  alignas(8) unsigned char data[1];  // len * elemRepSize(rep) bytes follow
  Slot* slots() { return reinterpret_cast<Slot*>(data); }
};

struct SliceObj : Object {
  ArrayObj* array;  // counted reference (nullptr only when cap == 0)
  int64_t offset, len, cap;
};

struct StructObj : Object {
  uint32_t nfields;
  const SlotKind* fieldKinds;  // nfields entries, owned by the struct's Type
  Slot fields[1];              // nfields Slots follow
};

struct BoxObj : Object {
  const Type* dynType;  // never nullptr (a nil interface is a nullptr Slot)
  bool payloadIsRef;
  Slot payload;
};

struct CellObj : Object {
  SlotKind kind;
  Slot value;
};

struct PointerObj : Object {
  Object* base;    // counted: a StructObj, ArrayObj or CellObj
  uint32_t index;  // field / element index (element for packed arrays too)
};

struct FuncProto;  // core/compile/bytecode.h
struct ClosureObj : Object {
  const FuncProto* fn;
  uint32_t ncaptures;
  Object* captures[1];  // counted: CellObj for captured variables, or the bound receiver
  // A variable never assigned after its declaration is captured BY VALUE (as
  // Go's compiler does; compile/ capturedByValue): a reference directly in
  // captures[i]; a scalar's bits in valueSlots()[i] (captures[i] nullptr),
  // one Slot per capture after captures[], allocated only when
  // fn->captureByValue is non-empty. Saves a CellObj per closure.
  Slot* valueSlots() {
    auto p = reinterpret_cast<uintptr_t>(captures + ncaptures);
    return reinterpret_cast<Slot*>((p + 7) & ~static_cast<uintptr_t>(7));
  }
};

}  // namespace heapscope
