#include "stats/relabelling.h"

#include <algorithm>

#include "stats/clusters.h"

namespace slant::stats {

Relabelling PlanRelabelling(const Group& a, const Group& b) {
  Relabelling plan;
  const auto n_a = static_cast<std::uint32_t>(a.values.size());
  const auto n_b = static_cast<std::uint32_t>(b.values.size());
  const auto add_stratum = [&](std::uint32_t begin, std::uint32_t end, std::uint32_t in_a) {
    const std::uint32_t in_b = end - begin - in_a;
    plan.strata.push_back({begin, end, std::min(in_a, in_b), in_b < in_a});
  };
  if (a.clusters.empty() || b.clusters.empty()) {
    plan.order.resize(n_a + n_b);
    for (std::uint32_t i = 0; i < n_a + n_b; ++i) plan.order[i] = i;
    if (n_a > 0 && n_b > 0) add_stratum(0, n_a + n_b, n_a);
  } else {
    const ClusterIndex index = IndexClusters(a, &b);
    std::vector<std::uint32_t> size(index.count, 0);
    std::vector<std::uint32_t> in_a(index.count, 0);
    for (std::uint32_t c : index.of_a) ++size[c], ++in_a[c];
    for (std::uint32_t c : index.of_b) ++size[c];
    std::vector<std::uint32_t> next(index.count, 0);  // where each cluster's next item goes
    std::uint32_t begin = 0;
    for (std::size_t c = 0; c < index.count; ++c) {
      next[c] = begin;
      // A cluster of a's items only stays in a whatever the relabelling (those are fixed); one
      // of b's only contributes nothing.
      if (in_a[c] > 0 && in_a[c] < size[c]) add_stratum(begin, begin + size[c], in_a[c]);
      begin += size[c];
    }
    plan.order.resize(begin);
    for (std::uint32_t i = 0; i < n_a; ++i) {
      const std::uint32_t c = index.of_a[i];
      plan.order[next[c]++] = i;
      if (in_a[c] == size[c]) plan.fixed.push_back(i);
    }
    for (std::uint32_t i = 0; i < n_b; ++i) plan.order[next[index.of_b[i]]++] = n_a + i;
  }
  for (const Relabelling::Stratum& s : plan.strata) {
    if (!s.subtract) continue;
    for (std::uint32_t p = s.begin; p < s.end; ++p) plan.fixed.push_back(plan.order[p]);
  }
  return plan;
}

}  // namespace slant::stats
