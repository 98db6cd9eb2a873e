// The scheduler's contracts: same seed => same output and same scheduling
// trace; leaked goroutines are found (and none once the channel is closed);
// refcounts stay exact with values parked in channels.
#include <gtest/gtest.h>

#include <string>

#include "api/session.h"
#include "heap/heap.h"
#include "vm/vm.h"

namespace heapscope {
namespace {

struct CaptureHost : Host {
  std::string out;
  void write(int, std::string_view b) override { out.append(b); }
};

struct RunResult {
  std::string output, trace, leaks;
  int exitCode = 0;
  size_t auditMismatches = 0;
};

RunResult runProgram(const std::string& src, uint64_t seed, bool leaksAtExit = false) {
  CaptureHost host;
  SessionOptions opts;
  opts.seed = seed;
  Session s(host, opts);
  RunResult r;
  if (!s.compile(src)) {
    r.output = host.out;
    r.exitCode = s.exitCode();
    return r;
  }
  s.vm()->setTraceScheduling(true);
  s.vm()->setReportLeaksAtExit(leaksAtExit);
  s.runToEnd();
  r.output = host.out;
  r.trace = s.vm()->schedulingTrace();
  r.leaks = s.vm()->leakReportAtExit();
  r.exitCode = s.exitCode();
  r.auditMismatches = s.audit().size();
  return r;
}

// Goroutines that compete through select and a mutex, preempted by time
// slices: plenty of scheduling decisions.
const char* kBusy = R"GO(package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int, 50)
	b := make(chan int, 50)
	var mu sync.Mutex
	var wg sync.WaitGroup
	order := []int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				select {
				case a <- w*100 + i:
				case b <- w*100 + i:
				}
				s := 0
				for j := 0; j < 500; j++ {
					s += j
				}
				mu.Lock()
				order = append(order, w)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(a)+len(b), len(a), order[:12])
}
)GO";

TEST(VmConcurrency, SameSeedSameOutputAndTrace) {
  RunResult r1 = runProgram(kBusy, 7), r2 = runProgram(kBusy, 7);
  EXPECT_EQ(r1.exitCode, 0) << r1.output;
  EXPECT_EQ(r1.output, r2.output);
  EXPECT_EQ(r1.trace, r2.trace);
  EXPECT_GT(std::count(r1.trace.begin(), r1.trace.end(), '\n'), 10);
  EXPECT_EQ(r1.auditMismatches, 0u);
}

TEST(VmConcurrency, SeedChangesSelectChoices) {
  // select picks uniformly among ready cases: across seeds the split differs
  std::string first = runProgram(kBusy, 1).output;
  bool differs = false;
  for (uint64_t seed = 2; seed < 6 && !differs; seed++) differs = runProgram(kBusy, seed).output != first;
  EXPECT_TRUE(differs);
}

const char* kLeaky = R"GO(package main

import (
	"fmt"
	"runtime"
)

func leaky(closeIt bool) {
	ch := make(chan int)
	payload := make([]byte, 4096)
	for i := 0; i < 3; i++ {
		go func() {
			ch <- len(payload)
		}()
	}
	if closeIt {
		close(ch)
	}
}

func main() {
	leaky(CLOSE)
	runtime.Gosched() // the goroutines run and block
	fmt.Println("main returns")
}
)GO";

std::string leakySource(bool closeIt) {
  std::string s = kLeaky;
  s.replace(s.find("CLOSE"), 5, closeIt ? "true" : "false");
  return s;
}

TEST(VmConcurrency, ReportsGoroutinesBlockedOnPrivateChannel) {
  RunResult r = runProgram(leakySource(false), 1, true);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.output, "main returns\n");
  EXPECT_NE(r.leaks.find("3 leaked goroutines"), std::string::npos) << r.leaks;
  EXPECT_NE(r.leaks.find("goroutine 2 [chan send]"), std::string::npos) << r.leaks;
  EXPECT_NE(r.leaks.find("created by main.leaky at prog.go:12"), std::string::npos) << r.leaks;
  EXPECT_NE(r.leaks.find("blocked in main.leaky.func1 at prog.go:13"), std::string::npos) << r.leaks;
  // the 4 KiB payload is shared by the three goroutines: counted in the total
  size_t at = r.leaks.find("together retaining ");
  ASSERT_NE(at, std::string::npos) << r.leaks;
  EXPECT_GT(std::stoull(r.leaks.substr(at + 19)), 4096u) << r.leaks;
  EXPECT_NE(r.leaks.find("]: retains "), std::string::npos) << r.leaks;
  EXPECT_EQ(r.auditMismatches, 0u);
}

TEST(VmConcurrency, ClosedChannelMeansNoLeak) {
  // receivers blocked on a channel that is then closed all finish
  std::string src = R"GO(package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-ch
		}()
	}
	runtime.Gosched()
	close(ch)
	runtime.Gosched()
	fmt.Println("main returns")
}
)GO";
  RunResult r = runProgram(src, 1, true);
  EXPECT_EQ(r.output, "main returns\n");
  EXPECT_NE(r.leaks.find("no leaked goroutines"), std::string::npos) << r.leaks;
}

TEST(VmConcurrency, GlobalChannelIsNotALeak) {
  std::string src = R"GO(package main

import "runtime"

var jobs = make(chan int)

func main() {
	go func() {
		<-jobs
	}()
	runtime.Gosched()
}
)GO";
  RunResult r = runProgram(src, 1, true);
  EXPECT_NE(r.leaks.find("no leaked goroutines"), std::string::npos) << r.leaks;
  EXPECT_NE(r.leaks.find("1 goroutine still blocked"), std::string::npos) << r.leaks;
}

TEST(VmConcurrency, AuditExactWithValuesParkedInChannels) {
  std::string src = R"GO(package main

import "fmt"

type T struct{ s []int }

func main() {
	buf := make(chan T, 4)
	unbuf := make(chan *T)
	buf <- T{[]int{1, 2}}
	buf <- T{[]int{3}}
	go func() { unbuf <- &T{[]int{4}} }()
	go func() {
		select {
		case buf <- T{nil}:
		case unbuf <- nil:
		}
	}()
	fmt.Println(len(buf))
}
)GO";
  RunResult r = runProgram(src, 1);
  EXPECT_EQ(r.output, "2\n");
  EXPECT_EQ(r.auditMismatches, 0u);
}

// A channel whose buffer holds a struct that points back to the channel is a
// cycle through a channel: refcounting alone never frees it, the collector
// does on runtime.GC() (and --gc=refcount-only keeps it until then).
size_t liveChannelsAfter(const std::string& src, bool collector, std::string* out) {
  CaptureHost host;
  SessionOptions opts;
  opts.cycleCollector = collector;
  Session s(host, opts);
  EXPECT_TRUE(s.compile(src)) << host.out;
  s.runToEnd();
  *out = host.out;
  EXPECT_EQ(s.audit().size(), 0u);
  size_t chans = 0;
  for (Object* o = s.vm()->heap().firstObject(); o; o = o->next)
    if (o->kind == ObjKind::Chan) chans++;
  return chans;
}

TEST(VmConcurrency, CycleThroughChannelBufferIsCollected) {
  const char* src = R"GO(package main

import "runtime"

type N struct{ c chan *N }

func main() {
	for i := 0; i < 3; i++ {
		n := &N{c: make(chan *N, 1)}
		n.c <- n
	}
	runtime.GC()
	println("done")
}
)GO";
  std::string out;
  EXPECT_EQ(liveChannelsAfter(src, true, &out), 0u);
  EXPECT_EQ(out, "done\n");
  // runtime.GC() collects even in refcount-only mode (the class presses it
  // to watch the cycles go); without it the three cycles stay.
  EXPECT_EQ(liveChannelsAfter(src, false, &out), 0u);
  std::string noGC = src;
  noGC.replace(noGC.find("runtime.GC()"), 12, "_ = runtime.NumGoroutine()");
  EXPECT_EQ(liveChannelsAfter(noGC, false, &out), 3u);
  EXPECT_EQ(out, "done\n");
}

}  // namespace
}  // namespace heapscope
