#include "stats/multiple_testing.h"

#include <algorithm>
#include <cstddef>

#include "stats/descriptive.h"

namespace slant::stats {

std::vector<double> BenjaminiHochberg(std::span<const double> p_values) {
  std::vector<double> q(p_values.size(), kNaN);
  std::vector<std::size_t> order;
  order.reserve(p_values.size());
  for (std::size_t i = 0; i < p_values.size(); ++i) {
    if (p_values[i] >= 0 && p_values[i] <= 1) order.push_back(i);
  }
  // Stable, so ties keep input order; their q comes out equal either way (the running minimum
  // from the top reaches the tie's highest rank first).
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return p_values[x] < p_values[y]; });
  const auto m = static_cast<double>(order.size());
  double running = 1;
  for (std::size_t rank = order.size(); rank >= 1; --rank) {
    const std::size_t i = order[rank - 1];
    running = std::min(running, m * p_values[i] / static_cast<double>(rank));
    q[i] = running;
  }
  return q;
}

}  // namespace slant::stats
