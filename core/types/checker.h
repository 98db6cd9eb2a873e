// The type checker's public entry point: checks a main package (one File)
// and the stdlib packages it imports (Go preludes, checked like user code),
// annotates every AST node in place (see the [checker] fields of ast.h) and
// returns Go-worded diagnostics.
//
// Guarantees on return when ok:
//  - every package in `packages` is checked, in dependency order (main last),
//    with Package::initOrder set; main is checked fully, a prelude's
//    declarations, variable initializers and init() fully but its function
//    and method bodies only when reachable from the program (CheckOptions);
//  - every expression reachable from a checked body has type/mode (and
//    constant for constants, converted to its final type); untyped
//    expressions have been given their final (default or context) type;
//  - generic function bodies are annotated with TypeParam types; CallExpr /
//    IndexExpr::typeArgs record each instantiation; the compiler uses
//    TypeTable::subst(type, params, args) to monomorphise.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "types/constant.h"
#include "types/types.h"

namespace heapscope {

// Returns the prelude source for a supported stdlib import path, nullptr if
// the package is not available.
using ImportResolver = std::function<const std::string*(const std::string& path)>;
struct CheckDiag;
// Parses one file; syntax errors are appended to `errors`.
using ParseFn = std::function<std::unique_ptr<File>(const std::string& source, const std::string& fileName,
                                                    std::vector<CheckDiag>& errors)>;

struct CheckDiag {
  std::string file;
  int line = 0, col = 0;
  std::string message;  // may contain "\n\t..." continuation lines, as gc prints
  // "prog.go:3:5: msg"; position-less entries (preformatted parse errors,
  // "too many errors") print the message alone.
  std::string format() const {
    if (line == 0 || file.empty()) return message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
  }
};

struct CheckResult {
  bool ok = false;
  std::vector<CheckDiag> diagnostics;        // sorted by position, at most 10 (+ "too many errors")
  std::vector<Package*> packages;             // dependency order; main last
  Package* mainPackage = nullptr;
  std::vector<std::unique_ptr<File>> importedFiles;  // parsed preludes (the AST the compiler compiles)
  // Every generic instantiation of a function seen (callee symbol + type args),
  // for the compiler's monomorphisation worklist. May contain duplicates.
  struct Instance { Symbol* func; std::vector<const Type*> typeArgs; };
  std::vector<Instance> funcInstances;
  // Method names a dynamic call can use: those of every interface type the
  // program declares or spells, plus Error, String and GoString (fmt and
  // panics call them by name). A prelude type's other methods are reachable
  // only by direct calls: the checker checks them only then, and the
  // compiler's interface method tables leave them out.
  std::unordered_set<std::string> dynamicMethodNames;
};

struct CheckOptions {
  // Start-up: the body of a stdlib prelude function or method is checked only
  // when the program can reach it (checker_reach.cpp); unreached bodies stay
  // unannotated and Symbol::bodyChecked false, so the compiler refuses them.
  // true checks every prelude body (tests that the preludes are error-free).
  bool checkAllPreludeBodies = false;
};

// Checks `mainFile` (package main). Import paths resolve through `resolver`
// and are parsed with `parse`. Never throws; bounded recursion.
CheckResult checkProgram(File* mainFile, TypeTable& types, const ImportResolver& resolver, const ParseFn& parse,
                         const CheckOptions& options = CheckOptions{});

// The syntax room's parser (parseFile) as a ParseFn.
ParseFn defaultParser();
// Convenience: checkProgram with defaultParser().
CheckResult checkProgram(File* mainFile, TypeTable& types, const ImportResolver& resolver);

// Renders an expression the way gc prints it in diagnostics ("x + y", "f(a)", "T{…}").
std::string gcExprString(const Expr* e);

}  // namespace heapscope
