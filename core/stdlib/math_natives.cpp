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
  static constexpr NativeDef kNatives[] = {
      {"math.Abs", unary<fabsD>},
      {"math.Sqrt", unary<sqrtD>},
      {"math.Cbrt", unary<cbrtD>},
      {"math.Floor", unary<floorD>},
      {"math.Ceil", unary<ceilD>},
      {"math.Trunc", unary<truncD>},
      {"math.Round", unary<roundD>},
      {"math.RoundToEven", unary<roundEvenD>},
      {"math.Exp", unary<expD>},
      {"math.Exp2", unary<exp2D>},
      {"math.Expm1", unary<expm1D>},
      {"math.Log", unary<logD>},
      {"math.Log2", unary<log2D>},
      {"math.Log10", unary<log10D>},
      {"math.Log1p", unary<log1pD>},
      {"math.Logb", unary<logbD>},
      {"math.Sin", unary<sinD>},
      {"math.Cos", unary<cosD>},
      {"math.Tan", unary<tanD>},
      {"math.Asin", unary<asinD>},
      {"math.Acos", unary<acosD>},
      {"math.Atan", unary<atanD>},
      {"math.Sinh", unary<sinhD>},
      {"math.Cosh", unary<coshD>},
      {"math.Tanh", unary<tanhD>},
      {"math.Asinh", unary<asinhD>},
      {"math.Acosh", unary<acoshD>},
      {"math.Atanh", unary<atanhD>},
      {"math.Erf", unary<erfD>},
      {"math.Erfc", unary<erfcD>},
      {"math.Gamma", unary<gammaD>},
      {"math.Pow", binary<powD>},
      {"math.Atan2", binary<atan2D>},
      {"math.Hypot", binary<hypotD>},
      {"math.Mod", binary<fmodD>},
      {"math.Remainder", binary<remainderD>},
      {"math.Copysign", binary<copysignD>},
      {"math.Nextafter", binary<nextafterD>},
      {"math.Dim", binary<dimD>},
      {"math.Max", binary<maxD>},
      {"math.Min", binary<minD>},
      {"math.Inf", inf},
      {"math.NaN", nan},
      {"math.IsNaN", isNaN},
      {"math.IsInf", isInf},
      {"math.Signbit", signbit},
      {"math.Float64bits", float64bits},
      {"math.Float64frombits", float64frombits},
      {"math.Float32bits", float32bits},
      {"math.Float32frombits", float32frombits},
      {"math.Modf", modf},
      {"math.Frexp", frexp},
      {"math.Ldexp", ldexp},
      {"math.Ilogb", ilogb},
      {"math.Sincos", sincos},

      {"unicode.IsLetter", runePred<isLetter>},
      {"unicode.IsDigit", runePred<isDigit>},
      {"unicode.IsNumber", runePred<isNumber>},
      {"unicode.IsSpace", runePred<isSpace>},
      {"unicode.IsUpper", runePred<isUpper>},
      {"unicode.IsLower", runePred<isLower>},
      {"unicode.IsTitle", runePred<isTitle>},
      {"unicode.IsPunct", runePred<isPunct>},
      {"unicode.IsMark", runePred<isMark>},
      {"unicode.IsSymbol", runePred<isSymbol>},
      {"unicode.IsControl", runePred<isControl>},
      {"unicode.IsGraphic", runePred<isGraphic>},
      {"unicode.IsPrint", runePred<isPrint>},
      {"unicode.ToUpper", runeMap<toUpper>},
      {"unicode.ToLower", runeMap<toLower>},
      {"unicode.ToTitle", runeMap<toTitle>},

      {"unicode/utf8.RuneLen", runeLenN},
      {"unicode/utf8.RuneCountInString", runeCountInString},
      {"unicode/utf8.RuneCount", runeCountBytes},
      {"unicode/utf8.DecodeRuneInString", decodeRuneInString},
      {"unicode/utf8.DecodeRune", decodeRuneBytes},
      {"unicode/utf8.DecodeLastRuneInString", decodeLastRuneInString},
      {"unicode/utf8.DecodeLastRune", decodeLastRuneBytes},
      {"unicode/utf8.ValidString", validString},
      {"unicode/utf8.Valid", validBytes},
      {"unicode/utf8.ValidRune", validRuneN},
      {"unicode/utf8.FullRuneInString", fullRuneInString},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
