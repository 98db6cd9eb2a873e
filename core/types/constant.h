// Exact Go constants: arbitrary-precision integers (BigInt), exact rationals
// for floating-point constants, strings and booleans.
//
// Invariants:
//  - BigInt magnitudes have no leading zero limbs; zero is non-negative.
//  - A Float ConstValue is num/den with den > 0 and gcd(num, den) == 1, so
//    0.1 + 0.2 == 0.3 holds exactly, as the Go spec requires for constants.
//  - Sizes are capped (kMaxConstBits): arithmetic that would exceed the cap
//    yields an Unknown value with an "overflow" flag instead of allocating
//    without bound (1<<1000000 must not hang the checker).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "syntax/token.h"

namespace heapscope {

constexpr int kMaxConstBits = 8192;  // ints are limited further by the checker (Go: 512)

class BigInt {
 public:
  BigInt() = default;
  static BigInt fromI64(int64_t v);
  static BigInt fromU64(uint64_t v);
  // digits in `base` (2, 8, 10, 16), underscores skipped; false on a bad digit
  static bool parse(const std::string& digits, int base, BigInt* out);

  bool isZero() const { return mag_.empty(); }
  bool isNeg() const { return neg_; }
  int sign() const { return isZero() ? 0 : (neg_ ? -1 : 1); }
  int bitLen() const;  // of the magnitude
  bool fitsI64() const;
  bool fitsU64() const;
  int64_t toI64() const;   // wraps (two's complement) when it does not fit
  uint64_t toU64() const;  // low 64 bits of the two's complement value
  std::string toString() const;  // decimal

  friend int cmp(const BigInt& a, const BigInt& b);
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  // truncated division (Go's / and %); divisor must be non-zero
  static void divMod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  BigInt shl(unsigned n) const;
  BigInt shr(unsigned n) const;  // arithmetic (floor) for negatives, as Go
  static BigInt bitOp(const BigInt& a, const BigInt& b, char op);  // '&' '|' '^' 'n'(and-not), two's complement
  BigInt abs() const { BigInt r = *this; r.neg_ = false; return r; }
  static BigInt gcd(BigInt a, BigInt b);
  bool isOdd() const { return !mag_.empty() && (mag_[0] & 1); }
  bool testBit(int i) const;  // of the magnitude

 private:
  bool neg_ = false;
  std::vector<uint32_t> mag_;  // little-endian limbs
  void trim();
  static int cmpMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> addMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> subMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);  // a >= b
  friend struct ConstValue;
};

struct ConstValue {
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };
  Kind kind = Kind::Unknown;
  bool boolVal = false;
  std::string strVal;
  BigInt num;          // Int: the value; Float: numerator
  BigInt den;          // Float: denominator (> 0)
  bool overflow = false;  // Unknown produced by exceeding size limits

  static ConstValue makeBool(bool b);
  static ConstValue makeString(std::string s);
  static ConstValue makeInt(int64_t v);
  static ConstValue makeUint(uint64_t v);
  static ConstValue makeBig(BigInt v);
  static ConstValue makeRat(BigInt num, BigInt den);  // normalizes; den != 0
  static ConstValue makeFloat(double d);             // exact value of the double (finite)
  static ConstValue unknown(bool overflow = false);

  // Literal text as the lexer produced it (Int, Float, Char, String tokens).
  // Returns false and sets *err on malformed literals.
  static bool fromLiteral(Token::Kind k, const std::string& text, ConstValue* out, std::string* err);

  bool known() const { return kind != Kind::Unknown; }
  bool isNumeric() const { return kind == Kind::Int || kind == Kind::Float; }
  bool isIntegral() const;  // Int, or a Float with denominator 1
  ConstValue toInt() const;    // exact conversion; Unknown if not integral
  ConstValue toFloat() const;  // Int -> Float
  int sign() const;

  // Arithmetic on numeric values of the same or mixed kind (result Float if
  // either is Float, unless intDiv for '/': truncated integer division).
  // Division by zero returns Unknown with *divByZero set.
  static ConstValue binary(Token::Kind op, const ConstValue& x, const ConstValue& y, bool intDiv, bool* divByZero);
  static ConstValue shift(Token::Kind op, const ConstValue& x, uint64_t s);
  static bool compare(Token::Kind op, const ConstValue& x, const ConstValue& y);
  // unary + - ^ !. For ^ on unsigned typed constants pass the bit size
  // (0 for signed / untyped: ^x == -x-1).
  static ConstValue unary(Token::Kind op, const ConstValue& x, int unsignedBits);

  // Accessors for the compiler (valid after the checker converted the
  // constant to its final type).
  int64_t int64Value() const;     // ints (wrapping); floats truncated
  uint64_t uint64Value() const;
  double doubleValue() const;     // nearest double (ints too)
  float floatValue() const { return static_cast<float>(doubleValue()); }
  const std::string& stringValue() const { return strVal; }
  bool boolValue() const { return boolVal; }

  // Go's rendering in diagnostics: 300, 2.5, 1e+100, "foo", true.
  std::string str() const;
  // Rounds a Float to the nearest float64 / float32; false if it overflows.
  bool roundToFloat(int bits, ConstValue* out) const;
};

// Quotes a string as Go's strconv.Quote does (used for diagnostics).
std::string goQuote(const std::string& s);

}  // namespace heapscope
