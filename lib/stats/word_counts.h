#ifndef SLANT_STATS_WORD_COUNTS_H_
#define SLANT_STATS_WORD_COUNTS_H_

#include <cmath>

namespace slant::stats {

// A word's (or phrase's) count in two corpora, a and b, and the corpora's sizes in tokens.
// Counts may be fractional (weighted lexicons); they must be finite, 0 <= count <= total.
struct WordCounts {
  double count_a = 0;
  double total_a = 0;
  double count_b = 0;
  double total_b = 0;
};

// True when the counts satisfy the contract above (every statistic is NaN otherwise).
inline bool IsValid(const WordCounts& c) {
  // Comparisons with NaN are false, so a NaN anywhere fails; the finite totals bound the counts.
  return c.count_a >= 0 && c.count_b >= 0 && c.count_a <= c.total_a && c.count_b <= c.total_b &&
         std::isfinite(c.total_a) && std::isfinite(c.total_b);
}

}  // namespace slant::stats

#endif  // SLANT_STATS_WORD_COUNTS_H_
