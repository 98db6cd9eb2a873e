// The Go lexer (see lexer.h). Follows the Go spec's lexical grammar and
// cmd/compile's error wording and positions: errors about the character
// being read are reported at that character; errors about a whole literal at
// its first character (plus an offset where gc gives one).
#include "syntax/lexer.h"

#include <cstdio>

#include "syntax/unicode_tables.h"

namespace heapscope {

namespace {

using K = Token::Kind;

bool isDecimal(int c) { return c >= '0' && c <= '9'; }
bool isHex(int c) { return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int lower(int c) { return c | 0x20; }
bool isAsciiLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
  }
  return "hexadecimal";
}

K keywordKind(std::string_view s) {
  if (s.size() < 2 || s.size() > 11) return K::Ident;
  switch (s[0]) {
    case 'b': if (s == "break") return K::Break; break;
    case 'c':
      if (s == "case") return K::Case;
      if (s == "chan") return K::Chan;
      if (s == "const") return K::Const;
      if (s == "continue") return K::Continue;
      break;
    case 'd':
      if (s == "default") return K::Default;
      if (s == "defer") return K::Defer;
      break;
    case 'e': if (s == "else") return K::Else; break;
    case 'f':
      if (s == "fallthrough") return K::Fallthrough;
      if (s == "for") return K::For;
      if (s == "func") return K::Func;
      break;
    case 'g':
      if (s == "go") return K::Go;
      if (s == "goto") return K::Goto;
      break;
    case 'i':
      if (s == "if") return K::If;
      if (s == "import") return K::Import;
      if (s == "interface") return K::Interface;
      break;
    case 'm': if (s == "map") return K::Map; break;
    case 'p': if (s == "package") return K::Package; break;
    case 'r':
      if (s == "range") return K::Range;
      if (s == "return") return K::Return;
      break;
    case 's':
      if (s == "select") return K::Select;
      if (s == "struct") return K::Struct;
      if (s == "switch") return K::Switch;
      break;
    case 't': if (s == "type") return K::Type; break;
    case 'v': if (s == "var") return K::Var; break;
  }
  return K::Ident;
}

// Index of the first misplaced '_' in a number literal, or -1 (Go's rule:
// '_' must sit between digits, or between a base prefix and a digit).
long invalidSep(std::string_view x) {
  int x1 = ' ';
  int d = '.';  // previous class: '_', '0' (digit) or '.' (other)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return long(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return long(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return long(x.size()) - 1;
  return -1;
}

bool isPrintable(uint32_t c) {
  if (c < 0x20 || c == 0x7f) return false;
  if (c >= 0x80 && c < 0xa0) return false;
  if (c >= 0xD800 && c < 0xE000) return false;
  if (c > 0x10FFFF) return false;
  if (c == 0xFEFF || (c & 0xFFFE) == 0xFFFE) return false;
  if (c >= 0x2028 && c <= 0x202E) return false;
  return true;
}

}  // namespace

std::string formatCodePoint(uint32_t c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", unsigned(c));
  std::string s = buf;
  if (isPrintable(c)) {
    s += " '";
    if (c < 0x80) {
      s += char(c);
    } else {
      // UTF-8 encode
      if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
      } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
      }
    }
    s += "'";
  }
  return s;
}

Lexer::Lexer(std::string_view src, ErrorSink& errs) : src_(src), errs_(errs) {
  if (src_.size() >= 3 && (unsigned char)src_[0] == 0xEF && (unsigned char)src_[1] == 0xBB &&
      (unsigned char)src_[2] == 0xBF) {
    pos_ = 3;  // a leading BOM is ignored
    lineStart_ = 0;
  }
}

void Lexer::errorAt(size_t at, std::string msg) { errs_.report(line_, col(at), std::move(msg)); }

uint32_t Lexer::peekRune(size_t at, int* len) const {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(src_.data()) + at;
  size_t n = src_.size() - at;
  unsigned char b0 = p[0];
  *len = 1;
  if (b0 < 0x80) return b0;
  int need;
  uint32_t c, min;
  if ((b0 & 0xE0) == 0xC0) { need = 1; c = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; c = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; c = b0 & 0x07; min = 0x10000; }
  else return 0xFFFD;
  if (n < size_t(need) + 1) return 0xFFFD;
  for (int i = 1; i <= need; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (p[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) return 0xFFFD;
  *len = need + 1;
  return c;
}

void Lexer::next(Token& t) {
  t.text.clear();
redo:
  // skip white space; a newline is white space only where no ';' is due
  while (pos_ < src_.size()) {
    char c = src_[pos_];
    if (c == ' ' || c == '\t' || c == '\r') {
      pos_++;
    } else if (c == '\n' && !nlsemi_) {
      newline(pos_);
      pos_++;
    } else {
      break;
    }
  }
  size_t start = pos_;
  t.line = line_;
  t.col = col(start);
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  if (pos_ >= src_.size()) {
    if (nlsemi) {
      t.kind = K::Semicolon;
      t.text = "EOF";
      return;
    }
    t.kind = K::Eof;
    return;
  }
  unsigned char c = src_[pos_];
  if (c == '\n') {  // only reached when nlsemi was set
    newline(pos_);
    pos_++;
    t.kind = K::Semicolon;
    t.text = "newline";
    return;
  }
  if (isAsciiLetter(c)) {
    scanIdent(t, start);
    return;
  }
  if (c >= 0x80) {
    int len;
    uint32_t r = peekRune(pos_, &len);
    if (r == 0xFFFD && len == 1) {
      errorAt(pos_, "invalid UTF-8 encoding");
      pos_++;
      nlsemi_ = nlsemi;
      goto redo;
    }
    if (r == 0xFEFF) {
      errorAt(pos_, "invalid BOM in the middle of the file");
      pos_ += len;
      nlsemi_ = nlsemi;
      goto redo;
    }
    if (isUnicodeLetter(r)) {
      scanIdent(t, start);
      return;
    }
    if (isUnicodeDigit(r)) {
      errorAt(pos_, "identifier cannot begin with digit " + formatCodePoint(r));
      scanIdent(t, start);
      return;
    }
    errorAt(pos_, "invalid character " + formatCodePoint(r));
    pos_ += len;
    nlsemi_ = nlsemi;
    goto redo;
  }
  if (isDecimal(c)) {
    scanNumber(t, start, false);
    return;
  }
  pos_++;
  auto peek = [&](size_t off = 0) -> int {
    return pos_ + off < src_.size() ? (unsigned char)src_[pos_ + off] : -1;
  };
  auto op = [&](K k, int extra = 0, bool semi = false) {
    pos_ += extra;
    t.kind = k;
    nlsemi_ = semi;
  };
  switch (c) {
    case '\0':
      errorAt(start, "invalid NUL character");
      nlsemi_ = nlsemi;
      goto redo;
    case '"': scanString(t, start); return;
    case '`': scanRawString(t, start, t.line, t.col); return;
    case '\'': scanRune(t, start); return;
    case '(': op(K::LParen); return;
    case '[': op(K::LBrack); return;
    case '{': op(K::LBrace); return;
    case ',': op(K::Comma); return;
    case ';': op(K::Semicolon); t.text = "semicolon"; return;
    case ')': op(K::RParen, 0, true); return;
    case ']': op(K::RBrack, 0, true); return;
    case '}': op(K::RBrace, 0, true); return;
    case ':':
      if (peek() == '=') return op(K::Define, 1);
      return op(K::Colon);
    case '.':
      if (isDecimal(peek())) {
        pos_ = start;
        scanNumber(t, start, true);
        return;
      }
      if (peek() == '.' && peek(1) == '.') return op(K::Ellipsis, 2);
      return op(K::Period);
    case '+':
      if (peek() == '+') return op(K::Inc, 1, true);
      if (peek() == '=') return op(K::AddAssign, 1);
      return op(K::Add);
    case '-':
      if (peek() == '-') return op(K::Dec, 1, true);
      if (peek() == '=') return op(K::SubAssign, 1);
      return op(K::Sub);
    case '*':
      if (peek() == '=') return op(K::MulAssign, 1);
      return op(K::Mul);
    case '/':
      if (peek() == '/') {
        while (pos_ < src_.size() && src_[pos_] != '\n') pos_++;
        nlsemi_ = nlsemi;
        goto redo;
      }
      if (peek() == '*') {
        bool hadNewline = false;
        int sl = t.line, sc = t.col;
        pos_++;
        if (!skipGeneralComment(start, sl, sc, &hadNewline)) {
          nlsemi_ = false;
          goto redo;
        }
        if (hadNewline && nlsemi) {
          // a multi-line comment acts like a newline
          t.line = sl;
          t.col = sc;
          t.kind = K::Semicolon;
          t.text = "newline";
          return;
        }
        nlsemi_ = nlsemi;
        goto redo;
      }
      if (peek() == '=') return op(K::QuoAssign, 1);
      return op(K::Quo);
    case '%':
      if (peek() == '=') return op(K::RemAssign, 1);
      return op(K::Rem);
    case '&':
      if (peek() == '&') return op(K::LAnd, 1);
      if (peek() == '^') {
        if (peek(1) == '=') return op(K::AndNotAssign, 2);
        return op(K::AndNot, 1);
      }
      if (peek() == '=') return op(K::AndAssign, 1);
      return op(K::And);
    case '|':
      if (peek() == '|') return op(K::LOr, 1);
      if (peek() == '=') return op(K::OrAssign, 1);
      return op(K::Or);
    case '^':
      if (peek() == '=') return op(K::XorAssign, 1);
      return op(K::Xor);
    case '<':
      if (peek() == '-') return op(K::Arrow, 1);
      if (peek() == '<') {
        if (peek(1) == '=') return op(K::ShlAssign, 2);
        return op(K::Shl, 1);
      }
      if (peek() == '=') return op(K::Leq, 1);
      return op(K::Lss);
    case '>':
      if (peek() == '>') {
        if (peek(1) == '=') return op(K::ShrAssign, 2);
        return op(K::Shr, 1);
      }
      if (peek() == '=') return op(K::Geq, 1);
      return op(K::Gtr);
    case '=':
      if (peek() == '=') return op(K::Eql, 1);
      return op(K::Assign);
    case '!':
      if (peek() == '=') return op(K::Neq, 1);
      return op(K::Not);
    case '~': return op(K::Tilde);
    default:
      errorAt(start, "invalid character " + formatCodePoint(c));
      nlsemi_ = nlsemi;
      goto redo;
  }
}

// Returns false if the comment is not terminated (error already reported).
bool Lexer::skipGeneralComment(size_t start, int startLine, int startCol, bool* hadNewline) {
  (void)start;
  // pos_ is just past "/*"
  while (pos_ < src_.size()) {
    char c = src_[pos_];
    if (c == '*' && pos_ + 1 < src_.size() && src_[pos_ + 1] == '/') {
      pos_ += 2;
      return true;
    }
    if (c == '\n') {
      *hadNewline = true;
      newline(pos_);
    }
    pos_++;
  }
  errorAtLC(startLine, startCol, "comment not terminated");
  return false;
}

void Lexer::scanIdent(Token& t, size_t start) {
  while (pos_ < src_.size()) {
    unsigned char c = src_[pos_];
    if (isAsciiLetter(c) || isDecimal(c)) {
      pos_++;
      continue;
    }
    if (c < 0x80) break;
    int len;
    uint32_t r = peekRune(pos_, &len);
    if (isUnicodeLetter(r) || isUnicodeDigit(r)) {
      pos_ += len;
      continue;
    }
    if (r == 0xFFFD && len == 1) break;  // reported by the next scan
    errorAt(pos_, "invalid character " + formatCodePoint(r) + " in identifier");
    pos_ += len;
  }
  std::string_view s = src_.substr(start, pos_ - start);
  t.kind = keywordKind(s);
  if (t.kind == K::Ident) {
    t.text.assign(s);
    nlsemi_ = true;
  } else {
    nlsemi_ = t.kind == K::Break || t.kind == K::Continue || t.kind == K::Fallthrough ||
              t.kind == K::Return;
  }
}

int Lexer::digits(int base, long& invalid, size_t start) {
  int ds = 0;
  if (base <= 10) {
    int max = '0' + base;
    while (pos_ < src_.size()) {
      int c = (unsigned char)src_[pos_];
      if (isDecimal(c)) {
        ds |= 1;
        if (c >= max && invalid < 0) invalid = long(pos_ - start);
      } else if (c == '_') {
        ds |= 2;
      } else {
        break;
      }
      pos_++;
    }
  } else {
    while (pos_ < src_.size()) {
      int c = (unsigned char)src_[pos_];
      if (isHex(c)) ds |= 1;
      else if (c == '_') ds |= 2;
      else break;
      pos_++;
    }
  }
  return ds;
}

void Lexer::scanNumber(Token& t, size_t start, bool seenPoint) {
  nlsemi_ = true;
  bool ok = true;
  K kind = K::Int;
  int base = 10;
  int prefix = 0;
  int digsep = 0;
  long invalid = -1;
  auto cur = [&]() -> int { return pos_ < src_.size() ? (unsigned char)src_[pos_] : -1; };
  if (!seenPoint) {
    if (cur() == '0') {
      pos_++;
      switch (lower(cur())) {
        case 'x': pos_++; base = 16; prefix = 'x'; break;
        case 'o': pos_++; base = 8; prefix = 'o'; break;
        case 'b': pos_++; base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1; break;  // leading 0
      }
    }
    digsep |= digits(base, invalid, start);
    if (cur() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorAt(pos_, std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      pos_++;
      seenPoint = true;
    }
  } else {
    pos_++;  // the '.'
  }
  if (seenPoint) {
    kind = K::Float;
    digsep |= digits(base, invalid, start);
  }
  if ((digsep & 1) == 0 && ok) {
    errorAt(pos_, std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  int e = lower(cur());
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorAt(pos_, std::string("'") + char(cur()) + "' exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorAt(pos_, std::string("'") + char(cur()) + "' exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    pos_++;
    kind = K::Float;
    if (cur() == '+' || cur() == '-') pos_++;
    long dummy = -1;
    digsep = digits(10, dummy, start) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorAt(pos_, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == K::Float && ok) {
    errorAt(pos_, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (cur() == 'i') {
    kind = K::Imag;
    pos_++;
  }
  t.kind = kind;
  t.text.assign(src_.substr(start, pos_ - start));
  if (kind == K::Int && invalid >= 0 && ok) {
    errorAt(start + size_t(invalid), std::string("invalid digit '") + t.text[size_t(invalid)] +
                                         "' in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    long i = invalidSep(t.text);
    if (i >= 0) {
      errorAt(start + size_t(i), "'_' must separate successive digits");
      ok = false;
    }
  }
}

// Validates one escape after the backslash (pos_ at the char after '\').
bool Lexer::scanEscape(char quote) {
  if (pos_ >= src_.size()) return true;  // caller complains about EOF
  int c = (unsigned char)src_[pos_];
  int n;
  uint32_t base, max;
  if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' ||
      c == 'v' || c == '\\') {
    pos_++;
    return true;
  }
  if (c >= '0' && c <= '7') {
    n = 3; base = 8; max = 255;
  } else if (c == 'x') {
    pos_++; n = 2; base = 16; max = 255;
  } else if (c == 'u') {
    pos_++; n = 4; base = 16; max = 0x10FFFF;
  } else if (c == 'U') {
    pos_++; n = 8; base = 16; max = 0x10FFFF;
  } else {
    errorAt(pos_, "unknown escape");
    return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (pos_ >= src_.size()) return true;
    int ch = (unsigned char)src_[pos_];
    uint32_t d = base;
    if (isDecimal(ch)) d = uint32_t(ch - '0');
    else if (lower(ch) >= 'a' && lower(ch) <= 'f') d = uint32_t(lower(ch) - 'a' + 10);
    if (d >= base) {
      int len = 1;
      uint32_t r = ch < 0x80 ? uint32_t(ch) : peekRune(pos_, &len);
      std::string q;
      if (r == '\n') q = "'\\n'";
      else if (r == '\'') q = "'\\''";
      else if (r == '\\') q = "'\\\\'";
      else if (isPrintable(r)) q = "'" + std::string(src_.substr(pos_, size_t(len))) + "'";
      else {
        char buf[16];
        std::snprintf(buf, sizeof buf, "'\\x%02x'", unsigned(r));
        q = buf;
      }
      errorAt(pos_, "invalid character " + q + " in " + baseName(int(base)) + " escape");
      return false;
    }
    x = x * base + d;
    pos_++;
  }
  if (x > max && base == 8) {
    errorAt(pos_, "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    errorAt(pos_, "escape is invalid Unicode code point " + formatCodePoint(x));
    return false;
  }
  return true;
}

void Lexer::scanString(Token& t, size_t start) {
  // pos_ is past the opening quote
  int sl = t.line, sc = t.col;
  nlsemi_ = true;
  while (true) {
    if (pos_ >= src_.size()) {
      errorAtLC(sl, sc, "string literal not terminated");
      break;
    }
    char c = src_[pos_];
    if (c == '"') {
      pos_++;
      break;
    }
    if (c == '\\') {
      pos_++;
      scanEscape('"');
      continue;
    }
    if (c == '\n') {
      errorAt(pos_, "newline in string");
      break;
    }
    pos_++;
  }
  t.kind = K::String;
  t.text.assign(src_.substr(start, pos_ - start));
}

void Lexer::scanRawString(Token& t, size_t start, int startLine, int startCol) {
  nlsemi_ = true;
  while (true) {
    if (pos_ >= src_.size()) {
      errorAtLC(startLine, startCol, "string literal not terminated");
      break;
    }
    char c = src_[pos_];
    if (c == '`') {
      pos_++;
      break;
    }
    if (c == '\n') newline(pos_);
    pos_++;
  }
  t.kind = K::String;
  t.text.assign(src_.substr(start, pos_ - start));
}

void Lexer::scanRune(Token& t, size_t start) {
  int sl = t.line, sc = t.col;
  nlsemi_ = true;
  bool ok = true;
  int n = 0;
  for (;; n++) {
    if (pos_ >= src_.size()) {
      if (ok) errorAtLC(sl, sc, "rune literal not terminated");
      break;
    }
    unsigned char c = src_[pos_];
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          errorAt(pos_, "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAtLC(sl, sc, "more than one character in rune literal");
          ok = false;
        }
      }
      pos_++;
      break;
    }
    if (c == '\\') {
      pos_++;
      if (!scanEscape('\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) {
        errorAt(pos_, "newline in rune literal");
        ok = false;
      }
      break;
    }
    if (c >= 0x80) {
      int len;
      peekRune(pos_, &len);
      pos_ += size_t(len);
    } else {
      pos_++;
    }
  }
  t.kind = K::Char;
  t.text.assign(src_.substr(start, pos_ - start));
}

}  // namespace heapscope
