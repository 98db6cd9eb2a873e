// Session's time travel: seekToStep / stepBack (see session.h). A run is a
// pure function of (program, seed, args, step count): the scheduler is
// seeded, the clock virtual and the host only receives output. So the state
// at step N is rebuilt by re-executing a fresh Vm over the already compiled
// program for N steps. Measured at ~2-4 ns per step natively, a million
// steps re-execute in a few milliseconds, so no checkpoints are kept.
#include <algorithm>
#include <cstdint>

#include "api/session.h"
#include "vm/vm.h"

namespace heapscope {

// Output is kept only while a re-execution catches up (bounded: its tail);
// otherwise it streams straight to the host, which keeps what it shows.
void Session::Recorder::write(int fd, std::string_view bytes) {
  Session& s = session_;
  if (s.muted_) s.seekOutput_.append(fd, bytes);
  else s.host_.write(fd, bytes);
}

bool Session::seekToStep(uint64_t step) {
  if (!beginSeek(step)) return false;
  while (!continueSeek(UINT64_MAX)) {
  }
  return true;
}

bool Session::beginSeek(uint64_t step) {
  if (!program_ || !vm_) return false;
  step_.active = false;
  seek_ = SeekState{true, false, step};
  if (step < vm_->steps() || seek_.scanning) {
    makeVm();
    seekOutput_.clear();
    muted_ = true;
    lastLines_.clear();
    lineCache_ = LineCache{};
  }
  return true;
}

bool Session::beginStepBack() {
  if (!program_ || !vm_ || vm_->steps() == 0) return false;
  const uint64_t now = vm_->steps();
  step_.active = false;
  if (lineStartsKnownTo_ >= now) {
    // The line starts before `now` are known: go straight to the last one.
    auto it = std::lower_bound(lineStarts_.begin(), lineStarts_.end(), now);
    return beginSeek(it == lineStarts_.begin() ? 0 : *std::prev(it));
  }
  // Re-execute up to `now` watching lines, then seek to the last start found.
  beginSeek(now == 0 ? 0 : now - 1);  // any earlier target: rebuilds the Vm
  seek_ = SeekState{true, true, now};
  lineStarts_.clear();
  return true;
}

bool Session::stepBack() {
  if (!beginStepBack()) return false;
  while (!continueSeek(UINT64_MAX)) {
  }
  return true;
}

bool Session::continueSeek(uint64_t budget) {
  if (!seek_.active) return true;
  while (budget > 0) {
    const uint64_t now = vm_->steps();
    const bool atEnd = vm_->finished() || (now >= seek_.target && seek_.target < finishedAtStep_);
    if (atEnd || (seek_.scanning && now >= seek_.target)) {
      if (!seek_.scanning) break;
      // Scan done: the line starts up to here are known; now the real seek.
      lineStartsKnownTo_ = std::max(lineStartsKnownTo_, now);
      auto it = std::lower_bound(lineStarts_.begin(), lineStarts_.end(), now);
      const uint64_t target = it == lineStarts_.begin() ? 0 : *std::prev(it);
      seek_.scanning = false;
      seek_.target = target;
      makeVm();
      seekOutput_.clear();
      lastLines_.clear();
      lineCache_ = LineCache{};
      --budget;
      continue;
    }
    if (seek_.scanning) {
      // One instruction at a time, recording where Step into could stop:
      // a goroutine arriving on a line, or returning into a caller.
      vm_->run(1);
      --budget;
      const Goroutine* cur = vm_->currentGoroutine();
      if (!cur || cur->id < 0) continue;
      const size_t goid = static_cast<size_t>(cur->id);
      const size_t before = goid < lastLines_.size() ? lastLines_[goid].size() : 0;
      size_t depth = 0;
      int line = 0;
      bool arrived = observe(*cur, depth, line);
      if (depth > 0 && (arrived || depth < before)) lineStarts_.push_back(vm_->steps());
      continue;
    }
    // At the step the run ended, the Vm may still have to notice the end.
    const bool toEnd = seek_.target >= finishedAtStep_;
    const uint64_t n = std::max<uint64_t>(1, std::min(budget, toEnd ? budget : seek_.target - now));
    vm_->run(toEnd && now >= seek_.target ? 1 : n);
    budget -= std::min(budget, n);
    if (vm_->steps() == now && !vm_->finished()) break;  // no progress possible
  }
  const bool reached = vm_->finished() || (vm_->steps() >= seek_.target && seek_.target < finishedAtStep_);
  if (!seek_.scanning && (reached || budget > 0)) {
    finishSeek();
    return true;
  }
  return false;
}

void Session::finishSeek() {
  seek_.active = false;
  if (muted_) {
    muted_ = false;
    host_.rewind();
    seekOutput_.replay(host_);
    seekOutput_.clear();
  }
  if (vm_->finished()) {
    exitCode_ = vm_->exitCode();
    finishedAtStep_ = std::min(finishedAtStep_, vm_->steps());
  }
  maxStepReached_ = std::max(maxStepReached_, vm_->steps());
  primeLastLines();
}

// What a run observed line by line would have seen: each user frame at its
// current line (callers at the line of their call, pc - 1 being the call
// instruction), so continuing with breakpoints does not stop again on the
// line just seeked to.
void Session::primeLastLines() {
  lastLines_.clear();
  lineCache_ = LineCache{};
  for (const auto& g : vm_->goroutines()) {
    if (g->id < 0 || g->frames.empty()) continue;
    size_t top = g->frames.size();
    while (top > 0 && !g->frames[top - 1].isUserCode()) --top;
    if (top == 0) continue;
    const size_t goid = static_cast<size_t>(g->id);
    if (lastLines_.size() <= goid) lastLines_.resize(goid + 1);
    std::vector<int>& seen = lastLines_[goid];
    seen.assign(top, -1);
    for (size_t k = 0; k < top; ++k) {
      const Frame& f = g->frames[k];
      if (!f.isUserCode()) continue;
      const bool caller = k + 1 < g->frames.size();
      seen[k] = f.fn->lineAt(caller && f.pc > 0 ? f.pc - 1 : f.pc);
    }
  }
}

}  // namespace heapscope
