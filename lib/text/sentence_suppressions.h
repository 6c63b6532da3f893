#ifndef SLANT_TEXT_SENTENCE_SUPPRESSIONS_H_
#define SLANT_TEXT_SENTENCE_SUPPRESSIONS_H_

#include <cstddef>
#include <string_view>

namespace slant::text {

// Where UAX #29's rules put a sentence break that must not stand: after an abbreviation.
// Both take valid UTF-8 and the byte offset of the break (after the spaces that follow the
// period).

// ICU's English abbreviations ("Mr.", "Prof.", "Lt.", single letters ...) from ICU's own data,
// applied exactly as ICU's "en@ss=standard" sentence iterator applies them.
bool IcuSuppressesBreak(std::string_view utf8, std::size_t at);

// slant's news abbreviations, which ICU's list lacks or cannot express: "U.S.", "Sen.",
// "Gen.", "Jan.", AP state abbreviations ("D-Ore."), single initials. Matched case-sensitively
// ("ill." still ends a sentence, "Ill." does not); a break after a line break always stands.
bool FollowsNewsAbbreviation(std::string_view utf8, std::size_t end);

}  // namespace slant::text

#endif  // SLANT_TEXT_SENTENCE_SUPPRESSIONS_H_
