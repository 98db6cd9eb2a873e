// Go tokens. One list (X-macro) gives the enum and the spelling used in
// diagnostics ("syntax error: unexpected newline, expected ...").
#pragma once
#include <string>

namespace heapscope {

#define HS_TOKENS(X)                                                       \
  X(Illegal, "ILLEGAL") X(Eof, "EOF") X(Comment, "comment")                \
  X(Ident, "name") X(Int, "literal") X(Float, "literal") X(Imag, "literal")\
  X(Char, "literal") X(String, "literal")                                  \
  X(Add, "+") X(Sub, "-") X(Mul, "*") X(Quo, "/") X(Rem, "%")              \
  X(And, "&") X(Or, "|") X(Xor, "^") X(Shl, "<<") X(Shr, ">>")             \
  X(AndNot, "&^")                                                          \
  X(AddAssign, "+=") X(SubAssign, "-=") X(MulAssign, "*=")                 \
  X(QuoAssign, "/=") X(RemAssign, "%=") X(AndAssign, "&=")                 \
  X(OrAssign, "|=") X(XorAssign, "^=") X(ShlAssign, "<<=")                 \
  X(ShrAssign, ">>=") X(AndNotAssign, "&^=")                               \
  X(LAnd, "&&") X(LOr, "||") X(Arrow, "<-") X(Inc, "++") X(Dec, "--")      \
  X(Eql, "==") X(Lss, "<") X(Gtr, ">") X(Assign, "=") X(Not, "!")          \
  X(Neq, "!=") X(Leq, "<=") X(Geq, ">=") X(Define, ":=")                   \
  X(Ellipsis, "...") X(LParen, "(") X(LBrack, "[") X(LBrace, "{")          \
  X(Comma, ",") X(Period, ".") X(RParen, ")") X(RBrack, "]")               \
  X(RBrace, "}") X(Semicolon, ";") X(Colon, ":") X(Tilde, "~")             \
  X(Break, "break") X(Case, "case") X(Chan, "chan") X(Const, "const")      \
  X(Continue, "continue") X(Default, "default") X(Defer, "defer")          \
  X(Else, "else") X(Fallthrough, "fallthrough") X(For, "for")              \
  X(Func, "func") X(Go, "go") X(Goto, "goto") X(If, "if")                  \
  X(Import, "import") X(Interface, "interface") X(Map, "map")              \
  X(Package, "package") X(Range, "range") X(Return, "return")              \
  X(Select, "select") X(Struct, "struct") X(Switch, "switch")              \
  X(Type, "type") X(Var, "var")

struct Token {
  enum class Kind : unsigned char {
#define HS_TOKEN_ENUM(name, text) name,
    HS_TOKENS(HS_TOKEN_ENUM)
#undef HS_TOKEN_ENUM
  };
  Kind kind = Kind::Illegal;
  int line = 0, col = 0;
  std::string text;  // identifier name, literal source text; for an inserted ';' the text is "newline" or "EOF"
};

const char* tokenSpelling(Token::Kind k);
bool isKeyword(Token::Kind k);

}  // namespace heapscope
