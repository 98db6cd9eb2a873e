// Panics, recover bookkeeping, unwinding through deferred calls, fatal
// errors and Go-format crash output (panic line, goroutine traces), plus the
// dynamic-type services: assertions, method lookup, synchronous method calls.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "types/types.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace heapscope {

static std::string ifaceName(const Type* t) {
  if (!t) return "interface {}";
  if (!t->isNamed() && t->underlying()->kind == TypeKind::Interface && t->underlying()->methods.empty())
    return "interface {}";
  return t->str();
}

static std::string typeName(const Type* t) {
  if (!t) return "nil";
  if (!t->isNamed() && t->kind == TypeKind::Interface && t->methods.empty()) return "interface {}";
  return t->str();
}

void Vm::setSite(const FuncProto* fn, uint32_t pc) {
  heap_.setCurrentSite(heap_.internSite(fn->name, fn->lineAt(pc)));
}

void Vm::startPanic(Goroutine& g, Object* box, bool runtimeError) {
  PanicRec p;
  p.value = box;
  heap_.incref(box);
  p.runtimeError = runtimeError;
  appendTraceback(p.trace, g, false);  // Go prints the stack where the last panic started
  g.panics.push_back(std::move(p));
  g.unwinding = true;
  unwind(g);
}

void Vm::unwind(Goroutine& g) {
  while (true) {
    if (g.frames.empty()) {
      panicDied(g);
      return;
    }
    Frame& f = g.frames.back();
    if (g.defers.size() > f.deferMark) {
      DeferRec d = std::move(g.defers.back());
      g.defers.pop_back();
      if (!pushFrame(g, d.fn->fn, d.fn, d.args.data(), false, 0, kFrameDeferCall | kFramePanicDefer)) {
        heap_.decref(d.fn);
        fatalStackOverflow(g);
        return;
      }
      g.frames.back().panicIndex = static_cast<uint32_t>(g.panics.size() - 1);
      heap_.decref(d.fn);
      return;
    }
    // Unwinding past a deferred call that an earlier panic started ends that
    // panic (Go marks it aborted; a recovery of this one drops it). A newer
    // panic recovered inside that call's own defers leaves it running.
    if ((f.flags & kFramePanicDefer) && f.panicIndex + 1 < g.panics.size())
      g.panics[f.panicIndex].aborted = true;
    bool nested = f.flags & kFrameNested;
    popFrame(g);
    if (nested) {
      nestedPanicked_ = true;
      return;
    }
  }
}

void Vm::panicDied(Goroutine& g) {
  std::string out;
  for (size_t i = 0; i < g.panics.size(); i++) {
    std::string nested;
    std::string text = formatPanicValue(g.panics[i].value, &nested);  // may run Go code
    if (!nested.empty()) {
      out = "fatal error: panic while printing panic value: " + nested + "\n";
      break;
    }
    const PanicRec& p = g.panics[i];
    if (i) out += "\t";
    out += "panic: " + text;
    if (p.recovered) out += " [recovered]";
    out += "\n";
    if (p.value && static_cast<BoxObj*>(p.value)->dynType == program_->runtimeErrorType &&
        strView(static_cast<BoxObj*>(p.value)->payload.ref).find("nil pointer dereference") != std::string_view::npos)
      out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  }
  out += "\ngoroutine " + std::to_string(g.id) + " [running]:\n";
  if (!g.panics.empty()) out += g.panics.back().trace;
  host_.write(2, out);
  g.status = GStatus::Dead;
  finish(2);
}

std::string Vm::formatPanicValue(Object* o, std::string* nestedPanic) {
  if (!o) return "nil";
  auto* b = static_cast<BoxObj*>(o);
  const Type* t = b->dynType;
  if (t == program_->runtimeErrorType) return std::string(strView(b->payload.ref));
  for (const char* method : {"Error", "String"}) {
    if (!findMethodByName(t, method)) continue;
    Slot res[1] = {slotNil()};
    Object* panicked = nullptr;
    if (callMethod(b->payload, t, method, nullptr, 0, res, 1, &panicked)) {
      std::string s(strView(res[0].ref));
      heap_.decref(res[0].ref);
      return s;
    }
    if (!panicked) continue;  // blocked: try the next method, then the plain value
    if (nestedPanic) {
      // Go's preprintpanics: a string value is shown, anything else by type
      auto* pb = static_cast<BoxObj*>(panicked);
      if (pb->dynType == program_->types->basic(TypeKind::String)) *nestedPanic = std::string(strView(pb->payload.ref));
      else *nestedPanic = "type " + pb->dynType->str();
    }
    heap_.decref(panicked);
    break;
  }
  const Type* u = t->underlying();
  std::string v;
  bool basic = true;
  switch (u->kind) {
    case TypeKind::Bool: v = b->payload.u ? "true" : "false"; break;
    case TypeKind::Int: case TypeKind::Int8: case TypeKind::Int16: case TypeKind::Int32: case TypeKind::Int64:
      v = std::to_string(b->payload.i); break;
    case TypeKind::Uint: case TypeKind::Uint8: case TypeKind::Uint16: case TypeKind::Uint32: case TypeKind::Uint64:
    case TypeKind::Uintptr:
      v = std::to_string(b->payload.u); break;
    case TypeKind::Float32: case TypeKind::Float64: v = printFloat(b->payload.f); break;
    case TypeKind::String:
      if (t->isNamed()) return t->str() + "(\"" + std::string(strView(b->payload.ref)) + "\")";
      return std::string(strView(b->payload.ref));
    default: basic = false; break;
  }
  if (basic) return t->isNamed() ? t->str() + "(" + v + ")" : v;
  char buf[32];
  std::snprintf(buf, sizeof buf, "0xc%09llx", static_cast<unsigned long long>(b->payload.ref ? b->payload.ref->id * 16 : 0));
  return "(" + t->str() + ") " + buf;
}

Object* makeRuntimeErrorBox(Vm& vm, Heap& heap, const Program& prog, const std::string& msg) {
  StringObj* s = vm.makeString(msg);
  const Type* t = prog.runtimeErrorType ? prog.runtimeErrorType : vm.stringType();
  return heap.newBox(t, slotRef(s), true);
}

void Vm::runtimePanic(Goroutine& g, const std::string& msg) {
  Object* box = makeRuntimeErrorBox(*this, heap_, *program_, "runtime error: " + msg);
  startPanic(g, box, true);
}

void Vm::nilDeref(Goroutine& g) { runtimePanic(g, "invalid memory address or nil pointer dereference"); }

void Vm::panicMessage(const std::string& msg, bool runtimeError) {
  if (!cur_) return;
  if (runtimeError) {
    runtimePanic(*cur_, msg);
  } else {
    Object* box = makeRuntimeErrorBox(*this, heap_, *program_, msg);
    startPanic(*cur_, box, true);
  }
}

void Vm::panicValue(Slot value, const Type* type) {
  if (!cur_) return;
  Object* box = nullptr;
  if (type && type->isInterface()) {
    box = value.ref;
  } else if (type) {
    SlotKind k = type->slotKind();
    Slot p = value;
    if (k == SlotKind::Value) p.ref = heap_.cloneValue(value.ref);
    box = heap_.newBox(type, p, k != SlotKind::Scalar);
  }
  if (!box) {
    box = makeRuntimeErrorBox(*this, heap_, *program_, "panic called with nil argument (goexit=false)");
  }
  startPanic(*cur_, box, false);
}

void Vm::fatal(const std::string& msg, bool dumpAll) {
  std::string out = "fatal error: " + msg + "\n";
  if (dumpAll) {
    for (auto& gp : gs_) {
      Goroutine& g = *gp;
      if (g.status == GStatus::Dead || g.frames.empty()) continue;
      out += "\n";
      printGoroutine(out, g, false);
    }
  }
  host_.write(2, out);
  finish(2);
}

void Vm::printGoroutine(std::string& out, Goroutine& g, bool running) {
  std::string reason = running ? "running" : (g.waitReason.empty() ? "select (no cases)" : g.waitReason);
  out += "goroutine " + std::to_string(g.id) + " [" + reason + "]:\n";
  appendTraceback(out, g, !running && g.status == GStatus::Blocked);
}

void Vm::fatalStackOverflow(Goroutine& g) {
  std::string out = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n";
  out += "goroutine " + std::to_string(g.id) + " [running]:\n";
  size_t shown = 0;
  for (size_t i = g.frames.size(); i-- > 0 && shown < 50; shown++) {
    const Frame& f = g.frames[i];
    out += f.fn->name + (f.fn->nparams ? "(...)" : "()") + "\n\t" + program_->fileName + ":" +
           std::to_string(frameLine(f)) + "\n";
  }
  if (g.frames.size() > 50) out += "...additional frames elided...\n";
  host_.write(2, out);
  finish(2);
}

void Vm::assertFailed(Goroutine& g, const Type* ifaceType, const Type* target, BoxObj* box) {
  std::string msg = "interface conversion: ";
  if (target->isInterface()) {
    if (!box) {
      msg += "interface is nil, not " + typeName(target);
    } else {
      std::string reason;
      missingMethod(box->dynType, target, &reason);
      std::string m = reason;
      // Go's runtime wording: "T is not I: missing method M", also for a
      // method only *T has (the checker's "method M has pointer receiver")
      size_t p = m.find("missing method ");
      if (p != std::string::npos) {
        m = m.substr(p);
      } else if (m.rfind("method ", 0) == 0 && m.find(" has pointer receiver") != std::string::npos) {
        m = "missing method " + m.substr(7, m.find(' ', 7) - 7);
      }
      msg += box->dynType->str() + " is not " + typeName(target) + ": " + m;
    }
  } else {
    msg += ifaceName(ifaceType) + " is " + (box ? typeName(box->dynType) : std::string("nil")) + ", not " + typeName(target);
  }
  Object* b = makeRuntimeErrorBox(*this, heap_, *program_, msg);
  startPanic(g, b, true);
}

bool Vm::typeImplements(const Type* dyn, const Type* iface) {
  const Type* u = iface->underlying();
  if (u->methods.empty()) return true;
  for (auto& m : u->methods) {
    const Program::MethodEntry* me = findMethodByName(dyn, m.name);
    if (!me) return false;
    // same name, different signature: Unwrap() []error is not Unwrap() error
    if (me->sig && m.sig && me->sig != m.sig) return false;
  }
  return true;
}

const Program::MethodEntry* Vm::findMethodByName(const Type* dyn, const std::string& name) {
  auto it = program_->methods.find(dyn);
  if (it == program_->methods.end()) return nullptr;
  auto jt = it->second.find(name);
  return jt == it->second.end() ? nullptr : &jt->second;
}

const Program::MethodEntry* Vm::findMethod(const Type* dyn, uint16_t nameIndex) {
  size_t slot = ((reinterpret_cast<uintptr_t>(dyn) >> 4) ^ (size_t(nameIndex) * 0x9E37u)) & (kMethodCacheSize - 1);
  MethodCacheEntry& e = methodCache_[slot];
  if (e.dyn == dyn && e.nameIndex == nameIndex && dyn) return e.entry;
  const Program::MethodEntry* me = findMethodByName(dyn, program_->methodNames[nameIndex]);
  e = MethodCacheEntry{dyn, nameIndex, me};  // misses are cached too (a nil entry)
  return me;
}

bool Vm::callMethod(Slot recv, const Type* recvType, const std::string& name, const Slot* args, int nargs,
                    Slot* results, int nresults, Object** panicValue) {
  const Program::MethodEntry* me = findMethodByName(recvType, name);
  if (!me || nestedDepth_ > 64) return false;
  Goroutine* g = cur_;
  if (!g) {
    for (auto& gp : gs_)
      if (gp->status != GStatus::Dead) { g = gp.get(); break; }
    if (!g) g = newGoroutine();
  }
  const FuncProto* fn = me->fn;
  std::vector<Slot> a(fn->nparams, slotNil());
  Slot r = recv;
  if (me->recvAdapt & Program::kRecvDeref) {
    Object* p = r.ref;
    if (!p) return false;
    if (p->kind == ObjKind::Cell) r = static_cast<CellObj*>(p)->value;
    else if (p->kind == ObjKind::Pointer) {
      auto* pp = static_cast<PointerObj*>(p);
      if (pp->base->kind == ObjKind::Struct) r = static_cast<StructObj*>(pp->base)->fields[pp->index];
      else if (pp->base->kind == ObjKind::Array) r = loadElem(static_cast<ArrayObj*>(pp->base), pp->index);
      else r = static_cast<CellObj*>(pp->base)->value;
    }
  }
  if (me->recvAdapt & Program::kRecvClone) r.ref = heap_.cloneValue(r.ref);
  if (!fn->paramIsRef.empty() && fn->paramIsRef[0]) heap_.incref(r.ref);
  if (!a.empty()) a[0] = r;
  for (int i = 0; i < nargs && i + 1 < fn->nparams; i++) {
    a[i + 1] = args[i];
    if (fn->paramIsRef[i + 1]) heap_.incref(args[i].ref);
  }
  uint32_t top = g->frames.empty() ? 0 : g->frames.back().base + g->frames.back().fn->nregs;
  size_t need = static_cast<size_t>(top) + nresults + 1;
  if (g->regs.size() < need) g->regs.resize(need * 2, slotNil());
  size_t depth = g->frames.size();
  nestedGap_ = static_cast<uint32_t>(nresults);
  if (!pushFrame(*g, fn, nullptr, a.data(), false, top, kFrameNested)) {
    nestedGap_ = 0;
    return false;
  }
  Goroutine* saved = cur_;
  cur_ = g;
  nestedDepth_++;
  // A panic inside the method ends at its entry frame: the goroutine's own
  // panics (formatPanicValue runs while they are printed) stay as they were.
  const size_t panicsBefore = g->panics.size();
  const bool unwindingBefore = g->unwinding;
  bool ok = false;
  // The method runs to its end inside this call (the GUI's step budget
  // cannot pause it), so it gets a budget of its own: --max-steps, else
  // kNestedStepLimit, past which the program ends instead of the host
  // hanging on a String() that loops forever.
  constexpr uint64_t kNestedStepLimit = 100'000'000;
  uint64_t nestedSteps = 0;
  while (true) {
    uint64_t executed = 0;
    ExecResult res = execute(*g, uint64_t(1) << 20, &executed);
    steps_ += executed;
    nestedSteps += executed;
    if (res == ExecResult::Yield && !nestedPanicked_) {
      if (opts_.maxSteps && steps_ > opts_.maxSteps && !finished_) {
        stepLimitExceeded();
      } else if (nestedSteps > kNestedStepLimit && !finished_) {
        host_.write(2, "heapscope: method " + name + " called by the runtime did not return after " +
                           std::to_string(kNestedStepLimit) + " steps\n");
        finish(2);
      }
      if (!finished_) continue;
    }
    if (nestedPanicked_) {
      nestedPanicked_ = false;
      if (panicValue && g->panics.size() > panicsBefore) {  // the newest: what recover() would return
        *panicValue = g->panics.back().value;
        heap_.incref(*panicValue);
      }
      while (g->panics.size() > panicsBefore) {
        heap_.decref(g->panics.back().value);
        g->panics.pop_back();
      }
      g->unwinding = unwindingBefore;
      break;
    }
    if (res == ExecResult::Ended && g->frames.size() == depth) {
      ok = !finished_;
      break;
    }
    // blocked, out of steps or program ended inside a String()/Error()
    // method: give up
    while (g->frames.size() > depth) popFrame(*g);
    if (g->status == GStatus::Blocked) g->status = GStatus::Running;
    break;
  }
  nestedDepth_--;
  cur_ = saved;
  Slot* out = g->regs.data() + top;
  for (int i = 0; i < nresults; i++) {
    results[i] = ok ? out[i] : slotNil();
    if (!ok && i < fn->nresults && fn->resultIsRef[i]) heap_.decref(out[i].ref);
    out[i] = slotNil();
  }
  return ok;
}

void Vm::printValue(PrintKind kind, Slot v) {
  std::string s;
  char buf[48];
  switch (kind) {
    case PrintKind::Int: s = std::to_string(v.i); break;
    case PrintKind::Uint: s = std::to_string(v.u); break;
    case PrintKind::Float: s = printFloat(v.f); break;
    case PrintKind::String: s = std::string(strView(v.ref)); break;
    case PrintKind::Bool: s = v.u ? "true" : "false"; break;
    case PrintKind::Pointer:
      std::snprintf(buf, sizeof buf, "0x%llx", v.ref ? static_cast<unsigned long long>(0xc000010000ull + v.ref->id * 16) : 0ull);
      s = buf;
      break;
    case PrintKind::Iface: {
      auto* b = static_cast<BoxObj*>(v.ref);
      std::snprintf(buf, sizeof buf, "(0x%llx,0x%llx)", b ? static_cast<unsigned long long>(0x4a0000 + (reinterpret_cast<uintptr_t>(b->dynType) & 0xffff)) : 0ull,
                    b ? static_cast<unsigned long long>(0xc000010000ull + b->id * 16) : 0ull);
      s = buf;
      break;
    }
    case PrintKind::Slice: {
      auto* sl = static_cast<SliceObj*>(v.ref);
      std::snprintf(buf, sizeof buf, "[%lld/%lld]0x%llx", sl ? static_cast<long long>(sl->len) : 0LL,
                    sl ? static_cast<long long>(sl->cap) : 0LL,
                    sl && sl->array ? static_cast<unsigned long long>(0xc000010000ull + sl->array->id * 16) : 0ull);
      s = buf;
      break;
    }
    case PrintKind::Space: s = " "; break;
    case PrintKind::Newline: s = "\n"; break;
    case PrintKind::Complex: s = "(+0.000000e+000+0.000000e+000i)"; break;
  }
  host_.write(2, s);
}

}  // namespace heapscope
