#ifndef SLANT_STATS_PERMUTATION_H_
#define SLANT_STATS_PERMUTATION_H_

#include <cstddef>
#include <cstdint>

#include "stats/descriptive.h"
#include "stats/group.h"
#include "stats/rng.h"

namespace slant::stats {

struct PermutationOptions {
  // Random relabellings, when not exact: drawn by stats/relabelling.h, in blocks each from its
  // own stream (stats/blocks.h).
  std::size_t permutations = 10000;
  std::uint64_t seed = kDefaultSeed;
  // Enumerate every relabelling instead when there are at most this many (and no clusters);
  // at most 2^20 is honoured.
  std::size_t max_exact = 10000;
};

struct PermutationResult {
  double difference = kNaN;  // mean(a) − mean(b) on the data as given
  double p = kNaN;           // two-sided
  bool exact = false;
  std::size_t arrangements = 0;  // relabellings enumerated (exact) or drawn (random)
};

// Two-sided permutation test of mean(a) = mean(b): the share of relabellings of the items
// into groups of the same sizes whose |mean(a) − mean(b)| is at least the observed one
// (within 1e-9 × the largest |value|, so that rounding cannot break ties).
//  - exact: when the relabellings number at most `max_exact`, all are enumerated and
//    p = (count at least as extreme) / (number of relabellings), the observed one included;
//  - random: otherwise m = `permutations` random relabellings, and p = (b + 1) / (m + 1), b
//    the count at least as extreme (Phipson & Smyth 2010, "Permutation p-values should never
//    be zero", Stat. Appl. Genet. Mol. Biol. 9(1)): never 0, and a valid test.
// With cluster ids in both groups, labels are permuted within clusters only (an event's
// articles swap outlets among themselves), which compares outlets on the same events; a
// cluster with items of one group only then contributes nothing, and when no cluster has
// both groups p = 1. Without ids in both, labels are permuted over all items. This mode is
// always random. NaN when a group is empty or invalid. Cost O(permutations × (n_a + n_b)).
PermutationResult PermutationTest(const Group& a, const Group& b,
                                  const PermutationOptions& options = {});

// The number of ways to choose k of n, or `cap` + 1 if that is more than `cap` (never more
// than 2^20): how the test decides between enumerating every arrangement and sampling.
std::size_t Choose(std::size_t n, std::size_t k, std::size_t cap);

}  // namespace slant::stats

#endif  // SLANT_STATS_PERMUTATION_H_
