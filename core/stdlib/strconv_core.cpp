// Go's strconv algorithms in plain C++ (see strconv_core.h).
//
// Floats: digits come from snprintf (shortest round-trip, or correctly
// rounded to a digit count), normalised to Go's decimalSlice form (digits
// without trailing zeros, decimal point position dp, zero = no digits), then
// laid out by Go's fmtE/fmtF/%g rules so output is byte-for-byte Go's.
#include "stdlib/strconv_core.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <cstring>

#include "stdlib/unicode_tables.h"

namespace heapscope::stdlib {

namespace {

// value = 0.d1d2d3... * 10^dp; nd == d.size(); zero has no digits.
struct Digits {
  std::string d;
  int dp = 0;
};

// Parses printf %e output "d.ddde+XX" (sign already removed).
Digits fromScientific(std::string_view s) {
  Digits out;
  size_t e = s.find('e');
  std::string_view mant = s.substr(0, e);
  int exp = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
  for (char c : mant) if (c != '.') out.d += c;
  out.dp = exp + 1;
  while (!out.d.empty() && out.d.back() == '0') out.d.pop_back();
  if (out.d.empty()) out.dp = 0;
  return out;
}

// Shortest digits that round-trip at the given bit size (|v| finite). The
// first precision whose correctly rounded output parses back to v; snprintf
// rather than std::to_chars because Emscripten 3.1.6's libc++ lacks the
// floating-point overloads, and both targets must print the same digits.
Digits shortest(double v, int bitSize) {
  char buf[64];
  int maxPrec = bitSize == 32 ? 9 : 17;
  for (int prec = 1; prec <= maxPrec; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    bool same = bitSize == 32 ? std::strtof(buf, nullptr) == static_cast<float>(v)
                              : std::strtod(buf, nullptr) == v;
    if (same) break;
  }
  return fromScientific(buf);
}

// Digits correctly rounded to `n` significant digits (n >= 1). A float32 is
// exactly representable as a double, so rounding the double is the same.
Digits significant(double v, int bitSize, int n) {
  if (bitSize == 32) v = static_cast<float>(v);
  std::string buf(static_cast<size_t>(n) + 32, '\0');
  int len = std::snprintf(buf.data(), buf.size(), "%.*e", n - 1, v);
  return fromScientific(std::string_view(buf.data(), static_cast<size_t>(len)));
}

void fmtE(std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  int nd = static_cast<int>(d.d.size());
  if (neg) dst += '-';
  dst += nd != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = std::min(nd, prec + 1);
    if (i < m) { dst.append(d.d, i, m - i); i = m; }
    for (; i <= prec; ++i) dst += '0';
  }
  dst += fmt;
  int exp = nd == 0 ? 0 : d.dp - 1;
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) { dst += '0'; dst += static_cast<char>('0' + exp); }
  else if (exp < 100) { dst += static_cast<char>('0' + exp / 10); dst += static_cast<char>('0' + exp % 10); }
  else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

void fmtF(std::string& dst, bool neg, const Digits& d, int prec) {
  int nd = static_cast<int>(d.d.size());
  if (neg) dst += '-';
  if (d.dp > 0) {
    int m = std::min(nd, d.dp);
    dst.append(d.d, 0, m);
    for (; m < d.dp; ++m) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 1; i <= prec; ++i) {
      int j = d.dp + i - 1;
      dst += (j >= 0 && j < nd) ? d.d[j] : '0';
    }
  }
}

void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, int mantbits) {
  if (neg) dst += '-';
  dst += std::to_string(mant);
  dst += 'p';
  exp -= mantbits;
  if (exp >= 0) dst += '+';
  dst += std::to_string(exp);
}

// %x: -0x1.yyyyyyp±dd (Go's fmtX), mantissa normalised so the leading digit is 1.
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
  if (mant == 0) exp = 0;
  // Shift digits so leading 1 (if any) is at bit 60.
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) { mant <<= 1; exp--; }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec) * 4;
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) { mant >>= 1; exp++; }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst += '-';
  dst += '0';
  dst += fmt;
  dst += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) { dst += hex[(mant >> 60) & 15]; mant <<= 4; }
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; ++i) { dst += hex[(mant >> 60) & 15]; mant <<= 4; }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  if (exp < 0) { dst += '-'; exp = -exp; } else dst += '+';
  if (exp < 10) dst += '0';
  dst += std::to_string(exp);
}

}  // namespace

std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  std::string dst;
  if (bitSize == 32) v = static_cast<float>(v);
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(v);
  int mantbits = bitSize == 32 ? 23 : 52;
  if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
    uint64_t bits;
    int expbits = bitSize == 32 ? 8 : 11, bias = bitSize == 32 ? -127 : -1023;
    if (bitSize == 32) { float f = static_cast<float>(v); uint32_t b32; std::memcpy(&b32, &f, 4); bits = b32; }
    else std::memcpy(&bits, &v, 8);
    int exp = static_cast<int>(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & ((uint64_t(1) << mantbits) - 1);
    if (exp == 0) exp++;
    else mant |= uint64_t(1) << mantbits;
    exp += bias;
    if (fmt == 'b') fmtB(dst, neg, mant, exp, mantbits);
    else fmtX(dst, prec, fmt, neg, mant, exp, mantbits);
    return dst;
  }
  double a = std::fabs(v);
  bool isShortest = prec < 0;
  Digits digs;
  if (isShortest) {
    digs = shortest(a, bitSize);
    int nd = static_cast<int>(digs.d.size());
    switch (fmt) {
      case 'e': case 'E': prec = std::max(nd - 1, 0); break;
      case 'f': prec = std::max(nd - digs.dp, 0); break;
      case 'g': case 'G': prec = nd; break;
      default: break;
    }
  } else if (fmt == 'f') {
    // Exact decimal expansion rounded at prec fraction digits.
    std::string buf(static_cast<size_t>(prec) + 400, '\0');
    double x = bitSize == 32 ? static_cast<double>(static_cast<float>(a)) : a;
    int len = std::snprintf(buf.data(), buf.size(), "%.*f", prec, x);
    if (neg) dst += '-';
    dst.append(buf.data(), static_cast<size_t>(len));
    return dst;
  } else {
    int n = prec;
    switch (fmt) {
      case 'e': case 'E': n = prec + 1; break;
      case 'g': case 'G': if (prec == 0) prec = 1; n = prec; break;
      default: n = 1; break;
    }
    digs = significant(a, bitSize, n);
  }
  int nd = static_cast<int>(digs.d.size());
  switch (fmt) {
    case 'e': case 'E':
      fmtE(dst, neg, digs, prec, fmt);
      return dst;
    case 'f':
      fmtF(dst, neg, digs, prec);
      return dst;
    case 'g': case 'G': {
      int eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      if (isShortest) eprec = 6;
      int exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        fmtE(dst, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
        return dst;
      }
      if (prec > digs.dp) prec = nd;
      fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
      return dst;
    }
    default:
      return std::string("%") + fmt;
  }
}

std::string formatUint(uint64_t v, int base) {
  if (base < 2 || base > 36) base = 10;
  static const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[65];
  int i = 65;
  do { buf[--i] = digits[v % base]; v /= base; } while (v != 0);
  return std::string(buf + i, 65 - i);
}

std::string formatInt(int64_t v, int base) {
  if (v < 0) return "-" + formatUint(0 - static_cast<uint64_t>(v), base);
  return formatUint(static_cast<uint64_t>(v), base);
}

static char lowerAscii(char c) { return static_cast<char>(c | 0x20); }

static bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s = s.substr(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lowerAscii(s[1]) == 'b' || lowerAscii(s[1]) == 'o' || lowerAscii(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lowerAscii(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lowerAscii(c) >= 'a' && lowerAscii(c) <= 'f')) { saw = '0'; continue; }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

ParseErr parseUint(std::string_view s, int base, int bitSize, uint64_t* out) {
  *out = 0;
  if (s.empty()) return ParseErr::Syntax;
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lowerAscii(s[1]) == 'b') { base = 2; s = s.substr(2); }
      else if (s.size() >= 3 && lowerAscii(s[1]) == 'o') { base = 8; s = s.substr(2); }
      else if (s.size() >= 3 && lowerAscii(s[1]) == 'x') { base = 16; s = s.substr(2); }
      else { base = 8; s = s.substr(1); }
    }
  } else if (base < 2 || base > 36) {
    return ParseErr::Base;
  }
  if (bitSize == 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return ParseErr::BitSize;
  uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  uint64_t maxVal = bitSize == 64 ? UINT64_MAX : (uint64_t(1) << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) { underscores = true; continue; }
    if (c >= '0' && c <= '9') d = c - '0';
    else if (lowerAscii(c) >= 'a' && lowerAscii(c) <= 'z') d = lowerAscii(c) - 'a' + 10;
    else return ParseErr::Syntax;
    if (d >= base) return ParseErr::Syntax;
    if (n >= cutoff) { *out = maxVal; return ParseErr::Range; }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > maxVal) { *out = maxVal; return ParseErr::Range; }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return ParseErr::Syntax;
  *out = n;
  return ParseErr::Ok;
}

ParseErr parseInt(std::string_view s, int base, int bitSize, int64_t* out) {
  *out = 0;
  if (s.empty()) return ParseErr::Syntax;
  bool neg = false;
  if (s[0] == '+') s = s.substr(1);
  else if (s[0] == '-') { neg = true; s = s.substr(1); }
  uint64_t un;
  ParseErr e = parseUint(s, base, bitSize, &un);
  if (e != ParseErr::Ok && e != ParseErr::Range) return e;
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = uint64_t(1) << (bitSize - 1);
  if (!neg && un >= cutoff) { *out = static_cast<int64_t>(cutoff - 1); return ParseErr::Range; }
  if (neg && un > cutoff) { *out = -static_cast<int64_t>(cutoff); return ParseErr::Range; }
  *out = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return ParseErr::Ok;
}

ParseErr parseBool(std::string_view s, bool* out) {
  static const char* truths[] = {"1", "t", "T", "true", "TRUE", "True"};
  static const char* falses[] = {"0", "f", "F", "false", "FALSE", "False"};
  for (const char* t : truths) if (s == t) { *out = true; return ParseErr::Ok; }
  for (const char* f : falses) if (s == f) { *out = false; return ParseErr::Ok; }
  *out = false;
  return ParseErr::Syntax;
}

static bool equalFoldAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
  return true;
}

ParseErr parseFloat(std::string_view s, int bitSize, double* out) {
  *out = 0;
  if (s.empty()) return ParseErr::Syntax;
  bool neg = false;
  std::string_view body = s;
  if (body[0] == '+' || body[0] == '-') { neg = body[0] == '-'; body = body.substr(1); }
  if (equalFoldAscii(body, "inf") || equalFoldAscii(body, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return ParseErr::Ok;
  }
  if (equalFoldAscii(body, "nan") && s.size() == 3) { *out = std::nan(""); return ParseErr::Ok; }
  bool hex = body.size() >= 2 && body[0] == '0' && lowerAscii(body[1]) == 'x';
  std::string clean;
  bool sawUnderscore = false;
  for (char c : hex ? body.substr(2) : body) {
    if (c == '_') { sawUnderscore = true; continue; }
    clean += c;
  }
  if (sawUnderscore && !underscoreOK(s)) return ParseErr::Syntax;  // Go literal syntax
  // Validate the shape: digits [. digits] [exp], at least one mantissa digit.
  size_t i = 0;
  int mantDigits = 0;
  auto isDig = [&](char c) {
    return (c >= '0' && c <= '9') || (hex && lowerAscii(c) >= 'a' && lowerAscii(c) <= 'f');
  };
  while (i < clean.size() && isDig(clean[i])) { ++i; ++mantDigits; }
  if (i < clean.size() && clean[i] == '.') {
    ++i;
    while (i < clean.size() && isDig(clean[i])) { ++i; ++mantDigits; }
  }
  if (mantDigits == 0) return ParseErr::Syntax;
  char expChar = hex ? 'p' : 'e';
  if (i < clean.size() && lowerAscii(clean[i]) == expChar) {
    ++i;
    if (i < clean.size() && (clean[i] == '+' || clean[i] == '-')) ++i;
    size_t digStart = i;
    while (i < clean.size() && clean[i] >= '0' && clean[i] <= '9') ++i;
    if (i == digStart) return ParseErr::Syntax;
  } else if (hex) {
    return ParseErr::Syntax;  // Go requires a 'p' exponent in hex floats
  }
  if (i != clean.size()) return ParseErr::Syntax;
  // strtod handles overflow/underflow the way Go reports them (Inf + ERANGE
  // on overflow; denormal or zero without error on underflow).
  std::string text = (hex ? "0x" : "") + clean;
  double v;
  if (bitSize == 32) {
    float f = std::strtof(text.c_str(), nullptr);
    v = f;
  } else {
    v = std::strtod(text.c_str(), nullptr);
  }
  if (neg) v = -v;
  *out = v;
  if (std::isinf(v)) return ParseErr::Range;
  return ParseErr::Ok;
}

static const char* kLowerHex = "0123456789abcdef";

static void appendEscapedRune(std::string& buf, int32_t r, char quoteChar, bool asciiOnly, bool graphicOnly) {
  if (r == quoteChar || r == '\\') {
    buf += '\\';
    appendRune(buf, r);
    return;
  }
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) { buf += static_cast<char>(r); return; }
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    appendRune(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf += kLowerHex[(r >> 4) & 0xF];
    buf += kLowerHex[r & 0xF];
    return;
  }
  if (!validRune(r)) r = kRuneError;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  }
}

std::string quote(std::string_view s, char quoteChar, bool asciiOnly, bool graphicOnly) {
  std::string buf;
  buf.reserve(s.size() + 2);
  buf += quoteChar;
  while (!s.empty()) {
    int32_t r = static_cast<uint8_t>(s[0]);
    int width = 1;
    if (r >= 0x80) {
      Decoded d = decodeRune(s);
      r = d.rune;
      width = d.size;
    }
    if (width == 1 && r == kRuneError) {
      buf += "\\x";
      buf += kLowerHex[static_cast<uint8_t>(s[0]) >> 4];
      buf += kLowerHex[static_cast<uint8_t>(s[0]) & 0xF];
      s = s.substr(1);
      continue;
    }
    appendEscapedRune(buf, r, quoteChar, asciiOnly, graphicOnly);
    s = s.substr(width);
  }
  buf += quoteChar;
  return buf;
}

std::string quoteRune(int32_t r, bool asciiOnly, bool graphicOnly) {
  if (!validRune(r)) r = kRuneError;
  std::string buf = "'";
  appendEscapedRune(buf, r, '\'', asciiOnly, graphicOnly);
  buf += '\'';
  return buf;
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    Decoded d = decodeRune(s);
    s = s.substr(d.size);
    if (d.size > 1) {
      if (d.rune == 0xFEFF) return false;
      continue;
    }
    if (d.rune == kRuneError) return false;
    if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
  }
  return true;
}

static int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Go's UnquoteChar: one (possibly escaped) character from s.
static bool unquoteChar(std::string_view& s, char quoteChar, int32_t* value, bool* multibyte) {
  *multibyte = false;
  if (s.empty()) return false;
  char c = s[0];
  if (c == quoteChar && (quoteChar == '\'' || quoteChar == '"')) return false;
  if (static_cast<uint8_t>(c) >= 0x80) {
    Decoded d = decodeRune(s);
    *value = d.rune;
    *multibyte = true;
    s = s.substr(d.size);
    return true;
  }
  if (c != '\\') { *value = static_cast<uint8_t>(c); s = s.substr(1); return true; }
  if (s.size() <= 1) return false;
  c = s[1];
  s = s.substr(2);
  switch (c) {
    case 'a': *value = '\a'; return true;
    case 'b': *value = '\b'; return true;
    case 'f': *value = '\f'; return true;
    case 'n': *value = '\n'; return true;
    case 'r': *value = '\r'; return true;
    case 't': *value = '\t'; return true;
    case 'v': *value = '\v'; return true;
    case 'x': case 'u': case 'U': {
      size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      int32_t v = 0;
      for (size_t j = 0; j < n; ++j) {
        int x = unhex(s[j]);
        if (x < 0) return false;
        v = (v << 4) | x;
      }
      s = s.substr(n);
      if (c != 'x') {
        if (!validRune(v)) return false;
        *multibyte = true;
      }
      *value = v;
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = c - '0';
      if (s.size() < 2) return false;
      for (int j = 0; j < 2; ++j) {
        int x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | x;
      }
      s = s.substr(2);
      if (v > 255) return false;
      *value = v;
      return true;
    }
    case '\\': *value = '\\'; return true;
    case '\'': case '"':
      if (c != quoteChar) return false;
      *value = c;
      return true;
    default:
      return false;
  }
}

bool unquote(std::string_view in, std::string* out) {
  out->clear();
  if (in.size() < 2) return false;
  char q = in[0];
  if (q == '`') {
    if (in.back() != '`') return false;
    std::string_view body = in.substr(1, in.size() - 2);
    if (body.find('`') != std::string_view::npos) return false;
    for (char c : body) if (c != '\r') *out += c;
    return true;
  }
  if (q != '"' && q != '\'') return false;
  std::string_view s = in.substr(1);
  while (!s.empty() && s[0] != q) {
    if (s[0] == '\n') { out->clear(); return false; }
    int32_t r;
    bool multibyte;
    if (!unquoteChar(s, q, &r, &multibyte)) { out->clear(); return false; }
    if (r < 0x80 || !multibyte) *out += static_cast<char>(r);
    else appendRune(*out, r);
    if (q == '\'') break;
  }
  if (s.empty() || s[0] != q || s.size() != 1) { out->clear(); return false; }
  return true;
}

}  // namespace heapscope::stdlib
