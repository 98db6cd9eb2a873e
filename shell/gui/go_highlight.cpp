#include "go_highlight.h"

#include <algorithm>
#include <array>

namespace heapscope {

namespace {

bool isLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }

constexpr std::array<std::string_view, 25> kKeywords = {
    "break", "case",   "chan",   "const", "continue", "default", "defer",     "else",  "fallthrough",
    "for",   "func",   "go",     "goto",  "if",       "import",  "interface", "map",   "package",
    "range", "return", "select", "struct", "switch",  "type",    "var"};

// Predeclared identifiers (types, constants, functions) of the Go universe.
constexpr std::array<std::string_view, 44> kPredeclared = {
    "any",     "bool",    "byte",    "comparable", "complex64", "complex128", "error",  "float32", "float64",
    "int",     "int8",    "int16",   "int32",      "int64",     "rune",       "string", "uint",    "uint8",
    "uint16",  "uint32",  "uint64",  "uintptr",    "true",      "false",      "iota",   "nil",     "append",
    "cap",     "clear",   "close",   "complex",    "copy",      "delete",     "imag",   "len",     "make",
    "max",     "min",     "new",     "panic",      "print",     "println",    "real",   "recover"};

bool contains(const auto& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// End of a quoted literal starting at `at` (the quote): after the closing
// quote, or at the line end / text end when it is not closed.
size_t quotedEnd(std::string_view t, size_t at, char quote) {
  size_t i = at + 1;
  while (i < t.size() && t[i] != '\n') {
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] != '\n') { i += 2; continue; }
    if (t[i++] == quote) return i;
  }
  return i;
}

}  // namespace

std::vector<GoSpan> highlightGo(std::string_view t) {
  std::vector<GoSpan> spans;
  auto add = [&](size_t b, size_t e, GoTokenClass c) {
    spans.push_back(GoSpan{static_cast<int>(b), static_cast<int>(e), c});
  };
  size_t i = 0;
  while (i < t.size()) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    const size_t start = i;
    if (c == '/' && i + 1 < t.size() && t[i + 1] == '/') {
      i = t.find('\n', i);
      if (i == std::string_view::npos) i = t.size();
      add(start, i, GoTokenClass::Comment);
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      size_t close = t.find("*/", i + 2);
      i = close == std::string_view::npos ? t.size() : close + 2;
      add(start, i, GoTokenClass::Comment);
    } else if (c == '`') {
      size_t close = t.find('`', i + 1);
      i = close == std::string_view::npos ? t.size() : close + 1;
      add(start, i, GoTokenClass::String);
    } else if (c == '"' || c == '\'') {
      i = quotedEnd(t, i, static_cast<char>(c));
      add(start, i, GoTokenClass::String);
    } else if (isDigit(c) || (c == '.' && i + 1 < t.size() && isDigit(static_cast<unsigned char>(t[i + 1])))) {
      // Digits, letters (0x, 1e9, 1i), '_', '.', and a sign right after an exponent.
      ++i;
      while (i < t.size()) {
        unsigned char d = static_cast<unsigned char>(t[i]);
        bool sign = (d == '+' || d == '-') && (t[i - 1] == 'e' || t[i - 1] == 'E' || t[i - 1] == 'p' || t[i - 1] == 'P') &&
                    !(t[start] == '0' && start + 1 < t.size() && (t[start + 1] == 'x' || t[start + 1] == 'X') &&
                      (t[i - 1] == 'e' || t[i - 1] == 'E'));
        if (isDigit(d) || (isLetter(d) && d < 0x80) || d == '.' || sign) ++i;
        else break;
      }
      add(start, i, GoTokenClass::Number);
    } else if (isLetter(c)) {
      while (i < t.size() && (isLetter(static_cast<unsigned char>(t[i])) || isDigit(static_cast<unsigned char>(t[i])))) ++i;
      std::string_view word = t.substr(start, i - start);
      // A selector (x.len) or a field named like a builtin is not the builtin.
      bool selector = start > 0 && t[start - 1] == '.';
      if (contains(kKeywords, word)) add(start, i, GoTokenClass::Keyword);
      else if (!selector && contains(kPredeclared, word)) add(start, i, GoTokenClass::Predeclared);
    } else {
      ++i;
    }
  }
  return spans;
}

}  // namespace heapscope
