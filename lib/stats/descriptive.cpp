#include "stats/descriptive.h"

#include <algorithm>
#include <array>
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

double QuantileBySelection(std::span<double> values, double p) {
  if (values.empty() || !(p >= 0 && p <= 1)) return kNaN;
  const double h = static_cast<double>(values.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
  std::nth_element(values.begin(), at, values.end());
  if (lo + 1 >= values.size()) return *at;
  // After nth_element everything past `at` is at least *at, so the next order statistic is
  // the smallest of them.
  const double next = *std::min_element(at + 1, values.end());
  // The type-7 formula on the two order statistics around h: QuantileOfSorted of the pair at
  // h - floor h computes exactly what it computes on the whole sorted array at p.
  const std::array<double, 2> pair = {*at, next};
  return QuantileOfSorted(pair, h - static_cast<double>(lo));
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
