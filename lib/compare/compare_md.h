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

// "2.10 [1.20, 3.30]": an estimate with its interval, in fixed decimals ("–" for none).
std::string IntervalText(const stats::Estimate& estimate, int decimals);

// A category key without its lexicon: "framing-core:label.delegitimizing" ->
// "label.delegitimizing".
std::string CategoryName(const std::string& key);

// Its parts without their headings, for the report: the naming tables with their G-tests;
// quoted words by side and reporting-verb classes; actor portrayal. Each appends to `out`.
void NamingMarkdown(const Comparison& comparison, std::string& out);
void VoicesMarkdown(const Comparison& comparison, std::string& out);
void PortrayalMarkdown(const Comparison& comparison, std::string& out);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_COMPARE_MD_H_
