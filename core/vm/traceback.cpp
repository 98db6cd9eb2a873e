// Go-format stack traces for panics, fatal errors and deadlock dumps.
//
// A frame of user code prints as Go prints it: `main.f(...)` (or `main.f()`
// without parameters), then a tab and `prog.go:LINE`. Frames of stdlib
// preludes and natives print in Go's inlined form, `sync.(*Mutex).Lock(...)`,
// without a file line (their source is not the user's file). A goroutine
// parked in a native (a blocked Lock, Wait, Sleep) shows that native on top.
#include "vm/vm.h"

namespace heapscope {

// Go prints a frame's arguments as hex words, or `(...)` when the call was
// inlined; we print `(...)` for any function with parameters and for small
// named functions (which Go's inliner takes), `()` for main.main, for
// closures without parameters (func literals are rarely inlined) and for
// functions gc cannot inline.
// Functions containing defer or recover are never inlined by gc, so one
// without parameters prints `()` too.
static bool notInlinable(const FuncProto* fn) {
  for (const Instr& in : fn->code)
    if (in.op == Op::DEFER || in.op == Op::RECOVER || in.op == Op::FRAME_TOKEN) return true;
  return false;
}

std::string Vm::frameName(const Goroutine& g, size_t fi) const {
  const Frame& f = g.frames[fi];
  const std::string& name = f.fn->name;
  // a deferred call is a real call even for a small function (never inlined)
  bool deferred = (f.flags & (kFrameDeferCall | kFramePanicDefer)) != 0;
  bool bare = name == "main.main" || name.find(".func") != std::string::npos || deferred || notInlinable(f.fn);
  return name + (f.fn->nparams || !bare ? "(...)" : "()");
}

// The native the frame is calling right now (parked in it, or panicking in
// it), or nullptr. `blocked`: pc is the call itself (re-executed on wake),
// otherwise pc is just past it.
static const NativeEntry* nativeAt(const Program& prog, const Frame& f, bool blocked) {
  uint32_t pc = blocked ? f.pc : (f.pc ? f.pc - 1 : 0);
  if (pc >= f.fn->code.size()) return nullptr;
  const Instr& in = f.fn->code[pc];
  if (in.op != Op::CALL_NATIVE || in.b >= prog.natives.size()) return nullptr;
  return &prog.natives[in.b];
}

void Vm::appendTraceback(std::string& out, const Goroutine& g, bool blocked, bool nativeOnTop) const {
  // Go prints at most 100 frames; each panic keeps its trace, so a chain of
  // nested panics in deep recursion must not keep whole stacks either
  constexpr size_t kMaxFrames = 100;
  for (size_t i = g.frames.size(); i-- > 0;) {
    if (g.frames.size() - i > kMaxFrames) {
      out += "...additional frames elided...\n";
      break;
    }
    const Frame& f = g.frames[i];
    bool top = i + 1 == g.frames.size();
    if (top && nativeOnTop && !f.fn->isNativeThunk) {
      if (const NativeEntry* ne = nativeAt(*program_, f, blocked)) out += ne->name + "(...)\n";
    }
    if (!f.fn->inMainPackage()) {
      out += f.fn->name + "(...)\n";
      continue;
    }
    int line = top && blocked ? f.fn->lineAt(f.pc) : frameLine(f);
    out += frameName(g, i) + "\n\t" + program_->fileName + ":" + std::to_string(line) + "\n";
    // a deferred call run by a panic sits above the runtime's panic frame
    if ((f.flags & kFramePanicDefer) && i > 0) out += "panic({...})\n";
  }
  if (g.id != 1 && !g.createdBy.empty()) {
    out += "created by " + g.createdBy;
    if (g.createdByGoid > 0) out += " in goroutine " + std::to_string(g.createdByGoid);
    out += "\n";
    if (isMainPackageName(g.createdBy)) out += "\t" + program_->fileName + ":" + std::to_string(g.createdLine) + "\n";
  }
}

std::string Vm::goroutineDump(const Goroutine& self, bool all) const {
  std::string out = "goroutine " + std::to_string(self.id) + " [running]:\n";
  appendTraceback(out, self, false, false);
  if (!all) return out;
  for (auto& gp : gs_) {
    const Goroutine& g = *gp;
    if (&g == &self || g.status == GStatus::Dead || g.frames.empty()) continue;
    std::string reason = g.status == GStatus::Blocked ? g.waitReason : "runnable";
    out += "\ngoroutine " + std::to_string(g.id) + " [" + reason + "]:\n";
    appendTraceback(out, g, g.status == GStatus::Blocked);
  }
  return out;
}

void Vm::fatalRunning(const std::string& msg) {
  std::string out = "fatal error: " + msg + "\n";
  if (cur_) {
    out += "\ngoroutine " + std::to_string(cur_->id) + " [running]:\n";
    appendTraceback(out, *cur_, false);
  }
  host_.write(2, out);
  finish(2);
}

}  // namespace heapscope
