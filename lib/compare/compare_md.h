#ifndef SLANT_COMPARE_COMPARE_MD_H_
#define SLANT_COMPARE_COMPARE_MD_H_

#include <string>
#include <string_view>

#include "compare/compare.h"

namespace slant::compare {

// The comparison as a Markdown fragment (headings from level 2 down) for `slant report` and
// for reading: groups, then each contrast's clearest category differences and distinctive
// words and phrases, naming, voices and actor portrayal, with the methods named.
std::string ComparisonMarkdown(const Comparison& comparison);

// Text from the input (an outlet's name, a word) made safe inside Markdown prose and table
// cells: every character Markdown could read as syntax (\ ` * _ { } [ ] < > ( ) # + - . ! |
// ~ and the HTML entity's &) gets a backslash, and line breaks become spaces, so the text
// shows as written and cannot break a table or inject links or HTML.
std::string EscapeMarkdown(std::string_view text);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_COMPARE_MD_H_
