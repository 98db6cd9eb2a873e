// BigInt and ConstValue: exact constant arithmetic for the checker.
// Algorithms are the plain schoolbook ones; constants in programs are small,
// and kMaxConstBits bounds the worst case.
#include "types/constant.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace heapscope {

// ------------------------------------------------------------------ BigInt
void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::fromU64(uint64_t v) {
  BigInt r;
  while (v) { r.mag_.push_back(static_cast<uint32_t>(v)); v >>= 32; }
  return r;
}

BigInt BigInt::fromI64(int64_t v) {
  if (v >= 0) return fromU64(static_cast<uint64_t>(v));
  BigInt r = fromU64(0 - static_cast<uint64_t>(v));
  r.neg_ = true;
  return r;
}

bool BigInt::parse(const std::string& digits, int base, BigInt* out) {
  BigInt r;
  bool any = false;
  for (char c : digits) {
    if (c == '_') continue;
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return false;
    if (d >= base) return false;
    // r = r * base + d
    uint64_t carry = static_cast<uint64_t>(d);
    for (auto& limb : r.mag_) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
    if (static_cast<int>(r.mag_.size()) * 32 > kMaxConstBits + 64) return false;
    any = true;
  }
  if (!any) return false;
  r.trim();
  *out = r;
  return true;
}

int BigInt::bitLen() const {
  if (mag_.empty()) return 0;
  uint32_t top = mag_.back();
  int n = 0;
  while (top) { n++; top >>= 1; }
  return static_cast<int>(mag_.size() - 1) * 32 + n;
}

bool BigInt::testBit(int i) const {
  size_t w = static_cast<size_t>(i) / 32;
  if (w >= mag_.size()) return false;
  return (mag_[w] >> (i % 32)) & 1;
}

bool BigInt::fitsI64() const {
  int bl = bitLen();
  if (bl < 64) return true;
  if (bl > 64) return false;
  // exactly 64 bits: only -2^63 fits
  return neg_ && mag_.size() == 2 && mag_[1] == 0x80000000u && mag_[0] == 0;
}

bool BigInt::fitsU64() const { return !neg_ && bitLen() <= 64; }

uint64_t BigInt::toU64() const {
  uint64_t v = 0;
  if (mag_.size() > 0) v |= mag_[0];
  if (mag_.size() > 1) v |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? (0 - v) : v;
}

int64_t BigInt::toI64() const { return static_cast<int64_t>(toU64()); }

int BigInt::cmpMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

std::vector<uint32_t> BigInt::addMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> r(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); i++) {
    uint64_t v = carry;
    if (i < a.size()) v += a[i];
    if (i < b.size()) v += b[i];
    r[i] = static_cast<uint32_t>(v);
    carry = v >> 32;
  }
  return r;
}

std::vector<uint32_t> BigInt::subMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t v = static_cast<int64_t>(a[i]) - borrow - (i < b.size() ? static_cast<int64_t>(b[i]) : 0);
    borrow = 0;
    if (v < 0) { v += (int64_t(1) << 32); borrow = 1; }
    r[i] = static_cast<uint32_t>(v);
  }
  return r;
}

int cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = BigInt::cmpMag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::addMag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::cmpMag(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::subMag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::subMag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.isZero() || b.isZero()) return r;
  r.mag_.assign(a.mag_.size() + b.mag_.size(), 0);
  for (size_t i = 0; i < a.mag_.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.mag_.size(); j++) {
      uint64_t v = static_cast<uint64_t>(a.mag_[i]) * b.mag_[j] + r.mag_[i + j] + carry;
      r.mag_[i + j] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    size_t k = i + b.mag_.size();
    while (carry) {
      uint64_t v = static_cast<uint64_t>(r.mag_[k]) + carry;
      r.mag_[k] = static_cast<uint32_t>(v);
      carry = v >> 32;
      k++;
    }
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

void BigInt::divMod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt quo, rem;
  if (b.mag_.size() == 1) {
    // single-limb fast path
    uint64_t d = b.mag_[0], carry = 0;
    quo.mag_.assign(a.mag_.size(), 0);
    for (size_t i = a.mag_.size(); i-- > 0;) {
      uint64_t cur = (carry << 32) | a.mag_[i];
      quo.mag_[i] = static_cast<uint32_t>(cur / d);
      carry = cur % d;
    }
    rem = BigInt::fromU64(carry);
  } else if (cmpMag(a.mag_, b.mag_) < 0) {
    rem = a.abs();
  } else {
    // binary long division on magnitudes
    BigInt bb = b.abs();
    int n = a.bitLen();
    quo.mag_.assign(a.mag_.size(), 0);
    for (int i = n - 1; i >= 0; i--) {
      rem = rem.shl(1);
      if (a.testBit(i)) {
        if (rem.mag_.empty()) rem.mag_.push_back(1); else rem.mag_[0] |= 1;
      }
      if (cmpMag(rem.mag_, bb.mag_) >= 0) {
        rem.mag_ = subMag(rem.mag_, bb.mag_);
        rem.trim();
        quo.mag_[static_cast<size_t>(i) / 32] |= (1u << (i % 32));
      }
    }
  }
  quo.neg_ = a.neg_ != b.neg_;
  quo.trim();
  rem.neg_ = a.neg_;
  rem.trim();
  if (q) *q = quo;
  if (r) *r = rem;
}

BigInt BigInt::shl(unsigned n) const {
  if (isZero() || n == 0) return *this;
  BigInt r;
  size_t words = n / 32, bits = n % 32;
  r.mag_.assign(mag_.size() + words + 1, 0);
  for (size_t i = 0; i < mag_.size(); i++) {
    uint64_t v = static_cast<uint64_t>(mag_[i]) << bits;
    r.mag_[i + words] |= static_cast<uint32_t>(v);
    r.mag_[i + words + 1] |= static_cast<uint32_t>(v >> 32);
  }
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigInt BigInt::shr(unsigned n) const {
  if (isZero() || n == 0) return *this;
  if (neg_) {
    // floor(a / 2^n) for negative a == -ceil(|a| / 2^n)
    BigInt m = abs();
    BigInt q = m.shr(n);
    bool lost = false;
    for (unsigned i = 0; i < n && i < static_cast<unsigned>(m.bitLen()); i++)
      if (m.testBit(static_cast<int>(i))) { lost = true; break; }
    if (lost) q = q + BigInt::fromU64(1);
    return -q;
  }
  size_t words = n / 32, bits = n % 32;
  BigInt r;
  if (words >= mag_.size()) return r;
  r.mag_.assign(mag_.size() - words, 0);
  for (size_t i = words; i < mag_.size(); i++) {
    uint64_t v = mag_[i];
    if (i + 1 < mag_.size()) v |= static_cast<uint64_t>(mag_[i + 1]) << 32;
    r.mag_[i - words] = static_cast<uint32_t>(v >> bits);
  }
  r.trim();
  return r;
}

BigInt BigInt::bitOp(const BigInt& a, const BigInt& b, char op) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  auto twos = [n](const BigInt& x) {
    std::vector<uint32_t> v(n, 0);
    for (size_t i = 0; i < x.mag_.size(); i++) v[i] = x.mag_[i];
    if (x.neg_) {
      uint64_t carry = 1;
      for (auto& w : v) {
        uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~w)) + carry;
        w = static_cast<uint32_t>(t);
        carry = t >> 32;
      }
    }
    return v;
  };
  std::vector<uint32_t> x = twos(a), y = twos(b), r(n);
  for (size_t i = 0; i < n; i++) {
    switch (op) {
      case '&': r[i] = x[i] & y[i]; break;
      case '|': r[i] = x[i] | y[i]; break;
      case '^': r[i] = x[i] ^ y[i]; break;
      default: r[i] = x[i] & ~y[i]; break;
    }
  }
  BigInt out;
  if (r[n - 1] & 0x80000000u) {
    uint64_t carry = 1;
    for (auto& w : r) {
      uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~w)) + carry;
      w = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    out.neg_ = true;
  }
  out.mag_ = r;
  out.trim();
  return out;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.isZero()) {
    BigInt r;
    divMod(a, b, nullptr, &r);
    a = b;
    b = r;
  }
  return a;
}

std::string BigInt::toString() const {
  if (isZero()) return "0";
  std::string s;
  BigInt cur = abs();
  BigInt billion = fromU64(1000000000);
  while (!cur.isZero()) {
    BigInt q, r;
    divMod(cur, billion, &q, &r);
    uint64_t chunk = r.toU64();
    char buf[16];
    if (q.isZero()) std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(chunk));
    else std::snprintf(buf, sizeof buf, "%09llu", static_cast<unsigned long long>(chunk));
    s.insert(0, buf);
    cur = q;
  }
  if (neg_) s.insert(0, "-");
  return s;
}

// ------------------------------------------------------------------ ConstValue
ConstValue ConstValue::makeBool(bool b) { ConstValue v; v.kind = Kind::Bool; v.boolVal = b; return v; }
ConstValue ConstValue::makeString(std::string s) { ConstValue v; v.kind = Kind::String; v.strVal = std::move(s); return v; }
ConstValue ConstValue::makeInt(int64_t i) { return makeBig(BigInt::fromI64(i)); }
ConstValue ConstValue::makeUint(uint64_t i) { return makeBig(BigInt::fromU64(i)); }
ConstValue ConstValue::unknown(bool overflow) { ConstValue v; v.overflow = overflow; return v; }

ConstValue ConstValue::makeBig(BigInt i) {
  if (i.bitLen() > kMaxConstBits) return unknown(true);
  ConstValue v;
  v.kind = Kind::Int;
  v.num = std::move(i);
  return v;
}

ConstValue ConstValue::makeRat(BigInt n, BigInt d) {
  if (d.isNeg()) { n = -n; d = -d; }
  BigInt g = BigInt::gcd(n, d);
  if (!g.isZero() && !(g.bitLen() == 1)) {
    BigInt::divMod(n, g, &n, nullptr);
    BigInt::divMod(d, g, &d, nullptr);
  }
  if (n.bitLen() > kMaxConstBits || d.bitLen() > kMaxConstBits) return unknown(true);
  ConstValue v;
  v.kind = Kind::Float;
  v.num = std::move(n);
  v.den = std::move(d);
  return v;
}

ConstValue ConstValue::makeFloat(double d) {
  if (!std::isfinite(d)) return unknown(true);
  if (d == 0) return makeRat(BigInt(), BigInt::fromU64(1));
  int exp;
  double m = std::frexp(d, &exp);  // d = m * 2^exp, 0.5 <= |m| < 1
  // scale mantissa to a 53-bit integer
  int64_t mi = static_cast<int64_t>(std::ldexp(m, 53));
  exp -= 53;
  BigInt n = BigInt::fromI64(mi);
  if (exp >= 0) return makeRat(n.shl(static_cast<unsigned>(exp)), BigInt::fromU64(1));
  return makeRat(n, BigInt::fromU64(1).shl(static_cast<unsigned>(-exp)));
}

bool ConstValue::isIntegral() const {
  if (kind == Kind::Int) return true;
  if (kind == Kind::Float) return den.bitLen() == 1 && !den.isNeg();
  return false;
}

ConstValue ConstValue::toInt() const {
  if (kind == Kind::Int) return *this;
  if (isIntegral()) return makeBig(num);
  return unknown();
}

ConstValue ConstValue::toFloat() const {
  if (kind == Kind::Float) return *this;
  if (kind == Kind::Int) return makeRat(num, BigInt::fromU64(1));
  return unknown();
}

int ConstValue::sign() const { return isNumeric() ? num.sign() : 0; }

static double ratToDouble(const BigInt& num, const BigInt& den) {
  if (num.isZero()) return 0.0;
  BigInt a = num.abs(), b = den;
  int k = 66 - a.bitLen() + b.bitLen();
  if (k >= 0) a = a.shl(static_cast<unsigned>(k));
  else b = b.shl(static_cast<unsigned>(-k));
  BigInt q, r;
  BigInt::divMod(a, b, &q, &r);
  int s = q.bitLen() - 64;
  bool sticky = !r.isZero();
  if (s > 0) {
    for (int i = 0; i < s; i++) if (q.testBit(i)) { sticky = true; break; }
    q = q.shr(static_cast<unsigned>(s));
  } else {
    s = 0;
  }
  uint64_t m = q.toU64() | (sticky ? 1u : 0u);
  double d = std::ldexp(static_cast<double>(m), s - k);
  return num.isNeg() ? -d : d;
}

double ConstValue::doubleValue() const {
  if (kind == Kind::Int) return ratToDouble(num, BigInt::fromU64(1));
  if (kind == Kind::Float) return ratToDouble(num, den);
  return 0;
}

int64_t ConstValue::int64Value() const {
  if (kind == Kind::Int) return num.toI64();
  if (kind == Kind::Float) { BigInt q; BigInt::divMod(num, den, &q, nullptr); return q.toI64(); }
  if (kind == Kind::Bool) return boolVal ? 1 : 0;
  return 0;
}

uint64_t ConstValue::uint64Value() const { return static_cast<uint64_t>(int64Value()) ; }

bool ConstValue::roundToFloat(int bits, ConstValue* out) const {
  double d = doubleValue();
  if (bits == 32) {
    float f = static_cast<float>(d);
    if (!std::isfinite(f)) return false;
    d = f;
  }
  if (!std::isfinite(d)) return false;
  *out = makeFloat(d);
  return true;
}

ConstValue ConstValue::binary(Token::Kind op, const ConstValue& x, const ConstValue& y, bool intDiv, bool* divByZero) {
  using K = Token::Kind;
  if (!x.known() || !y.known()) return unknown(x.overflow || y.overflow);
  if (x.kind == Kind::String && y.kind == Kind::String && op == K::Add) return makeString(x.strVal + y.strVal);
  if (x.kind == Kind::Bool && y.kind == Kind::Bool) {
    if (op == K::LAnd) return makeBool(x.boolVal && y.boolVal);
    if (op == K::LOr) return makeBool(x.boolVal || y.boolVal);
    return unknown();
  }
  if (!x.isNumeric() || !y.isNumeric()) return unknown();
  bool isFloat = x.kind == Kind::Float || y.kind == Kind::Float;
  if (isFloat && !intDiv) {
    ConstValue a = x.toFloat(), b = y.toFloat();
    switch (op) {
      case K::Add: return makeRat(a.num * b.den + b.num * a.den, a.den * b.den);
      case K::Sub: return makeRat(a.num * b.den - b.num * a.den, a.den * b.den);
      case K::Mul: return makeRat(a.num * b.num, a.den * b.den);
      case K::Quo:
        if (b.num.isZero()) { if (divByZero) *divByZero = true; return unknown(); }
        return makeRat(a.num * b.den, a.den * b.num);
      default: return unknown();
    }
  }
  ConstValue a = x.toInt(), b = y.toInt();
  if (!a.known() || !b.known()) return unknown();
  switch (op) {
    case K::Add: return makeBig(a.num + b.num);
    case K::Sub: return makeBig(a.num - b.num);
    case K::Mul:
      if (a.num.bitLen() + b.num.bitLen() > kMaxConstBits + 1) return unknown(true);
      return makeBig(a.num * b.num);
    case K::Quo:
    case K::Rem: {
      if (b.num.isZero()) { if (divByZero) *divByZero = true; return unknown(); }
      BigInt q, r;
      BigInt::divMod(a.num, b.num, &q, &r);
      return makeBig(op == K::Quo ? q : r);
    }
    case K::And: return makeBig(BigInt::bitOp(a.num, b.num, '&'));
    case K::Or: return makeBig(BigInt::bitOp(a.num, b.num, '|'));
    case K::Xor: return makeBig(BigInt::bitOp(a.num, b.num, '^'));
    case K::AndNot: return makeBig(BigInt::bitOp(a.num, b.num, 'n'));
    default: return unknown();
  }
}

ConstValue ConstValue::shift(Token::Kind op, const ConstValue& x, uint64_t s) {
  ConstValue a = x.toInt();
  if (!a.known()) return unknown(x.overflow);
  if (op == Token::Kind::Shl) {
    if (s > static_cast<uint64_t>(kMaxConstBits) || a.num.bitLen() + static_cast<int64_t>(s) > kMaxConstBits)
      return a.num.isZero() ? a : unknown(true);
    return makeBig(a.num.shl(static_cast<unsigned>(s)));
  }
  if (s > static_cast<uint64_t>(kMaxConstBits) + 64) return makeInt(a.num.isNeg() ? -1 : 0);
  return makeBig(a.num.shr(static_cast<unsigned>(s)));
}

bool ConstValue::compare(Token::Kind op, const ConstValue& x, const ConstValue& y) {
  using K = Token::Kind;
  int c = 0;
  if (x.kind == Kind::String && y.kind == Kind::String) c = x.strVal.compare(y.strVal);
  else if (x.kind == Kind::Bool && y.kind == Kind::Bool) c = (x.boolVal == y.boolVal) ? 0 : 1;
  else if (x.isNumeric() && y.isNumeric()) {
    ConstValue a = x.toFloat(), b = y.toFloat();
    c = cmp(a.num * b.den, b.num * a.den);
  } else {
    return false;
  }
  switch (op) {
    case K::Eql: return c == 0;
    case K::Neq: return c != 0;
    case K::Lss: return c < 0;
    case K::Leq: return c <= 0;
    case K::Gtr: return c > 0;
    case K::Geq: return c >= 0;
    default: return false;
  }
}

ConstValue ConstValue::unary(Token::Kind op, const ConstValue& x, int unsignedBits) {
  using K = Token::Kind;
  if (!x.known()) return x;
  switch (op) {
    case K::Add: return x;
    case K::Sub:
      if (x.kind == Kind::Int) return makeBig(-x.num);
      if (x.kind == Kind::Float) return makeRat(-x.num, x.den);
      return unknown();
    case K::Not:
      if (x.kind == Kind::Bool) return makeBool(!x.boolVal);
      return unknown();
    case K::Xor: {
      ConstValue a = x.toInt();
      if (!a.known()) return unknown();
      if (unsignedBits > 0) {
        BigInt mask = BigInt::fromU64(1).shl(static_cast<unsigned>(unsignedBits)) - BigInt::fromU64(1);
        return makeBig(BigInt::bitOp(a.num, mask, '^'));
      }
      return makeBig(-a.num - BigInt::fromU64(1));
    }
    default: return unknown();
  }
}

std::string goQuote(const std::string& s) {
  std::string out = "\"";
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\v': out += "\\v"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
      i++;
      continue;
    }
    // copy a valid UTF-8 sequence through; escape invalid bytes
    int n = (c >= 0xf0 && c < 0xf8) ? 4 : (c >= 0xe0) ? 3 : (c >= 0xc0) ? 2 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (int k = 1; ok && k < n; k++) ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
    if (ok) { out.append(s, i, n); i += n; }
    else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      i++;
    }
  }
  out += "\"";
  return out;
}

std::string ConstValue::str() const {
  switch (kind) {
    case Kind::Bool: return boolVal ? "true" : "false";
    case Kind::String: {
      std::string q = goQuote(strVal);
      if (q.size() > 72) q = q.substr(0, 68) + "...\"";
      return q;
    }
    case Kind::Int: return num.toString();
    case Kind::Float: {
      if (isIntegral() && num.bitLen() < 64) return num.toString();
      double d = doubleValue();
      if (!std::isfinite(d)) return num.isNeg() ? "-1e+309" : "1e+309";
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6g", d);
      return buf;
    }
    default: return "unknown";
  }
}

// ------------------------------------------------------------------ literals
static void utf8Append(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) out += static_cast<char>(r);
  else if (r < 0x800) { out += static_cast<char>(0xC0 | (r >> 6)); out += static_cast<char>(0x80 | (r & 0x3F)); }
  else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12)); out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18)); out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F)); out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

static int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the body of a quoted literal (between the quotes). For char
// literals, *rune receives the single value.
static bool unquoteBody(const std::string& body, char quote, std::string* out, uint32_t* rune, int* count, std::string* err) {
  size_t i = 0;
  *count = 0;
  while (i < body.size()) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c != '\\') {
      // one UTF-8 sequence
      int n = (c >= 0xf0) ? 4 : (c >= 0xe0) ? 3 : (c >= 0xc0) ? 2 : 1;
      if (i + n > body.size()) n = 1;
      uint32_t r = c;
      if (n == 2) r = ((c & 0x1F) << 6) | (body[i + 1] & 0x3F);
      if (n == 3) r = ((c & 0x0F) << 12) | ((body[i + 1] & 0x3F) << 6) | (body[i + 2] & 0x3F);
      if (n == 4) r = ((c & 0x07) << 18) | ((body[i + 1] & 0x3F) << 12) | ((body[i + 2] & 0x3F) << 6) | (body[i + 3] & 0x3F);
      out->append(body, i, n);
      *rune = r;
      i += n;
      (*count)++;
      continue;
    }
    if (i + 1 >= body.size()) { *err = "invalid escape sequence"; return false; }
    char e = body[i + 1];
    i += 2;
    uint32_t r = 0;
    switch (e) {
      case 'a': r = 7; break;
      case 'b': r = 8; break;
      case 'f': r = 12; break;
      case 'n': r = 10; break;
      case 'r': r = 13; break;
      case 't': r = 9; break;
      case 'v': r = 11; break;
      case '\\': r = '\\'; break;
      case '\'': if (quote != '\'') { *err = "unknown escape sequence"; return false; } r = '\''; break;
      case '"': if (quote != '"') { *err = "unknown escape sequence"; return false; } r = '"'; break;
      case 'x': case 'u': case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (i + n > body.size()) { *err = "invalid escape sequence"; return false; }
        for (int k = 0; k < n; k++) {
          int h = hexVal(body[i + k]);
          if (h < 0) { *err = "invalid escape sequence"; return false; }
          r = r * 16 + static_cast<uint32_t>(h);
        }
        i += n;
        if (e == 'x') { out->push_back(static_cast<char>(r)); *rune = r; (*count)++; continue; }
        if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) { *err = "escape is invalid Unicode code point"; return false; }
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          if (i + 2 > body.size()) { *err = "invalid escape sequence"; return false; }
          r = static_cast<uint32_t>(e - '0');
          for (int k = 0; k < 2; k++) {
            char d = body[i + k];
            if (d < '0' || d > '7') { *err = "invalid escape sequence"; return false; }
            r = r * 8 + static_cast<uint32_t>(d - '0');
          }
          i += 2;
          if (r > 255) { *err = "octal escape value > 255"; return false; }
          out->push_back(static_cast<char>(r));
          *rune = r;
          (*count)++;
          continue;
        }
        *err = "unknown escape sequence";
        return false;
    }
    utf8Append(*out, r);
    *rune = r;
    (*count)++;
  }
  return true;
}

static bool parseFloatLit(const std::string& text, ConstValue* out) {
  std::string t;
  for (char c : text) if (c != '_') t += c;
  bool hex = t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X');
  size_t i = hex ? 2 : 0;
  std::string mant;
  int64_t fracDigits = 0;
  bool inFrac = false;
  for (; i < t.size(); i++) {
    char c = t[i];
    if (c == '.') { inFrac = true; continue; }
    if ((!hex && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P'))) break;
    mant += c;
    if (inFrac) fracDigits++;
  }
  int64_t exp = 0;
  if (i < t.size()) {
    i++;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) { neg = t[i] == '-'; i++; }
    if (i >= t.size()) return false;
    for (; i < t.size(); i++) {
      if (t[i] < '0' || t[i] > '9') return false;
      exp = exp * 10 + (t[i] - '0');
      if (exp > 100000) return false;
    }
    if (neg) exp = -exp;
  }
  if (mant.empty()) mant = "0";
  BigInt m;
  if (!BigInt::parse(mant, hex ? 16 : 10, &m)) return false;
  if (hex) {
    exp -= fracDigits * 4;
    if (exp > kMaxConstBits || exp < -kMaxConstBits) {
      if (m.isZero()) { *out = ConstValue::makeRat(BigInt(), BigInt::fromU64(1)); return true; }
      *out = ConstValue::unknown(true); return true;
    }
    if (exp >= 0) *out = ConstValue::makeRat(m.shl(static_cast<unsigned>(exp)), BigInt::fromU64(1));
    else *out = ConstValue::makeRat(m, BigInt::fromU64(1).shl(static_cast<unsigned>(-exp)));
    return true;
  }
  exp -= fracDigits;
  if (m.isZero()) { *out = ConstValue::makeRat(BigInt(), BigInt::fromU64(1)); return true; }
  if (exp > 2400 || exp < -2400) { *out = ConstValue::unknown(true); return true; }
  BigInt p = BigInt::fromU64(1), ten = BigInt::fromU64(10);
  for (int64_t k = 0; k < (exp < 0 ? -exp : exp); k++) p = p * ten;
  if (exp >= 0) *out = ConstValue::makeRat(m * p, BigInt::fromU64(1));
  else *out = ConstValue::makeRat(m, p);
  return true;
}

bool ConstValue::fromLiteral(Token::Kind k, const std::string& text, ConstValue* out, std::string* err) {
  using K = Token::Kind;
  switch (k) {
    case K::Int: {
      std::string t = text;
      int base = 10;
      size_t start = 0;
      if (t.size() > 1 && t[0] == '0') {
        char p = t[1];
        if (p == 'x' || p == 'X') { base = 16; start = 2; }
        else if (p == 'b' || p == 'B') { base = 2; start = 2; }
        else if (p == 'o' || p == 'O') { base = 8; start = 2; }
        else { base = 8; start = 1; }
      }
      BigInt v;
      if (!BigInt::parse(t.substr(start), base, &v)) {
        *err = "invalid integer literal " + text;
        return false;
      }
      *out = makeBig(v);
      return true;
    }
    case K::Float:
      if (!parseFloatLit(text, out)) { *err = "invalid floating-point literal " + text; return false; }
      return true;
    case K::Char: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') { *err = "invalid rune literal"; return false; }
      std::string body = text.substr(1, text.size() - 2), tmp;
      uint32_t r = 0;
      int count = 0;
      if (!unquoteBody(body, '\'', &tmp, &r, &count, err)) return false;
      if (count != 1) { *err = count == 0 ? "empty rune literal or unescaped ' in rune literal" : "more than one character in rune literal"; return false; }
      *out = makeInt(static_cast<int64_t>(r));
      return true;
    }
    case K::String: {
      if (text.size() >= 2 && text.front() == '`') {
        std::string s;
        for (size_t i = 1; i + 1 < text.size(); i++) if (text[i] != '\r') s += text[i];
        *out = makeString(s);
        return true;
      }
      if (text.size() < 2) { *err = "invalid string literal"; return false; }
      std::string s;
      uint32_t r;
      int count;
      if (!unquoteBody(text.substr(1, text.size() - 2), '"', &s, &r, &count, err)) return false;
      *out = makeString(s);
      return true;
    }
    default:
      *err = "not supported yet: complex numbers";
      return false;
  }
}

}  // namespace heapscope
