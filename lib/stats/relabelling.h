#ifndef SLANT_STATS_RELABELLING_H_
#define SLANT_STATS_RELABELLING_H_

#include <cstdint>
#include <vector>

#include "stats/group.h"
#include "stats/rng.h"

namespace slant::stats {

// How a permutation test relabels two groups' items at random, worked out once: the items
// laid out cluster by cluster (all in one stretch without clusters), and for each stretch
// whose items can change group, how many of them to draw. Shared by PermutationTest and the
// many-column version in lib/compare, so both draw the same relabellings.
//
// Items are numbered a's first (0 .. n_a − 1), then b's (n_a + j). In a stretch holding x
// items of a and y of b, a random relabelling puts a uniform random x of its x + y items in a;
// drawing the smaller side is the same thing and cheaper, so when y < x the y items that go to
// b are drawn and subtracted from the stretch's total instead (`subtract`).
struct Relabelling {
  struct Stratum {
    std::uint32_t begin = 0;  // positions [begin, end) in `order`
    std::uint32_t end = 0;
    std::uint32_t take = 0;  // items drawn
    bool subtract = false;   // the drawn items go to b: subtract them from the total
  };
  std::vector<std::uint32_t> order;  // position -> item
  std::vector<Stratum> strata;       // only stretches where something can move
  // Items whose values count for a in every relabelling, in the order to sum them: a's items
  // of clusters without b (item order), then the items of every subtracting stratum (position
  // order), whose total the drawn items are subtracted from.
  std::vector<std::uint32_t> fixed;
};

// With cluster ids in both groups, labels move within clusters only; otherwise over all
// items. Only the sizes and cluster ids of the groups are used.
Relabelling PlanRelabelling(const Group& a, const Group& b);

// One random relabelling: calls add(position, subtract) for each drawn item, stratum by
// stratum, positions ascending. Selection sampling (Knuth, TAOCP vol. 2, §3.4.2, Algorithm
// S): each item in turn is drawn with probability (items still needed) / (items left), which
// gives every subset of `take` items the same chance and reads the items front to back (no
// shuffling, memory read in order: what makes many columns at once fast).
template <typename Add>
void DrawRelabelling(const Relabelling& plan, Rng& rng, Add add) {
  for (const Relabelling::Stratum& s : plan.strata) {
    std::uint32_t need = s.take;
    for (std::uint32_t p = s.begin; need > 0; ++p) {
      const std::uint32_t left = s.end - p;
      if (need < left && rng.Below(left) >= need) continue;  // need == left: take the rest
      add(p, s.subtract);
      --need;
    }
  }
}

}  // namespace slant::stats

#endif  // SLANT_STATS_RELABELLING_H_
