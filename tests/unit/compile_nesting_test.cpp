// The nested-closure compile test (issue 4): a program whose closures nest
// 200 levels deep, each level capturing a variable of the outermost function,
// must compile in memory and time linear in its size. A compiler once ran out
// of memory re-inlining nested closures; quadratic capture lists or recursion
// per level would show up here as a peak far above the bound.
//
// Peak heap use is measured by this binary's global operator new/delete
// (bytes live, and the high-water mark since the last reset).
#include <gtest/gtest.h>
#include <malloc.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "api/session.h"

namespace {

std::atomic<long long> gLiveBytes{0};
std::atomic<long long> gPeakBytes{0};

void noteAlloc(void* p) {
  if (!p) return;
  long long now = gLiveBytes += static_cast<long long>(malloc_usable_size(p));
  long long peak = gPeakBytes.load(std::memory_order_relaxed);
  while (now > peak && !gPeakBytes.compare_exchange_weak(peak, now)) {
  }
}

}  // namespace

void* operator new(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  noteAlloc(p);
  return p;
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept {
  if (!p) return;
  gLiveBytes -= static_cast<long long>(malloc_usable_size(p));
  std::free(p);
}
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { operator delete(p); }

namespace {

using namespace heapscope;

class CaptureHost : public Host {
 public:
  void write(int, std::string_view bytes) override { out.append(bytes); }
  std::string out;
};

// main declares x; level i declares a closure f that captures x (so every
// level's capture list carries it through) and returns f() + 1. Prints depth+1.
std::string nestedClosures(int depth) {
  std::string inner = "return x + 1\n";
  for (int i = 0; i < depth; i++)
    inner = "f := func() int {\n" + inner + "}\nreturn f() + 1\n";
  return "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\tf := func() int {\n" + inner +
         "}\n\tx++\n\tfmt.Println(f())\n}\n";
}

struct CompileCost {
  long long peakBytes;
  double seconds;
};

CompileCost compileAndRun(int depth, std::string* output) {
  std::string src = nestedClosures(depth);
  CaptureHost host;
  auto start = std::chrono::steady_clock::now();
  gPeakBytes = gLiveBytes.load();
  long long before = gLiveBytes.load();
  CompileCost cost{};
  {
    Session session(host);
    bool ok = session.compile(src);
    cost.peakBytes = gPeakBytes.load() - before;
    cost.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_TRUE(ok) << (session.diagnostics().empty() ? std::string("?")
                                                       : session.diagnostics()[0].message);
    if (ok) {
      session.runToEnd();
      EXPECT_EQ(session.exitCode(), 0);
    }
  }
  *output = host.out;
  return cost;
}

TEST(CompileNesting, TwoHundredNestedClosuresCompileInBoundedMemory) {
  std::string out0, out100, out200;
  CompileCost c0 = compileAndRun(0, &out0);
  CompileCost c100 = compileAndRun(100, &out100);
  CompileCost c200 = compileAndRun(200, &out200);
  // x is incremented after the closures are created: captured by reference.
  EXPECT_EQ(out0, "2\n");
  EXPECT_EQ(out100, "102\n");
  EXPECT_EQ(out200, "202\n");
  // The source of 200 levels is ~6 KB; the whole compile (preludes included)
  // stays under 8 MB (about 0.5 MB today), and the second hundred levels cost about what the
  // first hundred did (quadratic growth would make it three times as much).
  std::printf("compile peak bytes at depth 0/100/200: %lld %lld %lld (%.3fs at 200)\n", c0.peakBytes,
              c100.peakBytes, c200.peakBytes, c200.seconds);
  EXPECT_LT(c200.peakBytes, 8LL << 20) << "peak " << c200.peakBytes;
  long long first = c100.peakBytes - c0.peakBytes, second = c200.peakBytes - c100.peakBytes;
  EXPECT_LT(second, 2 * first + (256 << 10))
      << "depth 0/100/200 peaks: " << c0.peakBytes << " " << c100.peakBytes << " " << c200.peakBytes;
  EXPECT_LT(c200.seconds, 5.0);
}

}  // namespace
