// What blocked goroutines wait on and who holds it (core/inspect/waits.cpp,
// SnapshotGoroutine::waitsOn filled by VmRuntimeView): synthetic graphs for
// the "can anything still wake it?" fixpoint, and real programs paused at a
// breakpoint for channels, select and sync objects.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "api/session.h"
#include "inspect/snapshot.h"
#include "inspect/vm_view.h"
#include "inspect/waits.h"
#include "vm/vm.h"

namespace heapscope {
namespace {

struct Capture : Host {
  std::string out;
  void write(int, std::string_view bytes) override { out += bytes; }
};

SnapshotGoroutine goroutine(SnapshotBuilder& b, uint64_t goid, const char* state, std::vector<NodeIndex> waitsOn) {
  SnapshotGoroutine g;
  g.goid = goid;
  g.state = b.intern(state);
  g.startFunction = b.intern("main.worker");
  SnapshotFrame f;
  f.function = b.intern("main.worker");
  f.line = 12;
  g.frames.push_back(f);
  g.waitsOn = std::move(waitsOn);
  return g;
}

// Goroutine 0 (running) holds chan A; goroutine 1 waits on A; goroutine 2
// waits on chan B, which only goroutine 1 holds (it can be woken, so 2 can
// be too); goroutine 3 waits on chan C, held only by itself and by
// goroutine 4, which waits on D that nobody else holds: 3 and 4 are leaked.
TEST(InspectWaits, FixpointWakesChainsAndFindsLeaks) {
  SnapshotBuilder b;
  uint32_t A = b.addNode(10, ObjKind::Chan, "chan int", 96);
  uint32_t B = b.addNode(11, ObjKind::Chan, "chan int", 96);
  uint32_t C = b.addNode(12, ObjKind::Chan, "chan int", 96);
  uint32_t D = b.addNode(13, ObjKind::Chan, "chan int", 96);
  uint32_t cell = b.addNode(14, ObjKind::Cell, "cell chan int", 16);
  b.addEdge(cell, C, "value");
  b.addRoot(A, "goroutine 1 main.main frame: a", RootKind::FrameSlot, 0, 0);
  b.addRoot(A, "goroutine 2 main.worker frame: a", RootKind::FrameSlot, 1, 0);
  b.addRoot(B, "goroutine 2 main.worker frame: b", RootKind::FrameSlot, 1, 0);
  b.addRoot(B, "goroutine 3 main.worker frame: b", RootKind::FrameSlot, 2, 0);
  b.addRoot(C, "goroutine 4 main.worker frame: c", RootKind::FrameSlot, 3, 0);
  b.addRoot(cell, "goroutine 5 main.worker frame: c", RootKind::FrameSlot, 4, 0);
  b.addRoot(D, "goroutine 5 main.worker frame: d", RootKind::FrameSlot, 4, 0);
  b.addGoroutine(goroutine(b, 1, "running", {}));
  b.addGoroutine(goroutine(b, 2, "chan receive", {A}));
  b.addGoroutine(goroutine(b, 3, "chan send", {B}));
  b.addGoroutine(goroutine(b, 4, "chan send", {C}));
  b.addGoroutine(goroutine(b, 5, "select", {D, D}));
  Snapshot s = b.finish();
  WaitAnalysis w = analyzeWaits(s);

  EXPECT_EQ(w.leaked, (std::vector<uint8_t>{0, 0, 0, 1, 1}));
  EXPECT_EQ(w.leakedCount, 2u);
  EXPECT_EQ(w.canAct, (std::vector<uint8_t>{1, 1, 1, 0, 0}));
  ASSERT_EQ(w.objects.size(), 4u);  // D once, though listed twice
  ASSERT_EQ(w.ofGoroutine[4].size(), 1u);

  const WaitObject& a = w.objects[static_cast<size_t>(w.find(s.findId(10)))];
  EXPECT_TRUE(a.reachable);
  EXPECT_EQ(a.waiters, (std::vector<uint32_t>{1}));
  EXPECT_EQ(a.wakePath.text, "goroutine 1 main.main frame: a \xE2\x86\x92 chan int");
  ASSERT_EQ(a.holders.size(), 2u);  // both frame slots
  EXPECT_EQ(a.holders[0].goroutine, 0);
  EXPECT_TRUE(a.holders[0].live);
  EXPECT_EQ(a.holders[0].referrer, kNoNode);

  const WaitObject& bObj = w.objects[static_cast<size_t>(w.find(s.findId(11)))];
  EXPECT_TRUE(bObj.reachable);
  EXPECT_EQ(bObj.wakePath.text, "goroutine 2 main.worker frame: b \xE2\x86\x92 chan int");

  const WaitObject& c = w.objects[static_cast<size_t>(w.find(s.findId(12)))];
  EXPECT_FALSE(c.reachable);
  EXPECT_FALSE(c.wakePath.found);
  ASSERT_EQ(c.holders.size(), 2u);  // goroutine 4's slot, then goroutine 5's cell
  EXPECT_EQ(c.holders[0].goroutine, 3);
  EXPECT_EQ(c.holders[1].goroutine, 4);
  EXPECT_EQ(c.holders[1].referrer, s.findId(14));
  EXPECT_FALSE(c.holders[1].live);
  EXPECT_EQ(c.holders[1].path.text, "goroutine 5 main.worker frame: c \xE2\x86\x92 value \xE2\x86\x92 chan int");
}

TEST(InspectWaits, GlobalsAndSleepersCanActNothingWaitingCostsNothing) {
  SnapshotBuilder b;
  uint32_t A = b.addNode(10, ObjKind::Chan, "chan int", 96);
  uint32_t B = b.addNode(11, ObjKind::Chan, "chan int", 96);
  b.addRoot(A, "global main.jobs", RootKind::Global);
  b.addRoot(B, "goroutine 2 main.sleeper frame: b", RootKind::FrameSlot, 1, 0);
  b.addGoroutine(goroutine(b, 1, "chan receive", {A}));
  b.addGoroutine(goroutine(b, 2, "sleep", {}));
  b.addGoroutine(goroutine(b, 3, "chan receive", {B}));
  b.addGoroutine(goroutine(b, 4, "select (no cases)", {}));
  Snapshot s = b.finish();
  WaitAnalysis w = analyzeWaits(s);
  EXPECT_EQ(w.leaked, (std::vector<uint8_t>{0, 0, 0, 1}));  // select {} never wakes
  EXPECT_EQ(w.waiting, (std::vector<uint8_t>{1, 0, 1, 1}));
  EXPECT_EQ(w.objects[0].wakePath.text, "global main.jobs \xE2\x86\x92 chan int");

  SnapshotBuilder b2;
  b2.addNode(10, ObjKind::Chan, "chan int", 96);
  b2.addGoroutine(goroutine(b2, 1, "runnable", {}));
  WaitAnalysis none = analyzeWaits(b2.finish());
  EXPECT_TRUE(none.objects.empty());
  EXPECT_EQ(none.leakedCount, 0u);
}

// Runs `program` to the breakpoint on `line` and analyses its snapshot.
struct Paused {
  Capture host;
  Session session{host};
  Snapshot snap;
  WaitAnalysis waits;
  explicit Paused(const char* program, int line) {
    EXPECT_TRUE(session.compile(program));
    session.setBreakpoints({line});
    RunStatus st;
    do st = session.run(100000);
    while (st == RunStatus::BudgetUsed);
    EXPECT_EQ(st, RunStatus::Breakpoint);
    VmRuntimeView view(*session.vm());
    snap = takeSnapshot(session.vm()->heap(), *session.vm(), &view);
    waits = analyzeWaits(snap);
  }
  size_t byGoid(uint64_t goid) const {
    for (size_t i = 0; i < snap.goroutines.size(); ++i)
      if (snap.goroutines[i].goid == goid) return i;
    ADD_FAILURE() << "no goroutine " << goid;
    return 0;
  }
};

TEST(InspectWaits, LeakedSenderWaitsOnAChannelOnlyItHolds) {
  Paused p(
      "package main\n"                                // 1
      "\n"                                            // 2
      "import \"time\"\n"                             // 3
      "\n"                                            // 4
      "func fetch() {\n"                              // 5
      "\tch := make(chan []byte)\n"                   // 6
      "\tgo func() { ch <- make([]byte, 64) }()\n"    // 7
      "\tselect {\n"                                  // 8
      "\tcase <-time.After(time.Millisecond):\n"      // 9
      "\t}\n"                                         // 10
      "}\n"                                           // 11
      "\n"                                            // 12
      "func main() {\n"                               // 13
      "\tfetch()\n"                                   // 14
      "\ttime.Sleep(time.Second)\n"                   // 15
      "\tprintln(\"done\")\n"                         // 16
      "}\n",                                          // 17
      16);
  size_t worker = p.byGoid(2);
  const SnapshotGoroutine& g = p.snap.goroutines[worker];
  EXPECT_EQ(p.snap.str(g.state), "chan send");
  ASSERT_EQ(g.waitsOn.size(), 1u);
  EXPECT_EQ(p.snap.kind[g.waitsOn[0]], ObjKind::Chan);
  EXPECT_EQ(p.snap.typeOf(g.waitsOn[0]), "chan []uint8");
  EXPECT_TRUE(p.waits.leaked[worker]);
  EXPECT_EQ(p.waits.leakedCount, 1u);
  const WaitObject& ch = p.waits.objects[p.waits.ofGoroutine[worker][0]];
  EXPECT_FALSE(ch.reachable);
  ASSERT_FALSE(ch.holders.empty());
  for (const WaitHolder& h : ch.holders) {
    EXPECT_EQ(h.goroutine, static_cast<int>(worker)) << h.path.text;  // only the worker itself
    EXPECT_FALSE(h.live);
  }
  bool viaClosure = false;
  for (const WaitHolder& h : ch.holders) viaClosure |= h.path.text.find("frame: closure") != std::string::npos;
  EXPECT_TRUE(viaClosure);
  // main is running, not waiting
  EXPECT_FALSE(p.waits.waiting[p.byGoid(1)]);
}

TEST(InspectWaits, ReceiverInSelectCanBeWokenByTheRunningSender) {
  Paused p(
      "package main\n"                                        // 1
      "\n"                                                    // 2
      "import \"time\"\n"                                     // 3
      "\n"                                                    // 4
      "func main() {\n"                                       // 5
      "\tch := make(chan int)\n"                              // 6
      "\tquit := make(chan bool)\n"                           // 7
      "\tgo func() {\n"                                       // 8
      "\t\tselect {\n"                                        // 9
      "\t\tcase <-ch:\n"                                      // 10
      "\t\tcase <-quit:\n"                                    // 11
      "\t\t}\n"                                               // 12
      "\t}()\n"                                               // 13
      "\ttime.Sleep(time.Millisecond)\n"                      // 14
      "\tch <- 1\n"                                           // 15
      "}\n",                                                  // 16
      15);
  size_t worker = p.byGoid(2);
  EXPECT_EQ(p.snap.str(p.snap.goroutines[worker].state), "select");
  ASSERT_EQ(p.snap.goroutines[worker].waitsOn.size(), 2u);
  EXPECT_FALSE(p.waits.leaked[worker]);
  EXPECT_EQ(p.waits.leakedCount, 0u);
  for (uint32_t oi : p.waits.ofGoroutine[worker]) {
    const WaitObject& o = p.waits.objects[oi];
    EXPECT_TRUE(o.reachable);
    EXPECT_EQ(o.wakePath.text.rfind("goroutine 1 main.main frame: ", 0), 0u) << o.wakePath.text;
    bool liveHolder = false;
    for (const WaitHolder& h : o.holders) liveHolder |= h.live && h.goroutine == static_cast<int>(p.byGoid(1));
    EXPECT_TRUE(liveHolder);
  }
}

TEST(InspectWaits, MutexAndWaitGroupWaitersNameTheSyncObject) {
  Paused p(
      "package main\n"                                // 1
      "\n"                                            // 2
      "import (\"sync\"; \"time\")\n"                // 3
      "\n"                                            // 4
      "var mu sync.Mutex\n"                           // 5
      "\n"                                            // 6
      "func main() {\n"                               // 7
      "\tvar wg sync.WaitGroup\n"                     // 8
      "\tmu.Lock()\n"                                 // 9
      "\twg.Add(1)\n"                                 // 10
      "\tgo func() {\n"                               // 11
      "\t\tmu.Lock()\n"                               // 12
      "\t\twg.Done()\n"                               // 13
      "\t}()\n"                                       // 14
      "\tgo func() { wg.Wait() }()\n"                 // 15
      "\ttime.Sleep(time.Millisecond)\n"              // 16
      "\tmu.Unlock()\n"                               // 17
      "\twg.Wait()\n"                                 // 18
      "}\n",                                          // 19
      17);
  size_t locker = p.byGoid(2), waiter = p.byGoid(3);
  EXPECT_EQ(p.snap.str(p.snap.goroutines[locker].state), "sync.Mutex.Lock");
  EXPECT_EQ(p.snap.str(p.snap.goroutines[waiter].state), "semacquire");
  ASSERT_EQ(p.snap.goroutines[locker].waitsOn.size(), 1u);
  ASSERT_EQ(p.snap.goroutines[waiter].waitsOn.size(), 1u);
  EXPECT_EQ(p.snap.typeOf(p.snap.goroutines[locker].waitsOn[0]), "sync.Mutex");
  EXPECT_EQ(p.snap.typeOf(p.snap.goroutines[waiter].waitsOn[0]), "sync.WaitGroup");
  EXPECT_EQ(p.waits.leakedCount, 0u);
  const WaitObject& mu = p.waits.objects[p.waits.ofGoroutine[locker][0]];
  EXPECT_TRUE(mu.reachable);
  EXPECT_EQ(mu.wakePath.text.rfind("global main.mu", 0), 0u) << mu.wakePath.text;
}

}  // namespace
}  // namespace heapscope
