#include "lexicon/pattern.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace slant::lexicon {
namespace {

// Whether the code point that ends `s` is a letter or digit.
bool EndsInAlnum(std::string_view s) {
  if (s.empty()) return false;
  std::size_t start = s.size() - 1;  // back to the lead byte of the last code point
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  auto i = static_cast<std::int32_t>(start);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()),
          c);
  return c >= 0 && (u_isalnum(c) != 0);
}

}  // namespace

Result<std::vector<PatternToken>> ParsePattern(std::string_view pattern, bool wildcards,
                                               text::Segmenter& segmenter) {
  if (pattern.size() > kMaxPatternBytes) {
    return Error(ErrorCode::kTooLarge,
                 "pattern over " + std::to_string(kMaxPatternBytes) + " bytes");
  }
  std::vector<PatternToken> tokens;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t begin = pattern.find_first_not_of(" \t\r\n", i);
    if (begin == std::string_view::npos) break;
    std::size_t end = pattern.find_first_of(" \t\r\n", begin);
    if (end == std::string_view::npos) end = pattern.size();
    i = end;
    std::string_view word = pattern.substr(begin, end - begin);
    bool prefix = false;
    if (wildcards && word.find('*') != std::string_view::npos) {
      if (word.back() != '*' || word.find('*') != word.size() - 1) {
        return Error(ErrorCode::kParse, "'*' may only end a word: '" + std::string(word) + "'");
      }
      word.remove_suffix(1);
      if (!EndsInAlnum(word)) {
        return Error(ErrorCode::kParse,
                     "a wildcard needs a letter or digit before '*': '" + std::string(word) + "*'");
      }
      prefix = true;
    }
    auto segmented = segmenter.Segment(word);
    if (!segmented.ok()) return std::move(segmented.error());
    for (const text::Token& token : segmented.value().tokens) {
      tokens.push_back(PatternToken{token.norm, false});
    }
    if (prefix && !tokens.empty()) tokens.back().prefix = true;
  }
  if (tokens.empty()) return Error(ErrorCode::kParse, "empty pattern");
  if (tokens.size() > kMaxPatternTokens) {
    return Error(ErrorCode::kTooLarge, "pattern of " + std::to_string(tokens.size()) +
                                           " tokens, over " + std::to_string(kMaxPatternTokens));
  }
  return tokens;
}

std::string PatternKey(const std::vector<PatternToken>& tokens) {
  std::string key;
  for (const PatternToken& t : tokens) {
    if (!key.empty()) key += ' ';
    key += t.text;
    if (t.prefix) key += '*';
  }
  return key;
}

}  // namespace slant::lexicon
