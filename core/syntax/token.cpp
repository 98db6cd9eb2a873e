// Token spellings (from the HS_TOKENS X-macro) and keyword classification.
#include "syntax/token.h"

namespace heapscope {

const char* tokenSpelling(Token::Kind k) {
  switch (k) {
#define HS_TOKEN_SPELL(name, text) \
  case Token::Kind::name:          \
    return text;
    HS_TOKENS(HS_TOKEN_SPELL)
#undef HS_TOKEN_SPELL
  }
  return "?";
}

// Keywords occupy one contiguous run of the enum, from Break to Var.
bool isKeyword(Token::Kind k) {
  return k >= Token::Kind::Break && k <= Token::Kind::Var;
}

}  // namespace heapscope
