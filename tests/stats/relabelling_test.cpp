#include "stats/relabelling.h"

#include <cstdint>
#include <map>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::stats {
namespace {

TEST_CASE("PlanRelabelling: strata, the side drawn, and what never moves", "[stats]") {
  // a: 3 items in events 1, 1, 2; b: 2 items in events 1, 3.
  // Event 1 holds a0, a1, b0 (items 0, 1, 3): two of a, one of b, so b's one is drawn and
  // subtracted; event 2 holds a2 only (fixed in a); event 3 holds b1 only (nothing moves).
  const std::vector<double> va(3, 0.0);
  const std::vector<double> vb(2, 0.0);
  const std::vector<std::int64_t> ea = {1, 1, 2};
  const std::vector<std::int64_t> eb = {1, 3};
  const Relabelling plan = PlanRelabelling({va, ea}, {vb, eb});
  CHECK(plan.order == std::vector<std::uint32_t>{0, 1, 3, 2, 4});
  REQUIRE(plan.strata.size() == 1);
  CHECK(plan.strata[0].begin == 0);
  CHECK(plan.strata[0].end == 3);
  CHECK(plan.strata[0].take == 1);
  CHECK(plan.strata[0].subtract);
  // a2 (fixed), then the subtracting stratum's items in position order.
  CHECK(plan.fixed == std::vector<std::uint32_t>{2, 0, 1, 3});

  // Without clusters: one stretch of everything, the smaller group drawn.
  const Relabelling pooled = PlanRelabelling({va, {}}, {vb, {}});
  REQUIRE(pooled.strata.size() == 1);
  CHECK(pooled.strata[0].take == 2);
  CHECK(pooled.strata[0].subtract);
  CHECK(pooled.fixed == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
  const Relabelling small_a = PlanRelabelling({vb, {}}, {va, {}});
  CHECK(small_a.strata[0].take == 2);
  CHECK_FALSE(small_a.strata[0].subtract);
  CHECK(small_a.fixed.empty());
}

TEST_CASE("DrawRelabelling draws every subset equally often", "[stats]") {
  // Two of four: 6 subsets, each with probability 1/6; 60,000 draws give 10,000 each
  // (sd 91), and positions come ascending.
  const std::vector<double> va(2, 0.0);
  const std::vector<double> vb(2, 0.0);
  const Relabelling plan = PlanRelabelling({va, {}}, {vb, {}});
  Rng rng(5);
  std::map<std::vector<std::uint32_t>, int> seen;
  for (int m = 0; m < 60000; ++m) {
    std::vector<std::uint32_t> drawn;
    DrawRelabelling(plan, rng, [&](std::uint32_t p, bool) { drawn.push_back(p); });
    ++seen[drawn];
  }
  REQUIRE(seen.size() == 6);
  for (const auto& [subset, count] : seen) {
    CHECK(subset.size() == 2);
    CHECK(subset[0] < subset[1]);
    CHECK((count > 9500 && count < 10500));
  }
}

}  // namespace
}  // namespace slant::stats
