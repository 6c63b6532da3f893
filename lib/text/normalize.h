#ifndef SLANT_TEXT_NORMALIZE_H_
#define SLANT_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace slant::text {

// The matching form of one token's text (valid UTF-8):
//  1. ICU NFKC_Casefold: Unicode full case folding after compatibility normalization, so
//     "STRASSE", "Straße" and "strasse" agree, ligatures and full-width forms unfold, and
//     default-ignorable marks (soft hyphen, zero-width joiner, BOM) disappear;
//  2. the dot that folding leaves on a Turkish capital İ (i + U+0307) is dropped, so
//     "İstanbul" and "ISTANBUL" both read "istanbul";
//  3. apostrophes ’ ‘ ʼ become ', and hyphens U+2010 U+2011 become -.
// ASCII input takes a fast path with the same result.
std::string NormalizeForMatching(std::string_view utf8);

// `norm` without a trailing possessive "'s" ("ukraine's" -> "ukraine"), or "" when `norm`
// does not end in one. Only used where the literal form has no match, because "it's" and
// "let's" end the same way.
std::string StripPossessive(std::string_view norm);

}  // namespace slant::text

#endif  // SLANT_TEXT_NORMALIZE_H_
