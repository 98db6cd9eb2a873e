// Peepholes applied while the compiler emits (issue 8), on the last one or
// two instructions only: no pass over finished code, so no pc that a jump,
// the line table or the locals table recorded ever moves.
//   retargetLast:     `OP t x y; MOVE d t`      -> `OP d x y`
//   emitJumpIfFalse:  `LT_I c x y; JMP_F c`     -> `LT_I_JF - x y; JMP_F`
//                     `LOADI t k; LT_I c x t; JMP_F c` -> `LT_IK_JF - x k; JMP_F`
// Each fires only on an expression temp the last instruction(s) just
// wrote, and never across a jump target (lastPatchTarget_).
#include <cstdint>

#include "compile/compiler_impl.h"

namespace heapscope {

// Peephole (issue 8): `LT_I t x y; JMP_F t` runs as one dispatch: the compare
// becomes LT_I_JF, which reads the offset of the JMP_F word after it. Only
// for a temp condition (nothing else reads it) and never across a jump
// target (then the JMP_F has other predecessors).
size_t Compiler::emitJumpIfFalse(Operand cond) {
  auto& code = fs->proto->code;
  // `LOADI t k; LT_I c x t; JMP_F c` -> `LT_IK_JF x k; JMP_F`: the LOADI is
  // dropped (t is compare()'s temp; nothing jumps to or past it yet).
  size_t n = code.size();
  if (cond.temp && n >= 2 && constOperandFs_ == fs && constOperandPc_ == n - 2 && lastPatchTarget_ != n - 1 &&
      lastPatchTarget_ != n &&
      code[n - 1].a == cond.reg && code[n - 2].op == Op::LOADI && code[n - 2].a == constOperandReg_) {
    Instr cmp = code[n - 1];
    uint16_t k = code[n - 2].b;  // sbx fits int16: the low half is the value
    int t = constOperandReg_;
    Op fused = Op::NOP;
    int x = -1;
    if (cmp.c == t && cmp.b != t) {
      x = cmp.b;
      fused = cmp.op == Op::LT_I ? Op::LT_IK_JF : cmp.op == Op::LE_I ? Op::LE_IK_JF
            : cmp.op == Op::EQ_I ? Op::EQ_IK_JF : cmp.op == Op::NE_I ? Op::NE_IK_JF : Op::NOP;
    } else if (cmp.b == t && cmp.c != t) {  // k OP x, from x > k / x >= k (operands swapped)
      x = cmp.c;
      fused = cmp.op == Op::LT_I ? Op::GT_IK_JF : cmp.op == Op::LE_I ? Op::GE_IK_JF
            : cmp.op == Op::EQ_I ? Op::EQ_IK_JF : cmp.op == Op::NE_I ? Op::NE_IK_JF : Op::NOP;
    }
    if (fused != Op::NOP) {
      code.pop_back();
      code.back() = Instr{fused, static_cast<uint16_t>(cond.reg), static_cast<uint16_t>(x), k};
      constOperandPc_ = SIZE_MAX;
      return emitJump(Op::JMP_F, cond.reg);
    }
  }
  constOperandPc_ = SIZE_MAX;
  if (cond.temp && !code.empty() && lastPatchTarget_ != code.size() && code.back().a == cond.reg) {
    Op& op = code.back().op;
    if (op == Op::LT_I) op = Op::LT_I_JF;
    else if (op == Op::LE_I) op = Op::LE_I_JF;
    else if (op == Op::EQ_I) op = Op::EQ_I_JF;
    else if (op == Op::NE_I) op = Op::NE_I_JF;
  }
  return emitJump(Op::JMP_F, cond.reg);
}

// Peephole (issue 8): `ADD_I t x y; MOVE d t` becomes `ADD_I d x y` when t is
// an expression temp the last instruction just computed. Only scalar ops
// that read all their operands before writing R[A] (so d may equal x or y),
// and never across a jump target (then t had other writers). References: the
// loads that set R[A] with setRef after reading their operands; t is left
// nil (its CLEAR_REF at the statement's end stays, harmless).
bool Compiler::retargetLast(int tempReg, int dst, bool ref) {
  auto& code = fs->proto->code;
  if (code.empty() || lastPatchTarget_ == code.size()) return false;
  // APPEND carries an EXTRA word: `APPEND t s v; EXTRA; MOVE_REF s t` (s = append(s, v))
  if (ref && code.size() >= 2 && code.back().op == Op::EXTRA && code[code.size() - 2].op == Op::APPEND &&
      code[code.size() - 2].a == tempReg) {
    code[code.size() - 2].a = static_cast<uint16_t>(dst);
    return true;
  }
  if (code.back().a != tempReg) return false;
  if (ref) {
    switch (code.back().op) {
      case Op::LOADK_REF: case Op::GGET_REF: case Op::CELL_GET_REF: case Op::FIELD_GET_REF: case Op::MOVE_REF:
      case Op::ELEM_GET_REF: case Op::CLOSURE: case Op::CLEAR_REF:
        code.back().a = static_cast<uint16_t>(dst);
        return true;
      default:
        return false;
    }
  }
  switch (code.back().op) {
    case Op::LOADI: case Op::LOADK: case Op::MOVE: case Op::STR_LEN: case Op::LEN: case Op::CAP:
    case Op::ADD_I: case Op::SUB_I: case Op::MUL_I: case Op::DIV_I: case Op::REM_I: case Op::DIV_U: case Op::REM_U:
    case Op::ADDK_I: case Op::AND: case Op::OR: case Op::XOR: case Op::ANDNOT:
    case Op::SHL: case Op::SHL_U: case Op::SHR_I: case Op::SHR_IU: case Op::SHR_U: case Op::SHR_UU:
    case Op::NEG_I: case Op::COMPL: case Op::NOT:
    case Op::SEXT8: case Op::SEXT16: case Op::SEXT32: case Op::ZEXT8: case Op::ZEXT16: case Op::ZEXT32:
    case Op::ADD_F: case Op::SUB_F: case Op::MUL_F: case Op::DIV_F: case Op::NEG_F: case Op::ROUND_F32:
    case Op::I2F: case Op::U2F: case Op::F2I: case Op::F2U:
    case Op::EQ_I: case Op::NE_I: case Op::LT_I: case Op::LE_I: case Op::LT_U: case Op::LE_U:
    case Op::EQ_F: case Op::NE_F: case Op::LT_F: case Op::LE_F:
      code.back().a = static_cast<uint16_t>(dst);
      return true;
    default:
      return false;
  }
}

}  // namespace heapscope
