#include "stats/keyness.h"

#include <cmath>

#include <catch2/catch.hpp>

namespace slant::stats {
namespace {

TEST_CASE("DunningG2 matches published four-cell log-likelihood values", "[stats]") {
  // The 2×2 tables of Apache Commons Math's GTestTest.testRootLogLikelihood (also Mahout's
  // LogLikelihoodTest): logLikelihoodRatio(k11, k12, k21, k22) with k11 = count_a,
  // k12 = total_a − count_a, k21 = count_b, k22 = total_b − count_b.
  struct Case {
    WordCounts counts;
    double g2;
    double tolerance;
  };
  const Case cases[] = {
      {{1, 1, 0, 1}, 2.772589, 1e-6},                // (1, 0, 0, 1)
      {{10, 10, 0, 10}, 27.72589, 1e-5},             // (10, 0, 0, 10)
      {{5, 2000, 0, 100000}, 39.33052, 1e-5},        // (5, 1995, 0, 100000)
      {{1000, 2995, 1000, 101000}, 4730.737, 1e-3},  // (1000, 1995, 1000, 100000)
      {{1000, 2000, 1000, 101000}, 5734.343, 1e-3},  // (1000, 1000, 1000, 100000)
      {{1000, 2000, 1000, 100000}, 5714.932, 1e-3},  // (1000, 1000, 1000, 99000)
  };
  for (const Case& c : cases) {
    INFO(c.counts.count_a << " of " << c.counts.total_a << " vs " << c.counts.count_b << " of "
                          << c.counts.total_b);
    CHECK(DunningG2(c.counts) == Approx(c.g2).margin(c.tolerance));
  }
}

TEST_CASE("DunningG2 and its p-value, worked by hand", "[stats]") {
  // 10 of 100 tokens vs 20 of 100. Expected: word 15 and 15; other tokens 85 and 85.
  // G² = 2 [10 ln(10/15) + 90 ln(90/85) + 20 ln(20/15) + 80 ln(80/85)]
  //    = 2 [−4.0546511 + 5.1442572 + 5.7536414 − 4.8499697] = 2 × 1.9932778 = 3.9865557.
  // (The two-cell variant would give 2 [−4.0546511 + 5.7536414] = 3.3979807.)
  // p = P(chi-square(1) >= 3.9865557) = erfc(sqrt(3.9865557 / 2)) = 0.0458647.
  const Keyness k = ComputeKeyness({10, 100, 20, 100});
  CHECK(k.g2 == Approx(3.9865557).margin(1e-6));
  CHECK(k.p == Approx(0.0458647).margin(1e-6));
  CHECK(k.log_ratio == Approx(-1).margin(1e-12));  // (10/100) / (20/100) = 1/2
  // The four-cell G² is symmetric in the groups.
  CHECK(DunningG2({20, 100, 10, 100}) == Approx(k.g2).epsilon(1e-12));
}

TEST_CASE("DunningG2 is 0 with p = 1 for identical proportions", "[stats]") {
  for (const WordCounts& c : {WordCounts{5, 100, 5, 100}, WordCounts{3, 50, 12, 200},
                              WordCounts{0, 100, 0, 300}, WordCounts{10, 10, 4, 4}}) {
    const Keyness k = ComputeKeyness(c);
    CHECK(k.g2 == 0);
    CHECK(k.p == 1);
  }
}

TEST_CASE("LogRatio is log2 of the ratio of relative frequencies, 0.5 for a zero", "[stats]") {
  struct Case {
    const char* name;
    WordCounts counts;
    double log_ratio;
  };
  const Case cases[] = {
      {"half as frequent", {10, 100, 20, 100}, -1},
      {"same rate, different sizes", {3, 50, 12, 200}, 0},
      // 0 → 0.5: (0.5/1000) / (8/2000) = 0.0005 / 0.004 = 1/8.
      {"zero in a", {0, 1000, 8, 2000}, -3},
      // 0 → 0.5: (5/2000) / (0.5/100000) = 0.0025 / 0.000005 = 500; log2 500 = 8.9657843.
      {"zero in b", {5, 2000, 0, 100000}, 8.9657843},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(LogRatio(c.counts) == Approx(c.log_ratio).margin(1e-6));
  }
}

TEST_CASE("Keyness is NaN for empty corpora and invalid counts", "[stats][errors]") {
  const WordCounts bad[] = {
      {0, 0, 5, 100},      // empty corpus a
      {5, 100, 0, 0},      // empty corpus b
      {-1, 100, 5, 100},   // negative count
      {101, 100, 5, 100},  // count above total
      {kNaN, 100, 5, 100}, {5, 100, 5, kNaN},
  };
  for (const WordCounts& c : bad) {
    const Keyness k = ComputeKeyness(c);
    CHECK(std::isnan(k.g2));
    CHECK(std::isnan(k.p));
    CHECK(std::isnan(k.log_ratio));
  }
  CHECK(std::isnan(LogRatio({0, 100, 0, 100})));  // in neither corpus: no ratio
}

}  // namespace
}  // namespace slant::stats
