// The Go parser: source text -> File (AST of ast.h).
//
// Errors are worded and positioned like cmd/compile (gc) — e.g.
// "syntax error: unexpected newline in argument list; possibly missing comma or )"
// — without the "file:L:C: " prefix (the caller adds it). Parsing stops at
// the first error, so exactly one error is reported per failed parse.
//
// Nesting (expressions, types, statements) is capped at kMaxNesting levels;
// deeper input fails with "syntax error: nesting too deep" instead of
// exhausting the C++ stack. Time and memory are linear in the input size.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/lexer.h"

namespace heapscope {

constexpr int kMaxNesting = 1000;

// Returns the file (caller owns it; delete it or wrap it in unique_ptr), or
// nullptr if a syntax error was found (then errors holds exactly one entry).
File* parseFile(std::string_view source, const std::string& fileName, std::vector<SyntaxError>& errors);

// Same, with ownership made explicit.
inline std::unique_ptr<File> parseFileOwned(std::string_view source, const std::string& fileName,
                                            std::vector<SyntaxError>& errors) {
  return std::unique_ptr<File>(parseFile(source, fileName, errors));
}

}  // namespace heapscope
