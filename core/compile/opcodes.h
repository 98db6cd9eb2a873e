// The one opcode list. Expanded by the compiler (enum), the VM dispatch table
// (computed goto / switch) and the disassembler (names + meanings).
//
// Encoding (bytecode.h): every instruction is 64 bits: op:16 a:16 b:16 c:16.
// Registers are relative to the frame base. sBx = signed 32 bits made of b|c<<16
// (jump offsets, relative to the NEXT instruction). Some instructions take one
// EXTRA word right after them (its a/b/c carry more operands); the VM skips it.
// T[x] = proto->types[x]; K[x] = proto->consts[x]; P[x] = program->funcs[x].
//
// Typed instructions: the compiler knows every static type. "_REF" variants
// operate on reference registers (incref the new value, decref the old);
// plain variants move raw bits. Integers are kept wrapped to their Go size:
// the compiler follows arithmetic on sized ints with a SEXT/ZEXT.
#pragma once
#include <cstdint>

#define HS_OPCODES(X)                                                                  \
  X(NOP, "no operation")                                                               \
  X(EXTRA, "operand word of the previous instruction (never executed)")                \
  X(MOVE, "R[A] := R[B] (scalar bits)")                                                \
  X(MOVE_REF, "R[A] := R[B] (counted reference)")                                      \
  X(CLEAR_REF, "decref R[A]; R[A] := nil")                                             \
  X(LOADI, "R[A] := sBx")                                                              \
  X(LOADK, "R[A] := K[B|C<<16] (scalar constant)")                                     \
  X(LOADK_REF, "R[A] := K[B|C<<16] (string constant)")                                 \
  X(ZERO_VAL, "R[A] := fresh zero struct/array of type T[B]")                          \
  X(CLONE, "R[A] := deep copy of value object R[B]")                                   \
  X(COPY_INTO, "copy value object R[B] into existing value object R[A]")               \
  X(GGET, "R[A] := G[B|C<<16] (scalar)")                                               \
  X(GGET_REF, "R[A] := G[B|C<<16] (reference)")                                        \
  X(GSET, "G[B|C<<16] := R[A] (scalar)")                                               \
  X(GSET_REF, "G[B|C<<16] := R[A] (reference)")                                        \
  X(NEW_CELL, "R[A] := new cell holding the zero value of T[B]")                       \
  X(CELL_GET, "R[A] := cell(R[B]).value (scalar)")                                     \
  X(CELL_GET_REF, "R[A] := cell(R[B]).value (reference)")                              \
  X(CELL_SET, "cell(R[A]).value := R[B] (scalar)")                                     \
  X(CELL_SET_REF, "cell(R[A]).value := R[B] (reference)")                              \
  X(GET_CAPTURE, "R[A] := closure.captures[B] (a cell or bound receiver)")             \
  X(GET_CAPTURE_VAL, "R[A] := closure.valueSlots()[B] (a scalar captured by value)")   \
  X(ADD_I, "R[A] := R[B] + R[C] (int64 wrap)")                                         \
  X(SUB_I, "R[A] := R[B] - R[C]")                                                      \
  X(MUL_I, "R[A] := R[B] * R[C]")                                                      \
  X(DIV_I, "R[A] := R[B] / R[C] (signed; panics on zero)")                             \
  X(REM_I, "R[A] := R[B] % R[C] (signed; panics on zero)")                             \
  X(DIV_U, "R[A] := R[B] / R[C] (unsigned)")                                           \
  X(REM_U, "R[A] := R[B] % R[C] (unsigned)")                                           \
  X(ADDK_I, "R[A] := R[B] + (int16)C")                                                 \
  X(AND, "R[A] := R[B] & R[C]")                                                        \
  X(OR, "R[A] := R[B] | R[C]")                                                         \
  X(XOR, "R[A] := R[B] ^ R[C]")                                                        \
  X(ANDNOT, "R[A] := R[B] &^ R[C]")                                                    \
  X(SHL, "R[A] := R[B] << R[C] (count signed; panics if negative)")                    \
  X(SHL_U, "R[A] := R[B] << R[C] (count unsigned)")                                    \
  X(SHR_I, "R[A] := R[B] >> R[C] (arithmetic; count signed)")                          \
  X(SHR_IU, "R[A] := R[B] >> R[C] (arithmetic; count unsigned)")                       \
  X(SHR_U, "R[A] := R[B] >> R[C] (logical; count signed)")                             \
  X(SHR_UU, "R[A] := R[B] >> R[C] (logical; count unsigned)")                          \
  X(NEG_I, "R[A] := -R[B]")                                                            \
  X(COMPL, "R[A] := ^R[B]")                                                            \
  X(NOT, "R[A] := !R[B]")                                                              \
  X(SEXT8, "R[A] := int8(R[B])")                                                       \
  X(SEXT16, "R[A] := int16(R[B])")                                                     \
  X(SEXT32, "R[A] := int32(R[B])")                                                     \
  X(ZEXT8, "R[A] := uint8(R[B])")                                                      \
  X(ZEXT16, "R[A] := uint16(R[B])")                                                    \
  X(ZEXT32, "R[A] := uint32(R[B])")                                                    \
  X(ADD_F, "R[A] := R[B] + R[C] (float64)")                                            \
  X(SUB_F, "R[A] := R[B] - R[C]")                                                      \
  X(MUL_F, "R[A] := R[B] * R[C]")                                                      \
  X(DIV_F, "R[A] := R[B] / R[C]")                                                      \
  X(NEG_F, "R[A] := -R[B]")                                                            \
  X(ROUND_F32, "R[A] := float64(float32(R[B]))")                                       \
  X(I2F, "R[A] := float64(int64 R[B])")                                                \
  X(U2F, "R[A] := float64(uint64 R[B])")                                               \
  X(F2I, "R[A] := int64(float R[B])")                                                  \
  X(F2U, "R[A] := uint64(float R[B])")                                                 \
  X(EQ_I, "R[A] := R[B] == R[C] (bits)")                                               \
  X(NE_I, "R[A] := R[B] != R[C]")                                                      \
  X(LT_I, "R[A] := R[B] < R[C] (signed)")                                              \
  X(LE_I, "R[A] := R[B] <= R[C]")                                                      \
  X(LT_U, "R[A] := R[B] < R[C] (unsigned)")                                            \
  X(LE_U, "R[A] := R[B] <= R[C]")                                                      \
  X(EQ_F, "R[A] := R[B] == R[C] (float)")                                              \
  X(NE_F, "R[A] := R[B] != R[C]")                                                      \
  X(LT_F, "R[A] := R[B] < R[C]")                                                       \
  X(LE_F, "R[A] := R[B] <= R[C]")                                                      \
  X(EQ_STR, "R[A] := R[B] == R[C] (strings)")                                          \
  X(NE_STR, "R[A] := R[B] != R[C]")                                                    \
  X(LT_STR, "R[A] := R[B] < R[C]")                                                     \
  X(LE_STR, "R[A] := R[B] <= R[C]")                                                    \
  X(EQ_REF, "R[A] := R[B] == R[C] (identity: chans, maps, funcs, nil checks)")         \
  X(EQ_PTR, "R[A] := R[B] == R[C] (pointers: the same location)")                      \
  X(EQ_VAL, "R[A] := R[B] == R[C] (deep compare of values of type T[extra.a])")        \
  X(EQ_IFACE, "R[A] := R[B] == R[C] (interfaces; panics on uncomparable)")             \
  X(JMP, "pc += sBx")                                                                  \
  X(JMP_T, "if R[A] then pc += sBx")                                                   \
  X(JMP_F, "if !R[A] then pc += sBx")                                                  \
  X(LT_I_JF, "unless R[B] < R[C]: take the JMP_F that follows, else skip it (R[A] unused)") \
  X(LE_I_JF, "unless R[B] <= R[C]: take the following JMP_F, else skip it")             \
  X(EQ_I_JF, "unless R[B] == R[C]: take the following JMP_F, else skip it")             \
  X(NE_I_JF, "unless R[B] != R[C]: take the following JMP_F, else skip it")             \
  X(LT_IK_JF, "unless R[B] < (int16)C: take the following JMP_F, else skip it")        \
  X(LE_IK_JF, "unless R[B] <= (int16)C: take the following JMP_F, else skip it")       \
  X(GT_IK_JF, "unless R[B] > (int16)C: take the following JMP_F, else skip it")        \
  X(GE_IK_JF, "unless R[B] >= (int16)C: take the following JMP_F, else skip it")       \
  X(EQ_IK_JF, "unless R[B] == (int16)C: take the following JMP_F, else skip it")       \
  X(NE_IK_JF, "unless R[B] != (int16)C: take the following JMP_F, else skip it")       \
  X(CONCAT, "R[A] := R[B] + R[C] (strings)")                                           \
  X(STR_LEN, "R[A] := len(R[B]) (string)")                                             \
  X(STR_INDEX, "R[A] := R[B][R[C]] (byte; bounds-checked)")                            \
  X(STR_RANGE, "R[A] := rune at byte R[C] of R[B]; R[A+1] := its width")               \
  X(CONV, "R[A] := conversion #C of R[B] (see ConvKind; T[extra.a] target)")           \
  X(LEN, "R[A] := len(R[B]) (slice, array, map, chan; nil -> 0)")                      \
  X(CAP, "R[A] := cap(R[B])")                                                          \
  X(MAKE_SLICE, "R[A] := make(T[extra.a], R[B], R[C]) (C = 0xFFFF: cap = len)")        \
  X(ELEM_GET, "R[A] := R[B][R[C]] (slice/array element, scalar)")                      \
  X(ELEM_GET_REF, "R[A] := R[B][R[C]] (reference or value element, borrowed+incref)")  \
  X(ELEM_SET, "R[A][R[B]] := R[C] (scalar element)")                                   \
  X(ELEM_SET_REF, "R[A][R[B]] := R[C] (reference element)")                            \
  X(ELEM_SET_VAL, "copy value R[C] into element R[A][R[B]]")                           \
  X(SLICE, "R[A] := R[B][lo:hi:max]; extra = lo,hi,max regs (0xFFFF = absent); C=kind") \
  X(APPEND, "R[A] := append(R[B], R[C..C+extra.a))")                                   \
  X(APPEND_SLICE, "R[A] := append(R[B], R[C]...) (C may be a string for []byte)")       \
  X(COPY, "R[A] := copy(R[B], R[C])")                                                  \
  X(MAP_NEW, "R[A] := make(T[B]) map")                                                 \
  X(MAP_GET, "R[A] := R[B][R[C]] (zero if absent); extra.a = ok reg or 0xFFFF")         \
  X(MAP_SET, "R[A][R[B]] := R[C] (panics on nil map)")                                 \
  X(MAP_DELETE, "delete(R[A], R[B])")                                                  \
  X(MAP_ITER, "R[A], R[A+1] := a fresh iterator state (two scalar registers)")        \
  X(MAP_NEXT, "R[A] := next entry of map R[B] from iterator R[C..C+1]; key->R[extra.a], value->R[extra.b]") \
  X(CLEAR, "clear(R[A]) (map or slice)")                                               \
  X(FIELD_GET, "R[A] := R[B].fields[C] (scalar; nil -> panic)")                        \
  X(FIELD_GET_REF, "R[A] := R[B].fields[C] (reference or value object)")               \
  X(FIELD_SET, "R[A].fields[B] := R[C] (scalar)")                                      \
  X(FIELD_SET_REF, "R[A].fields[B] := R[C] (reference)")                               \
  X(FIELD_SET_VAL, "copy value R[C] into R[A].fields[B]")                              \
  X(NIL_CHECK, "panic nil dereference if R[A] is nil")                                 \
  X(ADDR_FIELD, "R[A] := &R[B].fields[C] (PointerObj)")                                \
  X(ADDR_ELEM, "R[A] := &R[B][R[C]] (PointerObj; bounds-checked)")                     \
  X(LOAD_PTR, "R[A] := *R[B] (cell or interior pointer; scalar)")                      \
  X(LOAD_PTR_REF, "R[A] := *R[B] (reference or value object)")                         \
  X(STORE_PTR, "*R[A] := R[B] (scalar)")                                               \
  X(STORE_PTR_REF, "*R[A] := R[B] (reference)")                                        \
  X(STORE_PTR_VAL, "copy value R[B] into *R[A]")                                       \
  X(BOX, "R[A] := interface box of dynamic type T[C] around R[B]")                     \
  X(UNBOX, "R[A] := payload of box R[B] (no check)")                                   \
  X(ASSERT, "R[A] := R[B].(T[C]); extra.a = ok reg or 0xFFFF (panics when 0xFFFF)")     \
  X(ASSERT_IFACE, "R[A] := R[B].(interface T[C]); extra.a = ok reg or 0xFFFF")          \
  X(TYPE_IS, "R[A] := R[B] != nil && dyntype(R[B]) == T[C]")                           \
  X(TYPE_IMPL, "R[A] := R[B] != nil && dyntype(R[B]) implements T[C]")                 \
  X(FUNC_VAL, "R[A] := closure of P[B] without captures")                              \
  X(CLOSURE, "R[A] := closure of P[B] capturing R[C..C+n)")                            \
  X(CALL, "R[A..] := P[B](R[C..]) (static)")                                           \
  X(CALL_CLOSURE, "R[A..] := R[B](R[C..])")                                            \
  X(CALL_NATIVE, "R[A..] := N[B](R[C..])")                                             \
  X(CALL_IFACE, "R[A..] := R[C].method#B(R[C+1..]) (R[C] = the box)")                  \
  X(GO, "go R[B](R[C..]); extra.a = nargs")                                            \
  X(DEFER, "defer R[B](R[C..]); extra.a = nargs")                                      \
  X(DEFER_AT, "defer R[B](R[C..]) for frame #R[extra.b] (of P[extra.c]); extra.a = nargs") \
  X(FRAME_TOKEN, "R[A] := index of the running frame (DEFER_AT's target)")             \
  X(MAKE_CHAN, "R[A] := make(T[C], R[B]) (B = 0xFFFF: unbuffered)")                     \
  X(SEND, "R[A] <- R[B] (parks; re-executed when woken)")                              \
  X(RECV, "R[A] := <-R[B]; R[C] := ok (C = 0xFFFF: no ok)")                             \
  X(CLOSE, "close(R[A])")                                                              \
  X(SELECT, "R[A] := chosen case (-1 = default); C&0x7FFF cases follow as EXTRA {a: chan reg, b: value reg/0xFFFF, c: ok reg/0xFFFF, 0xFFFE = send}; C&0x8000 = has default") \
  X(RUN_DEFERS, "run this frame's pending deferred calls (re-executed until none)")    \
  X(RET, "return R[A..A+B)")                                                           \
  X(PANIC, "panic(R[A]) (an interface value)")                                         \
  X(RECOVER, "R[A] := recover()")                                                      \
  X(PRINT, "print R[A] formatted as print kind B (builtin print)")                     \
  X(PANIC_MSG, "panic with message K[B]; C != 0: a runtime.Error")                   \

namespace heapscope {

enum class Op : uint16_t {
#define HS_OP_ENUM(name, doc) name,
  HS_OPCODES(HS_OP_ENUM)
#undef HS_OP_ENUM
  Count_
};

const char* opName(Op op);
const char* opMeaning(Op op);

// Print kinds for PRINT.
enum class PrintKind : uint16_t { Int, Uint, Float, String, Bool, Pointer, Iface, Space, Newline, Slice, Complex };

// Conversion kinds for CONV.
enum class ConvKind : uint16_t {
  RuneToString,   // string(rune)
  BytesToString,  // string([]byte)
  RunesToString,  // string([]rune)
  StringToBytes,  // []byte(string)
  StringToRunes,  // []rune(string)
};

}  // namespace heapscope
