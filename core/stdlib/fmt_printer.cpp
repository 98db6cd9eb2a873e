// fmt's primitive formatting (Go's fmt/format.go: padding, integers, floats,
// strings, quoting) and the Printf/Print/Println drivers (fmt/print.go's
// doPrintf/doPrint/doPrintln), re-implemented over heapscope values.
// Value walking (printArg/printValue) lives in fmt_value.cpp.
#include <algorithm>
#include <cmath>

#include "heap/type_rep.h"
#include "stdlib/fmt_printer.h"
#include "stdlib/native_util.h"
#include "stdlib/strconv_core.h"
#include "stdlib/unicode_tables.h"
#include "types/types.h"

namespace heapscope::stdlib {

namespace {
const char* kLdigits = "0123456789abcdefx";
const char* kUdigits = "0123456789ABCDEFX";
}  // namespace

void Printer::writeRune(char32_t r) { appendRune(buf, static_cast<int32_t>(r)); }

void Printer::writePadding(int n) {
  if (n <= 0) return;
  buf.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
}

void Printer::pad(std::string_view s) {
  if (!f_.widPresent || f_.wid == 0) { buf += s; return; }
  int width = f_.wid - static_cast<int>(runeCount(s));
  if (!f_.minus) { writePadding(width); buf += s; }
  else { buf += s; writePadding(width); }
}

void Printer::fmtBoolean(bool v) { pad(v ? "true" : "false"); }

void Printer::fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, bool upper) {
  const char* digits = upper ? kUdigits : kLdigits;
  bool negative = isSigned && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;
  int prec = 0;
  if (f_.precPresent) {
    prec = f_.prec;
    if (prec == 0 && u == 0) {
      bool oldZero = f_.zero;
      f_.zero = false;
      writePadding(f_.wid);
      f_.zero = oldZero;
      return;
    }
  } else if (f_.zero && f_.widPresent) {
    prec = f_.wid;
    if (negative || f_.plus || f_.space) prec--;
  }
  std::string tmp;  // built right-to-left, reversed at the end
  switch (base) {
    case 10: while (u >= 10) { tmp += static_cast<char>('0' + u % 10); u /= 10; } break;
    case 16: while (u >= 16) { tmp += digits[u & 0xF]; u >>= 4; } break;
    case 8: while (u >= 8) { tmp += static_cast<char>('0' + (u & 7)); u >>= 3; } break;
    case 2: while (u >= 2) { tmp += static_cast<char>('0' + (u & 1)); u >>= 1; } break;
    default: break;
  }
  tmp += digits[u];
  while (static_cast<int>(tmp.size()) < prec) tmp += '0';
  if (f_.sharp) {
    switch (base) {
      case 2: tmp += "b0"; break;
      case 8: if (tmp.back() != '0') tmp += '0'; break;
      case 16: tmp += digits[16]; tmp += '0'; break;
      default: break;
    }
  }
  if (verb == 'O') tmp += "o0";
  if (negative) tmp += '-';
  else if (f_.plus) tmp += '+';
  else if (f_.space) tmp += ' ';
  std::reverse(tmp.begin(), tmp.end());
  bool oldZero = f_.zero;
  f_.zero = false;
  pad(tmp);
  f_.zero = oldZero;
}

void Printer::fmtUnicode(uint64_t u) {
  int prec = 4;
  if (f_.precPresent && f_.prec > 4) prec = std::min(f_.prec, 64);
  std::string hex;
  uint64_t v = u;
  do { hex += kUdigits[v & 0xF]; v >>= 4; } while (v != 0);
  while (static_cast<int>(hex.size()) < prec) hex += '0';
  std::reverse(hex.begin(), hex.end());
  std::string s = "U+" + hex;
  if (f_.sharp && u <= static_cast<uint64_t>(kMaxRune) && isPrint(static_cast<int32_t>(u))) {
    s += " '";
    appendRune(s, static_cast<int32_t>(u));
    s += '\'';
  }
  bool oldZero = f_.zero;
  f_.zero = false;
  pad(s);
  f_.zero = oldZero;
}

void Printer::fmtC(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  std::string s;
  appendRune(s, r);
  pad(s);
}

void Printer::fmtQc(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  pad(quoteRune(r, f_.plus));
}

// Go's fmt.fmtFloat: sign handling, Inf/NaN, the # flag, zero padding.
void Printer::fmtFloatRaw(double v, int size, char verb, int prec) {
  if (f_.precPresent) prec = f_.prec;
  std::string num = formatFloat(v, verb, prec, size);
  if (num[0] == '-' || num[0] == '+') {
    // keep
  } else {
    num.insert(num.begin(), '+');
  }
  if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
  if (num.size() > 1 && (num[1] == 'I' || num[1] == 'N')) {
    bool oldZero = f_.zero;
    f_.zero = false;
    if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
    pad(num);
    f_.zero = oldZero;
    return;
  }
  if (f_.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v': case 'g': case 'G': case 'x':
        digits = prec;
        if (digits == -1) digits = 6;
        break;
      default: break;
    }
    std::string tail;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char c = num[i];
      if (c == '.') { hasDecimalPoint = true; continue; }
      if (c == 'p' || c == 'P') { tail = num.substr(i); num.resize(i); break; }
      if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') { tail = num.substr(i); num.resize(i); break; }
      if (c != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    while (digits > 0) { num += '0'; digits--; }
    num += tail;
  }
  if (f_.plus || num[0] != '+') {
    if (f_.zero && f_.widPresent && f_.wid > static_cast<int>(num.size())) {
      buf += num[0];
      writePadding(f_.wid - static_cast<int>(num.size()));
      buf.append(num, 1, std::string::npos);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

std::string_view Printer::truncate(std::string_view s) {
  if (f_.precPresent) {
    int n = f_.prec;
    for (size_t i = 0; i < s.size();) {
      n--;
      if (n < 0) return s.substr(0, i);
      Decoded d = decodeRune(s.substr(i));
      i += d.size ? d.size : 1;
    }
  }
  return s;
}

void Printer::fmtS(std::string_view s) { pad(truncate(s)); }

void Printer::fmtSbx(std::string_view s, bool upper) {
  const char* digits = upper ? kUdigits : kLdigits;
  int length = static_cast<int>(s.size());
  if (f_.precPresent && f_.prec < length) length = f_.prec;
  int width = 2 * length;
  if (width > 0) {
    if (f_.space) {
      if (f_.sharp) width *= 2;
      width += length - 1;
    } else if (f_.sharp) {
      width += 2;
    }
  } else {
    if (f_.widPresent) writePadding(f_.wid);
    return;
  }
  if (f_.widPresent && f_.wid > width && !f_.minus) writePadding(f_.wid - width);
  if (f_.sharp) { buf += '0'; buf += digits[16]; }
  for (int i = 0; i < length; ++i) {
    if (f_.space && i > 0) {
      buf += ' ';
      if (f_.sharp) { buf += '0'; buf += digits[16]; }
    }
    uint8_t c = static_cast<uint8_t>(s[i]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f_.widPresent && f_.wid > width && f_.minus) writePadding(f_.wid - width);
}

void Printer::fmtQ(std::string_view s) {
  s = truncate(s);
  if (f_.sharp && canBackquote(s)) {
    std::string q = "`";
    q += s;
    q += '`';
    pad(q);
    return;
  }
  pad(quote(s, '"', f_.plus));
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = f_.sharp;
  f_.sharp = leading0x;
  fmtInteger(v, 16, false, 'v', false);
  f_.sharp = sharp;
}

void Printer::fmtBool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') fmtBoolean(v);
  else badVerb(verb);
}

void Printer::fmtIntegerVerb(uint64_t v, bool isSigned, char32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharpV && !isSigned) fmt0x64(v, true);
      else fmtInteger(v, 10, isSigned, verb, false);
      break;
    case 'd': fmtInteger(v, 10, isSigned, verb, false); break;
    case 'b': fmtInteger(v, 2, isSigned, verb, false); break;
    case 'o': case 'O': fmtInteger(v, 8, isSigned, verb, false); break;
    case 'x': fmtInteger(v, 16, isSigned, verb, false); break;
    case 'X': fmtInteger(v, 16, isSigned, verb, true); break;
    case 'c': fmtC(v); break;
    case 'q': fmtQc(v); break;
    case 'U': fmtUnicode(v); break;
    default: badVerb(verb); break;
  }
}

void Printer::fmtFloat(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': fmtFloatRaw(v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X':
      if (f_.sharpV) fmtFloatRaw(v, size, 'g', -1);
      else fmtFloatRaw(v, size, static_cast<char>(verb), -1);
      break;
    case 'f': case 'e': case 'E': fmtFloatRaw(v, size, static_cast<char>(verb), 6); break;
    case 'F': fmtFloatRaw(v, size, 'f', 6); break;
    default: badVerb(verb); break;
  }
}

void Printer::fmtString(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v': if (f_.sharpV) fmtQ(v); else fmtS(v); break;
    case 's': fmtS(v); break;
    case 'x': fmtSbx(v, false); break;
    case 'X': fmtSbx(v, true); break;
    case 'q': fmtQ(v); break;
    default: badVerb(verb); break;
  }
}

void Printer::fmtBytes(std::string_view v, bool isNil, char32_t verb, const std::string& typeStr) {
  switch (verb) {
    case 'v': case 'd':
      if (f_.sharpV) {
        buf += typeStr;
        if (isNil) { buf += "(nil)"; return; }
        buf += '{';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf += ", ";
          fmt0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf += ' ';
          fmtInteger(static_cast<uint8_t>(v[i]), 10, false, verb, false);
        }
        buf += ']';
      }
      break;
    case 's': fmtS(v); break;
    case 'x': fmtSbx(v, false); break;
    case 'X': fmtSbx(v, true); break;
    case 'q': fmtQ(v); break;
    default: badVerb(verb); break;
  }
}

// ---- the drivers

bool Printer::intFromArg(const std::vector<GoValue>& a, size_t& argNum, int* out) {
  bool isInt = false;
  *out = 0;
  if (argNum < a.size()) {
    const GoValue& v = a[argNum];
    const Type* u = underlyingOf(v.type);
    if (u && u->kind >= TypeKind::Int && u->kind <= TypeKind::Uintptr) {
      bool isUnsigned = u->kind >= TypeKind::Uint;
      if (isUnsigned) {
        uint64_t n = v.slot.u;
        isInt = n <= 1000000;
        *out = isInt ? static_cast<int>(n) : 0;
      } else {
        int64_t n = v.slot.i;
        isInt = n >= -1000000 && n <= 1000000;
        *out = isInt ? static_cast<int>(n) : 0;
      }
    }
    argNum++;
  }
  return isInt;
}

// Go's parsenum: on overflow the whole rest of the format is consumed.
static bool parseNum(std::string_view s, size_t& i, size_t end, int* out) {
  int num = 0;
  bool isnum = false;
  *out = 0;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (num > 1000000 || num < -1000000) { i = end; return false; }
    num = num * 10 + (s[i] - '0');
    isnum = true;
  }
  *out = num;
  return isnum;
}

void Printer::argNumber(size_t& argNum, std::string_view format, size_t& i, size_t numArgs, bool& afterIndex) {
  afterIndex = false;
  if (i >= format.size() || format[i] != '[') return;
  reordered_ = true;
  // parseArgNumber on format[i:]: "[n]" with n one-indexed.
  std::string_view f = format.substr(i);
  int index = 0;
  size_t wid = 1;
  bool ok = false;
  if (f.size() >= 3) {
    for (size_t k = 1; k < f.size(); ++k) {
      if (f[k] == ']') {
        size_t newi = 1;
        int width = 0;
        bool isnum = parseNum(f, newi, k, &width);
        wid = k + 1;
        if (isnum && newi == k) { index = width - 1; ok = true; }
        break;
      }
    }
  }
  i += wid;
  if (ok && index >= 0 && static_cast<size_t>(index) < numArgs) {
    argNum = static_cast<size_t>(index);
    afterIndex = true;
    return;
  }
  goodArgNum_ = false;
  afterIndex = ok;
}

void Printer::doPrintf(std::string_view format, const std::vector<GoValue>& a) {
  size_t end = format.size();
  size_t argNum = 0;
  bool afterIndex = false;
  reordered_ = false;
  size_t i = 0;
  while (i < end) {
    goodArgNum_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    ++i;  // skip %
    f_ = Flags{};
    bool simpleDone = false;
    for (; i < end; ++i) {
      char c = format[i];
      if (c == '#') { f_.sharp = true; continue; }
      if (c == '0') { f_.zero = !f_.minus; continue; }
      if (c == '+') { f_.plus = true; continue; }
      if (c == '-') { f_.minus = true; f_.zero = false; continue; }
      if (c == ' ') { f_.space = true; continue; }
      if (c >= 'a' && c <= 'z' && argNum < a.size()) {
        if (c == 'w' || c == 'v') {
          if (c == 'w') wrappedErrs.push_back(static_cast<int>(argNum));
          f_.sharpV = f_.sharp;
          f_.sharp = false;
          f_.plusV = f_.plus;
          f_.plus = false;
        }
        printArg(a[argNum], static_cast<char32_t>(c));
        argNum++;
        ++i;
        simpleDone = true;
      }
      break;
    }
    if (simpleDone) continue;

    argNumber(argNum, format, i, a.size(), afterIndex);

    if (i < end && format[i] == '*') {
      ++i;
      f_.widPresent = intFromArg(a, argNum, &f_.wid);
      if (!f_.widPresent) buf += "%!(BADWIDTH)";
      if (f_.wid < 0) {
        f_.wid = -f_.wid;
        f_.minus = true;
        f_.zero = false;
      }
      afterIndex = false;
    } else {
      f_.widPresent = parseNum(format, i, end, &f_.wid);
      if (afterIndex && f_.widPresent) goodArgNum_ = false;
    }

    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (afterIndex) goodArgNum_ = false;
      argNumber(argNum, format, i, a.size(), afterIndex);
      if (i < end && format[i] == '*') {
        ++i;
        f_.precPresent = intFromArg(a, argNum, &f_.prec);
        if (f_.prec < 0) {
          f_.prec = 0;
          f_.precPresent = false;
        }
        if (!f_.precPresent) buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        f_.precPresent = parseNum(format, i, end, &f_.prec);
        if (!f_.precPresent) {
          f_.prec = 0;
          f_.precPresent = true;
        }
      }
    }

    if (!afterIndex) argNumber(argNum, format, i, a.size(), afterIndex);

    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    char32_t verb = static_cast<uint8_t>(format[i]);
    int size = 1;
    if (verb >= 0x80) {
      Decoded d = decodeRune(format.substr(i));
      verb = static_cast<char32_t>(d.rune);
      size = d.size;
    }
    i += static_cast<size_t>(size);

    if (verb == '%') {
      buf += '%';
    } else if (!goodArgNum_) {
      buf += "%!";
      writeRune(verb);
      buf += "(BADINDEX)";
    } else if (argNum >= a.size()) {
      buf += "%!";
      writeRune(verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'w') wrappedErrs.push_back(static_cast<int>(argNum));
      if (verb == 'v' || verb == 'w') {
        f_.sharpV = f_.sharp;
        f_.sharp = false;
        f_.plusV = f_.plus;
        f_.plus = false;
      }
      printArg(a[argNum], verb);
      argNum++;
    }
  }

  if (!reordered_ && argNum < a.size()) {
    f_ = Flags{};
    buf += "%!(EXTRA ";
    for (size_t k = argNum; k < a.size(); ++k) {
      if (k > argNum) buf += ", ";
      if (!a[k].type) {
        buf += "<nil>";
      } else {
        buf += typeString(a[k].type);
        buf += '=';
        printArg(a[k], 'v');
      }
    }
    buf += ')';
  }
}

static bool isStringKind(const GoValue& v) {
  const Type* u = underlyingOf(v.type);
  return u && u->kind == TypeKind::String;
}

void Printer::doPrint(const std::vector<GoValue>& a) {
  bool prevString = false;
  for (size_t n = 0; n < a.size(); ++n) {
    f_ = Flags{};
    bool isString = a[n].type && isStringKind(a[n]);
    if (n > 0 && !isString && !prevString) buf += ' ';
    printArg(a[n], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const std::vector<GoValue>& a) {
  for (size_t n = 0; n < a.size(); ++n) {
    f_ = Flags{};
    if (n > 0) buf += ' ';
    printArg(a[n], 'v');
  }
  buf += '\n';
}

}  // namespace heapscope::stdlib
