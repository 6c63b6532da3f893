#ifndef SLANT_COMPARE_TERM_CONTRAST_H_
#define SLANT_COMPARE_TERM_CONTRAST_H_

#include <cstdint>
#include <string>
#include <unordered_map>

#include "compare/compare.h"

namespace slant::compare {

using TermMap = std::unordered_map<std::string, std::uint64_t>;

// Distinctive words or phrases of group a against group b: every term the two use at least
// `options.min_count` times together, with the log-odds ratio under an informative Dirichlet
// prior and its z (Monroe, Colaresi & Quinn 2008; the prior from the pooled counts, plus
// `background` when given, scaled to `options.prior_size`, else to the reference corpus's
// size), Dunning's four-cell G² with its p and Benjamini–Hochberg q, and the Log Ratio; the
// top `options.top` each way by z, ties by term. With `b_is_all_but_a`, `b` holds the counts
// of a whole corpus that includes a, and group b is the rest of it (b − a, counted on the
// fly rather than copied: the vocabulary of a large corpus is most of compare's memory).
TermContrast ContrastTerms(const TermMap& a, std::uint64_t total_a, const TermMap& b,
                           std::uint64_t total_b, const TermMap* background,
                           const CompareOptions& options, bool b_is_all_but_a = false);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_TERM_CONTRAST_H_
