// The fmt formatting engine: Go's fmt.pp/fmt.fmt state machine over
// heapscope values. Walks values by their Go type (types.h) the way fmt's
// reflection-based printValue does, honours error/Stringer/GoStringer via
// VmServices::callMethod, sorts map keys like internal/fmtsort, and
// reproduces fmt's error forms (%!d(string=hi), %!(EXTRA ...), %!v(MISSING)).
//
// Invariants: never throws; nesting deeper than kMaxPrintDepth (reachable
// only through interfaces/containers built at run time) prints
// "%!v(DEPTH)" instead of recursing further on the C++ stack.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "heap/object.h"

namespace heapscope {
class VmServices;
struct Type;
}  // namespace heapscope

namespace heapscope::stdlib {

// A Go value: its type and its Slot. type == nullptr is a nil interface.
struct GoValue {
  const Type* type = nullptr;
  Slot slot = slotNil();
};

constexpr int kMaxPrintDepth = 200;

// Fake but stable addresses for pointers/maps/chans/funcs (%p, nested
// pointers): derived from the object id so runs replay identically.
uint64_t fakeAddress(const Object* o);

class Printer {
 public:
  // vm may be nullptr (unit tests): methods are then never called.
  explicit Printer(VmServices* vm) : vm_(vm) {}

  void doPrintf(std::string_view format, const std::vector<GoValue>& args);
  void doPrint(const std::vector<GoValue>& args);
  void doPrintln(const std::vector<GoValue>& args);

  std::string buf;                // the output so far
  bool wrapErrs = false;          // Errorf: %w allowed
  std::vector<int> wrappedErrs;   // Errorf: argument indices given to %w

 private:
  struct Flags {
    bool widPresent = false, precPresent = false, minus = false, plus = false, sharp = false,
         space = false, zero = false, plusV = false, sharpV = false;
    int wid = 0, prec = 0;
  };
  VmServices* vm_;
  Flags f_;
  GoValue arg_;          // the operand being printed (for badVerb), if any
  bool argValid_ = false;
  bool erroring_ = false;
  bool panicking_ = false;
  bool reordered_ = false;
  bool goodArgNum_ = true;

  // ---- fmt.fmt: padding and primitive formatting
  void writePadding(int n);
  void pad(std::string_view s);
  void fmtBoolean(bool v);
  void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, bool upper);
  void fmtUnicode(uint64_t u);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloatRaw(double v, int size, char verb, int prec);
  std::string_view truncate(std::string_view s);
  void fmtS(std::string_view s);
  void fmtSbx(std::string_view s, bool upper);
  void fmtQ(std::string_view s);

  // ---- fmt.pp: verbs on kinds
  void printArg(const GoValue& a, char32_t verb);
  void printValue(const GoValue& v, char32_t verb, int depth, bool canInterface);
  bool handleMethods(const GoValue& a, char32_t verb);
  void badVerb(char32_t verb);
  void fmtBool(bool v, char32_t verb);
  void fmtIntegerVerb(uint64_t v, bool isSigned, char32_t verb);
  void fmtFloat(double v, int size, char32_t verb);
  void fmtString(std::string_view v, char32_t verb);
  void fmtBytes(std::string_view v, bool isNil, char32_t verb, const std::string& typeString);
  void fmtPointer(const GoValue& v, char32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void writeRune(char32_t r);
  bool hasStringMethodAtRunTime(const Type* t, const char* name) const;
  bool callStringMethod(const GoValue& a, const char* name, std::string* out, bool* panicked,
                        Object** panicValue);

  // doPrintf helpers
  bool intFromArg(const std::vector<GoValue>& a, size_t& argNum, int* out);
  void argNumber(size_t& argNum, std::string_view format, size_t& i, size_t numArgs, bool& afterIndex);
};

// Value helpers shared with other natives.
std::vector<GoValue> unpackAnySlice(Slot slice);        // ...any argument -> values
std::string typeString(const Type* t);                  // %T spelling ("<nil>" for nullptr)
// Loads the value a pointer denotes when its element is not a struct/array
// (CellObj or PointerObj); struct/array pointers ARE the object.
Slot loadThroughPointer(Object* p);

}  // namespace heapscope::stdlib
