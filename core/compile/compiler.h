// The compiler: typed AST (checked by core/types) -> Program (bytecode per
// function, see bytecode.h). Generic functions are compiled once per distinct
// type-argument list (monomorphised with TypeTable::subst).
//
// Linear time and memory: one pass per function body; nested function
// literals are compiled when met (their capture lists are completed while
// their bodies compile, then the prologue loading captures is prepended).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "compile/bytecode.h"
#include "vm/native.h"

namespace heapscope {

struct CheckResult;
struct File;
class TypeTable;

struct CompileInput {
  const CheckResult* check = nullptr;
  TypeTable* types = nullptr;
  File* mainFile = nullptr;
  const NativeRegistry* natives = nullptr;
  std::string fileName = "prog.go";
};

struct CompileError {
  int line = 0, col = 0;
  std::string message;  // "not supported yet: ..." etc., without the position prefix
};

// Returns the program, or nullptr with errors.
std::shared_ptr<Program> compileProgram(const CompileInput& in, std::vector<CompileError>& errors);

// Bytes held by the compiler's own data structures at their peak during the
// last compileProgram() call (for the linear-memory unit test).
size_t compilerPeakBytes();

}  // namespace heapscope
