#ifndef SLANT_TEXT_QUOTES_H_
#define SLANT_TEXT_QUOTES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace slant::text {

// One quoted stretch of text. [begin, end) includes the quotation marks; [inner_begin,
// inner_end) is what stands between them.
struct Quote {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t inner_begin = 0;
  std::size_t inner_end = 0;
  // Quotations are numbered 0, 1, 2 ... in order of their opening mark. A quotation that
  // runs over several paragraphs is one span per paragraph, all with the same number.
  std::size_t quotation = 0;
  int depth = 0;  // 0 for a quotation in narration, 1 for one inside another, ...
};

// Finds quotations in valid UTF-8 text, returned in order of `begin` (outer before inner).
//
// Marks: “…” and "…" (English), «…» and ‹…› (guillemets), „…“ and „…” (German, Polish), and
// ‘…’ (single). A ’ between two letters is an apostrophe (don’t), and so is any ’ with no
// open ‘; a " or ‘ opens only after white space, an opening bracket or another opening
// mark, so the inch mark in 5'10" and a stray mark are not quotations. Straight single
// quotes (') are never quotation marks: they are apostrophes far more often.
//
// Every line break ends a paragraph. A quotation still open at the end of a paragraph
// continues when the next paragraph opens with a mark of the same kind (news style: no
// closing mark until the speaker is done); otherwise it is dropped as unbalanced, so a
// stray mark never turns a paragraph of narration into quoted speech.
//
// At most kMaxOpenQuotes quotations are open at once; a mark that would open one more opens
// nothing (real text nests three or four deep; hostile text nests without end).
inline constexpr std::size_t kMaxOpenQuotes = 32;
std::vector<Quote> FindQuotes(std::string_view utf8);

}  // namespace slant::text

#endif  // SLANT_TEXT_QUOTES_H_
