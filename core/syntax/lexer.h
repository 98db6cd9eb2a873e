// The Go lexer: source bytes -> tokens, with Go's automatic semicolon
// insertion. Errors are worded like cmd/compile's scanner ("newline in
// string", "invalid character U+0040 '@'", ...), without any "file:L:C: "
// prefix; positions are 1-based line and byte column, as gc reports them.
//
// Invariant: after a lexical error the lexer keeps producing tokens (it never
// loops forever and always reaches Eof); callers that only want the first
// error may stop at ErrorSink::any.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/token.h"

namespace heapscope {

struct SyntaxError {
  int line = 0, col = 0;
  std::string message;  // e.g. "syntax error: unexpected newline, expected comma or )"
};

// Collects diagnostics from the lexer and the parser.
struct ErrorSink {
  std::vector<SyntaxError>* out = nullptr;
  bool any = false;
  void report(int line, int col, std::string msg) {
    any = true;
    if (out) out->push_back(SyntaxError{line, col, std::move(msg)});
  }
};

class Lexer {
 public:
  Lexer(std::string_view src, ErrorSink& errs);
  // Scans the next token into `t` (kind, position, and text for names,
  // literals and semicolons). After Eof, keeps returning Eof.
  void next(Token& t);

 private:
  int col(size_t at) const { return int(at - lineStart_) + 1; }
  void errorAt(size_t at, std::string msg);             // at a byte offset on the current line
  void errorAtLC(int line, int c, std::string msg) { errs_.report(line, c, std::move(msg)); }
  uint32_t peekRune(size_t at, int* len) const;         // decodes UTF-8 at `at` (0xFFFD + len 1 if invalid)
  void newline(size_t nlAt) { line_++; lineStart_ = nlAt + 1; }

  void scanIdent(Token& t, size_t start);
  void scanNumber(Token& t, size_t start, bool seenPoint);
  int digits(int base, long& invalid, size_t start);    // bit 0: digit seen, bit 1: '_' seen
  void scanString(Token& t, size_t start);
  void scanRawString(Token& t, size_t start, int startLine, int startCol);
  void scanRune(Token& t, size_t start);
  bool scanEscape(char quote);
  bool skipGeneralComment(size_t start, int startLine, int startCol, bool* hadNewline);

  std::string_view src_;
  size_t pos_ = 0;        // byte offset of the next unread character
  int line_ = 1;
  size_t lineStart_ = 0;  // byte offset where the current line starts
  bool nlsemi_ = false;   // a newline here becomes ';'
  ErrorSink& errs_;
};

// "%#U" as Go formats it: U+0040 '@' (the quoted char only if printable).
std::string formatCodePoint(uint32_t c);

}  // namespace heapscope
