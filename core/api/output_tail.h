// OutputTail: the last `cap` bytes of a program's output, in write order
// with their fd (1 stdout, 2 stderr). Session uses it while a backward seek
// re-executes the program: the re-execution regenerates the output up to
// the target step, and only its tail is replayed to the host (a console
// shows a bounded amount anyway), so memory does not grow with how much
// the program printed.
//
// Invariants: keptBytes() <= cap; the text buffer stays within a few
// times cap whatever was written (a write longer than cap keeps only its
// end, and dropped bytes are compacted away once they outnumber the kept
// ones, so appending is amortised O(bytes written)).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapscope {

class Host;

class OutputTail {
 public:
  static constexpr size_t kDefaultCap = size_t(1) << 20;  // 1 MiB

  explicit OutputTail(size_t cap = kDefaultCap) : cap_(cap ? cap : 1) {}
  void setCap(size_t cap) { cap_ = cap ? cap : 1; }
  size_t cap() const { return cap_; }

  void append(int fd, std::string_view bytes);
  void clear();

  size_t keptBytes() const { return buf_.size() - head_; }
  // Heap memory held for text (0 while the text fits the string's inline
  // buffer).
  size_t storedBytes() const { return buf_.capacity() > std::string().capacity() ? buf_.capacity() : 0; }
  uint64_t droppedBytes() const { return dropped_; }

  // Writes what is kept to the host, at most cap() bytes in all: when
  // output was dropped, first a line "… N earlier bytes dropped" and then
  // the kept output from its first complete line on.
  void replay(Host& host) const;

 private:
  struct Run {
    size_t start;  // offset in buf_ where this fd's run begins
    int fd;
  };
  void dropFront(size_t n);
  size_t cap_;
  std::string buf_;        // [head_, size) is kept; [0, head_) awaits compaction
  size_t head_ = 0;
  std::vector<Run> runs_;  // ascending start; consecutive runs differ in fd
  uint64_t dropped_ = 0;
};

}  // namespace heapscope
