// Goroutine leak detection, the idea of Go's goroutine leak profile: a
// goroutine blocked on channels, a mutex or a WaitGroup can only wake if
// another goroutine that may still run (or a global, or a timer) can reach
// what it waits on. Starting from the roots that can act (globals, timers,
// runnable and sleeping goroutines), reachability grows to the blocked
// goroutines whose wait objects it reaches, until nothing changes; the
// blocked goroutines left over are leaked. A nil-channel wait or `select {}`
// never wakes at all.
//
// Retained bytes of a leaked goroutine: objects reachable from its stack
// that neither the live part of the program nor another leaked goroutine
// reaches (the memory that would be freed with it).
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "heap/heap.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

struct Marker : RefVisitor {
  std::unordered_set<Object*>* marked = nullptr;
  const std::unordered_set<Object*>* stop = nullptr;  // not entered
  std::vector<Object*> work;
  void visit(Object* o, const std::string&) override {
    if (!o || (stop && stop->count(o)) || !marked->insert(o).second) return;
    work.push_back(o);
  }
  void drain() {
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      forEachRef(o, *this);
    }
  }
};

// Every counted reference a goroutine's stack holds.
void goroutineRefs(const Goroutine& g, const std::function<void(Object*)>& fn) {
  for (const Frame& f : g.frames) {
    const Slot* R = g.regs.data() + f.base;
    for (uint16_t r : f.fn->refRegs)
      if (R[r].ref) fn(R[r].ref);
    if (f.closure) fn(f.closure);
  }
  for (const DeferRec& d : g.defers) {
    if (d.fn) fn(d.fn);
    const FuncProto* dfn = d.fn ? d.fn->fn : nullptr;
    for (size_t i = 0; i < d.args.size(); i++)
      if (dfn && i < dfn->paramIsRef.size() && dfn->paramIsRef[i] && d.args[i].ref) fn(d.args[i].ref);
  }
  for (const PanicRec& p : g.panics)
    if (p.value) fn(p.value);
  if (g.park.valueIsRef && g.park.value.ref) fn(g.park.value.ref);
}

bool isSleeping(const Goroutine& g) { return g.waitReason == "sleep"; }

bool neverWakes(const Goroutine& g) {
  return g.waitReason == "select (no cases)" || g.waitReason.find("(nil chan)") != std::string::npos ||
         (g.waitReason == "select" && g.park.entries.empty());
}

}  // namespace

std::vector<Vm::LeakedGoroutine> Vm::findLeaks() {
  std::unordered_set<Object*> live;
  Marker m;
  m.marked = &live;
  // roots that can act: globals, constants, timers ...
  for (size_t i = 0; i < globals_.size(); i++) {
    const GlobalInfo& gi = program_->globals[i];
    if ((gi.isRef || gi.inCell) && globals_[i].ref) m.visit(globals_[i].ref, std::string());
  }
  for (auto& [k, t] : timers_) {
    m.visit(t.chan, std::string());
    m.visit(t.fn, std::string());
  }
  for (auto& h : extraRoots_) h([&](Object* o, const std::string&) { m.visit(o, std::string()); });
  // ... and goroutines that run or will run (sleepers wake on their own)
  std::vector<Goroutine*> blocked;
  for (auto& gp : gs_) {
    Goroutine& g = *gp;
    if (g.status == GStatus::Dead || g.frames.empty()) continue;
    if (g.status == GStatus::Blocked && !isSleeping(g)) {
      blocked.push_back(&g);
      continue;
    }
    goroutineRefs(g, [&](Object* o) { m.visit(o, std::string()); });
  }
  m.drain();
  // grow to blocked goroutines whose wait objects are reachable
  std::vector<bool> reachable(blocked.size(), false);
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 0; i < blocked.size(); i++) {
      if (reachable[i]) continue;
      Goroutine& g = *blocked[i];
      if (neverWakes(g)) continue;
      bool wakeable = false;
      for (const WaitEntry& e : g.park.entries)
        if (live.count(e.ch)) wakeable = true;
      if (Object* sync = g.semaObject(); sync && live.count(sync)) wakeable = true;
      if (!wakeable) continue;
      reachable[i] = true;
      changed = true;
      goroutineRefs(g, [&](Object* o) { m.visit(o, std::string()); });
      m.drain();
    }
  }
  // retained: objects only one leaked goroutine reaches
  std::unordered_map<Object*, int> owners;  // object -> index of the only leaked owner, -1 if shared
  for (size_t i = 0; i < blocked.size(); i++) {
    if (reachable[i]) continue;
    std::unordered_set<Object*> mine;
    Marker mm;
    mm.marked = &mine;
    mm.stop = &live;
    goroutineRefs(*blocked[i], [&](Object* o) { mm.visit(o, std::string()); });
    mm.drain();
    for (Object* o : mine) {
      auto it = owners.find(o);
      if (it == owners.end()) owners[o] = static_cast<int>(i);
      else it->second = -1;
    }
  }
  std::vector<uint64_t> bytes(blocked.size(), 0), objects(blocked.size(), 0);
  leakedTotalBytes_ = leakedTotalObjects_ = 0;
  for (auto& [o, owner] : owners) {
    leakedTotalBytes_ += o->shallowSize;
    leakedTotalObjects_++;
    if (owner >= 0) {
      bytes[owner] += o->shallowSize;
      objects[owner]++;
    }
  }
  std::vector<LeakedGoroutine> out;
  for (size_t i = 0; i < blocked.size(); i++) {
    Goroutine& g = *blocked[i];
    LeakedGoroutine l;
    l.id = g.id;
    l.leaked = !reachable[i];
    l.waitReason = g.waitReason;
    l.createdBy = g.createdBy;
    l.createdAt = program_->fileName + ":" + std::to_string(g.createdLine);
    const Frame& top = g.frames.back();
    l.blockedIn = top.fn->name;
    l.blockedAt = program_->fileName + ":" + std::to_string(top.fn->lineAt(top.pc));
    // the innermost frame of user code is where the program blocks
    for (size_t fi = g.frames.size(); fi-- > 0;) {
      const Frame& f = g.frames[fi];
      if (!f.fn->inMainPackage()) continue;
      l.blockedIn = f.fn->name;
      l.blockedAt = program_->fileName + ":" +
                    std::to_string(fi + 1 == g.frames.size() ? f.fn->lineAt(f.pc) : frameLine(f));
      break;
    }
    l.retainedBytes = bytes[i];
    l.retainedObjects = objects[i];
    out.push_back(l);
  }
  // sleeping goroutines are "still blocked" too (they hold what they hold)
  for (auto& gp : gs_) {
    Goroutine& g = *gp;
    if (g.status != GStatus::Blocked || !isSleeping(g) || g.frames.empty()) continue;
    LeakedGoroutine l;
    l.id = g.id;
    l.waitReason = g.waitReason;
    l.createdBy = g.createdBy;
    l.createdAt = program_->fileName + ":" + std::to_string(g.createdLine);
    const Frame& top = g.frames.back();
    l.blockedIn = top.fn->name;
    l.blockedAt = program_->fileName + ":" + std::to_string(top.fn->lineAt(top.pc));
    out.push_back(l);
  }
  return out;
}

std::string Vm::leakReport() {
  std::vector<LeakedGoroutine> all = findLeaks();
  size_t leaked = 0, blocked = 0;
  for (auto& l : all) (l.leaked ? leaked : blocked)++;
  std::string out;
  if (leaked == 0) out += "no leaked goroutines\n";
  else
    out += std::to_string(leaked) + " leaked goroutine" + (leaked == 1 ? "" : "s") + " (together retaining " +
           std::to_string(leakedTotalBytes_) + " bytes in " + std::to_string(leakedTotalObjects_) + " object" +
           (leakedTotalObjects_ == 1 ? "" : "s") + "):\n";
  auto line = [&](const LeakedGoroutine& l) {
    out += "goroutine " + std::to_string(l.id) + " [" + l.waitReason + "]";
    if (l.leaked)
      out += ": retains " + std::to_string(l.retainedBytes) + " bytes in " + std::to_string(l.retainedObjects) +
             " object" + (l.retainedObjects == 1 ? "" : "s");
    out += "\n\tblocked in " + l.blockedIn + " at " + l.blockedAt + "\n";
    if (!l.createdBy.empty()) out += "\tcreated by " + l.createdBy + " at " + l.createdAt + "\n";
  };
  for (auto& l : all)
    if (l.leaked) line(l);
  if (blocked) {
    out += std::to_string(blocked) + " goroutine" + (blocked == 1 ? "" : "s") + " still blocked (reachable):\n";
    for (auto& l : all)
      if (!l.leaked) line(l);
  }
  return out;
}

}  // namespace heapscope
