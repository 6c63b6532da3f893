#include "stats/permutation.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::stats {
namespace {

TEST_CASE("PermutationTest enumerates small designs exactly, worked by hand", "[stats]") {
  struct Case {
    const char* name;
    std::vector<double> a, b;
    double difference;
    std::size_t arrangements;
    double p;
  };
  const Case cases[] = {
      // a's pairs from {1, 2, 3, 4}: {1,2} −2, {1,3} −1, {1,4} 0, {2,3} 0, {2,4} 1, {3,4} 2:
      // |d| >= 2 in 2 of 6.
      {"1 2 vs 3 4", {1, 2}, {3, 4}, -2, 6, 2.0 / 6},
      // Of the 20 ways to pick a's three, only {0,0,0} and {1,1,1} reach |d| = 1.
      {"0 0 0 vs 1 1 1", {0, 0, 0}, {1, 1, 1}, -1, 20, 2.0 / 20},
      // a takes one of four: 5 → 5 − 2 = 3; 1 → 1 − 10/3; 2 → 2 − 3; 3 → 3 − 8/3: only 5.
      {"unequal sizes", {5}, {1, 2, 3}, 3, 4, 1.0 / 4},
      // Every relabelling is at least as extreme as a difference of 0.
      {"identical groups", {1, 2, 3}, {1, 2, 3}, 0, 20, 1},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const PermutationResult got = PermutationTest({c.a, {}}, {c.b, {}});
    CHECK(got.exact);
    CHECK(got.difference == Approx(c.difference).margin(1e-12));
    CHECK(got.arrangements == c.arrangements);
    CHECK(got.p == Approx(c.p).margin(1e-12));
  }
}

TEST_CASE("PermutationTest by random relabelling: p = (b + 1)/(m + 1)", "[stats]") {
  PermutationOptions options;
  options.max_exact = 0;
  options.permutations = 9999;
  // The exact p of {1, 2} vs {3, 4} is 1/3; with 9,999 draws b is about 3,333 (sd 47).
  const PermutationResult got =
      PermutationTest({std::vector<double>{1, 2}, {}}, {std::vector<double>{3, 4}, {}}, options);
  CHECK_FALSE(got.exact);
  CHECK(got.arrangements == 9999);
  CHECK(got.p == Approx(1.0 / 3).margin(0.02));
  const double b_plus_one = got.p * 10000;
  CHECK(b_plus_one == Approx(std::round(b_plus_one)).margin(1e-6));
  // Identical groups: every draw counts, p = (m + 1)/(m + 1) = 1.
  const std::vector<double> same = {1, 2, 3};
  CHECK(PermutationTest({same, {}}, {same, {}}, options).p == 1);
  // Far apart, never reached by a draw: p is the smallest possible, 1/(m + 1), never 0.
  std::vector<double> low(30, 0);
  std::vector<double> high(30, 1);
  CHECK(PermutationTest({low, {}}, {high, {}}, options).p == Approx(1.0 / 10000).margin(1e-15));
}

TEST_CASE("PermutationTest with events permutes within events", "[stats]") {
  // Events 1 and 2; in each, outlet a scored 10 and outlet b 0. Within events, each event
  // either keeps or swaps its labels: differences 10, 0, 0, −10, so p = 2/4. Pooled over all
  // four articles it would be 2 of 6 (only {10, 10} and {0, 0} reach |d| = 10).
  const std::vector<double> a = {10, 10};
  const std::vector<double> b = {0, 0};
  const std::vector<std::int64_t> events = {1, 2};
  PermutationOptions options;
  options.permutations = 9999;
  const PermutationResult within = PermutationTest({a, events}, {b, events}, options);
  CHECK_FALSE(within.exact);
  CHECK(within.difference == 10);
  CHECK(within.p == Approx(0.5).margin(0.02));  // sd of b/m is 0.005
  const PermutationResult pooled = PermutationTest({a, {}}, {b, {}}, options);
  CHECK(pooled.exact);
  CHECK(pooled.p == Approx(2.0 / 6).margin(1e-12));

  // No event has both outlets: nothing can move, every draw equals the data, p = 1.
  const PermutationResult apart = PermutationTest({a, std::vector<std::int64_t>{1, 2}},
                                                  {b, std::vector<std::int64_t>{3, 4}}, options);
  CHECK(apart.p == 1);

  // Unequal shares within an event: event 1 has a: {4, 6}, b: {0}; event 2 has a: {1}, b: {1}.
  // Event 1 gives a two of {4, 6, 0}: sums 10, 4, 6 (1/3 each); event 2 gives a one of {1, 1}.
  // mean(a) = (s + 1)/3, mean(b) = (12 − s − 1)/2: s = 10 → 11/3 − 1/2 = 3.1667 (the data),
  // s = 4 → 5/3 − 7/2 = −1.8333, s = 6 → 7/3 − 5/2 = −0.1667. |d| >= 3.1667 only for s = 10:
  // p ≈ 1/3.
  const PermutationResult shares =
      PermutationTest({std::vector<double>{4, 6, 1}, std::vector<std::int64_t>{1, 1, 2}},
                      {std::vector<double>{0, 1}, std::vector<std::int64_t>{1, 2}}, options);
  CHECK(shares.difference == Approx(11.0 / 3 - 0.5).margin(1e-12));
  CHECK(shares.p == Approx(1.0 / 3).margin(0.02));
}

TEST_CASE("PermutationTest: same seed, same p; another seed, another", "[stats]") {
  std::vector<double> a;
  std::vector<double> b;
  for (int i = 0; i < 25; ++i) {
    a.push_back(std::sin(i * 0.7) + 0.3);
    b.push_back(std::cos(i * 1.1));
  }
  PermutationOptions options;
  options.permutations = 2000;
  options.seed = 1;
  const PermutationResult first = PermutationTest({a, {}}, {b, {}}, options);
  CHECK_FALSE(first.exact);
  CHECK(first.p == PermutationTest({a, {}}, {b, {}}, options).p);
  options.seed = 2;
  const PermutationResult other = PermutationTest({a, {}}, {b, {}}, options);
  CHECK(first.p != other.p);
  CHECK(first.p > 0.01);  // a p-value strictly inside (0, 1), where streams show
  CHECK(first.p < 0.99);
}

TEST_CASE("PermutationTest is NaN for empty or invalid groups", "[stats][errors]") {
  const std::vector<double> some = {1, 2};
  const std::vector<double> none;
  const std::vector<double> with_nan = {1, kNaN};
  const std::vector<std::int64_t> one_id = {1};
  for (const auto& [a, b] :
       {std::pair{Group{none, {}}, Group{some, {}}}, std::pair{Group{some, {}}, Group{none, {}}},
        std::pair{Group{with_nan, {}}, Group{some, {}}},
        std::pair{Group{some, one_id}, Group{some, one_id}}}) {
    const PermutationResult got = PermutationTest(a, b);
    CHECK(std::isnan(got.p));
  }
}

}  // namespace
}  // namespace slant::stats
