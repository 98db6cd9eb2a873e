// Runs one program for the CLI hosts (native binary and wasm node entry):
// maps CliArgs onto SessionOptions, compiles, runs to the end. The caller
// reads the file and provides the Host, so this stays free of OS calls.
#pragma once
#include <string>
#include <string_view>

#include "api/session.h"
#include "cli_args.h"
#include "cli_heap.h"

namespace heapscope {

// The options a Session gets for these arguments. Flags the core does not
// support yet are accepted and dropped here (see cli_run.cpp).
SessionOptions sessionOptionsFor(const CliArgs& args);

// The name diagnostics use: the base name of the path ("dir/prog.go" -> "prog.go").
std::string displayFileName(std::string_view path);

// Compiles and runs `source`; returns the process exit code (0, 1 compile
// error, 2 panic/fatal, n for os.Exit(n)). With --compile-only it stops after
// compiling (0 or 1). `files` writes --snapshot files (nullptr: the host has
// no file system and --snapshot is refused). A requested snapshot that was
// not written turns a successful program's exit code into 1.
int runCliProgram(const CliArgs& args, std::string_view source, Host& host, FileWriter* files = nullptr);

}  // namespace heapscope
