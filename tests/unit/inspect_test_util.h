// Helpers for the inspect_* unit tests: random snapshots, a brute-force
// dominator reference, and a small strict JSON parser (to check that
// exports are well-formed and to read values back).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "inspect/dominators.h"
#include "inspect/snapshot.h"

namespace heapscope::testutil {

// A random snapshot: n objects (ids shuffled, sizes random), ~m edges,
// a few roots, some goroutine/frame roots.
inline Snapshot randomSnapshot(uint32_t seed, uint32_t n, uint32_t m, uint32_t nroots, bool goroutines) {
  std::mt19937 rng(seed);
  SnapshotBuilder b;
  std::vector<uint64_t> ids(n);
  for (uint32_t i = 0; i < n; ++i) ids[i] = 10 + 3 * i;
  std::shuffle(ids.begin(), ids.end(), rng);
  const char* types[] = {"main.T", "[]byte", "string", "map[string]int"};
  uint32_t s1 = b.addSite("main.a", 10), s2 = b.addSite("main.b", 20);
  for (uint32_t i = 0; i < n; ++i)
    b.addNode(ids[i], ObjKind::Struct, types[rng() % 4], 8 + rng() % 100, 1, (rng() % 2) ? s1 : s2);
  for (uint32_t e = 0; e < m && n > 0; ++e) {
    uint32_t f = rng() % n, t = rng() % n;
    b.addEdge(f, t, "f" + std::to_string(e % 5));
  }
  for (uint32_t r = 0; r < nroots && n > 0; ++r) {
    uint32_t node = rng() % n;
    if (goroutines && r % 2) {
      int g = static_cast<int>(rng() % 3);
      int f = static_cast<int>(rng() % 3) - 1;  // -1 = goroutine-level root
      b.addRoot(node, "local" + std::to_string(r), RootKind::FrameSlot, g, f);
    } else {
      b.addRoot(node, "global g" + std::to_string(r), RootKind::Global);
    }
  }
  return b.finish();
}

// Reachability from node 0 of g, skipping node `removed`.
inline std::vector<uint8_t> reachWithout(const Digraph& g, uint32_t removed) {
  std::vector<uint8_t> seen(g.nodeCount(), 0);
  if (removed == 0) return seen;
  std::vector<uint32_t> st{0};
  seen[0] = 1;
  while (!st.empty()) {
    uint32_t v = st.back();
    st.pop_back();
    for (uint32_t e = g.start[v]; e < g.start[v + 1]; ++e) {
      uint32_t w = g.to[e];
      if (w == removed || seen[w]) continue;
      seen[w] = 1;
      st.push_back(w);
    }
  }
  return seen;
}

// ---- minimal strict JSON
struct Json {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  bool b = false;
  double num = 0;
  std::string str;
  std::vector<Json> arr;
  std::vector<std::pair<std::string, Json>> obj;
  const Json* get(const std::string& k) const {
    for (const auto& [key, v] : obj)
      if (key == k) return &v;
    return nullptr;
  }
  const Json& operator[](const std::string& k) const {
    static Json none;
    const Json* p = get(k);
    return p ? *p : none;
  }
};

class JsonParser {
 public:
  explicit JsonParser(const std::string& s) : s_(s) {}
  bool parse(Json& out, std::string* err) {
    ws();
    if (!value(out, 0)) {
      if (err) *err = "error at byte " + std::to_string(pos_) + ": " + err_;
      return false;
    }
    ws();
    if (pos_ != s_.size()) {
      if (err) *err = "trailing data at byte " + std::to_string(pos_);
      return false;
    }
    return true;
  }

 private:
  const std::string& s_;
  size_t pos_ = 0;
  std::string err_;
  bool fail(const char* m) { err_ = m; return false; }
  void ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) ++pos_;
  }
  bool lit(const char* w) {
    size_t n = std::char_traits<char>::length(w);
    if (s_.compare(pos_, n, w) != 0) return false;
    pos_ += n;
    return true;
  }
  bool value(Json& v, int depth) {
    if (depth > 200) return fail("too deep");
    if (pos_ >= s_.size()) return fail("eof");
    char c = s_[pos_];
    if (c == '{') {
      v.kind = Json::Object;
      ++pos_;
      ws();
      if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
      for (;;) {
        ws();
        Json key;
        if (pos_ >= s_.size() || s_[pos_] != '"' || !string(key.str)) return fail("object key");
        ws();
        if (pos_ >= s_.size() || s_[pos_] != ':') return fail("colon");
        ++pos_;
        ws();
        Json val;
        if (!value(val, depth + 1)) return false;
        v.obj.emplace_back(key.str, std::move(val));
        ws();
        if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
        if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
        return fail("object separator");
      }
    }
    if (c == '[') {
      v.kind = Json::Array;
      ++pos_;
      ws();
      if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
      for (;;) {
        ws();
        Json val;
        if (!value(val, depth + 1)) return false;
        v.arr.push_back(std::move(val));
        ws();
        if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
        if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
        return fail("array separator");
      }
    }
    if (c == '"') { v.kind = Json::String; return string(v.str); }
    if (lit("true")) { v.kind = Json::Bool; v.b = true; return true; }
    if (lit("false")) { v.kind = Json::Bool; return true; }
    if (lit("null")) { v.kind = Json::Null; return true; }
    return number(v);
  }
  bool number(Json& v) {
    size_t st = pos_;
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (pos_ >= s_.size() || !isdigit(static_cast<unsigned char>(s_[pos_]))) return fail("number");
    if (s_[pos_] == '0') ++pos_;
    else while (pos_ < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (pos_ >= s_.size() || !isdigit(static_cast<unsigned char>(s_[pos_]))) return fail("fraction");
      while (pos_ < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (pos_ >= s_.size() || !isdigit(static_cast<unsigned char>(s_[pos_]))) return fail("exponent");
      while (pos_ < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    v.kind = Json::Number;
    v.num = std::stod(s_.substr(st, pos_ - st));
    return true;
  }
  bool string(std::string& out) {
    ++pos_;  // opening quote
    while (pos_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') { ++pos_; return true; }
      if (c < 0x20) return fail("control char in string");
      if (c == '\\') {
        ++pos_;
        if (pos_ >= s_.size()) return fail("escape");
        char e = s_[pos_++];
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            if (pos_ + 4 > s_.size()) return fail("\\u");
            unsigned cp = std::stoul(s_.substr(pos_, 4), nullptr, 16);
            pos_ += 4;
            if (cp < 0x80) out += static_cast<char>(cp);
            else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 63)); }
            else { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 63)); out += static_cast<char>(0x80 | (cp & 63)); }
            break;
          }
          default: return fail("bad escape");
        }
        continue;
      }
      // UTF-8 validity
      size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
      if (len == 0 || pos_ + len > s_.size()) return fail("invalid utf-8");
      for (size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s_[pos_ + k]) & 0xC0) != 0x80) return fail("invalid utf-8");
      out.append(s_, pos_, len);
      pos_ += len;
    }
    return fail("unterminated string");
  }
};

inline bool parseJson(const std::string& s, Json& out, std::string* err = nullptr) {
  return JsonParser(s).parse(out, err);
}

}  // namespace heapscope::testutil
