// The interpreter loop: executes one goroutine for at most N instructions.
// Computed-goto dispatch under GCC/Clang, a switch otherwise (or with
// HS_SWITCH_DISPATCH, e.g. for wasm). Slow paths (calls, panics, allocation
// of big things) are out-of-line Vm members; scalar ops never allocate.
#include <cmath>
#include <cstring>

#include "vm/chan.h"
#include "vm/map_ops.h"
#include "types/types.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace heapscope {

#if defined(__GNUC__) && !defined(HS_SWITCH_DISPATCH)
#define HS_COMPUTED_GOTO 1
#endif

namespace {
// CALL_NATIVE copies a native's arguments and results through a stack buffer
// of this many slots (more than any stdlib native has; larger calls would
// use the registers directly).
constexpr int kNativeScratchSlots = 16;

inline void setRef(Heap& h, Slot& dst, Object* n) {
  if (n) ++n->refcount;
  Object* o = dst.ref;
  dst.ref = n;
  if (o) h.decref(o);
}
inline void setOwned(Heap& h, Slot& dst, Object* n) {  // n already carries the +1 for dst
  Object* o = dst.ref;
  dst.ref = n;
  if (o) h.decref(o);
}
inline int64_t sext(int64_t v, int bits) { return static_cast<int64_t>(static_cast<uint64_t>(v) << (64 - bits)) >> (64 - bits); }
}  // namespace

std::string fmtIndex(int64_t i, int64_t len);

Vm::ExecResult Vm::execute(Goroutine& g, uint64_t maxInstr, uint64_t* executed) {
  Heap& heap = heap_;
  Program& prog = *program_;
  uint64_t budget = maxInstr;
  Frame* fr = &g.frames.back();
  const FuncProto* fn = fr->fn;
  const Instr* code = fn->code.data();
  const Instr* ip = code + fr->pc;
  Slot* R = g.regs.data() + fr->base;
  ExecResult result = ExecResult::Yield;

#define SAVE() (fr->pc = static_cast<uint32_t>(ip - code))
#define RELOAD()                                  \
  do {                                            \
    fr = &g.frames.back();                        \
    fn = fr->fn;                                  \
    code = fn->code.data();                       \
    ip = code + fr->pc;                           \
    R = g.regs.data() + fr->base;                 \
  } while (0)
  // Raising a panic: state is saved, the unwinder moves to a deferred call or
  // kills the goroutine.
#define THROW_RT(msg)                       \
  do {                                      \
    SAVE();                                 \
    runtimePanic(g, (msg));                 \
    goto after_panic;                       \
  } while (0)
#define THROW_NIL()   \
  do {                \
    SAVE();           \
    nilDeref(g);      \
    goto after_panic; \
  } while (0)

#ifdef HS_COMPUTED_GOTO
  static void* const kLabels[] = {
#define HS_OP_LABEL(name, doc) &&L_##name,
      HS_OPCODES(HS_OP_LABEL)
#undef HS_OP_LABEL
  };
#define CASE(name) L_##name:
#define NEXT()                                   \
  do {                                           \
    if (__builtin_expect(--budget == 0, 0)) goto out_of_budget; \
    const Instr& I_ = *ip++;                     \
    goto* kLabels[static_cast<int>(I_.op)];      \
  } while (0)
  ++budget;
  NEXT();
#else
#define CASE(name) case Op::name:
#define NEXT() goto dispatch
  ++budget;
dispatch:
  if (--budget == 0) goto out_of_budget;
  switch ((ip++)->op) {
#endif
// The running instruction is ip[-1]: no separate `in` pointer, which GCC
// kept in memory (a store and a dependent reload on every dispatch, ~13% of
// the loop benchmark by perf). Cases that advance ip over EXTRA words before
// they are done with their operands rebind IN to a copy taken on entry.
#define IN (ip - 1)
#define A IN->a
#define B IN->b
#define C IN->c
#define RA R[IN->a]
#define RB R[IN->b]
#define RC R[IN->c]

  CASE(NOP) NEXT();
  CASE(EXTRA) NEXT();
  CASE(LINE) {
    if (!breakpoints_.empty()) {
      int line = static_cast<int>(IN->bx());
      if (line != lastBreakLine_) {
        for (int b : breakpoints_)
          if (b == line) {
            lastBreakLine_ = line;
            SAVE();
            result = ExecResult::Breakpoint;
            goto done;
          }
      }
      lastBreakLine_ = -1;
    }
    NEXT();
  }
  CASE(MOVE) RA = RB; NEXT();
  CASE(MOVE_REF) setRef(heap, RA, RB.ref); NEXT();
  CASE(CLEAR_REF) setOwned(heap, RA, nullptr); NEXT();
  CASE(LOADI) RA.i = IN->sbx(); NEXT();
  CASE(LOADK) RA = fn->consts[IN->bx()]; NEXT();
  CASE(LOADK_REF) setRef(heap, RA, fn->consts[IN->bx()].ref); NEXT();
  CASE(ZERO_VAL) {
    SAVE();
    setRef(heap, RA, zeroValue(fn->types[B]));
    NEXT();
  }
  CASE(CLONE) {
    SAVE();  // allocates: the allocation site is read from the frame's pc
    Object* o = RB.ref;
    setRef(heap, RA, o ? heap.cloneValue(o) : nullptr);
    NEXT();
  }
  CASE(COPY_INTO) {
    if (RA.ref != RB.ref && RB.ref) heap.copyValueInto(RA.ref, RB.ref);
    NEXT();
  }
  CASE(GGET) RA = globals_[IN->bx()]; NEXT();
  CASE(GGET_REF) setRef(heap, RA, globals_[IN->bx()].ref); NEXT();
  CASE(GSET) globals_[IN->bx()] = RA; NEXT();
  CASE(GSET_REF) setRef(heap, globals_[IN->bx()], RA.ref); NEXT();
  CASE(NEW_CELL) {
    SAVE();  // allocates: the allocation site is read from the frame's pc
    const Type* t = fn->types[B];
    SlotKind k = t->slotKind();
    CellObj* c = heap.newCell(t, k);
    if (k == SlotKind::Value) {
      Object* z = zeroValue(t);
      heap.incref(z);
      c->value.ref = z;
    }
    setRef(heap, RA, c);
    NEXT();
  }
  CASE(CELL_GET) RA = static_cast<CellObj*>(RB.ref)->value; NEXT();
  CASE(CELL_GET_REF) setRef(heap, RA, static_cast<CellObj*>(RB.ref)->value.ref); NEXT();
  CASE(CELL_SET) static_cast<CellObj*>(RA.ref)->value = RB; NEXT();
  CASE(CELL_SET_REF) setRef(heap, static_cast<CellObj*>(RA.ref)->value, RB.ref); NEXT();
  CASE(GET_CAPTURE) setRef(heap, RA, fr->closure->captures[B]); NEXT();
  CASE(GET_CAPTURE_VAL) RA = fr->closure->valueSlots()[B]; NEXT();
  CASE(ADD_I) RA.u = RB.u + RC.u; NEXT();
  CASE(SUB_I) RA.u = RB.u - RC.u; NEXT();
  CASE(MUL_I) RA.u = RB.u * RC.u; NEXT();
  CASE(DIV_I) {
    int64_t d = RC.i;
    if (d == 0) THROW_RT("integer divide by zero");
    RA.i = (d == -1) ? static_cast<int64_t>(0 - RB.u) : RB.i / d;
    NEXT();
  }
  CASE(REM_I) {
    int64_t d = RC.i;
    if (d == 0) THROW_RT("integer divide by zero");
    RA.i = (d == -1) ? 0 : RB.i % d;
    NEXT();
  }
  CASE(DIV_U) {
    if (RC.u == 0) THROW_RT("integer divide by zero");
    RA.u = RB.u / RC.u;
    NEXT();
  }
  CASE(REM_U) {
    if (RC.u == 0) THROW_RT("integer divide by zero");
    RA.u = RB.u % RC.u;
    NEXT();
  }
  CASE(ADDK_I) RA.u = RB.u + static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(C))); NEXT();
  CASE(AND) RA.u = RB.u & RC.u; NEXT();
  CASE(OR) RA.u = RB.u | RC.u; NEXT();
  CASE(XOR) RA.u = RB.u ^ RC.u; NEXT();
  CASE(ANDNOT) RA.u = RB.u & ~RC.u; NEXT();
  CASE(SHL) {
    int64_t s = RC.i;
    if (s < 0) THROW_RT("negative shift amount");
    RA.u = s >= 64 ? 0 : RB.u << s;
    NEXT();
  }
  CASE(SHL_U) RA.u = RC.u >= 64 ? 0 : RB.u << RC.u; NEXT();
  CASE(SHR_I) {
    int64_t s = RC.i;
    if (s < 0) THROW_RT("negative shift amount");
    RA.i = RB.i >> (s >= 64 ? 63 : s);
    NEXT();
  }
  CASE(SHR_IU) RA.i = RB.i >> (RC.u >= 64 ? 63 : RC.u); NEXT();
  CASE(SHR_U) {
    int64_t s = RC.i;
    if (s < 0) THROW_RT("negative shift amount");
    RA.u = s >= 64 ? 0 : RB.u >> s;
    NEXT();
  }
  CASE(SHR_UU) RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u; NEXT();
  CASE(NEG_I) RA.u = 0 - RB.u; NEXT();
  CASE(COMPL) RA.u = ~RB.u; NEXT();
  CASE(NOT) RA.u = RB.u ? 0 : 1; NEXT();
  CASE(SEXT8) RA.i = sext(RB.i, 8); NEXT();
  CASE(SEXT16) RA.i = sext(RB.i, 16); NEXT();
  CASE(SEXT32) RA.i = sext(RB.i, 32); NEXT();
  CASE(ZEXT8) RA.u = RB.u & 0xFF; NEXT();
  CASE(ZEXT16) RA.u = RB.u & 0xFFFF; NEXT();
  CASE(ZEXT32) RA.u = RB.u & 0xFFFFFFFFu; NEXT();
  CASE(ADD_F) RA.f = RB.f + RC.f; NEXT();
  CASE(SUB_F) RA.f = RB.f - RC.f; NEXT();
  CASE(MUL_F) RA.f = RB.f * RC.f; NEXT();
  CASE(DIV_F) RA.f = RB.f / RC.f; NEXT();
  CASE(NEG_F) RA.f = -RB.f; NEXT();
  CASE(ROUND_F32) RA.f = static_cast<double>(static_cast<float>(RB.f)); NEXT();
  CASE(I2F) RA.f = static_cast<double>(RB.i); NEXT();
  CASE(U2F) RA.f = static_cast<double>(RB.u); NEXT();
  CASE(F2I) {
    double d = RB.f;
    if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) RA.u = 0x8000000000000000ull;
    else RA.i = static_cast<int64_t>(d);
    NEXT();
  }
  CASE(F2U) {
    double d = RB.f;
    if (std::isnan(d) || d >= 1.8446744073709552e19 || d <= -1.0) RA.u = d < 0 && d > -9.2233720368547758e18 ? static_cast<uint64_t>(static_cast<int64_t>(d)) : 0x8000000000000000ull;
    else RA.u = static_cast<uint64_t>(d);
    NEXT();
  }
  CASE(EQ_I) RA.u = RB.u == RC.u; NEXT();
  CASE(NE_I) RA.u = RB.u != RC.u; NEXT();
  CASE(LT_I) RA.u = RB.i < RC.i; NEXT();
  CASE(LE_I) RA.u = RB.i <= RC.i; NEXT();
  CASE(LT_U) RA.u = RB.u < RC.u; NEXT();
  CASE(LE_U) RA.u = RB.u <= RC.u; NEXT();
  CASE(EQ_F) RA.u = RB.f == RC.f; NEXT();
  CASE(NE_F) RA.u = RB.f != RC.f; NEXT();
  CASE(LT_F) RA.u = RB.f < RC.f; NEXT();
  CASE(LE_F) RA.u = RB.f <= RC.f; NEXT();
  CASE(EQ_STR) RA.u = strView(RB.ref) == strView(RC.ref); NEXT();
  CASE(NE_STR) RA.u = strView(RB.ref) != strView(RC.ref); NEXT();
  CASE(LT_STR) RA.u = strView(RB.ref) < strView(RC.ref); NEXT();
  CASE(LE_STR) RA.u = strView(RB.ref) <= strView(RC.ref); NEXT();
  CASE(EQ_REF) RA.u = RB.ref == RC.ref; NEXT();
#undef IN
#define IN cur_
  CASE(EQ_VAL) {
    const Instr* const cur_ = ip - 1;
    const Type* t = fn->types[ip->a];
    ++ip;
    RA.u = valuesEqual(t, RB, RC, nullptr);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(EQ_IFACE) {
    const Type* unc = nullptr;
    bool eq = valuesEqual(prog.types->anyType(), RB, RC, &unc);
    if (unc) THROW_RT("comparing uncomparable type " + unc->str());
    RA.u = eq;
    NEXT();
  }
  CASE(JMP) ip += IN->sbx(); NEXT();
  CASE(JMP_T) if (RA.u) ip += IN->sbx(); NEXT();
  CASE(JMP_F) if (!RA.u) ip += IN->sbx(); NEXT();
  // Compare fused with the JMP_F after it (compile: emitJumpIfFalse): one
  // dispatch instead of two; the JMP_F word keeps the offset (and stays a
  // valid instruction for the disassembler and the jump patcher).
#define HS_CMP_JF(name, cond)                          \
  CASE(name) {                                         \
    if (cond) ip += 1;                                 \
    else ip += 1 + ip->sbx();                          \
    NEXT();                                            \
  }
  HS_CMP_JF(LT_I_JF, RB.i < RC.i)
  HS_CMP_JF(LE_I_JF, RB.i <= RC.i)
  HS_CMP_JF(EQ_I_JF, RB.u == RC.u)
  HS_CMP_JF(NE_I_JF, RB.u != RC.u)
#define HS_K static_cast<int64_t>(static_cast<int16_t>(C))
  HS_CMP_JF(LT_IK_JF, RB.i < HS_K)
  HS_CMP_JF(LE_IK_JF, RB.i <= HS_K)
  HS_CMP_JF(GT_IK_JF, RB.i > HS_K)
  HS_CMP_JF(GE_IK_JF, RB.i >= HS_K)
  HS_CMP_JF(EQ_IK_JF, RB.i == HS_K)
  HS_CMP_JF(NE_IK_JF, RB.i != HS_K)
#undef HS_K
#undef HS_CMP_JF
  CASE(CONCAT) {
    int64_t lb = strLen(RB.ref), lc = strLen(RC.ref);
    Object* r;
    if (lb == 0) r = RC.ref;
    else if (lc == 0) r = RB.ref;
    else {
      SAVE();
      std::string s;
      s.reserve(static_cast<size_t>(lb + lc));
      s.append(strData(RB.ref), lb);
      s.append(strData(RC.ref), lc);
      r = makeString(s);
    }
    setRef(heap, RA, r);
    NEXT();
  }
  CASE(STR_LEN) RA.i = strLen(RB.ref); NEXT();
  CASE(STR_INDEX) {
    int64_t i = RC.i, n = strLen(RB.ref);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_RT(fmtIndex(i, n));
    RA.u = static_cast<unsigned char>(strData(RB.ref)[i]);
    NEXT();
  }
  CASE(STR_RANGE) {
    int w;
    int32_t r = decodeRune(strData(RB.ref), strLen(RB.ref), RC.i, &w);
    RA.i = r;
    R[A + 1].i = w;
    NEXT();
  }
#undef IN
#define IN cur_
  CASE(CONV) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    const Type* target = fn->types[ip->a];
    ++ip;
    Object* res = nullptr;
    switch (static_cast<ConvKind>(C)) {
      case ConvKind::RuneToString: {
        std::string s;
        int64_t v = RB.i;
        appendRune(s, (v < 0 || v > 0x10FFFF) ? 0xFFFD : static_cast<int32_t>(v));
        res = makeString(s);
        break;
      }
      case ConvKind::BytesToString: {
        auto* sl = static_cast<SliceObj*>(RB.ref);
        if (sl && sl->len) res = makeString(std::string_view(reinterpret_cast<const char*>(sl->array->data) + sl->offset, sl->len));
        break;
      }
      case ConvKind::RunesToString: {
        auto* sl = static_cast<SliceObj*>(RB.ref);
        std::string s;
        if (sl)
          for (int64_t i = 0; i < sl->len; i++) appendRune(s, static_cast<int32_t>(loadElem(sl->array, sl->offset + i).i));
        if (!s.empty()) res = makeString(s);
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
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(LEN) {
    Object* o = RB.ref;
    int64_t n = 0;
    if (o) {
      switch (o->kind) {
        case ObjKind::Slice: n = static_cast<SliceObj*>(o)->len; break;
        case ObjKind::Array: n = static_cast<ArrayObj*>(o)->len; break;
        case ObjKind::String: n = static_cast<StringObj*>(o)->len; break;
        case ObjKind::Map: n = mapLen(static_cast<MapObj*>(o)); break;
        default: n = chanLen(o, false); break;
      }
    }
    RA.i = n;
    NEXT();
  }
  CASE(CAP) {
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
    NEXT();
  }
#undef IN
#define IN cur_
  CASE(MAKE_SLICE) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    const Type* st = fn->types[ip->a];
    ++ip;
    int64_t len = RB.i;
    int64_t cap = C == kNoReg ? len : RC.i;
    const Type* et = st->underlying()->elem;
    int64_t esz = goSizeof(et);
    if (esz < 1) esz = 1;
    if (len < 0 || len > (int64_t(1) << 40) / esz) THROW_RT("makeslice: len out of range");
    if (cap < len || cap > (int64_t(1) << 40) / esz) THROW_RT("makeslice: cap out of range");
    Object* s = makeSlice(st, len, cap);
    if (!s) goto oom;
    setRef(heap, RA, s);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(ELEM_GET) {
    Object* o = RB.ref;
    int64_t i = RC.i;
    if (o && o->kind == ObjKind::Array) {
      auto* a = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(a->len)) THROW_RT(fmtIndex(i, a->len));
      RA = loadElem(a, i);
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_RT(fmtIndex(i, n));
      RA = loadElem(s->array, s->offset + i);
    }
    NEXT();
  }
  CASE(ELEM_GET_REF) {
    Object* o = RB.ref;
    int64_t i = RC.i;
    Object* v;
    if (o && o->kind == ObjKind::Array) {
      auto* a = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(a->len)) THROW_RT(fmtIndex(i, a->len));
      v = a->slots()[i].ref;
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_RT(fmtIndex(i, n));
      v = s->array->slots()[s->offset + i].ref;
    }
    setRef(heap, RA, v);
    NEXT();
  }
  CASE(ELEM_SET) CASE(ELEM_SET_REF) CASE(ELEM_SET_VAL) {
    Object* o = RA.ref;
    int64_t i = RB.i;
    ArrayObj* arr;
    if (o && o->kind == ObjKind::Array) {
      arr = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(arr->len)) THROW_RT(fmtIndex(i, arr->len));
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_RT(fmtIndex(i, n));
      arr = s->array;
      i += s->offset;
    }
    if (IN->op == Op::ELEM_SET) storeElem(arr, i, RC);
    else if (IN->op == Op::ELEM_SET_REF) setRef(heap, arr->slots()[i], RC.ref);
    else if (arr->slots()[i].ref != RC.ref) heap.copyValueInto(arr->slots()[i].ref, RC.ref);
    NEXT();
  }
#undef IN
#define IN cur_
  CASE(SLICE) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    Instr ex = *ip++;
    Object* res = nullptr;
    {  // strings are scoped so the indirect goto in NEXT() leaves no destructor behind
      std::string err;
      if (!sliceOp(fn->types[C], RB.ref, ex.a == kNoReg ? -1 : R[ex.a].i, ex.b == kNoReg ? -1 : R[ex.b].i,
                   ex.c == kNoReg ? -1 : R[ex.c].i, &res, &err)) {
        if (err.empty()) goto oom;
        THROW_RT(err);
      }
    }
    setRef(heap, RA, res);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
#undef IN
#define IN cur_
  CASE(APPEND) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    Instr ex = *ip++;
    Object* res = appendValues(fn->types[ex.b], RB.ref, &RC, ex.a);
    if (!res && heap.outOfMemory) goto oom;
    setRef(heap, RA, res);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
#undef IN
#define IN cur_
  CASE(APPEND_SLICE) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    Instr ex = *ip++;
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
      res = appendValues(fn->types[ex.b], RB.ref, tmp, static_cast<int64_t>(sv.size()));
    } else {
      auto* s = static_cast<SliceObj*>(src);
      res = appendSlice(fn->types[ex.b], RB.ref, s);
    }
    if (!res && heap.outOfMemory) goto oom;
    setRef(heap, RA, res);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(COPY) {
    RA.i = copySlice(RB.ref, RC.ref);
    NEXT();
  }
  CASE(MAP_NEW) {
    SAVE();
    setRef(heap, RA, mapNew(heap, fn->types[B]));
    NEXT();
  }
#undef IN
#define IN cur_
  CASE(MAP_GET) {
    const Instr* const cur_ = ip - 1;
    Instr ex = *ip++;
    auto* m = static_cast<MapObj*>(RB.ref);
    const Slot* v = nullptr;
    {
      std::string herr;
      v = m ? mapFind(m, RC, &herr) : nullptr;
      if (!herr.empty()) THROW_RT(herr);
    }
    const Type* mt = fn->types[ex.b];
    SlotKind vk = mt->underlying()->elem->slotKind();
    if (v) {
      if (vk == SlotKind::Scalar) RA = *v;
      else setRef(heap, RA, v->ref);
    } else if (vk == SlotKind::Scalar) {
      RA.u = 0;
    } else if (vk == SlotKind::Value) {
      SAVE();
      setRef(heap, RA, zeroValue(mt->underlying()->elem));
    } else {
      setOwned(heap, RA, nullptr);
    }
    if (ex.a != kNoReg) R[ex.a].u = v != nullptr;
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(MAP_SET) {
    auto* m = static_cast<MapObj*>(RA.ref);
    if (!m) {
      SAVE();
      panicMessage("assignment to entry in nil map", false);
      goto after_panic;
    }
    SAVE();
    {
      std::string err;
      if (!mapStore(heap, m, RB, RC, &err)) THROW_RT(err);
    }
    NEXT();
  }
  CASE(MAP_DELETE) {
    auto* m = static_cast<MapObj*>(RA.ref);
    if (m) {
      std::string herr;
      mapErase(heap, m, RB, &herr);
      if (!herr.empty()) THROW_RT(herr);
    }
    NEXT();
  }
  CASE(MAP_ITER) {
    RA.u = 0;
    R[A + 1].u = 0;
    NEXT();
  }
#undef IN
#define IN cur_
  CASE(MAP_NEXT) {
    const Instr* const cur_ = ip - 1;
    Instr ex = *ip++;
    RA.u = mapIterNext(heap, static_cast<MapObj*>(RB.ref), &RC, ex.a == kNoReg ? nullptr : &R[ex.a],
                       ex.b == kNoReg ? nullptr : &R[ex.b]);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(CLEAR) {
    Object* o = RA.ref;
    if (o && o->kind == ObjKind::Map) mapClear(heap, static_cast<MapObj*>(o));
    else if (o && o->kind == ObjKind::Slice) clearSlice(static_cast<SliceObj*>(o));
    NEXT();
  }
  CASE(FIELD_GET) {
    auto* s = static_cast<StructObj*>(RB.ref);
    if (!s) THROW_NIL();
    RA = s->fields[C];
    NEXT();
  }
  CASE(FIELD_GET_REF) {
    auto* s = static_cast<StructObj*>(RB.ref);
    if (!s) THROW_NIL();
    setRef(heap, RA, s->fields[C].ref);
    NEXT();
  }
  CASE(FIELD_SET) {
    auto* s = static_cast<StructObj*>(RA.ref);
    if (!s) THROW_NIL();
    s->fields[B] = RC;
    NEXT();
  }
  CASE(FIELD_SET_REF) {
    auto* s = static_cast<StructObj*>(RA.ref);
    if (!s) THROW_NIL();
    setRef(heap, s->fields[B], RC.ref);
    NEXT();
  }
  CASE(FIELD_SET_VAL) {
    auto* s = static_cast<StructObj*>(RA.ref);
    if (!s) THROW_NIL();
    if (s->fields[B].ref != RC.ref) heap.copyValueInto(s->fields[B].ref, RC.ref);
    NEXT();
  }
  CASE(NIL_CHECK) if (!RA.ref) THROW_NIL(); NEXT();
#undef IN
#define IN cur_
  CASE(ADDR_FIELD) {
    const Instr* const cur_ = ip - 1;
    if (!RB.ref) THROW_NIL();
    SAVE();
    setRef(heap, RA, heap.newPointer(fn->types[ip->a], RB.ref, C));
    ++ip;
    NEXT();
  }
#undef IN
#define IN (ip - 1)
#undef IN
#define IN cur_
  CASE(ADDR_ELEM) {
    const Instr* const cur_ = ip - 1;
    Object* o = RB.ref;
    int64_t i = RC.i;
    ArrayObj* arr;
    if (o && o->kind == ObjKind::Array) {
      arr = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(arr->len)) THROW_RT(fmtIndex(i, arr->len));
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_RT(fmtIndex(i, n));
      arr = s->array;
      i += s->offset;
    }
    SAVE();
    const Type* pt = fn->types[ip->a];
    ++ip;
    if (arr->elemKind == SlotKind::Value) setRef(heap, RA, arr->slots()[i].ref);
    else setRef(heap, RA, heap.newPointer(pt, arr, static_cast<uint32_t>(i)));
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(LOAD_PTR) CASE(LOAD_PTR_REF) {
    Object* p = RB.ref;
    if (!p) THROW_NIL();
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
    if (IN->op == Op::LOAD_PTR) RA = v;
    else setRef(heap, RA, v.ref);
    NEXT();
  }
  CASE(STORE_PTR) CASE(STORE_PTR_REF) CASE(STORE_PTR_VAL) {
    Object* p = RA.ref;
    if (!p) THROW_NIL();
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
        else { packed = arr; idx = pp->index; }
      } else dst = &static_cast<CellObj*>(base)->value;
    }
    if (IN->op == Op::STORE_PTR_VAL) {
      Object* target = dst ? dst->ref : p;
      if (target != RB.ref) heap.copyValueInto(target, RB.ref);
    } else if (packed) {
      storeElem(packed, idx, RB);
    } else if (IN->op == Op::STORE_PTR) {
      *dst = RB;
    } else {
      setRef(heap, *dst, RB.ref);
    }
    NEXT();
  }
  CASE(BOX) {
    SAVE();
    const Type* t = fn->types[C];
    SlotKind k = t->slotKind();
    Slot payload = RB;
    if (k == SlotKind::Value) payload.ref = heap.cloneValue(RB.ref);
    // newBox takes its own reference to a reference payload (the clone of
    // a value payload included)
    BoxObj* b = heap.newBox(t, payload, k != SlotKind::Scalar);
    setRef(heap, RA, b);
    NEXT();
  }
  CASE(UNBOX) {
    auto* b = static_cast<BoxObj*>(RB.ref);
    if (b->payloadIsRef) setRef(heap, RA, b->payload.ref);
    else RA = b->payload;
    NEXT();
  }
#undef IN
#define IN cur_
  CASE(ASSERT) {
    const Instr* const cur_ = ip - 1;
    Instr ex = *ip++;
    auto* b = static_cast<BoxObj*>(RB.ref);
    const Type* t = fn->types[C];
    bool ok = b && b->dynType == t;
    bool isRef = t->slotKind() != SlotKind::Scalar;
    if (ex.a == kNoReg && !ok) {
      SAVE();
      assertFailed(g, fn->types[ex.b], t, b);
      goto after_panic;
    }
    if (ok) {
      if (isRef) setRef(heap, RA, b->payload.ref);
      else RA = b->payload;
    } else if (isRef) {
      if (t->slotKind() == SlotKind::Value) {
        SAVE();
        setRef(heap, RA, zeroValue(t));
      } else setOwned(heap, RA, nullptr);
    } else RA.u = 0;
    if (ex.a != kNoReg) R[ex.a].u = ok;
    NEXT();
  }
#undef IN
#define IN (ip - 1)
#undef IN
#define IN cur_
  CASE(ASSERT_IFACE) {
    const Instr* const cur_ = ip - 1;
    Instr ex = *ip++;
    auto* b = static_cast<BoxObj*>(RB.ref);
    const Type* t = fn->types[C];
    bool ok = b && typeImplements(b->dynType, t);
    if (ex.a == kNoReg && !ok) {
      SAVE();
      assertFailed(g, fn->types[ex.b], t, b);
      goto after_panic;
    }
    setRef(heap, RA, ok ? b : nullptr);
    if (ex.a != kNoReg) R[ex.a].u = ok;
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(TYPE_IS) {
    auto* b = static_cast<BoxObj*>(RB.ref);
    RA.u = b && b->dynType == fn->types[C];
    NEXT();
  }
  CASE(TYPE_IMPL) {
    auto* b = static_cast<BoxObj*>(RB.ref);
    RA.u = b && typeImplements(b->dynType, fn->types[C]);
    NEXT();
  }
  CASE(FUNC_VAL) {
    SAVE();
    const FuncProto* p = prog.funcs[B].get();
    setRef(heap, RA, heap.newClosure(p->sig, p, 0));
    NEXT();
  }
  CASE(CLOSURE) {
    SAVE();
    const FuncProto* p = prog.funcs[B].get();
    uint32_t n = static_cast<uint32_t>(p->captures.size());
    bool byValue = !p->captureByValue.empty();
    ClosureObj* cl = heap.newClosure(p->sig, p, n, byValue);
    for (uint32_t i = 0; i < n; i++) {
      if (byValue && p->captureByValue[i]) {
        cl->valueSlots()[i] = R[C + i];  // scalar bits; captures[i] stays nullptr
        continue;
      }
      cl->captures[i] = R[C + i].ref;
      heap.incref(R[C + i].ref);
    }
    setRef(heap, RA, cl);
    NEXT();
  }
  CASE(CALL) {
    SAVE();
    const FuncProto* p = prog.funcs[B].get();
    {
      // Fast path of pushFrame (same effect): registers and frame slots
      // already there, no nested-call gap. Saves the out-of-line call and
      // libc memcpy/memset on every static call (fib: -20%).
      uint32_t base = fr->base + fn->nregs;
      if (nestedGap_ == 0 && static_cast<size_t>(base) + p->nregs + 1 <= g.regs.size() &&
          g.frames.size() < g.frames.capacity() && g.frames.size() < opts_.maxFrames) {
        Slot* dst = g.regs.data() + base;
        Slot* src = R + C;
        for (uint32_t i = 0; i < p->nparams; i++) {  // arguments move: the caller's slots end nil
          dst[i] = src[i];
          src[i].u = 0;
        }
        uint32_t retBase = fr->base + A;
        Frame& f = g.frames.emplace_back();  // no reallocation (capacity checked): fr stays valid
        f.fn = p;
        f.base = base;
        f.retBase = retBase;
        f.deferMark = static_cast<uint32_t>(g.defers.size());
        fr = &f;
        fn = p;
        code = p->code.data();
        ip = code;
        R = dst;
        NEXT();
      }
    }
    if (!pushFrame(g, p, nullptr, &R[C], true, fr->base + A, 0)) goto stack_overflow;
    RELOAD();
    NEXT();
  }
  CASE(CALL_CLOSURE) {
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    if (!cl) THROW_NIL();
    SAVE();
    if (!pushFrame(g, cl->fn, cl, &R[C], true, fr->base + A, 0)) goto stack_overflow;
    RELOAD();
    NEXT();
  }
  CASE(CALL_IFACE) {
    auto* b = static_cast<BoxObj*>(RC.ref);
    if (!b) THROW_NIL();
    SAVE();
    const Program::MethodEntry* me = findMethod(b->dynType, B);
    if (!me) THROW_RT("method not found: " + prog.methodNames[B]);
    // Replace the box in R[C] by the receiver the method expects.
    Slot recv = b->payload;
    Object* keep = b;  // R[C] holds the box; swap in the receiver
    bool recvRef = me->fn->paramIsRef.empty() ? b->payloadIsRef : me->fn->paramIsRef[0];
    if (me->recvAdapt & Program::kRecvDeref) {
      Object* p = recv.ref;
      if (!p) { heap.decref(keep); RC.ref = nullptr; THROW_NIL(); }
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
    if (!pushFrame(g, me->fn, nullptr, &R[C], true, fr->base + A, 0)) goto stack_overflow;
    RELOAD();
    NEXT();
  }
  CASE(CALL_NATIVE) {
    SAVE();
    const NativeEntry& ne = prog.natives[B];
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
    Slot* nativeArgs = &R[C];
    Slot* nativeResults = &R[A];
    if (copied) {
      std::memcpy(static_cast<void*>(scratch), &R[C], sizeof(Slot) * ne.nargs);
      std::memset(static_cast<void*>(scratch + ne.nargs), 0, sizeof(Slot) * ne.nresults);
      nativeArgs = scratch;
      nativeResults = scratch + ne.nargs;
    }
    NativeCall call{*this, g, nativeArgs, ne.nargs, nativeResults, ne.nresults, ne.argTypes.data()};
    NativeStatus st = ne.fn(call);
    // a panic may have unwound every frame (the goroutine died): results the
    // native wrote before panicking are dropped
    if (st == NativeStatus::Panic) {
      if (copied)
        for (int i = 0; i < ne.nresults; i++)
          if (ne.resultIsRef[i] && nativeResults[i].ref) heap.decref(nativeResults[i].ref);
      goto after_panic;
    }
    if (st == NativeStatus::Exit) {
      result = ExecResult::Ended;
      goto done;
    }
    // natives may have grown this goroutine's registers (nested calls)
    RELOAD();
    if (copied) std::memcpy(static_cast<void*>(&R[A]), nativeResults, sizeof(Slot) * ne.nresults);
    if (st == NativeStatus::Done) {
      // args are borrowed: release them now (they were temporaries)
      for (int i = 0; i < ne.nargs; i++)
        if (ne.argIsRef[i]) setOwned(heap, R[C + i], nullptr);
      if (yieldRequested_) {  // runtime.Gosched: give up the processor now
        result = ExecResult::Yield;
        goto done;
      }
      NEXT();
    }
    if (st == NativeStatus::Block) {
      fr->pc = static_cast<uint32_t>(ip - 1 - code);  // re-execute on wake
      g.status = GStatus::Blocked;
      result = ExecResult::Blocked;
      goto done;
    }
    if (st == NativeStatus::Exit) {
      result = ExecResult::Ended;
      goto done;
    }
    goto after_panic;
  }
#undef IN
#define IN cur_
  CASE(GO) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    Instr ex = *ip++;
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    if (!cl) {
      fatal("go of nil func value", false);
      result = ExecResult::Ended;
      goto done;
    }
    spawn(g, cl, &R[C], ex.a);
    RELOAD();
    NEXT();
  }
#undef IN
#define IN (ip - 1)
#undef IN
#define IN cur_
  CASE(DEFER) {
    const Instr* const cur_ = ip - 1;
    Instr ex = *ip++;
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    {
      DeferRec d;
      d.fn = cl;
      heap.incref(cl);
      d.args.assign(&R[C], &R[C] + ex.a);
      std::memset(static_cast<void*>(&R[C]), 0, sizeof(Slot) * ex.a);  // moved
      d.frameIndex = static_cast<uint32_t>(g.frames.size() - 1);
      g.defers.push_back(std::move(d));
    }
    NEXT();
  }
  // A defer in a range-over-func loop body belongs to the function around
  // the loop (a frame further down): it joins that frame's defers, below
  // those of the frames above it.
  CASE(DEFER_AT) {
    const Instr* const cur_ = ip - 1;
    Instr ex = *ip++;
    int64_t target = R[ex.b].i;
    if (target < 0 || static_cast<uint64_t>(target) + 1 >= g.frames.size() ||
        g.frames[static_cast<size_t>(target)].fn->index != ex.c) {
      SAVE();
      panicMessage("defer in a range-over-func loop body after its function returned", true);
      goto after_panic;
    }
    {
      auto* cl = static_cast<ClosureObj*>(RB.ref);
      DeferRec d;
      d.fn = cl;
      heap.incref(cl);
      d.args.assign(&R[C], &R[C] + ex.a);
      std::memset(static_cast<void*>(&R[C]), 0, sizeof(Slot) * ex.a);  // moved
      size_t t = static_cast<size_t>(target);
      d.frameIndex = static_cast<uint32_t>(t);
      g.defers.insert(g.defers.begin() + g.frames[t + 1].deferMark, std::move(d));
      for (size_t i = t + 1; i < g.frames.size(); i++) g.frames[i].deferMark++;
    }
    NEXT();
  }
  CASE(FRAME_TOKEN) {
    const Instr* const cur_ = ip - 1;
    RA.i = static_cast<int64_t>(g.frames.size() - 1);
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(MAKE_CHAN) {
    SAVE();
    int64_t cap = B == kNoReg ? 0 : RB.i;
    if (cap < 0 || cap > (int64_t(1) << 40)) THROW_RT("makechan: size out of range");
    Object* ch = makeChan(fn->types[C], cap);
    if (!ch) goto oom;
    setRef(heap, RA, ch);
    NEXT();
  }
  CASE(SEND) {
    SAVE();
    ChanResult cr = chanSend(g, RA.ref, RB);
    if (cr == ChanResult::Done) NEXT();
    if (cr == ChanResult::Blocked) {
      fr->pc = static_cast<uint32_t>(ip - 1 - code);  // re-execute on wake
      result = ExecResult::Blocked;
      goto done;
    }
    goto after_panic;
  }
  CASE(RECV) {
    SAVE();
    Slot v = slotNil();
    bool ok = false;
    ChanResult cr = chanRecv(g, RB.ref, &v, &ok);
    if (cr == ChanResult::Blocked) {
      fr->pc = static_cast<uint32_t>(ip - 1 - code);
      result = ExecResult::Blocked;
      goto done;
    }
    if (fn->regIsRef[A]) setOwned(heap, RA, v.ref);
    else RA = v;
    if (C != kNoReg) R[C].u = ok ? 1 : 0;
    NEXT();
  }
  CASE(CLOSE) {
    SAVE();
    if (chanClose(g, RA.ref) == ChanResult::Done) NEXT();
    goto after_panic;
  }
#undef IN
#define IN cur_
  CASE(SELECT) {
    const Instr* const cur_ = ip - 1;
    const Instr* selIp = ip - 1;
    SAVE();
    int ncases = C & 0x7FFF;
    bool hasDefault = (C & 0x8000) != 0;
    int chosen = -1;
    ChanResult cr;
    {
      selectBuf_.resize(static_cast<size_t>(ncases));
      for (int i = 0; i < ncases; i++) {
        const Instr& e = ip[i];
        SelectCase& sc = selectBuf_[static_cast<size_t>(i)];
        sc.ch = R[e.a].ref;
        sc.send = e.c == 0xFFFE;
        sc.value = e.b == kNoReg ? nullptr : &R[e.b];
        sc.ok = (e.c == kNoReg || sc.send) ? nullptr : &R[e.c];
      }
      cr = select(g, selectBuf_.data(), ncases, hasDefault, &chosen);
    }
    ip += ncases;
    if (cr == ChanResult::Blocked) {
      fr->pc = static_cast<uint32_t>(selIp - code);
      result = ExecResult::Blocked;
      goto done;
    }
    if (cr == ChanResult::Panic) {
      SAVE();
      goto after_panic;
    }
    RA.i = chosen;
    NEXT();
  }
#undef IN
#define IN (ip - 1)
  CASE(RUN_DEFERS) {
    if (g.defers.size() > fr->deferMark) {
      fr->pc = static_cast<uint32_t>(ip - 1 - code);  // come back here after the call
      DeferRec d = std::move(g.defers.back());
      g.defers.pop_back();
      if (!d.fn) {
        for (Slot& s : d.args) (void)s;
        THROW_NIL();
      }
      bool ok = pushFrame(g, d.fn->fn, d.fn, d.args.data(), false, 0, kFrameDeferCall);
      heap.decref(d.fn);
      if (!ok) goto stack_overflow;
      RELOAD();
    }
    NEXT();
  }
  CASE(RET) {
    uint8_t flags = fr->flags;
    if (!(flags & (kFrameDeferCall | kFrameDiscard))) {
      Slot* dst = g.regs.data() + fr->retBase;
      for (uint32_t i = 0; i < B; i++) {
        if (fn->resultIsRef[i]) {
          Object* o = dst[i].ref;
          dst[i] = R[A + i];
          R[A + i].ref = nullptr;
          if (o) heap.decref(o);
        } else {
          dst[i] = R[A + i];
        }
      }
    }
    bool nested = flags & kFrameNested;
    if (!(flags & (kFrameNested | kFramePanicDefer)) && g.frames.size() > 1 && g.defers.size() <= fr->deferMark) {
      // Fast path of popFrame (same effect, no leftover defers to drop).
      for (uint16_t r : fn->refRegs) {
        Object* o = R[r].ref;
        R[r].ref = nullptr;
        if (o) heap.decref(o);
      }
#ifdef __EMSCRIPTEN__
      // A conditional store, so the loop does not become a call to
      // Emscripten's memset (15% of fib in node); natively glibc's is faster.
      for (uint32_t i = 0, n = fn->nregs; i < n; i++)
        if (R[i].u) R[i].u = 0;
#else
      std::memset(static_cast<void*>(R), 0, sizeof(Slot) * fn->nregs);
#endif
      heap.decref(fr->closure);
      g.frames.pop_back();
      RELOAD();
      NEXT();
    }
    popFrame(g);
    if (nested || g.frames.empty()) {
      result = g.frames.empty() ? ExecResult::Dead : ExecResult::Ended;
      if (nested) result = ExecResult::Ended;
      goto done_noreload;
    }
    if (flags & kFramePanicDefer) {
      // the deferred call started by a panic returned: recovered?
      if (!g.panics.empty() && g.panics.back().recovered) {
        PanicRec p = g.panics.back();
        g.panics.pop_back();
        if (p.value) heap.decref(p.value);
        // earlier aborted panics that this recovery ends
        while (!g.panics.empty() && g.panics.back().aborted) {
          if (g.panics.back().value) heap.decref(g.panics.back().value);
          g.panics.pop_back();
        }
        g.unwinding = !g.panics.empty();
        g.panicTrace.clear();
        Frame& f = g.frames.back();
        f.pc = f.fn->recoverPc;
        RELOAD();
        NEXT();
      }
      unwind(g);
      goto after_panic;
    }
    RELOAD();
    NEXT();
  }
  CASE(PANIC) {
    SAVE();
    Object* v = RA.ref;
    startPanic(g, v, false);
    goto after_panic;
  }
  CASE(RECOVER) {
    Object* v = nullptr;
    if ((fr->flags & kFramePanicDefer) && !g.panics.empty() && fr->panicIndex == g.panics.size() - 1 &&
        !g.panics.back().recovered) {
      g.panics.back().recovered = true;
      // the record keeps its own reference: a re-panic prints "panic: v [recovered]"
      v = g.panics.back().value;
      if (v) heap.incref(v);
      setOwned(heap, RA, v);
    } else {
      setOwned(heap, RA, nullptr);
    }
    NEXT();
  }
  CASE(PRINT) {
    SAVE();
    printValue(static_cast<PrintKind>(B), RA);
    NEXT();
  }
  CASE(PANIC_MSG) {
    SAVE();
    panicMessage(std::string(strView(fn->consts[B].ref)), C != 0);  // C: a runtime.Error
    goto after_panic;
  }

#ifndef HS_COMPUTED_GOTO
  default: break;
  }
#endif

after_panic:
  if (nestedPanicked_) { result = ExecResult::Ended; goto done_noreload; }
  // A panic was raised (state saved) and unwind() set up the next frame to
  // run, or the goroutine died / the program ended.
  if (finished_) { result = ExecResult::Ended; goto done_noreload; }
  if (g.frames.empty() || g.status == GStatus::Dead) { result = ExecResult::Dead; goto done_noreload; }
  RELOAD();
  NEXT();

stack_overflow:
  fatalStackOverflow(g);
  result = ExecResult::Ended;
  goto done_noreload;

oom:
  fatalOutOfMemory();
  result = ExecResult::Ended;
  goto done_noreload;

out_of_budget:
  SAVE();
  result = ExecResult::Yield;
  goto done_noreload;

done:
done_noreload:
  *executed = maxInstr - budget;
  return result;
#undef A
#undef B
#undef C
#undef RA
#undef RB
#undef RC
}

}  // namespace heapscope
