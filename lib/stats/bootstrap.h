#ifndef SLANT_STATS_BOOTSTRAP_H_
#define SLANT_STATS_BOOTSTRAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "stats/descriptive.h"
#include "stats/group.h"
#include "stats/rng.h"

namespace slant::stats {

// Resamples are drawn in blocks, each from its own stream (stats/blocks.h), so that
// lib/compare can share them out to threads and get these functions' results exactly.
struct BootstrapOptions {
  std::size_t resamples = 10000;
  std::uint64_t seed = kDefaultSeed;
  double level = 0.95;  // of the two-sided interval, in (0, 1)
};

// A statistic with its percentile-bootstrap interval: the (1 − level)/2 and (1 + level)/2
// quantiles of the statistic over the resamples, by R's type 7 (QuantileOfSorted). Resamples
// in which the statistic is undefined (a group drew no items; a ratio's denominator is 0) are
// left out of the quantiles and counted by `defined_resamples`.
struct Estimate {
  double value = kNaN;  // the statistic on the data as given
  double lower = kNaN;
  double upper = kNaN;
  std::size_t defined_resamples = 0;
};

// The mean of a group with its interval. Without cluster ids, each resample draws n items with
// replacement. With cluster ids, each resample draws k clusters with replacement (k = number
// of clusters) and takes the mean over all their items; `value` is the mean over items either
// way. One cluster gives a degenerate interval (lower = upper = value): check `units`.
// Cost: O(resamples × n) without clusters, O(n log n + resamples × k) with them; no
// allocation per resample.
struct MeanBootstrap {
  Estimate mean;
  std::size_t units = 0;  // what was resampled: clusters, or items when there are no ids
};
MeanBootstrap BootstrapMean(const Group& group, const BootstrapOptions& options = {});

// Two groups compared, every statistic from the same resamples: each group's mean, the
// difference mean(a) − mean(b) and the rate ratio mean(a) / mean(b) (undefined when mean(b)
// is 0). Without cluster ids, each group is resampled on its own (n_a and n_b items drawn).
// With cluster ids in either group, clusters are resampled jointly: a drawn event brings its
// items in both groups, so the group sizes vary between resamples and what events do to both
// groups at once stays in the interval (an item of a group without ids is a cluster of one).
// All NaN when a group is empty or invalid.
struct ContrastBootstrap {
  Estimate mean_a;
  Estimate mean_b;
  Estimate difference;
  Estimate ratio;
  std::size_t units = 0;  // clusters resampled jointly, or n_a + n_b items without ids
};
ContrastBootstrap BootstrapContrast(const Group& a, const Group& b,
                                    const BootstrapOptions& options = {});

// a / b, or NaN when b is 0 (a ratio undefined for that resample).
double RatioOrNaN(double a, double b);

// Fills `out`'s interval from bootstrap replicates (reordered in place): the type-7 quantiles
// at (1 - level) / 2 and (1 + level) / 2 of the finite ones, whose number goes in
// `defined_resamples`.
void PercentileInterval(std::vector<double>& replicates, double level, Estimate& out);

}  // namespace slant::stats

#endif  // SLANT_STATS_BOOTSTRAP_H_
