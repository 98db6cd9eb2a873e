// VmRuntimeView: a RuntimeView over the VM's public read-only API
// (Vm::forEachRoot labels, goroutines(), frameLocals()), so snapshots get
// classified roots, goroutines, frames and locals today without inspect
// reaching into VM internals. If the VM implements RuntimeView itself, use
// that instead (it can attribute every register to its exact frame).
//
// Root classification follows the labels Vm::forEachRoot produces:
//   "global <name>"                         -> Global
//   "goroutine <id> <func> frame: <name>"   -> FrameSlot of that frame
//   "goroutine <id> ..." (defers, panics)   -> VmTemp owned by the goroutine
//   "string constant"                       -> VmTemp
//   anything else (channel/timer listers)   -> by keyword (chan, timer, context)
// Frames are matched by function name walking outward-in the VM's order;
// in directly recursive frames (same function twice in a row) slots are
// attributed to the outermost of the run.
#pragma once
#include "inspect/runtime_view.h"

namespace heapscope {

class Vm;

class VmRuntimeView : public RuntimeView {
 public:
  explicit VmRuntimeView(Vm& vm) : vm_(vm) {}
  void forEachRootRef(const std::function<void(const RootRef&)>& fn) override;
  void describeGoroutines(std::vector<GoroutineInfo>& out) override;

 private:
  Vm& vm_;
};

}  // namespace heapscope
