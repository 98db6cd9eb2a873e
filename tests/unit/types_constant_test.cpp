// Exact constant arithmetic (core/types/constant.h).
#include <gtest/gtest.h>

#include "types/constant.h"

using namespace heapscope;
using K = Token::Kind;

static ConstValue lit(K k, const char* text) {
  ConstValue v;
  std::string err;
  EXPECT_TRUE(ConstValue::fromLiteral(k, text, &v, &err)) << err;
  return v;
}

TEST(Constant, ShiftsAreExact) {
  ConstValue one = ConstValue::makeInt(1);
  ConstValue big = ConstValue::shift(K::Shl, one, 100);
  EXPECT_EQ(big.str(), "1267650600228229401496703205376");
  ConstValue back = ConstValue::shift(K::Shr, big, 98);
  EXPECT_EQ(back.int64Value(), 4);
  EXPECT_EQ(ConstValue::shift(K::Shr, ConstValue::makeInt(-5), 1).int64Value(), -3);
}

TEST(Constant, FloatsAreExactRationals) {
  ConstValue a = lit(K::Float, "0.1"), b = lit(K::Float, "0.2"), c = lit(K::Float, "0.3");
  ConstValue sum = ConstValue::binary(K::Add, a, b, false, nullptr);
  EXPECT_TRUE(ConstValue::compare(K::Eql, sum, c));
  EXPECT_DOUBLE_EQ(sum.doubleValue(), 0.3);
  EXPECT_EQ(lit(K::Float, "1e100").str(), "1e+100");
  EXPECT_EQ(lit(K::Float, "2.5").str(), "2.5");
  EXPECT_EQ(lit(K::Float, "0x1p-2").doubleValue(), 0.25);
}

TEST(Constant, IntegerLiterals) {
  EXPECT_EQ(lit(K::Int, "0x_FF").int64Value(), 255);
  EXPECT_EQ(lit(K::Int, "0b101").int64Value(), 5);
  EXPECT_EQ(lit(K::Int, "0o17").int64Value(), 15);
  EXPECT_EQ(lit(K::Int, "017").int64Value(), 15);
  EXPECT_EQ(lit(K::Int, "1_000_000").int64Value(), 1000000);
  EXPECT_EQ(lit(K::Int, "18446744073709551615").uint64Value(), 18446744073709551615ull);
}

TEST(Constant, RuneAndStringLiterals) {
  EXPECT_EQ(lit(K::Char, "'a'").int64Value(), 97);
  EXPECT_EQ(lit(K::Char, "'\\n'").int64Value(), 10);
  EXPECT_EQ(lit(K::Char, "'\\u00e9'").int64Value(), 0xe9);
  EXPECT_EQ(lit(K::Char, "'\\x41'").int64Value(), 0x41);
  EXPECT_EQ(lit(K::String, "\"a\\tb\"").stringValue(), "a\tb");
  EXPECT_EQ(lit(K::String, "\"\\u00e9\"").stringValue(), "\xc3\xa9");
  EXPECT_EQ(lit(K::String, "`raw\\n`").stringValue(), "raw\\n");
  EXPECT_EQ(lit(K::String, "\"\\xff\"").stringValue(), "\xff");
}

TEST(Constant, Arithmetic) {
  ConstValue seven = ConstValue::makeInt(7), two = ConstValue::makeInt(2), m7 = ConstValue::makeInt(-7);
  EXPECT_EQ(ConstValue::binary(K::Quo, seven, two, true, nullptr).int64Value(), 3);
  EXPECT_EQ(ConstValue::binary(K::Quo, m7, two, true, nullptr).int64Value(), -3);
  EXPECT_EQ(ConstValue::binary(K::Rem, m7, two, true, nullptr).int64Value(), -1);
  ConstValue q = ConstValue::binary(K::Quo, seven, two, false, nullptr);
  EXPECT_EQ(q.kind, ConstValue::Kind::Int);  // both ints and !intDiv still int path only for floats
  bool dz = false;
  ConstValue::binary(K::Quo, seven, ConstValue::makeInt(0), true, &dz);
  EXPECT_TRUE(dz);
  EXPECT_EQ(ConstValue::binary(K::AndNot, ConstValue::makeInt(0xff), ConstValue::makeInt(0x0f), true, nullptr).int64Value(), 0xf0);
  EXPECT_EQ(ConstValue::binary(K::And, m7, ConstValue::makeInt(0xff), true, nullptr).int64Value(), 0xf9);
  EXPECT_EQ(ConstValue::binary(K::Or, m7, ConstValue::makeInt(1), true, nullptr).int64Value(), -7);
  EXPECT_EQ(ConstValue::binary(K::Xor, m7, ConstValue::makeInt(-1), true, nullptr).int64Value(), 6);
  EXPECT_EQ(ConstValue::unary(K::Xor, ConstValue::makeInt(0), 8).int64Value(), 255);
  EXPECT_EQ(ConstValue::unary(K::Xor, ConstValue::makeInt(0), 0).int64Value(), -1);
  ConstValue f = ConstValue::binary(K::Quo, ConstValue::makeInt(1), ConstValue::makeInt(3).toFloat(), false, nullptr);
  EXPECT_EQ(f.kind, ConstValue::Kind::Float);
  EXPECT_DOUBLE_EQ(f.doubleValue(), 1.0 / 3.0);
}

TEST(Constant, HugeValuesAreCapped) {
  ConstValue v = ConstValue::shift(K::Shl, ConstValue::makeInt(1), 1000000);
  EXPECT_FALSE(v.known());
  EXPECT_TRUE(v.overflow);
}

TEST(Constant, BigIntToString) {
  BigInt b;
  ASSERT_TRUE(BigInt::parse("123456789012345678901234567890", 10, &b));
  EXPECT_EQ(b.toString(), "123456789012345678901234567890");
  EXPECT_EQ((-b).toString(), "-123456789012345678901234567890");
  BigInt q, r;
  BigInt::divMod(b, BigInt::fromU64(1000000007), &q, &r);
  EXPECT_EQ((q * BigInt::fromU64(1000000007) + r).toString(), b.toString());
}
