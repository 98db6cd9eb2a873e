// RuntimeView: what the VM implements so the inspector can classify roots
// and show goroutines, frames and locals. Header-only and dependent on
// heap/object.h alone, so core/vm can implement it without linking
// core/inspect (the interface is the whole contract).
//
// All methods are called between two VM instructions; pointers and strings
// passed to callbacks need only live for the duration of the call.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "heap/object.h"

namespace heapscope {

// Where a root lives. Frame slots, VM temporaries and channel waiters are
// attributed to a goroutine when the VM knows which.
enum class RootKind : uint8_t {
  Global,       // a package-level variable
  FrameSlot,    // a register / local of a goroutine's frame
  VmTemp,       // VM-internal temporary (operand in flight, defer record, ...)
  ChanWaiter,   // a value or goroutine parked in a channel wait queue
  Timer,        // a pending virtual-clock timer
  Context,      // a context.Context tree node held by the runtime
  Other,
};

// ---- What the VM implements for the inspector (kept abstract so inspect
// never includes VM internals). All methods are called between two VM
// instructions; pointers/strings passed to the callbacks need only live for
// the duration of the call.
struct RootRef {
  Object* obj = nullptr;
  std::string_view label;   // "cache", "x", "chan waiter"; shown in paths
  RootKind kind = RootKind::Other;
  int goroutine = -1;       // index into goroutines(), -1 = not goroutine-owned
  int frame = -1;           // index into that goroutine's frames (0 = innermost)
};

struct LocalInfo {
  std::string name;         // "x"
  std::string typeName;     // "[]int"
  std::string value;        // short preview ("42", "len=3 cap=4", "nil")
  Object* obj = nullptr;    // the referenced object, if the local is a reference
};

struct FrameInfo {
  std::string function;     // "main.worker"
  int line = 0;
  std::vector<LocalInfo> locals;
};

struct GoroutineInfo {
  uint64_t goid = 0;        // Go's goroutine id as a stack trace prints it
  std::string state;        // "running", "runnable", "chan receive", "sleep", ...
  std::string startFunction;  // "main.worker" (the `go` statement's callee)
  int createdLine = 0;      // line of the `go` statement, 0 for main
  Object* obj = nullptr;    // the GoroutineObj, if the VM has one
  std::vector<FrameInfo> frames;  // [0] = innermost (executing) frame
  // What a blocked goroutine waits on (empty otherwise): the channel(s) of
  // its send / receive / select, or the sync.Mutex, RWMutex, WaitGroup or
  // Cond whose wait queue it is on. Each is a heap object.
  std::vector<Object*> waitsOn;
};

class RuntimeView {
 public:
  virtual ~RuntimeView() = default;
  // Every root with its classification. Must report the same references as
  // RootSource::forEachRoot (same multiset of objects).
  virtual void forEachRootRef(const std::function<void(const RootRef&)>& fn) = 0;
  // Goroutines in a stable order (index = RootRef::goroutine).
  virtual void describeGoroutines(std::vector<GoroutineInfo>& out) = 0;
};

}  // namespace heapscope
