// A goroutine: its own register stack, frame stack, defer list and panic
// state. Nothing of a Go call lives on the C++ stack, so the VM can stop
// between any two instructions and the inspector can read every frame.
//
// Invariants:
//  - regs[f.base .. f.base + f.fn->nregs) are frame f's registers; the ref
//    registers (f.fn->refRegs) each hold one counted reference or nullptr.
//  - frames.back() is the running frame; its pc is the NEXT instruction.
//  - defers[i].frameIndex <= frames.size()-1; a frame's defers sit above the
//    defers of its callers (LIFO per frame and overall).
#pragma once
#include <cstdint>
#include <list>
#include <string>
#include <vector>

#include "compile/bytecode.h"
#include "heap/object.h"

namespace heapscope {

enum FrameFlags : uint8_t {
  kFrameDeferCall = 1,   // a deferred call: results discarded
  kFramePanicDefer = 2,  // a deferred call started by panic unwinding (recover() is valid here)
  kFrameNested = 4,      // entry frame of a synchronous callMethod(): returning ends the nested run
  kFrameDiscard = 8,     // results discarded (goroutine entry frames)
};

struct Frame {
  const FuncProto* fn = nullptr;
  uint32_t pc = 0;          // next instruction
  uint32_t base = 0;        // absolute index of R[0] in Goroutine::regs
  uint32_t retBase = 0;     // absolute index where results go (caller's registers)
  ClosureObj* closure = nullptr;  // counted; nullptr for static calls
  uint32_t deferMark = 0;   // Goroutine::defers.size() when the frame started
  uint8_t flags = 0;
  uint32_t panicIndex = 0;  // kFramePanicDefer: which panic started it (index into panics)

  bool isUserCode() const { return fn && fn->isUserCode(); }  // FuncProto::isUserCode
};

struct DeferRec {
  ClosureObj* fn = nullptr;   // counted
  std::vector<Slot> args;     // counted where fn->fn->paramIsRef
  uint32_t frameIndex = 0;    // the frame that deferred it
};

struct PanicRec {
  Object* value = nullptr;    // counted BoxObj (the interface value passed to panic), may be nil
  bool recovered = false;
  bool aborted = false;       // a newer panic unwound past a deferred call this one started
  bool runtimeError = false;
  bool goexit = false;
  std::string trace;          // the stack where it started (traceback.cpp's text), printed if it kills g
};

enum class GStatus : uint8_t { Runnable, Running, Blocked, Dead };

struct Goroutine;

// One parked channel operation in a channel's queue (chan.h). A select
// parks one entry per case.
struct ChanWaiter {
  Goroutine* g = nullptr;
  Slot value{};        // sendq: the value to send (owned)
  int caseIndex = -1;  // select case index, -1 for a plain send/receive
};
using WaitQueue = std::list<ChanWaiter>;

// Where a parked goroutine's entries sit, so completing or abandoning the
// operation removes them in O(cases) (no queue scans).
struct WaitEntry {
  Object* ch = nullptr;    // the channel (uncounted; the registers hold it)
  WaitQueue* queue = nullptr;
  WaitQueue::iterator it;
  bool send = false;
};

// The state of a channel operation (send, receive, select) that parked the
// goroutine. Blocking instructions are re-executed on wake: the goroutine
// that completed the operation for us (a partner on the channel, close) sets
// `done` and leaves the received value here, the re-executed instruction
// consumes it. `value` is counted while `valueIsRef` (listed as a root).
struct ParkState {
  bool done = false;        // the operation completed while parked
  bool closed = false;      // completed by close(): recv gets ok=false, send panics
  bool valueIsRef = false;
  int caseIndex = -1;       // select: the case that completed
  Slot value{};             // received value (owned)
  std::vector<WaitEntry> entries;  // our entries in channel queues (empty = not queued)
  // List nodes of finished waits, spliced back into a channel queue by the
  // next one (std::list::splice moves nodes without allocating): a parked
  // operation allocated and freed a node each time (bench/chan.go is 7 %
  // faster natively without that, 5 % in node).
  WaitQueue spare;

  // Back to "not parked", keeping the entries' buffer and the spare nodes:
  // assigning a fresh ParkState freed and reallocated them on every
  // blocking channel operation (bench/chan.go in node, where malloc is slow).
  void reset() {
    done = closed = valueIsRef = false;
    caseIndex = -1;
    value = Slot{};
    entries.clear();
  }
};

struct Goroutine {
  int id = 0;
  GStatus status = GStatus::Runnable;
  std::string waitReason;          // "chan receive", "sleep", ... (goroutine dumps)
  std::vector<Slot> regs;
  std::vector<Frame> frames;
  std::vector<DeferRec> defers;
  std::vector<PanicRec> panics;
  bool unwinding = false;          // panics.back() is propagating
  std::string createdBy;           // "main.main" for `go` statements
  int createdLine = 0;
  int createdByGoid = 0;           // goroutine that ran the `go` statement
  std::string createdFile;         // file of the `go` statement (prog.go unless in a prelude)
  ParkState park;                  // channel/select operation in progress
  bool pinned = false;             // no preemption (sync/atomic critical sections)
  bool semaWaiting = false;        // queued on a sync.* wait queue (Vm::semaQueues_)
  void* semaKey = nullptr;
  // The sync object whose queue this goroutine waits in, or nullptr. Queue
  // keys are the object's address, + 1 for an RWMutex's readers.
  Object* semaObject() const {
    if (!semaWaiting || !semaKey) return nullptr;
    return reinterpret_cast<Object*>(reinterpret_cast<uintptr_t>(semaKey) & ~uintptr_t(7));
  }
  uint64_t semaTicket = 0;         // sync.Cond: the ticket this goroutine waits for
  bool semaCounted = false;        // sync.RWMutex: counted as a pending writer
  uint64_t startStep = 0;          // VM step at creation (leak reports)
  uint64_t wakeAt = 0;             // for timers (virtual clock), 0 = none
  void* blockedOn = nullptr;       // runtime object the goroutine waits on (channels, mutexes)
};

}  // namespace heapscope
