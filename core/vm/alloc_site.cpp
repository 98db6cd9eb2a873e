// Allocation sites: the heap asks the VM for "where are we" only when it
// allocates (Heap::SiteResolver), so the interpreter loop never records
// anything per instruction. The answer is the running goroutine's innermost
// frame of the user's package (frames of Go-written stdlib preludes are
// skipped: "allocated by strings.Repeat in its prelude" tells a user
// nothing; the call in their program does), at that frame's saved pc.
// Interned once per (function, pc): a site costs one indirect call and one
// vector index per allocation afterwards (bench/alloc.go: within noise).
#include "vm/vm.h"

namespace heapscope {

uint32_t Vm::resolveAllocSite(void* ctx) {
  Vm& vm = *static_cast<Vm*>(ctx);
  Goroutine* g = vm.cur_;
  if (!g || g->frames.empty()) return 0;  // VM setup, scheduler, finalisers: "(runtime)"
  auto sitesOf = [&](const FuncProto* fn) -> FuncSites* {
    size_t i = static_cast<size_t>(fn->index);
    return fn->index >= 0 && i < vm.sitesByFunc_.size() ? &vm.sitesByFunc_[i] : nullptr;
  };
  const Frame* f = &g->frames.back();
  FuncSites* fs = sitesOf(f->fn);
  if (!fs) return 0;  // not one of the program's functions
  if (!fs->user) {
    for (size_t i = g->frames.size(); i-- > 0;) {
      FuncSites* s = sitesOf(g->frames[i].fn);
      if (s && s->user) {
        f = &g->frames[i];
        fs = s;
        break;
      }
    }
  }
  const FuncProto* fn = f->fn;
  if (fs->byPc.size() != fn->code.size() + 1) fs->byPc.assign(fn->code.size() + 1, 0);
  uint32_t pc = f->pc <= fn->code.size() ? f->pc : static_cast<uint32_t>(fn->code.size());
  uint32_t& site = fs->byPc[pc];
  if (!site) {
    int line = frameLine(*f);
    // line 0: code without a line of the program's file (package variable
    // initialisers of the standard library's preludes, run by main.init)
    if (line <= 0) return 0;
    site = vm.heap_.internSite(fn->name, line);
  }
  return site;
}

}  // namespace heapscope
