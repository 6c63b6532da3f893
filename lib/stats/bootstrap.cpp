#include "stats/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

#include "stats/clusters.h"

namespace slant::stats {
namespace {

constexpr std::size_t kMaxUnits = std::numeric_limits<std::uint32_t>::max();

bool IsValid(const Group& g) {
  if (!g.clusters.empty() && g.clusters.size() != g.values.size()) return false;
  if (g.values.size() > kMaxUnits) return false;
  return std::all_of(g.values.begin(), g.values.end(), [](double v) { return std::isfinite(v); });
}

// The sum of n values drawn with replacement. Four running sums, so that each addition need
// not wait for the one before (the loop is this module's hot spot: resamples × n draws).
double ResampleSum(std::span<const double> values, Rng& rng) {
  const auto n = static_cast<std::uint32_t>(values.size());
  double sum[4] = {0, 0, 0, 0};
  std::uint32_t i = 0;
  for (; i + 4 <= n; i += 4) {
    sum[0] += values[rng.Below(n)];
    sum[1] += values[rng.Below(n)];
    sum[2] += values[rng.Below(n)];
    sum[3] += values[rng.Below(n)];
  }
  for (; i < n; ++i) sum[0] += values[rng.Below(n)];
  return (sum[0] + sum[1]) + (sum[2] + sum[3]);
}

// Per-cluster totals of both groups.
struct Unit {
  double sum_a = 0;
  double n_a = 0;
  double sum_b = 0;
  double n_b = 0;
};

std::vector<Unit> BuildUnits(const Group& a, const Group* b) {
  const ClusterIndex index = IndexClusters(a, b);
  std::vector<Unit> units(index.count);
  for (std::size_t i = 0; i < a.values.size(); ++i) {
    units[index.of_a[i]].sum_a += a.values[i];
    units[index.of_a[i]].n_a += 1;
  }
  if (b != nullptr) {
    for (std::size_t i = 0; i < b->values.size(); ++i) {
      units[index.of_b[i]].sum_b += b->values[i];
      units[index.of_b[i]].n_b += 1;
    }
  }
  return units;
}

// The totals of k clusters drawn with replacement.
Unit ResampleUnits(std::span<const Unit> units, Rng& rng) {
  const auto k = static_cast<std::uint32_t>(units.size());
  Unit total;
  for (std::uint32_t i = 0; i < k; ++i) {
    const Unit& u = units[rng.Below(k)];
    total.sum_a += u.sum_a;
    total.n_a += u.n_a;
    total.sum_b += u.sum_b;
    total.n_b += u.n_b;
  }
  return total;
}

}  // namespace

MeanBootstrap BootstrapMean(const Group& group, const BootstrapOptions& options) {
  MeanBootstrap out;
  if (group.values.empty() || !IsValid(group)) return out;
  out.mean.value = Mean(group.values);
  std::vector<double> replicates(options.resamples);
  Rng rng(options.seed);
  if (group.clusters.empty()) {
    out.units = group.values.size();
    const auto n = static_cast<double>(group.values.size());
    for (double& r : replicates) r = ResampleSum(group.values, rng) / n;
  } else {
    const std::vector<Unit> units = BuildUnits(group, nullptr);
    out.units = units.size();
    for (double& r : replicates) {
      const Unit total = ResampleUnits(units, rng);
      r = total.sum_a / total.n_a;  // every cluster has at least one item
    }
  }
  PercentileInterval(replicates, options.level, out.mean);
  return out;
}

ContrastBootstrap BootstrapContrast(const Group& a, const Group& b,
                                    const BootstrapOptions& options) {
  ContrastBootstrap out;
  if (a.values.empty() || b.values.empty() || !IsValid(a) || !IsValid(b) ||
      a.values.size() + b.values.size() > kMaxUnits) {
    return out;
  }
  out.mean_a.value = Mean(a.values);
  out.mean_b.value = Mean(b.values);
  out.difference.value = out.mean_a.value - out.mean_b.value;
  out.ratio.value = RatioOrNaN(out.mean_a.value, out.mean_b.value);

  std::vector<double> mean_a(options.resamples);
  std::vector<double> mean_b(options.resamples);
  Rng rng(options.seed);
  if (a.clusters.empty() && b.clusters.empty()) {
    out.units = a.values.size() + b.values.size();
    const auto n_a = static_cast<double>(a.values.size());
    const auto n_b = static_cast<double>(b.values.size());
    for (std::size_t r = 0; r < options.resamples; ++r) {
      mean_a[r] = ResampleSum(a.values, rng) / n_a;
      mean_b[r] = ResampleSum(b.values, rng) / n_b;
    }
  } else {
    const std::vector<Unit> units = BuildUnits(a, &b);
    out.units = units.size();
    for (std::size_t r = 0; r < options.resamples; ++r) {
      const Unit total = ResampleUnits(units, rng);
      mean_a[r] = RatioOrNaN(total.sum_a, total.n_a);  // NaN when no cluster of a was drawn
      mean_b[r] = RatioOrNaN(total.sum_b, total.n_b);
    }
  }
  std::vector<double> difference(options.resamples);
  std::vector<double> ratio(options.resamples);
  for (std::size_t r = 0; r < options.resamples; ++r) {
    difference[r] = mean_a[r] - mean_b[r];
    ratio[r] = RatioOrNaN(mean_a[r], mean_b[r]);
  }
  PercentileInterval(mean_a, options.level, out.mean_a);
  PercentileInterval(mean_b, options.level, out.mean_b);
  PercentileInterval(difference, options.level, out.difference);
  PercentileInterval(ratio, options.level, out.ratio);
  return out;
}

double RatioOrNaN(double a, double b) { return b != 0 ? a / b : kNaN; }

void PercentileInterval(std::vector<double>& replicates, double level, Estimate& out) {
  const auto defined_end = std::partition(replicates.begin(), replicates.end(),
                                          [](double v) { return std::isfinite(v); });
  std::sort(replicates.begin(), defined_end);
  const std::span<const double> defined(replicates.begin(), defined_end);
  out.defined_resamples = defined.size();
  if (!(level > 0 && level < 1)) return;
  out.lower = QuantileOfSorted(defined, (1 - level) / 2);
  out.upper = QuantileOfSorted(defined, (1 + level) / 2);
}

}  // namespace slant::stats
