#include "stats/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

#include "stats/blocks.h"
#include "stats/clusters.h"

namespace slant::stats {
namespace {

constexpr std::size_t kMaxUnits = std::numeric_limits<std::uint32_t>::max();

bool IsValid(const Group& g) {
  if (!g.clusters.empty() && g.clusters.size() != g.values.size()) return false;
  if (g.values.size() > kMaxUnits) return false;
  return std::all_of(g.values.begin(), g.values.end(), [](double v) { return std::isfinite(v); });
}

// The sum of n values drawn with replacement: the n draws are counted per item, then the
// values summed in item order, each times its count. (The order of the sum does not follow
// the draws so that lib/compare, which sums many columns for many resamples at once, reading
// the items front to back, gets the same result to the last bit.) `counts` is scratch space.
double ResampleSum(std::span<const double> values, Rng& rng, std::vector<std::uint32_t>& counts) {
  const auto n = static_cast<std::uint32_t>(values.size());
  counts.assign(n, 0);
  for (std::uint32_t i = 0; i < n; ++i) ++counts[rng.Below(n)];
  double sum = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (counts[i] != 0) sum += static_cast<double>(counts[i]) * values[i];
  }
  return sum;
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
  std::vector<Rng> streams = BlockStreams(options.seed, options.resamples);
  const std::vector<Unit> units =
      group.clusters.empty() ? std::vector<Unit>{} : BuildUnits(group, nullptr);
  out.units = group.clusters.empty() ? group.values.size() : units.size();
  const auto n = static_cast<double>(group.values.size());
  std::vector<std::uint32_t> counts;
  for (std::size_t k = 0; k < streams.size(); ++k) {
    const Block block = BlockRange(k, options.resamples);
    for (std::size_t r = block.first; r < block.last; ++r) {
      if (group.clusters.empty()) {
        replicates[r] = ResampleSum(group.values, streams[k], counts) / n;
      } else {
        const Unit total = ResampleUnits(units, streams[k]);
        replicates[r] = total.sum_a / total.n_a;  // every cluster has at least one item
      }
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
  std::vector<Rng> streams = BlockStreams(options.seed, options.resamples);
  const bool by_item = a.clusters.empty() && b.clusters.empty();
  const std::vector<Unit> units = by_item ? std::vector<Unit>{} : BuildUnits(a, &b);
  out.units = by_item ? a.values.size() + b.values.size() : units.size();
  const auto n_a = static_cast<double>(a.values.size());
  const auto n_b = static_cast<double>(b.values.size());
  std::vector<std::uint32_t> counts;
  for (std::size_t k = 0; k < streams.size(); ++k) {
    const Block block = BlockRange(k, options.resamples);
    for (std::size_t r = block.first; r < block.last; ++r) {
      if (by_item) {
        mean_a[r] = ResampleSum(a.values, streams[k], counts) / n_a;
        mean_b[r] = ResampleSum(b.values, streams[k], counts) / n_b;
      } else {
        const Unit total = ResampleUnits(units, streams[k]);
        mean_a[r] = RatioOrNaN(total.sum_a, total.n_a);  // NaN when no cluster of a was drawn
        mean_b[r] = RatioOrNaN(total.sum_b, total.n_b);
      }
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
  const std::span<double> defined(replicates.begin(), defined_end);
  out.defined_resamples = defined.size();
  if (!(level > 0 && level < 1)) return;
  out.lower = QuantileBySelection(defined, (1 - level) / 2);
  out.upper = QuantileBySelection(defined, (1 + level) / 2);
}

}  // namespace slant::stats
