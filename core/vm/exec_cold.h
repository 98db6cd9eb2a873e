// The interpreter's cold instructions: maps, channels, select, defer, panic,
// conversions, natives, interface calls and the other opcodes the tight
// loops of the benchmarks do not run, one out-of-line function each
// (exec_cold.cpp). Vm::execute keeps only the hot opcodes inline: in node,
// V8 runs a wasm function in its baseline tier until TurboFan has compiled
// it, and that takes time proportional to the function's size (150-200 ms
// for the 41 KB execute with every opcode inline; docs/PERFORMANCE.md).
//
// Contract between execute and a cold handler:
//  - execute saves the frame's pc (the word after the instruction) first;
//    the handler finds the frame as g.frames.back().
//  - The handler returns where execute goes next. On Next it may have
//    moved the frame's pc (past EXTRA words) and execute resumes there;
//    frames and registers are unchanged. On Reload frames or registers may
//    have moved (a call, a nested run of Go code) and execute reloads them.
//  - Handlers never run Go code themselves (no C++ recursion into execute):
//    calls push a frame and return Reload.
//  - They are called through kColdOps (an indirect call), so no inliner,
//    GCC's or wasm-opt's "inline every function with one caller", puts them
//    back into execute.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>

#include "compile/bytecode.h"
#include "heap/heap.h"
#include "heap/object.h"

namespace heapscope {

// Storing a reference into a slot, in the cold handlers (execute's cases use
// SETREF_NEXT / SETOWNED_NEXT, the same steps with one shared release call):
// setRef takes a new reference to n, setOwned stores one n already carries;
// both release the slot's previous object.
inline void setRef(Heap& h, Slot& dst, Object* n) {
  if (n) ++n->refcount;
  Object* o = dst.ref;
  dst.ref = n;
  if (o) h.decref(o);
}
inline void setOwned(Heap& h, Slot& dst, Object* n) {
  Object* o = dst.ref;
  dst.ref = n;
  if (o) h.decref(o);
}

class Vm;
struct Goroutine;

enum class ColdStatus : uint8_t {
  Next,           // continue at the frame's pc
  Reload,         // frames/registers may have changed: reload, continue at the top frame's pc
  Panic,          // a panic was raised (unwinder set up): execute's after_panic
  Blocked,        // the goroutine parked; the instruction re-executes on wake
  Ended,          // the program (or a nested callMethod run) ended
  Dead,           // the goroutine's last frame returned
  Yield,          // give up the processor after this instruction (runtime.Gosched)
  StackOverflow,  // pushing a frame failed
  OutOfMemory,    // an allocation failed
};

// R = the running frame's registers, in = the instruction being executed.
using ColdOp = ColdStatus (*)(Vm& vm, Goroutine& g, Slot* R, const Instr* in);

// Indexed by Op; nullptr for opcodes execute runs inline. RET and
// RUN_DEFERS have entries for their slow paths (popping a frame that is not
// a plain call; running a deferred call). Defined in exec_cold.cpp, so
// execute cannot see (and inline) the targets.
using ColdTable = std::array<ColdOp, static_cast<size_t>(Op::Count_)>;
extern const ColdTable kColdOps;

// Raising "runtime error: msg" / an index-out-of-range error from execute's
// inline cases; both return Panic. Called through pointers like kColdOps:
// execute calls each from one place, and wasm-opt would otherwise inline
// them there with the string formatting they pull in.
struct ColdThrows {
  ColdStatus (*msg)(Vm& vm, Goroutine& g, const char* msg);
  ColdStatus (*index)(Vm& vm, Goroutine& g, int64_t i, int64_t n);
};
extern const ColdThrows kColdThrows;

}  // namespace heapscope
