// Session's debugger half: line breakpoints and Step into / over / out (see
// session.h). The VM knows nothing of lines while it runs (the compiler
// emits no per-statement markers), so while debugging the session runs one
// instruction at a time and looks at the running goroutine after each.
//
// "Where a goroutine is" = its frame depth and the line its top frame is
// about to execute. Only frames of the program's own functions ("main.*")
// count: inside a standard-library prelude the goroutine is not at any
// line of the user's file, so Step into passes over those calls.
#include <algorithm>
#include <cstdint>
#include <iterator>

#include "api/session.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

const Goroutine* findGoroutine(const Vm& vm, int goid) {
  for (const auto& g : vm.goroutines())
    if (g->id == goid) return g.get();
  return nullptr;
}

}  // namespace

void Session::setBreakpoints(std::vector<int> lines) {
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  breakpoints_ = std::move(lines);
}

int Session::pausedGoroutine() const {
  if (!vm_) return 0;
  if (const Goroutine* g = vm_->currentGoroutine(); g && !g->frames.empty()) return g->id;
  for (const auto& g : vm_->goroutines())
    if (!g->frames.empty() && g->status != GStatus::Dead) return g->id;
  return 0;
}

bool Session::observe(const Goroutine& g, size_t& depth, int& line) {
  depth = 0;
  line = 0;
  if (g.frames.empty() || g.id < 0) return false;
  const Frame& top = g.frames.back();
  LineCache& c = lineCache_;
  if (c.fn != top.fn || top.pc < c.lo || top.pc >= c.hi) {
    const FuncProto* fn = top.fn;
    if (c.fn != fn) c.user = top.isUserCode();
    c.fn = fn;
    // The line-table entry holding pc: [its pc, the next entry's pc) (as
    // FuncProto::lineAt finds it; before the first entry: the declaration).
    auto next = std::upper_bound(fn->lines.begin(), fn->lines.end(), top.pc,
                                 [](uint32_t pc, const LineEntry& e) { return pc < e.pc; });
    c.lo = next == fn->lines.begin() ? 0 : std::prev(next)->pc;
    c.hi = next == fn->lines.end() ? UINT32_MAX : next->pc;
    c.line = next == fn->lines.begin() ? fn->line : std::prev(next)->line;
  }
  if (!c.user) return false;
  depth = g.frames.size();
  line = c.line;
  const size_t goid = static_cast<size_t>(g.id);
  if (lastLines_.size() <= goid) lastLines_.resize(goid + 1);
  std::vector<int>& seen = lastLines_[goid];
  // Frames deeper than this one have returned: a new call there starts afresh.
  seen.resize(depth, -1);
  bool arrived = seen[depth - 1] != line;
  seen[depth - 1] = line;
  return arrived;
}

bool Session::startStep(StepKind kind) {
  if (!vm_ || vm_->finished()) return false;
  if (vm_->steps() == 0) vm_->run(0);  // starts main: there is a goroutine to step
  int goid = pausedGoroutine();
  const Goroutine* g = goid ? findGoroutine(*vm_, goid) : nullptr;
  if (!g) return false;
  size_t depth = 0;
  int line = 0;
  observe(*g, depth, line);  // the starting line counts as seen
  if (depth == 0) {
    // Paused inside the standard library: step relative to the innermost
    // user frame below it.
    for (size_t k = g->frames.size(); k-- > 0;)
      if (g->frames[k].isUserCode()) {
        depth = k + 1;
        break;
      }
  }
  step_ = StepState{true, kind, goid, depth};
  return true;
}

RunStatus Session::runChecked(uint64_t budget) {
  for (uint64_t i = 0; i < budget; ++i) {
    VmStatus s = vm_->run(1);
    if (s == VmStatus::Finished || vm_->finished()) {
      step_.active = false;
      exitCode_ = vm_->exitCode();
      return RunStatus::Finished;
    }
    const Goroutine* cur = vm_->currentGoroutine();
    if (!cur) {
      // The goroutine that ran blocked or exited. A step of a goroutine that
      // is gone is over (it cannot reach another line).
      if (step_.active) {
        const Goroutine* g = findGoroutine(*vm_, step_.goid);
        if (!g || g->frames.empty() || g->status == GStatus::Dead) {
          step_.active = false;
          return RunStatus::StepDone;
        }
      }
      continue;
    }
    size_t depth = 0;
    int line = 0;
    bool arrived = observe(*cur, depth, line);
    if (depth == 0) continue;  // inside the standard library
    if (arrived && std::binary_search(breakpoints_.begin(), breakpoints_.end(), line)) {
      step_.active = false;
      return RunStatus::Breakpoint;
    }
    if (!step_.active || cur->id != step_.goid) continue;
    bool done = false;
    switch (step_.kind) {
      case StepKind::Into: done = depth < step_.depth || arrived; break;
      case StepKind::Over: done = depth < step_.depth || (depth == step_.depth && arrived); break;
      case StepKind::Out: done = depth < step_.depth; break;
    }
    if (done) {
      step_.active = false;
      return RunStatus::StepDone;
    }
  }
  return RunStatus::BudgetUsed;
}

}  // namespace heapscope
