// Command-line grammar of `heapscope`, shared by the native CLI and the node
// entry of the wasm build:
//   heapscope run [--audit] [--max-steps N] [--seed N] [--gc=auto|refcount-only]
//                 [--compile-only] [--leaks] prog.go [args...]
// Pure parsing: no I/O, so it is unit-tested directly.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace heapscope {

struct CliArgs {
  bool help = false;          // -h/--help/help: print usage, exit 0
  bool audit = false;         // verify refcounts at exit
  uint64_t maxSteps = 0;      // 0 = unlimited
  uint64_t seed = 1;
  bool refcountOnly = false;  // --gc=refcount-only disables the cycle collector
  bool compileOnly = false;   // parse, check and compile, then exit (bench/ times the compiler)
  bool leaks = false;         // when main returns, report leaked goroutines (docs/CONCURRENCY.md)
  std::string progPath;       // the .go file
  std::vector<std::string> progArgs;  // os.Args[1:]
};

// One line, as printed by run.sh and on usage errors.
const char* cliUsage();

// Parses argv[1..] (without the program name). Returns false and sets
// `error` (one line, no trailing newline) on a usage error.
bool parseCliArgs(const std::vector<std::string>& argv, CliArgs& out, std::string& error);

}  // namespace heapscope
