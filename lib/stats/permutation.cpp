#include "stats/permutation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "stats/clusters.h"

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

// A stretch of the working array holding one cluster's items; `take` of them go to group a.
struct Stratum {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t take = 0;
};

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

  // The working array: the pooled values, or the values grouped by cluster.
  std::vector<double> work;
  std::vector<Stratum> strata;
  double fixed_a = 0;  // the sum of a's values in clusters where nothing can move
  const bool stratified = !a.clusters.empty() && !b.clusters.empty();
  if (!stratified) {
    work.assign(a.values.begin(), a.values.end());
    work.insert(work.end(), b.values.begin(), b.values.end());
    const bool small_is_a = a.values.size() <= b.values.size();
    const std::size_t k = std::min(a.values.size(), b.values.size());
    const std::size_t arrangements = Choose(work.size(), k, options.max_exact);
    if (arrangements <= options.max_exact) {
      const std::size_t count = CountExact(work, k, total, small_is_a ? n_a : n_b,
                                           small_is_a ? n_b : n_a, small_is_a, extreme);
      out.exact = true;
      out.arrangements = arrangements;
      out.p = static_cast<double>(count) / static_cast<double>(arrangements);
      return out;
    }
    strata.push_back(
        {0, static_cast<std::uint32_t>(work.size()), static_cast<std::uint32_t>(a.values.size())});
  } else {
    const ClusterIndex index = IndexClusters(a, &b);
    std::vector<std::uint32_t> size(index.count, 0);
    std::vector<std::uint32_t> take(index.count, 0);
    for (std::uint32_t c : index.of_a) ++size[c], ++take[c];
    for (std::uint32_t c : index.of_b) ++size[c];
    std::vector<std::uint32_t> next(index.count, 0);  // where each cluster's next item goes
    std::uint32_t begin = 0;
    for (std::size_t c = 0; c < index.count; ++c) {
      next[c] = begin;
      if (take[c] == size[c]) {
        // Only a's items: they stay in a whatever the relabelling (the a-values are summed
        // below). Only b's items: nothing to do.
      } else if (take[c] > 0) {
        strata.push_back({begin, begin + size[c], take[c]});
      }
      begin += size[c];
    }
    work.resize(begin);
    for (std::size_t i = 0; i < a.values.size(); ++i) {
      const std::uint32_t c = index.of_a[i];
      work[next[c]++] = a.values[i];
      if (take[c] == size[c]) fixed_a += a.values[i];
    }
    for (std::size_t i = 0; i < b.values.size(); ++i) work[next[index.of_b[i]]++] = b.values[i];
  }

  Rng rng(options.seed);
  std::size_t at_least_as_extreme = 0;
  for (std::size_t m = 0; m < options.permutations; ++m) {
    double relabelled_a = fixed_a;
    for (const Stratum& s : strata) {
      // A partial Fisher–Yates shuffle: the first `take` places get a uniform random subset
      // of the stratum, whatever order earlier shuffles left it in.
      for (std::uint32_t i = s.begin; i < s.begin + s.take; ++i) {
        const std::uint32_t j = i + rng.Below(s.end - i);
        std::swap(work[i], work[j]);
        relabelled_a += work[i];
      }
    }
    const double difference = relabelled_a / n_a - (total - relabelled_a) / n_b;
    if (extreme.AtLeastAsExtreme(difference)) ++at_least_as_extreme;
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
