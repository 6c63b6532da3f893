#ifndef SLANT_STATS_GROUP_H_
#define SLANT_STATS_GROUP_H_

#include <cstdint>
#include <span>

namespace slant::stats {

// One group's per-item values (e.g. one outlet's per-article rates of a category) and,
// optionally, each item's cluster (e.g. the article's event). The spans are borrowed for the
// duration of a call. Values must be finite: a NaN or infinite value makes every statistic of
// the call NaN. Cluster ids are compared across groups (an event covered by two outlets is one
// cluster); give an item that belongs to no cluster an id of its own.
struct Group {
  std::span<const double> values;
  std::span<const std::int64_t> clusters;  // empty (no clusters), or one id per value
};

}  // namespace slant::stats

#endif  // SLANT_STATS_GROUP_H_
