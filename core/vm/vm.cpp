// Vm: program start, the scheduler (run queue, time slices, deadlock
// detection), frames (push/pop with exact refcounts), goroutine creation,
// the virtual clock and the roots listing for the audit.
#include "vm/vm.h"

#include <algorithm>
#include <cstring>

#include "types/types.h"
#include "vm/chan.h"
#include "vm/runtime.h"

namespace heapscope {


static const char* captureNameHook(const FuncProto* fn, uint32_t i) {
  return fn && i < fn->captures.size() ? fn->captures[i].name.c_str() : nullptr;
}

Vm::Vm(Host& host, std::shared_ptr<Program> program, VmOptions options)
    : host_(host), program_(std::move(program)), opts_(std::move(options)) {
  setCaptureNameHook(&captureNameHook);
  heap_.setStepCounter(&steps_);
  heap_.setSiteResolver(&Vm::resolveAllocSite, this);
  sitesByFunc_.resize(program_->funcs.size());
  for (size_t i = 0; i < program_->funcs.size(); i++) sitesByFunc_[i].user = program_->funcs[i]->inMainPackage();
  heap_.setCycleCollector(opts_.cycleCollector);
  heap_.maxBytes = opts_.maxHeapBytes ? opts_.maxHeapBytes : (uint64_t(1) << 30);
  stringType_ = program_->types ? program_->types->basic(TypeKind::String) : nullptr;
  osArgs_.push_back("/tmp/go-build/prog");
  for (auto& a : opts_.args) osArgs_.push_back(a);
  // Materialise string constants: one reference each, held by the Vm.
  for (auto& f : program_->funcs) {
    for (auto& [idx, bytes] : f->strConsts) {
      Object* o = bytes.empty() ? nullptr : makeString(bytes);
      if (o) {
        heap_.incref(o);
        constObjs_.push_back(o);
      }
      f->consts[idx].ref = o;
    }
  }
  globals_.assign(program_->globals.size(), slotNil());
  for (size_t i = 0; i < program_->globals.size(); i++) {
    const GlobalInfo& gi = program_->globals[i];
    if (gi.inCell) {
      CellObj* c = heap_.newCell(gi.type, gi.type->slotKind());
      if (gi.type->slotKind() == SlotKind::Value) {
        Object* z = zeroValue(gi.type);
        heap_.incref(z);
        c->value.ref = z;
      }
      heap_.incref(c);
      globals_[i].ref = c;
    } else if (gi.type->slotKind() == SlotKind::Value) {
      Object* z = zeroValue(gi.type);
      heap_.incref(z);
      globals_[i].ref = z;
    }
  }
  heap_.safePoint();
}

Vm::~Vm() {
  releaseTimers();
  for (auto& g : gs_) {
    dequeueWaiter(*g);
    if (g->park.valueIsRef) heap_.decref(g->park.value.ref);
    g->park = ParkState{};
    releaseGoroutine(*g);
  }
  for (size_t i = 0; i < globals_.size(); i++)
    if (program_->globals[i].isRef || program_->globals[i].inCell) heap_.decref(globals_[i].ref);
  for (Object* o : constObjs_) heap_.decref(o);
  for (auto& f : program_->funcs)
    for (auto& [idx, bytes] : f->strConsts) f->consts[idx].ref = nullptr;
  heap_.drainFrees();
}

Goroutine* Vm::newGoroutine() {
  auto g = std::make_unique<Goroutine>();
  g->id = nextGid_++;
  // main starts with room for a few frames; other goroutines grow on demand
  // (100 000 goroutines must stay cheap)
  if (g->id == 1) g->regs.assign(256, slotNil());
  gs_.push_back(std::move(g));
  return gs_.back().get();
}

void Vm::start() {
  started_ = true;
  clock_ = kClockStart;
  registerChanKind();
  Goroutine* g = newGoroutine();
  if (program_->mainFunc < 0) {
    finish(0);
    return;
  }
  pushFrame(*g, program_->funcs[program_->mainFunc].get(), nullptr, nullptr, false, 0, kFrameDiscard);
  if (program_->initFunc >= 0)
    pushFrame(*g, program_->funcs[program_->initFunc].get(), nullptr, nullptr, false, 0, kFrameDiscard);
  runq_.push_back(g);
}

void Vm::finish(int code) {
  if (finished_) return;
  finished_ = true;
  exitCode_ = code;
}

void Vm::exitProgram(int code) { finish(code); }

void Vm::stepLimitExceeded() {
  host_.write(2, "heapscope: step limit exceeded (--max-steps=" + std::to_string(opts_.maxSteps) + ")\n");
  finish(2);
}

void Vm::fatalOutOfMemory() {
  if (opts_.maxHeapBytes)
    fatalRunning("heapscope: heap limit of " + std::to_string(opts_.maxHeapBytes) + " bytes exceeded");
  else
    fatal("runtime: out of memory", false);
}

bool Vm::pushFrame(Goroutine& g, const FuncProto* fn, ClosureObj* closure, const Slot* args, bool moveFromRegs,
                   uint32_t retBase, uint8_t flags) {
  if (g.frames.size() >= opts_.maxFrames) return false;
  uint32_t base = g.frames.empty() ? 0 : g.frames.back().base + g.frames.back().fn->nregs;
  base += nestedGap_;
  nestedGap_ = 0;
  size_t need = static_cast<size_t>(base) + fn->nregs + 1;
  ptrdiff_t argOff = moveFromRegs ? args - g.regs.data() : -1;
  if (g.regs.size() < need) g.regs.resize(std::max(need, g.regs.size() * 2), slotNil());
  Slot* dst = g.regs.data() + base;
  if (moveFromRegs) {
    // Moved in one loop (the caller's slots end nil), not memcpy + memset:
    // in wasm those are memory.copy / memory.fill, calls out to C in V8,
    // for the one to four arguments of a closure, method or interface call.
    Slot* src = g.regs.data() + argOff;
    for (uint32_t i = 0; i < fn->nparams; i++) {
      dst[i] = src[i];
      src[i].u = 0;
    }
  } else if (fn->nparams) {
    std::memcpy(static_cast<void*>(dst), args, sizeof(Slot) * fn->nparams);
  }
  // Built in place: a Frame assembled on the stack and then copied into the
  // vector stalls on store forwarding (a third of fib's time, by perf).
  Frame& f = g.frames.emplace_back();
  f.fn = fn;
  f.base = base;
  f.retBase = retBase;
  f.closure = closure;
  heap_.incref(closure);
  f.deferMark = static_cast<uint32_t>(g.defers.size());
  f.flags = flags;
  return true;
}

void Vm::popFrame(Goroutine& g) {
  Frame f = g.frames.back();
  Slot* R = g.regs.data() + f.base;
  for (uint16_t r : f.fn->refRegs) {
    Object* o = R[r].ref;
    R[r].ref = nullptr;
    if (o) heap_.decref(o);
  }
  std::memset(static_cast<void*>(R), 0, sizeof(Slot) * f.fn->nregs);
  // defers left by an abnormal exit (should not happen for normal returns)
  while (g.defers.size() > f.deferMark) {
    DeferRec& d = g.defers.back();
    const FuncProto* dfn = d.fn ? d.fn->fn : nullptr;
    for (size_t i = 0; i < d.args.size(); i++)
      if (dfn && i < dfn->paramIsRef.size() && dfn->paramIsRef[i]) heap_.decref(d.args[i].ref);
    heap_.decref(d.fn);
    g.defers.pop_back();
  }
  heap_.decref(f.closure);
  g.frames.pop_back();
}

void Vm::releaseGoroutine(Goroutine& g) {
  while (!g.frames.empty()) popFrame(g);
  for (auto& p : g.panics) heap_.decref(p.value);
  g.panics.clear();
  g.status = GStatus::Dead;
}

void Vm::spawn(Goroutine& parent, ClosureObj* cl, Slot* args, int nargs) {
  ptrdiff_t off = args - parent.regs.data();
  Goroutine* g = newGoroutine();
  Slot* a = parent.regs.data() + off;
  g->createdBy = parent.frames.back().fn->name;
  g->createdLine = frameLine(parent.frames.back());
  g->createdByGoid = parent.id;
  g->startStep = steps_;
  std::vector<Slot> tmp(a, a + nargs);
  std::memset(static_cast<void*>(a), 0, sizeof(Slot) * nargs);
  pushFrame(*g, cl->fn, cl, tmp.data(), false, 0, kFrameDiscard);
  // Go's newproc: the new goroutine runs next (runnext), the previous
  // "next" one goes to the back of the run queue.
  if (runnext_) runq_.push_back(runnext_);
  runnext_ = g;
}

int Vm::frameLine(const Frame& f) {
  uint32_t pc = f.pc ? f.pc - 1 : 0;
  return f.fn->lineAt(pc);
}

int Vm::currentLine() const {
  Goroutine* g = cur_;
  if (!g || g->frames.empty()) {
    for (auto& gg : gs_)
      if (!gg->frames.empty()) { g = gg.get(); break; }
  }
  if (!g || g->frames.empty()) return 0;
  const Frame& f = g->frames.back();
  return f.fn->lineAt(f.pc);
}

VmStatus Vm::run(uint64_t budget) {
  if (finished_) return VmStatus::Finished;
  if (!started_) start();
  while (budget > 0 && !finished_) {
    if (!cur_) {
      // timers that are due fire at every scheduling point
      if (!timers_.empty() && timers_.begin()->first.first <= clock_) fireTimers();
      cur_ = pickNext();
      if (!cur_) {
        // Every goroutine is blocked: the virtual clock jumps to the next
        // timer (one step each, so a ticker nobody reads cannot hang the
        // host), or nothing can ever run again.
        if (fireTimers()) {
          steps_++;
          budget--;
          continue;
        }
        fatal("all goroutines are asleep - deadlock!", true);
        break;
      }
      cur_->status = GStatus::Running;
      sliceLeft_ = opts_.timeSlice;
      if (traceSched_) schedTrace_ += std::to_string(steps_) + " g" + std::to_string(cur_->id) + "\n";
    }
    uint64_t n = std::min<uint64_t>(budget, sliceLeft_);
    if (opts_.maxSteps && steps_ + n > opts_.maxSteps) n = opts_.maxSteps - steps_ + 1;
    uint64_t executed = 0;
    ExecResult r = execute(*cur_, n, &executed);
    steps_ += executed;
    budget = budget > executed ? budget - executed : 0;
    sliceLeft_ = sliceLeft_ > executed ? sliceLeft_ - executed : 0;
    heap_.safePoint();
    if (heap_.outOfMemory && !finished_) {
      fatalOutOfMemory();
      break;
    }
    if (opts_.maxSteps && steps_ > opts_.maxSteps && !finished_) {
      stepLimitExceeded();
      break;
    }
    switch (r) {
      case ExecResult::Yield:
        if (yieldRequested_) {  // runtime.Gosched: to the back of the queue
          yieldRequested_ = false;
          cur_->status = GStatus::Runnable;
          runq_.push_back(cur_);
          cur_ = nullptr;
        } else if (sliceLeft_ == 0 && !cur_->pinned) {
          cur_->status = GStatus::Runnable;
          runq_.push_back(cur_);
          cur_ = nullptr;
        } else if (sliceLeft_ == 0) {
          // The slice ended inside a pinned sync/atomic read-modify-write:
          // run on a few instructions at a time until it unpins (with a
          // zero slice the loop would make no progress at all).
          sliceLeft_ = 8;
        }
        break;
      case ExecResult::Blocked:
        cur_ = nullptr;
        break;
      case ExecResult::Dead: {
        Goroutine* g = cur_;
        cur_ = nullptr;
        if (!finished_) {
          if (g->id == 1) {
            if (reportLeaksAtExit_) leakReportAtExit_ = leakReport();
            finish(0);
          } else {
            goroutineExited(*g);
          }
        }
        break;
      }
      case ExecResult::Ended:
        break;
    }
  }
  if (finished_) {
    // objects released by the last instructions are freed now, so the
    // audit and snapshots of the finished program see the final heap
    heap_.drainFrees();
    return VmStatus::Finished;
  }
  return VmStatus::BudgetUsed;
}

void Vm::forEachRoot(const std::function<void(Object*, const std::string& label)>& fn) {
  for (size_t i = 0; i < globals_.size(); i++) {
    const GlobalInfo& gi = program_->globals[i];
    if ((gi.isRef || gi.inCell) && globals_[i].ref) fn(globals_[i].ref, "global " + gi.name);
  }
  for (Object* o : constObjs_) fn(o, "string constant");
  for (auto& gp : gs_) {
    Goroutine& g = *gp;
    std::string gl = "goroutine " + std::to_string(g.id);
    for (size_t fi = 0; fi < g.frames.size(); fi++) {
      const Frame& f = g.frames[fi];
      const Slot* R = g.regs.data() + f.base;
      std::vector<const LocalVarInfo*> byReg(f.fn->nregs, nullptr);
      for (auto& lv : f.fn->locals)
        if (lv.reg < f.fn->nregs && f.pc >= lv.startPc && f.pc <= lv.endPc) byReg[lv.reg] = &lv;
      for (uint16_t r : f.fn->refRegs) {
        if (!R[r].ref) continue;
        std::string name = byReg[r] ? byReg[r]->name : "temp r" + std::to_string(r);
        fn(R[r].ref, gl + " " + f.fn->name + " frame: " + name);
      }
      if (f.closure) fn(f.closure, gl + " " + f.fn->name + " frame: closure");
    }
    for (auto& d : g.defers) {
      if (d.fn) fn(d.fn, gl + " deferred call");
      const FuncProto* dfn = d.fn ? d.fn->fn : nullptr;
      for (size_t i = 0; i < d.args.size(); i++)
        if (dfn && i < dfn->paramIsRef.size() && dfn->paramIsRef[i] && d.args[i].ref)
          fn(d.args[i].ref, gl + " deferred call argument");
    }
    for (auto& p : g.panics)
      if (p.value) fn(p.value, gl + " panic value");
    if (g.park.valueIsRef && g.park.value.ref) fn(g.park.value.ref, gl + " received value");
  }
  for (auto& [k, t] : timers_) {
    if (t.chan) fn(t.chan, "timer channel");
    if (t.fn) fn(t.fn, "timer func");
  }
  for (auto& h : extraRoots_) h(fn);
}

std::vector<LocalView> Vm::frameLocals(const Goroutine& g, size_t fi) const {
  std::vector<LocalView> out;
  if (fi >= g.frames.size()) return out;
  const Frame& f = g.frames[fi];
  const Slot* R = g.regs.data() + f.base;
  uint32_t pc = f.pc;
  for (auto& lv : f.fn->locals) {
    if (!(pc >= lv.startPc && pc <= lv.endPc)) continue;
    LocalView v;
    v.name = lv.name;
    v.type = lv.type;
    v.reg = lv.reg;
    v.inCell = lv.inCell;
    SlotKind k = lv.type ? lv.type->slotKind() : SlotKind::Scalar;
    v.isRef = k != SlotKind::Scalar;
    if (lv.inCell) {
      v.cell = R[lv.reg].ref;
      v.value = v.cell ? static_cast<CellObj*>(v.cell)->value : slotNil();
    } else {
      v.value = R[lv.reg];
    }
    out.push_back(v);
  }
  return out;
}

std::vector<GlobalView> Vm::globals() const {
  std::vector<GlobalView> out;
  for (size_t i = 0; i < globals_.size(); i++) {
    const GlobalInfo& gi = program_->globals[i];
    GlobalView v;
    v.name = gi.name;
    v.type = gi.type;
    v.isRef = gi.type && gi.type->slotKind() != SlotKind::Scalar;
    v.value = gi.inCell && globals_[i].ref ? static_cast<CellObj*>(globals_[i].ref)->value : globals_[i];
    out.push_back(v);
  }
  return out;
}

int FuncProto::lineAt(uint32_t pc) const {
  int line = this->line;
  // binary search: last entry with entry.pc <= pc
  size_t lo = 0, hi = lines.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (lines[mid].pc <= pc) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) line = lines[lo - 1].line;
  return line;
}

}  // namespace heapscope
