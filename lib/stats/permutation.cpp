#include "stats/permutation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

#include "stats/blocks.h"
#include "stats/relabelling.h"

namespace slant::stats {
namespace {

bool IsValid(const Group& g) {
  if (g.values.empty()) return false;
  if (!g.clusters.empty() && g.clusters.size() != g.values.size()) return false;
  return std::all_of(g.values.begin(), g.values.end(), [](double v) { return std::isfinite(v); });
}

double Sum(std::span<const double> values) {
  double sum = 0;
  for (double v : values) sum += v;
  return sum;
}

// Decides whether a relabelling is at least as extreme as the observed one.
class Extremeness {
 public:
  Extremeness(double observed, double largest_value)
      : threshold_(std::fabs(observed) - 1e-9 * largest_value) {}
  bool AtLeastAsExtreme(double difference) const { return std::fabs(difference) >= threshold_; }

 private:
  double threshold_;
};

// Every way to choose the smaller group's items from the pool, observed labelling included.
std::size_t CountExact(std::span<const double> pool, std::size_t k, double total, double n_small,
                       double n_large, bool small_is_a, const Extremeness& extreme) {
  const std::size_t n = pool.size();
  std::vector<std::size_t> chosen(k);
  for (std::size_t i = 0; i < k; ++i) chosen[i] = i;
  std::size_t count = 0;
  while (true) {
    double sum = 0;
    for (std::size_t i : chosen) sum += pool[i];
    const double difference = sum / n_small - (total - sum) / n_large;
    if (extreme.AtLeastAsExtreme(small_is_a ? difference : -difference)) ++count;
    // Next combination in lexicographic order.
    std::size_t i = k;
    while (i > 0 && chosen[i - 1] == n - k + i - 1) --i;
    if (i == 0) break;
    ++chosen[i - 1];
    for (std::size_t j = i; j < k; ++j) chosen[j] = chosen[j - 1] + 1;
  }
  return count;
}

}  // namespace

PermutationResult PermutationTest(const Group& a, const Group& b,
                                  const PermutationOptions& options) {
  PermutationResult out;
  if (!IsValid(a) || !IsValid(b) ||
      a.values.size() + b.values.size() > std::numeric_limits<std::uint32_t>::max()) {
    return out;
  }
  const auto n_a = static_cast<double>(a.values.size());
  const auto n_b = static_cast<double>(b.values.size());
  const double sum_a = Sum(a.values);
  const double sum_b = Sum(b.values);
  const double total = sum_a + sum_b;
  out.difference = sum_a / n_a - sum_b / n_b;
  double largest = 0;
  for (double v : a.values) largest = std::max(largest, std::fabs(v));
  for (double v : b.values) largest = std::max(largest, std::fabs(v));
  const Extremeness extreme(out.difference, largest);

  const bool stratified = !a.clusters.empty() && !b.clusters.empty();
  if (!stratified) {
    std::vector<double> pool(a.values.begin(), a.values.end());
    pool.insert(pool.end(), b.values.begin(), b.values.end());
    const bool small_is_a = a.values.size() <= b.values.size();
    const std::size_t k = std::min(a.values.size(), b.values.size());
    const std::size_t arrangements = Choose(pool.size(), k, options.max_exact);
    if (arrangements <= options.max_exact) {
      const std::size_t count = CountExact(pool, k, total, small_is_a ? n_a : n_b,
                                           small_is_a ? n_b : n_a, small_is_a, extreme);
      out.exact = true;
      out.arrangements = arrangements;
      out.p = static_cast<double>(count) / static_cast<double>(arrangements);
      return out;
    }
  }

  // Random relabellings, in blocks (stats/blocks.h) each drawn from its own stream.
  const Relabelling plan = PlanRelabelling(a, b);
  const auto value = [&](std::uint32_t item) {
    return item < a.values.size() ? a.values[item] : b.values[item - a.values.size()];
  };
  std::vector<double> by_position(plan.order.size());
  for (std::size_t p = 0; p < plan.order.size(); ++p) by_position[p] = value(plan.order[p]);
  double fixed_a = 0;
  for (std::uint32_t item : plan.fixed) fixed_a += value(item);
  std::vector<Rng> streams = BlockStreams(options.seed, options.permutations);
  std::size_t at_least_as_extreme = 0;
  for (std::size_t k = 0; k < streams.size(); ++k) {
    const Block block = BlockRange(k, options.permutations);
    for (std::size_t m = block.first; m < block.last; ++m) {
      double relabelled_a = fixed_a;
      DrawRelabelling(plan, streams[k], [&](std::uint32_t p, bool subtract) {
        relabelled_a += subtract ? -by_position[p] : by_position[p];
      });
      const double difference = relabelled_a / n_a - (total - relabelled_a) / n_b;
      if (extreme.AtLeastAsExtreme(difference)) ++at_least_as_extreme;
    }
  }
  out.arrangements = options.permutations;
  out.p =
      static_cast<double>(at_least_as_extreme + 1) / static_cast<double>(options.permutations + 1);
  return out;
}

std::size_t Choose(std::size_t n, std::size_t k, std::size_t cap) {
  // Exact in doubles: while count <= 2^20, count × (n − i) < 2^52 for n < 2^32.
  cap = std::min<std::size_t>(cap, std::size_t{1} << 20);
  double count = 1;
  for (std::size_t i = 0; i < k; ++i) {
    count = count * static_cast<double>(n - i) / static_cast<double>(i + 1);
    if (count > static_cast<double>(cap)) return cap + 1;
  }
  return static_cast<std::size_t>(count);
}

}  // namespace slant::stats
