// Lexer: semicolon insertion, every literal form, comments, operators, and
// gc-worded lexical errors; plus literal decoding (literal.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.h"
#include "syntax/literal.h"

using namespace heapscope;
using K = Token::Kind;

namespace {

struct Lexed {
  std::vector<Token> toks;
  std::vector<SyntaxError> errs;
};

Lexed lexAll(const std::string& src) {
  Lexed r;
  ErrorSink sink;
  sink.out = &r.errs;
  Lexer lx(src, sink);
  for (int i = 0; i < 10000; i++) {
    Token t;
    lx.next(t);
    if (t.kind == K::Eof) break;
    r.toks.push_back(t);
  }
  return r;
}

// Compact rendering: names/literals by text, ';' as ";" (inserted: "\n" / "EOF").
std::string render(const std::string& src) {
  Lexed l = lexAll(src);
  std::string s;
  for (const Token& t : l.toks) {
    if (!s.empty()) s += " ";
    if (t.kind == K::Semicolon) s += t.text == "semicolon" ? ";" : t.text == "newline" ? "NL" : "EOF";
    else if (t.kind == K::Ident || (t.kind >= K::Int && t.kind <= K::String)) s += t.text;
    else s += tokenSpelling(t.kind);
  }
  return s;
}

std::string firstError(const std::string& src) {
  Lexed l = lexAll(src);
  if (l.errs.empty()) return "";
  const SyntaxError& e = l.errs[0];
  return std::to_string(e.line) + ":" + std::to_string(e.col) + ": " + e.message;
}

}  // namespace

TEST(SyntaxLexer, TokenSpellingAndKeywords) {
  EXPECT_STREQ(tokenSpelling(K::AndNotAssign), "&^=");
  EXPECT_STREQ(tokenSpelling(K::Fallthrough), "fallthrough");
  EXPECT_TRUE(isKeyword(K::Break));
  EXPECT_TRUE(isKeyword(K::Var));
  EXPECT_FALSE(isKeyword(K::Ident));
  EXPECT_FALSE(isKeyword(K::Tilde));
}

TEST(SyntaxLexer, SemicolonAfterLineFinalTokens) {
  EXPECT_EQ(render("x\n"), "x NL");
  EXPECT_EQ(render("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n"), "1 NL 2.5 NL 'a' NL \"s\" NL `r` NL 3i NL");
  EXPECT_EQ(render("break\ncontinue\nfallthrough\nreturn\n"), "break NL continue NL fallthrough NL return NL");
  EXPECT_EQ(render("x++\ny--\n)\n]\n}\n"), "x ++ NL y -- NL ) NL ] NL } NL");
}

TEST(SyntaxLexer, NoSemicolonAfterOtherTokens) {
  EXPECT_EQ(render("x +\ny"), "x + y EOF");
  EXPECT_EQ(render("f(\n"), "f (");
  EXPECT_EQ(render("if\nfor\nfunc\n{\n,\n"), "if for func { ,");
  EXPECT_EQ(render("x =\n1"), "x = 1 EOF");
}

TEST(SyntaxLexer, SemicolonAtEof) {
  EXPECT_EQ(render("x"), "x EOF");
  EXPECT_EQ(render("return"), "return EOF");
  EXPECT_EQ(render("x // c"), "x EOF");
  EXPECT_EQ(render("{"), "{");
}

TEST(SyntaxLexer, CommentsAndNewlines) {
  EXPECT_EQ(render("x // comment\ny"), "x NL y EOF");
  EXPECT_EQ(render("x /* one line */ y"), "x y EOF");
  EXPECT_EQ(render("x /* multi\nline */ y"), "x NL y EOF");
  EXPECT_EQ(render("x + /* multi\nline */ y"), "x + y EOF");
  EXPECT_EQ(render("/* a */ x"), "x EOF");
  EXPECT_EQ(render("x; y"), "x ; y EOF");
}

TEST(SyntaxLexer, InsertedSemicolonPositions) {
  Lexed l = lexAll("ab\n  cd /* x\n */\n");
  ASSERT_GE(l.toks.size(), 4u);
  EXPECT_EQ(l.toks[1].kind, K::Semicolon);
  EXPECT_EQ(l.toks[1].line, 1);
  EXPECT_EQ(l.toks[1].col, 3);  // at the newline
  EXPECT_EQ(l.toks[3].kind, K::Semicolon);
  EXPECT_EQ(l.toks[3].line, 2);
  EXPECT_EQ(l.toks[3].col, 6);  // a multi-line comment stands for the newline
  EXPECT_EQ(l.toks[2].line, 2);
  EXPECT_EQ(l.toks[2].col, 3);
}

TEST(SyntaxLexer, Operators) {
  EXPECT_EQ(render("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :"),
            "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :");
  EXPECT_EQ(render("a.b"), "a . b EOF");
  EXPECT_EQ(render("x<-y"), "x <- y EOF");
}

TEST(SyntaxLexer, Identifiers) {
  EXPECT_EQ(render("_x9 αβ 日本語 x_y"), "_x9 αβ 日本語 x_y EOF");
  Lexed l = lexAll("chan func interface map struct go goto defer select");
  for (const Token& t : l.toks) {
    if (t.kind != K::Semicolon) {
      EXPECT_TRUE(isKeyword(t.kind));
    }
  }
}

TEST(SyntaxLexer, IntLiterals) {
  for (const char* s : {"0", "42", "1_000_000", "0x1F", "0X_ff", "0o17", "0O7", "0b1011", "0B_1", "0777", "0_7"}) {
    Lexed l = lexAll(s);
    ASSERT_FALSE(l.toks.empty()) << s;
    EXPECT_EQ(l.toks[0].kind, K::Int) << s;
    EXPECT_EQ(l.toks[0].text, s);
    EXPECT_TRUE(l.errs.empty()) << s;
  }
}

TEST(SyntaxLexer, FloatAndImagLiterals) {
  for (const char* s : {"1.5", "1.", ".5", "1e10", "1E+3", "2.5e-3", "0x1p-2", "0x1.8p3", "0X.8P0", "1_0.2_5", "089.5", "09e1"}) {
    Lexed l = lexAll(s);
    ASSERT_FALSE(l.toks.empty()) << s;
    EXPECT_EQ(l.toks[0].kind, K::Float) << s;
    EXPECT_EQ(l.toks[0].text, s);
    EXPECT_TRUE(l.errs.empty()) << s;
  }
  for (const char* s : {"1i", "1.5i", "0x1p2i", "1e3i", "0i", "089i"}) {
    Lexed l = lexAll(s);
    EXPECT_EQ(l.toks[0].kind, K::Imag) << s;
    EXPECT_TRUE(l.errs.empty()) << s;
  }
}

TEST(SyntaxLexer, NumberErrors) {
  EXPECT_EQ(firstError("x := 0789"), "1:8: invalid digit '8' in octal literal");
  EXPECT_EQ(firstError("0b102"), "1:5: invalid digit '2' in binary literal");
  EXPECT_EQ(firstError("0x"), "1:3: hexadecimal literal has no digits");
  EXPECT_EQ(firstError("1e"), "1:3: exponent has no digits");
  EXPECT_EQ(firstError("0x1.5"), "1:6: hexadecimal mantissa requires a 'p' exponent");
  EXPECT_EQ(firstError("1__0"), "1:3: '_' must separate successive digits");
  EXPECT_EQ(firstError("10_"), "1:3: '_' must separate successive digits");
  EXPECT_EQ(firstError("0b1.0"), "1:4: invalid radix point in binary literal");
  EXPECT_EQ(firstError("0x1e3p1"), "");
  EXPECT_EQ(firstError("0o1e3"), "1:4: 'e' exponent requires decimal mantissa");
}

TEST(SyntaxLexer, RuneLiterals) {
  for (const char* s : {"'a'", "'ä'", "'本'", "'\\a'", "'\\b'", "'\\f'", "'\\n'", "'\\r'", "'\\t'", "'\\v'",
                        "'\\\\'", "'\\''", "'\\000'", "'\\377'", "'\\x7f'", "'\\u12e4'", "'\\U00101234'"}) {
    Lexed l = lexAll(s);
    ASSERT_FALSE(l.toks.empty()) << s;
    EXPECT_EQ(l.toks[0].kind, K::Char) << s;
    EXPECT_EQ(l.toks[0].text, s);
    EXPECT_TRUE(l.errs.empty()) << s << " " << (l.errs.empty() ? "" : l.errs[0].message);
  }
}

TEST(SyntaxLexer, RuneErrors) {
  EXPECT_EQ(firstError("''"), "1:2: empty rune literal or unescaped '");
  EXPECT_EQ(firstError("'ab'"), "1:1: more than one character in rune literal");
  EXPECT_EQ(firstError("'\\\"'"), "1:3: unknown escape");
  EXPECT_EQ(firstError("'\\400'"), "1:6: octal escape value 256 > 255");
  EXPECT_EQ(firstError("'\\uD800'"), "1:8: escape is invalid Unicode code point U+D800");
  EXPECT_EQ(firstError("'\\xg0'"), "1:4: invalid character 'g' in hexadecimal escape");
  EXPECT_EQ(firstError("'a\n"), "1:3: newline in rune literal");
  EXPECT_EQ(firstError("'a"), "1:1: rune literal not terminated");
}

TEST(SyntaxLexer, StringLiterals) {
  Lexed l = lexAll("\"a\\tb\\\"c\\u00e9\\xff\\101\" `raw\\n\nline` \"\"");
  ASSERT_GE(l.toks.size(), 3u);
  EXPECT_EQ(l.toks[0].kind, K::String);
  EXPECT_EQ(l.toks[0].text, "\"a\\tb\\\"c\\u00e9\\xff\\101\"");
  EXPECT_EQ(l.toks[1].kind, K::String);
  EXPECT_EQ(l.toks[1].text, "`raw\\n\nline`");
  EXPECT_EQ(l.toks[2].text, "\"\"");
  EXPECT_TRUE(l.errs.empty());
  // a raw string spanning lines keeps line counting right
  Lexed m = lexAll("`a\nb` x");
  EXPECT_EQ(m.toks[1].line, 2);
  EXPECT_EQ(m.toks[1].col, 4);
}

TEST(SyntaxLexer, StringErrors) {
  EXPECT_EQ(firstError("x := \"abc\ny"), "1:10: newline in string");
  EXPECT_EQ(firstError("\"abc"), "1:1: string literal not terminated");
  EXPECT_EQ(firstError("`abc"), "1:1: string literal not terminated");
  EXPECT_EQ(firstError("\"\\q\""), "1:3: unknown escape");
  EXPECT_EQ(firstError("\"\\'\""), "1:3: unknown escape");
}

TEST(SyntaxLexer, OtherErrors) {
  EXPECT_EQ(firstError("x @ y"), "1:3: invalid character U+0040 '@'");
  EXPECT_EQ(firstError("/* open"), "1:1: comment not terminated");
  EXPECT_EQ(firstError("a\xff"), "1:2: invalid UTF-8 encoding");
  EXPECT_EQ(firstError("\xEF\xBB\xBFx"), "");  // leading BOM ignored
  EXPECT_EQ(firstError("x \xEF\xBB\xBF"), "1:3: invalid BOM in the middle of the file");
  EXPECT_EQ(firstError("x\xE2\x82\xACy"), "1:2: invalid character U+20AC '€' in identifier");
  EXPECT_EQ(firstError("#"), "1:1: invalid character U+0023 '#'");
}

TEST(SyntaxLexer, ColumnsAreBytes) {
  Lexed l = lexAll("\"é\" x");
  ASSERT_GE(l.toks.size(), 2u);
  EXPECT_EQ(l.toks[1].col, 6);  // gc counts bytes
}

TEST(SyntaxLiteral, UnquoteString) {
  std::string out;
  ASSERT_TRUE(unquoteString("\"a\\tb\\\"c\"", out));
  EXPECT_EQ(out, "a\tb\"c");
  ASSERT_TRUE(unquoteString("\"\\a\\b\\f\\n\\r\\t\\v\\\\\"", out));
  EXPECT_EQ(out, "\a\b\f\n\r\t\v\\");
  ASSERT_TRUE(unquoteString("\"\\xff\\377\\101\"", out));
  EXPECT_EQ(out, std::string("\xff\xff" "A"));
  ASSERT_TRUE(unquoteString("\"\\u00e9\\U0001F600\"", out));
  EXPECT_EQ(out, "\xC3\xA9\xF0\x9F\x98\x80");
  ASSERT_TRUE(unquoteString("\"日本\"", out));
  EXPECT_EQ(out, "日本");
  ASSERT_TRUE(unquoteString("`a\\n\r\nb`", out));
  EXPECT_EQ(out, "a\\n\nb");  // raw: no escapes, carriage returns removed
  EXPECT_FALSE(unquoteString("\"\\q\"", out));
  EXPECT_FALSE(unquoteString("\"\\'\"", out));
  EXPECT_FALSE(unquoteString("\"abc", out));
  EXPECT_FALSE(unquoteString("\"\\400\"", out));
}

TEST(SyntaxLiteral, UnquoteRune) {
  uint32_t r = 0;
  ASSERT_TRUE(unquoteRune("'a'", r));
  EXPECT_EQ(r, uint32_t('a'));
  ASSERT_TRUE(unquoteRune("'本'", r));
  EXPECT_EQ(r, 0x672Cu);
  ASSERT_TRUE(unquoteRune("'\\n'", r));
  EXPECT_EQ(r, 10u);
  ASSERT_TRUE(unquoteRune("'\\''", r));
  EXPECT_EQ(r, uint32_t('\''));
  ASSERT_TRUE(unquoteRune("'\\377'", r));
  EXPECT_EQ(r, 255u);
  ASSERT_TRUE(unquoteRune("'\\xff'", r));
  EXPECT_EQ(r, 255u);
  ASSERT_TRUE(unquoteRune("'\\u12e4'", r));
  EXPECT_EQ(r, 0x12e4u);
  ASSERT_TRUE(unquoteRune("'\\U00101234'", r));
  EXPECT_EQ(r, 0x101234u);
  EXPECT_FALSE(unquoteRune("'ab'", r));
  EXPECT_FALSE(unquoteRune("''", r));
  EXPECT_FALSE(unquoteRune("'\\\"'", r));
  EXPECT_FALSE(unquoteRune("'\\uD800'", r));
}
