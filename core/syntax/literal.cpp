// Decoding of string and rune literal values (see literal.h). The lexer has
// already validated literals it accepted; these functions re-validate anyway
// so they are safe on any input.
#include "syntax/literal.h"

namespace heapscope {

void appendUtf8(std::string& out, uint32_t c) {
  if (c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) c = 0xFFFD;
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

namespace {

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one escape starting at s[i] == '\\'. On success advances i and
// sets value; isByte tells whether it is a raw byte (\x, octal).
bool decodeEscape(const std::string& s, size_t& i, char quote, uint32_t& value, bool& isByte) {
  if (i + 1 >= s.size()) return false;
  char c = s[i + 1];
  isByte = false;
  switch (c) {
    case 'a': value = 7; i += 2; return true;
    case 'b': value = 8; i += 2; return true;
    case 'f': value = 12; i += 2; return true;
    case 'n': value = 10; i += 2; return true;
    case 'r': value = 13; i += 2; return true;
    case 't': value = 9; i += 2; return true;
    case 'v': value = 11; i += 2; return true;
    case '\\': value = '\\'; i += 2; return true;
    default: break;
  }
  if (c == quote) {
    value = uint32_t(quote);
    i += 2;
    return true;
  }
  if (c >= '0' && c <= '7') {
    if (i + 4 > s.size()) return false;
    uint32_t x = 0;
    for (size_t k = 1; k <= 3; k++) {
      char d = s[i + k];
      if (d < '0' || d > '7') return false;
      x = x * 8 + uint32_t(d - '0');
    }
    if (x > 255) return false;
    value = x;
    isByte = true;
    i += 4;
    return true;
  }
  int n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  if (n == 0 || i + 2 + size_t(n) > s.size()) return false;
  uint32_t x = 0;
  for (int k = 0; k < n; k++) {
    int d = hexVal(s[i + 2 + size_t(k)]);
    if (d < 0) return false;
    x = x * 16 + uint32_t(d);
  }
  if (c == 'x') {
    isByte = true;
  } else if (x > 0x10FFFF || (x >= 0xD800 && x < 0xE000)) {
    return false;
  }
  value = x;
  i += 2 + size_t(n);
  return true;
}

// Decodes one UTF-8 sequence; invalid bytes decode as U+FFFD (length 1).
uint32_t decodeRune(const std::string& s, size_t i, size_t& len) {
  unsigned char b0 = (unsigned char)s[i];
  len = 1;
  if (b0 < 0x80) return b0;
  int need;
  uint32_t c, min;
  if ((b0 & 0xE0) == 0xC0) { need = 1; c = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; c = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; c = b0 & 0x07; min = 0x10000; }
  else return 0xFFFD;
  if (i + size_t(need) >= s.size()) return 0xFFFD;
  for (int k = 1; k <= need; k++) {
    unsigned char b = (unsigned char)s[i + size_t(k)];
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) return 0xFFFD;
  len = size_t(need) + 1;
  return c;
}

}  // namespace

bool unquoteString(const std::string& lit, std::string& out) {
  out.clear();
  if (lit.size() < 2) return false;
  char q = lit.front();
  if (lit.back() != q) return false;
  if (q == '`') {
    out.reserve(lit.size() - 2);
    for (size_t i = 1; i + 1 < lit.size(); i++) {
      if (lit[i] == '`') return false;
      if (lit[i] != '\r') out += lit[i];
    }
    return true;
  }
  if (q != '"') return false;
  out.reserve(lit.size() - 2);
  size_t end = lit.size() - 1;
  for (size_t i = 1; i < end;) {
    char c = lit[i];
    if (c == '"' || c == '\n') return false;
    if (c != '\\') {
      out += c;
      i++;
      continue;
    }
    uint32_t v;
    bool isByte;
    if (!decodeEscape(lit, i, '"', v, isByte) || i > end) return false;
    if (isByte) out += char(v);
    else appendUtf8(out, v);
  }
  return true;
}

bool unquoteRune(const std::string& lit, uint32_t& out) {
  if (lit.size() < 3 || lit.front() != '\'' || lit.back() != '\'') return false;
  size_t end = lit.size() - 1;
  size_t i = 1;
  if (lit[i] == '\\') {
    bool isByte;
    if (!decodeEscape(lit, i, '\'', out, isByte)) return false;
  } else {
    if (lit[i] == '\'' || lit[i] == '\n') return false;
    size_t len;
    out = decodeRune(lit, i, len);
    i += len;
  }
  return i == end;
}

}  // namespace heapscope
