// The editor's Go highlighter (shell/gui/go_highlight.h): every class of
// token, and half-typed text (unclosed strings and comments) classified as
// the compiler would read it, without failing.
#ifdef HS_HAVE_GUI_MODEL
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "go_highlight.h"

namespace heapscope {
namespace {

// "class:text" for each span, e.g. "K:func".
std::vector<std::string> classify(std::string_view text) {
  std::vector<std::string> out;
  for (const GoSpan& s : highlightGo(text)) {
    const char* tag = "?";
    switch (s.cls) {
      case GoTokenClass::Keyword: tag = "K"; break;
      case GoTokenClass::Predeclared: tag = "P"; break;
      case GoTokenClass::String: tag = "S"; break;
      case GoTokenClass::Number: tag = "N"; break;
      case GoTokenClass::Comment: tag = "C"; break;
      case GoTokenClass::Plain: tag = "-"; break;
    }
    out.push_back(std::string(tag) + ":" + std::string(text.substr(s.begin, s.end - s.begin)));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(GoHighlight, KeywordsPredeclaredAndIdentifiers) {
  EXPECT_EQ(classify("func main() { var x int = len(s); for range x {} }"),
            (V{"K:func", "K:var", "P:int", "P:len", "K:for", "K:range"}));
  // A field or method named like a builtin is not the builtin; identifiers stay plain.
  EXPECT_EQ(classify("p.len = append(forward, nil)"), (V{"P:append", "P:nil"}));
}

TEST(GoHighlight, StringsRunesAndRawStrings) {
  EXPECT_EQ(classify(R"(s := "a \"q\" b" + 'x' + '\'')"), (V{R"(S:"a \"q\" b")", "S:'x'", R"(S:'\'')"}));
  EXPECT_EQ(classify("r := `line1\nline2 // not a comment`\nvar"), (V{"S:`line1\nline2 // not a comment`", "K:var"}));
}

TEST(GoHighlight, NumbersAndComments) {
  EXPECT_EQ(classify("x := 0x1F + 1_000 + 1.5e-3 + .5 + 0x1p-2 + 2i // done\n/* a\n b */ go"),
            (V{"N:0x1F", "N:1_000", "N:1.5e-3", "N:.5", "N:0x1p-2", "N:2i", "C:// done", "C:/* a\n b */", "K:go"}));
  EXPECT_EQ(classify("0xe-1"), (V{"N:0xe", "N:1"}));  // in hex, e is a digit: the - is an operator
}

TEST(GoHighlight, HalfTypedText) {
  // An unclosed string ends at its line; an unclosed raw string or block
  // comment runs to the end of the text.
  EXPECT_EQ(classify("s := \"abc\nfunc"), (V{"S:\"abc", "K:func"}));
  EXPECT_EQ(classify("s := `abc\nfunc"), (V{"S:`abc\nfunc"}));
  EXPECT_EQ(classify("/* abc\nfunc"), (V{"C:/* abc\nfunc"}));
  EXPECT_EQ(classify("x := \"a\\"), (V{"S:\"a\\"}));
  EXPECT_TRUE(classify("").empty());
  EXPECT_EQ(classify("héllo := 1"), (V{"N:1"}));  // non-ASCII letters belong to identifiers
}

}  // namespace
}  // namespace heapscope
#endif
