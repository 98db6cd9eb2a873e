// Natives of package sync: the blocking operations. A goroutine that cannot
// proceed parks on the VM wait queue of the object (Vm::semaWait) and the
// call is re-executed when it is woken, so each native re-checks the state
// ("barging", as Go's mutex in normal mode).
#include "stdlib/native_util.h"
#include "vm/vm.h"

namespace heapscope::stdlib {

namespace {

Vm& vmOf(NativeCall& c) { return static_cast<Vm&>(c.vm); }

// Fields of a struct object (a flexible array; indexing the declared [1]
// directly makes clang warn).
Slot* fieldsOf(StructObj* s) { return s->fields; }


StructObj* recv(NativeCall& c) { return static_cast<StructObj*>(c.args[0].ref); }

NativeStatus nilRecv(NativeCall& c) {
  c.vm.panicMessage("invalid memory address or nil pointer dereference", true);
  return NativeStatus::Panic;
}

// A second wait queue per object (RWMutex readers).
void* readerKey(StructObj* m) { return reinterpret_cast<char*>(m) + 1; }

// ---- Mutex {state, sema}
NativeStatus mutexLock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  if (fieldsOf(m)[0].i == 0) {
    fieldsOf(m)[0].i = 1;
    return NativeStatus::Done;
  }
  // wait reasons as Go >= 1.20 names them in goroutine dumps (runtime/sema.go)
  vmOf(c).semaWait(c.g, m, "sync.Mutex.Lock");
  return NativeStatus::Block;
}

NativeStatus mutexUnlock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  if (fieldsOf(m)[0].i == 0) {
    vmOf(c).fatalRunning("sync: unlock of unlocked mutex");
    return NativeStatus::Exit;
  }
  fieldsOf(m)[0].i = 0;
  vmOf(c).semaWakeOne(m);
  return NativeStatus::Done;
}

NativeStatus mutexTryLock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  bool ok = fieldsOf(m)[0].i == 0;
  if (ok) fieldsOf(m)[0].i = 1;
  retBool(c, 0, ok);
  return NativeStatus::Done;
}

// ---- RWMutex {w, readers, pendingWriters}; readers queue behind a waiting writer
NativeStatus rwLock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  if (fieldsOf(m)[0].i == 0 && fieldsOf(m)[1].i == 0) {
    fieldsOf(m)[0].i = 1;
    if (c.g.semaCounted) {
      fieldsOf(m)[2].i--;
      c.g.semaCounted = false;
    }
    return NativeStatus::Done;
  }
  if (!c.g.semaCounted) {
    fieldsOf(m)[2].i++;
    c.g.semaCounted = true;
  }
  vmOf(c).semaWait(c.g, m, "sync.RWMutex.Lock");
  return NativeStatus::Block;
}

NativeStatus rwUnlock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  if (fieldsOf(m)[0].i == 0) {
    vmOf(c).fatalRunning("sync: Unlock of unlocked RWMutex");
    return NativeStatus::Exit;
  }
  fieldsOf(m)[0].i = 0;
  vmOf(c).semaWakeAll(readerKey(m));
  vmOf(c).semaWakeOne(m);
  return NativeStatus::Done;
}

NativeStatus rwRLock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  if (fieldsOf(m)[0].i == 0 && fieldsOf(m)[2].i == 0) {
    fieldsOf(m)[1].i++;
    return NativeStatus::Done;
  }
  vmOf(c).semaWait(c.g, readerKey(m), "sync.RWMutex.RLock");
  return NativeStatus::Block;
}

NativeStatus rwRUnlock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  if (fieldsOf(m)[1].i <= 0) {
    vmOf(c).fatalRunning("sync: RUnlock of unlocked RWMutex");
    return NativeStatus::Exit;
  }
  if (--fieldsOf(m)[1].i == 0) vmOf(c).semaWakeOne(m);
  return NativeStatus::Done;
}

NativeStatus rwTryLock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  bool ok = fieldsOf(m)[0].i == 0 && fieldsOf(m)[1].i == 0;
  if (ok) fieldsOf(m)[0].i = 1;
  retBool(c, 0, ok);
  return NativeStatus::Done;
}

NativeStatus rwTryRLock(NativeCall& c) {
  StructObj* m = recv(c);
  if (!m) return nilRecv(c);
  bool ok = fieldsOf(m)[0].i == 0 && fieldsOf(m)[2].i == 0;
  if (ok) fieldsOf(m)[1].i++;
  retBool(c, 0, ok);
  return NativeStatus::Done;
}

// ---- WaitGroup {n, waiters}
NativeStatus wgAddDelta(NativeCall& c, int64_t delta) {
  StructObj* wg = recv(c);
  if (!wg) return nilRecv(c);
  fieldsOf(wg)[0].i += delta;
  if (fieldsOf(wg)[0].i < 0) {
    fieldsOf(wg)[0].i -= delta;
    c.vm.panicMessage("sync: negative WaitGroup counter", false);
    return NativeStatus::Panic;
  }
  if (fieldsOf(wg)[0].i == 0) vmOf(c).semaWakeAll(wg);
  return NativeStatus::Done;
}

NativeStatus wgAdd(NativeCall& c) { return wgAddDelta(c, c.args[1].i); }
NativeStatus wgDone(NativeCall& c) { return wgAddDelta(c, -1); }

NativeStatus wgWait(NativeCall& c) {
  StructObj* wg = recv(c);
  if (!wg) return nilRecv(c);
  if (fieldsOf(wg)[0].i == 0) return NativeStatus::Done;
  vmOf(c).semaWait(c.g, wg, "semacquire");
  return NativeStatus::Block;
}

// ---- Cond {L, wait, notify}: tickets in arrival order
NativeStatus condTicket(NativeCall& c) {
  StructObj* cd = recv(c);
  if (!cd) return nilRecv(c);
  uint32_t t = static_cast<uint32_t>(fieldsOf(cd)[1].u);
  fieldsOf(cd)[1].u = static_cast<uint32_t>(t + 1);
  retUint(c, 0, t);
  return NativeStatus::Done;
}

NativeStatus condWaitTicket(NativeCall& c) {
  StructObj* cd = recv(c);
  if (!cd) return nilRecv(c);
  uint32_t t = static_cast<uint32_t>(c.args[1].u);
  uint32_t notify = static_cast<uint32_t>(fieldsOf(cd)[2].u);
  if (static_cast<int32_t>(t - notify) < 0) return NativeStatus::Done;  // already signalled
  c.g.semaTicket = t;
  vmOf(c).semaWait(c.g, cd, "sync.Cond.Wait");
  return NativeStatus::Block;
}

NativeStatus condSignal(NativeCall& c) {
  StructObj* cd = recv(c);
  if (!cd) return nilRecv(c);
  uint32_t wait = static_cast<uint32_t>(fieldsOf(cd)[1].u), notify = static_cast<uint32_t>(fieldsOf(cd)[2].u);
  if (wait == notify) return NativeStatus::Done;
  fieldsOf(cd)[2].u = static_cast<uint32_t>(notify + 1);
  vmOf(c).semaWakeTicket(cd, notify);
  return NativeStatus::Done;
}

NativeStatus condBroadcast(NativeCall& c) {
  StructObj* cd = recv(c);
  if (!cd) return nilRecv(c);
  fieldsOf(cd)[2].u = fieldsOf(cd)[1].u;
  vmOf(c).semaWakeAll(cd);
  return NativeStatus::Done;
}

// ---- sync/atomic
NativeStatus atomicPin(NativeCall& c) {
  c.g.pinned = true;
  return NativeStatus::Done;
}

NativeStatus atomicUnpin(NativeCall& c) {
  c.g.pinned = false;
  return NativeStatus::Done;
}

}  // namespace

void registerSyncNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"sync.(*Mutex).Lock", mutexLock},
      {"sync.(*Mutex).Unlock", mutexUnlock},
      {"sync.(*Mutex).TryLock", mutexTryLock},
      {"sync.(*RWMutex).Lock", rwLock},
      {"sync.(*RWMutex).Unlock", rwUnlock},
      {"sync.(*RWMutex).RLock", rwRLock},
      {"sync.(*RWMutex).RUnlock", rwRUnlock},
      {"sync.(*RWMutex).TryLock", rwTryLock},
      {"sync.(*RWMutex).TryRLock", rwTryRLock},
      {"sync.(*WaitGroup).Add", wgAdd},
      {"sync.(*WaitGroup).Done", wgDone},
      {"sync.(*WaitGroup).Wait", wgWait},
      {"sync.runtime_notifyListAdd", condTicket},
      {"sync.runtime_notifyListWait", condWaitTicket},
      {"sync.(*Cond).Signal", condSignal},
      {"sync.(*Cond).Broadcast", condBroadcast},
      {"sync/atomic.pin", atomicPin},
      {"sync/atomic.unpin", atomicUnpin},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
