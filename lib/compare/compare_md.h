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

}  // namespace slant::compare

#endif  // SLANT_COMPARE_COMPARE_MD_H_
