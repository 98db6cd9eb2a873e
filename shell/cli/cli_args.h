// Command-line grammar of `heapscope`, shared by the native CLI and the node
// entry of the wasm build:
//   heapscope run [--audit] [--max-steps N] [--seed N] [--gc=auto|refcount-only]
//                 [--compile-only] [--dump-bytecode] [--leaks] [--sched-trace] [--max-heap BYTES]
//                 [--snapshot FILE.{json,dot,heapsnapshot}]...
//                 [--snapshot-at prog.go:LINE | --snapshot-every N] prog.go [args...]
// (heap flags: docs/SNAPSHOT.md)
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
  bool dumpBytecode = false;  // print the program's own functions (main.*) as bytecode, then exit
  bool compileOnly = false;   // parse, check and compile, then exit (bench/ times the compiler)
  bool leaks = false;         // at exit: leaked goroutines, growing allocation sites, leaked cycles
  // at exit, on stderr: one line `STEP gN` per goroutine switch (docs/CONCURRENCY.md)
  bool schedTrace = false;
  uint64_t maxHeap = 0;       // --max-heap BYTES: live-heap limit (0 = the default 1 GiB)
  // --snapshot FILE (repeatable: one snapshot, several formats; the format
  // comes from the extension). Taken at exit unless --snapshot-at/-every.
  std::vector<std::string> snapshotFiles;
  std::string snapshotAtFile;  // --snapshot-at prog.go:LINE ("" when only LINE was given)
  int snapshotAtLine = 0;      // 0 = not set
  uint64_t snapshotEvery = 0;  // --snapshot-every N steps (0 = not set)
  std::string progPath;       // the .go file
  std::vector<std::string> progArgs;  // os.Args[1:]
};

// One line, as printed by run.sh and on usage errors.
const char* cliUsage();

// Parses argv[1..] (without the program name). Returns false and sets
// `error` (one line, no trailing newline) on a usage error.
bool parseCliArgs(const std::vector<std::string>& argv, CliArgs& out, std::string& error);

}  // namespace heapscope
