// Debug/test views of the AST: an indented tree dump (one node per line,
// with positions), and Go-syntax rendering of expressions and simple
// statements as gc prints them in messages (e.g. "x := 0", "a[i].f(b...)").
#pragma once
#include <string>

#include "syntax/ast.h"

namespace heapscope {

// Indented dump, e.g.
//   File main @1:1
//     FuncDecl main @3:1
//       ...
std::string dumpAst(const Node* n);

// Go source form of an expression / simple statement (no positions).
std::string exprString(const Expr* e);
std::string stmtString(const Stmt* s);

}  // namespace heapscope
