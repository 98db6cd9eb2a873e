// Go syntax highlighting for the editor: splits program text into coloured
// spans (keywords, predeclared types and functions, strings, runes, numbers,
// comments). A small scanner of its own rather than core/syntax's Lexer: the
// lexer drops comments, reports errors and inserts semicolons, while the
// editor needs every byte classified, also in half-typed text (an unclosed
// string ends at the line end, an unclosed block comment or raw string runs
// to the end of the text, as the compiler would read it). No ImGui here, so
// it is unit-tested (tests/unit/gui_model_test.cpp).
#pragma once
#include <string_view>
#include <vector>

namespace heapscope {

enum class GoTokenClass : unsigned char { Plain, Keyword, Predeclared, String, Number, Comment };

struct GoSpan {
  int begin = 0, end = 0;  // byte offsets into the text, end exclusive
  GoTokenClass cls = GoTokenClass::Plain;
};

// The non-plain spans of `text`, in order, not overlapping; never fails.
std::vector<GoSpan> highlightGo(std::string_view text);

}  // namespace heapscope
