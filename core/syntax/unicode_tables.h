// Unicode classification needed by the Go lexer (identifiers may use any
// Unicode letter; digits after the first character may be any Nd digit).
// Locale-independent tables so native and WebAssembly builds agree.
#pragma once
#include <cstdint>

namespace heapscope {

bool isUnicodeLetter(uint32_t c);  // unicode.IsLetter (ASCII letters included, '_' not)
bool isUnicodeDigit(uint32_t c);   // unicode.IsDigit

}  // namespace heapscope
