// Disassembler and opcode names, expanded from the X-macro list.
#include "compile/disasm.h"

#include <cstdio>

#include "types/types.h"

namespace heapscope {

static const char* const kOpNames[] = {
#define HS_OP_NAME(name, doc) #name,
    HS_OPCODES(HS_OP_NAME)
#undef HS_OP_NAME
};
static const char* const kOpDocs[] = {
#define HS_OP_DOC(name, doc) doc,
    HS_OPCODES(HS_OP_DOC)
#undef HS_OP_DOC
};

const char* opName(Op op) {
  auto i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Op::Count_) ? kOpNames[i] : "?";
}
const char* opMeaning(Op op) {
  auto i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Op::Count_) ? kOpDocs[i] : "?";
}

std::string disassemble(const FuncProto& fn) {
  std::string out = "func " + fn.name + " (params " + std::to_string(fn.nparams) + ", results " +
                    std::to_string(fn.nresults) + ", regs " + std::to_string(fn.nregs) + ")\n";
  for (auto& lv : fn.locals) {
    out += "  local " + lv.name + " r" + std::to_string(lv.reg) + (lv.inCell ? " (cell)" : "") + " pc[" +
           std::to_string(lv.startPc) + "," + std::to_string(lv.endPc) + ")";
    if (lv.type) out += " " + lv.type->str();
    out += "\n";
  }
  for (size_t i = 0; i < fn.captures.size(); i++) out += "  capture " + std::to_string(i) + " " + fn.captures[i].name + "\n";
  char buf[160];
  for (size_t pc = 0; pc < fn.code.size(); pc++) {
    const Instr& in = fn.code[pc];
    std::snprintf(buf, sizeof buf, "%04zu  L%-4d %-14s %u %u %u", pc, fn.lineAt(static_cast<uint32_t>(pc)), opName(in.op),
                  in.a, in.b, in.c);
    out += buf;
    if (in.op == Op::JMP || in.op == Op::JMP_T || in.op == Op::JMP_F)
      out += "   ; -> " + std::to_string(static_cast<int64_t>(pc) + 1 + in.sbx());
    out += "\n";
  }
  return out;
}

std::string disassembleProgram(const Program& prog) {
  std::string out;
  for (auto& f : prog.funcs) out += disassemble(*f) + "\n";
  return out;
}

}  // namespace heapscope
