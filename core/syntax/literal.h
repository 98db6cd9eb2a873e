// Decoding of Go string and rune literal source text into values, for the
// checker and compiler. The input is a literal exactly as the lexer produced
// it (BasicLit::text), quotes included.
#pragma once
#include <cstdint>
#include <string>

namespace heapscope {

// "..." (escapes decoded; \x and octal give raw bytes, \u \U UTF-8) or `...`
// (carriage returns removed). Returns false if the text is not a valid literal.
bool unquoteString(const std::string& lit, std::string& out);

// 'x' -> its code point (a \x or octal escape gives the byte value).
bool unquoteRune(const std::string& lit, uint32_t& out);

// Appends the UTF-8 encoding of c (invalid code points encode U+FFFD).
void appendUtf8(std::string& out, uint32_t c);

}  // namespace heapscope
