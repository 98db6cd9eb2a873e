// heapscope::Session — the one facade the hosts (CLI, desktop GUI, web glue)
// use to drive the core. It owns a compiled program and its VM.
//
// Invariants:
//  - The core never touches the OS: all output goes through Host::write,
//    and the host decides what to do with an exit code.
//  - run(budget) always returns after at most `budget` VM steps, so a GUI can
//    call it once per frame and the browser never freezes.
//  - Errors (compile, panic, deadlock, limits) are values, never exceptions
//    escaping to the host.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heapscope {

// The host side of the core: where program output goes.
class Host {
 public:
  virtual ~Host() = default;
  // fd 1 = stdout, fd 2 = stderr (Go's builtin print/println write to 2).
  virtual void write(int fd, std::string_view bytes) = 0;
};

// Why run() returned.
enum class RunStatus : uint8_t {
  NotStarted,   // nothing compiled yet, or compile failed
  BudgetUsed,   // the step budget ran out; call run() again to continue
  Breakpoint,   // stopped at a breakpoint line
  Finished,     // main returned, os.Exit was called, a panic or fatal error ended it
};

struct SessionOptions {
  std::string fileName = "prog.go";  // the name diagnostics and stacks use
  std::vector<std::string> args;     // os.Args[1:]
  uint64_t seed = 1;                 // scheduler / select seed
  uint64_t maxSteps = 0;             // 0 = unlimited
  uint64_t maxHeapBytes = 0;         // 0 = default limit
  bool cycleCollector = true;        // false = --gc=refcount-only
};

struct Diagnostic {
  int line = 0, col = 0;
  std::string message;  // without the "prog.go:L:C: " prefix
};

class Vm;       // core/vm
struct AuditMismatch;  // core/heap/heap.h
struct Program; // core/compile

class Session {
 public:
  Session(Host& host, SessionOptions options = {});
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Parses, type-checks and compiles. On failure, writes Go-style diagnostics
  // ("prog.go:3:5: undefined: x") to stderr through the host, sets exit code 1
  // and returns false.
  bool compile(std::string_view source);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  // Executes at most `budget` steps. Safe to call after Finished (no-op).
  RunStatus run(uint64_t budget);
  // Convenience: run to completion (CLI, tests).
  RunStatus runToEnd();

  bool finished() const;
  int exitCode() const;      // valid once finished: 0, 1 (compile), 2 (panic/fatal), n (os.Exit)
  uint64_t steps() const;    // VM steps executed so far
  int currentLine() const;   // line of the running goroutine's top frame, 0 if none

  Vm* vm() { return vm_.get(); }  // for inspect/ and the GUI view-models

  // [added] Heap::audit over every root the VM holds (registers by variable
  // name, globals, constants, deferred calls, panics). Empty = all refcounts
  // exact. The CLI's --audit reports mismatches as a failure (exit code 3).
  std::vector<AuditMismatch> audit();
  const SessionOptions& options() const { return options_; }

 private:
  Host& host_;
  SessionOptions options_;
  std::vector<Diagnostic> diagnostics_;
  std::shared_ptr<Program> program_;
  std::unique_ptr<Vm> vm_;
  int exitCode_ = 0;
  bool compileFailed_ = false;
};

}  // namespace heapscope
