// OutputTail (see output_tail.h): the bounded output a backward seek
// replays to the host.
#include <algorithm>
#include <string>

#include "api/output_tail.h"
#include "api/session.h"

namespace heapscope {

void OutputTail::append(int fd, std::string_view bytes) {
  if (bytes.empty()) return;
  fd = fd == 2 ? 2 : 1;
  if (bytes.size() > cap_) {  // only its end can be kept
    dropped_ += bytes.size() - cap_;
    bytes.remove_prefix(bytes.size() - cap_);
  }
  if (runs_.empty() || runs_.back().fd != fd) runs_.push_back(Run{buf_.size(), fd});
  buf_.append(bytes);
  if (keptBytes() > cap_) dropFront(keptBytes() - cap_);
}

void OutputTail::dropFront(size_t n) {
  head_ += n;
  dropped_ += n;
  // Runs that end at or before head_ are gone (the last one never ends).
  size_t firstLive = 0;
  while (firstLive + 1 < runs_.size() && runs_[firstLive + 1].start <= head_) ++firstLive;
  if (head_ <= cap_) {
    runs_.erase(runs_.begin(), runs_.begin() + static_cast<std::ptrdiff_t>(firstLive));
    return;
  }
  // More dropped than kept: move the kept bytes to the front (each byte is
  // moved at most once per cap bytes appended after it).
  buf_.erase(0, head_);
  runs_.erase(runs_.begin(), runs_.begin() + static_cast<std::ptrdiff_t>(firstLive));
  for (Run& r : runs_) r.start = r.start > head_ ? r.start - head_ : 0;
  head_ = 0;
}

void OutputTail::clear() {
  std::string().swap(buf_);  // give the memory back, not just the length
  runs_.clear();
  head_ = 0;
  dropped_ = 0;
}

void OutputTail::replay(Host& host) const {
  size_t from = head_;
  if (dropped_ > 0) {
    // Marker plus the rest within cap_: skip as many more bytes as the
    // longest marker takes, then on to the start of the next complete line
    // if one starts soon (else at least to the start of a UTF-8 sequence).
    constexpr size_t kMarkerMax = 48;  // "… " + 20 digits + " earlier bytes dropped\n"
    from = std::min(buf_.size(), from + std::min(kMarkerMax, cap_));
    const size_t newline = buf_.find('\n', from - 1);
    if (newline != std::string::npos && newline + 1 - from <= 4096) from = newline + 1;
    while (from < buf_.size() && (static_cast<unsigned char>(buf_[from]) & 0xC0) == 0x80) ++from;
    const uint64_t skipped = dropped_ + (from - head_);
    host.write(1, "\xE2\x80\xA6 " + std::to_string(skipped) + " earlier bytes dropped\n");
  }
  for (size_t k = 0; k < runs_.size(); ++k) {
    const size_t end = k + 1 < runs_.size() ? runs_[k + 1].start : buf_.size();
    const size_t start = std::max(runs_[k].start, from);
    if (start < end) host.write(runs_[k].fd, std::string_view(buf_).substr(start, end - start));
  }
}

}  // namespace heapscope
