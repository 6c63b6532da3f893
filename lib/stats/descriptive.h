#ifndef SLANT_STATS_DESCRIPTIVE_H_
#define SLANT_STATS_DESCRIPTIVE_H_

#include <limits>
#include <span>

namespace slant::stats {

// The value of a statistic that is undefined for its input (an empty group, a NaN among the
// inputs, a zero denominator). Every function in lib/stats answers NaN rather than throwing.
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Arithmetic mean. NaN for no values; a NaN value makes the mean NaN.
double Mean(std::span<const double> values);

// The p-quantile of values sorted ascending, by R's default definition (type 7 of Hyndman &
// Fan 1996; numpy's "linear"): with 0-based x and h = (n - 1) p,
//   Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
// Q(0) is the minimum, Q(1) the maximum. NaN when `sorted` is empty or p is outside [0, 1].
double QuantileOfSorted(std::span<const double> sorted, double p);
// The same value QuantileOfSorted gives on `values` sorted, found by selection (linear time
// instead of a sort: intervals of 10,000 resamples for every column were most of a report's
// time); reorders `values`. No NaN in `values`.
double QuantileBySelection(std::span<double> values, double p);

// The same on values in any order (sorts a copy). NaN when any value is NaN.
double Quantile(std::span<const double> values, double p);

}  // namespace slant::stats

#endif  // SLANT_STATS_DESCRIPTIVE_H_
