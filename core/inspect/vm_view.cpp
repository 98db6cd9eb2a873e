// VmRuntimeView (vm_view.h): roots classified from Vm::forEachRoot labels,
// goroutines/frames/locals from the VM's read-only view.
#include "inspect/vm_view.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <string>

#include "inspect/capture_util.h"
#include "inspect/snapshot.h"
#include "types/types.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

std::string stateOf(const Goroutine& g, bool current, bool programEnded) {
  // Once the program has ended nothing runs: the goroutine that ended it
  // (main returning, os.Exit, a panic) is "exited", not "running"; blocked
  // ones keep their wait reason (they were stuck when it ended).
  if (programEnded && (current || g.status == GStatus::Running || g.status == GStatus::Dead)) return "exited";
  if (current) return "running";
  switch (g.status) {
    case GStatus::Runnable: return "runnable";
    case GStatus::Running: return "running";
    case GStatus::Blocked: return g.waitReason.empty() ? std::string("blocked") : g.waitReason;
    case GStatus::Dead: return "dead";
  }
  return "";
}

// What a blocked goroutine waits on, from the state the VM keeps to wake it
// (and that Vm::findLeaks reads the same way): its entries in channel wait
// queues, or the sync object whose wait queue it sits in.
std::vector<Object*> waitObjects(const Goroutine& g) {
  std::vector<Object*> out;
  if (g.status != GStatus::Blocked) return out;
  for (const WaitEntry& e : g.park.entries)
    if (e.ch && std::find(out.begin(), out.end(), e.ch) == out.end()) out.push_back(e.ch);
  if (Object* sync = g.semaObject()) out.push_back(sync);
  return out;
}

std::string scalarPreview(const Type* t, Slot v) {
  const Type* u = t ? t->underlying() : nullptr;
  if (!u) return std::to_string(v.i);
  if (u->isBoolean()) return v.i ? "true" : "false";
  if (u->isFloat()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v.f);
    return buf;
  }
  if (u->isUnsigned()) return std::to_string(v.u);
  return std::to_string(v.i);
}

}  // namespace

void VmRuntimeView::forEachRootRef(const std::function<void(const RootRef&)>& fn) {
  const auto& gs = vm_.goroutines();
  // Per goroutine: the VM frame index the last frame label matched.
  std::vector<size_t> cursor(gs.size(), 0);
  vm_.forEachRoot([&](Object* obj, const std::string& label) {
    RootRef r;
    r.obj = obj;
    r.label = label;
    std::string_view l = label;
    if (l.rfind("global ", 0) == 0) {
      r.kind = RootKind::Global;
    } else if (l.rfind("goroutine ", 0) == 0) {
      int id = 0;
      auto res = std::from_chars(l.data() + 10, l.data() + l.size(), id);
      size_t gi = 0;
      while (gi < gs.size() && gs[gi]->id != id) ++gi;
      r.kind = RootKind::VmTemp;
      if (gi < gs.size()) {
        r.goroutine = static_cast<int>(gi);
        std::string_view rest(res.ptr, static_cast<size_t>(l.data() + l.size() - res.ptr));
        size_t framePos = rest.find(" frame: ");
        if (framePos != std::string_view::npos && rest.size() > 1) {
          std::string_view func = rest.substr(1, framePos - 1);
          const auto& frames = gs[gi]->frames;
          size_t& c = cursor[gi];
          while (c < frames.size() && !(frames[c].fn && frames[c].fn->name == func)) ++c;
          if (c < frames.size()) {
            r.kind = RootKind::FrameSlot;
            r.frame = static_cast<int>(frames.size() - 1 - c);  // [0] = innermost
          } else {
            c = 0;  // not found in order: leave it goroutine-level
          }
        }
      }
    } else if (l == "string constant") {
      r.kind = RootKind::VmTemp;
    } else {
      r.kind = classifyRootLabel(l);
    }
    fn(r);
  });
}

void VmRuntimeView::describeGoroutines(std::vector<GoroutineInfo>& out) {
  const auto& gs = vm_.goroutines();
  for (const auto& gp : gs) {
    const Goroutine& g = *gp;
    GoroutineInfo info;
    info.goid = static_cast<uint64_t>(g.id);
    info.state = stateOf(g, vm_.currentGoroutine() == gp.get(), vm_.finished());
    info.createdLine = g.createdLine;
    if (!g.frames.empty() && g.frames.front().fn) info.startFunction = g.frames.front().fn->name;
    info.waitsOn = waitObjects(g);
    for (size_t k = g.frames.size(); k-- > 0;) {  // innermost first
      const Frame& f = g.frames[k];
      FrameInfo fr;
      fr.function = f.fn ? f.fn->name : "?";
      // The innermost frame is about to execute pc (the line a debugger
      // shows as current); callers are in the middle of their call at pc-1.
      fr.line = k + 1 == g.frames.size() ? f.fn->lineAt(f.pc) : Vm::frameLine(f);
      for (const LocalView& lv : vm_.frameLocals(g, k)) {
        LocalInfo li;
        li.name = lv.name;
        li.typeName = lv.type ? lv.type->str(true) : "";
        if (lv.inCell) {
          li.obj = lv.cell;
        } else if (lv.isRef) {
          li.obj = lv.value.ref;
        }
        if (lv.isRef) li.value = lv.value.ref ? objectPreview(lv.value.ref, 32) : "nil";
        else li.value = scalarPreview(lv.type, lv.value);
        if (lv.isRef && lv.value.ref && lv.value.ref->kind == ObjKind::String) li.value = "\"" + li.value + "\"";
        fr.locals.push_back(std::move(li));
      }
      info.frames.push_back(std::move(fr));
    }
    out.push_back(std::move(info));
  }
}

}  // namespace heapscope
