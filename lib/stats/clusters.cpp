#include "stats/clusters.h"

#include <algorithm>

namespace slant::stats {

ClusterIndex IndexClusters(const Group& a, const Group* b) {
  std::vector<std::int64_t> ids(a.clusters.begin(), a.clusters.end());
  if (b != nullptr) ids.insert(ids.end(), b->clusters.begin(), b->clusters.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

  ClusterIndex out;
  std::size_t next = ids.size();  // clusters of one come after the named clusters
  const auto index = [&](const Group& g, std::vector<std::uint32_t>& into) {
    into.resize(g.values.size());
    for (std::size_t i = 0; i < g.values.size(); ++i) {
      if (g.clusters.empty()) {
        into[i] = static_cast<std::uint32_t>(next++);
      } else {
        const auto it = std::lower_bound(ids.begin(), ids.end(), g.clusters[i]);
        into[i] = static_cast<std::uint32_t>(it - ids.begin());
      }
    }
  };
  index(a, out.of_a);
  if (b != nullptr) index(*b, out.of_b);
  out.count = next;
  return out;
}

}  // namespace slant::stats
