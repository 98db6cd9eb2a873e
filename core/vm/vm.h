// The virtual machine: runs a compiled Program on goroutines with explicit
// frame stacks, a step budget at a time (resumable), with a deterministic
// round-robin scheduler. Also the read-only view inspect/ and the GUI use:
// goroutines, frames (function, pc, line, locals by name) and globals.
//
// Invariants:
//  - run(budget) executes at most `budget` instructions, then returns.
//  - Every counted reference held outside the heap (registers, globals,
//    string constants, deferred calls, panics, closures of frames) is listed
//    by forEachRoot(), so Heap::audit() can check every refcount exactly.
//  - Go program output goes only through the Host.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <unordered_map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "api/session.h"
#include "compile/bytecode.h"
#include "heap/heap.h"
#include "vm/goroutine.h"
#include "vm/native.h"

namespace heapscope {

struct VmOptions {
  uint64_t seed = 1;
  uint64_t maxSteps = 0;          // 0 = unlimited; exceeding it ends the program with an error
  uint64_t maxHeapBytes = 0;      // 0 = default (1 GiB)
  bool cycleCollector = true;
  std::vector<std::string> args;  // os.Args[1:]
  uint32_t maxFrames = 1000000;   // emulates Go's 1 GB stack limit (Go fits millions of small frames)
  uint32_t timeSlice = 2000;      // instructions before preempting a goroutine
};

enum class VmStatus : uint8_t { BudgetUsed, Finished };

// One local variable as the inspector shows it.
struct LocalView {
  std::string name;
  const Type* type = nullptr;
  Slot value{};        // for value-typed (struct/array) variables: the object
  bool isRef = false;  // value.ref is a heap object (may be nullptr = nil)
  uint16_t reg = 0;
  bool inCell = false; // lives in a CellObj (escaped/captured); value is the cell's content
  Object* cell = nullptr;
};

struct GlobalView {
  std::string name;
  const Type* type = nullptr;
  Slot value{};
  bool isRef = false;
};

class Vm final : public VmServices, public RootSource {
 public:
  Vm(Host& host, std::shared_ptr<Program> program, VmOptions options);
  ~Vm() override;
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  VmStatus run(uint64_t budget);
  bool finished() const { return finished_; }
  int exitCode() const { return exitCode_; }

  // ---- read-only view for inspect/ and the GUI
  const Program& program() const { return *program_; }
  const std::vector<std::unique_ptr<Goroutine>>& goroutines() const { return gs_; }
  Goroutine* currentGoroutine() const { return cur_; }
  static int frameLine(const Frame& f);
  // Locals live at the frame's pc (by the local-variable table), in declaration order.
  std::vector<LocalView> frameLocals(const Goroutine& g, size_t frameIndex) const;
  std::vector<GlobalView> globals() const;
  int currentLine() const;

  // ---- VmServices (natives)
  Heap& heap() override { return heap_; }
  TypeTable& types() override { return *program_->types; }
  void write(int fd, std::string_view bytes) override { host_.write(fd, bytes); }
  void panicMessage(const std::string& msg, bool runtimeError) override;
  void panicValue(Slot value, const Type* type) override;
  void exitProgram(int code) override;
  bool callMethod(Slot recv, const Type* recvType, const std::string& name, const Slot* args, int nargs,
                  Slot* results, int nresults, Object** panicValue = nullptr) override;
  const std::vector<std::string>& programArgs() override { return osArgs_; }
  bool isRuntimeError(const Type* t) override { return t && t == program_->runtimeErrorType; }
  uint64_t steps() const override { return steps_; }

  // ---- scheduling (sched.cpp): hooks for channels, sync, time, runtime
  // natives. A native that cannot proceed calls park()/semaWait() and
  // returns Block; the call is re-executed when the goroutine is readied.
  void wake(Goroutine* g) { ready(g); }
  void ready(Goroutine* g);                 // Blocked -> runnable; runs next (Go's runnext)
  void park(Goroutine& g, std::string_view reason);  // Blocked until ready()
  uint64_t now() const { return clock_; }   // virtual clock: ns since the Unix epoch
  uint64_t startClock() const { return kClockStart; }
  static constexpr uint64_t kClockStart = 1257894000ull * 1000000000ull;  // 2009-11-10 23:00:00 UTC
  // Wait queues of sync.* objects, keyed by the object (FIFO).
  void semaWait(Goroutine& g, void* key, const std::string& reason);
  bool semaWakeOne(void* key);
  int semaWakeAll(void* key);
  size_t semaWaiters(void* key) const;
  bool semaWakeTicket(void* key, uint64_t ticket);  // sync.Cond.Signal
  // fatal error in the running goroutine ("fatal error: msg" + its trace);
  // the native then returns Exit.
  void fatalRunning(const std::string& msg);
  // The live heap went over its limit (or an allocation failed): with a
  // user-set limit (--max-heap) "fatal error: heapscope: heap limit of N
  // bytes exceeded" plus the running goroutine's trace, else Go's
  // "fatal error: runtime: out of memory". Exit status 2 either way.
  void fatalOutOfMemory();
  void stepLimitExceeded();  // --max-steps used up: says so and ends the program (exit 2)
  // runtime.Stack: the calling goroutine's trace, then (all) every other one.
  std::string goroutineDump(const Goroutine& self, bool all) const;
  // Timers on the virtual clock. Kinds: wake a sleeping goroutine, send the
  // time on a channel (non-blocking, like Go's timer channels), or start a
  // goroutine running fn (AfterFunc). chan/fn are counted while the timer
  // is pending (listed as roots "timer").
  enum class TimerKind : uint8_t { Wake, SendTime, Call };
  int64_t addTimer(TimerKind kind, uint64_t when, uint64_t period, Goroutine* g, Object* chan, Object* fn);
  bool stopTimer(int64_t id);               // true if it was pending
  bool resetTimer(int64_t id, uint64_t when, uint64_t period);  // true if it was pending
  bool timerPending(int64_t id) const;
  void gosched() { yieldRequested_ = true; }  // the current goroutine yields after this instruction
  size_t numGoroutine() const;
  uint64_t rand(uint64_t n);                // deterministic (seeded) in [0, n)
  uint64_t seed() const { return opts_.seed; }
  // One line per scheduling decision ("step N: run g3"), when enabled.
  void setTraceScheduling(bool on) { traceSched_ = on; }
  const std::string& schedulingTrace() const { return schedTrace_; }

  // ---- channels (chan.cpp)
  enum class ChanResult : uint8_t { Done, Blocked, Panic };
  Object* makeChan(const Type* chanType, int64_t cap);  // fresh (refcount 0)
  // v is borrowed; the channel stores its own copy.
  ChanResult chanSend(Goroutine& g, Object* ch, Slot v);
  // *out receives an owned value (+1 for reference kinds).
  ChanResult chanRecv(Goroutine& g, Object* ch, Slot* out, bool* ok);
  ChanResult chanClose(Goroutine& g, Object* ch);
  // Non-blocking send used by timers (dropped when the buffer is full).
  bool chanTrySend(Object* ch, Slot v);
  void dequeueWaiter(Goroutine& g);   // removes g's entries from every channel queue it waits in
  Slot ownElem(Object* ch, Slot v);   // a copy of v the channel may store (+1 / clone)
  Slot zeroElem(Object* ch);          // owned zero value of the element type
  void releaseElem(Object* ch, Slot v);

  // ---- goroutine leaks (leaks.cpp): blocked goroutines that nothing
  // runnable and no global can reach can never wake (Go's goroutine leak
  // profile). Also lists the goroutines that are blocked but reachable.
  struct LeakedGoroutine {
    int id = 0;
    bool leaked = false;              // false = still blocked, but reachable
    std::string waitReason;
    std::string createdBy;            // "main.leaky"
    std::string createdAt;            // "prog.go:12"
    std::string blockedIn;            // function of the top frame
    std::string blockedAt;            // "prog.go:13"
    uint64_t retainedBytes = 0;       // objects only this goroutine keeps alive
    uint64_t retainedObjects = 0;
  };
  std::vector<LeakedGoroutine> findLeaks();
  // of the last findLeaks(): objects only leaked goroutines keep alive
  uint64_t leakedTotalBytes() const { return leakedTotalBytes_; }
  uint64_t leakedTotalObjects() const { return leakedTotalObjects_; }
  // Text report as `heapscope run --leaks` prints it (docs/CONCURRENCY.md).
  std::string leakReport();
  // Called when main returns: the goroutines still blocked at that point
  // (captured before the program's goroutines are torn down).
  const std::string& leakReportAtExit() const { return leakReportAtExit_; }
  void setReportLeaksAtExit(bool on) { reportLeaksAtExit_ = on; }

  // Runtime rooms (channels, timers) that hold counted references outside the
  // heap register a lister here, so the audit and snapshots see them.
  void addRootLister(std::function<void(const std::function<void(Object*, const std::string&)>&)> f) {
    extraRoots_.push_back(std::move(f));
  }

  // ---- RootSource
  void forEachRoot(const std::function<void(Object*, const std::string& label)>& fn) override;

  // Runtime helpers shared by the interpreter and natives.
  Object* zeroValue(const Type* t);  // fresh zero struct/array (refcount 0), nullptr for others
  StringObj* makeString(std::string_view s);
  // "panic: <this>" for a panic value. If its Error/String method panics,
  // *nestedPanic (when given) says with what, as Go's fatal error does.
  std::string formatPanicValue(Object* box, std::string* nestedPanic = nullptr);
  const Type* stringType() const { return stringType_; }

 private:
  friend struct Exec;
  Host& host_;
  std::shared_ptr<Program> program_;
  VmOptions opts_;
  Heap heap_;
  std::vector<Slot> globals_;
  std::vector<std::unique_ptr<Goroutine>> gs_;
  std::deque<Goroutine*> runq_;
  Goroutine* runnext_ = nullptr;
  Goroutine* cur_ = nullptr;
  // Allocation sites per function (by FuncProto::index, one entry per
  // function of the program, made with the Vm): whether it is the user's,
  // and the heap site per pc (0 = not yet). A vector, not a map keyed by the
  // proto: the hash lookup was 6 % of bench methods in wasm.
  struct FuncSites {
    bool user = false;
    std::vector<uint32_t> byPc;
  };
  std::vector<FuncSites> sitesByFunc_;
  // Interface method calls: a direct-mapped cache of (dynamic type, method
  // name) -> method in front of Program::methods' two hash lookups (one of
  // them hashing and comparing the name string).
  struct MethodCacheEntry {
    const Type* dyn = nullptr;
    uint32_t nameIndex = 0;
    const Program::MethodEntry* entry = nullptr;
  };
  static constexpr size_t kMethodCacheSize = 256;
  std::vector<MethodCacheEntry> methodCache_ = std::vector<MethodCacheEntry>(kMethodCacheSize);
  uint64_t steps_ = 0;
  uint64_t clock_ = 0;
  bool finished_ = false;
  bool started_ = false;
  int exitCode_ = 0;
  int nextGid_ = 1;
  std::vector<std::string> osArgs_;
  std::vector<Object*> constObjs_;   // string constants (one reference each)
  const Type* stringType_ = nullptr;
  bool nativePanicked_ = false;
  bool nestedPanicked_ = false;  // a panic unwound through a callMethod() entry frame
  int nestedDepth_ = 0;
  uint32_t nestedGap_ = 0;     // result slots reserved below a nested callMethod frame
  uint64_t sliceLeft_ = 0;     // instructions left in the current goroutine's time slice
  std::vector<std::function<void(const std::function<void(Object*, const std::string&)>&)>> extraRoots_;

  // ---- scheduler state (sched.cpp)
  struct Timer {
    int64_t id = 0;
    TimerKind kind = TimerKind::Wake;
    uint64_t when = 0, period = 0;
    Goroutine* g = nullptr;   // Wake
    Object* chan = nullptr;   // SendTime (counted)
    Object* fn = nullptr;     // Call (counted closure)
  };
  std::map<std::pair<uint64_t, int64_t>, Timer> timers_;  // (when, id) -> timer
  std::unordered_map<int64_t, uint64_t> timerWhen_;        // id -> when, for pending timers
  int64_t nextTimerId_ = 1;
  std::unordered_map<void*, std::deque<Goroutine*>> semaQueues_;
  uint64_t rngState_ = 0;
  bool yieldRequested_ = false;
  bool traceSched_ = false;
  std::string schedTrace_;
  bool reportLeaksAtExit_ = false;
  uint64_t leakedTotalBytes_ = 0, leakedTotalObjects_ = 0;
  std::string leakReportAtExit_;
  size_t deadCount_ = 0;
  Goroutine* pickNext();        // runnext, then the run queue; nullptr if none
  bool fireTimers();            // advances the clock to the next timer when nothing can run
  void fireTimer(Timer& t);
  void releaseTimers();
  void compactGoroutines();
  void goroutineExited(Goroutine& g);
  // select (chan.cpp): cases as the SELECT instruction encodes them
  struct SelectCase { Object* ch; Slot* value; Slot* ok; bool send; };
  ChanResult select(Goroutine& g, SelectCase* cases, int n, bool hasDefault, int* chosen);
  std::vector<SelectCase> selectBuf_;
  std::string frameName(const Goroutine& g, size_t fi) const;  // "main.f(...)" / native frames
  // nativeOnTop=false leaves out the native the top frame is calling
  // (runtime.Stack: Go's trace starts at its caller).
  void appendTraceback(std::string& out, const Goroutine& g, bool blocked, bool nativeOnTop = true) const;

  void start();
  Goroutine* newGoroutine();
  void finish(int code);
  void fatal(const std::string& msg, bool dumpAll);
  void printGoroutine(std::string& out, Goroutine& g, bool running);
  void releaseGoroutine(Goroutine& g);
  // Returns false when the goroutine stopped (blocked/dead/program end).
  enum class ExecResult : uint8_t { Yield, Blocked, Dead, Ended };
  ExecResult execute(Goroutine& g, uint64_t maxInstr, uint64_t* executed);
  bool pushFrame(Goroutine& g, const FuncProto* fn, ClosureObj* closure, const Slot* args, bool moveFromRegs,
                 uint32_t retBase, uint8_t flags);
  void popFrame(Goroutine& g);
  void startPanic(Goroutine& g, Object* box, bool runtimeError);
  void unwind(Goroutine& g);
  void runtimePanic(Goroutine& g, const std::string& msg);  // "runtime error: ..." as runtime.Error
  void nilDeref(Goroutine& g);
  void panicDied(Goroutine& g);
  void fatalStackOverflow(Goroutine& g);
  void spawn(Goroutine& parent, ClosureObj* fn, Slot* args, int nargs);
  void printValue(PrintKind kind, Slot v);
  void assertFailed(Goroutine& g, const Type* ifaceType, const Type* target, BoxObj* box);
  bool typeImplements(const Type* dyn, const Type* iface);
  const Program::MethodEntry* findMethod(const Type* dyn, uint16_t nameIndex);
  const Program::MethodEntry* findMethodByName(const Type* dyn, const std::string& name);
  void setSite(const FuncProto* fn, uint32_t pc);
  // Heap::SiteResolver (alloc_site.cpp): the running frame's function and
  // line, interned once per (function, pc) in sitesByFunc_.
  static uint32_t resolveAllocSite(void* vm);

  // slices (values.cpp); nullptr + heap_.outOfMemory on allocation failure
  Object* makeSlice(const Type* sliceType, int64_t len, int64_t cap);
  // x[lo:hi:max]; an omitted index is < 0 with its has* flag false (a
  // negative index the program computed panics, as in Go).
  bool sliceOp(const Type* resultType, Object* x, int64_t lo, int64_t hi, int64_t max, bool hasHi, bool hasMax,
               Object** out, std::string* err);
  Object* appendValues(const Type* sliceType, Object* s, const Slot* vals, int64_t n);
  Object* appendSlice(const Type* sliceType, Object* s, SliceObj* src);
  int64_t copySlice(Object* dst, Object* src);
  void clearSlice(SliceObj* s);
  void storeOwnedElem(ArrayObj* arr, int64_t i, Slot v);  // incref/clone as the element kind needs
};


}  // namespace heapscope
