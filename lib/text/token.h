#ifndef SLANT_TEXT_TOKEN_H_
#define SLANT_TEXT_TOKEN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace slant::text {

enum class TokenKind {
  kWord,    // letters (any script), with inner apostrophes and periods: don't, Ukraine's, U.S
  kNumber,  // digits, with inner separators: 40,000  3.5
  kPunct,   // one punctuation mark: . , “ ” - —
  kSymbol,  // currency, math, emoji and other symbols: $ % − ° 😡 🇺🇦
};

// "word", "number", "punct", "symbol".
std::string_view TokenKindName(TokenKind kind);

// A byte range [begin, end) into the caller's original UTF-8 text.
struct Span {
  std::size_t begin = 0;  // inclusive
  std::size_t end = 0;    // exclusive
  friend bool operator==(const Span&, const Span&) = default;
};

// One token of an article. Offsets point into the caller's original UTF-8 bytes, so
// `text.substr(begin, end - begin)` is exactly what the author wrote.
//
// Hyphenated compounds are three tokens: "so-called" is `so` `-` `called`. Every hyphen-like
// mark (- U+2010 U+2011) normalizes to "-", and lexicon patterns are segmented by the same
// code, so the pattern "so-called" matches exactly where the text has the compound, while each
// part still counts as a word of its own ("pro-Russian" contains "russian").
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::size_t sentence = 0;  // index into the text's sentences
  // For matching only: NFKC case folding (ß -> ss, İ -> i), apostrophes ’ ‘ ʼ -> '.
  std::string norm;
  // `norm` without a possessive 's ("ukraine's" -> "ukraine"); empty when there is none.
  std::string bare;
};

}  // namespace slant::text

#endif  // SLANT_TEXT_TOKEN_H_
