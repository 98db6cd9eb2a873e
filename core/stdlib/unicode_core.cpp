// UTF-8 coding and Unicode predicates/case mapping over the generated tables.
// Semantics follow Go's unicode/utf8 and unicode packages exactly (the
// tables come from Go's own unicode package, see gen/unicode_gen.go).
#include <algorithm>

#include "stdlib/unicode_tables.h"

namespace heapscope::stdlib {

bool inRanges(const RuneRange* table, size_t n, int32_t r) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (r < table[mid].lo) hi = mid;
    else if (r > table[mid].hi) lo = mid + 1;
    else return true;
  }
  return false;
}

Decoded decodeRune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c0 = b(0);
  if (c0 < 0x80) return {c0, 1};
  auto cont = [&](size_t i, uint8_t lo = 0x80, uint8_t hi = 0xBF) {
    return i < s.size() && b(i) >= lo && b(i) <= hi;
  };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(1)) return {kRuneError, 1};
    return {((c0 & 0x1F) << 6) | (b(1) & 0x3F), 2};
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2)) return {kRuneError, 1};
    return {((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F), 3};
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return {kRuneError, 1};
    return {((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F), 4};
  }
  return {kRuneError, 1};
}

Decoded decodeLastRune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  size_t end = s.size();
  size_t start = end - 1;
  if (static_cast<uint8_t>(s[start]) < 0x80) return {static_cast<uint8_t>(s[start]), 1};
  // Back up over at most 3 continuation bytes to a possible start byte.
  size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<uint8_t>(s[start]) & 0xC0) == 0x80) --start;
  Decoded d = decodeRune(s.substr(start, end - start));
  if (start + d.size != end) return {kRuneError, 1};
  return d;
}

bool validRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune); }

int runeLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= kMaxRune) return 4;
  return -1;
}

void appendRune(std::string& out, int32_t r) {
  if (!validRune(r)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

int64_t runeCount(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    if (static_cast<uint8_t>(s[i]) < 0x80) { ++i; continue; }
    i += decodeRune(s.substr(i)).size;
  }
  return n;
}

bool validUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<uint8_t>(s[i]) < 0x80) { ++i; continue; }
    Decoded d = decodeRune(s.substr(i));
    if (d.rune == kRuneError && d.size == 1) return false;
    i += d.size;
  }
  return true;
}

#define HS_PRED(fn, table) \
  bool fn(int32_t r) { return inRanges(table, table##Len, r); }
HS_PRED(isUpper, kUpper)
HS_PRED(isLower, kLower)
HS_PRED(isTitle, kTitle)
HS_PRED(isNumber, kNumber)
HS_PRED(isPunct, kPunct)
HS_PRED(isMark, kMark)
HS_PRED(isSymbol, kSymbol)
HS_PRED(isGraphic, kGraphic)
HS_PRED(isPrint, kPrint)
#undef HS_PRED

bool isLetter(int32_t r) {
  if (r >= 0 && r < 0x80) return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
  return inRanges(kLetter, kLetterLen, r);
}
bool isDigit(int32_t r) {
  if (r >= 0 && r < 0x80) return r >= '0' && r <= '9';
  return inRanges(kDigit, kDigitLen, r);
}
bool isSpace(int32_t r) {
  if (r >= 0 && r <= 0xFF) {
    return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  }
  return inRanges(kSpace, kSpaceLen, r);
}
bool isControl(int32_t r) { return (r >= 0 && r < 0x20) || (r >= 0x7F && r <= 0x9F); }

// Go's unicode.to: find the case range; kUpperLower deltas alternate.
static int32_t toCase(int which, int32_t r) {
  if (r < 0 || r > kMaxRune) return r;
  size_t lo = 0, hi = kCaseLen;
  while (lo < hi) {
    size_t m = (lo + hi) / 2;
    const CaseRange& cr = kCase[m];
    if (r < cr.lo) { hi = m; continue; }
    if (r > cr.hi) { lo = m + 1; continue; }
    int32_t delta = cr.delta[which];
    if (delta > kMaxRune) {
      // Upper/lower pairs: even offsets are upper, odd lower (relative to lo).
      return cr.lo + (((r - cr.lo) & ~1) | (which & 1 ? 1 : 0));
    }
    return r + delta;
  }
  return r;
}

int32_t toUpper(int32_t r) {
  if (r >= 0 && r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
  return toCase(0, r);
}
int32_t toLower(int32_t r) {
  if (r >= 0 && r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
  return toCase(1, r);
}
int32_t toTitle(int32_t r) {
  if (r >= 0 && r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
  return toCase(2, r);
}

}  // namespace heapscope::stdlib
