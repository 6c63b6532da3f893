#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "stats/distributions.h"

namespace slant::stats {
namespace {

TEST_CASE("Mean is the arithmetic mean, NaN for nothing or a NaN value", "[stats]") {
  CHECK(Mean(std::vector<double>{1, 2, 3, 4}) == 2.5);
  CHECK(Mean(std::vector<double>{-1, 1}) == 0);
  CHECK(std::isnan(Mean(std::vector<double>{})));
  CHECK(std::isnan(Mean(std::vector<double>{1, kNaN})));
}

TEST_CASE("Quantile follows R's type 7, worked by hand", "[stats]") {
  // h = (n - 1) p; Q = x[floor h] + frac(h) (x[floor h + 1] - x[floor h]), 0-based.
  struct Case {
    const char* name;
    std::vector<double> values;
    double p;
    double expected;
  };
  const Case cases[] = {
      // R: quantile(1:10, 0.25) = 3.25 (h = 9 × 0.25 = 2.25: 3 + 0.25 × 1).
      {"1..10 at 0.25", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.25, 3.25},
      {"median of four", {4, 1, 3, 2}, 0.5, 2.5},  // h = 1.5: 2 + 0.5 × 1
      {"1, 3, 7 at 0.1", {7, 1, 3}, 0.1, 1.4},     // h = 0.2: 1 + 0.2 × 2
      {"minimum", {5, 9, 2}, 0, 2},
      {"maximum", {5, 9, 2}, 1, 9},
      {"one value", {42}, 0.975, 42},
      {"ties give the tied value", {0, 0, 0, 1}, 0.3, 0},  // h = 0.9 between two zeros
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Quantile(c.values, c.p) == Approx(c.expected).epsilon(1e-12));
    std::vector<double> scratch = c.values;  // by selection: the same figures
    CHECK(QuantileBySelection(scratch, c.p) == Approx(c.expected).epsilon(1e-12));
  }
  CHECK(std::isnan(Quantile(std::vector<double>{}, 0.5)));
  CHECK(std::isnan(Quantile(std::vector<double>{1, 2}, 1.5)));
  CHECK(std::isnan(Quantile(std::vector<double>{1, 2}, -0.1)));
  CHECK(std::isnan(Quantile(std::vector<double>{1, kNaN}, 0.5)));
}

TEST_CASE("QuantileBySelection equals the sorted quantile to the last bit", "[stats]") {
  // Bootstrap intervals use it on 10,000 replicates: the figures must not move by a bit.
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int> coarse(0, 20);  // many ties
  std::normal_distribution<double> fine(0, 1);
  for (int trial = 0; trial < 200; ++trial) {
    const std::size_t n = 1 + static_cast<std::size_t>(trial) * 7 % 401;
    std::vector<double> values(n);
    for (double& v : values) v = trial % 2 == 0 ? coarse(rng) / 4.0 : fine(rng);
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (const double p : {0.0, 0.025, 0.05, 0.5, 0.95, 0.975, 1.0}) {
      std::vector<double> scratch = values;
      INFO("n " << n << ", p " << p);
      CHECK(QuantileBySelection(scratch, p) == QuantileOfSorted(sorted, p));
    }
  }
}

TEST_CASE("ChiSquareUpperTail matches printed chi-square tables", "[stats]") {
  // Critical values from any statistics table (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.4):
  // P(X >= c) = 0.05 and 0.01 for the degrees of freedom given.
  struct Case {
    double x;
    double df;
    double p;
  };
  const Case cases[] = {
      {3.841459, 1, 0.05}, {6.634897, 1, 0.01},   {5.991465, 2, 0.05},  {7.814728, 3, 0.05},
      {9.487729, 4, 0.05}, {18.307038, 10, 0.05}, {13.276704, 4, 0.01},
  };
  for (const Case& c : cases) {
    INFO("x = " << c.x << ", df = " << c.df);
    CHECK(ChiSquareUpperTail(c.x, c.df) == Approx(c.p).epsilon(1e-5));
  }
  CHECK(ChiSquareUpperTail(2, 2) == Approx(std::exp(-1.0)).epsilon(1e-12));  // df 2: e^(-x/2)
  CHECK(ChiSquareUpperTail(0, 1) == 1);
  CHECK(ChiSquareUpperTail(-1, 3) == 1);
  CHECK(ChiSquareUpperTail(INFINITY, 3) == 0);
  CHECK(std::isnan(ChiSquareUpperTail(kNaN, 1)));
  CHECK(std::isnan(ChiSquareUpperTail(1, 0)));
}

TEST_CASE("NormalTwoSidedP gives the two-sided normal tail", "[stats]") {
  CHECK(NormalTwoSidedP(1.959964) == Approx(0.05).epsilon(1e-5));
  CHECK(NormalTwoSidedP(-2.575829) == Approx(0.01).epsilon(1e-5));
  CHECK(NormalTwoSidedP(0) == 1);
  CHECK(std::isnan(NormalTwoSidedP(kNaN)));
}

}  // namespace
}  // namespace slant::stats
