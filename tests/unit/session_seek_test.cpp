// Session's time travel (core/api/session_seek.cpp): seekToStep and stepBack
// must land on exactly the state a straight run has at that step: same
// output, same objects with the same refcounts, same goroutines and lines.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "api/session.h"
#include "inspect/snapshot.h"
#include "inspect/vm_view.h"
#include "vm/vm.h"

namespace heapscope {
namespace {

// Records output and the rewinds a seek back asks for, as the GUI console does.
struct Console : Host {
  std::string out;
  int rewinds = 0;
  void write(int, std::string_view bytes) override { out += bytes; }
  void rewind() override {
    out.clear();
    ++rewinds;
  }
};

// Goroutines, a channel, a map, closures, a cycle and output all along.
const char* kProgram = R"(package main

import "fmt"

type node struct {
	next *node
	val  int
}

func worker(id int, ch chan int, done chan bool) {
	for v := range ch {
		fmt.Println("worker", id, "got", v)
	}
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go worker(1, ch, done)
	go worker(2, ch, done)
	m := map[string][]int{}
	var head *node
	for i := 0; i < 40; i++ {
		ch <- i
		m[fmt.Sprint(i%5)] = append(m[fmt.Sprint(i%5)], i)
		head = &node{next: head, val: i}
		if i%7 == 0 {
			a := &node{val: i}
			a.next = &node{next: a}
		}
	}
	close(ch)
	<-done
	<-done
	fmt.Println(len(m), head.val)
}
)";

// Everything observable about the heap and the goroutines, as text.
std::string fingerprint(Session& s) {
  s.vm()->heap().drainFrees();
  VmRuntimeView view(*s.vm());
  CaptureOptions opts;
  opts.step = s.steps();
  Snapshot snap = takeSnapshot(s.vm()->heap(), *s.vm(), &view, opts);
  std::string f = "step " + std::to_string(s.steps()) + " line " + std::to_string(s.currentLine()) + "\n";
  for (NodeIndex n = 0; n < snap.nodeCount(); ++n)
    f += std::to_string(snap.id[n]) + " " + snap.typeOf(n) + " rc" + std::to_string(snap.refcount[n]) + " " +
         std::string(snap.preview(n)) + "\n";
  for (const auto& g : snap.goroutines) {
    f += "g" + std::to_string(g.goid) + " " + snap.str(g.state);
    for (const auto& fr : g.frames) f += " " + snap.str(fr.function) + ":" + std::to_string(fr.line);
    f += "\n";
  }
  return f;
}

struct Straight {
  std::string out, state;
};

// A fresh session run straight (in `chunk`-step calls) to `step`.
Straight runStraight(uint64_t step, uint64_t chunk = 1u << 20) {
  Console c;
  Session s(c);
  EXPECT_TRUE(s.compile(kProgram));
  while (s.steps() < step && !s.finished()) s.run(std::min(chunk, step - s.steps()));
  return {c.out, fingerprint(s)};
}

TEST(SessionSeek, SeekBackAndForwardMatchesAStraightRun) {
  Console c;
  Session s(c);
  ASSERT_TRUE(s.compile(kProgram));
  ASSERT_EQ(s.runToEnd(), RunStatus::Finished);
  const uint64_t total = s.steps();
  ASSERT_GT(total, 1000u);
  EXPECT_EQ(s.maxStepReached(), total);
  for (uint64_t target : {total / 3, uint64_t(1), total / 2, total - 1, uint64_t(0), total / 5}) {
    ASSERT_TRUE(s.seekToStep(target));
    EXPECT_EQ(s.steps(), target);
    Straight ref = runStraight(target);
    EXPECT_EQ(c.out, ref.out) << "output at step " << target;
    EXPECT_EQ(fingerprint(s), ref.state) << "heap at step " << target;
  }
  // Back to the end: the same program output and exit code.
  ASSERT_TRUE(s.seekToStep(total));
  EXPECT_TRUE(s.finished());
  EXPECT_EQ(s.runToEnd(), RunStatus::Finished);
  EXPECT_EQ(s.exitCode(), 0);
  EXPECT_EQ(c.out, runStraight(total + 10).out);
  EXPECT_TRUE(s.audit().empty());
}

TEST(SessionSeek, IncrementalSeekOverManyCallsLandsOnTheSameState) {
  Console c;
  Session s(c);
  ASSERT_TRUE(s.compile(kProgram));
  s.run(5000);
  ASSERT_TRUE(s.beginSeek(1234));
  int calls = 1;
  while (!s.continueSeek(100)) ++calls;
  EXPECT_GT(calls, 5);
  EXPECT_FALSE(s.seeking());
  EXPECT_EQ(s.steps(), 1234u);
  Straight ref = runStraight(1234, 7);
  EXPECT_EQ(c.out, ref.out);
  EXPECT_EQ(fingerprint(s), ref.state);
}

// One goroutine: calls, returns, recursion, closures and output.
const char* kSequential = R"(package main

import "fmt"

type pair struct{ a, b *int }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	ps := []pair{}
	for i := 0; i < 6; i++ {
		x, y := next(), fib(i)
		ps = append(ps, pair{&x, &y})
		fmt.Println(i, x, y)
	}
	fmt.Println(len(ps))
}
)";

TEST(SessionSeek, StepBackThenStepIntoReturnsToTheSameState) {
  Console c;
  Session s(c);
  ASSERT_TRUE(s.compile(kSequential));
  // Walk forward with Step into, remembering every stop.
  std::vector<uint64_t> stopSteps;
  std::vector<std::string> states, outs;
  ASSERT_TRUE(s.startStep(StepKind::Into));
  for (int i = 0; i < 60; ++i) {
    RunStatus st;
    do st = s.run(1000);
    while (st == RunStatus::BudgetUsed);
    ASSERT_EQ(st, RunStatus::StepDone);
    stopSteps.push_back(s.steps());
    states.push_back(fingerprint(s));
    outs.push_back(c.out);
    ASSERT_TRUE(s.startStep(StepKind::Into));
  }
  s.cancelStep();
  // Step back from the last stop: a line start strictly before it, no later
  // than the previous Step into stop; stepping into from there comes back.
  for (int i = 59; i > 50; --i) {
    ASSERT_TRUE(s.stepBack());
    EXPECT_LT(s.steps(), stopSteps[i]);
    EXPECT_GE(s.steps(), stopSteps[i - 1]);
    const uint64_t back = s.steps();
    const std::string backState = fingerprint(s);
    ASSERT_TRUE(s.startStep(StepKind::Into));
    RunStatus st;
    do st = s.run(1000);
    while (st == RunStatus::BudgetUsed);
    ASSERT_EQ(st, RunStatus::StepDone);
    // One goroutine: the next stop is the one we stepped back from.
    EXPECT_EQ(s.steps(), stopSteps[i]);
    EXPECT_EQ(fingerprint(s), states[i]);
    EXPECT_EQ(c.out, outs[i]);
    ASSERT_TRUE(s.seekToStep(back));
    EXPECT_EQ(fingerprint(s), backState);
    ASSERT_TRUE(s.seekToStep(stopSteps[i - 1]));
    EXPECT_EQ(fingerprint(s), states[i - 1]);
    EXPECT_EQ(c.out, outs[i - 1]);
  }
  EXPECT_GT(c.rewinds, 0);
}

TEST(SessionSeek, AMillionStepsReexecuteWellUnderASecond) {
  Console c;
  Session s(c);
  ASSERT_TRUE(s.compile(R"(package main

import "fmt"

func main() {
	total := 0
	xs := []int{}
	for i := 0; i < 400000; i++ {
		total += i % 7
		if i%1000 == 0 {
			xs = append(xs, total)
		}
	}
	fmt.Println(total, len(xs))
}
)"));
  s.run(1000000);
  ASSERT_EQ(s.steps(), 1000000u);
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(s.seekToStep(999999));  // from step 0 again
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(s.steps(), 999999u);
  std::printf("[ seek ] re-executing 1M steps: %.1f ms\n", ms);
  t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(s.stepBack());  // first step back: scans the run watching lines
  double scanMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(s.stepBack());  // line starts known: one plain re-execution
  double backMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("[ seek ] first step back at 1M (scan + seek): %.1f ms, next step back: %.1f ms\n", scanMs, backMs);
  EXPECT_LT(ms, 1000.0);
}

}  // namespace
}  // namespace heapscope
