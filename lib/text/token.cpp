#include "text/token.h"

namespace slant::text {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "word";
}

}  // namespace slant::text
