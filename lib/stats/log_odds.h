#ifndef SLANT_STATS_LOG_ODDS_H_
#define SLANT_STATS_LOG_ODDS_H_

#include <span>
#include <vector>

#include "stats/descriptive.h"
#include "stats/word_counts.h"

namespace slant::stats {

// The log-odds ratio of a word between corpora a and b with an informative Dirichlet prior,
// after Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and
// Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4),
// 372-403, eqs. 16-22. With y the word's count, n the corpus size, α_w the word's prior and
// α_0 = Σ_w α_w (the paper's i is our a, its j our b; natural logarithms throughout):
//
//   δ  = ln((y_a + α_w) / (n_a + α_0 − y_a − α_w)) − ln((y_b + α_w) / (n_b + α_0 − y_b − α_w))
//   σ² ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w)
//   z  = δ / σ
//
// δ > 0 (z > 0): the word is more typical of a. All three are NaN when the counts are invalid
// (see WordCounts), when α_w <= 0 or α_0 < α_w, or when a numerator or denominator above is
// not positive. An empty corpus (n = 0) is allowed: its side is then the prior's log-odds.
struct LogOdds {
  double delta = kNaN;
  double variance = kNaN;
  double z = kNaN;
};

LogOdds LogOddsWithPrior(const WordCounts& counts, double alpha_w, double alpha_0);

// The informative prior of Monroe et al. §3.5.3: each word's share of a reference corpus (the
// pooled counts of the corpora compared, or a background corpus), scaled so that the priors
// sum to `alpha_0`: α_w = alpha_0 · c_w / Σ c. A word the reference lacks gets α_w = 0, which
// LogOddsWithPrior rejects; pool the background with the compared corpora to avoid that.
// All NaN when alpha_0 <= 0, a count is negative or NaN, or the counts sum to 0.
std::vector<double> DirichletPrior(std::span<const double> reference_counts, double alpha_0);

// LogOddsWithPrior for a whole vocabulary in one pass: word w has counts_a[w], counts_b[w] and
// prior[w]; α_0 = Σ prior. The totals are the corpora's sizes (not necessarily the sums of the
// counts, e.g. when the vocabulary is cut to frequent words). Empty when the sizes differ.
std::vector<LogOdds> LogOddsWithPrior(std::span<const double> counts_a, double total_a,
                                      std::span<const double> counts_b, double total_b,
                                      std::span<const double> prior);

}  // namespace slant::stats

#endif  // SLANT_STATS_LOG_ODDS_H_
