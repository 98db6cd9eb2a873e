// Channel operations with Go's semantics: direct hand-off between a sender
// and a parked receiver (and vice versa), FIFO buffers, close waking every
// waiter, select with a seeded random choice among ready cases.
//
// A parked goroutine re-executes its instruction when readied; whoever
// completes its operation records the outcome in Goroutine::park (see
// goroutine.h), so the re-executed instruction only collects the result.
#include "vm/chan.h"
#include "heap/layout64.h"

#include <algorithm>
#include <string>

#include "heap/heap.h"
#include "types/types.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

void traverseChan(Object* o, RefVisitor& v) {
  auto* ch = static_cast<ChanObj*>(o);
  if (ch->elemKind == SlotKind::Scalar || !ch->st) return;
  int64_t i = 0;
  for (const Slot& s : ch->st->buf) {
    if (s.ref) v.visit(s.ref, v.wantLabels ? "buffer[" + std::to_string(i) + "]" : std::string());
    i++;
  }
  for (const ChanWaiter& w : ch->st->sendq)
    if (w.value.ref) v.visit(w.value.ref, v.wantLabels ? std::string("waiting send") : std::string());
}

void finalizeChan(Object* o) {
  auto* ch = static_cast<ChanObj*>(o);
  delete ch->st;
  ch->st = nullptr;
}

}  // namespace

void registerChanKind() {
  static bool done = false;
  if (done) return;
  done = true;
  // Hooks are process-wide; any Heap may hold channels.
  Heap h;
  h.setKindHooks(ObjKind::Chan, &traverseChan, &finalizeChan);
}

int64_t chanLen(Object* o, bool cap) {
  if (!o || o->kind != ObjKind::Chan) return 0;
  auto* ch = static_cast<ChanObj*>(o);
  return cap ? ch->cap : static_cast<int64_t>(ch->st->buf.size());
}

static_assert(sizeof(void*) != 8 || sizeof(ChanObj) == layout64::kChan, "see heap/layout64.h");

Object* Vm::makeChan(const Type* chanType, int64_t cap) {
  registerChanKind();
  const Type* elem = chanType->underlying()->elem;
  auto* ch = static_cast<ChanObj*>(heap_.allocate(ObjKind::Chan, sizeof(ChanObj), chanType, layout64::kChan));
  if (!ch) return nullptr;
  ch->elemType = elem;
  ch->elemKind = elem->slotKind();
  ch->cap = cap;
  ch->closed = false;
  ch->st = new ChanState();
  // Go's hchan is 96 bytes plus the buffer (cap * element size).
  if (cap > 0) heap_.adjustExternalBytes(ch, cap * static_cast<int64_t>(sizeof(Slot)));
  return ch;
}

Slot Vm::ownElem(Object* o, Slot v) {
  auto* ch = static_cast<ChanObj*>(o);
  if (ch->elemKind == SlotKind::Ref) heap_.incref(v.ref);
  else if (ch->elemKind == SlotKind::Value) {
    v.ref = heap_.cloneValue(v.ref);
    heap_.incref(v.ref);
  }
  return v;
}

Slot Vm::zeroElem(Object* o) {
  auto* ch = static_cast<ChanObj*>(o);
  Slot z = slotNil();
  if (ch->elemKind == SlotKind::Value) {
    z.ref = zeroValue(ch->elemType);
    heap_.incref(z.ref);
  }
  return z;
}

void Vm::releaseElem(Object* o, Slot v) {
  if (static_cast<ChanObj*>(o)->elemKind != SlotKind::Scalar) heap_.decref(v.ref);
}

// Removes every queue entry of g (a parked plain operation or all cases of
// a parked select), releasing the values of its pending sends.
void Vm::dequeueWaiter(Goroutine& g) {
  for (WaitEntry& e : g.park.entries) {
    if (e.send) releaseElem(e.ch, e.it->value);
    e.it->value = slotNil();
    g.park.spare.splice(g.park.spare.end(), *e.queue, e.it);
  }
  g.park.entries.clear();
}

static void enqueue(Goroutine& g, Object* ch, WaitQueue& q, bool send, Slot value, int caseIndex) {
  WaitQueue& spare = g.park.spare;
  if (spare.empty()) spare.emplace_back();
  q.splice(q.end(), spare, spare.begin());
  q.back() = ChanWaiter{&g, value, caseIndex};
  WaitEntry e;
  e.ch = ch;
  e.queue = &q;
  e.it = std::prev(q.end());
  e.send = send;
  g.park.entries.push_back(e);
}

// Takes the first waiter of q: its entries leave every queue (its send
// value, if any, moves to the caller through *value), and it is marked
// done with `received` (owned) and readied (unless readyNow is false: the
// caller readies it).
static Goroutine* takeWaiter(Vm& vm, WaitQueue& q, Slot* value, Slot received, bool receivedIsRef, bool closed,
                             bool readyNow = true) {
  ChanWaiter& w = q.front();
  Goroutine* g = w.g;
  int caseIndex = w.caseIndex;
  if (value) {
    *value = w.value;
    w.value = slotNil();  // moved: dequeueWaiter must not release it
  }
  vm.dequeueWaiter(*g);
  g->park.done = true;
  g->park.closed = closed;
  g->park.caseIndex = caseIndex;
  g->park.value = received;
  g->park.valueIsRef = receivedIsRef;
  if (readyNow) vm.ready(g);
  return g;
}

Vm::ChanResult Vm::chanSend(Goroutine& g, Object* o, Slot v) {
  if (g.park.done) {
    bool closed = g.park.closed;
    g.park.reset();
    if (closed) {
      panicMessage("send on closed channel", false);
      return ChanResult::Panic;
    }
    return ChanResult::Done;
  }
  if (!o) {
    park(g, "chan send (nil chan)");
    return ChanResult::Blocked;
  }
  auto* ch = static_cast<ChanObj*>(o);
  if (ch->closed) {
    panicMessage("send on closed channel", false);
    return ChanResult::Panic;
  }
  bool isRef = ch->elemKind != SlotKind::Scalar;
  if (!ch->st->recvq.empty()) {
    takeWaiter(*this, ch->st->recvq, nullptr, ownElem(ch, v), isRef, false);
    return ChanResult::Done;
  }
  if (static_cast<int64_t>(ch->st->buf.size()) < ch->cap) {
    ch->st->buf.push_back(ownElem(ch, v));
    return ChanResult::Done;
  }
  enqueue(g, ch, ch->st->sendq, true, ownElem(ch, v), -1);
  park(g, "chan send");
  return ChanResult::Blocked;
}

// Takes one value from a ready channel (buffer first, then a parked sender,
// then closed). Returns false when the channel is not ready.
static bool tryRecv(Vm& vm, ChanObj* ch, Slot* out, bool* ok) {
  ChanState& st = *ch->st;
  if (!st.buf.empty()) {
    *out = st.buf.front();
    st.buf.pop_front();
    *ok = true;
    if (!st.sendq.empty()) {
      // a parked sender's value moves into the freed buffer slot
      Slot v = slotNil();
      takeWaiter(vm, st.sendq, &v, slotNil(), false, false);
      st.buf.push_back(v);
    }
    return true;
  }
  if (!st.sendq.empty()) {
    takeWaiter(vm, st.sendq, out, slotNil(), false, false);  // the value moves to the receiver
    *ok = true;
    return true;
  }
  if (ch->closed) {
    *out = vm.zeroElem(ch);
    *ok = false;
    return true;
  }
  return false;
}

Vm::ChanResult Vm::chanRecv(Goroutine& g, Object* o, Slot* out, bool* ok) {
  if (g.park.done) {
    *ok = !g.park.closed;
    *out = g.park.value;
    if (g.park.closed && o) *out = zeroElem(o);
    g.park.reset();
    return ChanResult::Done;
  }
  if (!o) {
    park(g, "chan receive (nil chan)");
    return ChanResult::Blocked;
  }
  auto* ch = static_cast<ChanObj*>(o);
  if (tryRecv(*this, ch, out, ok)) return ChanResult::Done;
  enqueue(g, ch, ch->st->recvq, false, slotNil(), -1);
  park(g, "chan receive");
  return ChanResult::Blocked;
}

Vm::ChanResult Vm::chanClose(Goroutine& g, Object* o) {
  (void)g;
  if (!o) {
    panicMessage("close of nil channel", false);
    return ChanResult::Panic;
  }
  auto* ch = static_cast<ChanObj*>(o);
  if (ch->closed) {
    panicMessage("close of closed channel", false);
    return ChanResult::Panic;
  }
  ch->closed = true;
  // Every parked receiver gets the zero value, every parked sender panics.
  // Go's closechan collects them (receivers, then senders, in queue order)
  // on a stack and readies them popping it: the last one collected is
  // readied first, so the first receiver ends up running next.
  std::vector<Goroutine*> woken;
  while (!ch->st->recvq.empty()) woken.push_back(takeWaiter(*this, ch->st->recvq, nullptr, slotNil(), false, true, false));
  while (!ch->st->sendq.empty()) woken.push_back(takeWaiter(*this, ch->st->sendq, nullptr, slotNil(), false, true, false));
  for (size_t i = woken.size(); i-- > 0;) ready(woken[i]);
  return ChanResult::Done;
}

bool Vm::chanTrySend(Object* o, Slot v) {
  auto* ch = static_cast<ChanObj*>(o);
  if (!ch || ch->closed) return false;
  bool isRef = ch->elemKind != SlotKind::Scalar;
  if (!ch->st->recvq.empty()) {
    takeWaiter(*this, ch->st->recvq, nullptr, ownElem(ch, v), isRef, false);
    return true;
  }
  if (static_cast<int64_t>(ch->st->buf.size()) < ch->cap) {
    ch->st->buf.push_back(ownElem(ch, v));
    return true;
  }
  return false;
}

Vm::ChanResult Vm::select(Goroutine& g, SelectCase* cases, int n, bool hasDefault, int* chosen) {
  if (g.park.done) {
    int i = g.park.caseIndex;
    bool closed = g.park.closed;
    Slot v = g.park.value;
    g.park.reset();
    *chosen = i;
    SelectCase& c = cases[i];
    if (c.send) {
      if (closed) {
        panicMessage("send on closed channel", false);
        return ChanResult::Panic;
      }
      return ChanResult::Done;
    }
    if (closed) v = zeroElem(c.ch);
    if (c.value) {
      if (static_cast<ChanObj*>(c.ch)->elemKind != SlotKind::Scalar) {
        Object* old = c.value->ref;
        *c.value = v;
        heap_.decref(old);
      } else {
        *c.value = v;
      }
    } else {
      releaseElem(c.ch, v);
    }
    if (c.ok) c.ok->u = closed ? 0 : 1;
    return ChanResult::Done;
  }
  // Poll in a random order (Go's pollorder), seeded.
  std::vector<int> order(static_cast<size_t>(n));
  for (int i = 0; i < n; i++) order[i] = i;
  for (int i = n - 1; i > 0; i--) std::swap(order[i], order[rand(static_cast<uint64_t>(i) + 1)]);
  for (int i : order) {
    SelectCase& c = cases[i];
    if (!c.ch) continue;
    auto* ch = static_cast<ChanObj*>(c.ch);
    if (c.send) {
      if (ch->closed) {
        *chosen = i;
        panicMessage("send on closed channel", false);
        return ChanResult::Panic;
      }
      if (!ch->st->recvq.empty() || static_cast<int64_t>(ch->st->buf.size()) < ch->cap) {
        chanTrySend(ch, *c.value);
        *chosen = i;
        return ChanResult::Done;
      }
      continue;
    }
    Slot v;
    bool ok;
    if (tryRecv(*this, ch, &v, &ok)) {
      if (c.value) {
        if (ch->elemKind != SlotKind::Scalar) {
          Object* old = c.value->ref;
          *c.value = v;
          heap_.decref(old);
        } else {
          *c.value = v;
        }
      } else {
        releaseElem(ch, v);
      }
      if (c.ok) c.ok->u = ok ? 1 : 0;
      *chosen = i;
      return ChanResult::Done;
    }
  }
  if (hasDefault) {
    *chosen = -1;
    return ChanResult::Done;
  }
  // Park on every non-nil channel (in case order).
  for (int i = 0; i < n; i++) {
    SelectCase& c = cases[i];
    if (!c.ch) continue;
    auto* ch = static_cast<ChanObj*>(c.ch);
    if (c.send) enqueue(g, ch, ch->st->sendq, true, ownElem(ch, *c.value), i);
    else enqueue(g, ch, ch->st->recvq, false, slotNil(), i);
  }
  // Go compiles a one-case select without default to the plain channel
  // operation, so its goroutine shows as [chan receive], not [select].
  if (n == 1) {
    const SelectCase& only = cases[0];
    std::string reason = only.send ? "chan send" : "chan receive";
    park(g, only.ch ? reason : reason + " (nil chan)");
  } else {
    park(g, n == 0 ? "select (no cases)" : "select");
  }
  return ChanResult::Blocked;
}

}  // namespace heapscope
