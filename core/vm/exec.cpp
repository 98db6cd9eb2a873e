// The interpreter loop: executes one goroutine for at most N instructions.
// Computed-goto dispatch natively under GCC/Clang, a switch in WebAssembly
// (or with HS_SWITCH_DISPATCH): clang turns wasm's computed goto into a load
// of the label's number from a table in linear memory and then a br_table,
// one dependent load more per instruction than the switch (V8 runs the loop
// benchmark 1.4x faster with the switch, docs/PERFORMANCE.md). Only the hot
// opcodes are inline; the cold ones (maps, channels, defer/panic,
// conversions, natives, ...) and the slow paths of RET and RUN_DEFERS are
// out-of-line handlers (exec_cold.h says why and how). Scalar ops never
// allocate.
#include <cstring>

#include "vm/chan.h"
#include "vm/exec_cold.h"
#include "vm/map_ops.h"
#include "types/types.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace heapscope {

#if defined(__GNUC__) && !defined(HS_SWITCH_DISPATCH) && !defined(__EMSCRIPTEN__)
#define HS_COMPUTED_GOTO 1
#endif

namespace {
inline int64_t sext(int64_t v, int bits) { return static_cast<int64_t>(static_cast<uint64_t>(v) << (64 - bits)) >> (64 - bits); }
}  // namespace

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
  ColdStatus cst = ColdStatus::Next;
  // Operands of the shared slow-path blocks at the end (see THROW_RT and
  // SETREF_NEXT): TurboFan spills every live value around each call (all
  // wasm registers are caller-saved), and its register allocation, half of
  // execute's compile time, grows with the number of call sites.
  Object* relObj = nullptr;
  Object* cpyDst = nullptr;  // copy_value_next: the value object RC's is copied into
  const FuncProto* callee = nullptr;  // push_frame: the call that missed CALL's fast path
  ClosureObj* calleeClosure = nullptr;
  const char* thrMsg = nullptr;
  int64_t thrI = 0, thrN = 0;

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
#define THROW_RT(msg) \
  do {                \
    thrMsg = (msg);   \
    goto throw_rt;    \
  } while (0)
#define THROW_INDEX(i, n) \
  do {                    \
    thrI = (i);           \
    thrN = (n);           \
    goto throw_index;     \
  } while (0)
#define THROW_NIL() goto throw_nil
  // Storing a reference and going on to the next instruction (setRef /
  // setOwned, then NEXT): an object whose count drops to zero is released
  // in the one shared release_next block.
#define SETREF_NEXT(dst, n)   \
  do {                        \
    Object* r_ = (n);         \
    if (r_) ++r_->refcount;   \
    SETOWNED_NEXT(dst, r_);   \
  } while (0)
#define SETOWNED_NEXT(dst, n)                                \
  do {                                                       \
    Slot& d_ = (dst);                                        \
    Object* o_ = d_.ref;                                     \
    d_.ref = (n);                                            \
    if (o_ && --o_->refcount == 0) {                         \
      relObj = o_;                                           \
      goto release_next;                                     \
    }                                                        \
    NEXT();                                                  \
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
  // The budget is counted down in each case, as with computed goto: with
  // one check at the switch, TurboFan kept the counter in a stack slot.
#define NEXT()                                                  \
  do {                                                          \
    if (__builtin_expect(--budget == 0, 0)) goto out_of_budget; \
    goto dispatch;                                              \
  } while (0)
  ++budget;
  if (--budget == 0) goto out_of_budget;
dispatch:
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
  // A cold opcode: its handler runs with the pc saved; on Next execute goes
  // on at the frame's pc (the handler moved it past any EXTRA words). R is
  // recomputed rather than kept across the call: V8's TurboFan (every
  // register is caller-saved in wasm) otherwise kept R in a stack slot for
  // the whole dispatch loop, a load and a store per instruction (the loop
  // benchmark in node: 1.06 -> 1.25 s).
#define COLD_CALL()                                                          \
  do {                                                                       \
    SAVE();                                                                  \
    cst = kColdOps[static_cast<size_t>(IN->op)](*this, g, R, IN);            \
    if (__builtin_expect(cst == ColdStatus::Next, 1)) {                      \
      ip = code + fr->pc;                                                    \
      R = g.regs.data() + fr->base;                                          \
      NEXT();                                                                \
    }                                                                        \
    goto cold_status;                                                        \
  } while (0)
#define COLD(name) CASE(name) goto cold_call;

  CASE(NOP) NEXT();
  CASE(EXTRA) NEXT();
  CASE(MOVE) RA = RB; NEXT();
  CASE(MOVE_REF) SETREF_NEXT(RA, RB.ref);
  CASE(CLEAR_REF) SETOWNED_NEXT(RA, nullptr);
  CASE(LOADI) RA.i = IN->sbx(); NEXT();
  CASE(LOADK) RA = fn->consts[IN->bx()]; NEXT();
  CASE(LOADK_REF) SETREF_NEXT(RA, fn->consts[IN->bx()].ref);
  CASE(ZERO_VAL) {
    SAVE();
    SETREF_NEXT(RA, zeroValue(fn->types[B]));
  }
  COLD(CLONE)
  COLD(COPY_INTO)
  CASE(GGET) RA = globals_[IN->bx()]; NEXT();
  CASE(GGET_REF) SETREF_NEXT(RA, globals_[IN->bx()].ref);
  CASE(GSET) globals_[IN->bx()] = RA; NEXT();
  CASE(GSET_REF) SETREF_NEXT(globals_[IN->bx()], RA.ref);
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
    SETREF_NEXT(RA, c);
  }
  CASE(CELL_GET) RA = static_cast<CellObj*>(RB.ref)->value; NEXT();
  CASE(CELL_GET_REF) SETREF_NEXT(RA, static_cast<CellObj*>(RB.ref)->value.ref);
  CASE(CELL_SET) static_cast<CellObj*>(RA.ref)->value = RB; NEXT();
  CASE(CELL_SET_REF) SETREF_NEXT(static_cast<CellObj*>(RA.ref)->value, RB.ref);
  CASE(GET_CAPTURE) SETREF_NEXT(RA, fr->closure->captures[B]);
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
  COLD(F2I)
  COLD(F2U)
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
  CASE(EQ_STR) CASE(NE_STR) {  // one comparison (a call) for both
    bool eq = strView(RB.ref) == strView(RC.ref);
    RA.u = eq != (IN->op == Op::NE_STR);
    NEXT();
  }
  COLD(LT_STR)
  COLD(LE_STR)
  CASE(EQ_REF) RA.u = RB.ref == RC.ref; NEXT();
  COLD(EQ_PTR)
  COLD(EQ_VAL)
  COLD(EQ_IFACE)
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
  COLD(CONCAT)
  CASE(STR_LEN) RA.i = strLen(RB.ref); NEXT();
  CASE(STR_INDEX) {
    int64_t i = RC.i, n = strLen(RB.ref);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_INDEX(i, n);
    RA.u = static_cast<unsigned char>(strData(RB.ref)[i]);
    NEXT();
  }
  COLD(STR_RANGE)
  COLD(CONV)
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
  COLD(CAP)
  COLD(MAKE_SLICE)
  CASE(ELEM_GET) {
    Object* o = RB.ref;
    int64_t i = RC.i;
    if (o && o->kind == ObjKind::Array) {
      auto* a = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(a->len)) THROW_INDEX(i, a->len);
      RA = loadElem(a, i);
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_INDEX(i, n);
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
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(a->len)) THROW_INDEX(i, a->len);
      v = a->slots()[i].ref;
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_INDEX(i, n);
      v = s->array->slots()[s->offset + i].ref;
    }
    SETREF_NEXT(RA, v);
  }
  CASE(ELEM_SET) CASE(ELEM_SET_REF) CASE(ELEM_SET_VAL) {
    Object* o = RA.ref;
    int64_t i = RB.i;
    ArrayObj* arr;
    if (o && o->kind == ObjKind::Array) {
      arr = static_cast<ArrayObj*>(o);
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(arr->len)) THROW_INDEX(i, arr->len);
    } else {
      auto* s = static_cast<SliceObj*>(o);
      int64_t n = s ? s->len : 0;
      if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) THROW_INDEX(i, n);
      arr = s->array;
      i += s->offset;
    }
    if (IN->op == Op::ELEM_SET) storeElem(arr, i, RC);
    else if (IN->op == Op::ELEM_SET_REF) SETREF_NEXT(arr->slots()[i], RC.ref);
    else if (arr->slots()[i].ref != RC.ref) {
      cpyDst = arr->slots()[i].ref;
      goto copy_value_next;
    }
    NEXT();
  }
  COLD(SLICE)
#undef IN
#define IN cur_
  CASE(APPEND) {
    const Instr* const cur_ = ip - 1;
    SAVE();
    Instr ex = *ip++;
    Object* res = appendValues(fn->types[ex.b], RB.ref, &RC, ex.a);
    if (!res && heap.outOfMemory) goto oom;
    SETREF_NEXT(RA, res);
  }
#undef IN
#define IN (ip - 1)
  COLD(APPEND_SLICE)
  COLD(COPY)
  COLD(MAP_NEW)
  COLD(MAP_GET)
  COLD(MAP_SET)
  COLD(MAP_DELETE)
  CASE(MAP_ITER) {
    RA.u = 0;
    R[A + 1].u = 0;
    NEXT();
  }
  COLD(MAP_NEXT)
  COLD(CLEAR)
  CASE(FIELD_GET) {
    auto* s = static_cast<StructObj*>(RB.ref);
    if (!s) THROW_NIL();
    RA = s->fields[C];
    NEXT();
  }
  CASE(FIELD_GET_REF) {
    auto* s = static_cast<StructObj*>(RB.ref);
    if (!s) THROW_NIL();
    SETREF_NEXT(RA, s->fields[C].ref);
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
    SETREF_NEXT(s->fields[B], RC.ref);
  }
  CASE(FIELD_SET_VAL) {
    auto* s = static_cast<StructObj*>(RA.ref);
    if (!s) THROW_NIL();
    if (s->fields[B].ref != RC.ref) {
      cpyDst = s->fields[B].ref;
      goto copy_value_next;
    }
    NEXT();
  }
  CASE(NIL_CHECK) if (!RA.ref) THROW_NIL(); NEXT();
  COLD(ADDR_FIELD)
  COLD(ADDR_ELEM)
  COLD(LOAD_PTR)
  COLD(LOAD_PTR_REF)
  COLD(STORE_PTR)
  COLD(STORE_PTR_REF)
  COLD(STORE_PTR_VAL)
  CASE(BOX) {
    SAVE();
    const Type* t = fn->types[C];
    SlotKind k = t->slotKind();
    Slot payload = RB;
    if (k == SlotKind::Value) payload.ref = heap.cloneValue(RB.ref);
    // newBox takes its own reference to a reference payload (the clone of
    // a value payload included)
    BoxObj* b = heap.newBox(t, payload, k != SlotKind::Scalar);
    SETREF_NEXT(RA, b);
  }
  CASE(UNBOX) {
    auto* b = static_cast<BoxObj*>(RB.ref);
    if (b->payloadIsRef) SETREF_NEXT(RA, b->payload.ref);
    else RA = b->payload;
    NEXT();
  }
  COLD(ASSERT)
  COLD(ASSERT_IFACE)
  CASE(TYPE_IS) {
    auto* b = static_cast<BoxObj*>(RB.ref);
    RA.u = b && b->dynType == fn->types[C];
    NEXT();
  }
  COLD(TYPE_IMPL)
  COLD(FUNC_VAL)
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
    SETREF_NEXT(RA, cl);
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
    callee = p;
    calleeClosure = nullptr;
    goto push_frame;
  }
  CASE(CALL_CLOSURE) {
    auto* cl = static_cast<ClosureObj*>(RB.ref);
    if (!cl) THROW_NIL();
    SAVE();
    callee = cl->fn;
    calleeClosure = cl;
    goto push_frame;
  }
  COLD(CALL_IFACE)
  COLD(CALL_NATIVE)
  COLD(GO)
  COLD(DEFER)
  COLD(DEFER_AT)
  CASE(FRAME_TOKEN) RA.i = static_cast<int64_t>(g.frames.size() - 1); NEXT();
  COLD(MAKE_CHAN)
  COLD(SEND)
  COLD(RECV)
  COLD(CLOSE)
  COLD(SELECT)
  CASE(RUN_DEFERS) {
    if (g.defers.size() > fr->deferMark) goto cold_call;  // runs the next deferred call
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
    // the slow path pops the frame (its pc is not saved: the frame goes)
    cst = kColdOps[static_cast<size_t>(Op::RET)](*this, g, R, IN);
    goto cold_status;
  }
  COLD(PANIC)
  COLD(RECOVER)
  COLD(PRINT)
  COLD(PANIC_MSG)
#ifndef HS_COMPUTED_GOTO
  default: break;
  }
#endif

  // The shared slow paths (see relObj above).
cold_call:
  COLD_CALL();
release_next:
  heap.release(relObj);
  NEXT();
copy_value_next:
  heap.copyValueInto(cpyDst, RC.ref);
  NEXT();
push_frame:  // the pc is saved; arguments in R[C...], results to R[A...]
  if (!pushFrame(g, callee, calleeClosure, &R[C], true, fr->base + A, 0)) goto stack_overflow;
  RELOAD();
  NEXT();
throw_rt:
  SAVE();
  kColdThrows.msg(*this, g, thrMsg);
  goto after_panic;
throw_index:
  SAVE();
  kColdThrows.index(*this, g, thrI, thrN);
  goto after_panic;
throw_nil:
  SAVE();
  nilDeref(g);
  goto after_panic;

cold_status:
  switch (cst) {
    case ColdStatus::Next:
      ip = code + fr->pc;
      NEXT();
    case ColdStatus::Reload:
      RELOAD();
      NEXT();
    case ColdStatus::Panic:
      goto after_panic;
    case ColdStatus::Blocked:
      result = ExecResult::Blocked;
      goto done;
    case ColdStatus::Ended:
      result = ExecResult::Ended;
      goto done;
    case ColdStatus::Dead:
      result = ExecResult::Dead;
      goto done;
    case ColdStatus::Yield:
      result = ExecResult::Yield;
      goto done;
    case ColdStatus::StackOverflow:
      goto stack_overflow;
    case ColdStatus::OutOfMemory:
      goto oom;
  }
  goto done;

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
