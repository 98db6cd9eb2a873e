// Unicode data and UTF-8 primitives shared by the unicode, unicode/utf8,
// strings, strconv and fmt natives. Tables are generated (unicode_tables.cpp,
// see gen/unicode_gen.go) so category answers match Go's unicode package.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace heapscope::stdlib {

struct RuneRange { int32_t lo, hi; };
// Go's unicode.CaseRange: Delta[UpperCase, LowerCase, TitleCase]; a delta of
// kUpperLower means alternating Upper/Lower pairs.
struct CaseRange { int32_t lo, hi; int32_t delta[3]; };
constexpr int32_t kUpperLower = 0x10FFFF + 1;

extern const RuneRange kLetter[], kUpper[], kLower[], kTitle[], kDigit[], kNumber[], kPunct[],
    kSpace[], kMark[], kSymbol[], kControl[], kGraphic[], kPrint[];
extern const size_t kLetterLen, kUpperLen, kLowerLen, kTitleLen, kDigitLen, kNumberLen, kPunctLen,
    kSpaceLen, kMarkLen, kSymbolLen, kControlLen, kGraphicLen, kPrintLen;
extern const CaseRange kCase[];
extern const size_t kCaseLen;

bool inRanges(const RuneRange* table, size_t n, int32_t r);

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;

// Go's utf8.DecodeRuneInString: invalid or short input yields (RuneError, 1),
// empty input (RuneError, 0).
struct Decoded { int32_t rune; int size; };
Decoded decodeRune(std::string_view s);
Decoded decodeLastRune(std::string_view s);
int runeLen(int32_t r);  // -1 if not encodable
bool validRune(int32_t r);
void appendRune(std::string& out, int32_t r);  // invalid runes encode RuneError
int64_t runeCount(std::string_view s);
bool validUtf8(std::string_view s);

// Go's unicode predicates and case mapping.
bool isLetter(int32_t r);
bool isUpper(int32_t r);
bool isLower(int32_t r);
bool isTitle(int32_t r);
bool isDigit(int32_t r);
bool isNumber(int32_t r);
bool isPunct(int32_t r);
bool isSpace(int32_t r);
bool isMark(int32_t r);
bool isSymbol(int32_t r);
bool isControl(int32_t r);
bool isGraphic(int32_t r);
bool isPrint(int32_t r);  // unicode.IsPrint == strconv.IsPrint
int32_t toUpper(int32_t r);
int32_t toLower(int32_t r);
int32_t toTitle(int32_t r);

}  // namespace heapscope::stdlib
