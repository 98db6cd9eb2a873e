// Disassembler: one line per instruction, for tests, --dump-bytecode and the GUI.
#pragma once
#include <string>

#include "compile/bytecode.h"

namespace heapscope {

// "0003  L7  ADD_I        r2 r0 r1" lines; locals and captures as a header.
std::string disassemble(const FuncProto& fn);
std::string disassembleProgram(const Program& prog);

}  // namespace heapscope
