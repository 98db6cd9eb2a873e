// Buffered chunk writer shared by the exporters (private to core/inspect).
#pragma once
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "inspect/export.h"

namespace heapscope {

class ChunkWriter {
 public:
  explicit ChunkWriter(const ExportSink& sink) : sink_(sink) { buf_.reserve(kChunk + 256); }
  ~ChunkWriter() { flush(); }
  void raw(std::string_view s) {
    buf_.append(s);
    maybeFlush();
  }
  void ch(char c) {
    buf_.push_back(c);
    maybeFlush();
  }
  void num(uint64_t v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, r.ptr);
    maybeFlush();
  }
  void snum(int64_t v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, r.ptr);
    maybeFlush();
  }
  void str(std::string_view s) {
    appendJsonString(buf_, s);
    maybeFlush();
  }
  void flush() {
    if (!buf_.empty()) {
      sink_(buf_);
      buf_.clear();
    }
  }

 private:
  static constexpr size_t kChunk = 1 << 16;
  void maybeFlush() {
    if (buf_.size() >= kChunk) flush();
  }
  const ExportSink& sink_;
  std::string buf_;
};

inline std::string collectExport(const std::function<void(const ExportSink&)>& fn) {
  std::string out;
  ExportSink sink = [&out](std::string_view c) { out.append(c); };
  fn(sink);
  return out;
}

}  // namespace heapscope
