#include "stats/keyness.h"

#include <cmath>

#include "stats/distributions.h"

namespace slant::stats {
namespace {

// O ln(O / E), with the convention 0 ln 0 = 0.
double Term(double observed, double expected) {
  return observed > 0 ? observed * std::log(observed / expected) : 0;
}

}  // namespace

double DunningG2(const WordCounts& c) {
  if (!IsValid(c) || !(c.total_a > 0) || !(c.total_b > 0)) return kNaN;
  const double n = c.total_a + c.total_b;
  const double word = c.count_a + c.count_b;  // column totals
  const double other = n - word;
  const double sum =
      Term(c.count_a, c.total_a * word / n) + Term(c.total_a - c.count_a, c.total_a * other / n) +
      Term(c.count_b, c.total_b * word / n) + Term(c.total_b - c.count_b, c.total_b * other / n);
  // Rounding can leave a tiny negative sum for identical proportions; G² is never negative.
  return sum > 0 ? 2 * sum : 0;
}

double LogRatio(const WordCounts& c) {
  if (!IsValid(c) || !(c.total_a > 0) || !(c.total_b > 0)) return kNaN;
  if (c.count_a == 0 && c.count_b == 0) return kNaN;
  const double a = c.count_a > 0 ? c.count_a : 0.5;
  const double b = c.count_b > 0 ? c.count_b : 0.5;
  return std::log2((a / c.total_a) / (b / c.total_b));
}

Keyness ComputeKeyness(const WordCounts& counts) {
  Keyness out;
  out.g2 = DunningG2(counts);
  out.p = ChiSquareUpperTail(out.g2, 1);
  out.log_ratio = LogRatio(counts);
  return out;
}

}  // namespace slant::stats
