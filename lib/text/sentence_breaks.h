#ifndef SLANT_TEXT_SENTENCE_BREAKS_H_
#define SLANT_TEXT_SENTENCE_BREAKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace slant::text {

// Where the sentences of valid UTF-8 text end: byte offsets in increasing order, the last one
// the text's size (none for empty text).
//
// The boundaries are ICU's English sentence boundaries with its abbreviation suppressions
// (locale "en@ss=standard": UAX #29 rules SB1-SB11 and the "Mr.", "Prof.", "U.S." ... list
// from ICU's own data), computed directly rather than by ICU's iterator, which re-scans
// about a sentence per query and cost as much as the rest of scoring. tests/text compares
// the two on random text. On top of ICU's list, no sentence ends after the news
// abbreviations of sentence_suppressions.cpp ("Sen.", "Gen.", "Jan.", "D-Ore.", initials),
// and every line break ends one.
std::vector<std::size_t> FindSentenceEnds(std::string_view utf8);

// The same boundaries without slant's news abbreviations: exactly ICU's "en@ss=standard"
// sentence iterator. For tests and for measuring what the news list changes.
std::vector<std::size_t> FindIcuSentenceEnds(std::string_view utf8);

}  // namespace slant::text

#endif  // SLANT_TEXT_SENTENCE_BREAKS_H_
