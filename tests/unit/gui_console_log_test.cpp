// The GUI console's bounded log (shell/gui/console_log.h): what is kept after
// the cap, in order, per stream.
#ifdef HS_HAVE_GUI_MODEL
#include <gtest/gtest.h>

#include <string>

#include "console_log.h"

namespace heapscope {
namespace {

std::string line(int i) { return "line " + std::to_string(i) + "\n"; }

TEST(ConsoleLog, KeepsTheNewestBytesOfOneStream) {
  ConsoleLog log;
  std::string all;
  for (int i = 0; i < 200000; ++i) {  // ~2.3 MiB through a 1 MiB cap
    log.append(1, line(i));
    all += line(i);
  }
  EXPECT_EQ(log.bytes(), ConsoleLog::kMaxBytes);
  EXPECT_EQ(log.totalWritten(), all.size());
  EXPECT_EQ(log.text(), all.substr(all.size() - ConsoleLog::kMaxBytes));
  ASSERT_EQ(log.chunks().size(), 1u);
}

TEST(ConsoleLog, DropsWholeOldChunksAcrossStreams) {
  ConsoleLog log;
  std::string out, err, all;
  for (int i = 0; i < 120000; ++i) {  // alternating streams: one chunk per line
    int fd = i % 2 ? 2 : 1;
    log.append(fd, line(i));
    all += line(i);
  }
  EXPECT_EQ(log.bytes(), ConsoleLog::kMaxBytes);
  std::string kept = all.substr(all.size() - ConsoleLog::kMaxBytes);
  EXPECT_EQ(log.text(), kept);
  // the newest chunk is the last line, on stderr (i = 119999 is odd)
  ASSERT_FALSE(log.chunks().empty());
  EXPECT_EQ(log.chunks().back().fd, 2);
  EXPECT_EQ(std::string(log.chunks().back().text()), line(119999));
  EXPECT_EQ(log.text(2).substr(log.text(2).size() - line(119999).size()), line(119999));
}

TEST(ConsoleLog, ClearForgetsButKeepsCounting) {
  ConsoleLog log;
  log.append(1, "a");
  log.append(2, "b");
  log.clear();
  EXPECT_EQ(log.text(), "");
  EXPECT_EQ(log.bytes(), 0u);
  log.append(1, "c");
  EXPECT_EQ(log.text(), "c");
  EXPECT_EQ(log.totalWritten(), 3u);  // views still see that output moved on
}

}  // namespace
}  // namespace heapscope
#endif
