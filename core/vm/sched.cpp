// The scheduler's pieces besides run(): readying and parking goroutines
// (Go's runnext + FIFO run queue on one P), the wait queues of sync.*
// objects, timers on the virtual clock, the seeded random source, and the
// goroutine table's housekeeping.
//
// Determinism: every decision depends only on the program and the seed, so
// two runs with the same seed execute the same instructions in the same
// order (the optional scheduling trace records each switch).
#include <algorithm>

#include "types/types.h"
#include "vm/chan.h"
#include "vm/vm.h"

namespace heapscope {

static Slot* fieldsOf(StructObj* s) { return s->fields; }

void Vm::ready(Goroutine* g) {
  if (!g || g->status != GStatus::Blocked) return;
  g->status = GStatus::Runnable;
  g->waitReason.clear();
  g->wakeAt = 0;
  // Go's goready: the woken goroutine runs next; the previous "next" one
  // goes to the back of the queue.
  if (runnext_) runq_.push_back(runnext_);
  runnext_ = g;
}

void Vm::park(Goroutine& g, std::string_view reason) {
  g.status = GStatus::Blocked;
  g.waitReason = reason;
}

void Vm::semaWait(Goroutine& g, void* key, const std::string& reason) {
  semaQueues_[key].push_back(&g);
  g.semaWaiting = true;
  g.semaKey = key;
  park(g, reason);
}

bool Vm::semaWakeOne(void* key) {
  auto it = semaQueues_.find(key);
  if (it == semaQueues_.end()) return false;
  Goroutine* g = it->second.front();
  it->second.pop_front();
  if (it->second.empty()) semaQueues_.erase(it);
  g->semaWaiting = false;
  g->semaKey = nullptr;
  ready(g);
  return true;
}

int Vm::semaWakeAll(void* key) {
  int n = 0;
  while (semaWakeOne(key)) n++;
  return n;
}

bool Vm::semaWakeTicket(void* key, uint64_t ticket) {
  auto it = semaQueues_.find(key);
  if (it == semaQueues_.end()) return false;
  auto& q = it->second;
  for (auto gi = q.begin(); gi != q.end(); ++gi) {
    Goroutine* g = *gi;
    if (g->semaTicket != ticket) continue;
    q.erase(gi);
    if (q.empty()) semaQueues_.erase(it);
    g->semaWaiting = false;
    g->semaKey = nullptr;
    ready(g);
    return true;
  }
  return false;
}

size_t Vm::semaWaiters(void* key) const {
  auto it = semaQueues_.find(key);
  return it == semaQueues_.end() ? 0 : it->second.size();
}

Goroutine* Vm::pickNext() {
  if (runnext_) {
    Goroutine* g = runnext_;
    runnext_ = nullptr;
    return g;
  }
  while (!runq_.empty()) {
    Goroutine* g = runq_.front();
    runq_.pop_front();
    if (g->status == GStatus::Runnable) return g;
  }
  return nullptr;
}

size_t Vm::numGoroutine() const {
  size_t n = 0;
  for (auto& g : gs_)
    if (g->status != GStatus::Dead) n++;
  return n;
}

uint64_t Vm::rand(uint64_t n) {
  if (rngState_ == 0) {
    // splitmix64 of the seed: distinct seeds give unrelated sequences
    uint64_t z = opts_.seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    rngState_ = (z ^ (z >> 31)) | 1;
  }
  // xorshift64*
  rngState_ ^= rngState_ >> 12;
  rngState_ ^= rngState_ << 25;
  rngState_ ^= rngState_ >> 27;
  uint64_t r = rngState_ * 0x2545F4914F6CDD1Dull;
  return n ? (r >> 11) % n : 0;
}

// ---------------------------------------------------------------- timers

int64_t Vm::addTimer(TimerKind kind, uint64_t when, uint64_t period, Goroutine* g, Object* chan, Object* fn) {
  Timer t;
  t.id = nextTimerId_++;
  t.kind = kind;
  t.when = when;
  t.period = period;
  t.g = g;
  t.chan = chan;
  t.fn = fn;
  heap_.incref(chan);
  heap_.incref(fn);
  timers_[{when, t.id}] = t;
  timerWhen_[t.id] = when;
  return t.id;
}

bool Vm::timerPending(int64_t id) const { return timerWhen_.count(id) != 0; }

bool Vm::stopTimer(int64_t id) {
  auto it = timerWhen_.find(id);
  if (it == timerWhen_.end()) return false;
  auto tt = timers_.find({it->second, id});
  if (tt != timers_.end()) {
    heap_.decref(tt->second.chan);
    heap_.decref(tt->second.fn);
    timers_.erase(tt);
  }
  timerWhen_.erase(it);
  return true;
}

bool Vm::resetTimer(int64_t id, uint64_t when, uint64_t period) {
  auto it = timerWhen_.find(id);
  if (it == timerWhen_.end()) return false;
  auto tt = timers_.find({it->second, id});
  Timer t = tt->second;
  timers_.erase(tt);
  t.when = when;
  t.period = period;
  timers_[{when, id}] = t;
  it->second = when;
  return true;
}

void Vm::fireTimer(Timer& t) {
  switch (t.kind) {
    case TimerKind::Wake:
      if (t.g && t.g->status == GStatus::Blocked) {
        t.g->park.done = true;
        ready(t.g);
      }
      break;
    case TimerKind::SendTime: {
      // The channel's element is time.Time: {sec since year 1, nsec,
      // monotonic reading} (time_prelude.cpp).
      auto* ch = static_cast<ChanObj*>(t.chan);
      Slot v = slotNil();
      Object* tv = nullptr;
      if (ch->elemKind == SlotKind::Value) {
        tv = zeroValue(ch->elemType);
        heap_.incref(tv);
        auto* st = static_cast<StructObj*>(tv);
        if (tv && tv->kind == ObjKind::Struct && st->nfields >= 3) {
          fieldsOf(st)[0].i = static_cast<int64_t>(clock_ / 1000000000ull) + 62135596800ll;
          fieldsOf(st)[1].i = static_cast<int64_t>(clock_ % 1000000000ull);
          fieldsOf(st)[2].i = static_cast<int64_t>(clock_ - kClockStart) + 1;
        }
        v.ref = tv;
      } else {
        v.u = clock_;
      }
      chanTrySend(ch, v);
      heap_.decref(tv);
      break;
    }
    case TimerKind::Call: {
      auto* cl = static_cast<ClosureObj*>(t.fn);
      if (cl) {
        Goroutine* g = newGoroutine();
        g->createdBy = "time.goFunc";
        g->createdLine = 0;
        g->createdByGoid = 0;
        g->startStep = steps_;
        pushFrame(*g, cl->fn, cl, nullptr, false, 0, kFrameDiscard);
        if (runnext_) runq_.push_back(runnext_);
        runnext_ = g;
      }
      break;
    }
  }
  if (t.period > 0 && t.kind == TimerKind::SendTime) {
    // tickers: next tick after now, skipping missed ones (Go's rule)
    uint64_t next = t.when + t.period * (1 + (clock_ - t.when) / t.period);
    t.when = next;
    timers_[{next, t.id}] = t;
    timerWhen_[t.id] = next;
    return;
  }
  heap_.decref(t.chan);
  heap_.decref(t.fn);
}

bool Vm::fireTimers() {
  if (timers_.empty()) return false;
  uint64_t when = timers_.begin()->first.first;
  if (when > clock_) clock_ = when;
  while (!timers_.empty() && timers_.begin()->first.first <= clock_) {
    Timer t = timers_.begin()->second;
    timers_.erase(timers_.begin());
    timerWhen_.erase(t.id);
    fireTimer(t);
  }
  return true;
}

void Vm::releaseTimers() {
  for (auto& [k, t] : timers_) {
    heap_.decref(t.chan);
    heap_.decref(t.fn);
  }
  timers_.clear();
  timerWhen_.clear();
}

// ---------------------------------------------------------------- goroutines

void Vm::goroutineExited(Goroutine& g) {
  releaseGoroutine(g);
  std::vector<Slot>().swap(g.regs);
  std::vector<Frame>().swap(g.frames);
  if (++deadCount_ > 4096 && deadCount_ > gs_.size() / 2) compactGoroutines();
}

// Drops dead goroutines from the table (a long-running program may start
// millions). Nothing keeps pointers to dead goroutines: queues, timers and
// channel waiters only refer to live ones.
void Vm::compactGoroutines() {
  gs_.erase(std::remove_if(gs_.begin(), gs_.end(),
                           [&](const std::unique_ptr<Goroutine>& g) {
                             return g->status == GStatus::Dead && g.get() != cur_;
                           }),
            gs_.end());
  deadCount_ = 0;
}

}  // namespace heapscope
