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

// Its parts without their headings, for the report: the naming tables with their G-tests;
// quoted words by side and reporting-verb classes; actor portrayal. Each appends to `out`.
void NamingMarkdown(const Comparison& comparison, std::string& out);
void VoicesMarkdown(const Comparison& comparison, std::string& out);
void PortrayalMarkdown(const Comparison& comparison, std::string& out);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_COMPARE_MD_H_
