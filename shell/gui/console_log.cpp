// ConsoleLog: ordered, bounded capture of program output (see console_log.h).
#include "console_log.h"

namespace heapscope {

void ConsoleLog::append(int fd, std::string_view bytes) {
  if (bytes.empty()) return;
  fd = fd == 2 ? 2 : 1;
  if (!chunks_.empty() && chunks_.back().fd == fd) {
    chunks_.back().buf.append(bytes);
  } else {
    chunks_.push_back({fd, std::string(bytes)});
  }
  bytes_ += bytes.size();
  totalWritten_ += bytes.size();
  // Trim from the front; keep at least the newest chunk.
  while (bytes_ > kMaxBytes && !chunks_.empty()) {
    ConsoleChunk& first = chunks_.front();
    size_t excess = bytes_ - kMaxBytes;
    size_t kept = first.buf.size() - first.start;
    if (chunks_.size() > 1 && kept <= excess) {
      bytes_ -= kept;
      chunks_.pop_front();
    } else {
      size_t cut = excess < kept ? excess : kept;
      first.start += cut;
      bytes_ -= cut;
      if (first.start > first.buf.size() - first.start) {
        first.buf.erase(0, first.start);
        first.start = 0;
      }
      break;
    }
  }
}

void ConsoleLog::clear() {
  chunks_.clear();
  bytes_ = 0;
}

std::string ConsoleLog::text() const {
  std::string out;
  out.reserve(bytes_);
  for (const ConsoleChunk& c : chunks_) out += c.text();
  return out;
}

std::string ConsoleLog::text(int fd) const {
  std::string out;
  for (const ConsoleChunk& c : chunks_)
    if (c.fd == fd) out += c.text();
  return out;
}

}  // namespace heapscope
