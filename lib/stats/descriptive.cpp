#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace slant::stats {

double Mean(std::span<const double> values) {
  if (values.empty()) return kNaN;
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

double QuantileOfSorted(std::span<const double> sorted, double p) {
  if (sorted.empty() || !(p >= 0 && p <= 1)) return kNaN;
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const double floor_h = std::floor(h);
  const auto lo = static_cast<std::size_t>(floor_h);
  if (lo + 1 >= sorted.size()) return sorted[sorted.size() - 1];
  const double frac = h - floor_h;
  // Written so that equal neighbours give exactly that value (no rounding from the product).
  if (frac == 0 || sorted[lo] == sorted[lo + 1]) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

double Quantile(std::span<const double> values, double p) {
  if (std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); })) {
    return kNaN;
  }
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  return QuantileOfSorted(sorted, p);
}

}  // namespace slant::stats
