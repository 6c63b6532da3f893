#ifndef SLANT_STATS_KEYNESS_H_
#define SLANT_STATS_KEYNESS_H_

#include "stats/descriptive.h"
#include "stats/word_counts.h"

namespace slant::stats {

// Dunning's (1993) log-likelihood G² for a word in two corpora, the four-cell version: the
// 2×2 table
//                 corpus a             corpus b
//   the word      count_a              count_b
//   other tokens  total_a − count_a    total_b − count_b
// with expected counts E = row total × column total / N, and
//   G² = 2 Σ O ln(O / E)   over all four cells; a cell with O = 0 contributes 0.
// This is the G-test of independence on that table (as in Apache Commons Math and Mahout).
// It differs from the two-cell variant of Rayson & Garside (2000) and Lancaster University's
// log-likelihood calculator, which sum over the first row only; the two agree closely when the
// word is rare. G² >= 0 whatever the direction (see LogRatio for the direction).
// NaN when the counts are invalid (see WordCounts) or a corpus is empty.
double DunningG2(const WordCounts& counts);

// Hardie's (2014) Log Ratio effect size: the binary log of the ratio of relative frequencies,
//   log2((count_a / total_a) / (count_b / total_b)).
// +1 means twice as frequent in a. A zero count is replaced by 0.5 before dividing (Hardie's
// adjustment; the totals are not changed, nonzero counts are not adjusted), so a word absent
// from one corpus gets a finite value. NaN when both counts are 0, a corpus is empty, or the
// counts are invalid.
double LogRatio(const WordCounts& counts);

// The keyness measures of one word.
struct Keyness {
  double g2 = kNaN;         // DunningG2
  double p = kNaN;          // P(chi-square with 1 df >= g2)
  double log_ratio = kNaN;  // LogRatio
};

Keyness ComputeKeyness(const WordCounts& counts);

}  // namespace slant::stats

#endif  // SLANT_STATS_KEYNESS_H_
