// The program's output as the console panel shows it: stdout and stderr in
// the order written, each run of one fd kept as one chunk so the panel can
// colour stderr. ConsoleHost is the core's Host for the GUI.
//
// Invariant: chunks_ never holds two adjacent chunks with the same fd, and
// the total kept is bounded (oldest output is dropped first), so a program
// printing forever cannot exhaust memory or slow the frame. Dropping moves a
// chunk's start; its buffer is compacted only when the dropped part has
// grown past the kept part, so each append costs O(its size), amortized
// (erasing the front on every append moved the whole kept MiB per line).
#pragma once
#include <deque>
#include <string>
#include <string_view>

#include "api/session.h"

namespace heapscope {

struct ConsoleChunk {
  int fd;  // 1 stdout, 2 stderr
  std::string buf;
  size_t start = 0;  // bytes of buf already dropped (trimmed lazily, see append)
  std::string_view text() const { return std::string_view(buf).substr(start); }
};

class ConsoleLog {
 public:
  static constexpr size_t kMaxBytes = 1 << 20;

  void append(int fd, std::string_view bytes);
  void clear();
  const std::deque<ConsoleChunk>& chunks() const { return chunks_; }
  size_t bytes() const { return bytes_; }
  // Monotonic count of bytes ever appended: lets views notice new output.
  size_t totalWritten() const { return totalWritten_; }
  std::string text() const;       // everything, merged
  std::string text(int fd) const; // one stream only

 private:
  std::deque<ConsoleChunk> chunks_;  // a deque: dropping the oldest chunk is O(1)
  size_t bytes_ = 0;
  size_t totalWritten_ = 0;
};

class ConsoleHost final : public Host {
 public:
  explicit ConsoleHost(ConsoleLog& log) : log_(log) {}
  void write(int fd, std::string_view bytes) override { log_.append(fd, bytes); }
  void rewind() override { log_.clear(); }  // a seek back rewrites the output up to its step

 private:
  ConsoleLog& log_;
};

}  // namespace heapscope
