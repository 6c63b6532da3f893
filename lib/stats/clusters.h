#ifndef SLANT_STATS_CLUSTERS_H_
#define SLANT_STATS_CLUSTERS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "stats/group.h"

namespace slant::stats {

// Each item's cluster as a dense index 0..count−1, for the resampling code. Ids are shared
// across the groups; an item of a group without ids is a cluster of its own. Clusters are
// numbered in ascending id order, then the clusters of one (in group order, item order), so
// the numbering does not depend on the order of the items.
struct ClusterIndex {
  std::vector<std::uint32_t> of_a;  // one per item of a
  std::vector<std::uint32_t> of_b;  // one per item of b (empty for a single group)
  std::size_t count = 0;
};

ClusterIndex IndexClusters(const Group& a, const Group* b);

}  // namespace slant::stats

#endif  // SLANT_STATS_CLUSTERS_H_
