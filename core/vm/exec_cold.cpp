// Out-of-line bodies of the interpreter's cold instructions (contract in
// exec_cold.h). Each handler does what its case in execute used to do; the
// frame's pc on return is where execute's ip would have ended (EXTRA words
// included), so step counts, and with them scheduling, stay the same.
#include <array>
#include <cmath>
#include <cstring>

#include "heap/value_eq.h"
#include "vm/chan.h"
#include "vm/exec_cold.h"
#include "vm/map_ops.h"
#include "types/types.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace heapscope {

std::string fmtIndex(int64_t i, int64_t len);

namespace {
// CALL_NATIVE copies a native's arguments and results through a stack buffer
// of this many slots (more than any stdlib native has; larger calls would
// use the registers directly).
constexpr int kNativeScratchSlots = 16;
}  // namespace

// Friend of Vm (vm.h): the handlers reach its private state.
struct Exec {
  using S = ColdStatus;

  static S throwRt(Vm& vm, Goroutine& g, const std::string& msg) {
    vm.runtimePanic(g, msg);
    return S::Panic;
  }
  static S throwNil(Vm& vm, Goroutine& g) {
    vm.nilDeref(g);
    return S::Panic;
  }
  // Moves the frame's pc past the instruction's n EXTRA words.
  static S skip(Goroutine& g, uint32_t n) {
    g.frames.back().pc += n;
    return S::Next;
  }
  static uint32_t pcOf(const Frame& fr, const Instr* in) { return static_cast<uint32_t>(in - fr.fn->code.data()); }

#define A in->a
#define B in->b
#define C in->c
#define RA R[in->a]
#define RB R[in->b]
#define RC R[in->c]

  static S clone(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    Object* o = RB.ref;  // allocates: the allocation site is read from the frame's pc
    setRef(vm.heap_, RA, o ? vm.heap_.cloneValue(o) : nullptr);
    return S::Next;
  }
  static S copyInto(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    if (RA.ref != RB.ref && RB.ref) vm.heap_.copyValueInto(RA.ref, RB.ref);
    return S::Next;
  }
  // Both use heap/value_eq.cpp's equality, the one map keys use: a struct or
  // array may hold an interface whose dynamic type is uncomparable (Go
  // panics), pointers made by separate &s.f denote one location.
  static S eqVal(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Type* t = g.frames.back().fn->types[in[1].a];
    bool unc = false;
    const Type* bad = nullptr;
    bool eq = valuesEqual(t, RB, RC, &unc, &bad);
    if (unc) return throwRt(vm, g, "comparing uncomparable type " + bad->str());
    RA.u = eq;
    return skip(g, 1);
  }
  // Two &s.f (or &a[i]) taken separately are distinct PointerObjs for one
  // location; Go's == compares the location.
  static S eqPtr(Vm&, Goroutine&, Slot* R, const Instr* in) {
    const PointerTarget a = pointerTarget(RB.ref), b = pointerTarget(RC.ref);
    RA.u = a.base == b.base && a.index == b.index;
    return S::Next;
  }
  static S eqIface(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    bool unc = false;
    const Type* bad = nullptr;
    bool eq = valuesEqual(vm.program_->types->anyType(), RB, RC, &unc, &bad);
    if (unc) return throwRt(vm, g, "comparing uncomparable type " + bad->str());
    RA.u = eq;
    return S::Next;
  }
  static S f2i(Vm&, Goroutine&, Slot* R, const Instr* in) {
    double d = RB.f;
    if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) RA.u = 0x8000000000000000ull;
    else RA.i = static_cast<int64_t>(d);
    return S::Next;
  }
  static S f2u(Vm&, Goroutine&, Slot* R, const Instr* in) {
    double d = RB.f;
    if (std::isnan(d) || d >= 1.8446744073709552e19 || d <= -1.0)
      RA.u = d < 0 && d > -9.2233720368547758e18 ? static_cast<uint64_t>(static_cast<int64_t>(d)) : 0x8000000000000000ull;
    else RA.u = static_cast<uint64_t>(d);
    return S::Next;
  }
  static S ltStr(Vm&, Goroutine&, Slot* R, const Instr* in) {
    RA.u = strView(RB.ref) < strView(RC.ref);
    return S::Next;
  }
  static S leStr(Vm&, Goroutine&, Slot* R, const Instr* in) {
    RA.u = strView(RB.ref) <= strView(RC.ref);
    return S::Next;
  }
  static S strRange(Vm&, Goroutine&, Slot* R, const Instr* in) {
    int w;
    int32_t r = decodeRune(strData(RB.ref), strLen(RB.ref), RC.i, &w);
    RA.i = r;
    R[A + 1].i = w;
    return S::Next;
  }
  static S cap(Vm&, Goroutine&, Slot* R, const Instr* in) {
    Object* o = RB.ref;
    int64_t n = 0;
    if (o) {
      switch (o->kind) {
        case ObjKind::Slice: n = static_cast<SliceObj*>(o)->cap; break;
        case ObjKind::Array: n = static_cast<ArrayObj*>(o)->len; break;
        default: n = chanLen(o, true); break;
      }
    }
    RA.i = n;
    return S::Next;
  }
  static S copy(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    RA.i = vm.copySlice(RB.ref, RC.ref);
    return S::Next;
  }
  static S loadPtr(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Object* p = RB.ref;
    if (!p) return throwNil(vm, g);
    Slot v;
    if (p->kind == ObjKind::Cell) v = static_cast<CellObj*>(p)->value;
    else if (p->kind == ObjKind::Pointer) {
      auto* pp = static_cast<PointerObj*>(p);
      Object* base = pp->base;
      if (base->kind == ObjKind::Struct) v = static_cast<StructObj*>(base)->fields[pp->index];
      else if (base->kind == ObjKind::Array) v = loadElem(static_cast<ArrayObj*>(base), pp->index);
      else v = static_cast<CellObj*>(base)->value;
    } else {
      v.ref = p;  // *struct / *array: the object itself
    }
    if (in->op == Op::LOAD_PTR) RA = v;
    else setRef(vm.heap_, RA, v.ref);
    return S::Next;
  }
  static S storePtr(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Object* p = RA.ref;
    if (!p) return throwNil(vm, g);
    Slot* dst = nullptr;
    ArrayObj* packed = nullptr;
    uint32_t idx = 0;
    if (p->kind == ObjKind::Cell) dst = &static_cast<CellObj*>(p)->value;
    else if (p->kind == ObjKind::Pointer) {
      auto* pp = static_cast<PointerObj*>(p);
      Object* base = pp->base;
      if (base->kind == ObjKind::Struct) dst = &static_cast<StructObj*>(base)->fields[pp->index];
      else if (base->kind == ObjKind::Array) {
        auto* arr = static_cast<ArrayObj*>(base);
        if (arr->rep == ElemRep::Ref) dst = &arr->slots()[pp->index];
        else {
          packed = arr;
          idx = pp->index;
        }
      } else dst = &static_cast<CellObj*>(base)->value;
    }
    if (in->op == Op::STORE_PTR_VAL) {
      Object* target = dst ? dst->ref : p;
      if (target != RB.ref) vm.heap_.copyValueInto(target, RB.ref);
    } else if (packed) {
      storeElem(packed, idx, RB);
    } else if (in->op == Op::STORE_PTR) {
      *dst = RB;
    } else {
      setRef(vm.heap_, *dst, RB.ref);
    }
    return S::Next;
  }
  static S concat(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    int64_t lb = strLen(RB.ref), lc = strLen(RC.ref);
    Object* r;
    if (lb == 0) r = RC.ref;
    else if (lc == 0) r = RB.ref;
    else {
      std::string s;
      s.reserve(static_cast<size_t>(lb + lc));
      s.append(strData(RB.ref), lb);
      s.append(strData(RC.ref), lc);
      r = vm.makeString(s);
    }
    setRef(vm.heap_, RA, r);
    return S::Next;
  }
  static S conv(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Heap& heap = vm.heap_;
    const Type* target = g.frames.back().fn->types[in[1].a];
    Object* res = nullptr;
    switch (static_cast<ConvKind>(C)) {
      case ConvKind::RuneToString: {
        std::string s;
        int64_t v = RB.i;
        appendRune(s, (v < 0 || v > 0x10FFFF) ? 0xFFFD : static_cast<int32_t>(v));
        res = vm.makeString(s);
        break;
      }
      case ConvKind::BytesToString: {
        auto* sl = static_cast<SliceObj*>(RB.ref);
        if (sl && sl->len)
          res = vm.makeString(std::string_view(reinterpret_cast<const char*>(sl->array->data) + sl->offset, sl->len));
        break;
      }
      case ConvKind::RunesToString: {
        auto* sl = static_cast<SliceObj*>(RB.ref);
        std::string s;
        if (sl)
          for (int64_t i = 0; i < sl->len; i++) appendRune(s, static_cast<int32_t>(loadElem(sl->array, sl->offset + i).i));
        if (!s.empty()) res = vm.makeString(s);
        break;
      }
      case ConvKind::StringToBytes: {
        int64_t n = strLen(RB.ref);
        const Type* et = target->underlying()->elem;
        int64_t cap = n ? growCap(0, n, 1) : 0;
        if (n > 32) cap = n;
        ArrayObj* arr = heap.newArray(target, et->elemRep(), SlotKind::Scalar, cap);
        if (n) std::memcpy(arr->data, strData(RB.ref), n);
        res = heap.newSlice(target, arr, 0, n, cap);
        break;
      }
      case ConvKind::StringToRunes: {
        std::string_view s = strView(RB.ref);
        std::vector<int32_t> rs;
        for (int64_t i = 0; i < static_cast<int64_t>(s.size());) {
          int w;
          rs.push_back(decodeRune(s.data(), s.size(), i, &w));
          i += w;
        }
        const Type* et = target->underlying()->elem;
        int64_t n = static_cast<int64_t>(rs.size());
        int64_t cap = n ? growCap(0, n, 4) : 0;
        ArrayObj* arr = heap.newArray(target, et->elemRep(), SlotKind::Scalar, cap);
        for (int64_t i = 0; i < n; i++) storeElem(arr, i, slotInt(rs[i]));
        res = heap.newSlice(target, arr, 0, n, cap);
        break;
      }
    }
    setRef(heap, RA, res);
    return skip(g, 1);
  }
  static S makeSlice(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Type* st = g.frames.back().fn->types[in[1].a];
    int64_t len = RB.i;
    int64_t cap = C == kNoReg ? len : RC.i;
    const Type* et = st->underlying()->elem;
    int64_t esz = goSizeof(et);
    if (esz < 1) esz = 1;
    if (len < 0 || len > (int64_t(1) << 40) / esz) return throwRt(vm, g, "makeslice: len out of range");
    if (cap < len || cap > (int64_t(1) << 40) / esz) return throwRt(vm, g, "makeslice: cap out of range");
    Object* s = vm.makeSlice(st, len, cap);
    if (!s) return S::OutOfMemory;
    setRef(vm.heap_, RA, s);
    return skip(g, 1);
  }
  static S slice(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    Object* res = nullptr;
    std::string err;
    if (!vm.sliceOp(g.frames.back().fn->types[C], RB.ref, ex.a == kNoReg ? 0 : R[ex.a].i,
                    ex.b == kNoReg ? 0 : R[ex.b].i, ex.c == kNoReg ? 0 : R[ex.c].i, ex.b != kNoReg,
                    ex.c != kNoReg, &res, &err)) {
      if (err.empty()) return S::OutOfMemory;
      return throwRt(vm, g, err);
    }
    setRef(vm.heap_, RA, res);
    return skip(g, 1);
  }
  static S appendSlice(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    const Type* st = g.frames.back().fn->types[ex.b];
    Object* src = RC.ref;
    Object* res;
    if (src && src->kind == ObjKind::String) {
      std::string_view sv = strView(src);
      // append([]byte, string...): short strings (strings.Builder's usual
      // WriteString) go through a stack buffer, not a heap vector per call
      Slot small[64];
      std::vector<Slot> big;
      Slot* tmp = small;
      if (sv.size() > 64) {
        big.resize(sv.size());
        tmp = big.data();
      }
      for (size_t i = 0; i < sv.size(); i++) tmp[i].u = static_cast<unsigned char>(sv[i]);
      res = vm.appendValues(st, RB.ref, tmp, static_cast<int64_t>(sv.size()));
    } else {
      res = vm.appendSlice(st, RB.ref, static_cast<SliceObj*>(src));
    }
    if (!res && vm.heap_.outOfMemory) return S::OutOfMemory;
    setRef(vm.heap_, RA, res);
    return skip(g, 1);
  }
  static S mapNew(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    setRef(vm.heap_, RA, heapscope::mapNew(vm.heap_, g.frames.back().fn->types[B]));
    return S::Next;
  }
  static S mapGet(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Heap& heap = vm.heap_;
    const Instr ex = in[1];
    auto* m = static_cast<MapObj*>(RB.ref);
    const Slot* v = nullptr;
    {
      std::string herr;
      v = m ? mapFind(m, RC, &herr) : nullptr;
      if (!herr.empty()) return throwRt(vm, g, herr);
    }
    const Type* mt = g.frames.back().fn->types[ex.b];
    SlotKind vk = mt->underlying()->elem->slotKind();
    if (v) {
      if (vk == SlotKind::Scalar) RA = *v;
      else setRef(heap, RA, v->ref);
    } else if (vk == SlotKind::Scalar) {
      RA.u = 0;
    } else if (vk == SlotKind::Value) {
      setRef(heap, RA, vm.zeroValue(mt->underlying()->elem));
    } else {
      setOwned(heap, RA, nullptr);
    }
    if (ex.a != kNoReg) R[ex.a].u = v != nullptr;
    return skip(g, 1);
  }
  static S mapSet(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    auto* m = static_cast<MapObj*>(RA.ref);
    if (!m) {
      vm.panicMessage("assignment to entry in nil map", false);
      return S::Panic;
    }
    std::string err;
    if (!mapStore(vm.heap_, m, RB, RC, &err)) return throwRt(vm, g, err);
    return S::Next;
  }
  static S mapDelete(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    auto* m = static_cast<MapObj*>(RA.ref);
    if (m) {
      std::string herr;
      mapErase(vm.heap_, m, RB, &herr);
      if (!herr.empty()) return throwRt(vm, g, herr);
    }
    return S::Next;
  }
  static S mapNext(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    RA.u = mapIterNext(vm.heap_, static_cast<MapObj*>(RB.ref), &RC, ex.a == kNoReg ? nullptr : &R[ex.a],
                       ex.b == kNoReg ? nullptr : &R[ex.b]);
    return skip(g, 1);
  }
  static S clearOp(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    Object* o = RA.ref;
    if (o && o->kind == ObjKind::Map) mapClear(vm.heap_, static_cast<MapObj*>(o));
    else if (o && o->kind == ObjKind::Slice) vm.clearSlice(static_cast<SliceObj*>(o));
    return S::Next;
  }
  static S addrField(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    if (!RB.ref) return throwNil(vm, g);
    setRef(vm.heap_, RA, vm.heap_.newPointer(g.frames.back().fn->types[in[1].a], RB.ref, C));
    return skip(g, 1);
  }
  static S addrElem(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Object* o = RB.ref;
    int64_t i = RC.i;
    ArrayObj* arr;
    if (o && o->kind == ObjKind::Array) {
      arr = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(arr->len)) return throwRt(vm, g, fmtIndex(i, arr->len));
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) return throwRt(vm, g, fmtIndex(i, n));
      arr = s->array;
      i += s->offset;
    }
    const Type* pt = g.frames.back().fn->types[in[1].a];
    if (arr->elemKind == SlotKind::Value) setRef(vm.heap_, RA, arr->slots()[i].ref);
    else setRef(vm.heap_, RA, vm.heap_.newPointer(pt, arr, static_cast<uint32_t>(i)));
    return skip(g, 1);
  }
  static S assertType(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    const FuncProto* fn = g.frames.back().fn;
    auto* b = static_cast<BoxObj*>(RB.ref);
    const Type* t = fn->types[C];
    bool ok = b && b->dynType == t;
    bool isRef = t->slotKind() != SlotKind::Scalar;
    if (ex.a == kNoReg && !ok) {
      vm.assertFailed(g, fn->types[ex.b], t, b);
      return S::Panic;
    }
    if (ok) {
      if (isRef) setRef(vm.heap_, RA, b->payload.ref);
      else RA = b->payload;
    } else if (isRef) {
      if (t->slotKind() == SlotKind::Value) setRef(vm.heap_, RA, vm.zeroValue(t));
      else setOwned(vm.heap_, RA, nullptr);
    } else RA.u = 0;
    if (ex.a != kNoReg) R[ex.a].u = ok;
    return skip(g, 1);
  }
  static S assertIface(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    const FuncProto* fn = g.frames.back().fn;
    auto* b = static_cast<BoxObj*>(RB.ref);
    const Type* t = fn->types[C];
    bool ok = b && vm.typeImplements(b->dynType, t);
    if (ex.a == kNoReg && !ok) {
      vm.assertFailed(g, fn->types[ex.b], t, b);
      return S::Panic;
    }
    setRef(vm.heap_, RA, ok ? b : nullptr);
    if (ex.a != kNoReg) R[ex.a].u = ok;
    return skip(g, 1);
  }
  static S typeImpl(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    auto* b = static_cast<BoxObj*>(RB.ref);
    RA.u = b && vm.typeImplements(b->dynType, g.frames.back().fn->types[C]);
    return S::Next;
  }
  static S funcVal(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    const FuncProto* p = vm.program_->funcs[B].get();
    setRef(vm.heap_, RA, vm.heap_.newClosure(p->sig, p, 0));
    return S::Next;
  }
  static S callIface(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Heap& heap = vm.heap_;
    auto* b = static_cast<BoxObj*>(RC.ref);
    if (!b) return throwNil(vm, g);
    const Program::MethodEntry* me = vm.findMethod(b->dynType, B);
    if (!me) return throwRt(vm, g, "method not found: " + vm.program_->methodNames[B]);
    // Replace the box in R[C] by the receiver the method expects.
    Slot recv = b->payload;
    Object* keep = b;  // R[C] holds the box; swap in the receiver
    bool recvRef = me->fn->paramIsRef.empty() ? b->payloadIsRef : me->fn->paramIsRef[0];
    if (me->recvAdapt & Program::kRecvDeref) {
      Object* p = recv.ref;
      if (!p) {
        heap.decref(keep);
        RC.ref = nullptr;
        return throwNil(vm, g);
      }
      if (p->kind == ObjKind::Cell) recv = static_cast<CellObj*>(p)->value;
      else if (p->kind == ObjKind::Pointer) {
        auto* pp = static_cast<PointerObj*>(p);
        if (pp->base->kind == ObjKind::Struct) recv = static_cast<StructObj*>(pp->base)->fields[pp->index];
        else if (pp->base->kind == ObjKind::Array) recv = loadElem(static_cast<ArrayObj*>(pp->base), pp->index);
        else recv = static_cast<CellObj*>(pp->base)->value;
      }
    }
    if (me->recvAdapt & Program::kRecvClone) {
      recv.ref = heap.cloneValue(recv.ref);
      heap.incref(recv.ref);
    } else if (recvRef) {
      heap.incref(recv.ref);
    }
    RC = recv;
    heap.decref(keep);
    Frame& fr = g.frames.back();
    if (!vm.pushFrame(g, me->fn, nullptr, &RC, true, fr.base + A, 0)) return S::StackOverflow;
    return S::Reload;
  }
  static S callNative(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Heap& heap = vm.heap_;
    const NativeEntry& ne = vm.program_->natives[B];
    // results are written into R[A..]; release what they held first
    for (int i = 0; i < ne.nresults; i++)
      if (ne.resultIsRef[i]) setOwned(heap, R[A + i], nullptr);
      else R[A + i].u = 0;
    // A native that may call back into Go (fmt calling a String method)
    // works on copies of its argument and result slots: the nested call can
    // grow this goroutine's registers, leaving pointers into R dangling.
    // (Only those: the copies cost a third of a cheap native's call.)
    Slot scratch[kNativeScratchSlots];
    bool copied = ne.mayCallGo && ne.nargs + ne.nresults <= kNativeScratchSlots;
    Slot* nativeArgs = &RC;
    Slot* nativeResults = &RA;
    if (copied) {
      std::memcpy(static_cast<void*>(scratch), &RC, sizeof(Slot) * ne.nargs);
      std::memset(static_cast<void*>(scratch + ne.nargs), 0, sizeof(Slot) * ne.nresults);
      nativeArgs = scratch;
      nativeResults = scratch + ne.nargs;
    }
    NativeCall call{vm, g, nativeArgs, ne.nargs, nativeResults, ne.nresults, ne.argTypes.data()};
    NativeStatus st = ne.fn(call);
    // a panic may have unwound every frame (the goroutine died): results the
    // native wrote before panicking are dropped
    if (st == NativeStatus::Panic) {
      if (copied)
        for (int i = 0; i < ne.nresults; i++)
          if (ne.resultIsRef[i] && nativeResults[i].ref) heap.decref(nativeResults[i].ref);
      return S::Panic;
    }
    if (st == NativeStatus::Exit) return S::Ended;
    // natives may have grown this goroutine's registers (nested calls)
    Frame& fr = g.frames.back();
    R = g.regs.data() + fr.base;
    if (copied) std::memcpy(static_cast<void*>(&RA), nativeResults, sizeof(Slot) * ne.nresults);
    if (st == NativeStatus::Done) {
      // args are borrowed: release them now (they were temporaries)
      for (int i = 0; i < ne.nargs; i++)
        if (ne.argIsRef[i]) setOwned(heap, R[C + i], nullptr);
      if (heap.outOfMemory) return S::OutOfMemory;  // the native's result did not fit: end now
      if (vm.yieldRequested_) return S::Yield;  // runtime.Gosched: give up the processor now
      return S::Reload;
    }
    if (st == NativeStatus::Block) {
      fr.pc = pcOf(fr, in);  // re-execute on wake
      g.status = GStatus::Blocked;
      return S::Blocked;
    }
    return S::Panic;
  }
  static S goOp(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    if (!cl) {
      vm.fatal("go of nil func value", false);
      return S::Ended;
    }
    vm.spawn(g, cl, &RC, in[1].a);
    // execute resumed at the saved pc, i.e. on the EXTRA word (one step)
    return S::Reload;
  }
  static S deferOp(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    DeferRec d;
    d.fn = cl;
    vm.heap_.incref(cl);
    d.args.assign(&RC, &RC + ex.a);
    std::memset(static_cast<void*>(&RC), 0, sizeof(Slot) * ex.a);  // moved
    d.frameIndex = static_cast<uint32_t>(g.frames.size() - 1);
    g.defers.push_back(std::move(d));
    return skip(g, 1);
  }
  // A defer in a range-over-func loop body belongs to the function around
  // the loop (a frame further down): it joins that frame's defers, below
  // those of the frames above it.
  static S deferAt(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    const Instr ex = in[1];
    int64_t target = R[ex.b].i;
    if (target < 0 || static_cast<uint64_t>(target) + 1 >= g.frames.size() ||
        g.frames[static_cast<size_t>(target)].fn->index != ex.c) {
      vm.panicMessage("defer in a range-over-func loop body after its function returned", true);
      return S::Panic;
    }
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    DeferRec d;
    d.fn = cl;
    vm.heap_.incref(cl);
    d.args.assign(&RC, &RC + ex.a);
    std::memset(static_cast<void*>(&RC), 0, sizeof(Slot) * ex.a);  // moved
    size_t t = static_cast<size_t>(target);
    d.frameIndex = static_cast<uint32_t>(t);
    g.defers.insert(g.defers.begin() + g.frames[t + 1].deferMark, std::move(d));
    for (size_t i = t + 1; i < g.frames.size(); i++) g.frames[i].deferMark++;
    return skip(g, 1);
  }
  static S makeChan(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    int64_t cap = B == kNoReg ? 0 : RB.i;
    if (cap < 0 || cap > (int64_t(1) << 40)) {  // a plain runtime error in Go: no "runtime error: "
      vm.panicMessage("makechan: size out of range", false);
      return S::Panic;
    }
    Object* ch = vm.makeChan(g.frames.back().fn->types[C], cap);
    if (!ch) return S::OutOfMemory;
    setRef(vm.heap_, RA, ch);
    return S::Next;
  }
  static S send(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Vm::ChanResult cr = vm.chanSend(g, RA.ref, RB);
    if (cr == Vm::ChanResult::Done) return S::Next;
    if (cr == Vm::ChanResult::Blocked) {
      Frame& fr = g.frames.back();
      fr.pc = pcOf(fr, in);  // re-execute on wake
      return S::Blocked;
    }
    return S::Panic;
  }
  static S recv(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    Slot v = slotNil();
    bool ok = false;
    Vm::ChanResult cr = vm.chanRecv(g, RB.ref, &v, &ok);
    Frame& fr = g.frames.back();
    if (cr == Vm::ChanResult::Blocked) {
      fr.pc = pcOf(fr, in);
      return S::Blocked;
    }
    if (fr.fn->regIsRef[A]) setOwned(vm.heap_, RA, v.ref);
    else RA = v;
    if (C != kNoReg) R[C].u = ok ? 1 : 0;
    return S::Next;
  }
  static S closeChan(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    if (vm.chanClose(g, RA.ref) == Vm::ChanResult::Done) return S::Next;
    return S::Panic;
  }
  static S selectCase(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    int ncases = C & 0x7FFF;
    bool hasDefault = (C & 0x8000) != 0;
    int chosen = -1;
    vm.selectBuf_.resize(static_cast<size_t>(ncases));
    for (int i = 0; i < ncases; i++) {
      const Instr& e = in[1 + i];
      Vm::SelectCase& sc = vm.selectBuf_[static_cast<size_t>(i)];
      sc.ch = R[e.a].ref;
      sc.send = e.c == 0xFFFE;
      sc.value = e.b == kNoReg ? nullptr : &R[e.b];
      sc.ok = (e.c == kNoReg || sc.send) ? nullptr : &R[e.c];
    }
    Vm::ChanResult cr = vm.select(g, vm.selectBuf_.data(), ncases, hasDefault, &chosen);
    // A panic left the select's frame at the saved pc (its line, for traces):
    // the unwinder has already popped frames or pushed a deferred call, and
    // a recovering frame resumes at its recoverPc.
    if (cr == Vm::ChanResult::Panic) return S::Panic;
    if (cr == Vm::ChanResult::Blocked) {
      Frame& fr = g.frames.back();
      fr.pc = pcOf(fr, in);
      return S::Blocked;
    }
    RA.i = chosen;
    return skip(g, static_cast<uint32_t>(ncases));
  }
  // Only called when the frame has deferred calls left to run.
  static S runDefers(Vm& vm, Goroutine& g, Slot*, const Instr* in) {
    Frame& fr = g.frames.back();
    DeferRec d = std::move(g.defers.back());
    g.defers.pop_back();
    if (!d.fn) return throwNil(vm, g);  // pc after the instruction, as the trace expects
    fr.pc = pcOf(fr, in);               // come back here after the call
    bool ok = vm.pushFrame(g, d.fn->fn, d.fn, d.args.data(), false, 0, kFrameDeferCall);
    vm.heap_.decref(d.fn);
    if (!ok) return S::StackOverflow;
    return S::Reload;
  }
  static S panicOp(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    vm.startPanic(g, RA.ref, false);
    return S::Panic;
  }
  static S recoverOp(Vm& vm, Goroutine& g, Slot* R, const Instr* in) {
    // The deferred call itself, or the method a deferred wrapper (x.M as a
    // method value, a promoted method) called: Go's wrappers are transparent.
    size_t k = g.frames.size() - 1;
    while (k > 0 && !(g.frames[k].flags & kFramePanicDefer) && g.frames[k - 1].fn->isWrapper) k--;
    const Frame& fr = g.frames[k];
    Object* v = nullptr;
    if ((fr.flags & kFramePanicDefer) && !g.panics.empty() && fr.panicIndex == g.panics.size() - 1 &&
        !g.panics.back().recovered) {
      g.panics.back().recovered = true;
      // the record keeps its own reference: a re-panic prints "panic: v [recovered]"
      v = g.panics.back().value;
      if (v) vm.heap_.incref(v);
    }
    setOwned(vm.heap_, RA, v);
    return S::Next;
  }
  static S printOp(Vm& vm, Goroutine&, Slot* R, const Instr* in) {
    vm.printValue(static_cast<PrintKind>(B), RA);
    return S::Next;
  }
  static S panicMsg(Vm& vm, Goroutine& g, Slot*, const Instr* in) {
    // C: a runtime.Error
    vm.panicMessage(std::string(strView(g.frames.back().fn->consts[B].ref)), C != 0);
    return S::Panic;
  }

#undef A
#undef B
#undef C
#undef RA
#undef RB
#undef RC


  // RET after the results were moved, when the fast path does not apply
  // (nested entry frame, a deferred call started by a panic, defers left to
  // drop, the goroutine's last frame).
  static S retSlow(Vm& vm, Goroutine& g, Slot*, const Instr*) {
    uint8_t flags = g.frames.back().flags;
    vm.popFrame(g);
    if (flags & kFrameNested) return S::Ended;
    if (g.frames.empty()) return S::Dead;
    if (flags & kFramePanicDefer) {
      // the deferred call started by a panic returned: recovered?
      if (!g.panics.empty() && g.panics.back().recovered) {
        Object* value = g.panics.back().value;
        g.panics.pop_back();
        if (value) vm.heap_.decref(value);
        // earlier aborted panics that this recovery ends
        while (!g.panics.empty() && g.panics.back().aborted) {
          if (g.panics.back().value) vm.heap_.decref(g.panics.back().value);
          g.panics.pop_back();
        }
        g.unwinding = !g.panics.empty();
        Frame& f = g.frames.back();
        f.pc = f.fn->recoverPc;
        return S::Reload;
      }
      vm.unwind(g);
      return S::Panic;
    }
    return S::Reload;
  }
  static S throwIndex(Vm& vm, Goroutine& g, int64_t i, int64_t n) { return throwRt(vm, g, fmtIndex(i, n)); }
  static S throwMsg(Vm& vm, Goroutine& g, const char* msg) { return throwRt(vm, g, msg); }
};

constexpr ColdTable makeColdTable() {
  ColdTable t{};
  auto set = [&t](Op op, ColdOp f) { t[static_cast<int>(op)] = f; };
  set(Op::CLONE, Exec::clone);
  set(Op::F2I, Exec::f2i);
  set(Op::F2U, Exec::f2u);
  set(Op::LT_STR, Exec::ltStr);
  set(Op::LE_STR, Exec::leStr);
  set(Op::STR_RANGE, Exec::strRange);
  set(Op::CAP, Exec::cap);
  set(Op::COPY, Exec::copy);
  set(Op::LOAD_PTR, Exec::loadPtr);
  set(Op::LOAD_PTR_REF, Exec::loadPtr);
  set(Op::STORE_PTR, Exec::storePtr);
  set(Op::STORE_PTR_REF, Exec::storePtr);
  set(Op::STORE_PTR_VAL, Exec::storePtr);
  set(Op::COPY_INTO, Exec::copyInto);
  set(Op::EQ_VAL, Exec::eqVal);
  set(Op::EQ_IFACE, Exec::eqIface);
  set(Op::EQ_PTR, Exec::eqPtr);
  set(Op::CONCAT, Exec::concat);
  set(Op::CONV, Exec::conv);
  set(Op::MAKE_SLICE, Exec::makeSlice);
  set(Op::SLICE, Exec::slice);
  set(Op::APPEND_SLICE, Exec::appendSlice);
  set(Op::MAP_NEW, Exec::mapNew);
  set(Op::MAP_GET, Exec::mapGet);
  set(Op::MAP_SET, Exec::mapSet);
  set(Op::MAP_DELETE, Exec::mapDelete);
  set(Op::MAP_NEXT, Exec::mapNext);
  set(Op::CLEAR, Exec::clearOp);
  set(Op::ADDR_FIELD, Exec::addrField);
  set(Op::ADDR_ELEM, Exec::addrElem);
  set(Op::ASSERT, Exec::assertType);
  set(Op::ASSERT_IFACE, Exec::assertIface);
  set(Op::TYPE_IMPL, Exec::typeImpl);
  set(Op::FUNC_VAL, Exec::funcVal);
  set(Op::CALL_IFACE, Exec::callIface);
  set(Op::CALL_NATIVE, Exec::callNative);
  set(Op::GO, Exec::goOp);
  set(Op::DEFER, Exec::deferOp);
  set(Op::DEFER_AT, Exec::deferAt);
  set(Op::MAKE_CHAN, Exec::makeChan);
  set(Op::SEND, Exec::send);
  set(Op::RECV, Exec::recv);
  set(Op::CLOSE, Exec::closeChan);
  set(Op::SELECT, Exec::selectCase);
  set(Op::RUN_DEFERS, Exec::runDefers);
  set(Op::PANIC, Exec::panicOp);
  set(Op::RECOVER, Exec::recoverOp);
  set(Op::PRINT, Exec::printOp);
  set(Op::PANIC_MSG, Exec::panicMsg);
  set(Op::RET, Exec::retSlow);  // only its slow path
  return t;
}

const ColdTable kColdOps = makeColdTable();

const ColdThrows kColdThrows = {&Exec::throwMsg, &Exec::throwIndex};

}  // namespace heapscope
