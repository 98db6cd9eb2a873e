// Natives of package strconv over strconv_core.h. Parse natives return a
// value plus an error code; the prelude turns codes into *NumError values.
#include "stdlib/native_util.h"
#include "stdlib/strconv_core.h"
#include "stdlib/unicode_tables.h"

namespace heapscope::stdlib {

namespace {

#define NATIVE(name) NativeStatus name(NativeCall& c)

// func parseInt(s string, base int, bitSize int) (int64, int)
NATIVE(parseIntN) {
  int64_t v;
  ParseErr e = parseInt(argStr(c, 0), static_cast<int>(argInt(c, 1)), static_cast<int>(argInt(c, 2)), &v);
  retInt(c, 0, v);
  retInt(c, 1, static_cast<int>(e));
  return NativeStatus::Done;
}
NATIVE(parseUintN) {
  uint64_t v;
  ParseErr e = parseUint(argStr(c, 0), static_cast<int>(argInt(c, 1)), static_cast<int>(argInt(c, 2)), &v);
  retUint(c, 0, v);
  retInt(c, 1, static_cast<int>(e));
  return NativeStatus::Done;
}
NATIVE(parseFloatN) {
  double v;
  ParseErr e = parseFloat(argStr(c, 0), static_cast<int>(argInt(c, 1)), &v);
  retFloat(c, 0, v);
  retInt(c, 1, static_cast<int>(e));
  return NativeStatus::Done;
}
NATIVE(itoa) { retString(c, 0, formatInt(argInt(c, 0), 10)); return NativeStatus::Done; }
NATIVE(formatIntN) {
  int64_t base = argInt(c, 1);
  if (base < 2 || base > 36) return panicString(c, "strconv: illegal AppendInt/FormatInt base");
  retString(c, 0, formatInt(argInt(c, 0), static_cast<int>(base)));
  return NativeStatus::Done;
}
NATIVE(formatUintN) {
  int64_t base = argInt(c, 1);
  if (base < 2 || base > 36) return panicString(c, "strconv: illegal AppendInt/FormatInt base");
  retString(c, 0, formatUint(c.args[0].u, static_cast<int>(base)));
  return NativeStatus::Done;
}
NATIVE(formatFloatN) {
  retString(c, 0, formatFloat(argFloat(c, 0), static_cast<char>(argInt(c, 1)), static_cast<int>(argInt(c, 2)),
                              static_cast<int>(argInt(c, 3))));
  return NativeStatus::Done;
}
NATIVE(quoteN) { retString(c, 0, quote(argStr(c, 0))); return NativeStatus::Done; }
NATIVE(quoteToASCII) { retString(c, 0, quote(argStr(c, 0), '"', true)); return NativeStatus::Done; }
NATIVE(quoteToGraphic) { retString(c, 0, quote(argStr(c, 0), '"', false, true)); return NativeStatus::Done; }
NATIVE(quoteRuneN) { retString(c, 0, quoteRune(static_cast<int32_t>(argInt(c, 0)))); return NativeStatus::Done; }
NATIVE(quoteRuneToASCII) { retString(c, 0, quoteRune(static_cast<int32_t>(argInt(c, 0)), true)); return NativeStatus::Done; }
NATIVE(canBackquoteN) { retBool(c, 0, canBackquote(argStr(c, 0))); return NativeStatus::Done; }
NATIVE(isPrintN) { retBool(c, 0, isPrint(static_cast<int32_t>(argInt(c, 0)))); return NativeStatus::Done; }
NATIVE(isGraphicN) { retBool(c, 0, isGraphic(static_cast<int32_t>(argInt(c, 0)))); return NativeStatus::Done; }
// func unquote(s string) (string, bool)
NATIVE(unquoteN) {
  std::string out;
  bool ok = unquote(argStr(c, 0), &out);
  retString(c, 0, out);
  retBool(c, 1, ok);
  return NativeStatus::Done;
}
#undef NATIVE

}  // namespace

void registerStrconvNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"strconv.parseInt", parseIntN},
      {"strconv.parseUint", parseUintN},
      {"strconv.parseFloat", parseFloatN},
      {"strconv.Itoa", itoa},
      {"strconv.FormatInt", formatIntN},
      {"strconv.FormatUint", formatUintN},
      {"strconv.formatFloat", formatFloatN},
      {"strconv.Quote", quoteN},
      {"strconv.QuoteToASCII", quoteToASCII},
      {"strconv.QuoteToGraphic", quoteToGraphic},
      {"strconv.QuoteRune", quoteRuneN},
      {"strconv.QuoteRuneToASCII", quoteRuneToASCII},
      {"strconv.CanBackquote", canBackquoteN},
      {"strconv.IsPrint", isPrintN},
      {"strconv.IsGraphic", isGraphicN},
      {"strconv.unquote", unquoteN},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
