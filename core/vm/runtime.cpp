// Runtime helpers: Go sizes and slice growth, value equality, UTF-8, print
// formatting. Pure functions over the object model (no VM state).
#include "vm/runtime.h"

#include <cmath>
#include <cstdio>

#include "types/types.h"

namespace heapscope {

int64_t goSizeof(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Bool: case TypeKind::Int8: case TypeKind::Uint8: return 1;
    case TypeKind::Int16: case TypeKind::Uint16: return 2;
    case TypeKind::Int32: case TypeKind::Uint32: case TypeKind::Float32: return 4;
    case TypeKind::String: case TypeKind::Interface: case TypeKind::Complex128: return 16;
    case TypeKind::Complex64: return 8;
    case TypeKind::Slice: return 24;
    case TypeKind::Array: {
      int64_t e = goSizeof(u->elem);
      return e * u->len;
    }
    case TypeKind::Struct: {
      int64_t off = 0, maxAlign = 1;
      for (auto& f : u->fields) {
        int64_t sz = goSizeof(f.type);
        int64_t al = sz >= 8 ? 8 : (sz >= 4 ? 4 : (sz >= 2 ? 2 : 1));
        const Type* fu = f.type->underlying();
        if (fu->kind == TypeKind::Array || fu->kind == TypeKind::Struct) al = sz == 0 ? 1 : 8;
        off = (off + al - 1) / al * al;
        off += sz;
        if (al > maxAlign) maxAlign = al;
      }
      return (off + maxAlign - 1) / maxAlign * maxAlign;
    }
    default: return 8;
  }
}

// Go's malloc size classes (runtime/sizeclasses.go) up to 32 KiB.
static const int32_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

static int64_t roundupsize(int64_t size) {
  if (size <= 32768) {
    for (int32_t c : kSizeClasses)
      if (c >= size) return c;
  }
  const int64_t page = 8192;
  return (size + page - 1) / page * page;
}

int64_t growCap(int64_t oldCap, int64_t newLen, int64_t elemSize) {
  int64_t newcap = oldCap;
  int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    const int64_t threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * threshold) >> 2;
      if (newcap <= 0) newcap = newLen;
    }
  }
  if (elemSize <= 0) return newcap;
  if (newcap > (int64_t(1) << 48) / elemSize) return newcap;
  int64_t mem = roundupsize(newcap * elemSize);
  return mem / elemSize;
}

std::string printFloat(double v) {
  // Go's runtime printfloat: +d.dddddde+ddd with 7 significant digits.
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", v);
  // C prints at least two exponent digits; Go prints three.
  std::string s = buf;
  size_t e = s.find('e');
  if (e != std::string::npos) {
    std::string mant = s.substr(0, e);
    char sign = s[e + 1];
    std::string digits = s.substr(e + 2);
    while (digits.size() < 3) digits = "0" + digits;
    s = mant + "e" + sign + digits;
  }
  return s;
}

int32_t decodeRune(const char* s, int64_t n, int64_t i, int* width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *width = 1; return c; }
  auto cont = [&](int64_t k) { return k < n && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(i + 1)) {
    *width = 2;
    return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(i + 1) && cont(i + 2)) {
    int32_t r = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF)) { *width = 3; return r; }
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    int32_t r = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) { *width = 4; return r; }
  }
  *width = 1;
  return 0xFFFD;
}

void appendRune(std::string& out, int32_t r) {
  uint32_t c = static_cast<uint32_t>(r);
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace heapscope
