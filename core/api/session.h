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

#include "api/output_tail.h"

namespace heapscope {

// The host side of the core: where program output goes.
class Host {
 public:
  virtual ~Host() = default;
  // fd 1 = stdout, fd 2 = stderr (Go's builtin print/println write to 2).
  virtual void write(int fd, std::string_view bytes) = 0;
  // Time travel (Session::seekToStep to an earlier step): forget everything
  // written so far; the session then rewrites the output up to the target
  // step, so the host ends up showing exactly what was printed by then.
  virtual void rewind() {}
};

// Why run() returned.
enum class RunStatus : uint8_t {
  NotStarted,   // nothing compiled yet, or compile failed
  BudgetUsed,   // the step budget ran out; call run() again to continue
  Breakpoint,   // stopped at a breakpoint line
  StepDone,     // a step armed with startStep() completed
  Finished,     // main returned, os.Exit was called, a panic or fatal error ended it
};

// Debugger steps, by source line of the program's own file (frames of the
// standard library's Go preludes are stepped over, never into).
enum class StepKind : uint8_t {
  Into,  // stop at the next line the goroutine reaches, in any function
  Over,  // stop at the next line of this function (or its caller, once it returned)
  Out,   // stop once this function has returned to its caller
};

struct SessionOptions {
  std::string fileName = "prog.go";  // the name diagnostics and stacks use
  std::vector<std::string> args;     // os.Args[1:]
  uint64_t seed = 1;                 // scheduler / select seed
  uint64_t maxSteps = 0;             // 0 = unlimited
  uint64_t maxHeapBytes = 0;         // 0 = default limit
  bool cycleCollector = true;        // false = --gc=refcount-only
  // A backward seek re-executes the run and replays its output to the host
  // (after Host::rewind): at most this many bytes, the newest, behind a
  // "… N earlier bytes dropped" line. Nothing is kept between seeks.
  size_t seekOutputBytes = size_t(1) << 20;
};

struct Diagnostic {
  int line = 0, col = 0;
  std::string message;  // without the "prog.go:L:C: " prefix
};

class Vm;       // core/vm
struct Goroutine;  // core/vm/goroutine.h
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

  // ---- debugging (the GUI's run controls). While breakpoints are set or a
  // step is armed, run() executes one VM instruction at a time and checks
  // the running goroutine's position after each, so a stop lands between
  // two instructions: the one shown by currentLine() is about to execute.
  //
  // Line breakpoints in the program's file: run() returns Breakpoint when a
  // goroutine *arrives* on such a line: from another line of the same call,
  // or in a new call (recursion included). Returning from a call back into
  // the middle of the line, or continuing from the stop, does not re-stop.
  void setBreakpoints(std::vector<int> lines);
  const std::vector<int>& breakpoints() const { return breakpoints_; }
  // Arms a step of the paused goroutine (pausedGoroutine()); the following
  // run() calls return StepDone once it completes (or Breakpoint if a
  // breakpoint is reached first, or Finished). Starts the program if it has
  // not run yet. False if there is nothing to step (no program, or ended).
  bool startStep(StepKind kind);
  void cancelStep() { step_.active = false; }
  bool stepping() const { return step_.active; }
  // The goroutine currentLine() describes: the one running or about to
  // resume; 0 if none.
  int pausedGoroutine() const;

  // The GUI's "GC now", between two instructions: frees what refcounting
  // has queued and every unreachable cycle, as runtime.GC does. Returns the
  // number of objects freed; `inCycles` (if given) gets how many of them
  // only the cycle collector could free. (A later re-execution for time travel does not
  // repeat it; like the collector's own timing, that only moves when garbage
  // cycles disappear, never output or live objects.)
  size_t collectGarbageNow(size_t* inCycles = nullptr);

  // [added] Heap::audit over every root the VM holds (registers by variable
  // name, globals, constants, deferred calls, panics). Empty = all refcounts
  // exact. The CLI's --audit reports mismatches as a failure (exit code 3).
  std::vector<AuditMismatch> audit();
  const SessionOptions& options() const { return options_; }

  // ---- time travel (session_seek.cpp). Runs are deterministic (seeded
  // scheduler, virtual clock), so going back = re-executing the compiled
  // program from the start in a fresh Vm up to the target step, with its
  // output kept out of the host until the target, then rewind() + the
  // output up to there (its last options().seekOutputBytes bytes). Forward seeks just run on. Seeks ignore breakpoints
  // and cancel an armed step. Re-execution runs at full VM speed (no
  // checkpoints: 1M steps re-execute in a few ms, see docs/GUI.md).
  // Garbage cycles may be collected at slightly different steps than in a
  // run driven with other budgets (the collector runs at chunk boundaries);
  // output, objects alive and refcounts are identical.
  bool seekToStep(uint64_t step);  // blocking; false if nothing compiled
  // The same spread over several calls (a GUI frame each): beginSeek, then
  // continueSeek(budget) until it returns true (done).
  bool beginSeek(uint64_t step);
  bool continueSeek(uint64_t budget);
  bool seeking() const { return seek_.active; }
  uint64_t seekTarget() const { return seek_.target; }
  // Step back: to the last step before the current one at which a goroutine
  // began a line of the program's own file (where Step into could have
  // stopped: arriving on a line, or returning into a caller). The first
  // step back of a run scans the run once with line observation (~15x
  // slower than a plain re-execution) and remembers these points.
  bool stepBack();       // blocking; false if there is nothing before
  bool beginStepBack();  // then continueSeek as above
  uint64_t maxStepReached() const { return maxStepReached_; }
  // Output held by the session itself (text buffer capacity): 0 except while
  // a backward seek re-executes, and then at most a few times
  // options().seekOutputBytes, however much the program prints.
  size_t bufferedOutputBytes() const { return seekOutput_.storedBytes(); }

 private:
  Host& host_;
  SessionOptions options_;
  std::vector<Diagnostic> diagnostics_;
  std::shared_ptr<Program> program_;
  std::unique_ptr<Vm> vm_;
  int exitCode_ = 0;
  bool compileFailed_ = false;

  // Debugger state (session_debug.cpp). Per goroutine, the last line seen
  // in each of its frames (index = frame depth - 1, -1 = none yet): a line
  // is "arrived at" when it differs from what its frame last showed.
  struct StepState {
    bool active = false;
    StepKind kind = StepKind::Into;
    int goid = 0;
    size_t depth = 0;  // frame depth when the step started
  };
  std::vector<int> breakpoints_;
  StepState step_;
  std::vector<std::vector<int>> lastLines_;  // by goroutine id
  // The last (function, pc range) looked up: whether it is the program's own
  // code and its line. Checked after every instruction, so a hit must be cheap.
  struct LineCache {
    const void* fn = nullptr;  // FuncProto
    uint32_t lo = 0, hi = 0;   // pcs [lo, hi) share `line`
    int line = 0;
    bool user = false;
  };
  LineCache lineCache_;
  RunStatus runChecked(uint64_t budget);      // run() while debugging
  // Records where goroutine g is: its depth (0 when its top frame is not
  // the program's own code) and line; true if it arrived on a new line.
  bool observe(const Goroutine& g, size_t& depth, int& line);

  // Time travel state (session_seek.cpp). The Vm writes through recorder_,
  // which forwards output to the host, except while a backward seek
  // re-executes (muted_): then it keeps the output's tail, replayed to the
  // host once the target step is reached. The CLI never seeks back, so it
  // only ever streams.
  class Recorder final : public Host {
   public:
    explicit Recorder(Session& s) : session_(s) {}
    void write(int fd, std::string_view bytes) override;
   private:
    Session& session_;
  };
  struct SeekState {
    bool active = false;
    bool scanning = false;  // step back: re-executing with line observation up to `target`
    uint64_t target = 0;
  };
  Recorder recorder_{*this};
  OutputTail seekOutput_;
  bool muted_ = false;  // output goes to seekOutput_, not to the host
  SeekState seek_;
  uint64_t maxStepReached_ = 0;
  // The step count at which the run was seen to end (UINT64_MAX: not yet):
  // the Vm may need one more scheduling pass at that count to notice the
  // end, so a seek there runs until it does.
  uint64_t finishedAtStep_ = UINT64_MAX;
  // Steps at which a line began (see stepBack), complete for [0, lineStartsKnownTo_].
  std::vector<uint64_t> lineStarts_;
  uint64_t lineStartsKnownTo_ = 0;
  void makeVm();          // a fresh Vm over program_ at step 0
  void finishSeek();
  void primeLastLines();  // after a seek: every frame's line counts as seen
};

}  // namespace heapscope
