// Natives of package fmt: the Print/Sprint families run the format engine
// (fmt_printer.h) over the ...any operands; Errorf's wrapping logic is Go
// code in the prelude, fed by errorf (message + %w operand indices).
#include <algorithm>

#include "stdlib/fmt_printer.h"
#include "stdlib/native_util.h"

namespace heapscope::stdlib {

namespace {

enum class Mode { Printf, Print, Println };

std::string render(NativeCall& c, Mode mode, int argsIndex, Printer& p) {
  std::vector<GoValue> a = unpackAnySlice(c.args[argsIndex]);
  switch (mode) {
    case Mode::Printf: p.doPrintf(argStr(c, 0), a); break;
    case Mode::Print: p.doPrint(a); break;
    case Mode::Println: p.doPrintln(a); break;
  }
  return std::move(p.buf);
}

template <Mode M, int ArgsIndex>
NativeStatus sprintNative(NativeCall& c) {
  Printer p(&c.vm);
  retString(c, 0, render(c, M, ArgsIndex, p));
  return NativeStatus::Done;
}

template <Mode M, int ArgsIndex>
NativeStatus printNative(NativeCall& c) {
  Printer p(&c.vm);
  std::string s = render(c, M, ArgsIndex, p);
  c.vm.write(1, s);
  retInt(c, 0, static_cast<int64_t>(s.size()));
  c.results[1] = slotNil();
  return NativeStatus::Done;
}

// func errorf(format string, a []any) (string, []int)
NativeStatus errorfNative(NativeCall& c) {
  Printer p(&c.vm);
  p.wrapErrs = true;
  std::string s = render(c, Mode::Printf, 1, p);
  std::vector<int64_t> idx(p.wrappedErrs.begin(), p.wrappedErrs.end());
  std::sort(idx.begin(), idx.end());
  retString(c, 0, s);
  retInts(c, 1, idx);
  return NativeStatus::Done;
}

}  // namespace

void registerFmtNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"fmt.Sprintf", sprintNative<Mode::Printf, 1>},
      {"fmt.Sprint", sprintNative<Mode::Print, 0>},
      {"fmt.Sprintln", sprintNative<Mode::Println, 0>},
      {"fmt.Printf", printNative<Mode::Printf, 1>},
      {"fmt.Print", printNative<Mode::Print, 0>},
      {"fmt.Println", printNative<Mode::Println, 0>},
      {"fmt.errorf", errorfNative},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
