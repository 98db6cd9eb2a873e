// Natives of package runtime, answered from the VM (goroutines, scheduler)
// and our heap (statistics, the cycle collector).
#include <algorithm>
#include <cstring>

#include "stdlib/native_util.h"
#include "vm/vm.h"

namespace heapscope::stdlib {

namespace {

Vm& vmOf(NativeCall& c) { return static_cast<Vm&>(c.vm); }

NativeStatus numGoroutine(NativeCall& c) {
  retInt(c, 0, static_cast<int64_t>(vmOf(c).numGoroutine()));
  return NativeStatus::Done;
}

NativeStatus gosched(NativeCall& c) {
  vmOf(c).gosched();
  return NativeStatus::Done;
}

NativeStatus gc(NativeCall& c) {
  c.vm.heap().drainFrees();
  c.vm.heap().collectCycles();
  return NativeStatus::Done;
}

void setField(StructObj* s, const Type* st, const char* name, Slot v) {
  const Type* u = st->underlying();
  for (size_t i = 0; i < u->fields.size() && i < s->nfields; i++)
    if (u->fields[i].name == name) s->fields[i] = v;
}

NativeStatus readMemStats(NativeCall& c) {
  auto* m = static_cast<StructObj*>(c.args[0].ref);
  if (!m) {
    c.vm.panicMessage("invalid memory address or nil pointer dereference", true);
    return NativeStatus::Panic;
  }
  const Type* st = m->type;
  const HeapStats& hs = c.vm.heap().stats();
  auto u = [](uint64_t v) { Slot s; s.u = v; return s; };
  setField(m, st, "Alloc", u(hs.liveBytes));
  setField(m, st, "HeapAlloc", u(hs.liveBytes));
  setField(m, st, "HeapInuse", u(hs.liveBytes));
  setField(m, st, "TotalAlloc", u(hs.totalAllocBytes));
  setField(m, st, "Mallocs", u(hs.mallocs));
  setField(m, st, "Frees", u(hs.frees));
  setField(m, st, "HeapObjects", u(hs.liveObjects));
  setField(m, st, "NumGC", u(hs.numGC & 0xFFFFFFFFu));
  setField(m, st, "Sys", u(std::max<uint64_t>(hs.liveBytes, 4u << 20)));
  setField(m, st, "HeapSys", u(std::max<uint64_t>(hs.liveBytes, 4u << 20)));
  setField(m, st, "EnableGC", u(1));
  return NativeStatus::Done;
}

NativeStatus stack(NativeCall& c) {
  std::string dump = vmOf(c).goroutineDump(c.g, c.args[1].u != 0);
  auto* s = static_cast<SliceObj*>(c.args[0].ref);
  int64_t n = 0;
  if (s && s->array) {
    n = std::min<int64_t>(s->len, static_cast<int64_t>(dump.size()));
    std::memcpy(s->array->data + s->offset, dump.data(), static_cast<size_t>(n));
  }
  retInt(c, 0, n);
  return NativeStatus::Done;
}

}  // namespace

void registerRuntimeNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"runtime.NumGoroutine", numGoroutine},
      {"runtime.Gosched", gosched},
      {"runtime.GC", gc},
      {"runtime.ReadMemStats", readMemStats},
      {"runtime.Stack", stack},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
