#ifndef SLANT_LEXICON_PATTERN_H_
#define SLANT_LEXICON_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace slant::lexicon {

// Caps on one pattern: a longer one is an error, not a slow match.
inline constexpr std::size_t kMaxPatternBytes = 256;
inline constexpr std::size_t kMaxPatternTokens = 16;

// Turns a pattern as written ("so-called", "negotiat*", "kind of", ":)") into pattern tokens,
// segmenting it with the same segmenter the articles go through, so that "so-called" becomes
// `so` `-` `called` exactly as in the text. White space separates words; with `wildcards`, a
// word ending in '*' after a letter or digit ("negotiat*") makes its last token a prefix.
// Without `wildcards` (VADER, AFINN) '*' is an ordinary character.
// Errors: empty pattern, no tokens, '*' alone or inside a word, over the caps.
Result<std::vector<PatternToken>> ParsePattern(std::string_view pattern, bool wildcards,
                                               text::Segmenter& segmenter);

// The pattern tokens written back as text: "so - called", "negotiat*". Used for messages
// and to recognise two patterns that match the same thing.
std::string PatternKey(const std::vector<PatternToken>& tokens);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_PATTERN_H_
