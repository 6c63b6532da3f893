#ifndef SLANT_TEXT_SEGMENTER_H_
#define SLANT_TEXT_SEGMENTER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "text/token.h"
#include "text/word_breaks.h"

namespace slant::text {

// An article cut into sentences and tokens.
struct SegmentedText {
  // Each sentence runs from its first token's begin to its last token's end, so no sentence
  // starts or ends with white space, and text with no tokens has no sentences.
  std::vector<Span> sentences;
  // Every word, number, punctuation mark and symbol, in text order; white space, control
  // characters and format marks (BOM, zero-width joiner) are not tokens.
  std::vector<Token> tokens;
};

// Cuts UTF-8 text into sentences and tokens with ICU (UAX #29 word and sentence boundaries).
//
// Sentences: ICU's English sentence rules with an abbreviation filter, so no sentence ends at
// "U.S.", "Mr.", "Sen.", "Gen.", "No.", "Jan." or a single initial ("John F. Kennedy"); the
// list is in sentence_suppressions.cpp. The trade-off: when such an abbreviation really ends a
// sentence
// ("... sanctions by the U.S. The move ..."), the two sentences stay one. Every line break
// ends a sentence, so paragraphs never merge, and a dateline ("MOSCOW, March 4 — ...") stays
// with the sentence it introduces.
//
// A Segmenter holds ICU break iterators, which carry state: use one per thread. Building the
// first one loads ICU's rules (milliseconds); later ones are cheap clones.
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Fails with kInvalidUtf8 (and the byte offset of the first bad sequence) rather than
  // repairing the text: a replaced byte would shift every later offset.
  Result<SegmentedText> Segment(std::string_view utf8);

 private:
  // ICU's word boundaries, for text FindWordSegments does not cover.
  Result<std::vector<WordSegment>> IcuWordSegments(std::string_view utf8);

  struct Iterators;
  std::unique_ptr<Iterators> iterators_;
};

}  // namespace slant::text

#endif  // SLANT_TEXT_SEGMENTER_H_
