// Natives of package math (C++ <cmath>; IEEE special cases agree with Go's
// documented ones; a few functions may differ from Go's pure-Go versions in
// the last bit). Also unicode and unicode/utf8 natives over unicode_tables.h.
#include <cmath>
#include <cstring>

#include "stdlib/native_util.h"
#include "stdlib/unicode_tables.h"

namespace heapscope::stdlib {

namespace {

template <double (*F)(double)>
NativeStatus unary(NativeCall& c) {
  retFloat(c, 0, F(argFloat(c, 0)));
  return NativeStatus::Done;
}
template <double (*F)(double, double)>
NativeStatus binary(NativeCall& c) {
  retFloat(c, 0, F(argFloat(c, 0), argFloat(c, 1)));
  return NativeStatus::Done;
}

double fabsD(double x) { return std::fabs(x); }
double sqrtD(double x) { return std::sqrt(x); }
// glibc's cbrt can be off by one ulp (cbrt(27) = 3.0000000000000004) while Go's
// is correctly rounded on exact cubes; one Newton step from the libm guess fixes it.
double cbrtD(double x) {
  double r = std::cbrt(x);
  if (!std::isfinite(r) || r == 0) return r;
  double refined = r - (r * r * r - x) / (3 * r * r);
  return std::fabs(refined * refined * refined - x) < std::fabs(r * r * r - x) ? refined : r;
}
double floorD(double x) { return std::floor(x); }
double ceilD(double x) { return std::ceil(x); }
double truncD(double x) { return std::trunc(x); }
double roundD(double x) { return std::round(x); }
double roundEvenD(double x) { return std::nearbyint(x); }  // default rounding mode: to nearest even
double expD(double x) { return std::exp(x); }
double exp2D(double x) { return std::exp2(x); }
double expm1D(double x) { return std::expm1(x); }
double logD(double x) { return std::log(x); }
double log2D(double x) { return std::log2(x); }
double log10D(double x) { return std::log10(x); }
double log1pD(double x) { return std::log1p(x); }
double sinD(double x) { return std::sin(x); }
double cosD(double x) { return std::cos(x); }
double tanD(double x) { return std::tan(x); }
double asinD(double x) { return std::asin(x); }
double acosD(double x) { return std::acos(x); }
double atanD(double x) { return std::atan(x); }
double sinhD(double x) { return std::sinh(x); }
double coshD(double x) { return std::cosh(x); }
double tanhD(double x) { return std::tanh(x); }
double asinhD(double x) { return std::asinh(x); }
double acoshD(double x) { return std::acosh(x); }
double atanhD(double x) { return std::atanh(x); }
double erfD(double x) { return std::erf(x); }
double erfcD(double x) { return std::erfc(x); }
double gammaD(double x) { return std::tgamma(x); }
double logbD(double x) { return std::logb(x); }
double powD(double x, double y) { return std::pow(x, y); }
double atan2D(double x, double y) { return std::atan2(x, y); }
double hypotD(double x, double y) { return std::hypot(x, y); }
double fmodD(double x, double y) { return std::fmod(x, y); }
double remainderD(double x, double y) { return std::remainder(x, y); }
double copysignD(double x, double y) { return std::copysign(x, y); }
double nextafterD(double x, double y) { return std::nextafter(x, y); }
double dimD(double x, double y) {
  if (std::isinf(x) && std::isinf(y) && std::signbit(x) == std::signbit(y)) return std::nan("");
  double v = x - y;
  return v <= 0 ? 0 : v;
}
// Go's Max/Min: NaN-propagating, and Max(+0, -0) = +0, Min(+0, -0) = -0.
double maxD(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double minD(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

#define NATIVE(name) NativeStatus name(NativeCall& c)
NATIVE(inf) { retFloat(c, 0, argInt(c, 0) >= 0 ? HUGE_VAL : -HUGE_VAL); return NativeStatus::Done; }
NATIVE(nan) { retFloat(c, 0, std::nan("")); return NativeStatus::Done; }
NATIVE(isNaN) { retBool(c, 0, std::isnan(argFloat(c, 0))); return NativeStatus::Done; }
NATIVE(isInf) {
  double f = argFloat(c, 0);
  int64_t sign = argInt(c, 1);
  retBool(c, 0, (sign >= 0 && f > 0 && std::isinf(f)) || (sign <= 0 && f < 0 && std::isinf(f)));
  return NativeStatus::Done;
}
NATIVE(signbit) { retBool(c, 0, std::signbit(argFloat(c, 0))); return NativeStatus::Done; }
NATIVE(float64bits) { double f = argFloat(c, 0); uint64_t u; std::memcpy(&u, &f, 8); retUint(c, 0, u); return NativeStatus::Done; }
NATIVE(float64frombits) { uint64_t u = c.args[0].u; double f; std::memcpy(&f, &u, 8); retFloat(c, 0, f); return NativeStatus::Done; }
NATIVE(float32bits) { float f = static_cast<float>(argFloat(c, 0)); uint32_t u; std::memcpy(&u, &f, 4); retUint(c, 0, u); return NativeStatus::Done; }
NATIVE(float32frombits) { uint32_t u = static_cast<uint32_t>(c.args[0].u); float f; std::memcpy(&f, &u, 4); retFloat(c, 0, f); return NativeStatus::Done; }
NATIVE(modf) {
  double f = argFloat(c, 0), ip;
  double frac = std::modf(f, &ip);
  retFloat(c, 0, ip);
  retFloat(c, 1, frac);
  return NativeStatus::Done;
}
NATIVE(frexp) {
  int e = 0;
  double f = argFloat(c, 0);
  double fr = (std::isinf(f) || std::isnan(f)) ? f : std::frexp(f, &e);
  retFloat(c, 0, fr);
  retInt(c, 1, e);
  return NativeStatus::Done;
}
NATIVE(ldexp) { retFloat(c, 0, std::ldexp(argFloat(c, 0), static_cast<int>(argInt(c, 1)))); return NativeStatus::Done; }
NATIVE(ilogb) { retInt(c, 0, std::ilogb(argFloat(c, 0))); return NativeStatus::Done; }
NATIVE(sincos) { double x = argFloat(c, 0); retFloat(c, 0, std::sin(x)); retFloat(c, 1, std::cos(x)); return NativeStatus::Done; }

// ---- unicode
template <bool (*P)(int32_t)>
NativeStatus runePred(NativeCall& c) {
  retBool(c, 0, P(static_cast<int32_t>(argInt(c, 0))));
  return NativeStatus::Done;
}
template <int32_t (*F)(int32_t)>
NativeStatus runeMap(NativeCall& c) {
  retInt(c, 0, F(static_cast<int32_t>(argInt(c, 0))));
  return NativeStatus::Done;
}

// ---- unicode/utf8
NATIVE(runeLenN) { retInt(c, 0, runeLen(static_cast<int32_t>(argInt(c, 0)))); return NativeStatus::Done; }
NATIVE(runeCountInString) { retInt(c, 0, runeCount(argStr(c, 0))); return NativeStatus::Done; }
NATIVE(runeCountBytes) { retInt(c, 0, runeCount(argBytes(c, 0))); return NativeStatus::Done; }
NATIVE(decodeRuneInString) { Decoded d = decodeRune(argStr(c, 0)); retInt(c, 0, d.rune); retInt(c, 1, d.size); return NativeStatus::Done; }
NATIVE(decodeRuneBytes) { Decoded d = decodeRune(argBytes(c, 0)); retInt(c, 0, d.rune); retInt(c, 1, d.size); return NativeStatus::Done; }
NATIVE(decodeLastRuneInString) { Decoded d = decodeLastRune(argStr(c, 0)); retInt(c, 0, d.rune); retInt(c, 1, d.size); return NativeStatus::Done; }
NATIVE(decodeLastRuneBytes) { Decoded d = decodeLastRune(argBytes(c, 0)); retInt(c, 0, d.rune); retInt(c, 1, d.size); return NativeStatus::Done; }
NATIVE(validString) { retBool(c, 0, validUtf8(argStr(c, 0))); return NativeStatus::Done; }
NATIVE(validBytes) { retBool(c, 0, validUtf8(argBytes(c, 0))); return NativeStatus::Done; }
NATIVE(validRuneN) { retBool(c, 0, validRune(static_cast<int32_t>(argInt(c, 0)))); return NativeStatus::Done; }
NATIVE(fullRuneInString) {
  std::string_view s = argStr(c, 0);
  Decoded d = decodeRune(s);
  // Short input is "not full" only when it is a valid prefix of a longer rune.
  bool full = true;
  if (d.rune == kRuneError && d.size == 1 && !s.empty()) {
    uint8_t b = static_cast<uint8_t>(s[0]);
    size_t need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 1;
    if (s.size() < need) {
      full = false;
      for (size_t i = 1; i < s.size(); ++i) if ((static_cast<uint8_t>(s[i]) & 0xC0) != 0x80) full = true;
    }
  }
  retBool(c, 0, s.empty() ? false : full);
  return NativeStatus::Done;
}
#undef NATIVE

}  // namespace

void registerMathNatives(NativeRegistry& r) {
  r.add("math.Abs", unary<fabsD>);
  r.add("math.Sqrt", unary<sqrtD>);
  r.add("math.Cbrt", unary<cbrtD>);
  r.add("math.Floor", unary<floorD>);
  r.add("math.Ceil", unary<ceilD>);
  r.add("math.Trunc", unary<truncD>);
  r.add("math.Round", unary<roundD>);
  r.add("math.RoundToEven", unary<roundEvenD>);
  r.add("math.Exp", unary<expD>);
  r.add("math.Exp2", unary<exp2D>);
  r.add("math.Expm1", unary<expm1D>);
  r.add("math.Log", unary<logD>);
  r.add("math.Log2", unary<log2D>);
  r.add("math.Log10", unary<log10D>);
  r.add("math.Log1p", unary<log1pD>);
  r.add("math.Logb", unary<logbD>);
  r.add("math.Sin", unary<sinD>);
  r.add("math.Cos", unary<cosD>);
  r.add("math.Tan", unary<tanD>);
  r.add("math.Asin", unary<asinD>);
  r.add("math.Acos", unary<acosD>);
  r.add("math.Atan", unary<atanD>);
  r.add("math.Sinh", unary<sinhD>);
  r.add("math.Cosh", unary<coshD>);
  r.add("math.Tanh", unary<tanhD>);
  r.add("math.Asinh", unary<asinhD>);
  r.add("math.Acosh", unary<acoshD>);
  r.add("math.Atanh", unary<atanhD>);
  r.add("math.Erf", unary<erfD>);
  r.add("math.Erfc", unary<erfcD>);
  r.add("math.Gamma", unary<gammaD>);
  r.add("math.Pow", binary<powD>);
  r.add("math.Atan2", binary<atan2D>);
  r.add("math.Hypot", binary<hypotD>);
  r.add("math.Mod", binary<fmodD>);
  r.add("math.Remainder", binary<remainderD>);
  r.add("math.Copysign", binary<copysignD>);
  r.add("math.Nextafter", binary<nextafterD>);
  r.add("math.Dim", binary<dimD>);
  r.add("math.Max", binary<maxD>);
  r.add("math.Min", binary<minD>);
  r.add("math.Inf", inf);
  r.add("math.NaN", nan);
  r.add("math.IsNaN", isNaN);
  r.add("math.IsInf", isInf);
  r.add("math.Signbit", signbit);
  r.add("math.Float64bits", float64bits);
  r.add("math.Float64frombits", float64frombits);
  r.add("math.Float32bits", float32bits);
  r.add("math.Float32frombits", float32frombits);
  r.add("math.Modf", modf);
  r.add("math.Frexp", frexp);
  r.add("math.Ldexp", ldexp);
  r.add("math.Ilogb", ilogb);
  r.add("math.Sincos", sincos);

  r.add("unicode.IsLetter", runePred<isLetter>);
  r.add("unicode.IsDigit", runePred<isDigit>);
  r.add("unicode.IsNumber", runePred<isNumber>);
  r.add("unicode.IsSpace", runePred<isSpace>);
  r.add("unicode.IsUpper", runePred<isUpper>);
  r.add("unicode.IsLower", runePred<isLower>);
  r.add("unicode.IsTitle", runePred<isTitle>);
  r.add("unicode.IsPunct", runePred<isPunct>);
  r.add("unicode.IsMark", runePred<isMark>);
  r.add("unicode.IsSymbol", runePred<isSymbol>);
  r.add("unicode.IsControl", runePred<isControl>);
  r.add("unicode.IsGraphic", runePred<isGraphic>);
  r.add("unicode.IsPrint", runePred<isPrint>);
  r.add("unicode.ToUpper", runeMap<toUpper>);
  r.add("unicode.ToLower", runeMap<toLower>);
  r.add("unicode.ToTitle", runeMap<toTitle>);

  r.add("unicode/utf8.RuneLen", runeLenN);
  r.add("unicode/utf8.RuneCountInString", runeCountInString);
  r.add("unicode/utf8.RuneCount", runeCountBytes);
  r.add("unicode/utf8.DecodeRuneInString", decodeRuneInString);
  r.add("unicode/utf8.DecodeRune", decodeRuneBytes);
  r.add("unicode/utf8.DecodeLastRuneInString", decodeLastRuneInString);
  r.add("unicode/utf8.DecodeLastRune", decodeLastRuneBytes);
  r.add("unicode/utf8.ValidString", validString);
  r.add("unicode/utf8.Valid", validBytes);
  r.add("unicode/utf8.ValidRune", validRuneN);
  r.add("unicode/utf8.FullRuneInString", fullRuneInString);
}

}  // namespace heapscope::stdlib
