// Program output is streamed, not kept: the CLI's memory does not grow with
// how much a program prints, and a backward seek in the GUI replays only the
// tail of the re-executed run's output (core/api/output_tail.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "api/output_tail.h"
#include "api/session.h"
#include "cli_args.h"
#include "cli_run.h"

namespace heapscope {
namespace {

// Prints `lines` lines of 1 KiB (1023 characters and a newline) to stdout,
// with a line number up front so the tail can be checked.
std::string printer(int lines) {
  return R"(package main

import (
	"fmt"
	"strings"
)

func main() {
	pad := strings.Repeat("x", 1012)
	for i := 0; i < )" +
         std::to_string(lines) + R"(; i++ {
		fmt.Printf("%010d %s\n", i, pad)
	}
}
)";
}

// Counts what it receives; optionally watches the process heap while it does.
struct CountingHost : Host {
  uint64_t bytes = 0, newlines = 0;
  size_t heapAtStart = 0, heapPeak = 0;
  static size_t heapInUse() {
#if defined(__GLIBC__)
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;  // small chunks + large (mmapped) blocks
#else
    return 0;
#endif
  }
  void write(int, std::string_view s) override {
    bytes += s.size();
    newlines += static_cast<uint64_t>(std::count(s.begin(), s.end(), '\n'));
    if ((newlines & 255) == 0) heapPeak = std::max(heapPeak, heapInUse());
  }
};

struct Console : Host {
  std::string out;
  int rewinds = 0;
  void write(int, std::string_view s) override { out += s; }
  void rewind() override {
    out.clear();
    ++rewinds;
  }
};

constexpr int kLines50MiB = 50 * 1024;

TEST(SessionOutput, FiftyMegabytesThroughTheCliPathKeepNothing) {
  CliArgs args;
  std::string error;
  ASSERT_TRUE(parseCliArgs({"run", "prog.go"}, args, error)) << error;
  CountingHost host;
  host.heapAtStart = host.heapPeak = CountingHost::heapInUse();
  EXPECT_EQ(runCliProgram(args, printer(kLines50MiB), host), 0);
  EXPECT_EQ(host.bytes, uint64_t(kLines50MiB) * 1024);
  EXPECT_EQ(host.newlines, uint64_t(kLines50MiB));
#if defined(__GLIBC__)
  // Compiling and running take a few MB; keeping the output would take 50.
  EXPECT_LT(host.heapPeak - host.heapAtStart, size_t(16) << 20) << "heap grew with the output";
#endif
}

TEST(SessionOutput, SessionBuffersNothingWhileRunning) {
  CountingHost host;
  Session s(host);
  ASSERT_TRUE(s.compile(printer(kLines50MiB)));
  size_t maxBuffered = 0;
  while (s.run(100000) != RunStatus::Finished) maxBuffered = std::max(maxBuffered, s.bufferedOutputBytes());
  EXPECT_EQ(s.exitCode(), 0);
  EXPECT_EQ(host.bytes, uint64_t(kLines50MiB) * 1024);
  EXPECT_EQ(maxBuffered, 0u);
  EXPECT_EQ(s.bufferedOutputBytes(), 0u);
}

// A seek back re-executes: the console then shows the marker and the newest
// output up to the target step, within the cap, starting on a whole line.
TEST(SessionOutput, SeekBackReplaysTheCappedTail) {
  SessionOptions options;
  options.seekOutputBytes = 64 * 1024;
  Console c;
  Session s(c, options);
  ASSERT_TRUE(s.compile(printer(300)));
  ASSERT_EQ(s.runToEnd(), RunStatus::Finished);
  const std::string full = c.out;
  ASSERT_EQ(full.size(), 300u * 1024);
  const uint64_t end = s.steps();

  // Find a step where exactly 200 lines have been printed.
  Console probe;
  Session straight(probe);
  ASSERT_TRUE(straight.compile(printer(300)));
  while (probe.out.size() < 200u * 1024) straight.run(1);
  const uint64_t target = straight.steps();
  ASSERT_EQ(probe.out.size(), 200u * 1024);

  ASSERT_TRUE(s.seekToStep(target));
  EXPECT_EQ(c.rewinds, 1);
  EXPECT_EQ(s.bufferedOutputBytes(), 0u);  // given to the host, then released
  EXPECT_LE(c.out.size(), options.seekOutputBytes);
  const std::string marker = "\xE2\x80\xA6 ";
  ASSERT_EQ(c.out.rfind(marker, 0), 0u) << c.out.substr(0, 80);
  const size_t eol = c.out.find('\n');
  const std::string rest = c.out.substr(eol + 1);
  const uint64_t dropped = std::stoull(c.out.substr(marker.size()));
  EXPECT_EQ(c.out.substr(0, eol + 1), marker + std::to_string(dropped) + " earlier bytes dropped\n");
  // What follows is exactly the output up to the target, minus `dropped`
  // bytes, starting on a line of its own.
  EXPECT_EQ(dropped + rest.size(), 200u * 1024);
  EXPECT_EQ(rest, probe.out.substr(dropped));
  EXPECT_EQ(dropped % 1024, 0u);
  EXPECT_GT(rest.size(), options.seekOutputBytes - 2 * 1024);

  // A short run's output is replayed whole, without a marker.
  ASSERT_TRUE(s.seekToStep(0));
  EXPECT_EQ(c.out, "");
  ASSERT_TRUE(s.seekToStep(target / 20));
  EXPECT_EQ(c.out.find(marker), std::string::npos);
  ASSERT_TRUE(s.seekToStep(target));  // forward: streamed on, not replayed
  EXPECT_EQ(c.out.size(), 200u * 1024);
  ASSERT_TRUE(s.seekToStep(end));
  EXPECT_EQ(c.out, full.substr(0, c.out.size()));
}

TEST(SessionOutput, TailKeepsFdOrderAndBoundsItsMemory) {
  OutputTail tail(100);
  Console c;
  tail.append(1, "ab");
  tail.append(2, "cd");
  tail.append(1, "e");
  tail.replay(c);
  EXPECT_EQ(c.out, "abcde");
  EXPECT_EQ(tail.droppedBytes(), 0u);
  // Many small writes: the buffer stays within a few times the cap.
  std::string line(9, 'y');
  line += '\n';
  for (int i = 0; i < 100000; ++i) tail.append(i % 3 == 0 ? 2 : 1, line);
  EXPECT_EQ(tail.keptBytes(), 100u);
  EXPECT_LE(tail.storedBytes(), 1024u);
  EXPECT_EQ(tail.droppedBytes(), 5u + 100000u * 10 - 100);
  // One write larger than the cap keeps only its end.
  tail.clear();
  tail.append(1, std::string(1000, 'z') + "tail\n");
  EXPECT_EQ(tail.keptBytes(), 100u);
  c.out.clear();
  tail.replay(c);
  EXPECT_LE(c.out.size(), 100u);
  EXPECT_EQ(c.out.rfind("\xE2\x80\xA6 ", 0), 0u);
}

}  // namespace
}  // namespace heapscope
