#include "stats/log_odds.h"

#include <cmath>
#include <cstddef>

namespace slant::stats {

LogOdds LogOddsWithPrior(const WordCounts& counts, double alpha_w, double alpha_0) {
  if (!IsValid(counts) || !(alpha_w > 0) || !(alpha_0 >= alpha_w) || std::isinf(alpha_0)) {
    return {};
  }
  const double hits_a = counts.count_a + alpha_w;
  const double rest_a = counts.total_a + alpha_0 - counts.count_a - alpha_w;
  const double hits_b = counts.count_b + alpha_w;
  const double rest_b = counts.total_b + alpha_0 - counts.count_b - alpha_w;
  // rest = 0 when the word is the whole corpus and the prior has no other word: odds infinite.
  if (!(rest_a > 0) || !(rest_b > 0)) return {};
  LogOdds out;
  out.delta = std::log(hits_a / rest_a) - std::log(hits_b / rest_b);
  out.variance = 1 / hits_a + 1 / hits_b;
  out.z = out.delta / std::sqrt(out.variance);
  return out;
}

std::vector<double> DirichletPrior(std::span<const double> reference_counts, double alpha_0) {
  double sum = 0;
  bool valid = alpha_0 > 0 && std::isfinite(alpha_0);
  for (double c : reference_counts) {
    if (!(c >= 0)) valid = false;
    sum += c;
  }
  if (!(sum > 0) || !std::isfinite(sum)) valid = false;
  std::vector<double> prior(reference_counts.size(), kNaN);
  if (!valid) return prior;
  const double scale = alpha_0 / sum;
  for (std::size_t w = 0; w < prior.size(); ++w) prior[w] = reference_counts[w] * scale;
  return prior;
}

std::vector<LogOdds> LogOddsWithPrior(std::span<const double> counts_a, double total_a,
                                      std::span<const double> counts_b, double total_b,
                                      std::span<const double> prior) {
  if (counts_a.size() != counts_b.size() || counts_a.size() != prior.size()) return {};
  double alpha_0 = 0;
  for (double a : prior) alpha_0 += a;
  std::vector<LogOdds> out(counts_a.size());
  for (std::size_t w = 0; w < out.size(); ++w) {
    out[w] = LogOddsWithPrior({counts_a[w], total_a, counts_b[w], total_b}, prior[w], alpha_0);
  }
  return out;
}

}  // namespace slant::stats
